//! `x12 inspect`: reads an input with the streaming reader and reports its envelope, one
//! structure at a time, to a [`Report`] (text or JSON). Memory stays bounded by the largest
//! transaction set, whatever the size of the file.

use std::io::{self, Read};

use x12_claims::envelope::{
    EnvelopeError, GroupHeader, InterchangeHeader, Item, StreamReader, TransactionSet,
};
use x12_claims::syntax::{Delimiters, Segment};

use crate::error::CliError;

/// A trailer problem (a count or a control number that does not match): reported, not fatal.
#[derive(Clone, Debug)]
pub struct Warning {
    /// The message, starting with the place.
    pub message: String,
    /// Byte offset of the trailer segment.
    pub offset: u64,
    /// 1-based number of the trailer segment in the input.
    pub segment: u64,
}

/// Where a structure starts in the input.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// Byte offset.
    pub offset: u64,
    /// 1-based segment number.
    pub segment: u64,
}

impl Place {
    fn of(segment: &Segment<'_>) -> Self {
        Place {
            offset: segment.offset(),
            segment: segment.number(),
        }
    }
}

/// ISA: the interchange header.
#[derive(Clone, Debug)]
pub struct InterchangeInfo {
    pub place: Place,
    pub sender_qualifier: String,
    /// ISA06 without its padding.
    pub sender: String,
    pub receiver_qualifier: String,
    /// ISA08 without its padding.
    pub receiver: String,
    pub date: String,
    pub time: String,
    /// ISA12.
    pub version: String,
    /// ISA13.
    pub control_number: String,
    /// ISA15: `P` or `T`.
    pub usage: String,
    pub delimiters: Delimiters,
}

/// TA1: an interchange acknowledgment.
#[derive(Clone, Debug)]
pub struct AcknowledgmentInfo {
    pub place: Place,
    /// TA101: the control number of the interchange acknowledged.
    pub control_number: String,
    pub date: String,
    pub time: String,
    /// TA104: `A` accepted, `E` accepted with errors, `R` rejected.
    pub code: String,
    /// TA105 note code.
    pub note: String,
}

/// GS: a functional group header.
#[derive(Clone, Debug)]
pub struct GroupInfo {
    pub place: Place,
    pub functional_id: String,
    pub sender: String,
    pub receiver: String,
    pub date: String,
    pub time: String,
    pub control_number: String,
    /// GS08.
    pub version: String,
}

/// SE, GE or IEA: what the trailer declares, what was counted, and its problems.
#[derive(Clone, Debug)]
pub struct TrailerInfo {
    pub place: Place,
    /// The count element's text (SE01, GE01, IEA01).
    pub declared: String,
    /// What was counted: segments, transaction sets or functional groups.
    pub counted: u64,
    /// SE02, GE02 or IEA02.
    pub control_number: String,
    pub warnings: Vec<Warning>,
}

/// ST..SE: one transaction set.
#[derive(Clone, Debug)]
pub struct SetInfo {
    pub place: Place,
    /// ST01.
    pub id: String,
    /// ST02.
    pub control_number: String,
    /// ST03, when present.
    pub version: Option<String>,
    /// Segments from ST to SE inclusive.
    pub segments: u64,
    pub trailer: TrailerInfo,
}

/// One step of the envelope, in input order.
#[derive(Clone, Debug)]
pub enum Event {
    Interchange(InterchangeInfo),
    Acknowledgment(AcknowledgmentInfo),
    Group(GroupInfo),
    Set(SetInfo),
    GroupEnd(TrailerInfo),
    InterchangeEnd(TrailerInfo),
}

/// Totals of one input.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Bytes before the first ISA (byte order mark, white space).
    pub preamble_bytes: u64,
    pub bytes: u64,
    pub segments: u64,
    pub interchanges: u64,
    pub groups: u64,
    pub sets: u64,
    pub warnings: u64,
}

