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
mod bpr;
mod cas;
mod clm;
mod clp;
mod cur;
mod dtm;
mod dtp;
mod lq;
mod lx;
mod mia;
mod moa;
mod n1;
mod n3;
mod n4;
mod nm1;
mod per;
mod plb;
mod qty;
mod rdm;
mod reference;
mod svc;
mod trn;
mod ts2;
mod ts3;
mod unknown;

pub use amt::Amt;
pub use bpr::Bpr;
pub use cas::{Adjustment, Cas};
pub use clm::Clm;
pub use clp::Clp;
pub use cur::Cur;
pub use cursor::SegmentCursor;
pub use dtm::Dtm;
pub use dtp::Dtp;
pub use error::{FieldProblem, SegmentError};
pub use lq::Lq;
pub use lx::Lx;
pub use mia::Mia;
pub use moa::Moa;
pub use n1::N1;
pub use n3::N3;
pub use n4::N4;
pub use nm1::Nm1;
pub use per::Per;
pub use plb::{Plb, ProviderAdjustment};
pub use qty::Qty;
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
