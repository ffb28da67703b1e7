//! [`Claim837Error`] and [`LoopPath`]: what went wrong while assembling 837P loops, and where.

use std::fmt;

use crate::segments::SegmentError;
use crate::syntax::{Location, SyntaxError, WriteError};

/// Deepest nesting a path records: 2000x / 2300 / 2400 / 2420x, with room to spare.
const DEPTH: usize = 6;

/// Every loop identifier a path can name; a path stores indexes into this list, which keeps it
/// (and with it every `Result` of the loop parsers) small.
const LOOP_IDS: &[&str] = &[
    "", "1000A", "1000B", "2000", "2000A", "2000B", "2000C", "2010AA", "2010AB", "2010AC",
    "2010BA", "2010BB", "2010CA", "2300", "2310A", "2310B", "2310C", "2310D", "2310E", "2310F",
    "2320", "2330A", "2330B", "2330C", "2330D", "2330E", "2330F", "2330G", "2400", "2410", "2420A",
    "2420B", "2420C", "2420D", "2420E", "2420F", "2420G", "2420H", "2430", "2440",
];

/// Where in the loop tree something is: each loop's identifier and its 1-based place among the
/// loops of that kind in its parent, e.g. `2000B[1]/2300[3]/2400[2]`.
///
/// A path is a small value with no allocation, so loops can pass it down while parsing.
///
/// ```
/// use x12_claims::claim837p::LoopPath;
/// let path = LoopPath::root().child("2000B", 1).child("2300", 3);
/// assert_eq!(path.to_string(), "2000B[1]/2300[3]");
/// assert_eq!(path.innermost(), Some(("2300", 3)));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LoopPath {
    parts: [(u8, u16); DEPTH],
    len: u8,
}

impl LoopPath {
    /// The transaction set itself (the header, outside any numbered loop).
    pub const fn root() -> Self {
        LoopPath {
            parts: [(0, 0); DEPTH],
            len: 0,
        }
    }

    /// The path of a loop inside this one: its identifier (`"2300"`) and 1-based place. An
    /// identifier that is not an 837P loop is shown as `?`; places beyond 65535 as 65535.
    #[must_use]
    pub fn child(mut self, id: &str, index: usize) -> Self {
        let code = LOOP_IDS.iter().position(|l| *l == id).unwrap_or(0);
        let code = u8::try_from(code).unwrap_or(0);
        let index = u16::try_from(index).unwrap_or(u16::MAX);
        if let Some(slot) = self.parts.get_mut(usize::from(self.len)) {
            *slot = (code, index);
            self.len += 1;
        }
        self
    }

    /// The loops from the outermost in.
    pub fn parts(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.parts
            .iter()
            .take(usize::from(self.len))
            .map(|&(code, index)| {
                let id = LOOP_IDS.get(usize::from(code)).copied().unwrap_or("");
                (if id.is_empty() { "?" } else { id }, u32::from(index))
            })
    }

    /// The innermost loop, if the path is not the root.
    pub fn innermost(&self) -> Option<(&'static str, u32)> {
        self.parts().last()
    }
}

impl fmt::Display for LoopPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.len == 0 {
            return f.write_str("header");
        }
        for (n, (id, index)) in self.parts().enumerate() {
            if n > 0 {
                f.write_str("/")?;
            }
            write!(f, "{id}[{index}]")?;
        }
        Ok(())
    }
}

impl fmt::Debug for LoopPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LoopPath({self})")
    }
}

use crate::syntax::location::AfterPath;

/// The part of a segment error after its location.
struct Detail<'e>(&'e SegmentError);

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            SegmentError::WrongId {
                expected, found, ..
            } => write!(f, "expected a {expected} segment, found {found}"),
            SegmentError::Missing { what, .. } => write!(f, "required {what} is missing"),
            SegmentError::Invalid { what, problem, .. } => write!(f, "{what}: {problem}"),
            other => write!(f, "{other}"),
        }
    }
}

