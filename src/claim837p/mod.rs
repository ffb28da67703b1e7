//! The 837P professional claim (005010X222A1) as a tree of loops named by role.
//!
//! [`Submission::parse`] reads one transaction set (ST..SE) into:
//!
//! | loop | type | holds |
//! |---|---|---|
//! | header, 1000A, 1000B | [`Header`], [`Party`] | BHT, submitter, receiver |
//! | 2000A | [`BillingProvider`] | HL `20`, PRV, CUR; 2010AA/AB/AC name loops |
//! | 2000B | [`Subscriber`] | HL `22`, SBR, PAT; 2010BA subscriber, 2010BB payer; claims when the patient is the subscriber |
//! | 2000C | [`Patient`] | HL `23`, PAT; 2010CA; the patient's claims |
//! | 2300 | [`Claim`] | CLM, DTP, REF, HI ...; 2310A–F, 2320, 2400 |
//! | 2310A–F, 2330A–G, 2420A–H | [`Party`] | NM1 and its N3, N4, PRV, DMG, REF, PER |
//! | 2320 | [`OtherSubscriber`] | SBR, CAS, AMT, OI, MOA; 2330A–G |
//! | 2400 | [`ServiceLine`] | LX, SV1 and the line's segments; 2410, 2420A–H, 2430, 2440 |
//! | 2410, 2430, 2440 | [`Drug`], [`LineAdjudication`], [`Form`] | LIN/CTP/REF; SVD/CAS/DTP/AMT; LQ/FRM |
//!
//! The HL tree is built from HL01/HL02 links and HL03 levels, not from the order of the
//! levels; a claim hangs under a subscriber (2000B) or a patient (2000C).
//! [`Submission::claims`] yields every claim with its resolved billing provider, subscriber,
//! payer and patient.
//!
//! Every loop keeps typed segments, which keep their bytes. A segment the model does not expect
//! where it appears is kept as an [`UnknownSegment`] in the loop that was open there and
//! written back at the same place, so writing a submission whose known segments come in guide
//! order gives back the input exactly. Segments of a loop that come out of guide order are
//! still read into their places, but are written back in guide order.
//!
//! [`SubmissionIndex::parse`] finds the same levels and claims without typing their segments
//! (HL excepted, to resolve the tree): it keeps the byte range of each level and claim and
//! types one on request ([`ClaimRef::to_claim`] gives the claim `Submission::parse` reads, or
//! its error). It costs about a fifth of a typed parse and a few dozen bytes per claim, for
//! readers that need a few claims of a large file, or a few fields of every claim.
//! [`SubmissionIndex::parse_document`] reads the envelope and indexes every set in one pass
//! over the input.
//!
//! ```
//! use x12_claims::claim837p::Submission;
//! use x12_claims::envelope::Document;
//!
//! let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
//! let doc = Document::parse(&input)?;
//! for set in doc.transaction_sets() {
//!     let submission = Submission::parse(set)?;
//!     for claim in submission.claims() {
//!         let clm = claim.claim().info();
//!         let payer = claim.payer().and_then(|p| p.nm1().last_name()).unwrap_or("?");
//!         assert_eq!((clm.patient_control_number(), payer), ("TH-0001", "UNITED HEALTHCARE"));
//!         assert_eq!(clm.total_charge().as_str(), "180");
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! To write claims of your own, build each loop from its first typed segments
//! ([`Header::new`], [`BillingProvider::new`], [`Subscriber::new`], [`Patient::new`],
//! [`Claim::new`], [`ServiceLine::new`], [`Party::new`], [`OtherSubscriber::new`], [`Drug::new`],
//! [`LineAdjudication::new`], [`Form::new`]), add their segments with `with` (or the named
//! `with_...` methods of the loops that keep one field per segment) and their child loops with
//! `with_party`, `with_claim`, `with_line`, `with_other_subscriber`, `with_drug`,
//! `with_adjudication` and `with_form`, and put the set together with [`Submission::build`],
//! which resolves the HL tree as parsing does and counts the segments for SE. Own segments and
//! the kinds of child loops are written in guide order whatever the order of the calls.
//!
//! A set that is not a 5010 837P is refused rather than misread:
//!
//! ```
//! use x12_claims::claim837p::Submission;
//! use x12_claims::envelope::Document;
//!
//! let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
//! let text = String::from_utf8(input)?.replace("005010X222A1", "005010X223A2");
//! let doc = Document::parse(text.as_bytes())?;
//! let set = doc.transaction_sets().next().ok_or("no set")?;
//! let error = Submission::parse(set).unwrap_err();
//! assert!(error.to_string().contains("is an institutional claim (837I)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod claim;
mod context;
mod error;
mod header;
mod hierarchy;
mod index;
mod levels;
mod line_adjudication;
pub(crate) mod loop_elements;
mod other_subscriber;
mod parse;
mod party;
mod placement;
mod service_line;
mod submission;

pub use claim::{Claim, ClaimSegment};
pub use context::ClaimContext;
pub use error::{Claim837Error, LoopPath};
pub use header::Header;
pub use index::{ClaimRef, SubmissionIndex};
pub use levels::{BillingProvider, OtherLevel, Patient, Subscriber};
pub use line_adjudication::LineAdjudication;
pub use other_subscriber::OtherSubscriber;
pub use parse::UnknownSegment;
pub use party::{Party, PartyRole, PartySegment};
pub use service_line::{Drug, Form, LineSegment, ServiceLine};
pub use submission::{IMPLEMENTATION, Level, Submission};

pub(crate) use party::party_paths;
pub(crate) use submission::level_paths;

#[cfg(test)]
mod tests;
