//! Reading each transaction set's body while the envelope is framed, so that an input is framed
//! once: [`BodyReader`] is how a set reader joins [`Document`](super::Document)'s pass, and
//! [`ReadDocument`] is what the pass gives.
//!
//! [`Document::parse`](super::Document::parse) steps over the segments of each set body,
//! counting them, and a set reader then frames the same bytes again. For the loop indexes,
//! which do little more than frame, the envelope's pass is about 30% of indexing a whole input
//! set by set. A [`BodyReader`] reads the body where the envelope would have stepped over it,
//! and the envelope moves on from where the reader stopped.

use super::document::Document;
use super::set::TransactionSet;
use crate::syntax::{Location, Segment};

/// A reader of set bodies that takes part in the envelope's pass (see the module doc).
pub(crate) trait BodyReader<'a> {
    /// What the reader makes of one set.
    type Output;

    /// Reads the set that `st` opens; `from_st` is the input from ST on.
    ///
    /// Gives where the set's SE starts when the reader framed every segment up to it without
    /// error and met no other envelope segment (ISA, IEA, GS, GE, ST) on the way: the envelope
    /// counts those segments as the set's body and frames SE itself. `None` leaves the body to
    /// the envelope, which frames it as it does without a reader.
    fn read_body(&mut self, st: &Segment<'a>, from_st: &'a [u8]) -> Option<Location>;

    /// What the set gives, once the envelope has framed it through SE; called once for every
    /// set, in input order, after [`read_body`](Self::read_body) for the same set.
    fn finish(&mut self, set: &TransactionSet<'a>) -> Self::Output;
}

/// The reader of a plain [`Document::parse`](super::Document::parse): it reads no body.
pub(crate) struct NoReader;

impl<'a> BodyReader<'a> for NoReader {
    type Output = ();

    #[inline]
    fn read_body(&mut self, _: &Segment<'a>, _: &'a [u8]) -> Option<Location> {
        None
    }

    #[inline]
    fn finish(&mut self, _: &TransactionSet<'a>) {}
}

/// An input read in one pass: its [`Document`] and what a set reader made of each of its
/// transaction sets, in input order.
///
/// Made by the one-pass readers, such as
/// [`SubmissionIndex::parse_document`](crate::claim837p::SubmissionIndex::parse_document).
#[derive(Debug)]
pub struct ReadDocument<'a, T> {
    document: Document<'a>,
    sets: Vec<T>,
}

impl<'a, T> ReadDocument<'a, T> {
    pub(crate) fn new(document: Document<'a>, sets: Vec<T>) -> Self {
        ReadDocument { document, sets }
    }

    /// The input's envelopes.
    pub fn document(&self) -> &Document<'a> {
        &self.document
    }

    /// Each transaction set with what was read from it, in input order.
    pub fn sets(&self) -> impl Iterator<Item = (&TransactionSet<'a>, &T)> {
        self.document.transaction_sets().zip(&self.sets)
    }

    /// What was read from each set, in input order.
    pub fn outputs(&self) -> &[T] {
        &self.sets
    }

    /// The document and what was read from each set.
    pub fn into_parts(self) -> (Document<'a>, Vec<T>) {
        (self.document, self.sets)
    }
}
