//! [`InterchangeWriter`]: writes an outgoing interchange, padding the ISA's fixed-width fields
//! and computing every trailer count. Control numbers come from the caller, never from the
//! clock, so output is reproducible.

use std::io::Write;

use chrono::{NaiveDate, NaiveTime};

use super::error::EnvelopeError;
use crate::syntax::{Segment, Writer};

/// The sender's data for an outgoing interchange and its functional group.
///
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use x12_claims::envelope::OutgoingInterchange;
/// let header = OutgoingInterchange::new(
///     ("ZZ", "RBH0001"),
///     ("ZZ", "ACME01"),
///     NaiveDate::from_ymd_opt(2024, 3, 20).ok_or("date")?,
///     NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?,
///     101,
/// );
/// assert!(header.test);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OutgoingInterchange {
    /// ISA05/ISA06: sender id qualifier and id (at most 15 characters).
    pub sender: (String, String),
    /// ISA07/ISA08: receiver id qualifier and id (at most 15 characters).
    pub receiver: (String, String),
    /// ISA09/ISA10 and GS04/GS05.
    pub date: NaiveDate,
    /// Time of ISA10 and GS05.
    pub time: NaiveTime,
    /// ISA13 (at most 9 digits); also used as GS06 unless a group number is given.
    pub control_number: u32,
    /// ISA14: whether a TA1 is requested. Default `false`.
    pub acknowledgment_requested: bool,
    /// ISA15: `T` when true, `P` otherwise. Default `true`, so nothing goes to production by
    /// accident.
    pub test: bool,
    /// ISA12. Default `00501`.
    pub version: String,
}

impl OutgoingInterchange {
    /// Header data with the defaults above.
    pub fn new(
        sender: (&str, &str),
        receiver: (&str, &str),
        date: NaiveDate,
        time: NaiveTime,
        control_number: u32,
    ) -> Self {
        OutgoingInterchange {
            sender: (sender.0.to_owned(), sender.1.to_owned()),
            receiver: (receiver.0.to_owned(), receiver.1.to_owned()),
            date,
            time,
            control_number,
            acknowledgment_requested: false,
            test: true,
            version: "00501".to_owned(),
        }
    }
}

fn padded(field: &'static str, value: &str, width: usize) -> Result<String, EnvelopeError> {
    if value.len() > width {
        return Err(EnvelopeError::TooWide {
            field,
            value: value.to_owned(),
            width,
        });
    }
    Ok(format!("{value:<width$}"))
}

/// Writes one interchange: ISA, then groups of transaction sets, then IEA.
///
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use x12_claims::envelope::{Document, InterchangeWriter, OutgoingInterchange};
/// use x12_claims::syntax::{Layout, WriteOptions, Writer};
///
/// let header = OutgoingInterchange::new(
///     ("ZZ", "RBH0001"), ("ZZ", "ACME01"),
///     NaiveDate::from_ymd_opt(2024, 3, 20).ok_or("date")?,
///     NaiveTime::from_hms_opt(12, 0, 0).ok_or("time")?, 101,
/// );
/// let mut out = Writer::new(Vec::new(), WriteOptions::default().with_layout(Layout::Lf));
/// let mut interchange = InterchangeWriter::begin(&mut out, &header)?;
/// interchange.begin_group("HC", "RBH0001", "ACME01", 101, "005010X222A1")?;
/// interchange.begin_set("837", "0001", Some("005010X222A1"))?;
/// interchange.writer().start("BHT")?.text("0019")?.text("00")?.text("B1")?.finish()?;
/// interchange.end_set()?;
/// interchange.end_group()?;
/// interchange.finish()?;
///
/// let bytes = out.into_inner();
/// let text = String::from_utf8(bytes.clone())?;
/// assert!(text.starts_with("ISA*00*          *00*          *ZZ*RBH0001        *ZZ*ACME01         *240320*1200*^*00501*000000101*0*T*:~\n"));
/// assert!(text.ends_with("SE*3*0001~\nGE*1*101~\nIEA*1*000000101~\n"));
/// Document::parse(&bytes)?; // every count checks out
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct InterchangeWriter<'w, W: Write> {
    out: &'w mut Writer<W>,
    header: OutgoingInterchange,
    groups: u64,
    group: Option<(String, u64)>,
    set: Option<(String, u64)>,
}

impl<'w, W: Write> InterchangeWriter<'w, W> {
    /// Writes the ISA with the writer's delimiters.
    pub fn begin(
        out: &'w mut Writer<W>,
        header: &OutgoingInterchange,
    ) -> Result<Self, EnvelopeError> {
        let d = out.delimiters();
        let control = format!("{:09}", header.control_number);
        if control.len() > 9 {
            return Err(EnvelopeError::TooWide {
                field: "ISA13",
                value: control,
                width: 9,
            });
        }
        let fields = [
            "00".to_owned(),
            " ".repeat(10),
            "00".to_owned(),
            " ".repeat(10),
            padded("ISA05", &header.sender.0, 2)?,
            padded("ISA06", &header.sender.1, 15)?,
            padded("ISA07", &header.receiver.0, 2)?,
            padded("ISA08", &header.receiver.1, 15)?,
            header.date.format("%y%m%d").to_string(),
            header.time.format("%H%M").to_string(),
            char::from(d.repetition.unwrap_or(b'U')).to_string(),
            padded("ISA12", &header.version, 5)?,
            control,
            if header.acknowledgment_requested {
                "1"
            } else {
                "0"
            }
            .to_owned(),
            if header.test { "T" } else { "P" }.to_owned(),
            char::from(d.component).to_string(),
        ];
        let mut isa = out.start("ISA")?;
        for field in &fields {
            isa.text(field)?;
        }
        isa.finish()?;
        Ok(InterchangeWriter {
            out,
            header: header.clone(),
            groups: 0,
            group: None,
            set: None,
        })
    }

