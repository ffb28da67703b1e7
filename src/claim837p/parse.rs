//! What every loop shares: unknown segments kept in place, the typed-segment step with errors
//! that name the loop, and the writer that puts unknown segments back where they were.

use std::io::Write;

use super::claim::ClaimSegment;
use super::error::{Claim837Error, LoopPath};
use super::party::PartySegment;
use super::service_line::{LineSegment, ServiceLine};
use crate::segments::{RawSegment, SegmentCursor, SegmentError};
use crate::syntax::{Segment, WriteError};

pub use crate::segments::UnknownSegment;

/// Whether a segment belongs to some enclosing loop (so the current loop ends before it).
pub(crate) type Up<'f> = &'f dyn Fn(&Segment<'_>) -> bool;

/// The first element's bytes (a qualifier or entity code), empty when absent.
pub(crate) fn first<'s>(segment: &Segment<'s>) -> &'s [u8] {
    segment.element(1).map_or(&[], |e| e.as_bytes())
}

/// The cursor over the set, and the lists of the loops being read.
pub(crate) struct Walk<'c, 'a> {
    pub cursor: &'c mut SegmentCursor<'a>,
    pub staged: Staged<'a>,
}

impl<'c, 'a> Walk<'c, 'a> {
    /// A walk from where `cursor` is.
    pub fn new(cursor: &'c mut SegmentCursor<'a>) -> Self {
        Walk {
            cursor,
            staged: Staged::default(),
        }
    }
}

/// Where the loops being read gather their own segments, and a claim its service lines, until
/// each loop ends (see [`unstage`]).
#[derive(Default)]
pub(crate) struct Staged<'a> {
    pub claim: Vec<ClaimSegment<'a>>,
    pub line: Vec<LineSegment<'a>>,
    pub party: Vec<PartySegment<'a>>,
    pub lines: Vec<ServiceLine<'a>>,
}

impl<'a> Walk<'_, 'a> {
    /// The next segment, without taking it.
    pub fn peek(&self) -> Option<Segment<'a>> {
        self.cursor.peek().copied()
    }

    /// Takes the next segment and reads it as a typed segment of the loop at `path`.
    pub fn typed<T>(
        &mut self,
        path: LoopPath,
        parse: impl FnOnce(&Segment<'a>) -> Result<T, SegmentError>,
    ) -> Result<T, Claim837Error> {
        let segment = self.cursor.take().ok_or_else(|| Claim837Error::Missing {
            path,
            location: self.cursor.location(),
            segment: "segment",
            what: "segment",
        })?;
        parse(&segment).map_err(|source| Claim837Error::Segment {
            path,
            source: Box::new(source),
        })
    }

    /// Takes the next segment as an unknown one at `position`.
    pub fn unknown(&mut self, position: u32, into: &mut Vec<UnknownSegment<'a>>) {
        if let Some(segment) = self.cursor.take() {
            push_tight(
                into,
                UnknownSegment {
                    position,
                    raw: RawSegment::from_segment(&segment),
                },
            );
        }
    }
}

pub(crate) use crate::segments::order::{push_tight, since, unstage};
pub(crate) use crate::segments::unknown::LoopWriter;

/// The own segments of a loop (everything but its first segment and its child loops), kept in
/// one list in the order read. Declaration order is guide order.
pub(crate) trait OwnSegment<'a> {
    /// How many kinds the loop declares.
    const KINDS: u8;
    /// The kind's place in guide order.
    fn rank(&self) -> u8;
    /// The segment's bytes.
    fn raw(&self) -> &RawSegment<'a>;
}

