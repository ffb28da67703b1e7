//! The human-readable report of `x12 inspect`: one line per structure, indented by nesting.

use std::io::{self, Write};

use crate::error::CliError;
use crate::inspect::{Event, Place, Report, Summary, TrailerInfo};

/// Writes the text report to `out`.
pub struct TextReport<W: Write> {
    out: W,
    files: usize,
}

impl<W: Write> TextReport<W> {
    /// A report writing to `out`.
    pub fn new(out: W) -> Self {
        TextReport { out, files: 0 }
    }
}

fn at(place: &Place) -> String {
    format!("segment {}, byte {}", place.segment, place.offset)
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl<W: Write> TextReport<W> {
    fn trailer(
        &mut self,
        indent: &str,
        name: &str,
        what: (&str, &str),
        t: &TrailerInfo,
    ) -> io::Result<()> {
        writeln!(
            self.out,
            "{indent}{name} {}: {} declared, {} counted ({})",
            t.control_number,
            t.declared,
            plural(t.counted, what.0, what.1),
            at(&t.place)
        )?;
        self.warnings(indent, t)
    }

    fn warnings(&mut self, indent: &str, t: &TrailerInfo) -> io::Result<()> {
        for w in &t.warnings {
            writeln!(self.out, "{indent}  warning: {}", w.message)?;
        }
        Ok(())
    }
}

impl<W: Write> Report for TextReport<W> {
    fn file_start(&mut self, name: &str) -> io::Result<()> {
        if self.files > 0 {
            writeln!(self.out)?;
        }
        self.files += 1;
        writeln!(self.out, "{name}")
    }

    fn event(&mut self, event: &Event) -> io::Result<()> {
        match event {
            Event::Interchange(i) => writeln!(
                self.out,
                "  interchange {} from {}:{} to {}:{}, version {}, {} {}, {}, delimiters {} ({})",
                i.control_number,
                i.sender_qualifier,
                i.sender,
                i.receiver_qualifier,
                i.receiver,
                i.version,
                i.date,
                i.time,
                match i.usage.as_str() {
                    "P" => "production".to_owned(),
                    "T" => "test".to_owned(),
                    other => format!("usage {other}"),
                },
                i.delimiters,
                at(&i.place)
            ),
            Event::Acknowledgment(a) => writeln!(
                self.out,
                "    TA1 acknowledges interchange {}: {} (note {}), {} {} ({})",
                a.control_number,
                match a.code.as_str() {
                    "A" => "accepted",
                    "E" => "accepted with errors",
                    "R" => "rejected",
                    other => other,
                },
                a.note,
                a.date,
                a.time,
                at(&a.place)
            ),
            Event::Group(g) => writeln!(
                self.out,
                "    group {} {} from {} to {}, version {}, {} {} ({})",
                g.control_number,
                g.functional_id,
                g.sender,
                g.receiver,
                g.version,
                g.date,
                g.time,
                at(&g.place)
            ),
            Event::Set(s) => {
                writeln!(
                    self.out,
                    "      set {} {}{}: {}, SE01 {} ({})",
                    s.id,
                    s.control_number,
                    s.version
                        .as_ref()
                        .map(|v| format!(", version {v}"))
                        .unwrap_or_default(),
                    plural(s.segments, "segment", "segments"),
                    s.trailer.declared,
                    at(&s.place)
                )?;
                self.warnings("      ", &s.trailer)
            }
            Event::GroupEnd(t) => self.trailer("    ", "GE", ("set", "sets"), t),
            Event::InterchangeEnd(t) => self.trailer("  ", "IEA", ("group", "groups"), t),
        }
    }

    fn file_end(&mut self, s: &Summary, error: Option<&CliError>) -> io::Result<()> {
        writeln!(
            self.out,
            "  {}, {}, {}; {}, {}; {}",
            plural(s.interchanges, "interchange", "interchanges"),
            plural(s.groups, "group", "groups"),
            plural(s.sets, "transaction set", "transaction sets"),
            plural(s.segments, "segment", "segments"),
            plural(s.bytes, "byte", "bytes"),
            plural(s.warnings, "warning", "warnings"),
        )?;
        if let Some(e) = error {
            writeln!(self.out, "  error: {e}")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
