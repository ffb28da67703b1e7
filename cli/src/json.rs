//! The JSON report of `x12 inspect --json`, written as the input is read: nothing is held
//! back but the structures still open, so memory does not grow with the input.
//!
//! The shape is documented in `cli/README.md`; `FORMAT` changes when it changes incompatibly.

use std::io::{self, Write};

use serde_json::Value;

use crate::error::CliError;
use crate::inspect::{Event, Place, Report, Summary, TrailerInfo, Warning};

/// Version of the document's shape.
pub const FORMAT: u64 = 1;

/// Where the writer is in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    /// In the `interchanges` array of a file.
    File,
    /// In the `acknowledgments` array of an interchange.
    Acknowledgments,
    /// In the `groups` array of an interchange.
    Groups,
    /// In the `transaction_sets` array of a group.
    Sets,
}

/// Writes the JSON report to `out`, pretty-printed with two-space indentation.
pub struct JsonReport<W: Write> {
    out: Emitter<W>,
    open: Option<Open>,
}

impl<W: Write> JsonReport<W> {
    /// A report writing to `out`; the document is opened at once.
    pub fn new(out: W) -> io::Result<Self> {
        let mut out = Emitter {
            out,
            stack: Vec::new(),
        };
        out.open(None, b'{')?;
        out.field("format", FORMAT)?;
        out.open(Some("files"), b'[')?;
        Ok(JsonReport { out, open: None })
    }

    /// Closes whatever is open down to the `interchanges` array of the file; structures cut
    /// short by an error get a `null` trailer.
    fn close_to_file(&mut self) -> io::Result<()> {
        loop {
            match self.open {
                Some(Open::Sets) => {
                    self.out.close(b']')?;
                    self.out.field("trailer", Value::Null)?;
                    self.out.close(b'}')?;
                    self.open = Some(Open::Groups);
                }
                Some(Open::Acknowledgments) => {
                    self.out.close(b']')?;
                    self.out.open(Some("groups"), b'[')?;
                    self.open = Some(Open::Groups);
                }
                Some(Open::Groups) => {
                    self.out.close(b']')?;
                    self.out.field("trailer", Value::Null)?;
                    self.out.close(b'}')?;
                    self.open = Some(Open::File);
                }
                Some(Open::File) | None => return Ok(()),
            }
        }
    }

    fn place(&mut self, place: &Place) -> io::Result<()> {
        self.out.field("offset", place.offset)?;
        self.out.field("segment", place.segment)
    }

    fn trailer(&mut self, t: &TrailerInfo) -> io::Result<()> {
        self.out.open(Some("trailer"), b'{')?;
        self.place(&t.place)?;
        self.out.field("declared", t.declared.as_str())?;
        self.out.field("counted", t.counted)?;
        self.out
            .field("control_number", t.control_number.as_str())?;
        self.out.open(Some("warnings"), b'[')?;
        for w in &t.warnings {
            self.warning(w)?;
        }
        self.out.close(b']')?;
        self.out.close(b'}')
    }

    fn warning(&mut self, w: &Warning) -> io::Result<()> {
        self.out.open(None, b'{')?;
        self.out.field("message", w.message.as_str())?;
        self.out.field("offset", w.offset)?;
        self.out.field("segment", w.segment)?;
        self.out.close(b'}')
    }
}

impl<W: Write> Report for JsonReport<W> {
    fn file_start(&mut self, name: &str) -> io::Result<()> {
        self.out.open(None, b'{')?;
        self.out.field("file", name)?;
        self.out.open(Some("interchanges"), b'[')?;
        self.open = Some(Open::File);
        Ok(())
    }

