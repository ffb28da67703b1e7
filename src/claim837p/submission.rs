//! [`Submission`]: one 837P transaction set as a loop tree, and the claims in it with their
//! context.

use std::io::Write;

use super::claim::Claim;
use super::context::ClaimContext;
use super::error::{Claim837Error, LoopPath};
use super::header::{Header, parse_header};
use super::hierarchy::{LevelKind, resolve};
use super::levels::{BillingProvider, OtherLevel, Patient, Subscriber};
use super::parse::Walk;
use super::party::Party;
use super::service_line::{owned, shrink};
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::SpanSource;
use crate::segments::{Hl, RawSegment, SegmentCursor};
use crate::syntax::{Location, Segment, WriteError, Writer};

/// The implementation guide an 837P names in ST03 (and GS08): `005010X222A1`. The base release
/// `005010X222` and the later errata `005010X222A2` share its loop structure and are read too.
pub const IMPLEMENTATION: &str = "005010X222A1";

/// One hierarchical level (HL loop), in the order read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Level<'a> {
    /// 2000A, HL03 `20`.
    BillingProvider(BillingProvider<'a>),
    /// 2000B, HL03 `22`.
    Subscriber(Subscriber<'a>),
    /// 2000C, HL03 `23`.
    Patient(Patient<'a>),
    /// Any other HL03, kept as read.
    Other(OtherLevel<'a>),
}

impl<'a> Level<'a> {
    /// The level's HL segment.
    pub fn hl(&self) -> &crate::segments::Hl<'a> {
        match self {
            Level::BillingProvider(l) => l.hl(),
            Level::Subscriber(l) => l.hl(),
            Level::Patient(l) => l.hl(),
            Level::Other(l) => l.hl(),
        }
    }

    /// The level's name loops (2010A*, 2010B*, 2010CA); none for a level of another kind.
    pub fn parties(&self) -> &[Party<'a>] {
        match self {
            Level::BillingProvider(l) => l.parties(),
            Level::Subscriber(l) => l.parties(),
            Level::Patient(l) => l.parties(),
            Level::Other(_) => &[],
        }
    }

    /// The kind of level it is, as its HL03 names it.
    fn kind(&self) -> LevelKind {
        match self {
            Level::BillingProvider(_) => LevelKind::BillingProvider,
            Level::Subscriber(_) => LevelKind::Subscriber,
            Level::Patient(_) => LevelKind::Patient,
            Level::Other(_) => LevelKind::Other,
        }
    }

    fn into_owned(self) -> Level<'static> {
        match self {
            Level::BillingProvider(l) => Level::BillingProvider(l.into_owned()),
            Level::Subscriber(l) => Level::Subscriber(l.into_owned()),
            Level::Patient(l) => Level::Patient(l.into_owned()),
            Level::Other(l) => Level::Other(l.into_owned()),
        }
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        match self {
            Level::BillingProvider(l) => l.write(out),
            Level::Subscriber(l) => l.write(out),
            Level::Patient(l) => l.write(out),
            Level::Other(l) => l.write(out),
        }
    }
}

/// Each level with the loop path reading gives it: `2000B[2]` is the set's second subscriber
/// level, whatever its parent.
pub(crate) fn level_paths<'l, 'a>(
    levels: &'l [Level<'a>],
) -> impl Iterator<Item = (LoopPath, &'l Level<'a>)> {
    let mut counts = [0; 4];
    levels
        .iter()
        .map(move |level| (level.kind().next_path(&mut counts), level))
}

/// An 837P transaction set (ST..SE) as a loop tree: the header, every HL level in the order
/// read with its parent resolved from HL02, and the ST and SE segments as read.
///
/// Writing a parsed submission gives back its bytes exactly when its known segments come in
/// guide order; segments the model does not expect are kept as
/// [`UnknownSegment`](super::UnknownSegment)s where they were met and written back there.
///
/// ```
/// use x12_claims::claim837p::Submission;
/// use x12_claims::envelope::Document;
/// use x12_claims::syntax::{WriteOptions, Writer};
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// let doc = Document::parse(&input)?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// let submission = Submission::parse(set)?;
/// let claims: Vec<_> = submission.claims().collect();
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].payer().and_then(|p| p.nm1().id()), Some("87726"));
///
/// let mut out = Writer::new(Vec::new(), WriteOptions::default().with_delimiters(set.delimiters()));
/// submission.write(&mut out)?;
/// assert_eq!(out.into_inner(), set.as_bytes());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Submission<'a> {
    st: RawSegment<'a>,
    header: Header<'a>,
    levels: Vec<Level<'a>>,
    /// The index of each level's parent in `levels`.
    parents: Vec<Option<u32>>,
    se: RawSegment<'a>,
}

