//! Typed segments: one small file per segment, each a checked view over the segment's bytes with
//! an accessor per element, named by meaning (`clm.total_charge()`, alias `CLM02`).
//!
//! A typed segment keeps the segment's exact bytes ([`RawSegment`]): borrowed when parsed, owned
//! when built. Parsing checks every required element and every value's type once, with errors
//! that name the element (`segment 27 CLM05-3 (byte 1042): claim frequency: ...`); accessors
//! then read values straight from the bytes. Writing a parsed segment gives back its bytes
//! exactly; a built one takes the delimiters of the interchange it is written into.

mod cursor;
mod error;
pub(crate) mod field;
#[cfg(feature = "serde")]
mod json;
mod raw;

mod clm;
mod reference;

pub use clm::Clm;
pub use cursor::SegmentCursor;
pub use error::{FieldProblem, SegmentError};
pub use raw::RawSegment;
pub use reference::Ref;

#[cfg(test)]
pub(crate) mod testing {
    use crate::syntax::{Delimiters, Segment, Segments};

    /// The first segment of `text`, read with the default delimiters `*:^~`.
    pub fn segment(text: &str) -> Segment<'_> {
        Segments::resume(text.as_bytes(), 0, 0, Delimiters::default())
            .next()
            .unwrap()
            .unwrap()
    }
}
