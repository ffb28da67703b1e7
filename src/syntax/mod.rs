//! Bytes ⇄ untyped segments: delimiters, [`Location`], zero-copy [`Segment`]s, the slice reader
//! [`Segments`] and the [`Writer`].
//!
//! This is the crate's no-allocation core. It knows X12 syntax (an ISA header declares the
//! delimiters; segments are split into elements, components and repetitions) and nothing of
//! what the segments mean. nom lives here: the ISA header is read with nom's streaming parsers,
//! and the segment tokenizer follows nom's convention that a buffer ending too early is
//! *incomplete*, not wrong, so the same code serves whole files and streams.
//!
//! Lossless by construction: a UTF-8 byte order mark and white space before the first ISA are
//! the [preamble](Segments::preamble), and every segment keeps its *tail* (terminator plus any
//! line break or indentation). Writing preamble, data and tails reproduces the input exactly.

mod delimiters;
mod error;
pub(crate) mod find;
pub(crate) mod location;
mod reader;
pub(crate) mod scan;
mod segment;
mod writer;

pub(crate) use delimiters::data_byte;
pub use delimiters::{ByteText, DelimiterError, Delimiters, ISA_LEN};
pub use error::SyntaxError;
pub use location::{ElementPosition, Location, SegmentId};
pub use reader::Segments;
pub use segment::{Components, Element, Elements, Repetitions, Segment};
pub(crate) use writer::Noting;
pub use writer::{Layout, SegmentWriter, WriteError, WriteOptions, Writer};
