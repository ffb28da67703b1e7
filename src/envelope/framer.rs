//! The envelope state machine shared by the in-memory [`Document`](super::Document) and the
//! streaming [`StreamReader`](super::StreamReader): it takes segments one at a time, says what
//! each one is in the envelope, and checks every trailer against what it counted.

use super::error::EnvelopeError;
use super::headers::required;
use crate::syntax::{Location, Segment, SegmentId};

/// What a segment is in the envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// ISA.
    InterchangeHeader,
    /// TA1 between ISA and the first GS (or IEA).
    Acknowledgment,
    /// GS.
    GroupHeader,
    /// ST.
    SetHeader,
    /// A segment between ST and SE.
    SetBody,
    /// SE.
    SetTrailer,
    /// GE.
    GroupTrailer,
    /// IEA.
    InterchangeTrailer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Outside,
    Interchange,
    Group,
    Set,
}

/// An open structure: where it started, its control number, and what it holds so far.
#[derive(Clone, Debug, Default)]
struct Open {
    at: Location,
    control: String,
    count: u64,
}

/// The state machine. Framing problems (a segment the envelope cannot place) are returned as
/// errors and end the reading; trailer checks (counts, control numbers) are collected in
/// `problems` so that one bad transaction set does not stop the others.
#[derive(Debug)]
pub(crate) struct Framer {
    state: State,
    interchange: Open,
    group: Open,
    set: Open,
    interchanges: u64,
    pub problems: Vec<EnvelopeError>,
}

impl Framer {
    pub fn new() -> Self {
        Framer {
            state: State::Outside,
            interchange: Open::default(),
            group: Open::default(),
            set: Open::default(),
            interchanges: 0,
            problems: Vec::new(),
        }
    }

    /// Whether a transaction set is open (its body segments only need counting).
    #[inline]
    pub fn in_set(&self) -> bool {
        self.state == State::Set
    }

    /// Counts `n` body segments of the open set whose identifiers are not those of envelope
    /// segments; what [`push`](Self::push) does for each.
    #[inline]
    pub fn count_body(&mut self, n: u64) {
        self.set.count += n;
    }

    /// Whether a segment with this identifier is a set body segment on its identifier alone.
    #[inline]
    pub fn is_plain_body(id: &SegmentId) -> bool {
        !id.is_envelope()
    }

    /// Places one segment.
    #[inline]
    pub fn push(&mut self, segment: &Segment<'_>) -> Result<Role, EnvelopeError> {
        // Inside a set, a segment that is not an envelope segment only counts: the common case.
        if self.state == State::Set && Self::is_plain_body(&segment.segment_id()) {
            self.set.count += 1;
            return Ok(Role::SetBody);
        }
        self.push_envelope(segment)
    }

    fn push_envelope(&mut self, segment: &Segment<'_>) -> Result<Role, EnvelopeError> {
        // The identifier's bytes: comparing them costs less than reading them as text.
        let id = segment.segment_id();
        let id = id.as_bytes();
        let at = segment.location();
        match (self.state, id) {
            (State::Set, b"SE") => {
                self.set.count += 1;
                let set = std::mem::take(&mut self.set);
                self.check(segment, &set, "segments from ST to SE", "ST02")?;
                self.group.count += 1;
                self.state = State::Group;
                Ok(Role::SetTrailer)
            }
            (State::Set, b"ST" | b"GS" | b"GE" | b"ISA" | b"IEA") => Err(self.missing("SE", at)),
            (State::Set, _) => {
                self.set.count += 1;
                Ok(Role::SetBody)
            }
            (State::Group, b"ST") => {
                self.set = open(segment, 2, "ST02 control number")?;
                self.set.count = 1;
                self.state = State::Set;
                Ok(Role::SetHeader)
            }
            (State::Group, b"GE") => {
                let group = std::mem::take(&mut self.group);
                self.check(segment, &group, "transaction sets", "GS06")?;
                self.interchange.count += 1;
                self.state = State::Interchange;
                Ok(Role::GroupTrailer)
            }
            (State::Group, b"GS" | b"ISA" | b"IEA") => Err(self.missing("GE", at)),
            (State::Group, _) => Err(unexpected(segment, "ST or GE")),
            (State::Interchange, b"GS") => {
                self.group = open(segment, 6, "GS06 group control number")?;
                self.state = State::Group;
                Ok(Role::GroupHeader)
            }
            (State::Interchange, b"TA1") => Ok(Role::Acknowledgment),
            (State::Interchange, b"IEA") => {
                let interchange = std::mem::take(&mut self.interchange);
                self.check(segment, &interchange, "functional groups", "ISA13")?;
                self.state = State::Outside;
                Ok(Role::InterchangeTrailer)
            }
            (State::Interchange, b"ISA") => Err(self.missing("IEA", at)),
            (State::Interchange, _) => Err(unexpected(segment, "GS, TA1 or IEA")),
            (State::Outside, b"ISA") => {
                self.interchange = open(segment, 13, "ISA13 interchange control number")?;
                self.interchanges += 1;
                self.state = State::Interchange;
                Ok(Role::InterchangeHeader)
            }
            (State::Outside, _) => Err(unexpected(segment, "ISA (a new interchange)")),
        }
    }

    /// Checks that nothing is left open at the end of the input (at `end`).
    pub fn finish(&self, end: Location) -> Result<(), EnvelopeError> {
        match self.state {
            State::Outside if self.interchanges == 0 => {
                Err(EnvelopeError::NoInterchange { location: end })
            }
            State::Outside => Ok(()),
            _ => Err(self.missing(self.open_trailer(), end)),
        }
    }

    fn open_trailer(&self) -> &'static str {
        match self.state {
            State::Set => "SE",
            State::Group => "GE",
            _ => "IEA",
        }
    }

    fn missing(&self, trailer: &'static str, location: Location) -> EnvelopeError {
        let (structure, opened) = match trailer {
            "SE" => ("transaction set", self.set.at),
            "GE" => ("functional group", self.group.at),
            _ => ("interchange", self.interchange.at),
        };
        EnvelopeError::MissingTrailer {
            location,
            structure,
            opened,
            trailer,
        }
    }

    /// Compares a trailer's count and control number with what was opened and counted.
    fn check(
        &mut self,
        trailer: &Segment<'_>,
        opened: &Open,
        what: &'static str,
        header: &'static str,
    ) -> Result<(), EnvelopeError> {
        let count = required(trailer, 1, "trailer count")?;
        let control = required(trailer, 2, "trailer control number")?;
        if count.parse::<u64>().ok() != Some(opened.count) {
            self.problems.push(EnvelopeError::CountMismatch {
                location: trailer.location().with_element(1),
                what,
                declared: count.to_owned(),
                counted: opened.count,
            });
        }
        if control != opened.control {
            self.problems.push(EnvelopeError::ControlMismatch {
                location: trailer.location().with_element(2),
                found: control.to_owned(),
                header,
                expected: opened.control.clone(),
            });
        }
        Ok(())
    }
}

fn open(segment: &Segment<'_>, control: u16, what: &'static str) -> Result<Open, EnvelopeError> {
    Ok(Open {
        at: segment.location(),
        control: required(segment, control, what)?.to_owned(),
        count: 0,
    })
}

fn unexpected(segment: &Segment<'_>, expected: &'static str) -> EnvelopeError {
    EnvelopeError::Unexpected {
        location: segment.location(),
        found: segment.id().to_owned(),
        expected,
    }
}
