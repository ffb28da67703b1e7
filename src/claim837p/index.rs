//! [`SubmissionIndex`]: the HL tree and claims of one 837P, found in a single pass over segment
//! identifiers, with each level and claim typed only when it is asked for.
//!
//! [`Submission::parse`](super::Submission::parse) checks every element of every segment and
//! keeps a record of each. The index frames the set, types only the HL segments (to resolve
//! the hierarchy as the submission does: parents from HL02, 22 under 20, 23 under 22), and
//! keeps the byte range of the header, of each level and of each claim (2300): a few dozen
//! bytes per claim. A level or claim is typed on request, by the same readers and with the same
//! loop ends as the submission: [`ClaimRef::to_claim`] gives the claim `Submission::parse`
//! reads at that place, or its error.

use super::claim::Claim;
use super::error::{Claim837Error, LoopPath};
use super::header::parse_header;
use super::hierarchy::{LevelKind, resolve};
use super::levels::{Patient, Subscriber};
use super::parse::Walk;
use super::submission::{check_header, check_kind, ends_level, read_level, take_trailer};
use super::{Header, Level};
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::{Span, SpanSource, TooLarge};
use crate::segments::{Clm, Hl, RawSegment, SegmentCursor};
use crate::syntax::location::in_file_order;
use crate::syntax::{Location, Segment};

impl<'a> OnePass<'a> for SubmissionIndex<'a> {
    type Output = Result<Self, Claim837Error>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        check_header(header, Location::default()).is_ok()
    }

    fn read_open(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        Self::read(source, cursor).ok()
    }

    fn close(mut self, set: &TransactionSet<'a>) -> Self::Output {
        self.source = set_source(set)?;
        Ok(self)
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        Self::parse(set)
    }
}

/// The spans' source for `set`; a set too large for spans is refused.
fn set_source<'a>(set: &TransactionSet<'a>) -> Result<SpanSource<'a>, Claim837Error> {
    SpanSource::new(set).map_err(|TooLarge| Claim837Error::TooLarge {
        location: set.location(),
        bytes: set.as_bytes().len() as u64,
    })
}

/// One HL level: its typed HL, where it is, its path and its parent.
#[derive(Clone, Debug)]
struct LevelEntry<'a> {
    hl: Hl<'a>,
    span: Span,
    path: LoopPath,
    parent: Option<u32>,
}

/// One claim (2300): where it is, its level and its path.
#[derive(Clone, Copy, Debug)]
struct ClaimEntry {
    span: Span,
    level: u32,
    path: LoopPath,
}

/// One 837P transaction set as the places of its levels and claims. Built by
/// [`SubmissionIndex::parse`]; each level and claim is typed on request.
///
/// ```
/// use x12_claims::claim837p::SubmissionIndex;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// # let doc = x12_claims::envelope::Document::parse(&input)?;
/// # let set = doc.transaction_sets().next().ok_or("no set")?;
/// let index = SubmissionIndex::parse(set)?;
/// for claim in index.claims() {
///     assert_eq!(claim.path().to_string(), "2000B[1]/2300[1]");
///     assert_eq!(claim.clm()?.patient_control_number(), "TH-0001");
///     // The whole claim, typed and checked, as Submission::parse reads it.
///     let typed = claim.to_claim()?;
///     assert_eq!(typed.lines().len(), 1);
///     // Its subscriber's level, typed on request.
///     let subscriber = claim.subscriber();
///     assert_eq!(index.hl(subscriber).map(|hl| hl.level()), Some("22"));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct SubmissionIndex<'a> {
    source: SpanSource<'a>,
    header: Span,
    levels: Vec<LevelEntry<'a>>,
    claims: Vec<ClaimEntry>,
}

impl<'a> SubmissionIndex<'a> {
    /// Finds the levels and claims of one 837P transaction set.
    ///
    /// Refuses what [`Submission::parse`](super::Submission::parse) refuses for its structure:
    /// a set that is not a 5010 837P, an HL segment that does not type, an HL tree whose parents
    /// do not resolve, a missing SE, and segments that cannot be framed. Other segments are not
    /// checked here; a set longer than 4 GiB is refused.
    pub fn parse(set: &TransactionSet<'a>) -> Result<Self, Claim837Error> {
        check_kind(set)?;
        let source = set_source(set)?;
        let mut cursor = source.cursor_over_set();
        let index = Self::read(source, &mut cursor)?;
        cursor.finish()?;
        Ok(index)
    }

