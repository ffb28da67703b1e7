//! [`UnknownSegment`]: a segment a loop model did not expect where it was met, kept in place,
//! and the writer that puts such segments back where they were.

use std::io::Write;

use crate::segments::RawSegment;
use crate::syntax::{WriteError, Writer};

/// A segment that a loop model did not expect where it was met. It is kept, with its place
/// among the loop's own segments, so that writing the loop gives it back where it was.
///
/// `position` counts the loop's own (known) segments met before it: an unknown segment right
/// after a CLP has `position` 1. Several unknown segments at the same place keep their order.
///
/// ```
/// use x12_claims::segments::{RawSegment, UnknownSegment};
/// use x12_claims::syntax::{Delimiters, Segments};
/// let segment = Segments::resume(b"ZZZ*1~", 0, 0, Delimiters::default()).next().ok_or("none")??;
/// let unknown = UnknownSegment { position: 1, raw: RawSegment::from_segment(&segment) };
/// assert_eq!(unknown.raw.id(), "ZZZ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UnknownSegment<'a> {
    /// Number of the loop's own segments before this one.
    pub position: u32,
    /// The segment's bytes.
    pub raw: RawSegment<'a>,
}

impl UnknownSegment<'_> {
    /// The same segment owning its bytes.
    pub fn into_owned(self) -> UnknownSegment<'static> {
        UnknownSegment {
            position: self.position,
            raw: self.raw.into_owned(),
        }
    }
}

/// Writes a loop's own segments in guide order, each unknown segment after as many own
/// segments as its position says. Shared by every loop model.
pub(crate) struct LoopWriter<'o, 'u, 'a, W: Write> {
    out: &'o mut Writer<W>,
    unknown: &'u [UnknownSegment<'a>],
    next: usize,
    written: u32,
}

impl<'o, 'u, 'a, W: Write> LoopWriter<'o, 'u, 'a, W> {
    pub(crate) fn new(out: &'o mut Writer<W>, unknown: &'u [UnknownSegment<'a>]) -> Self {
        LoopWriter {
            out,
            unknown,
            next: 0,
            written: 0,
        }
    }

    fn unknown_up_to(&mut self, position: u32) -> Result<(), WriteError> {
        while let Some(u) = self.unknown.get(self.next) {
            if u.position > position {
                break;
            }
            // Where segments are only noted, for the order of the typed ones, a segment kept
            // untyped is left out: it is reported as such, not as out of order.
            if !self.out.is_noting() {
                u.raw.write(self.out)?;
            }
            self.next += 1;
        }
        Ok(())
    }

    /// Writes one own segment.
    pub(crate) fn own(&mut self, raw: &RawSegment<'_>) -> Result<(), WriteError> {
        self.unknown_up_to(self.written)?;
        raw.write(self.out)?;
        self.written += 1;
        Ok(())
    }

    /// Counts an own segment that is written elsewhere (an ST written by the envelope
    /// builder), so that the kept segments after it keep their places.
    pub(crate) fn skip(&mut self) {
        self.written += 1;
    }

    /// Writes own segments.
    pub(crate) fn all<'s, T: 's>(
        &mut self,
        items: impl IntoIterator<Item = &'s T>,
        raw: impl Fn(&'s T) -> &'s RawSegment<'s>,
    ) -> Result<(), WriteError> {
        for item in items {
            self.own(raw(item))?;
        }
        Ok(())
    }

    /// Writes the unknown segments left (those after the last own segment) and gives the
    /// writer back for the child loops.
    pub(crate) fn finish(mut self) -> Result<&'o mut Writer<W>, WriteError> {
        self.unknown_up_to(u32::MAX)?;
        Ok(self.out)
    }
}