/// Declares the enum of a loop's own segments: one variant per typed segment, named like it.
macro_rules! own_segments {
    ($(#[$attr:meta])* pub enum $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[non_exhaustive]
        pub enum $name<'a> {
            $(
                #[doc = concat!("A typed ", stringify!($variant), " segment.")]
                $variant($crate::segments::$variant<'a>),
            )+
        }

        impl<'a> $name<'a> {
            /// Reads a segment the loop places; `None` when the loop has no segment with this id.
            pub(crate) fn read(
                segment: &$crate::syntax::Segment<'a>,
            ) -> Option<Result<Self, $crate::segments::SegmentError>> {
                let id = segment.segment_id();
                $(
                    if id == $crate::segments::$variant::ID {
                        return Some($crate::segments::$variant::parse(segment).map($name::$variant));
                    }
                )+
                None
            }

            /// The segment's bytes.
            pub fn raw(&self) -> &$crate::segments::RawSegment<'a> {
                match self {
                    $( $name::$variant(s) => s.raw(), )+
                }
            }

            /// The same segment owning its bytes.
            pub fn into_owned(self) -> $name<'static> {
                match self {
                    $( $name::$variant(s) => $name::$variant(s.into_owned()), )+
                }
            }
        }

        $(
            impl<'a> From<$crate::segments::$variant<'a>> for $name<'a> {
                fn from(segment: $crate::segments::$variant<'a>) -> Self {
                    $name::$variant(segment)
                }
            }
        )+

        impl<'a> $crate::claim837p::parse::OwnSegment<'a> for $name<'a> {
            const KINDS: u8 = [$(stringify!($variant)),+].len() as u8;

            #[allow(unused_assignments)]
            fn rank(&self) -> u8 {
                let mut rank = 0;
                $(
                    if let $name::$variant(_) = self {
                        return rank;
                    }
                    rank += 1;
                )+
                rank
            }

            fn raw(&self) -> &$crate::segments::RawSegment<'a> {
                $name::raw(self)
            }
        }
    };
}
pub(crate) use own_segments;

/// The segments of one kind in a loop's own segments: `pick!(self.own, ClaimSegment::Dtp)`.
macro_rules! pick {
    ($own:expr, $name:ident :: $variant:ident) => {
        $own.iter().filter_map(|s| match s {
            $name::$variant(x) => Some(x),
            _ => None,
        })
    };
}
pub(crate) use pick;

impl<'u, 'a, W: Write> LoopWriter<'u, 'a, '_, W> {
    /// Writes a loop's own segments in guide order (kinds in declaration order, each kind in
    /// the order read).
    pub fn own_all<'s, S: OwnSegment<'s>>(&mut self, own: &[S]) -> Result<(), WriteError> {
        let ordered = own
            .iter()
            .zip(own.iter().skip(1))
            .all(|(a, b)| a.rank() <= b.rank());
        if ordered {
            for s in own {
                self.own(s.raw())?;
            }
            return Ok(());
        }
        for rank in 0..S::KINDS {
            for s in own.iter().filter(|s| s.rank() == rank) {
                self.own(s.raw())?;
            }
        }
        Ok(())
    }
}

/// Adds a built segment to a loop's own segments in guide order: after every segment of its
/// kind or of a kind the guide places before it.
pub(crate) fn insert_ranked<'a, S: OwnSegment<'a>>(own: &mut Vec<S>, segment: S) {
    crate::segments::order::insert_ranked(own, segment, |s| usize::from(s.rank()));
}

/// Reads one own segment if the loop places it: `Ok(true)` when taken.
pub(crate) fn take_own<'a, S>(
    cursor: &mut SegmentCursor<'a>,
    segment: &Segment<'a>,
    path: LoopPath,
    read: impl FnOnce(&Segment<'a>) -> Option<Result<S, SegmentError>>,
    into: &mut Vec<S>,
) -> Result<bool, Claim837Error> {
    match read(segment) {
        None => Ok(false),
        Some(result) => {
            cursor.take();
            let item = result.map_err(|source| Claim837Error::Segment {
                path,
                source: Box::new(source),
            })?;
            into.push(item);
            Ok(true)
        }
    }
}
