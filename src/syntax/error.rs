//! Errors of the syntax layer: input that cannot be split into segments.

use super::delimiters::{ByteText, DelimiterError};
use super::location::Location;

/// Input that cannot be split into segments. Every variant says where (`location()`), what was
/// found and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SyntaxError {
    /// The input does not start with an interchange header.
    #[error("{location}: expected an interchange header \"ISA\", found \"{found}\"{}", later_isa(*isa_at))]
    NotX12 {
        /// Where the header was expected.
        location: Location,
        /// The first bytes found there, escaped.
        found: Box<str>,
        /// Offset of an interchange header further on, when there is one: the input has
        /// text (a title, a note) in front of the X12 data.
        isa_at: Option<u64>,
    },
    /// The input is UTF-16 encoded.
    #[error(
        "{location}: the input is UTF-16 encoded; X12 is read as ASCII or UTF-8, so convert it first (for example with iconv -f UTF-16 -t UTF-8)"
    )]
    Utf16 {
        /// Start of the input.
        location: Location,
    },
    /// The input is a compressed file or an archive (ERA files often come zipped), not X12
    /// text.
    #[error("{location}: the input is {format}, not X12 text: {remedy} first")]
    Compressed {
        /// Start of the input.
        location: Location,
        /// What the input is: `"gzip-compressed"`, `"a ZIP archive"` ...
        format: &'static str,
        /// What to do with it: `"decompress it"`, `"extract the X12 file from it"`.
        remedy: &'static str,
    },
    /// The input ends inside an ISA header.
    #[error(
        "{location}: the interchange header is cut short: {len} bytes where ISA needs exactly 106"
    )]
    IsaTruncated {
        /// The header's start.
        location: Location,
        /// How many bytes there were.
        len: usize,
    },
    /// A separator or the terminator of an ISA header is not at its fixed position.
    #[error(
        "{location}: ISA is not 106 bytes of fixed-width fields: byte {index} of the header should be {expected}, found {found}"
    )]
    IsaLayout {
        /// The header's start, narrowed to the element before the misplaced byte.
        location: Location,
        /// 0-based index of the byte inside the header.
        index: usize,
        /// What belongs at that byte.
        expected: &'static str,
        /// What was there.
        found: ByteText,
    },
    /// A field of an ISA header other than ISA11 and ISA16 holds one of the delimiters the
    /// header declares, so it cannot be read as one element (nor written back).
    #[error(
        "{location}: the ISA field holds {found}, one of the interchange's delimiters (byte {index} of the header); only ISA11 and ISA16 may hold delimiters"
    )]
    IsaDelimiterInData {
        /// The header's start, narrowed to the element that holds the delimiter.
        location: Location,
        /// 0-based index of the byte inside the header.
        index: usize,
        /// The delimiter found.
        found: ByteText,
    },
    /// The delimiters declared by an ISA header cannot be used.
    #[error("{location}: unusable delimiters: {problem}")]
    Delimiters {
        /// The header's start.
        location: Location,
        /// What is wrong with them.
        problem: DelimiterError,
    },
    /// A segment does not start with a valid identifier.
    #[error(
        "{location}: \"{found}\" is not a segment identifier (2 or 3 upper-case letters or digits, then the element separator or terminator)"
    )]
    SegmentId {
        /// The segment's start.
        location: Location,
        /// The bytes found, escaped.
        found: Box<str>,
    },
    /// Two segment terminators in a row.
    #[error("{location}: empty segment (a segment terminator right after another)")]
    EmptySegment {
        /// Where the empty segment is.
        location: Location,
    },
}

impl SyntaxError {
    /// Where the problem is.
    ///
    /// ```
    /// use x12_claims::syntax::Segments;
    /// let err = Segments::new(b"GS*HC~").next().unwrap().unwrap_err();
    /// assert_eq!(err.location().offset, 0);
    /// ```
    pub fn location(&self) -> Location {
        match self {
            SyntaxError::NotX12 { location, .. }
            | SyntaxError::Utf16 { location }
            | SyntaxError::Compressed { location, .. }
            | SyntaxError::IsaTruncated { location, .. }
            | SyntaxError::IsaLayout { location, .. }
            | SyntaxError::IsaDelimiterInData { location, .. }
            | SyntaxError::Delimiters { location, .. }
            | SyntaxError::SegmentId { location, .. }
            | SyntaxError::EmptySegment { location } => *location,
        }
    }
}

fn later_isa(at: Option<u64>) -> String {
    match at {
        Some(at) => {
            format!("; an interchange header starts at byte {at}: remove the text before it")
        }
        None => String::new(),
    }
}

/// Escaped text of at most `max` bytes, for showing what was found.
pub(crate) fn excerpt(bytes: &[u8], max: usize) -> Box<str> {
    let shown = bytes.get(..max).unwrap_or(bytes);
    let mut text = shown.escape_ascii().to_string();
    if shown.len() < bytes.len() {
        text.push_str("...");
    }
    text.into_boxed_str()
}