    fn event(&mut self, event: &Event) -> io::Result<()> {
        let out = &mut self.out;
        match event {
            Event::Interchange(i) => {
                out.open(None, b'{')?;
                self.place(&i.place)?;
                let out = &mut self.out;
                out.field("control_number", i.control_number.as_str())?;
                out.field("sender_qualifier", i.sender_qualifier.as_str())?;
                out.field("sender", i.sender.as_str())?;
                out.field("receiver_qualifier", i.receiver_qualifier.as_str())?;
                out.field("receiver", i.receiver.as_str())?;
                out.field("date", i.date.as_str())?;
                out.field("time", i.time.as_str())?;
                out.field("version", i.version.as_str())?;
                out.field("usage", i.usage.as_str())?;
                let d = i.delimiters;
                out.open(Some("delimiters"), b'{')?;
                out.field("element", char::from(d.element).to_string())?;
                out.field("component", char::from(d.component).to_string())?;
                out.field(
                    "repetition",
                    d.repetition.map(|r| char::from(r).to_string()),
                )?;
                out.field("segment", char::from(d.segment).to_string())?;
                out.close(b'}')?;
                out.open(Some("acknowledgments"), b'[')?;
                self.open = Some(Open::Acknowledgments);
            }
            Event::Acknowledgment(a) => {
                out.open(None, b'{')?;
                self.place(&a.place)?;
                let out = &mut self.out;
                out.field("control_number", a.control_number.as_str())?;
                out.field("date", a.date.as_str())?;
                out.field("time", a.time.as_str())?;
                out.field("code", a.code.as_str())?;
                out.field("note", a.note.as_str())?;
                out.close(b'}')?;
            }
            Event::Group(g) => {
                if self.open == Some(Open::Acknowledgments) {
                    out.close(b']')?;
                    out.open(Some("groups"), b'[')?;
                }
                let out = &mut self.out;
                out.open(None, b'{')?;
                self.place(&g.place)?;
                let out = &mut self.out;
                out.field("control_number", g.control_number.as_str())?;
                out.field("functional_id", g.functional_id.as_str())?;
                out.field("sender", g.sender.as_str())?;
                out.field("receiver", g.receiver.as_str())?;
                out.field("date", g.date.as_str())?;
                out.field("time", g.time.as_str())?;
                out.field("version", g.version.as_str())?;
                out.open(Some("transaction_sets"), b'[')?;
                self.open = Some(Open::Sets);
            }
            Event::Set(s) => {
                out.open(None, b'{')?;
                self.place(&s.place)?;
                let out = &mut self.out;
                out.field("id", s.id.as_str())?;
                out.field("control_number", s.control_number.as_str())?;
                out.field("version", s.version.as_deref())?;
                out.field("segments", s.segments)?;
                self.trailer(&s.trailer)?;
                self.out.close(b'}')?;
            }
            Event::GroupEnd(t) => {
                out.close(b']')?;
                self.trailer(t)?;
                self.out.close(b'}')?;
                self.open = Some(Open::Groups);
            }
            Event::InterchangeEnd(t) => {
                if self.open == Some(Open::Acknowledgments) {
                    out.close(b']')?;
                    out.open(Some("groups"), b'[')?;
                }
                self.out.close(b']')?;
                self.trailer(t)?;
                self.out.close(b'}')?;
                self.open = Some(Open::File);
            }
        }
        Ok(())
    }

    fn file_end(&mut self, s: &Summary, error: Option<&CliError>) -> io::Result<()> {
        self.close_to_file()?;
        let out = &mut self.out;
        out.close(b']')?;
        out.field("preamble_bytes", s.preamble_bytes)?;
        out.field("bytes", s.bytes)?;
        out.field("segments", s.segments)?;
        out.field("interchanges_count", s.interchanges)?;
        out.field("groups_count", s.groups)?;
        out.field("transaction_sets_count", s.sets)?;
        out.field("warnings_count", s.warnings)?;
        match error {
            Some(e) => {
                out.open(Some("error"), b'{')?;
                out.field("kind", e.kind())?;
                out.field("message", e.to_string())?;
                out.close(b'}')?;
            }
            None => out.field("error", Value::Null)?,
        }
        out.close(b'}')?;
        self.open = None;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.close(b']')?;
        self.out.close(b'}')?;
        self.out.out.write_all(b"\n")?;
        self.out.out.flush()
    }
}

/// A streaming JSON writer: objects and arrays are opened and closed explicitly, scalars are
/// written by serde_json.
struct Emitter<W> {
    out: W,
    /// One entry per open object or array: whether it has members yet.
    stack: Vec<bool>,
}

impl<W: Write> Emitter<W> {
    /// Starts a member: the comma, the line break and indentation, and the key.
    fn member(&mut self, key: Option<&str>) -> io::Result<()> {
        if let Some(has_members) = self.stack.last_mut() {
            if *has_members {
                self.out.write_all(b",")?;
            }
            *has_members = true;
            self.out.write_all(b"\n")?;
            self.indent(self.stack.len())?;
        }
        if let Some(key) = key {
            serde_json::to_writer(&mut self.out, key)?;
            self.out.write_all(b": ")?;
        }
        Ok(())
    }

    fn indent(&mut self, depth: usize) -> io::Result<()> {
        for _ in 0..depth {
            self.out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open(&mut self, key: Option<&str>, bracket: u8) -> io::Result<()> {
        self.member(key)?;
        self.out.write_all(&[bracket])?;
        self.stack.push(false);
        Ok(())
    }

    fn close(&mut self, bracket: u8) -> io::Result<()> {
        if self.stack.pop() == Some(true) {
            self.out.write_all(b"\n")?;
            self.indent(self.stack.len())?;
        }
        self.out.write_all(&[bracket])
    }

    fn field<T: serde::Serialize>(&mut self, key: &str, value: T) -> io::Result<()> {
        self.member(Some(key))?;
        serde_json::to_writer(&mut self.out, &value)?;
        Ok(())
    }
}
