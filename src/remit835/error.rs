//! Errors of the 835 loop layer and the [`LoopPath`] that places them.

use std::fmt;

use crate::segments::{SegmentCursor, SegmentError};
use crate::syntax::{Location, SyntaxError};

/// Where a segment sits in the loop structure of one 835: `header`, `1000A`, `1000B`,
/// `2000[1]`, `2000[1]/2100[3]`, `2000[1]/2100[3]/2110[2]` or `summary` (the PLB segments).
/// Loop numbers count from 1 in the order the loops appear.
///
/// ```
/// use x12_claims::remit835::LoopPath;
/// assert_eq!(LoopPath::ServicePayment(1, 3, 2).to_string(), "2000[1]/2100[3]/2110[2]");
/// assert_eq!(LoopPath::Payee.to_string(), "1000B");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoopPath {
    /// The header: BPR, TRN, CUR, REF, DTM.
    Header,
    /// Loop 1000A, the payer.
    #[doc(alias = "1000A")]
    Payer,
    /// Loop 1000B, the payee.
    #[doc(alias = "1000B")]
    Payee,
    /// Loop 2000 number `n`.
    #[doc(alias = "2000")]
    HeaderNumber(usize),
    /// Loop 2100 number `claim` inside loop 2000 number `header_number`.
    #[doc(alias = "2100")]
    ClaimPayment(usize, usize),
    /// Loop 2110 number `line` inside a claim payment.
    #[doc(alias = "2110")]
    ServicePayment(usize, usize, usize),
    /// The summary after the last 2000 loop: PLB segments.
    Summary,
}

impl LoopPath {
    /// The guide's id of the innermost loop: `1000A`, `2100` ...; `header` and `summary` for the
    /// tables before and after the loops.
    ///
    /// ```
    /// use x12_claims::remit835::LoopPath;
    /// assert_eq!(LoopPath::ServicePayment(1, 3, 2).loop_id(), "2110");
    /// assert_eq!(LoopPath::Summary.loop_id(), "summary");
    /// ```
    pub fn loop_id(&self) -> &'static str {
        match self {
            LoopPath::Header => "header",
            LoopPath::Payer => "1000A",
            LoopPath::Payee => "1000B",
            LoopPath::HeaderNumber(_) => "2000",
            LoopPath::ClaimPayment(..) => "2100",
            LoopPath::ServicePayment(..) => "2110",
            LoopPath::Summary => "summary",
        }
    }
}

impl fmt::Display for LoopPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoopPath::Header => f.write_str("header"),
            LoopPath::Payer => f.write_str("1000A"),
            LoopPath::Payee => f.write_str("1000B"),
            LoopPath::HeaderNumber(n) => write!(f, "2000[{n}]"),
            LoopPath::ClaimPayment(n, c) => write!(f, "2000[{n}]/2100[{c}]"),
            LoopPath::ServicePayment(n, c, l) => write!(f, "2000[{n}]/2100[{c}]/2110[{l}]"),
            LoopPath::Summary => f.write_str("summary"),
        }
    }
}

/// A place in the input as read after a loop path: `CLP02 at segment 27 (byte 1042)`.
pub(crate) use crate::syntax::location::AfterPath as At;

/// What a segment error says, without its location.
struct Problem<'e>(&'e SegmentError);

impl fmt::Display for Problem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            SegmentError::WrongId {
                expected, found, ..
            } => write!(f, "expected a {expected} segment, found {found}"),
            SegmentError::Missing { what, .. } => write!(f, "required {what} is missing"),
            SegmentError::Invalid { what, problem, .. } => write!(f, "{what}: {problem}"),
            SegmentError::Write(e) => write!(f, "{e}"),
        }
    }
}

/// An 835 transaction set that cannot be read as a remittance. Each message starts with the
/// loop path and the place (`2000[1]/2100[3] CLP04 at segment 27 (byte 1042): ...`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Remit835Error {
    /// The transaction set is not an 835 (ST01), or not the 5010 remittance implementation
    /// (ST03 or GS08).
    #[error("{}: {found} is not {expected}", At(.location))]
    NotRemittance {
        /// The ST (or GS) segment.
        location: Location,
        /// What was found: `837`, `999`, `004010X091A1` ...
        found: String,
        /// What an 835 of this implementation has.
        expected: &'static str,
    },
    /// A segment at its place does not fit its definition.
    #[error("{path} {}: {}", At(&.source.location().unwrap_or_default()), Problem(.source))]
    Segment {
        /// The loop holding the segment.
        path: LoopPath,
        /// What is wrong with it.
        source: SegmentError,
    },
    /// A segment the guide requires is absent.
    #[error("{path} {}: required {what} ({segment}) is missing", At(.location))]
    Missing {
        /// The loop that lacks it.
        path: LoopPath,
        /// The segment, with its qualifier (`NM1*QC`).
        segment: &'static str,
        /// What it holds.
        what: &'static str,
        /// Where it was expected.
        location: Location,
    },
    /// A segment that starts a loop met where that loop cannot be (a CLP before any LX, an SVC
    /// before any CLP).
    #[error("{path} {}: {found} cannot start a loop here; {expected}", At(.location))]
    Misplaced {
        /// The loop where it was met.
        path: LoopPath,
        /// The segment identifier.
        found: String,
        /// What the guide requires before it.
        expected: &'static str,
        /// Where it is.
        location: Location,
    },
    /// A transaction set too long for a [`RemittanceIndex`](super::RemittanceIndex), which
    /// counts bytes and segments in 32 bits.
    #[error(
        "{}: the transaction set is {bytes} bytes long; an index holds sets shorter than 4 GiB (read it with Remittance::parse)",
        At(.location)
    )]
    TooLarge {
        /// The ST segment.
        location: Location,
        /// The set's length in bytes.
        bytes: u64,
    },
    /// The segments could not be read.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
}