/// Receives what the inspector finds.
pub trait Report {
    /// A new input begins.
    fn file_start(&mut self, name: &str) -> io::Result<()>;
    /// The next structure of the input.
    fn event(&mut self, event: &Event) -> io::Result<()>;
    /// The input ends, normally or with `error`.
    fn file_end(&mut self, summary: &Summary, error: Option<&CliError>) -> io::Result<()>;
    /// All inputs are done.
    fn finish(&mut self) -> io::Result<()>;
}

/// Reads `source` to its end (or its first fatal error) and tells `report` what it holds.
///
/// The outer `Err` is a failure to write the report; an input problem is returned as `Ok(Some)`
/// after the report was told.
pub fn inspect<R: Read>(
    name: &str,
    source: R,
    report: &mut dyn Report,
) -> io::Result<Option<CliError>> {
    report.file_start(name)?;
    let mut state = State::default();
    let mut reader = StreamReader::new(source);
    let mut error = None;
    while let Some(item) = reader.next_item() {
        match item {
            Ok(item) => {
                state.flush(report)?;
                if let Err(e) = state.take(item) {
                    error = Some(CliError::from(e));
                    break;
                }
            }
            Err(e) if e.is_trailer_problem() => state.warn(&e),
            Err(e) => {
                error = Some(CliError::from(e));
                break;
            }
        }
    }
    // Trailer problems still queued after a fatal error belong to the last item.
    if error.is_some() {
        while let Some(Err(e)) = reader.next_item() {
            if e.is_trailer_problem() {
                state.warn(&e);
            }
        }
    }
    state.flush(report)?;
    state.summary.bytes = reader.bytes_read();
    report.file_end(&state.summary, error.as_ref())?;
    Ok(error)
}

#[derive(Default)]
struct State {
    summary: Summary,
    /// Sets in the open group, groups in the open interchange.
    sets_in_group: u64,
    groups_in_interchange: u64,
    /// The last set or trailer, held back until the next item so that the problems the reader
    /// reports after it can be attached.
    pending: Option<Event>,
}

impl State {
    fn flush(&mut self, report: &mut dyn Report) -> io::Result<()> {
        match self.pending.take() {
            Some(event) => report.event(&event),
            None => Ok(()),
        }
    }

    fn warn(&mut self, e: &EnvelopeError) {
        self.summary.warnings += 1;
        let location = e.location().unwrap_or_default();
        let warning = Warning {
            message: crate::error::one_line(&e.to_string()),
            offset: location.offset,
            segment: location.segment,
        };
        match self.pending.as_mut() {
            Some(Event::Set(set)) => set.trailer.warnings.push(warning),
            Some(Event::GroupEnd(t) | Event::InterchangeEnd(t)) => t.warnings.push(warning),
            // The reader reports trailer problems right after their trailer, which is held.
            _ => {}
        }
    }

