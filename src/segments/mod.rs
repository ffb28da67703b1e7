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
mod raw;

mod amt;
mod cas;
mod clm;
mod cur;
mod dtp;
mod lq;
mod lx;
mod moa;
mod n3;
mod n4;
mod nm1;
mod per;
mod qty;
mod reference;

pub use amt::Amt;
pub use cas::{Adjustment, Cas};
pub use clm::Clm;
pub use cur::Cur;
pub use cursor::SegmentCursor;
pub use dtp::Dtp;
pub use error::{FieldProblem, SegmentError};
pub use lq::Lq;
pub use lx::Lx;
pub use moa::Moa;
pub use n3::N3;
pub use n4::N4;
pub use nm1::Nm1;
pub use per::Per;
pub use qty::Qty;
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