fn segment_at(error: &SegmentError) -> String {
    AfterPath(&error.location().unwrap_or_default()).to_string()
}

/// Why a transaction set could not be read as an 837P claim submission. Every message starts
/// with the loop path and the place (`2000B[1]/2300[3] CLM05-3 at segment 27 (byte 1042): ...`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Claim837Error {
    /// The set is not a 5010 professional claim (another transaction, another guide, another
    /// version).
    #[error(
        "{} {}: {found}; expected {expected}",
        LoopPath::root(),
        AfterPath(location)
    )]
    NotProfessional {
        /// The ST element that tells.
        location: Location,
        /// What the set is, in words.
        found: String,
        /// What an 837P carries there.
        expected: &'static str,
    },
    /// A segment does not fit its typed definition.
    #[error("{path} {}: {}", segment_at(source), Detail(source))]
    Segment {
        /// The loop holding the segment.
        path: LoopPath,
        /// What is wrong with it.
        source: Box<SegmentError>,
    },
    /// A segment the guide requires at this place is absent.
    #[error(
        "{path} {}: required {what} ({segment}) is missing",
        AfterPath(location)
    )]
    Missing {
        /// The loop that lacks it.
        path: LoopPath,
        /// Where it should have been: the segment found instead, or the end of the set.
        location: Location,
        /// The segment identifier expected.
        segment: &'static str,
        /// What it holds.
        what: &'static str,
    },
    /// The HL tree does not hold together: a parent that does not exist or is of the wrong
    /// level, or an id used twice.
    #[error("{path} {}: {problem}", AfterPath(location))]
    Hierarchy {
        /// The hierarchical level at fault.
        path: LoopPath,
        /// The HL segment (element HL01 or HL02).
        location: Location,
        /// What is wrong.
        problem: String,
    },
    /// A built loop would be read back as another loop, or not at all, where it is placed (a
    /// name loop whose role its NM1 does not take there, a segment its loop does not hold).
    #[error("{path} {}: {problem}", AfterPath(location))]
    Misplaced {
        /// The loop at fault.
        path: LoopPath,
        /// Its segment that tells.
        location: Location,
        /// What is wrong.
        problem: String,
    },
    /// A transaction set too long for a [`SubmissionIndex`](super::SubmissionIndex), which
    /// counts bytes and segments in 32 bits.
    #[error(
        "{} {}: the transaction set is {bytes} bytes long; an index holds sets shorter than 4 GiB (read it with Submission::parse)",
        LoopPath::root(),
        AfterPath(location)
    )]
    TooLarge {
        /// The ST segment.
        location: Location,
        /// The set's length in bytes.
        bytes: u64,
    },
    /// The set's bytes could not be tokenized.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl Claim837Error {
    /// Where the problem is.
    pub fn location(&self) -> Option<Location> {
        match self {
            Claim837Error::NotProfessional { location, .. }
            | Claim837Error::Missing { location, .. }
            | Claim837Error::Hierarchy { location, .. }
            | Claim837Error::Misplaced { location, .. }
            | Claim837Error::TooLarge { location, .. } => Some(*location),
            Claim837Error::Segment { source, .. } => source.location(),
            Claim837Error::Syntax(e) => Some(e.location()),
            Claim837Error::Write(e) => e.location(),
        }
    }

    /// The loop the problem is in, when it is in one.
    pub fn path(&self) -> Option<LoopPath> {
        match self {
            Claim837Error::NotProfessional { .. } | Claim837Error::TooLarge { .. } => {
                Some(LoopPath::root())
            }
            Claim837Error::Segment { path, .. }
            | Claim837Error::Missing { path, .. }
            | Claim837Error::Hierarchy { path, .. }
            | Claim837Error::Misplaced { path, .. } => Some(*path),
            Claim837Error::Syntax(_) | Claim837Error::Write(_) => None,
        }
    }
}