    /// Frames `input` once and indexes every transaction set in the same pass: the
    /// [`Document`](crate::envelope::Document) that
    /// [`Document::parse`](crate::envelope::Document::parse) gives, and for each set what
    /// [`parse`](Self::parse) gives. It saves the envelope's own pass over every set body
    /// (see the README's Performance section).
    ///
    /// ```
    /// use x12_claims::claim837p::SubmissionIndex;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let read = SubmissionIndex::parse_document(&input)?;
    /// for (set, index) in read.sets() {
    ///     match index {
    ///         Ok(index) => assert_eq!((set.id(), index.claim_count()), ("837", 1)),
    ///         // The file's other set is an 835, which is not a claim.
    ///         Err(refused) => assert_eq!(set.id(), "835", "{refused}"),
    ///     }
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document(
        input: &'a [u8],
    ) -> Result<ReadDocument<'a, Result<Self, Claim837Error>>, EnvelopeError> {
        Self::parse_document_with(input, |_, index| index)
    }

    /// [`parse_document`](Self::parse_document), handing each set and its index (or its
    /// error) to `each` as soon as the set is read; what `each` returns is what is kept.
    ///
    /// Reading what you need of a set in `each` (a claim's CLM, say) costs less than reading it
    /// once the whole input is indexed: the set's bytes are still in the processor's cache. And
    /// an index `each` does not return is not kept. When the envelope fails after some sets,
    /// `each` has seen them; what it returned is dropped with the error.
    ///
    /// ```
    /// use x12_claims::claim837p::SubmissionIndex;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
    /// // Each claim's patient control number and total charge, and nothing else kept.
    /// let read = SubmissionIndex::parse_document_with(&input, |_set, index| {
    ///     let mut totals = Vec::new();
    ///     for claim in index?.claims() {
    ///         let clm = claim.clm()?;
    ///         totals.push((clm.patient_control_number().to_owned(), clm.total_charge().value()));
    ///     }
    ///     Ok::<_, x12_claims::claim837p::Claim837Error>(totals)
    /// })?;
    /// let totals = read.outputs()[0].as_ref().map_err(ToString::to_string)?;
    /// assert_eq!(totals, &[("TH-0001".to_owned(), rust_decimal_macros::dec!(180))]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document_with<T>(
        input: &'a [u8],
        each: impl FnMut(&TransactionSet<'a>, Result<Self, Claim837Error>) -> T,
    ) -> Result<ReadDocument<'a, T>, EnvelopeError> {
        read_document::<Self, T>(input, each)
    }

    /// Reads the index from `cursor`, at ST, its spans taken in `source`.
    fn read(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Result<Self, Claim837Error> {
        let mut walk = Walk::new(cursor);
        let root = LoopPath::root();
        walk.typed(root, |s| Ok(RawSegment::from_segment(s)))?;
        let from = source.mark(walk.cursor);
        skip_to(walk.cursor, ends_level);
        let header = source.span(from, walk.cursor);

        // Room for the levels and claims of a usual set (tens of each) from the start: fewer
        // reallocations per set; the room left over is given back when the set ends.
        let mut levels = Vec::with_capacity(64);
        let mut claims = Vec::with_capacity(64);
        let mut counts = [0usize; 4];
        while let Some(hl) = walk.peek().filter(|s| s.segment_id() == "HL") {
            let kind = LevelKind::of_hl(&hl);
            let path = kind.next_path(&mut counts);
            let from = source.mark(walk.cursor);
            let typed = walk.typed(path, Hl::parse)?;
            let level = u32::try_from(levels.len()).unwrap_or(u32::MAX);
            skip_to(walk.cursor, |s| ends_level(s) || s.segment_id() == "CLM");
            let mut n = 0;
            while let Some(_clm) = walk.peek().filter(|s| s.segment_id() == "CLM") {
                let start = source.mark(walk.cursor);
                walk.cursor.take();
                skip_to(walk.cursor, |s| ends_level(s) || s.segment_id() == "CLM");
                if kind.holds_claims() {
                    n += 1;
                    claims.push(ClaimEntry {
                        span: source.span(start, walk.cursor),
                        level,
                        path: path.child("2300", n),
                    });
                }
            }
            levels.push(LevelEntry {
                hl: typed,
                span: source.span(from, walk.cursor),
                path,
                parent: None,
            });
        }
        take_trailer(&mut walk)?;
        let hls: Vec<&Hl<'_>> = levels.iter().map(|l| &l.hl).collect();
        let parents = resolve(&hls)?;
        for (level, parent) in levels.iter_mut().zip(parents) {
            level.parent = parent;
        }
        levels.shrink_to_fit();
        claims.shrink_to_fit();
        Ok(SubmissionIndex {
            source,
            header,
            levels,
            claims,
        })
    }

    /// The header (BHT, 1000A submitter, 1000B receiver), typed.
    pub fn header(&self) -> Result<Header<'a>, Claim837Error> {
        let mut cursor = self.source.cursor_from(self.header);
        parse_header(&mut Walk::new(&mut cursor))
    }

    /// How many HL levels the set holds.
    pub fn level_count(&self) -> usize {
        self.levels.len()
    }

    /// The HL segment of level `i` (0-based, in the order read).
    pub fn hl(&self, i: usize) -> Option<&Hl<'a>> {
        self.levels.get(i).map(|l| &l.hl)
    }

    /// The loop path of level `i`, as [`Submission`](super::Submission) gives it: `2000B[2]` is
    /// the set's second subscriber level, whatever its parent.
    pub fn level_path(&self, i: usize) -> Option<LoopPath> {
        self.levels.get(i).map(|l| l.path)
    }

    /// The index of level `i`'s parent (from HL02), as [`Submission::parent`](super::Submission::parent).
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.levels.get(i)?.parent.map(|p| p as usize)
    }

    /// Level `i` typed whole, claims included: the [`Level`] `Submission::parse` reads there,
    /// or its error.
    pub fn level(&self, i: usize) -> Option<Result<Level<'a>, Claim837Error>> {
        let entry = self.levels.get(i)?;
        Some(read_entry(entry, self.source.cursor_from(entry.span)))
    }

    /// Level `i`'s own segments and name loops, typed up to its first claim: the [`Level`]
    /// that [`level`](Self::level) gives, with no claims. For the rules of a level one of whose
    /// claims does not type; errors past the first claim are not met, and those of a level
    /// segment missing at its end are placed at the first claim.
    pub(crate) fn level_head(&self, i: usize) -> Option<Result<Level<'a>, Claim837Error>> {
        let entry = self.levels.get(i)?;
        let level = u32::try_from(i).ok()?;
        let first_claim = self.claims.partition_point(|claim| claim.level < level);
        let span = match self.claims.get(first_claim) {
            Some(claim) if claim.level == level => entry.span.until(claim.span),
            _ => entry.span,
        };
        Some(read_entry(entry, self.source.cursor_in(span)))
    }

    /// Every loop of the set that does not type, each with the first error typing it meets, in
    /// file order: the header, each level (its own segments and name loops, and its claims up
    /// to the first that does not type) and each claim. A typed parse stops at the first of
    /// them; this names them all, so that one claim that does not read hides no other. Empty
    /// when every loop types.
    ///
    /// ```
    /// use x12_claims::claim837p::SubmissionIndex;
    /// use x12_claims::envelope::Document;
    ///
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
    /// // The second claim set's only claim charges an amount that is not a number.
    /// let input = String::from_utf8(input)?.replacen("CLM*FVC-0002*150", "CLM*FVC-0002*1S0", 1);
    /// let doc = Document::parse(input.as_bytes())?;
    /// let set = doc.transaction_sets().nth(1).ok_or("no second set")?;
    /// let index = SubmissionIndex::parse(set)?;
    /// let errors: Vec<String> = index.errors().iter().map(ToString::to_string).collect();
    /// assert_eq!(errors.len(), 1);
    /// assert!(errors[0].starts_with("2000B[1]/2300[1] CLM02 at segment 47"), "{}", errors[0]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn errors(&self) -> Vec<Claim837Error> {
        let header = self.header().err();
        let levels = (0..self.level_count()).filter_map(|i| self.level(i)?.err());
        let claims = self.claims().filter_map(|claim| claim.to_claim().err());
        let errors = header.into_iter().chain(levels).chain(claims).collect();
        in_file_order(errors, Claim837Error::location)
    }

    /// How many claims (2300) the set holds under its subscriber and patient levels.
    pub fn claim_count(&self) -> usize {
        self.claims.len()
    }

    /// Every claim in the order read, as [`Submission::claims`](super::Submission::claims)
    /// gives them.
    pub fn claims(&self) -> impl Iterator<Item = ClaimRef<'_, 'a>> + '_ {
        self.claims
            .iter()
            .map(move |claim| ClaimRef { index: self, claim })
    }
}

