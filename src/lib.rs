//! # x12-claims
//!
//! Healthcare X12 EDI for Rust: a zero-copy parser and a lossless writer for 837P professional
//! claims (005010X222A1) and 835 remittance advice (005010X221A1).

/// X12 data element values (amounts, dates, times, text) that keep their source text.
pub mod element;

/// Open code sets (place of service, claim frequency, CARC/RARC, qualifiers, …).
pub mod codes;
