//! [`Submission`]: one 837P transaction set as a loop tree, and the claims in it with their
//! context.

use std::collections::HashMap;
use std::io::Write;

use super::claim::Claim;
use super::error::{Claim837Error, LoopPath};
use super::levels::{BillingProvider, OtherLevel, Patient, Subscriber};
use super::parse::{LoopWriter, UnknownSegment, Walk};
use super::party::{Holder, Party, PartyRole, find};
use super::service_line::{owned, shrink};
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::SpanSource;
use crate::segments::{Bht, Hl, RawSegment, SegmentCursor};
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

    fn into_owned(self) -> Level<'static> {
        match self {
            Level::BillingProvider(l) => Level::BillingProvider(l.into_owned()),
            Level::Subscriber(l) => Level::Subscriber(l.into_owned()),
            Level::Patient(l) => Level::Patient(l.into_owned()),
            Level::Other(l) => Level::Other(l.into_owned()),
        }
    }

    fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        match self {
            Level::BillingProvider(l) => l.write(out),
            Level::Subscriber(l) => l.write(out),
            Level::Patient(l) => l.write(out),
            Level::Other(l) => l.write(out),
        }
    }
}

/// The header of the set: BHT and the 1000A submitter and 1000B receiver name loops.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Header<'a> {
    bht: Option<Bht<'a>>,
    parties: Vec<Party<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Header<'a> {
    /// A header built from its BHT, for writing; add the submitter and receiver with
    /// [`with_party`](Self::with_party).
    pub fn new(bht: Bht<'a>) -> Self {
        Header {
            bht: Some(bht),
            parties: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a name loop (1000A submitter, 1000B receiver), after those added before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// BHT: batch purpose, reference, creation time and claim/encounter flag.
    #[doc(alias = "BHT")]
    pub fn bht(&self) -> Option<&Bht<'a>> {
        self.bht.as_ref()
    }

    /// Loop 1000A: the submitter and its EDI contact.
    #[doc(alias = "1000A")]
    pub fn submitter(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Submitter)
    }

    /// Loop 1000B: the receiver.
    #[doc(alias = "1000B")]
    pub fn receiver(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Receiver)
    }

    /// The name loops (1000A, 1000B) in the order read or added.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// Segments met in the header that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }
}

/// An 837P transaction set (ST..SE) as a loop tree: the header, every HL level in the order
/// read with its parent resolved from HL02, and the ST and SE segments as read.
///
/// Writing a parsed submission gives back its bytes exactly when its known segments come in
/// guide order; segments the model does not expect are kept as [`UnknownSegment`]s where they
/// were met and written back there.
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
                Some(ClaimContext {
                    billing_provider,
                    subscriber,
                    patient,
                    claim,
                })
            })
        })
    }

    /// The same submission owning its bytes.
    pub fn into_owned(self) -> Submission<'static> {
        Submission {
            st: self.st.into_owned(),
            header: Header {
                bht: self.header.bht.map(Bht::into_owned),
                parties: owned(self.header.parties, Party::into_owned),
                unknown: owned(self.header.unknown, UnknownSegment::into_owned),
            },
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
        let mut w = LoopWriter::new(out, &self.header.unknown);
        if st_se {
            w.own(&self.st)?;
        } else {
            // The ST counts as the header's first own segment for the kept segments' places.
            w.skip();
        }
        if let Some(bht) = &self.header.bht {
            w.own(bht.raw())?;
        }
        let out = w.finish()?;
        for p in &self.header.parties {
            p.write(out)?;
        }
        for level in &self.levels {
            level.write(out)?;
        }
        if st_se {
            self.se.write(out)?;
        }
        Ok(())
    }
}

pub(super) fn parse_header<'a>(walk: &mut Walk<'_, 'a>) -> Result<Header<'a>, Claim837Error> {
    let root = LoopPath::root();
    let mut header = Header {
        bht: None,
        parties: Vec::new(),
        unknown: Vec::new(),
    };
    let up = |s: &Segment<'_>| {
        matches!(s.segment_id().as_bytes(), b"BHT" | b"HL" | b"SE")
            || PartyRole::of(Holder::Header, s).is_some()
    };
    let mut own = 1;
    while let Some(segment) = walk.peek() {
        match segment.segment_id().as_bytes() {
            b"HL" | b"SE" => break,
            b"BHT" if header.bht.is_none() => {
                header.bht = Some(walk.typed(root, Bht::parse)?);
                own += 1;
            }
            _ => {
                if let Some(role) = PartyRole::of(Holder::Header, &segment) {
                    let n = header.parties.iter().filter(|p| p.role() == role).count();
                    let path = root.child(role.loop_id(), n + 1);
                    header.parties.push(Party::parse(walk, role, path, &up)?);
                } else {
                    walk.unknown(own, &mut header.unknown);
                }
            }
        }
    }
    Ok(header)
}

