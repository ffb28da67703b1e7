//! X12 ⇄ JSON, losslessly: [`write_json`] turns an X12 file into JSON transaction set by
//! transaction set, and [`read_json`] writes the X12 back as the JSON is parsed; both hold one
//! set at a time (see [`read_json`] for JSON whose keys were reordered). For every file the
//! crate reads, X12 → JSON → X12 gives back the same bytes.
//!
//! # Shape
//!
//! ```json
//! {
//!   "format": "x12-claims/1",
//!   "preamble": "",
//!   "interchanges": [{
//!     "delimiters": "*:^~",
//!     "header": {"id": "ISA", "elements": ["00", "          ", "..."], "tail": "\n"},
//!     "acknowledgments": [],
//!     "groups": [{
//!       "header": {"id": "GS", "elements": ["HC", "..."], "tail": "\n"},
//!       "transaction_sets": [
//!         {"kind": "segments", "segments": [{"id": "ST", "elements": ["837", "0001"]}]}
//!       ],
//!       "trailer": {"id": "GE", "elements": ["1", "1"]}
//!     }],
//!     "trailer": {"id": "IEA", "elements": ["1", "000000001"]}
//!   }]
//! }
//! ```
//!
//! A transaction set is typed when the crate models it and its known segments come in guide
//! order (so that its loop tree writes back the same bytes): `"kind": "837P"` holds the
//! [`Submission`](crate::claim837p::Submission) loop tree under `claims`, `"kind": "835"` the
//! [`Remittance`](crate::remit835::Remittance) under `remittance`; any other set is
//! `"kind": "segments"`, with a `note` when it is of a modelled kind but could not be typed.
//! Loops are objects named by role, each segment in the loop the guide puts it in:
//!
//! ```json
//! {"kind": "837P", "claims": {
//!   "st": {"id": "ST", "elements": ["837", "0001", "005010X222A1"], "tail": "\n"},
//!   "header": {"bht": {"id": "BHT", "...": "..."}, "parties": [{"role": "Submitter", "...": "..."}]},
//!   "levels": [{"BillingProvider": {"hl": {"...": "..."}, "parties": ["..."]}},
//!              {"Subscriber": {"hl": {"...": "..."}, "sbr": {"...": "..."},
//!                              "claims": [{"clm": {"...": "..."}, "lines": ["..."]}]}}],
//!   "parents": [null, 0],
//!   "se": {"id": "SE", "elements": ["25", "0001"], "tail": "\n"}}}
//! ```
//!
//! Every segment has the form described in [`segments`](crate::segments) (identifier, elements
//! as X12 text, line break). `delimiters` holds element, component, repetition (when there is
//! one) and segment separators, with `\n`, `\r`, `\t` and `\xHH` escapes; the segments of the
//! interchange are written with them. `preamble` is the byte order mark and white space before
//! the first interchange.

mod read;
mod set;

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

use crate::envelope::{EnvelopeError, Item, StreamReader, TransactionSet};
use crate::segments::RawSegment;
use crate::syntax::{Delimiters, Segment, WriteError, WriteOptions, Writer};

pub use read::read_json;
pub use set::SetForm;

/// The value of `format` in documents this version writes and reads.
pub const FORMAT: &str = "x12-claims/1";

/// A conversion that could not be done.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum JsonError {
    /// The X12 input cannot be read.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    /// The JSON cannot be written, or read (with line and column).
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The JSON is of another format.
    #[error("JSON: format {found:?} is not {FORMAT:?}")]
    Format {
        /// The format found.
        found: String,
    },
    /// The X12 output cannot be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A whole document in its JSON form, owned: what [`read_json`] reads.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonDocument {
    /// Always [`FORMAT`].
    pub format: String,
    /// Byte order mark and white space before the first interchange.
    #[serde(default)]
    pub preamble: String,
    /// The interchanges, in order.
    pub interchanges: Vec<JsonInterchange>,
}

/// One interchange in its JSON form.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonInterchange {
    /// The delimiters every segment of the interchange is written with.
    #[serde(with = "delimiters_text")]
    pub delimiters: Delimiters,
    /// The ISA segment.
    pub header: RawSegment<'static>,
    /// TA1 segments between ISA and the first GS.
    #[serde(default)]
    pub acknowledgments: Vec<RawSegment<'static>>,
    /// The functional groups.
    #[serde(default)]
    pub groups: Vec<JsonGroup>,
    /// The IEA segment.
    pub trailer: RawSegment<'static>,
}