    /// The underlying writer, for the segments of a transaction set.
    pub fn writer(&mut self) -> &mut Writer<W> {
        self.out
    }

    /// Writes a GS with the interchange's date and time and the given group control number.
    pub fn begin_group(
        &mut self,
        functional_id: &str,
        sender: &str,
        receiver: &str,
        control_number: u32,
        version: &str,
    ) -> Result<(), EnvelopeError> {
        let control = control_number.to_string();
        let date = self.header.date.format("%Y%m%d").to_string();
        let time = self.header.time.format("%H%M").to_string();
        self.out
            .start("GS")?
            .text(functional_id)?
            .text(sender)?
            .text(receiver)?
            .text(&date)?
            .text(&time)?
            .text(&control)?
            .text("X")?
            .text(version)?
            .finish()?;
        self.group = Some((control, 0));
        Ok(())
    }

    /// Writes an ST.
    pub fn begin_set(
        &mut self,
        id: &str,
        control_number: &str,
        implementation: Option<&str>,
    ) -> Result<(), EnvelopeError> {
        let mut st = self.out.start("ST")?;
        st.text(id)?.text(control_number)?;
        if let Some(implementation) = implementation {
            st.text(implementation)?;
        }
        st.finish()?;
        self.set = Some((control_number.to_owned(), self.out.segments_written()));
        Ok(())
    }

    /// Writes segments read from input into the current transaction set.
    pub fn write_segments<'a>(
        &mut self,
        segments: impl IntoIterator<Item = Segment<'a>>,
    ) -> Result<(), EnvelopeError> {
        for segment in segments {
            self.out.write_segment(&segment)?;
        }
        Ok(())
    }

    /// Writes the SE with the number of segments since ST.
    pub fn end_set(&mut self) -> Result<(), EnvelopeError> {
        let (control, st_at) = self.set.take().unwrap_or_default();
        let count = self.out.segments_written() - st_at + 2;
        self.out
            .start("SE")?
            .text(&count.to_string())?
            .text(&control)?
            .finish()?;
        if let Some((_, sets)) = self.group.as_mut() {
            *sets += 1;
        }
        Ok(())
    }

    /// Writes the GE with the number of transaction sets.
    pub fn end_group(&mut self) -> Result<(), EnvelopeError> {
        let (control, sets) = self.group.take().unwrap_or_default();
        self.out
            .start("GE")?
            .text(&sets.to_string())?
            .text(&control)?
            .finish()?;
        self.groups += 1;
        Ok(())
    }

    /// Writes the IEA with the number of groups.
    pub fn finish(self) -> Result<(), EnvelopeError> {
        let control = format!("{:09}", self.header.control_number);
        self.out
            .start("IEA")?
            .text(&self.groups.to_string())?
            .text(&control)?
            .finish()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::Document;
    use crate::syntax::{Delimiters, Layout, WriteOptions};

    fn header() -> OutgoingInterchange {
        OutgoingInterchange::new(
            ("ZZ", "SENDER"),
            ("ZZ", "RECEIVER"),
            NaiveDate::from_ymd_opt(2025, 1, 2).unwrap(),
            NaiveTime::from_hms_opt(9, 5, 0).unwrap(),
            7,
        )
    }

    #[test]
    fn two_groups_with_other_delimiters_check_out() {
        let d: Delimiters = "|>!\\n".parse().unwrap();
        let mut out = Writer::new(Vec::new(), WriteOptions::default().with_delimiters(d));
        let mut i = InterchangeWriter::begin(&mut out, &header()).unwrap();
        for (group, id) in [(1, "837"), (2, "835")] {
            i.begin_group("HC", "S", "R", group, "005010X222A1")
                .unwrap();
            for n in 0..group {
                i.begin_set(id, &format!("{n:04}"), None).unwrap();
                for _ in 0..n {
                    i.writer()
                        .start("LX")
                        .unwrap()
                        .text("1")
                        .unwrap()
                        .finish()
                        .unwrap();
                }
                i.end_set().unwrap();
            }
            i.end_group().unwrap();
        }
        i.finish().unwrap();
        let bytes = out.into_inner();
        let doc = Document::parse(&bytes).unwrap();
        assert_eq!(doc.transaction_sets().count(), 3);
        let isa = doc.interchanges()[0].header();
        assert_eq!(isa.component_separator, ">");
        assert_eq!(isa.repetition_separator, "!");
        assert_eq!(isa.control_number, "000000007");
        assert!(
            String::from_utf8(bytes)
                .unwrap()
                .ends_with("GE|2|2\nIEA|2|000000007\n")
        );
    }

    #[test]
    fn too_wide_fields_are_refused() {
        let mut h = header();
        h.sender.1 = "A-SENDER-ID-THAT-IS-TOO-LONG".into();
        let mut out = Writer::new(
            Vec::new(),
            WriteOptions::default().with_layout(Layout::None),
        );
        let err = InterchangeWriter::begin(&mut out, &h).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ISA06 \"A-SENDER-ID-THAT-IS-TOO-LONG\" is longer than its 15-character field"
        );
        h = header();
        h.control_number = 1_000_000_000;
        assert!(InterchangeWriter::begin(&mut out, &h).is_err());
    }
}
