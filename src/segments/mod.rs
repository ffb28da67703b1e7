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

mod bpr;
mod clm;
mod clp;
mod dtm;
mod mia;
mod n1;
mod plb;
mod rdm;
mod reference;
mod svc;
mod trn;
mod ts2;
mod ts3;
mod unknown;

pub use bpr::Bpr;
pub use clm::Clm;
pub use clp::Clp;
pub use cursor::SegmentCursor;
pub use dtm::Dtm;
pub use error::{FieldProblem, SegmentError};
pub use mia::Mia;
pub use n1::N1;
pub use plb::{Plb, ProviderAdjustment};
pub use raw::RawSegment;
pub use rdm::Rdm;
pub use reference::Ref;
pub use svc::{Procedure, Svc};
pub use trn::Trn;
pub use ts2::Ts2;
pub use ts3::Ts3;
pub use unknown::UnknownSegment;

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
