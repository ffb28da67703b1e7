//! What every loop shares: unknown segments kept in place, the typed-segment step with errors
//! that name the loop, and the writer that puts unknown segments back where they were.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use crate::segments::{RawSegment, SegmentCursor, SegmentError};
use crate::syntax::{Segment, WriteError, Writer};

/// A segment the model does not expect where it was met, kept in the loop that was open there
/// and written back at the same place.
///
/// `position` is the number of the loop's own segments (not those of its child loops) before
/// it; writing emits the loop's segments in guide order and puts each unknown segment after that
/// many of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownSegment<'a> {
    /// How many of the loop's own segments precede it.
    pub position: u32,
    /// The segment as read.
    pub raw: RawSegment<'a>,
}

impl<'a> UnknownSegment<'a> {
    /// The same segment owning its bytes.
    pub fn into_owned(self) -> UnknownSegment<'static> {
        UnknownSegment {
            position: self.position,
            raw: self.raw.into_owned(),
        }
    }
}

/// Whether a segment belongs to some enclosing loop (so the current loop ends before it).
pub(crate) type Up<'f> = &'f dyn Fn(&Segment<'_>) -> bool;

/// The first element's bytes (a qualifier or entity code), empty when absent.
pub(crate) fn first<'s>(segment: &Segment<'s>) -> &'s [u8] {
    segment.element(1).map_or(&[], |e| e.as_bytes())
}

/// The cursor over the set and the count of the current loop's own segments.
pub(crate) struct Walk<'c, 'a> {
    pub cursor: &'c mut SegmentCursor<'a>,
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
            into.push(UnknownSegment {
                position,
                raw: RawSegment::from_segment(&segment),
            });
        }
    }
}

/// Writes a loop's own segments in guide order with its unknown segments put back after the
/// number of own segments they followed.
pub(crate) struct LoopWriter<'u, 'a, 'w, W: Write> {
    out: &'w mut Writer<W>,
    unknown: std::slice::Iter<'u, UnknownSegment<'a>>,
    pending: Option<&'u UnknownSegment<'a>>,
    count: u32,
}

impl<'u, 'a, 'w, W: Write> LoopWriter<'u, 'a, 'w, W> {
    pub fn new(out: &'w mut Writer<W>, unknown: &'u [UnknownSegment<'a>]) -> Self {
        let mut unknown = unknown.iter();
        let pending = unknown.next();
        LoopWriter {
            out,
            unknown,
            pending,
            count: 0,
        }
    }

    fn flush(&mut self, upto: u32) -> Result<(), WriteError> {
        while let Some(u) = self.pending {
            if u.position > upto {
                break;
            }
            u.raw.write(self.out)?;
            self.pending = self.unknown.next();
        }
        Ok(())
    }

    /// Writes one of the loop's own segments.
    pub fn own(&mut self, raw: &RawSegment<'_>) -> Result<(), WriteError> {
        self.flush(self.count)?;
        raw.write(self.out)?;
        self.count += 1;
        Ok(())
    }

    /// Writes the unknown segments left (those after the last own segment) and gives the
    /// writer back for the child loops.
    pub fn finish(mut self) -> Result<&'w mut Writer<W>, WriteError> {
        self.flush(u32::MAX)?;
        Ok(self.out)
    }
}
