//! # x12-claims
//!
//! Healthcare X12 EDI for Rust: a zero-copy parser and a lossless writer for 837P professional
//! claims (005010X222A1) and 835 remittance advice (005010X221A1).
//!
//! ## Ways in
//!
//! * **Untyped segments** — [`syntax::Segments`] splits any X12 input into borrowed
//!   [`syntax::Segment`]s with X12's own 1-based element positions; [`syntax::Writer`] writes
//!   them back byte for byte, or re-delimited.
//! * **Envelopes** — [`envelope::Document`] frames a whole input as interchanges, functional
//!   groups and transaction sets and checks every trailer; [`envelope::StreamReader`] does the
//!   same one transaction set at a time over any reader, for files of hundreds of megabytes.
//! * **Typed 837P loops** — [`claim837p::Submission`] reads a transaction set into the claim's
//!   loop tree (billing provider, subscriber, patient, claim, service line ...) and yields each
//!   claim with its parties; writing it back gives the input again.
//! * **Typed 835 loops** — [`remit835::Remittance`] reads a remittance into its header, payer,
//!   payee, claim payments and service payments, yields each claim payment with its check or EFT
//!   number and date, and writes back the input; [`validate::balance835`] checks that the amounts
//!   add up.
//! * **Indexes** — [`claim837p::SubmissionIndex`] and [`remit835::RemittanceIndex`] check a
//!   set's structure and keep a byte range per loop; a claim, a claim payment or one of its
//!   segments is typed (and its elements checked) when it is asked for. For large files where
//!   most elements are never looked at.
//! * **Checking without keeping** — [`validate::set835`] checks every element, balancing rule
//!   and structure rule of an 835 in the pass that indexes it, building no loop tree.
//! * **Claims payers take** — [`validate::claim837p`] checks what payers refuse in an 837P
//!   although its syntax is right: the charge against the lines, CLM05 codes, the payer's claim
//!   number on replacements and voids, diagnoses and their pointers, NPIs, the billing
//!   provider's address and tax id, the HL shape, a secondary claim's balance against the
//!   earlier payers.
//!
//! ## Which read to use
//!
//! | to | use | what it costs |
//! |---|---|---|
//! | build, edit, or serialize claims and remittances; read small files whole | `Submission`, `Remittance` | every element checked and kept in an owned-able tree: the slowest read, and the most memory (several times the input) |
//! | read claims or claim payments out of large files | `SubmissionIndex`, `RemittanceIndex` | the framing and little more; each claim typed on request gives what the typed parse gives at that place, error included |
//! | balance an 835 | [`validate::balance835::index_and_check_document_with`] | the index plus the amounts of CLP, SVC, CAS and PLB |
//! | know that an 835 is sound throughout | [`validate::set835::check_document_with`] | every element checked; nothing kept but the index |
//! | know that payers will take an 837P's claims | [`validate::claim837p::check`] over a `Submission`; [`validate::claim837p::check_document`] over a whole file | the typed parse, and about twice as much again for the rules |
//!
//! Every way in reads the same bytes with the same rules: the typed parse, the index typed on
//! request and the one-pass check give the same values, the same errors and the same findings
//! for the same input (the tests and fuzz targets hold them to each other). The README's
//! Performance section has the figures.
//!
//! ```
//! use x12_claims::envelope::Document;
//! use x12_claims::syntax::{WriteOptions, Writer};
//!
//! let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
//! let doc = Document::parse(&input)?;
//! for set in doc.transaction_sets() {
//!     println!("{} {} with {} segments", set.id(), set.header().control_number, set.segment_count());
//!     for segment in set.segments() {
//!         let segment = segment?;
//!         if segment.id() == "CLM" {
//!             // CLM02 is the total charge, CLM05-3 the claim frequency.
//!             assert_eq!(segment.element(2).and_then(|e| e.as_str()), Some("150"));
//!             assert_eq!(segment.component(5, 3), Some(&b"1"[..]));
//!         }
//!     }
//! }
//! // Nothing is lost: writing the document gives back the input.
//! let mut out = Writer::new(Vec::new(), WriteOptions::default());
//! doc.write(&mut out)?;
//! assert_eq!(out.into_inner(), input);
//! # Ok::<(), x12_claims::Error>(())
//! ```
//!
//! ## Layers
//!
//! Each module uses only the ones above it in this list:
//!
//! | module | holds |
//! |---|---|
//! | [`syntax`] | delimiters, [`Location`](syntax::Location), zero-copy segments, readers, writer (nom lives here) |
//! | [`envelope`] | ISA/GS/ST framing, trailer checks, streaming reader, interchange writer |
//! | [`element`] | X12 data types keeping their source text: amounts (`rust_decimal`), dates (`chrono`) |
//! | [`codes`] | open code sets: place of service, claim frequency, CARC/RARC, qualifiers |
//! | [`segments`] | typed segments, one per file, checked views over the segment's bytes; loop-assembly cursor |
//! | [`claim837p`] | the 837P (005010X222A1) loop tree by role, lossless |
//! | [`remit835`] | the 835 (005010X221A1) remittance as typed loops by role, lossless |
//! | [`validate`] | diagnostics: the 835 balancing and structure rules, the 837P claim rules |
//! | `json` | X12 ⇄ JSON, streaming and lossless (feature `serde`) |
//!
//! ## Features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for delimiters, locations, headers, element
//!   values, codes and typed segments, and the `json` module.
//!
//! ## Limitations
//!
//! * Text before the first ISA other than a UTF-8 byte order mark and white space is refused
//!   (the error says where the ISA starts), so a parsed file always begins with its data.
//! * An ISA must be exactly 106 bytes; ISA11 holding a letter or digit (the 4010 habit, seen in
//!   5010 files) is read as "no repetition separator".

#![forbid(unsafe_code)]

pub mod syntax;

pub mod envelope;

pub mod element;

pub mod codes;

pub mod segments;

pub mod claim837p;

pub mod remit835;

pub mod validate;

#[cfg(feature = "serde")]
pub mod json;

mod error;

pub use error::Error;

/// The README's example, compiled and run as a doctest so it cannot go stale.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