/// One functional group in its JSON form.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonGroup {
    /// The GS segment.
    pub header: RawSegment<'static>,
    /// The transaction sets, typed where the crate models them.
    #[serde(default)]
    pub transaction_sets: Vec<SetForm<'static>>,
    /// The GE segment.
    pub trailer: RawSegment<'static>,
}

/// Delimiters as their text form, `"*:^~"`.
mod delimiters_text {
    use super::Delimiters;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Delimiters, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Delimiters, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_delimiters(&text).map_err(serde::de::Error::custom)
    }
}

/// Delimiters from their text form, or why not.
fn parse_delimiters(text: &str) -> Result<Delimiters, String> {
    text.parse()
        .map_err(|e| format!("delimiters {text:?}: {e}"))
}

/// Where the streaming writer is in the document's nesting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Inside `interchanges`, between interchanges.
    Interchanges { first: bool },
    /// Inside an interchange's `acknowledgments`.
    Acknowledgments { first: bool },
    /// Inside an interchange's `groups`, between groups.
    Groups { first: bool },
    /// Inside a group's `transaction_sets`.
    Sets { first: bool },
}

/// Converts X12 from `input` to JSON on `out`, one transaction set at a time. Returns the
/// trailer problems met on the way (counts or control numbers that do not match), which do not
/// stop the conversion; a framing or syntax error does.
///
/// ```
/// let x12 = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let mut json = Vec::new();
/// let problems = x12_claims::json::write_json(&x12[..], &mut json)?;
/// assert!(problems.is_empty());
/// let mut back = Vec::new();
/// x12_claims::json::read_json(&json[..], &mut back)?;
/// assert_eq!(back, x12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_json<R: Read, W: Write>(input: R, out: W) -> Result<Vec<EnvelopeError>, JsonError> {
    write_json_with(input, out, |out, set| write_set_json(out, set))
}

/// Writes the JSON form of one transaction set, as [`write_json`] writes it inside its group's
/// `transaction_sets`: the [`SetForm`] of the set.
pub fn write_set_json<W: Write>(out: W, set: &TransactionSet<'_>) -> Result<(), JsonError> {
    serde_json::to_writer(out, &SetForm::read(set))?;
    Ok(())
}