    fn take(&mut self, item: Item<'_>) -> Result<(), EnvelopeError> {
        let event = match item {
            Item::Preamble(bytes) => {
                self.summary.preamble_bytes = bytes.len() as u64;
                return Ok(());
            }
            Item::InterchangeHeader(isa) => {
                self.summary.interchanges += 1;
                self.summary.segments = isa.number();
                self.groups_in_interchange = 0;
                let header = InterchangeHeader::from_segment(&isa)?;
                Event::Interchange(InterchangeInfo {
                    place: Place::of(&isa),
                    sender_qualifier: header.sender_qualifier.to_string(),
                    sender: header.sender().to_owned(),
                    receiver_qualifier: header.receiver_qualifier.to_string(),
                    receiver: header.receiver().to_owned(),
                    date: header.date.to_string(),
                    time: header.time.to_string(),
                    version: header.version.to_string(),
                    control_number: header.control_number.to_string(),
                    usage: header.usage.to_string(),
                    delimiters: isa.delimiters(),
                })
            }
            Item::Acknowledgment(ta1) => {
                self.summary.segments = ta1.number();
                Event::Acknowledgment(AcknowledgmentInfo {
                    place: Place::of(&ta1),
                    control_number: text(&ta1, 1),
                    date: text(&ta1, 2),
                    time: text(&ta1, 3),
                    code: text(&ta1, 4),
                    note: text(&ta1, 5),
                })
            }
            Item::GroupHeader(gs) => {
                self.summary.groups += 1;
                self.summary.segments = gs.number();
                self.sets_in_group = 0;
                self.groups_in_interchange += 1;
                let header = GroupHeader::from_segment(&gs)?;
                Event::Group(GroupInfo {
                    place: Place::of(&gs),
                    functional_id: header.functional_id.to_string(),
                    sender: header.sender.to_string(),
                    receiver: header.receiver.to_string(),
                    date: header.date.to_string(),
                    time: header.time.to_string(),
                    control_number: header.control_number.to_string(),
                    version: header.version.to_string(),
                })
            }
            Item::TransactionSet(set) => {
                self.summary.sets += 1;
                self.sets_in_group += 1;
                let info = set_info(&set);
                self.summary.segments = info.trailer.place.segment;
                Event::Set(info)
            }
            Item::GroupTrailer(ge) => {
                self.summary.segments = ge.number();
                Event::GroupEnd(trailer(&ge, self.sets_in_group))
            }
            Item::InterchangeTrailer(iea) => {
                self.summary.segments = iea.number();
                Event::InterchangeEnd(trailer(&iea, self.groups_in_interchange))
            }
            _ => return Ok(()),
        };
        self.pending = Some(event);
        Ok(())
    }
}

fn set_info(set: &TransactionSet<'_>) -> SetInfo {
    let start = set.location();
    let segments = set.segment_count();
    let se_number = start.segment + segments.saturating_sub(1);
    SetInfo {
        place: Place {
            offset: start.offset,
            segment: start.segment,
        },
        id: set.header().id.to_string(),
        control_number: set.header().control_number.to_string(),
        version: set.header().implementation.as_deref().map(str::to_owned),
        segments,
        trailer: TrailerInfo {
            place: Place {
                offset: se_offset(set),
                segment: se_number,
            },
            declared: set.trailer().count.to_string(),
            counted: segments,
            control_number: set.trailer().control_number.to_string(),
            warnings: Vec::new(),
        },
    }
}

/// Byte offset of the SE segment, found backwards from the end of the set: past SE's tail
/// (terminator and layout) to the terminator of the segment before it.
fn se_offset(set: &TransactionSet<'_>) -> u64 {
    let bytes = set.as_bytes();
    let terminator = set.delimiters().segment;
    let is_layout = |b: u8| matches!(b, b'\r' | b'\n' | b' ' | b'\t') && b != terminator;
    let mut end = bytes.len();
    while end > 0 && bytes.get(end - 1).is_some_and(|&b| is_layout(b)) {
        end -= 1;
    }
    if end > 0 && bytes.get(end - 1) == Some(&terminator) {
        end -= 1;
    }
    let data = bytes.get(..end).unwrap_or_default();
    let mut start = data
        .iter()
        .rposition(|&b| b == terminator)
        .map_or(0, |i| i + 1);
    while data.get(start).is_some_and(|&b| is_layout(b)) {
        start += 1;
    }
    set.location().offset + start as u64
}

fn trailer(segment: &Segment<'_>, counted: u64) -> TrailerInfo {
    TrailerInfo {
        place: Place::of(segment),
        declared: text(segment, 1),
        counted,
        control_number: text(segment, 2),
        warnings: Vec::new(),
    }
}

/// Element `n` as text (empty when absent or not UTF-8).
fn text(segment: &Segment<'_>, n: usize) -> String {
    segment
        .element(n)
        .and_then(|e| e.as_str())
        .unwrap_or_default()
        .to_owned()
}