/// The kind of level an HL03 code opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LevelKind {
    BillingProvider,
    Subscriber,
    Patient,
    Other,
}

impl LevelKind {
    /// The kind an HL03 code names (`20`, `22`, `23`; anything else is `Other`).
    pub fn of(code: &[u8]) -> Self {
        match code {
            b"20" => LevelKind::BillingProvider,
            b"22" => LevelKind::Subscriber,
            b"23" => LevelKind::Patient,
            _ => LevelKind::Other,
        }
    }

    /// The kind of level an HL segment opens.
    pub fn of_hl(hl: &Segment<'_>) -> Self {
        LevelKind::of(hl.element(3).map_or(&[][..], |e| e.as_bytes()))
    }

    /// Whether claims (2300) hang in levels of this kind.
    pub fn holds_claims(self) -> bool {
        matches!(self, LevelKind::Subscriber | LevelKind::Patient)
    }

    /// The HL03 code of the level this kind must hang under, and how to name it.
    fn parent(self) -> Option<(&'static str, &'static str)> {
        match self {
            LevelKind::Subscriber => Some(("20", "a billing provider (20)")),
            LevelKind::Patient => Some(("22", "a subscriber (22)")),
            LevelKind::BillingProvider | LevelKind::Other => None,
        }
    }

    /// The path of the next level of this kind, counting the levels of each kind read so far.
    pub fn next_path(self, counts: &mut [usize; 4]) -> LoopPath {
        let id = match self {
            LevelKind::BillingProvider => "2000A",
            LevelKind::Subscriber => "2000B",
            LevelKind::Patient => "2000C",
            LevelKind::Other => "2000",
        };
        let n = counts.get_mut(self as usize).map_or(0, |c| {
            *c += 1;
            *c
        });
        LoopPath::root().child(id, n)
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

/// The HL01 ids read so far, to find a level by the id its child gives in HL02.
///
/// The guide numbers levels 1, 2, 3 ... in order; while a set does, a level's id is its index
/// plus one and no map is needed. The first id out of that sequence switches to a map of
/// every id, with the standard hasher: ids are chosen by the sender, and a set built to
/// collide under a cheaper hash would make the lookups quadratic.
#[derive(Default)]
struct HlIds<'h> {
    /// How many levels were numbered in sequence (when `map` is `None`).
    count: u32,
    map: Option<HashMap<&'h str, u32>>,
}

/// The number an id in the guide's sequence stands for: digits without a leading zero.
fn sequence_number(id: &str) -> Option<u32> {
    let canonical = !id.starts_with('0') && id.len() <= 9 && id.bytes().all(|b| b.is_ascii_digit());
    if canonical { id.parse().ok() } else { None }
}

impl<'h> HlIds<'h> {
    /// Adds the id of level `index`; `false` when an earlier level has it.
    fn insert(&mut self, id: &'h str, index: u32, hls: &[&'h Hl<'_>]) -> bool {
        if self.map.is_none() {
            if sequence_number(id) == index.checked_add(1) {
                self.count = index + 1;
                return true;
            }
            let earlier = hls
                .iter()
                .take(index as usize)
                .zip(0..)
                .map(|(hl, j)| (hl.id(), j));
            let mut map = HashMap::with_capacity(hls.len());
            map.extend(earlier);
            self.map = Some(map);
        }
        self.map
            .as_mut()
            .is_some_and(|map| map.insert(id, index).is_none())
    }

