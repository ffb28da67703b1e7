//! The serde form of a [`RawSegment`]: its identifier, its elements as X12 text, and its line
//! break, so that nothing is lost and no delimiter appears in the data.
//!
//! ```json
//! {"id": "CLM", "elements": ["PCN1", "180", "", "", ["10", "B", "1"], "Y"], "tail": "\r\n"}
//! ```
//!
//! - a simple element is a string; a composite is an array of strings (its components); an
//!   element with repetitions is `{"repeats": [...]}` holding strings or arrays;
//! - `tail` holds the line break or indentation after the terminator (absent when there is
//!   none); `"terminated": false` marks the rare last segment of a file without a terminator;
//! - the delimiters are not part of a segment: the interchange they are written into supplies
//!   them (see [`Writer::use_delimiters`](crate::syntax::Writer::use_delimiters)). In the ISA
//!   segment, ISA11 and ISA16 are kept as text; when written, they take the separators of the
//!   interchange.
//!
//! Deserializing picks delimiters that do not occur in the values, so every accessor of a typed
//! segment reads a deserialized segment exactly as the original.

use serde::de::Error as _;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::raw::RawSegment;
use crate::syntax::{Delimiters, Element, Segment, SegmentId, data_byte};

fn text<'s, E: serde::ser::Error>(bytes: &'s [u8], segment: &Segment<'_>) -> Result<&'s str, E> {
    std::str::from_utf8(bytes).map_err(|_| {
        E::custom(format!(
            "{}: the segment holds bytes that are not UTF-8 text, which JSON cannot carry",
            segment.location()
        ))
    })
}

/// One element, serialized by its shape.
struct ElementForm<'v, 'a> {
    element: Element<'a>,
    segment: &'v Segment<'a>,
    literal: bool,
}

impl Serialize for ElementForm<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.literal {
            return s.serialize_str(text(self.element.as_bytes(), self.segment)?);
        }
        let mut repetitions = self.element.repetitions();
        let first = repetitions.next();
        if repetitions.next().is_some() {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(
                "repeats",
                &Repeats {
                    element: self.element,
                    segment: self.segment,
                },
            )?;
            return map.end();
        }
        match first {
            Some(repetition) => Components {
                element: repetition,
                segment: self.segment,
            }
            .serialize(s),
            None => s.serialize_str(""),
        }
    }
}

struct Repeats<'v, 'a> {
    element: Element<'a>,
    segment: &'v Segment<'a>,
}

impl Serialize for Repeats<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for repetition in self.element.repetitions() {
            seq.serialize_element(&Components {
                element: repetition,
                segment: self.segment,
            })?;
        }
        seq.end()
    }
}

/// A string, or an array of strings for a composite.
struct Components<'v, 'a> {
    element: Element<'a>,
    segment: &'v Segment<'a>,
}

impl Serialize for Components<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut components = self.element.components();
        let first = components.next().unwrap_or_default();
        if components.next().is_none() {
            return s.serialize_str(text(first, self.segment)?);
        }
        let mut seq = s.serialize_seq(None)?;
        for component in self.element.components() {
            seq.serialize_element(text(component, self.segment)?)?;
        }
        seq.end()
    }
}

struct Elements<'v, 'a>(&'v Segment<'a>);

impl Serialize for Elements<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let segment = self.0;
        let is_isa = segment.id() == "ISA";
        let mut seq = s.serialize_seq(None)?;
        for element in segment.elements() {
            seq.serialize_element(&ElementForm {
                element,
                segment,
                literal: is_isa,
            })?;
        }
        seq.end()
    }
}

