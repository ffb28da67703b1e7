//! Interchanges, functional groups and transaction sets: the ISA/GS/ST envelope around the
//! business data, its trailer checks, and the writer for outgoing interchanges.
//!
//! Three ways in:
//! * [`Document::parse`]: a whole input in memory, as a tree of borrowed parts;
//! * [`StreamReader`]: any [`Read`](std::io::Read), one item (a header, a whole transaction
//!   set, a trailer) at a time, in memory bounded by the largest transaction set;
//! * [`InterchangeWriter`]: builds an outgoing interchange, assigning the counts.
//!
//! Both readers check each trailer: SE01 against the segments counted from ST to SE, SE02 =
//! ST02, GE01 against the sets counted, GE02 = GS06, IEA01 against the groups counted,
//! IEA02 = ISA13. A missing trailer, a segment outside the envelope, or a non-empty input with
//! no interchange is an error naming the place.

mod body;
mod builder;
mod document;
mod error;
mod framer;
mod headers;
mod set;
mod stream;

pub(crate) use body::BodyReader;
pub use body::ReadDocument;
pub use builder::{InterchangeWriter, OutgoingInterchange};
pub use document::{Document, FunctionalGroup, Interchange};
pub use error::EnvelopeError;
pub use headers::{GroupHeader, InterchangeHeader, SetHeader, Trailer};
pub use set::{OwnedTransactionSet, TransactionSet};
pub use stream::{Item, StreamReader};