    /// The index of the level with this id.
    fn get(&self, id: &str) -> Option<u32> {
        match &self.map {
            Some(map) => map.get(id).copied(),
            None => sequence_number(id)
                .filter(|n| (1..=self.count).contains(n))
                .map(|n| n - 1),
        }
    }
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

/// Resolves each level's parent from HL02 and checks the levels fit (22 under 20, 23 under 22).
pub(super) fn resolve(hls: &[&Hl<'_>]) -> Result<Vec<Option<u32>>, Claim837Error> {
    let mut ids = HlIds::default();
    // Each level's HL03, read once: a level's parent is checked against it.
    let mut codes: Vec<&str> = Vec::with_capacity(hls.len());
    let mut paths = [0usize; 4];
    let mut parents = Vec::with_capacity(hls.len());
    for (i, hl) in hls.iter().enumerate() {
        let code = hl.level();
        codes.push(code);
        let kind = LevelKind::of(code.as_bytes());
        let path = kind.next_path(&mut paths);
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        let own = hl.id();
        if !ids.insert(own, index, hls) {
            return Err(Claim837Error::Hierarchy {
                path,
                location: hl.location().with_element(1),
                problem: format!("HL01 id \"{own}\" is used by an earlier level"),
            });
        }
        let parent = match hl.parent() {
            None => None,
            Some(p) => match ids.get(p) {
                Some(j) if j != index => Some(j),
                _ => {
                    return Err(Claim837Error::Hierarchy {
                        path,
                        location: hl.location().with_element(2),
                        problem: format!("parent \"{p}\" is not the id of an earlier level"),
                    });
                }
            },
        };
        if let Some((wanted_code, what)) = kind.parent() {
            let parent_code = parent.and_then(|j| codes.get(j as usize));
            if parent_code != Some(&wanted_code) {
                let found = match parent_code {
                    Some(c) => format!("level {c}"),
                    None => "no parent".to_owned(),
                };
                return Err(Claim837Error::Hierarchy {
                    path,
                    location: hl.location().with_element(2),
                    problem: format!("level {code} must hang under {what}, found {found}"),
                });
            }
        }
        parents.push(parent);
    }
    Ok(parents)
}

/// A claim with the loops around it: its billing provider (2000A), subscriber (2000B) and,
/// when the patient is not the subscriber, patient (2000C).
#[derive(Clone, Copy, Debug)]
pub struct ClaimContext<'s, 'a> {
    billing_provider: &'s BillingProvider<'a>,
    subscriber: &'s Subscriber<'a>,
    patient: Option<&'s Patient<'a>>,
    claim: &'s Claim<'a>,
}

impl<'s, 'a> ClaimContext<'s, 'a> {
    /// Loop 2300: the claim.
    pub fn claim(&self) -> &'s Claim<'a> {
        self.claim
    }

    /// Loop 2000A: the billing provider level.
    pub fn billing_provider(&self) -> &'s BillingProvider<'a> {
        self.billing_provider
    }

    /// Loop 2000B: the subscriber level.
    pub fn subscriber(&self) -> &'s Subscriber<'a> {
        self.subscriber
    }

    /// Loop 2010BB: the payer the claim is sent to.
    pub fn payer(&self) -> Option<&'s Party<'a>> {
        self.subscriber.payer()
    }

    /// Loop 2000C, when the patient is not the subscriber.
    pub fn patient(&self) -> Option<&'s Patient<'a>> {
        self.patient
    }

    /// The patient's name loop: 2010CA, or 2010BA when the patient is the subscriber.
    pub fn patient_name(&self) -> Option<&'s Party<'a>> {
        match self.patient {
            Some(p) => p.name(),
            None => self.subscriber.name(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    fn hls(texts: &[&'static str]) -> Vec<Hl<'static>> {
        texts
            .iter()
            .map(|t| Hl::parse(&segment(t)).unwrap())
            .collect()
    }

    fn parents(texts: &[&'static str]) -> Result<Vec<Option<u32>>, String> {
        let levels = hls(texts);
        let refs: Vec<&Hl<'_>> = levels.iter().collect();
        resolve(&refs).map_err(|e| e.to_string())
    }

    #[test]
    fn ids_in_the_guides_sequence_resolve_without_a_map() {
        assert_eq!(
            parents(&[
                "HL*1**20*1~",
                "HL*2*1*22*1~",
                "HL*3*2*23*0~",
                "HL*4*1*22*0~"
            ]),
            Ok(vec![None, Some(0), Some(1), Some(0)])
        );
        // "01" is not the id "1".
        let error = parents(&["HL*1**20*1~", "HL*2*01*22*0~"]).unwrap_err();
        assert!(
            error.contains("parent \"01\" is not the id of an earlier level"),
            "{error}"
        );
        // A level is not its own parent, nor can it name a later one.
        let error = parents(&["HL*1**20*1~", "HL*2*2*22*0~"]).unwrap_err();
        assert!(error.contains("parent \"2\""), "{error}");
        let error = parents(&["HL*1**20*1~", "HL*2*3*22*0~", "HL*3*1*20*1~"]).unwrap_err();
        assert!(error.contains("parent \"3\""), "{error}");
    }

    #[test]
    fn ids_out_of_sequence_resolve_through_a_map() {
        assert_eq!(
            parents(&[
                "HL*1**20*1~",
                "HL*B7*1*22*1~",
                "HL*2*B7*23*0~",
                "HL*9*1*22*0~"
            ]),
            Ok(vec![None, Some(0), Some(1), Some(0)])
        );
        // After the switch, ids from the sequence are still found, and repeats refused.
        let error = parents(&["HL*1**20*1~", "HL*X*1*22*1~", "HL*1*X*23*0~"]).unwrap_err();
        assert!(
            error.contains("HL01 id \"1\" is used by an earlier level"),
            "{error}"
        );
        let error = parents(&["HL*5**20*1~", "HL*5*5*22*0~"]).unwrap_err();
        assert!(error.contains("HL01 id \"5\" is used"), "{error}");
    }
}
