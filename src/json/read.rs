//! [`read_json`]: the JSON document back to X12, written as it is parsed.
//!
//! A document of a whole file is several times the file's size, and its typed loop trees
//! several times that again in memory; holding it whole is what a streaming writer is there to
//! avoid. So the parser hands each part to the X12 writer as soon as everything that comes
//! before it in the X12 has been written: with the keys in the order [`write_json`] writes them,
//! one transaction set at a time is held.
//!
//! JSON objects are unordered, and tools that sort keys put `groups` before `header`. A part
//! that arrives before what precedes it in the X12 is kept until its turn, so such a document is
//! still written correctly, holding more meanwhile. The one order that cannot be honoured is a
//! non-empty `preamble` after `interchanges` have been written: that is refused with a reason.
//!
//! [`write_json`]: super::write_json

use std::fmt;
use std::io::{Read, Write};

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{FORMAT, JsonError, JsonGroup, SetForm, parse_delimiters};
use crate::segments::RawSegment;
use crate::syntax::{WriteError, WriteOptions, Writer};

/// Writes the X12 of a JSON document (as written by [`write_json`](super::write_json), possibly
/// edited) to `out`, as the document is read.
///
/// With the keys in the order `write_json` writes them, one transaction set is held at a time.
/// Keys in another order are accepted: a part that comes before its turn in the X12 (an
/// interchange's `groups` before its `header`, say, as key-sorting tools write them) is held
/// until its turn. A non-empty `preamble` after `interchanges` is refused, since the X12 it
/// must precede is already written. A key given twice in one object is refused, as a derived
/// reader refuses it. When the JSON turns out to be invalid part way, what was written before
/// stays written and the error says where the JSON went wrong.
///
/// ```
/// use x12_claims::json::{read_json, write_json};
///
/// let x12 = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let mut json = Vec::new();
/// write_json(&x12[..], &mut json)?;
/// // Keys sorted, as many JSON tools write them: the same X12 comes back.
/// let sorted = serde_json::from_slice::<serde_json::Value>(&json)?.to_string();
/// let mut back = Vec::new();
/// read_json(sorted.as_bytes(), &mut back)?;
/// assert_eq!(back, x12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_json<R: Read, W: Write>(json: R, out: W) -> Result<(), JsonError> {
    let mut sink = Sink {
        writer: Writer::new(out, WriteOptions::default()),
        failed: None,
    };
    let mut parser = serde_json::Deserializer::from_reader(std::io::BufReader::new(json));
    let parsed = DocumentSeed(&mut sink)
        .deserialize(&mut parser)
        .and_then(|()| parser.end());
    if let Some(error) = sink.failed {
        return Err(error);
    }
    parsed?;
    sink.writer.flush()?;
    Ok(())
}

/// The X12 writer, and the error that stopped the parse when it was not the parser's own (the
/// parser only carries a message).
struct Sink<W: Write> {
    writer: Writer<W>,
    failed: Option<JsonError>,
}

impl<W: Write> Sink<W> {
    /// Runs a write; its error is kept whole and the parse stopped with its message.
    fn write<E: de::Error>(
        &mut self,
        write: impl FnOnce(&mut Writer<W>) -> Result<(), WriteError>,
    ) -> Result<(), E> {
        write(&mut self.writer).map_err(|error| self.fail(error.into()))
    }

    fn fail<E: de::Error>(&mut self, error: JsonError) -> E {
        let message = E::custom(&error);
        self.failed = Some(error);
        message
    }
}

/// Refuses a key seen twice in one object, as a derived reader would.
fn fresh<E: de::Error>(seen: bool, key: &'static str) -> Result<(), E> {
    match seen {
        true => Err(E::duplicate_field(key)),
        false => Ok(()),
    }
}

/// [`fresh`] for a key whose only trace is `seen`, which it sets.
fn once<E: de::Error>(seen: &mut bool, key: &'static str) -> Result<(), E> {
    fresh(std::mem::replace(seen, true), key)
}

/// [`fresh`] for a key whose value is kept in `slot` until its turn.
fn vacant<T, E: de::Error>(slot: &Option<T>, key: &'static str) -> Result<(), E> {
    fresh(slot.is_some(), key)
}