/// Reads the level of `entry` from `cursor`, at its HL, as the kind its HL03 names.
fn read_entry<'a>(
    entry: &LevelEntry<'a>,
    mut cursor: SegmentCursor<'a>,
) -> Result<Level<'a>, Claim837Error> {
    let kind = LevelKind::of(entry.hl.level().as_bytes());
    read_level(&mut Walk::new(&mut cursor), kind, entry.path)
}

/// Takes segments up to one that `stop` accepts (or the end).
fn skip_to(cursor: &mut SegmentCursor<'_>, stop: impl Fn(&Segment<'_>) -> bool) {
    while cursor.peek().is_some_and(|s| !stop(s)) {
        cursor.take();
    }
}

/// One claim (2300) of a [`SubmissionIndex`].
#[derive(Clone, Copy, Debug)]
pub struct ClaimRef<'i, 'a> {
    index: &'i SubmissionIndex<'a>,
    claim: &'i ClaimEntry,
}

impl<'a> ClaimRef<'_, 'a> {
    /// Where the claim sits: `2000B[n]/2300[c]` or `2000C[n]/2300[c]`.
    pub fn path(&self) -> LoopPath {
        self.claim.path
    }

    /// The segments from CLM up to the next claim or level, as read.
    pub fn segments(&self) -> impl Iterator<Item = Segment<'a>> + use<'a> {
        self.index.source.segments(self.claim.span)
    }

    /// Where the claim starts: its CLM.
    pub fn location(&self) -> Location {
        self.index.source.location(self.claim.span)
    }

    /// CLM, typed and checked.
    pub fn clm(&self) -> Result<Clm<'a>, Claim837Error> {
        let (source, span, path) = (&self.index.source, self.claim.span, self.claim.path);
        // The index placed a CLM at the start of every claim's span.
        let clm = source.first(span).ok_or(Claim837Error::Missing {
            path,
            location: source.location(span),
            segment: "CLM",
            what: "claim information",
        })?;
        Clm::parse(&clm).map_err(|source| Claim837Error::Segment {
            path,
            source: Box::new(source),
        })
    }

    /// The whole claim typed and checked, lines and provider loops included: the [`Claim`]
    /// `Submission::parse` reads at this place, or its error.
    pub fn to_claim(&self) -> Result<Claim<'a>, Claim837Error> {
        let mut cursor = self.index.source.cursor_from(self.claim.span);
        let mut walk = Walk::new(&mut cursor);
        // The claim ends where its level would take the segment back: the level's own
        // segments, a name loop of the level, another CLM, or the next level.
        let subscriber = self.index.hl(self.level()).map(|hl| hl.level()) == Some("22");
        let holds: fn(&Segment<'_>) -> bool = if subscriber {
            Subscriber::holds
        } else {
            Patient::holds
        };
        let up = |s: &Segment<'_>| holds(s) || ends_level(s);
        Claim::parse(&mut walk, self.claim.path, &up)
    }

    /// The index of the claim's level: its subscriber (2000B) when the patient is the
    /// subscriber, else its patient (2000C).
    pub fn level(&self) -> usize {
        self.claim.level as usize
    }

    /// The index of the claim's subscriber level (2000B).
    pub fn subscriber(&self) -> usize {
        let level = self.level();
        match self.index.hl(level).map(|hl| hl.level()) {
            Some("23") => self.index.parent(level).unwrap_or(level),
            _ => level,
        }
    }

    /// The index of the claim's patient level (2000C), when the patient is not the subscriber.
    pub fn patient(&self) -> Option<usize> {
        let level = self.level();
        (self.index.hl(level)?.level() == "23").then_some(level)
    }

    /// The index of the claim's billing provider level (2000A).
    pub fn billing_provider(&self) -> Option<usize> {
        self.index.parent(self.subscriber())
    }
}
