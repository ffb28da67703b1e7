//! 835 health care claim payment/advice (005010X221A1) as typed loops, named by role.
//!
//! ```text
//! Remittance           ST ... SE
//!   header             BPR TRN [CUR] [REF] [DTM]
//!   payer     1000A    N1*PR [N3] [N4] [REF] [PER]
//!   payee     1000B    N1*PE [N3] [N4] [REF] [RDM]
//!   header_numbers     2000   LX [TS3] [TS2]
//!     claim_payments   2100   CLP [CAS] NM1 [MIA] [MOA] [REF] [DTM] [PER] [AMT] [QTY]
//!       service_payments 2110 SVC [DTM] [CAS] [REF] [AMT] [QTY] [LQ]
//!   provider_adjustments      PLB ...
//! ```
//!
//! [`Remittance::parse`] reads one transaction set with one segment of lookahead, holding each
//! segment's bytes borrowed from the input; [`Remittance::write`] writes it back.
//!
//! [`RemittanceIndex::parse`] reads the same loops without typing their segments: it keeps the
//! byte range of each loop and types a loop, or a segment, when asked
//! ([`ClaimPaymentRef::to_claim_payment`] gives the loop `Remittance::parse` reads, or its
//! error). Reading the structure of a set this way costs about a fifth of a typed parse, and
//! indexing and balancing in one pass
//! ([`balance835::index_and_check`](crate::validate::balance835::index_and_check)) about a
//! third of typing and balancing; the index of a claim payment is a few dozen bytes.
//! [`RemittanceIndex::parse_document`] and
//! [`balance835::index_and_check_document`](crate::validate::balance835::index_and_check_document)
//! read the envelope and index (and balance) every set in one pass over the input.
//!
//! To write a remittance of your own, build each loop from its first typed segment
//! ([`Header::new`], [`Payer::new`], [`Payee::new`], [`HeaderNumber::new`],
//! [`ClaimPayment::new`], [`ServicePayment::new`]), add the rest with `with` (placed in guide
//! order whatever the order of the calls), `with_claim` and `with_service`, and put the set
//! together with [`Remittance::build`], which writes ST and counts the segments for SE.
//!
//! ## Unknown segments and round trips
//!
//! A segment the model does not expect where it is met (an identifier the loop does not hold,
//! or a known segment out of guide order) is kept in the loop where it was met as an
//! [`UnknownSegment`](crate::segments::UnknownSegment), with the number of the loop's own
//! segments before it. Writing emits the loops in guide order with the unknown segments back
//! at their places, so parsing and writing gives back the input byte for byte: for an 835
//! whose known segments come in guide order, and in fact for every set the model accepts,
//! since a known segment out of order is kept as unknown where it was met.
//!
//! [`Remittance::unknown_segments`] lists them with their loops. A known segment out of guide
//! order is typed no more: a claim-level CAS after the claim's NM1, for instance, is kept as
//! unknown and does not count in balancing.
//!
//! ## Limitations
//!
//! * Claim payments must sit in a header number loop: a CLP with no LX before it is refused
//!   (as the guide and pyx12 do), as is an SVC with no CLP before it.
//! * A segment that fails its typed check at its place (a calendar-impossible BPR16, a CLP02
//!   that is not a code) refuses the whole transaction set, with the loop path and element.
//! * Segments the guide requires but published files omit (payer N3/N4, PER*BL, BPR16) are
//!   optional in the model; BPR, TRN, N1*PR, N1*PE and each claim's NM1*QC are required.
//! * [`Remittance::parse`] sees ST01 and ST03 only; [`remittances`] also checks GS08, which is
//!   where a 4010 remittance (`004010X091A1`) shows its version.
//!
//! Balancing (payments against charges and adjustments) is not checked here; see
//! [`validate`](crate::validate).
//!
//! ```
//! use x12_claims::envelope::Document;
//! use x12_claims::remit835::Remittance;
//! use x12_claims::syntax::{WriteOptions, Writer};
//!
//! let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
//! GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~\
//! BPR*I*90*C*ACH*CCP*01*021000021*DA*123456*1234567890**01*031000053*DA*987654*20240405~\
//! TRN*1*EFT0405001*1234567890~N1*PR*ACME HEALTH~N1*PE*RIVERSIDE THERAPY*XX*1234567893~LX*1~\
//! CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
//! SE*12*0001~GE*1*501~IEA*1*000000501~";
//! let doc = Document::parse(input)?;
//! let set = doc.transaction_sets().next().ok_or("no set")?;
//! let remittance = Remittance::parse(set)?;
//! for claim in remittance.claim_payments() {
//!     assert_eq!(claim.claim.claim.patient_control_number(), "PCN1");
//!     assert_eq!(claim.trace_number(), "EFT0405001");
//!     assert_eq!(claim.payment_date().map(|d| d.to_string()).as_deref(), Some("20240405"));
//! }
//! let mut out = Writer::new(Vec::new(), WriteOptions::default());
//! remittance.write(&mut out)?;
//! assert_eq!(out.into_inner(), set.as_bytes());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod check;
mod claim_payment;
mod error;
mod header;
mod header_number;
mod index;
mod layout;
pub(crate) mod loop_elements;
mod parties;
mod parts;
mod remittance;
mod service_payment;
mod support;

pub(crate) use check::check_placed;
pub use claim_payment::ClaimPayment;
pub(crate) use error::{At, typed};
pub use error::{LoopPath, Remit835Error};
pub use header::Header;
pub use header_number::HeaderNumber;
pub(crate) use index::Observer;
pub use index::{ClaimPaymentRef, RemittanceIndex, ServicePaymentRef};
pub use parties::{Payee, Payer};
pub use parts::{
    ClaimPaymentSegment, HeaderNumberSegment, HeaderSegment, PayeeSegment, PayerSegment,
    ServicePaymentSegment,
};
pub use remittance::{ClaimInContext, IMPLEMENTATION, Remittance, remittances};
pub use service_payment::ServicePayment;