/// The whole document.
struct DocumentSeed<'s, W: Write>(&'s mut Sink<W>);

const DOCUMENT: &[&str] = &["format", "preamble", "interchanges"];

impl<'de, W: Write> DeserializeSeed<'de> for DocumentSeed<'_, W> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, W: Write> Visitor<'de> for DocumentSeed<'_, W> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an x12-claims JSON document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let sink = self.0;
        let (mut format, mut preamble, mut interchanges) = (false, false, false);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    once(&mut format, "format")?;
                    let found: String = map.next_value()?;
                    if found != FORMAT {
                        return Err(sink.fail(JsonError::Format { found }));
                    }
                }
                "preamble" => {
                    once(&mut preamble, "preamble")?;
                    let text: String = map.next_value()?;
                    if interchanges && !text.is_empty() {
                        return Err(de::Error::custom(
                            "\"preamble\" comes after \"interchanges\", whose X12 is already \
                             written: put it before them",
                        ));
                    }
                    sink.write(|w| Ok(w.write_preamble(text.as_bytes())?))?;
                }
                "interchanges" => {
                    once(&mut interchanges, "interchanges")?;
                    map.next_value_seed(Interchanges(&mut *sink))?;
                }
                other => return Err(de::Error::unknown_field(other, DOCUMENT)),
            }
        }
        if !format {
            return Err(de::Error::missing_field("format"));
        }
        if !interchanges {
            return Err(de::Error::missing_field("interchanges"));
        }
        Ok(())
    }
}

/// Implements [`DeserializeSeed`] for a visitor by handing it to the deserializer's `$how`.
macro_rules! seed {
    ($seed:ident, $how:ident) => {
        impl<'de, W: Write> DeserializeSeed<'de> for $seed<'_, W> {
            type Value = ();

            fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
                d.$how(self)
            }
        }
    };
}

/// Declares `$array`, the seed of a JSON array whose elements are each read and written by the
/// `$element` seed, one at a time, so that the array is never held whole.
macro_rules! array {
    ($(#[$doc:meta])* $array:ident of $element:ident, $expecting:literal) => {
        $(#[$doc])*
        struct $array<'s, W: Write>(&'s mut Sink<W>);
        seed!($array, deserialize_seq);

        impl<'de, W: Write> Visitor<'de> for $array<'_, W> {
            type Value = ();

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str($expecting)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while seq.next_element_seed($element(&mut *self.0))?.is_some() {}
                Ok(())
            }
        }
    };
}

array!(
    /// The `interchanges` array, each written as it is read.
    Interchanges of Interchange, "an array of interchanges"
);

/// One interchange.
struct Interchange<'s, W: Write>(&'s mut Sink<W>);
seed!(Interchange, deserialize_map);

const INTERCHANGE: &[&str] = &[
    "delimiters",
    "header",
    "acknowledgments",
    "groups",
    "trailer",
];

/// What of an interchange has been read, and what of it written.
#[derive(Default)]
struct InterchangeParts {
    delimiters: bool,
    header: Option<RawSegment<'static>>,
    /// ISA has been written (with the delimiters in use).
    opened: bool,
    acknowledgments: Option<Vec<RawSegment<'static>>>,
    /// The acknowledgments have been written.
    acknowledged: bool,
    /// Groups read before their turn, written when it comes.
    groups: Option<Vec<JsonGroup>>,
    trailer: Option<RawSegment<'static>>,
}

impl InterchangeParts {
    /// Writes every part whose turn has come.
    fn write_ready<W: Write, E: de::Error>(&mut self, sink: &mut Sink<W>) -> Result<(), E> {
        if !self.opened && self.delimiters {
            if let Some(isa) = &self.header {
                sink.write(|w| isa.write(w))?;
                self.opened = true;
            }
        }
        if self.opened && !self.acknowledged {
            if let Some(acks) = self.acknowledgments.take() {
                sink.write(|w| acks.iter().try_for_each(|ack| ack.write(w)))?;
                self.acknowledged = true;
            }
        }
        Ok(())
    }
}