impl Serialize for RawSegment<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.view();
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("elements", &Elements(&view))?;
        if !view.is_terminated() {
            map.serialize_entry("terminated", &false)?;
        }
        let tail = view.layout();
        if !tail.is_empty() {
            map.serialize_entry("tail", text(tail, &view)?)?;
        }
        map.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Form {
    id: String,
    #[serde(default)]
    elements: Vec<ElementValue>,
    #[serde(default)]
    tail: String,
    #[serde(default = "yes")]
    terminated: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ElementValue {
    Value(Value),
    Repeats { repeats: Vec<Value> },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    Text(String),
    Composite(Vec<String>),
}

/// Delimiter sets tried in turn for a deserialized segment; the first whose bytes occur in no
/// value is used.
const NEUTRAL: [(u8, u8, u8, u8); 4] = [
    (b'*', b':', b'^', b'~'),
    (0x1D, 0x1F, 0x1E, 0x1C),
    (0x11, 0x12, 0x13, 0x14),
    (0x15, 0x16, 0x17, 0x18),
];

impl Form {
    fn values(&self) -> impl Iterator<Item = &String> {
        self.elements.iter().flat_map(|element| {
            let values: Box<dyn Iterator<Item = &Value>> = match element {
                ElementValue::Value(v) => Box::new(std::iter::once(v)),
                ElementValue::Repeats { repeats } => Box::new(repeats.iter()),
            };
            values.flat_map(|v| match v {
                Value::Text(t) => std::slice::from_ref(t).iter(),
                Value::Composite(c) => c.iter(),
            })
        })
    }

    fn into_raw(self) -> Result<RawSegment<'static>, String> {
        let id = SegmentId::new(self.id.as_bytes())
            .ok_or_else(|| format!("{:?} is not a segment identifier", self.id))?;
        let mut used = [false; 256];
        for byte in self.values().flat_map(|v| v.bytes()) {
            if let Some(slot) = used.get_mut(usize::from(byte)) {
                *slot = true;
            }
        }
        let free = |b: &u8| used.get(usize::from(*b)) == Some(&false);
        let Some(delimiters) = NEUTRAL
            .iter()
            .find_map(|&(e, c, r, t)| {
                [e, c, r, t]
                    .iter()
                    .all(free)
                    .then(|| Delimiters::new(e, c, Some(r), t).ok())
                    .flatten()
            })
            .or_else(|| spare_delimiters(free))
        else {
            return Err(format!(
                "{} segment: its values use every byte that could separate them",
                self.id
            ));
        };
        if !self.tail.bytes().all(|b| delimiters.is_layout(b)) {
            return Err(format!(
                "{} segment: tail {:?} holds more than line breaks and spaces",
                self.id, self.tail
            ));
        }
        if !self.terminated && !self.tail.is_empty() {
            return Err(format!(
                "{} segment: an unterminated segment cannot have a tail",
                self.id
            ));
        }
        let mut bytes = self.id.clone().into_bytes();
        for element in &self.elements {
            bytes.push(delimiters.element);
            match element {
                ElementValue::Value(v) => put_value(&mut bytes, v, delimiters),
                ElementValue::Repeats { repeats } => {
                    for (i, v) in repeats.iter().enumerate() {
                        if i > 0 {
                            bytes.extend(delimiters.repetition);
                        }
                        put_value(&mut bytes, v, delimiters);
                    }
                }
            }
        }
        let data_len = bytes.len();
        if self.terminated {
            bytes.push(delimiters.segment);
        }
        bytes.extend_from_slice(self.tail.as_bytes());
        Ok(RawSegment::detached(bytes, data_len, id, delimiters))
    }
}

/// Delimiters made of the first four bytes `free` allows among those that can separate values
/// (ASCII, neither letter, digit, space nor line break): for values that use every byte of
/// the [`NEUTRAL`] sets, as an interchange header with control characters in its fields can.
fn spare_delimiters(free: impl Fn(&u8) -> bool) -> Option<Delimiters> {
    let mut spare = (1..0x80u8)
        // Bytes data holds cannot separate it; white space is left to layout.
        .filter(|&b| data_byte(b).is_none() && !b.is_ascii_whitespace())
        .filter(free);
    let mut next = || spare.next();
    Delimiters::new(next()?, next()?, Some(next()?), next()?).ok()
}

fn put_value(bytes: &mut Vec<u8>, value: &Value, delimiters: Delimiters) {
    match value {
        Value::Text(t) => bytes.extend_from_slice(t.as_bytes()),
        Value::Composite(components) => {
            for (i, c) in components.iter().enumerate() {
                if i > 0 {
                    bytes.push(delimiters.component);
                }
                bytes.extend_from_slice(c.as_bytes());
            }
        }
    }
}