/// Refuses a set that is not a 5010 837P.
pub(super) fn check_kind(set: &TransactionSet<'_>) -> Result<(), Claim837Error> {
    check_header(set.header(), set.location())
}

/// [`check_kind`] from the set's ST alone, at `st`.
pub(super) fn check_header(header: &SetHeader<'_>, st: Location) -> Result<(), Claim837Error> {
    if header.id != "837" {
        return Err(Claim837Error::NotProfessional {
            location: st.with_element(1),
            found: format!("transaction set {} is not a claim", header.id),
            expected: "ST01 837",
        });
    }
    let found = match header.implementation.as_deref() {
        Some(v) if v.starts_with("005010X222") => return Ok(()),
        Some(v) if v.starts_with("005010X223") => {
            format!("{v} is an institutional claim (837I)")
        }
        Some(v) if v.starts_with("005010X224") => format!("{v} is a dental claim (837D)"),
        Some(v) if v.starts_with("004010") => {
            format!("{v} is a version 4010 claim, not 5010")
        }
        Some(v) => format!("implementation {v} is not the 5010 professional claim"),
        None => "no implementation reference (version 4010 sets have none)".to_owned(),
    };
    Err(Claim837Error::NotProfessional {
        location: st.with_element(3),
        found,
        expected: "ST03 005010X222A1",
    })
}

impl<'a> Submission<'a> {
    /// Reads an 837P transaction set into its loop tree.
    ///
    /// Refuses sets that are not 5010 professional claims (ST01 other than `837`, ST03 other
    /// than `005010X222`, `…A1` or `…A2`), segments that do not fit their typed definition, a
    /// service line without SV1, and an HL tree whose parents do not resolve (HL02 naming no
    /// HL, a subscriber not under a billing provider, a patient not under a subscriber).
    pub fn parse(set: &TransactionSet<'a>) -> Result<Self, Claim837Error> {
        check_kind(set)?;
        let mut cursor = SegmentCursor::new(set.segments());
        let read = Read::through_se(&mut cursor)?;
        cursor.finish()?;
        read.resolve()
    }