impl<'de, W: Write> Visitor<'de> for Interchange<'_, W> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an interchange")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let sink = self.0;
        let mut parts = InterchangeParts::default();
        let mut groups = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "delimiters" => {
                    once(&mut parts.delimiters, "delimiters")?;
                    let text: String = map.next_value()?;
                    let delimiters = parse_delimiters(&text).map_err(de::Error::custom)?;
                    sink.writer.use_delimiters(delimiters);
                }
                "header" => {
                    vacant(&parts.header, "header")?;
                    parts.header = Some(map.next_value()?);
                }
                "acknowledgments" => {
                    // Held until their turn, or written already.
                    let seen = parts.acknowledged || parts.acknowledgments.is_some();
                    fresh(seen, "acknowledgments")?;
                    parts.acknowledgments = Some(map.next_value()?);
                }
                "groups" => {
                    once(&mut groups, "groups")?;
                    if parts.acknowledged {
                        map.next_value_seed(Groups(&mut *sink))?;
                    } else {
                        parts.groups = Some(map.next_value()?);
                    }
                }
                "trailer" => {
                    vacant(&parts.trailer, "trailer")?;
                    parts.trailer = Some(map.next_value()?);
                }
                other => return Err(de::Error::unknown_field(other, INTERCHANGE)),
            }
            parts.write_ready(sink)?;
        }
        if !parts.delimiters {
            return Err(de::Error::missing_field("delimiters"));
        }
        if !parts.opened {
            return Err(de::Error::missing_field("header"));
        }
        let Some(trailer) = parts.trailer.take() else {
            return Err(de::Error::missing_field("trailer"));
        };
        // Acknowledgments and groups default to none.
        parts.acknowledgments.get_or_insert_with(Vec::new);
        parts.write_ready(sink)?;
        for group in parts.groups.iter().flatten() {
            sink.write(|w| group.write(w))?;
        }
        sink.write(|w| trailer.write(w))
    }
}

array!(
    /// The `groups` array of an interchange whose header is written, each group written as it
    /// is read.
    Groups of Group, "an array of functional groups"
);

/// One functional group.
struct Group<'s, W: Write>(&'s mut Sink<W>);
seed!(Group, deserialize_map);

const GROUP: &[&str] = &["header", "transaction_sets", "trailer"];

impl<'de, W: Write> Visitor<'de> for Group<'_, W> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a functional group")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let sink = self.0;
        let (mut header, mut sets) = (false, false);
        // Sets read before the header, and the trailer, wait for their turn.
        let mut early_sets: Option<Vec<SetForm<'static>>> = None;
        let mut trailer: Option<RawSegment<'static>> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "header" => {
                    once(&mut header, "header")?;
                    let gs: RawSegment<'static> = map.next_value()?;
                    sink.write(|w| gs.write(w))?;
                    if let Some(early) = early_sets.take() {
                        sink.write(|w| early.iter().try_for_each(|set| set.write(w)))?;
                    }
                }
                "transaction_sets" => {
                    once(&mut sets, "transaction_sets")?;
                    if header {
                        map.next_value_seed(Sets(&mut *sink))?;
                    } else {
                        early_sets = Some(map.next_value()?);
                    }
                }
                "trailer" => {
                    vacant(&trailer, "trailer")?;
                    trailer = Some(map.next_value()?);
                }
                other => return Err(de::Error::unknown_field(other, GROUP)),
            }
        }
        if !header {
            return Err(de::Error::missing_field("header"));
        }
        let Some(trailer) = trailer else {
            return Err(de::Error::missing_field("trailer"));
        };
        sink.write(|w| trailer.write(w))
    }
}

array!(
    /// The `transaction_sets` array of a group whose header is written, each set written as it
    /// is read.
    Sets of Set, "an array of transaction sets"
);

/// One transaction set, written as soon as it is read.
struct Set<'s, W: Write>(&'s mut Sink<W>);

impl<'de, W: Write> DeserializeSeed<'de> for Set<'_, W> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let set = SetForm::deserialize(d)?;
        self.0.write(|w| set.write(w))
    }
}
