//! [`OnePass`]: a set reader (a loop index or a typed loop tree) that reads each set's body
//! inside the envelope's pass (see [`BodyReader`]), so that an input is framed once.

use super::SegmentCursor;
use super::span::SpanSource;
use crate::envelope::{
    BodyReader, Document, EnvelopeError, ReadDocument, SetHeader, TransactionSet,
};
use crate::syntax::{Location, Segment};

/// A set reader (a loop index or a typed loop tree) that can read a set inside a whole input,
/// before the envelope has found the set's end.
pub(crate) trait OnePass<'a>: Sized {
    /// What a set gives: what was read, or why the set was refused.
    type Output;

    /// Whether the reader reads sets with this header (its kind and implementation).
    fn accepts(header: &SetHeader<'_>) -> bool;

    /// Reads a set it [`accepts`](Self::accepts) from `cursor` (at ST and bounded by the set,
    /// see [`SegmentCursor::within_input`]); an index takes its spans in `source`. `None` when
    /// the set is refused: it is then read again once framed, by [`read_set`](Self::read_set),
    /// which gives the error as it stands for the set alone.
    fn read_open(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self>;

    /// What [`read_open`](Self::read_open) read, once the envelope has framed its set: an
    /// index's spans now point into the set's own bytes (a loop tree borrows the input and needs
    /// no change).
    fn close(self, set: &TransactionSet<'a>) -> Self::Output;

    /// Reads a framed set on its own: what [`close`](Self::close) gives for the same set.
    fn read_set(set: &TransactionSet<'a>) -> Self::Output;
}

/// Frames `input` once, reading every set as `T` in the same pass and handing each set and
/// what it gave to `each` as soon as the set is framed; what `each` returns is kept, in input
/// order.
///
/// `each` is given, for every set of [`Document::parse`]`(input)`, what `T::read_set` gives for
/// it, and the document is the same, errors included. (When the envelope fails after some
/// sets, `each` has seen those sets; what it made of them is dropped with the error.)
pub(crate) fn read_document<'a, T: OnePass<'a>, U>(
    input: &'a [u8],
    each: impl FnMut(&TransactionSet<'a>, T::Output) -> U,
) -> Result<ReadDocument<'a, U>, EnvelopeError> {
    let mut pending = Pending::<T, _> { read: None, each };
    Document::parse_reading(input, &mut pending)
}

/// The index read from the set whose SE the envelope is about to frame, and what to do with
/// each set's index.
struct Pending<T, F> {
    read: Option<T>,
    each: F,
}

impl<'a, T: OnePass<'a>, U, F> BodyReader<'a> for Pending<T, F>
where
    F: FnMut(&TransactionSet<'a>, T::Output) -> U,
{
    type Output = U;

    fn read_body(&mut self, st: &Segment<'a>, from_st: &'a [u8]) -> Option<Location> {
        self.read = None;
        let header = SetHeader::from_segment(st).ok()?;
        if !T::accepts(&header) {
            return None;
        }
        let (source, mut cursor) = SpanSource::open(st, from_st);
        let index = T::read_open(source, &mut cursor)?;
        // Only a walk that took SE hands the body to the envelope.
        let at = cursor.closed_at().filter(|_| cursor.is_done())?;
        self.read = Some(index);
        Some(at)
    }

    fn finish(&mut self, set: &TransactionSet<'a>) -> U {
        let output = match self.read.take() {
            Some(index) => index.close(set),
            None => T::read_set(set),
        };
        (self.each)(set, output)
    }
}
