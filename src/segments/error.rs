//! Errors of the typed-segment layer: a segment whose elements do not fit its definition.

use crate::codes::CodeError;
use crate::element::ElementError;
use crate::syntax::{Location, WriteError};

/// Why a value inside a segment is not acceptable.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FieldProblem {
    /// The value does not fit its X12 data type.
    #[error(transparent)]
    Element(#[from] ElementError),
    /// The value is not a usable code.
    #[error(transparent)]
    Code(#[from] CodeError),
    /// The value is not UTF-8 text.
    #[error("the value is not UTF-8 text")]
    NotText,
    /// The value holds a separator of the interchange (the component separator where one
    /// value is expected, or the repetition separator): the element has parts where its type
    /// allows none. Text fields are not refused for this; coded, numeric and date values are.
    #[error("the value holds the {what} {byte:?}, so it has parts where its type allows one value")]
    Separator {
        /// Which separator: "component separator" or "repetition separator".
        what: &'static str,
        /// The separator, as a character.
        byte: char,
    },
}

/// A segment that does not fit its typed definition. The location names the segment and, where
/// it applies, the element and component (`segment 27 CLM05-3 (byte 1042)`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SegmentError {
    /// A segment of another kind was given.
    #[error("{location}: expected a {expected} segment, found {found}")]
    WrongId {
        /// The segment.
        location: Location,
        /// The identifier expected.
        expected: &'static str,
        /// The identifier found.
        found: String,
    },
    /// A required element (or component) is absent or empty.
    #[error("{location}: required {what} is missing")]
    Missing {
        /// The element.
        location: Location,
        /// What it holds (e.g. "patient control number").
        what: &'static str,
    },
    /// An element's value does not fit.
    #[error("{location}: {what}: {problem}")]
    Invalid {
        /// The element.
        location: Location,
        /// What it holds.
        what: &'static str,
        /// What is wrong with it.
        problem: FieldProblem,
    },
    /// Writing a built segment failed.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl SegmentError {
    /// Where the problem is.
    pub fn location(&self) -> Option<Location> {
        match self {
            SegmentError::WrongId { location, .. }
            | SegmentError::Missing { location, .. }
            | SegmentError::Invalid { location, .. } => Some(*location),
            SegmentError::Write(e) => e.location(),
        }
    }
}