impl<'de, 'a> Deserialize<'de> for RawSegment<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Form::deserialize(d)?.into_raw().map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;
    use crate::syntax::{Segments, WriteOptions, Writer};

    fn round_trip(input: &str, delimiters: Delimiters) -> (String, String) {
        let mut segments = Segments::resume(input.as_bytes(), 0, 0, delimiters);
        let read = RawSegment::from_segment(&segments.next().unwrap().unwrap());
        let json = serde_json::to_string(&read).unwrap();
        let back: RawSegment<'static> = serde_json::from_str(&json).unwrap();
        let mut writer = Writer::new(Vec::new(), WriteOptions::default());
        writer.use_delimiters(delimiters);
        back.write(&mut writer).unwrap();
        (json, String::from_utf8(writer.into_inner()).unwrap())
    }

    #[test]
    fn elements_composites_and_tail() {
        let input = "CLM*PCN1*180***10:B:1*Y~\r\n";
        let (json, out) = round_trip(input, Delimiters::default());
        assert_eq!(
            json,
            r#"{"id":"CLM","elements":["PCN1","180","","",["10","B","1"],"Y"],"tail":"\r\n"}"#
        );
        assert_eq!(out, input);
    }

    #[test]
    fn repetitions_and_other_delimiters() {
        let d = Delimiters::new(b'|', b'>', Some(b'!'), b'\n').unwrap();
        let input = "HI|ABK>J019!ABF>R05|\n";
        let (json, out) = round_trip(input, d);
        assert_eq!(
            json,
            r#"{"id":"HI","elements":[{"repeats":[["ABK","J019"],["ABF","R05"]]},""]}"#
        );
        assert_eq!(out, input);
    }

    #[test]
    fn data_holding_the_usual_delimiters_survives() {
        // With `|` separating elements, `*` and `~` are plain data.
        let d = Delimiters::new(b'|', b'>', Some(b'!'), b'\n').unwrap();
        let input = "NTE|ADD|SEE *NOTE* ~ HERE\n";
        let (json, out) = round_trip(input, d);
        assert!(json.contains(r#""SEE *NOTE* ~ HERE""#), "{json}");
        assert_eq!(out, input);
        let back: RawSegment<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back.view().element(2).and_then(|e| e.as_str()),
            Some("SEE *NOTE* ~ HERE")
        );
    }

    #[test]
    fn isa_keeps_its_separator_elements() {
        let isa = "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~\n";
        let (json, out) = round_trip(isa, Delimiters::default());
        assert!(
            json.contains(r#""^","00501""#) && json.contains(r#""T",":"]"#),
            "{json}"
        );
        assert_eq!(out, isa);
        let pipes = Delimiters::new(b'|', b'>', Some(b'!'), b'~').unwrap();
        let back: RawSegment<'static> = serde_json::from_str(&json).unwrap();
        let mut writer = Writer::new(Vec::new(), WriteOptions::default());
        writer.use_delimiters(pipes);
        back.write(&mut writer).unwrap();
        let written = String::from_utf8(writer.into_inner()).unwrap();
        assert!(
            written.ends_with("|!|00501|000000101|1|T|>~\n"),
            "{written}"
        );
    }

    #[test]
    fn values_using_every_neutral_set_still_come_back() {
        let bars = Delimiters::new(b'|', b'>', Some(b'!'), b'\n').unwrap();
        let input = "NTE|A*:\u{1d}\u{11}\u{15}B|C>D\n";
        let (_, out) = round_trip(input, bars);
        assert_eq!(out, input);
    }

    #[test]
    fn unterminated_last_segment() {
        let (json, out) = round_trip("IEA*1*000000101", Delimiters::default());
        assert!(json.ends_with(r#""terminated":false}"#), "{json}");
        assert_eq!(out, "IEA*1*000000101");
        // With other delimiters the segment is re-delimited, and still gets no terminator.
        let bars = Delimiters::new(b'|', b'>', Some(b'!'), b'\n').unwrap();
        let (json, out) = round_trip("IEA|1|000000101", bars);
        assert!(json.ends_with(r#""terminated":false}"#), "{json}");
        assert_eq!(out, "IEA|1|000000101");
    }

    #[test]
    fn bad_forms_are_refused_with_a_reason() {
        let cases = [
            (r#"{"id":"clm","elements":[]}"#, "not a segment identifier"),
            (
                r#"{"id":"N3","elements":["A"],"tail":"x"}"#,
                "more than line breaks",
            ),
            (r#"{"id":"N3","elements":[1]}"#, "did not match"),
            (r#"{"id":"N3","element":[]}"#, "unknown field"),
        ];
        for (json, reason) in cases {
            let error = serde_json::from_str::<RawSegment<'static>>(json)
                .err()
                .unwrap()
                .to_string();
            assert!(error.contains(reason), "{json}: {error}");
        }
    }

    #[test]
    fn non_utf8_data_is_an_error_naming_the_segment() {
        let read = RawSegment::from_segment(&segment("NTE*ADD*\u{e9}~"));
        let mut bytes = read.view().as_bytes().to_vec();
        bytes[8] = 0xE9;
        let view = Segments::resume(&bytes, 0, 0, Delimiters::default())
            .next()
            .unwrap()
            .unwrap();
        let error = serde_json::to_string(&RawSegment::from_segment(&view))
            .err()
            .unwrap()
            .to_string();
        assert!(error.contains("not UTF-8"), "{error}");
    }

    #[test]
    fn typed_segments_use_the_same_form_and_are_checked() {
        use crate::segments::Clm;
        let clm = Clm::parse(&segment("CLM*PCN1*180***10:B:1*Y*A*Y*Y~")).unwrap();
        let json = serde_json::to_string(&clm).unwrap();
        assert_eq!(json, serde_json::to_string(clm.raw()).unwrap());
        let back: Clm<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.patient_control_number(), "PCN1");
        assert_eq!(back.frequency(), clm.frequency());
        let bad = json.replace("\"180\"", "\"1X0\"");
        let error = serde_json::from_str::<Clm<'static>>(&bad).err().unwrap();
        assert!(error.to_string().contains("CLM02"), "{error}");
    }
}