    /// Frames `input` once and reads every transaction set into its loop tree in the same
    /// pass: the [`Document`](crate::envelope::Document) that
    /// [`Document::parse`](crate::envelope::Document::parse) gives, and for each set what
    /// [`parse`](Self::parse) gives. It saves the envelope's own pass over every set body.
    ///
    /// ```
    /// use x12_claims::claim837p::Submission;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let read = Submission::parse_document(&input)?;
    /// for (set, submission) in read.sets() {
    ///     match submission {
    ///         Ok(submission) => assert_eq!((set.id(), submission.claims().count()), ("837", 1)),
    ///         // The file's other set is an 835, which is not a claim.
    ///         Err(refused) => assert_eq!(set.id(), "835", "{refused}"),
    ///     }
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document(
        input: &'a [u8],
    ) -> Result<ReadDocument<'a, Result<Self, Claim837Error>>, EnvelopeError> {
        Self::parse_document_with(input, |_, submission| submission)
    }

    /// [`parse_document`](Self::parse_document), handing each set and its loop tree (or its
    /// error) to `each` as soon as the set is read; what `each` returns is what is kept, so a
    /// caller that keeps what it needs of each set holds one loop tree at a time. When the
    /// envelope fails after some sets, `each` has seen them; what it returned is dropped with
    /// the error.
    ///
    /// ```
    /// use x12_claims::claim837p::Submission;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
    /// // Each claim's patient control number, and nothing else kept.
    /// let read = Submission::parse_document_with(&input, |_set, submission| {
    ///     let ids: Vec<String> = submission?
    ///         .claims()
    ///         .map(|c| c.claim().info().patient_control_number().to_owned())
    ///         .collect();
    ///     Ok::<_, x12_claims::claim837p::Claim837Error>(ids)
    /// })?;
    /// assert_eq!(read.outputs()[0].as_ref().map_err(ToString::to_string)?, &["TH-0001"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document_with<T>(
        input: &'a [u8],
        each: impl FnMut(&TransactionSet<'a>, Result<Self, Claim837Error>) -> T,
    ) -> Result<ReadDocument<'a, T>, EnvelopeError> {
        read_document::<Self, T>(input, each)
    }

    /// A submission built from its header and HL levels, for writing: ST carries
    /// `control_number` and the `005010X222A1` guide, and SE the segment count. The levels'
    /// parents are resolved from HL02 as when parsing, so a tree that would not parse is refused
    /// here, as is a name loop whose role its NM1 does not take where it is placed (or that holds
    /// a segment its role does not), since it would be read back as something else.
    ///
    /// Written through an [`InterchangeWriter`](crate::envelope::InterchangeWriter) with
    /// [`write_body`](Self::write_body), the set takes that interchange's control number and
    /// count instead.
    pub fn build(
        control_number: &str,
        header: Header<'a>,
        levels: Vec<Level<'a>>,
    ) -> Result<Self, Claim837Error> {
        let hls: Vec<&Hl<'_>> = levels.iter().map(Level::hl).collect();
        let parents = resolve(&hls)?;
        super::placement::check(&header, &levels)?;
        let st = RawSegment::build("ST", |w| {
            w.text("837")?.text(control_number)?.text("005010X222A1")?;
            Ok(())
        })?;
        let mut submission = Submission {
            st,
            header,
            levels,
            parents,
            se: RawSegment::build("SE", |_| Ok(()))?,
        };
        let mut counter = Writer::new(std::io::sink(), Default::default());
        submission.write_body(&mut counter)?;
        let count = (counter.segments_written() + 2).to_string();
        submission.se = RawSegment::build("SE", |w| {
            w.text(&count)?.text(control_number)?;
            Ok(())
        })?;
        Ok(submission)
    }

    /// ST as read.
    #[doc(alias = "ST")]
    pub fn st(&self) -> &RawSegment<'a> {
        &self.st
    }

    /// SE as read.
    #[doc(alias = "SE")]
    pub fn se(&self) -> &RawSegment<'a> {
        &self.se
    }

    /// The header: BHT, submitter (1000A) and receiver (1000B).
    pub fn header(&self) -> &Header<'a> {
        &self.header
    }

    /// Every HL level in the order read.
    pub fn levels(&self) -> &[Level<'a>] {
        &self.levels
    }

    /// The level a level hangs under (by HL02), as an index into [`levels`](Self::levels).
    pub fn parent(&self, index: usize) -> Option<usize> {
        self.parents
            .get(index)
            .copied()
            .flatten()
            .map(|p| p as usize)
    }

    /// The levels directly under a level, as indexes into [`levels`](Self::levels).
    ///
    /// Each call goes through the parent link of every level; to learn the children of every
    /// level, go through [`parent`](Self::parent) of each level once instead.
    pub fn children(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        self.parents
            .iter()
            .enumerate()
            .filter(move |(_, p)| p.map(|p| p as usize) == Some(index))
            .map(|(i, _)| i)
    }

    /// The billing provider levels (2000A).
    pub fn billing_providers(&self) -> impl Iterator<Item = &BillingProvider<'a>> {
        self.levels.iter().filter_map(|l| match l {
            Level::BillingProvider(b) => Some(b),
            _ => None,
        })
    }

    /// Every claim in the order read, with its billing provider, subscriber, payer and (when
    /// the patient is not the subscriber) patient.
    pub fn claims(&self) -> impl Iterator<Item = ClaimContext<'_, 'a>> {
        self.levels.iter().enumerate().flat_map(move |(i, level)| {
            let (subscriber, patient, claims): (_, _, &[Claim<'a>]) = match level {
                Level::Subscriber(s) => (Some((s, i)), None, s.claims()),
                Level::Patient(p) => {
                    let sub = self.parent(i).and_then(|j| match self.levels.get(j) {
                        Some(Level::Subscriber(s)) => Some((s, j)),
                        _ => None,
                    });
                    (sub, Some(p), p.claims())
                }
                _ => (None, None, &[]),
            };
            let context = subscriber.and_then(|(subscriber, j)| {
                match self.parent(j).and_then(|k| self.levels.get(k)) {
                    Some(Level::BillingProvider(b)) => Some((b, subscriber)),
                    _ => None,
                }
            });
            claims.iter().filter_map(move |claim| {
                let (billing_provider, subscriber) = context?;
                Some(ClaimContext::new(
                    billing_provider,
                    subscriber,
                    patient,
                    claim,
                ))
            })
        })
    }

    /// The same submission owning its bytes.
    pub fn into_owned(self) -> Submission<'static> {
        Submission {
            st: self.st.into_owned(),
            header: self.header.into_owned(),
            levels: owned(self.levels, Level::into_owned),
            parents: self.parents,
            se: self.se.into_owned(),
        }
    }

    /// Writes ST through SE: the header, then every level in the order read, each in guide
    /// order with its unknown segments where they were met.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        self.write_with(out, true)
    }

    /// Writes the segments between ST and SE, for an outgoing interchange whose
    /// [`InterchangeWriter`](crate::envelope::InterchangeWriter) writes the ST and computes the
    /// SE (with this set's segment count and the new control number).
    pub fn write_body<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        self.write_with(out, false)
    }

    fn write_with<W: Write>(&self, out: &mut Writer<W>, st_se: bool) -> Result<(), WriteError> {
        self.header.write(out, st_se.then_some(&self.st))?;
        for level in &self.levels {
            level.write(out)?;
        }
        if st_se {
            self.se.write(out)?;
        }
        Ok(())
    }
}

