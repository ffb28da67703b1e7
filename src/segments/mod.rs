//! Typed segments: one small file per segment, each a checked view over the segment's bytes with
//! an accessor per element, named by meaning (`clm.total_charge()`, alias `CLM02`).
//!
//! A typed segment keeps the segment's exact bytes ([`RawSegment`]): borrowed when parsed, owned
//! when built. Parsing checks every required element and every value's type once, with errors
//! that name the element (`segment 27 CLM05-3 (byte 1042): claim frequency: ...`); accessors
//! then read values straight from the bytes. Writing a parsed segment gives back its bytes
//! exactly; a built one takes the delimiters of the interchange it is written into.

mod build;
pub(crate) mod code_lists;
mod cursor;
mod error;
pub(crate) mod field;
#[cfg(feature = "serde")]
mod json;
pub(crate) mod lengths;
pub(crate) mod loop_uses;
pub(crate) mod names;
pub(crate) mod one_pass;
pub(crate) mod order;
mod raw;
pub(crate) mod span;
pub(crate) mod syntax_notes;
pub(crate) mod usage;

mod amt;
mod bht;
mod bpr;
mod cas;
mod clm;
mod clp;
mod cn1;
mod cr1;
mod cr2;
mod cr3;
mod crc;
mod ctp;
mod cur;
mod dmg;
mod dtm;
mod dtp;
mod frm;
mod hcp;
mod hi;
mod hl;
mod hsd;
mod k3;
mod lin;
mod lq;
mod lx;
mod mea;
mod mia;
mod moa;
mod n1;
mod n3;
mod n4;
mod nm1;
mod nte;
mod oi;
mod pat;
mod per;
mod plb;
mod prv;
mod ps1;
mod pwk;
mod qty;
mod rdm;
mod reference;
mod sbr;
mod sv1;
mod sv5;
mod svc;
mod svd;
mod trn;
mod ts2;
mod ts3;
pub(crate) mod unknown;

pub use amt::Amt;
pub use bht::Bht;
pub use bpr::Bpr;
pub use build::SegmentBuilder;
pub use cas::{Adjustment, Cas};
pub use clm::Clm;
pub use clp::Clp;
pub use cn1::Cn1;
pub use cr1::Cr1;
pub use cr2::Cr2;
pub use cr3::Cr3;
pub use crc::Crc;
pub use ctp::Ctp;
pub use cur::Cur;
pub use cursor::SegmentCursor;
pub use dmg::Dmg;
pub use dtm::Dtm;
pub use dtp::Dtp;
pub use error::{FieldProblem, SegmentError};
pub use frm::Frm;
pub use hcp::Hcp;
pub use hi::{Diagnosis, Hi};
pub use hl::Hl;
pub use hsd::Hsd;
pub use k3::K3;
pub use lin::Lin;
pub use lq::Lq;
pub use lx::Lx;
pub use mea::Mea;
pub use mia::Mia;
pub use moa::Moa;
pub use n1::N1;
pub use n3::N3;
pub use n4::N4;
pub use nm1::Nm1;
pub use nte::Nte;
pub use oi::Oi;
pub use pat::Pat;
pub use per::Per;
pub use plb::{Plb, ProviderAdjustment};
pub use prv::Prv;
pub use ps1::Ps1;
pub use pwk::Pwk;
pub use qty::Qty;
pub use raw::RawSegment;
pub use rdm::Rdm;
pub use reference::Ref;
pub use sbr::Sbr;
pub use sv1::Sv1;
pub use sv5::Sv5;
pub use svc::{Procedure, Svc};
pub use svd::Svd;
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
