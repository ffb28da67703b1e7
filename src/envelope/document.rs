//! [`Document`]: a whole input held in memory, as interchanges → functional groups →
//! transaction sets.

use std::io::Write;

use super::body::{BodyReader, NoReader, ReadDocument};
use super::error::EnvelopeError;
use super::framer::{Framer, Role};
use super::headers::{GroupHeader, InterchangeHeader, Trailer};
use super::set::TransactionSet;
use crate::syntax::{Location, Segment, Segments, Writer};

/// A parsed input: the preamble and its interchanges, everything borrowed.
///
/// Writing it back with default [`WriteOptions`](crate::syntax::WriteOptions) reproduces the
/// input byte for byte.
///
/// ```
/// use x12_claims::envelope::Document;
/// use x12_claims::syntax::{WriteOptions, Writer};
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let doc = Document::parse(&input)?;
/// assert_eq!(doc.interchanges().len(), 2);
/// let ids: Vec<&str> = doc.transaction_sets().map(|set| set.id()).collect();
/// assert_eq!(ids, ["837", "835"]);
///
/// let mut out = Writer::new(Vec::new(), WriteOptions::default());
/// doc.write(&mut out)?;
/// assert_eq!(out.into_inner(), input);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Document<'a> {
    preamble: &'a [u8],
    interchanges: Vec<Interchange<'a>>,
    problems: Vec<EnvelopeError>,
}

/// One ISA..IEA interchange.
#[derive(Clone, Debug)]
pub struct Interchange<'a> {
    header: InterchangeHeader<'a>,
    header_segment: Segment<'a>,
    acknowledgments: Vec<Segment<'a>>,
    groups: Vec<FunctionalGroup<'a>>,
    trailer_segment: Segment<'a>,
}

/// One GS..GE functional group.
#[derive(Clone, Debug)]
pub struct FunctionalGroup<'a> {
    header: GroupHeader<'a>,
    header_segment: Segment<'a>,
    sets: Vec<TransactionSet<'a>>,
    trailer_segment: Segment<'a>,
}

impl<'a> Document<'a> {
    /// Parses `input` and checks every trailer (SE/GE/IEA counts and control numbers); the first
    /// problem is the error.
    pub fn parse(input: &'a [u8]) -> Result<Self, EnvelopeError> {
        let mut doc = Self::parse_unchecked(input)?;
        if doc.problems.is_empty() {
            return Ok(doc);
        }
        Err(doc.problems.swap_remove(0))
    }

    /// Parses `input`, keeping trailer problems in [`problems`](Self::problems) instead of
    /// failing on them. Framing errors (a segment the envelope cannot place, a missing trailer,
    /// unreadable syntax) still fail.
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// # let good = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let input = String::from_utf8(good)?.replace("SE*25*0001", "SE*24*0001");
    /// let doc = Document::parse_unchecked(input.as_bytes())?;
    /// assert_eq!(
    ///     doc.problems()[0].to_string(),
    ///     "segment 27 SE01 (byte 817): declares 24 segments from ST to SE, but 25 were counted"
    /// );
    /// assert!(Document::parse(input.as_bytes()).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_unchecked(input: &'a [u8]) -> Result<Self, EnvelopeError> {
        Self::frame(input, &mut NoReader).map(|(doc, _)| doc)
    }

    /// [`parse`](Self::parse) with `reader` reading each set's body in the same pass (see
    /// [`BodyReader`]); what it made of each set comes in input order.
    pub(crate) fn parse_reading<R: BodyReader<'a>>(
        input: &'a [u8],
        reader: &mut R,
    ) -> Result<ReadDocument<'a, R::Output>, EnvelopeError> {
        let (mut doc, outputs) = Self::frame(input, reader)?;
        if doc.problems.is_empty() {
            return Ok(ReadDocument::new(doc, outputs));
        }
        Err(doc.problems.swap_remove(0))
    }

    fn frame<R: BodyReader<'a>>(
        input: &'a [u8],
        reader: &mut R,
    ) -> Result<(Self, Vec<R::Output>), EnvelopeError> {
        let mut segments = Segments::new(input);
        let mut framer = Framer::new();
        let mut interchanges: Vec<Interchange<'a>> = Vec::new();
        let mut open_header: Option<Segment<'a>> = None;
        let mut acknowledgments = Vec::new();
        let mut groups: Vec<FunctionalGroup<'a>> = Vec::new();
        let mut group_header: Option<Segment<'a>> = None;
        let mut sets = Vec::new();
        let mut outputs = Vec::new();
        let mut set_start: Option<Segment<'a>> = None;
        loop {
            // Inside a set, the segments between ST and SE only need counting: step over them
            // without building them. The readers of the set frame them when they read it.
            if framer.in_set() {
                let skipped = segments.step_over(Framer::is_plain_body);
                framer.count_body(skipped);
            }
            // The common path first, its segment taken bare (see `Segments::next_plain`).
            let segment = match segments.next_plain() {
                Some(segment) => segment,
                None => match segments.next_general() {
                    Some(segment) => segment?,
                    None => break,
                },
            };
            let end = segment.offset() + (segment.data().len() + segment.tail().len()) as u64;
            match framer.push(&segment)? {
                Role::InterchangeHeader => open_header = Some(segment),
                Role::Acknowledgment => acknowledgments.push(segment),
                Role::GroupHeader => group_header = Some(segment),
                Role::SetHeader => {
                    // A reader that read the body through to SE has framed it for us.
                    let from_st = slice(input, segment.offset(), input.len() as u64);
                    let read = reader.read_body(&segment, from_st);
                    if let Some(se) = read.filter(|&se| segments.skip_to(se)) {
                        framer.count_body(se.segment - segment.number() - 1);
                    }
                    set_start = Some(segment);
                }
                Role::SetBody => {}
                Role::SetTrailer => {
                    if let Some(st) = set_start.take() {
                        let bytes = slice(input, st.offset(), end);
                        let set = TransactionSet::new(bytes, &st, &segment)?;
                        outputs.push(reader.finish(&set));
                        sets.push(set);
                    }
                }
                Role::GroupTrailer => {
                    if let Some(gs) = group_header.take() {
                        groups.push(FunctionalGroup {
                            header: GroupHeader::from_segment(&gs)?,
                            header_segment: gs,
                            sets: std::mem::take(&mut sets),
                            trailer_segment: segment,
                        });
                    }
                }
                Role::InterchangeTrailer => {
                    if let Some(isa) = open_header.take() {
                        interchanges.push(Interchange {
                            header: InterchangeHeader::from_segment(&isa)?,
                            header_segment: isa,
                            acknowledgments: std::mem::take(&mut acknowledgments),
                            groups: std::mem::take(&mut groups),
                            trailer_segment: segment,
                        });
                    }
                }
            }
        }
        framer.finish(Location::new(input.len() as u64, segments.read_so_far()))?;
        let doc = Document {
            preamble: segments.preamble(),
            interchanges,
            problems: framer.problems,
        };
        Ok((doc, outputs))
    }

    /// The byte order mark and white space before the first interchange.
    pub fn preamble(&self) -> &'a [u8] {
        self.preamble
    }

    /// The interchanges, in input order.
    pub fn interchanges(&self) -> &[Interchange<'a>] {
        &self.interchanges
    }

    /// Every transaction set of every group of every interchange, in input order.
    pub fn transaction_sets(&self) -> impl Iterator<Item = &TransactionSet<'a>> {
        self.interchanges
            .iter()
            .flat_map(|i| i.groups.iter())
            .flat_map(|g| g.sets.iter())
    }

    /// Trailer problems found by [`parse_unchecked`](Self::parse_unchecked).
    pub fn problems(&self) -> &[EnvelopeError] {
        &self.problems
    }

    /// Writes the whole document: with default options, exactly the input.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), EnvelopeError> {
        out.write_preamble(self.preamble)?;
        for interchange in &self.interchanges {
            interchange.write(out)?;
        }
        Ok(())
    }
}