/// [`write_json`], with each transaction set written by `write_set` instead of
/// [`write_set_json`]: everything around the sets (envelopes, commas, line breaks) is written
/// here, in order, and `write_set` is called on `out` where a set's JSON goes.
///
/// This lets a caller produce the sets' JSON elsewhere, say on other threads, and put it in
/// place; `write_set` must give what [`write_set_json`] gives for the document to read back.
///
/// ```
/// use x12_claims::json::{read_json, write_json_with, write_set_json};
///
/// let x12 = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let mut ids = Vec::new();
/// let mut json = Vec::new();
/// write_json_with(&x12[..], &mut json, |out, set| {
///     ids.push(set.id().to_owned());
///     write_set_json(out, set)
/// })?;
/// assert_eq!(ids, ["837", "835"]);
/// let mut back = Vec::new();
/// read_json(&json[..], &mut back)?;
/// assert_eq!(back, x12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_json_with<R, W, F>(
    input: R,
    mut out: W,
    mut write_set: F,
) -> Result<Vec<EnvelopeError>, JsonError>
where
    R: Read,
    W: Write,
    F: FnMut(&mut W, &TransactionSet<'_>) -> Result<(), JsonError>,
{
    let mut reader = StreamReader::new(input);
    let mut problems = Vec::new();
    let mut open = Open::Interchanges { first: true };
    let mut started = false;
    write!(out, "{{\"format\":\"{FORMAT}\"")?;
    while let Some(item) = reader.next_item() {
        let item = match item {
            Ok(item) => item,
            Err(problem) if problem.is_trailer_problem() => {
                problems.push(problem);
                continue;
            }
            Err(error) => return Err(error.into()),
        };
        if !started {
            started = true;
            if let Item::Preamble(bytes) = item {
                out.write_all(b",\"preamble\":")?;
                serde_json::to_writer(&mut out, &String::from_utf8_lossy(bytes))?;
                out.write_all(b",\"interchanges\":[")?;
                continue;
            }
            out.write_all(b",\"interchanges\":[")?;
        }
        open = write_item(&mut out, open, item, &mut write_set)?;
    }
    if !started {
        out.write_all(b",\"interchanges\":[")?;
    }
    out.write_all(b"]}\n")?;
    out.flush()?;
    Ok(problems)
}

fn segment<W: Write>(out: &mut W, segment: &Segment<'_>) -> Result<(), JsonError> {
    serde_json::to_writer(&mut *out, &RawSegment::from_segment(segment))?;
    Ok(())
}

fn comma<W: Write>(out: &mut W, first: bool) -> std::io::Result<()> {
    if first { Ok(()) } else { out.write_all(b",") }
}

fn write_item<W, F>(
    out: &mut W,
    open: Open,
    item: Item<'_>,
    write_set: &mut F,
) -> Result<Open, JsonError>
where
    W: Write,
    F: FnMut(&mut W, &TransactionSet<'_>) -> Result<(), JsonError>,
{
    Ok(match (open, item) {
        (Open::Interchanges { first }, Item::InterchangeHeader(isa)) => {
            comma(out, first)?;
            out.write_all(b"\n{\"delimiters\":")?;
            serde_json::to_writer(&mut *out, &isa.delimiters().to_string())?;
            out.write_all(b",\"header\":")?;
            segment(out, &isa)?;
            out.write_all(b",\"acknowledgments\":[")?;
            Open::Acknowledgments { first: true }
        }
        (Open::Acknowledgments { first }, Item::Acknowledgment(ta1)) => {
            comma(out, first)?;
            segment(out, &ta1)?;
            Open::Acknowledgments { first: false }
        }
        (Open::Acknowledgments { .. }, item) => {
            out.write_all(b"],\"groups\":[")?;
            write_item(out, Open::Groups { first: true }, item, write_set)?
        }
        (Open::Groups { first }, Item::GroupHeader(gs)) => {
            comma(out, first)?;
            out.write_all(b"\n{\"header\":")?;
            segment(out, &gs)?;
            out.write_all(b",\"transaction_sets\":[")?;
            Open::Sets { first: true }
        }
        (Open::Groups { .. }, Item::InterchangeTrailer(iea)) => {
            out.write_all(b"],\"trailer\":")?;
            segment(out, &iea)?;
            out.write_all(b"}")?;
            Open::Interchanges { first: false }
        }
        (Open::Sets { first }, Item::TransactionSet(set)) => {
            comma(out, first)?;
            out.write_all(b"\n")?;
            write_set(out, &set)?;
            Open::Sets { first: false }
        }
        (Open::Sets { .. }, Item::GroupTrailer(ge)) => {
            out.write_all(b"],\"trailer\":")?;
            segment(out, &ge)?;
            out.write_all(b"}")?;
            Open::Groups { first: false }
        }
        // The reader frames the envelope before it hands out items, so no other order occurs;
        // an item out of place is written nowhere rather than into a wrong place.
        (open, _) => open,
    })
}

impl JsonDocument {
    /// Writes the document as X12.
    pub fn write<W: Write>(&self, out: W) -> Result<(), JsonError> {
        if self.format != FORMAT {
            return Err(JsonError::Format {
                found: self.format.clone(),
            });
        }
        let mut writer = Writer::new(out, WriteOptions::default());
        writer.write_preamble(self.preamble.as_bytes())?;
        for interchange in &self.interchanges {
            interchange.write(&mut writer)?;
        }
        writer.flush()?;
        Ok(())
    }
}

impl JsonInterchange {
    /// Writes the interchange with its delimiters.
    pub fn write<W: Write>(&self, writer: &mut Writer<W>) -> Result<(), WriteError> {
        writer.use_delimiters(self.delimiters);
        self.header.write(writer)?;
        for ack in &self.acknowledgments {
            ack.write(writer)?;
        }
        for group in &self.groups {
            group.write(writer)?;
        }
        self.trailer.write(writer)
    }
}

impl JsonGroup {
    /// Writes the group with the delimiters in use.
    pub fn write<W: Write>(&self, writer: &mut Writer<W>) -> Result<(), WriteError> {
        self.header.write(writer)?;
        for set in &self.transaction_sets {
            set.write(writer)?;
        }
        self.trailer.write(writer)
    }
}
