//! [`OnePass`]: a loop index that reads each set's body inside the envelope's pass (see
//! [`BodyReader`]), so that an input is framed once.

use super::SegmentCursor;
use super::span::SpanSource;
use crate::envelope::{BodyReader, Document, EnvelopeError, ReadDocument, TransactionSet};
use crate::syntax::{Location, Segment};

/// A loop index that can be read from a set inside a whole input, before the envelope has
/// found the set's end.
pub(crate) trait OnePass<'a>: Sized {
    /// What a set gives: the index, or why the set was refused.
    type Output;

    /// Reads the set that `st` opens, from `cursor` (at ST and bounded by the set, see
    /// [`SegmentCursor::within_input`]), its spans taken in `source`. `None` when the set is
    /// refused: it is then read again once framed, by [`read_set`](Self::read_set), which
    /// gives the error as it stands for the set alone.
    fn read_open(
        st: &Segment<'a>,
        source: SpanSource<'a>,
        cursor: &mut SegmentCursor<'a>,
    ) -> Option<Self>;

    /// The index read by [`read_open`](Self::read_open), once the envelope has framed its set:
    /// its spans now point into the set's own bytes.
    fn close(self, set: &TransactionSet<'a>) -> Self::Output;

    /// Reads a framed set on its own: what [`close`](Self::close) gives for the same set.
    fn read_set(set: &TransactionSet<'a>) -> Self::Output;
}

/// Frames `input` once, reading every set as `T` in the same pass.
///
/// Each output is what `T::read_set` gives for the same set of
/// [`Document::parse`]`(input)`, and the document is the same, errors included.
pub(crate) fn read_document<'a, T: OnePass<'a>>(
    input: &'a [u8],
) -> Result<ReadDocument<'a, T::Output>, EnvelopeError> {
    Document::parse_reading(input, &mut Pending::<T>(None))
}

/// The index read from the set whose SE the envelope is about to frame.
struct Pending<T>(Option<T>);

impl<'a, T: OnePass<'a>> BodyReader<'a> for Pending<T> {
    type Output = T::Output;

    fn read_body(&mut self, st: &Segment<'a>, from_st: &'a [u8]) -> Option<Location> {
        self.0 = None;
        let (source, mut cursor) = SpanSource::open(st, from_st);
        let index = T::read_open(st, source, &mut cursor)?;
        // Only a walk that took SE hands the body to the envelope.
        let at = cursor.closed_at().filter(|_| cursor.is_done())?;
        self.0 = Some(index);
        Some(at)
    }

    fn finish(&mut self, set: &TransactionSet<'a>) -> T::Output {
        match self.0.take() {
            Some(index) => index.close(set),
            None => T::read_set(set),
        }
    }
}