fn slice(input: &[u8], from: u64, to: u64) -> &[u8] {
    let (Ok(from), Ok(to)) = (usize::try_from(from), usize::try_from(to)) else {
        return &[];
    };
    input.get(from..to).unwrap_or_default()
}

impl<'a> Interchange<'a> {
    /// The typed ISA.
    pub fn header(&self) -> &InterchangeHeader<'a> {
        &self.header
    }

    /// The ISA segment as read.
    pub fn header_segment(&self) -> &Segment<'a> {
        &self.header_segment
    }

    /// TA1 interchange acknowledgments between ISA and the first group.
    pub fn acknowledgments(&self) -> &[Segment<'a>] {
        &self.acknowledgments
    }

    /// The functional groups.
    pub fn groups(&self) -> &[FunctionalGroup<'a>] {
        &self.groups
    }

    /// The typed IEA.
    pub fn trailer(&self) -> Result<Trailer<'a>, EnvelopeError> {
        Trailer::from_segment(&self.trailer_segment)
    }

    /// The IEA segment as read.
    pub fn trailer_segment(&self) -> &Segment<'a> {
        &self.trailer_segment
    }

    /// Writes the interchange.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), EnvelopeError> {
        out.write_segment(&self.header_segment)?;
        for ack in &self.acknowledgments {
            out.write_segment(ack)?;
        }
        for group in &self.groups {
            group.write(out)?;
        }
        out.write_segment(&self.trailer_segment)?;
        Ok(())
    }
}

impl<'a> FunctionalGroup<'a> {
    /// The typed GS.
    pub fn header(&self) -> &GroupHeader<'a> {
        &self.header
    }

    /// The GS segment as read.
    pub fn header_segment(&self) -> &Segment<'a> {
        &self.header_segment
    }

    /// The transaction sets.
    pub fn transaction_sets(&self) -> &[TransactionSet<'a>] {
        &self.sets
    }

    /// The typed GE.
    pub fn trailer(&self) -> Result<Trailer<'a>, EnvelopeError> {
        Trailer::from_segment(&self.trailer_segment)
    }

    /// The GE segment as read.
    pub fn trailer_segment(&self) -> &Segment<'a> {
        &self.trailer_segment
    }

    /// Writes the group.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), EnvelopeError> {
        out.write_segment(&self.header_segment)?;
        for set in &self.sets {
            for segment in set.segments() {
                out.write_segment(&segment?)?;
            }
        }
        out.write_segment(&self.trailer_segment)?;
        Ok(())
    }
}