impl Remit835Error {
    /// Where the problem is.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::{LoopPath, Remittance};
    /// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
    /// TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// CLP*PCN1*1*1,800*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SE*9*0001~GE*1*501~IEA*1*000000501~";
    /// let doc = Document::parse(input)?;
    /// let error = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?).unwrap_err();
    /// assert_eq!(error.path(), Some(LoopPath::ClaimPayment(1, 1)));
    /// assert_eq!(error.location().map(|l| l.segment), Some(9));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn location(&self) -> Option<Location> {
        match self {
            Remit835Error::NotRemittance { location, .. }
            | Remit835Error::Missing { location, .. }
            | Remit835Error::Misplaced { location, .. }
            | Remit835Error::TooLarge { location, .. } => Some(*location),
            Remit835Error::Segment { source, .. } => source.location(),
            Remit835Error::Syntax(e) => Some(e.location()),
        }
    }

    /// The loop where the problem is, when it is inside the transaction set.
    pub fn path(&self) -> Option<LoopPath> {
        match self {
            Remit835Error::Segment { path, .. }
            | Remit835Error::Missing { path, .. }
            | Remit835Error::Misplaced { path, .. } => Some(*path),
            Remit835Error::NotRemittance { .. }
            | Remit835Error::TooLarge { .. }
            | Remit835Error::Syntax(_) => None,
        }
    }
}

/// A CLP or SVC met before any header number (LX): claim payments sit in loop 2000.
pub(crate) fn before_header_number(s: &crate::syntax::Segment<'_>) -> Option<Remit835Error> {
    matches!(s.segment_id().as_bytes(), b"CLP" | b"SVC").then(|| Remit835Error::Misplaced {
        path: LoopPath::Payee,
        found: s.id().to_owned(),
        expected: "claim payments (2100) follow a header number (LX)",
        location: s.location(),
    })
}

/// An SVC met in loop 2000 before any CLP: a service payment sits in its claim payment.
pub(crate) fn before_claim(
    path: LoopPath,
    s: &crate::syntax::Segment<'_>,
) -> Option<Remit835Error> {
    (s.segment_id() == "SVC").then(|| Remit835Error::Misplaced {
        path,
        found: "SVC".to_owned(),
        expected: "a service payment (2110) follows its claim payment (CLP)",
        location: s.location(),
    })
}

/// Takes the set's ST at the cursor; its absence is an error in the header.
pub(crate) fn take_st<'a>(
    cursor: &mut SegmentCursor<'a>,
) -> Result<crate::syntax::Segment<'a>, Remit835Error> {
    take_required(cursor, LoopPath::Header, "ST", "transaction set header")
}

/// Takes the set's SE at the cursor; its absence is an error in the summary.
pub(crate) fn take_se<'a>(
    cursor: &mut SegmentCursor<'a>,
) -> Result<crate::syntax::Segment<'a>, Remit835Error> {
    take_required(cursor, LoopPath::Summary, "SE", "transaction set trailer")
}

fn take_required<'a>(
    cursor: &mut SegmentCursor<'a>,
    path: LoopPath,
    segment: &'static str,
    what: &'static str,
) -> Result<crate::syntax::Segment<'a>, Remit835Error> {
    let location = cursor.location();
    cursor.take_if(segment).ok_or(Remit835Error::Missing {
        path,
        segment,
        what,
        location,
    })
}

/// Reads a typed segment, placing its error in a loop.
pub(crate) fn typed<'a, T>(
    path: LoopPath,
    segment: &crate::syntax::Segment<'a>,
    parse: impl FnOnce(&crate::syntax::Segment<'a>) -> Result<T, SegmentError>,
) -> Result<T, Remit835Error> {
    parse(segment).map_err(|source| Remit835Error::Segment { path, source })
}