/// Takes the SE that ends the set, which must come after the last level.
pub(super) fn take_trailer<'a>(walk: &mut Walk<'_, 'a>) -> Result<RawSegment<'a>, Claim837Error> {
    let root = LoopPath::root();
    match walk.peek() {
        Some(s) if s.segment_id() == "SE" => walk.typed(root, |s| Ok(RawSegment::from_segment(s))),
        _ => Err(Claim837Error::Missing {
            path: root,
            location: walk.cursor.location(),
            segment: "SE",
            what: "transaction set trailer",
        }),
    }
}

/// Whether a segment ends a level: the next HL, or SE.
pub(super) fn ends_level(s: &Segment<'_>) -> bool {
    matches!(s.segment_id().as_bytes(), b"HL" | b"SE")
}

/// Reads the level at the cursor, which starts with its HL, as a level of `kind`.
pub(super) fn read_level<'a>(
    walk: &mut Walk<'_, 'a>,
    kind: LevelKind,
    path: LoopPath,
) -> Result<Level<'a>, Claim837Error> {
    let up = ends_level;
    Ok(match kind {
        LevelKind::BillingProvider => {
            Level::BillingProvider(BillingProvider::parse(walk, path, &up)?)
        }
        LevelKind::Subscriber => Level::Subscriber(Subscriber::parse(walk, path, &up)?),
        LevelKind::Patient => Level::Patient(Patient::parse(walk, path, &up)?),
        LevelKind::Other => Level::Other(OtherLevel::parse(walk, path, &up)?),
    })
}

/// A set's segments read into their loops, before the HL tree is resolved: what the cursor
/// gives up to SE, so that a syntax error after SE is reported before a tree error.
struct Read<'a> {
    st: RawSegment<'a>,
    header: Header<'a>,
    levels: Vec<Level<'a>>,
    se: RawSegment<'a>,
}

impl<'a> Read<'a> {
    /// Reads from ST (where `cursor` is) through SE.
    fn through_se(cursor: &mut SegmentCursor<'a>) -> Result<Self, Claim837Error> {
        let mut walk = Walk::new(cursor);
        let root = LoopPath::root();
        let st = walk.typed(root, |s| Ok(RawSegment::from_segment(s)))?;
        let header = parse_header(&mut walk)?;
        let mut levels = Vec::new();
        let mut counts = [0usize; 4];
        while let Some(segment) = walk.peek() {
            if segment.segment_id() != "HL" {
                break;
            }
            let kind = LevelKind::of_hl(&segment);
            let path = kind.next_path(&mut counts);
            levels.push(read_level(&mut walk, kind, path)?);
        }
        let se = take_trailer(&mut walk)?;
        shrink(&mut levels);
        Ok(Read {
            st,
            header,
            levels,
            se,
        })
    }

    /// The submission, once each level's parent is resolved.
    fn resolve(self) -> Result<Submission<'a>, Claim837Error> {
        let hls: Vec<&Hl<'_>> = self.levels.iter().map(Level::hl).collect();
        let parents = resolve(&hls)?;
        Ok(Submission {
            st: self.st,
            header: self.header,
            levels: self.levels,
            parents,
            se: self.se,
        })
    }
}

/// The loop tree read inside the envelope's pass (see [`Submission::parse_document`]). Its
/// segments borrow the input as a framed set's do, at the same places, so closing it once the
/// set is framed changes nothing.
impl<'a> OnePass<'a> for Submission<'a> {
    type Output = Result<Self, Claim837Error>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        check_header(header, Location::default()).is_ok()
    }

    fn read_open(_source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        Read::through_se(cursor).and_then(Read::resolve).ok()
    }

    fn close(self, _set: &TransactionSet<'a>) -> Self::Output {
        Ok(self)
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        Self::parse(set)
    }
}
