//! Runs of whole segments of one transaction set, kept as byte offsets: what a loop index
//! holds for each loop instead of a record per segment.

use crate::envelope::TransactionSet;
use crate::segments::SegmentCursor;
use crate::syntax::{Delimiters, Location, Segment, Segments};

/// A run of whole segments of a set: bytes relative to the start of the set (ST), and the
/// index of the first segment (ST is 0).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Span {
    start: u32,
    end: u32,
    first: u32,
}

impl Span {
    /// The run from this span's start up to where `next` starts (empty when `next` starts
    /// before it): the part of a loop before one of its child loops.
    pub fn until(self, next: Span) -> Span {
        Span {
            end: next.start.max(self.start),
            ..self
        }
    }
}

/// Where a span starts, before the span is closed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    start: u32,
    first: u32,
}

/// The transaction set an index's spans point into.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SpanSource<'a> {
    bytes: &'a [u8],
    offset: u64,
    number: u64,
    count: u32,
    delimiters: Delimiters,
}

/// A set too long for spans: 4 GiB or more, or as many segments.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TooLarge;

impl<'a> SpanSource<'a> {
    /// The source for one set; sets whose length or segment count does not fit 32 bits are
    /// refused.
    pub fn new(set: &TransactionSet<'a>) -> Result<Self, TooLarge> {
        let bytes = set.as_bytes();
        u32::try_from(bytes.len()).map_err(|_| TooLarge)?;
        let count = u32::try_from(set.segment_count()).map_err(|_| TooLarge)?;
        let at = set.location();
        Ok(SpanSource {
            bytes,
            offset: at.offset,
            number: at.segment,
            count,
            delimiters: set.delimiters(),
        })
    }

    /// The source for the set that `st` opens inside a whole input, before the set's end is
    /// known (`from_st` is the input from ST on), with a cursor at ST bounded by the set (see
    /// [`SegmentCursor::within_input`]).
    ///
    /// Spans taken while the cursor is inside the set are those [`new`](Self::new) would
    /// give for the framed set, which is the source to read them from.
    pub fn open(st: &Segment<'a>, from_st: &'a [u8]) -> (Self, SegmentCursor<'a>) {
        let source = SpanSource {
            bytes: from_st,
            offset: st.offset(),
            number: st.number(),
            count: u32::MAX,
            delimiters: st.delimiters(),
        };
        let segments = Segments::resume(
            from_st,
            st.offset(),
            st.number().saturating_sub(1),
            st.delimiters(),
        );
        (source, SegmentCursor::within_input(segments))
    }

    /// A cursor over the whole set, ST first.
    pub fn cursor_over_set(&self) -> SegmentCursor<'a> {
        self.cursor_from(Span::default())
    }

    fn len(&self) -> u32 {
        // Checked to fit when the source was made.
        u32::try_from(self.bytes.len()).unwrap_or(u32::MAX)
    }

    /// The place of the cursor's next segment (the end of the set when there is none).
    pub fn mark(&self, cursor: &SegmentCursor<'a>) -> Mark {
        match cursor.peek() {
            // Both fit: the set's length and segment count fit a u32.
            Some(s) => Mark {
                start: u32::try_from(s.offset() - self.offset).unwrap_or(u32::MAX),
                first: u32::try_from(s.number() - self.number).unwrap_or(u32::MAX),
            },
            None => Mark {
                start: self.len(),
                first: self.count,
            },
        }
    }

    /// The span from `from` up to the cursor's next segment.
    pub fn span(&self, from: Mark, cursor: &SegmentCursor<'a>) -> Span {
        Span {
            start: from.start,
            end: self.mark(cursor).start,
            first: from.first,
        }
    }

    /// The segments of a span, framed again from its bytes.
    pub fn segments(&self, span: Span) -> impl Iterator<Item = Segment<'a>> + use<'a> {
        // These bytes were framed without error when the span was taken, and framing the same
        // bytes with the same delimiters gives the same segments: no error can come here.
        self.framed(span, span.end).map_while(Result::ok)
    }

    /// The first segment of a span, framed alone: for reading a loop's opening segment without
    /// framing the one after it, as a cursor (which looks one segment ahead) would.
    pub fn first(&self, span: Span) -> Option<Segment<'a>> {
        self.segments(span).next()
    }

    /// A cursor over the segments of a span alone.
    pub fn cursor_in(&self, span: Span) -> SegmentCursor<'a> {
        SegmentCursor::new(self.framed(span, span.end))
    }

    /// A cursor from the start of a span to the end of the set. A loop reader given it stops
    /// where it stops in a whole set, and its errors name the same places (a segment missing
    /// at the end of a loop is reported at the segment that follows).
    pub fn cursor_from(&self, span: Span) -> SegmentCursor<'a> {
        SegmentCursor::new(self.framed(span, self.len()))
    }

    fn framed(&self, from: Span, end: u32) -> Segments<'a> {
        let bytes = self
            .bytes
            .get(from.start as usize..end as usize)
            .unwrap_or_default();
        Segments::resume(
            bytes,
            self.offset + u64::from(from.start),
            self.number + u64::from(from.first) - 1,
            self.delimiters,
        )
    }

    /// Where a span starts.
    pub fn location(&self, span: Span) -> Location {
        Location::new(
            self.offset + u64::from(span.start),
            self.number + u64::from(span.first),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::Document;
    use crate::syntax::SegmentId;

    #[test]
    fn a_span_frames_its_segments_again_with_their_places() {
        let input = b"ISA*00*          *00*          *ZZ*A              *ZZ*B              *240405*0800*^*00501*000000501*0*P*:~\n\
GS*HP*A*B*20240405*0800*501*X*005010X221A1~\nST*835*0001~\nBPR*I*0*C*NON~\nTRN*1*X*1~\nSE*4*0001~\nGE*1*501~\nIEA*1*000000501~\n";
        let doc = Document::parse(input).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let source = SpanSource::new(set).unwrap();
        let mut cursor = source.cursor_over_set();
        cursor.take();
        let from = source.mark(&cursor);
        cursor.take();
        cursor.take();
        let span = source.span(from, &cursor);
        let again: Vec<_> = source.segments(span).collect();
        let ids: Vec<_> = again.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["BPR", "TRN"]);
        // Same places as in the first reading: BPR is segment 4, at its byte, tail included.
        assert_eq!(again[0].number(), 4);
        let at = again[0].offset() as usize;
        assert_eq!(&input[at..at + 4], b"BPR*");
        assert_eq!(again[1].tail(), b"~\n");
        assert_eq!(source.location(span).segment, 4);
        let mut within = source.cursor_in(span);
        assert_eq!(
            within.take().map(|s| s.segment_id()),
            SegmentId::new(b"BPR")
        );
        assert_eq!(
            within.take().map(|s| s.segment_id()),
            SegmentId::new(b"TRN")
        );
        assert!(within.take().is_none());
        let mut rest = source.cursor_from(span);
        let ids: Vec<_> = std::iter::from_fn(|| rest.take())
            .map(|s| s.segment_id())
            .collect();
        assert_eq!(ids.len(), 3, "BPR, TRN and SE");
    }
}
