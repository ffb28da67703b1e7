//! Errors of the envelope layer: interchanges, functional groups and transaction sets that do
//! not frame or do not add up.

use crate::syntax::{Location, SyntaxError, WriteError};

/// A problem with the ISA/GS/ST framing of an input, or with the counts and control numbers its
/// trailers declare. Every variant names the place.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// The input could not be split into segments.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// A non-empty input holds no interchange.
    #[error("{location}: the input holds no interchange (no ISA segment)")]
    NoInterchange {
        /// The end of the input.
        location: Location,
    },
    /// A segment where the envelope does not allow it.
    #[error("{location}: {found} is not allowed here; expected {expected}")]
    Unexpected {
        /// The segment.
        location: Location,
        /// Its identifier.
        found: String,
        /// What the envelope allows at that point.
        expected: &'static str,
    },
    /// A structure is not closed by its trailer.
    #[error("{location}: the {structure} opened at {opened} has no {trailer}")]
    MissingTrailer {
        /// Where the trailer was expected (the next structure's start, or the end of input).
        location: Location,
        /// What is left open: interchange, functional group or transaction set.
        structure: &'static str,
        /// Where it was opened.
        opened: Location,
        /// The missing trailer: IEA, GE or SE.
        trailer: &'static str,
    },
    /// A count in a trailer differs from what was counted.
    #[error("{location}: declares {declared} {what}, but {counted} were counted")]
    CountMismatch {
        /// The count element (SE01, GE01, IEA01).
        location: Location,
        /// What is counted.
        what: &'static str,
        /// The text of the count element.
        declared: String,
        /// What was counted.
        counted: u64,
    },
    /// A control number in a trailer differs from the header's.
    #[error("{location}: control number \"{found}\" does not match {header} \"{expected}\"")]
    ControlMismatch {
        /// The trailer's control number element (SE02, GE02, IEA02).
        location: Location,
        /// The trailer's value.
        found: String,
        /// The header element it must equal (ST02, GS06, ISA13).
        header: &'static str,
        /// The header's value.
        expected: String,
    },
    /// A required header or trailer element is missing or not text.
    #[error("{location}: required element is missing or not UTF-8 text ({what})")]
    MissingElement {
        /// The element.
        location: Location,
        /// What it holds.
        what: &'static str,
    },
    /// A header value that cannot be written in its fixed-width field.
    #[error("{field} {value:?} is longer than its {width}-character field")]
    TooWide {
        /// The element (e.g. ISA06).
        field: &'static str,
        /// The value given.
        value: String,
        /// The width of the field.
        width: usize,
    },
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// Reading failed.
    #[error("reading failed: {0}")]
    Io(#[from] std::io::Error),
}

impl EnvelopeError {
    /// Where the problem is, when it concerns a place in the input.
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// let err = Document::parse(b"  \n").unwrap_err();
    /// assert_eq!(err.location().map(|l| l.offset), Some(3));
    /// ```
    pub fn location(&self) -> Option<Location> {
        match self {
            EnvelopeError::Syntax(e) => Some(e.location()),
            EnvelopeError::NoInterchange { location }
            | EnvelopeError::Unexpected { location, .. }
            | EnvelopeError::MissingTrailer { location, .. }
            | EnvelopeError::CountMismatch { location, .. }
            | EnvelopeError::ControlMismatch { location, .. }
            | EnvelopeError::MissingElement { location, .. } => Some(*location),
            EnvelopeError::Write(e) => e.location(),
            EnvelopeError::TooWide { .. } | EnvelopeError::Io(_) => None,
        }
    }

    /// Whether this is a trailer that does not add up (a count or control number that does not
    /// match): the input is still framed and readable, and readers go on after it.
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// let err = Document::parse(b"GS*HC~").unwrap_err();
    /// assert!(!err.is_trailer_problem());
    /// ```
    pub fn is_trailer_problem(&self) -> bool {
        matches!(
            self,
            EnvelopeError::CountMismatch { .. } | EnvelopeError::ControlMismatch { .. }
        )
    }
}
