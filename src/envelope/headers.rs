//! Typed envelope segments: ISA (interchange header), GS (functional group header), ST
//! (transaction set header) and the SE/GE/IEA trailers.
//!
//! Values keep their exact text (`Cow<'a, str>`, borrowed when parsed, owned when built), so an
//! ISA read from input still shows its space padding and zero-filled control number.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime};

use super::error::EnvelopeError;
use crate::syntax::Segment;

/// Element `n` of `segment` as text; an error naming the element when absent or not UTF-8.
pub(crate) fn required<'a>(
    segment: &Segment<'a>,
    n: u16,
    what: &'static str,
) -> Result<&'a str, EnvelopeError> {
    segment
        .element(usize::from(n))
        .and_then(|e| e.as_str())
        .filter(|text| !text.is_empty())
        .ok_or(EnvelopeError::MissingElement {
            location: segment.location().with_element(n),
            what,
        })
}

/// Element `n` as text when present and not empty.
fn optional<'a>(segment: &Segment<'a>, n: usize) -> Option<&'a str> {
    segment
        .element(n)
        .and_then(|e| e.as_str())
        .filter(|t| !t.is_empty())
}

/// Whether `text` is exactly `len` ASCII digits. chrono's parser alone is lenient about widths
/// (it reads `2024031` as 1 March), so the envelope's fixed-width dates and times are checked
/// for their digits first.
fn digits(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit())
}

/// `CCYYMMDD` as a date: eight digits naming a calendar day.
fn date8(text: &str) -> Option<NaiveDate> {
    digits(text, 8).then(|| NaiveDate::parse_from_str(text, "%Y%m%d").ok())?
}

/// `HHMM` as a time: four digits naming a time of day.
fn time4(text: &str) -> Option<NaiveTime> {
    digits(text, 4).then(|| NaiveTime::parse_from_str(text, "%H%M").ok())?
}

/// ISA — interchange control header: 16 fixed-width elements.
///
/// ```
/// use x12_claims::envelope::Document;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let doc = Document::parse(&input)?;
/// let isa = doc.interchanges()[0].header();
/// assert_eq!((isa.sender(), isa.receiver()), ("FVC0001", "NWH01"));
/// assert_eq!(isa.control_number, "000000011");
/// assert!(isa.is_test());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct InterchangeHeader<'a> {
    /// ISA01 authorization information qualifier (`00` none).
    #[doc(alias = "ISA01")]
    pub authorization_qualifier: Cow<'a, str>,
    /// ISA02 authorization information (10 characters, usually spaces).
    #[doc(alias = "ISA02")]
    pub authorization: Cow<'a, str>,
    /// ISA03 security information qualifier (`00` none, `01` password).
    #[doc(alias = "ISA03")]
    pub security_qualifier: Cow<'a, str>,
    /// ISA04 security information (10 characters).
    #[doc(alias = "ISA04")]
    pub security: Cow<'a, str>,
    /// ISA05 sender id qualifier (`ZZ` mutually defined, `30` tax id, ...).
    #[doc(alias = "ISA05")]
    pub sender_qualifier: Cow<'a, str>,
    /// ISA06 sender id, space padded to 15.
    #[doc(alias = "ISA06")]
    pub sender_id: Cow<'a, str>,
    /// ISA07 receiver id qualifier.
    #[doc(alias = "ISA07")]
    pub receiver_qualifier: Cow<'a, str>,
    /// ISA08 receiver id, space padded to 15.
    #[doc(alias = "ISA08")]
    pub receiver_id: Cow<'a, str>,
    /// ISA09 date, YYMMDD.
    #[doc(alias = "ISA09")]
    pub date: Cow<'a, str>,
    /// ISA10 time, HHMM.
    #[doc(alias = "ISA10")]
    pub time: Cow<'a, str>,
    /// ISA11 repetition separator (00501) or standards identifier (`U`, before 00501).
    #[doc(alias = "ISA11")]
    pub repetition_separator: Cow<'a, str>,
    /// ISA12 interchange control version (`00501`).
    #[doc(alias = "ISA12")]
    pub version: Cow<'a, str>,
    /// ISA13 interchange control number, 9 digits; IEA02 must equal it.
    #[doc(alias = "ISA13")]
    pub control_number: Cow<'a, str>,
    /// ISA14 acknowledgment requested (`0` no, `1` TA1 requested).
    #[doc(alias = "ISA14")]
    pub acknowledgment_requested: Cow<'a, str>,
    /// ISA15 usage indicator (`P` production, `T` test).
    #[doc(alias = "ISA15")]
    pub usage: Cow<'a, str>,
    /// ISA16 component separator.
    #[doc(alias = "ISA16")]
    pub component_separator: Cow<'a, str>,
}

impl<'a> InterchangeHeader<'a> {
    /// Reads a typed header from an ISA segment.
    pub fn from_segment(segment: &Segment<'a>) -> Result<Self, EnvelopeError> {
        let f = |n| required(segment, n, "ISA element").map(Cow::Borrowed);
        let padded = |n| {
            segment
                .element(usize::from(n))
                .and_then(|e| e.as_str())
                .map(Cow::Borrowed)
                .ok_or(EnvelopeError::MissingElement {
                    location: segment.location().with_element(n),
                    what: "ISA element",
                })
        };
        Ok(InterchangeHeader {
            authorization_qualifier: f(1)?,
            authorization: padded(2)?,
            security_qualifier: f(3)?,
            security: padded(4)?,
            sender_qualifier: f(5)?,
            sender_id: padded(6)?,
            receiver_qualifier: f(7)?,
            receiver_id: padded(8)?,
            date: f(9)?,
            time: f(10)?,
            repetition_separator: padded(11)?,
            version: f(12)?,
            control_number: f(13)?,
            acknowledgment_requested: f(14)?,
            usage: f(15)?,
            component_separator: padded(16)?,
        })
    }

    /// The sender id without its padding.
    pub fn sender(&self) -> &str {
        self.sender_id.trim_end()
    }

    /// The receiver id without its padding.
    pub fn receiver(&self) -> &str {
        self.receiver_id.trim_end()
    }

    /// ISA09 as a date (YYMMDD, read as 20YY).
    pub fn interchange_date(&self) -> Option<NaiveDate> {
        date8(&format!("20{}", self.date))
    }

    /// ISA10 as a time.
    pub fn interchange_time(&self) -> Option<NaiveTime> {
        time4(&self.time)
    }

    /// Whether ISA15 marks test data.
    pub fn is_test(&self) -> bool {
        self.usage == "T"
    }

    /// The same header owning its text.
    pub fn into_owned(self) -> InterchangeHeader<'static> {
        InterchangeHeader {
            authorization_qualifier: Cow::Owned(self.authorization_qualifier.into_owned()),
            authorization: Cow::Owned(self.authorization.into_owned()),
            security_qualifier: Cow::Owned(self.security_qualifier.into_owned()),
            security: Cow::Owned(self.security.into_owned()),
            sender_qualifier: Cow::Owned(self.sender_qualifier.into_owned()),
            sender_id: Cow::Owned(self.sender_id.into_owned()),
            receiver_qualifier: Cow::Owned(self.receiver_qualifier.into_owned()),
            receiver_id: Cow::Owned(self.receiver_id.into_owned()),
            date: Cow::Owned(self.date.into_owned()),
            time: Cow::Owned(self.time.into_owned()),
            repetition_separator: Cow::Owned(self.repetition_separator.into_owned()),
            version: Cow::Owned(self.version.into_owned()),
            control_number: Cow::Owned(self.control_number.into_owned()),
            acknowledgment_requested: Cow::Owned(self.acknowledgment_requested.into_owned()),
            usage: Cow::Owned(self.usage.into_owned()),
            component_separator: Cow::Owned(self.component_separator.into_owned()),
        }
    }
}

/// GS — functional group header.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GroupHeader<'a> {
    /// GS01 functional identifier: `HC` claims, `HP` payments.
    #[doc(alias = "GS01")]
    pub functional_id: Cow<'a, str>,
    /// GS02 application sender code.
    #[doc(alias = "GS02")]
    pub sender: Cow<'a, str>,
    /// GS03 application receiver code.
    #[doc(alias = "GS03")]
    pub receiver: Cow<'a, str>,
    /// GS04 date, CCYYMMDD.
    #[doc(alias = "GS04")]
    pub date: Cow<'a, str>,
    /// GS05 time, `HHMM[SS[DD]]`.
    #[doc(alias = "GS05")]
    pub time: Cow<'a, str>,
    /// GS06 group control number; GE02 must equal it.
    #[doc(alias = "GS06")]
    pub control_number: Cow<'a, str>,
    /// GS07 responsible agency (`X`).
    #[doc(alias = "GS07")]
    pub agency: Cow<'a, str>,
    /// GS08 version, e.g. `005010X222A1`; empty when the input leaves it out.
    #[doc(alias = "GS08")]
    pub version: Cow<'a, str>,
}

impl<'a> GroupHeader<'a> {
    /// Reads a typed header from a GS segment.
    pub fn from_segment(segment: &Segment<'a>) -> Result<Self, EnvelopeError> {
        let f = |n| required(segment, n, "GS element").map(Cow::Borrowed);
        Ok(GroupHeader {
            functional_id: f(1)?,
            sender: Cow::Borrowed(optional(segment, 2).unwrap_or_default()),
            receiver: Cow::Borrowed(optional(segment, 3).unwrap_or_default()),
            date: Cow::Borrowed(optional(segment, 4).unwrap_or_default()),
            time: Cow::Borrowed(optional(segment, 5).unwrap_or_default()),
            control_number: f(6)?,
            agency: Cow::Borrowed(optional(segment, 7).unwrap_or_default()),
            version: Cow::Borrowed(optional(segment, 8).unwrap_or_default()),
        })
    }

    /// GS04 as a date.
    pub fn group_date(&self) -> Option<NaiveDate> {
        date8(&self.date)
    }

    /// The same header owning its text.
    pub fn into_owned(self) -> GroupHeader<'static> {
        GroupHeader {
            functional_id: Cow::Owned(self.functional_id.into_owned()),
            sender: Cow::Owned(self.sender.into_owned()),
            receiver: Cow::Owned(self.receiver.into_owned()),
            date: Cow::Owned(self.date.into_owned()),
            time: Cow::Owned(self.time.into_owned()),
            control_number: Cow::Owned(self.control_number.into_owned()),
            agency: Cow::Owned(self.agency.into_owned()),
            version: Cow::Owned(self.version.into_owned()),
        }
    }
}

/// ST — transaction set header.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SetHeader<'a> {
    /// ST01 transaction set identifier: `837`, `835`, ...
    #[doc(alias = "ST01")]
    pub id: Cow<'a, str>,
    /// ST02 control number; SE02 must equal it.
    #[doc(alias = "ST02")]
    pub control_number: Cow<'a, str>,
    /// ST03 implementation convention reference (`005010X222A1`); not used in the 835.
    #[doc(alias = "ST03")]
    pub implementation: Option<Cow<'a, str>>,
}

impl<'a> SetHeader<'a> {
    /// Reads a typed header from an ST segment.
    pub fn from_segment(segment: &Segment<'a>) -> Result<Self, EnvelopeError> {
        Ok(SetHeader {
            id: Cow::Borrowed(required(segment, 1, "ST01 transaction set identifier")?),
            control_number: Cow::Borrowed(required(segment, 2, "ST02 control number")?),
            implementation: optional(segment, 3).map(Cow::Borrowed),
        })
    }

    /// The same header owning its text.
    pub fn into_owned(self) -> SetHeader<'static> {
        SetHeader {
            id: Cow::Owned(self.id.into_owned()),
            control_number: Cow::Owned(self.control_number.into_owned()),
            implementation: self.implementation.map(|i| Cow::Owned(i.into_owned())),
        }
    }
}

/// SE, GE or IEA — a trailer: a count and the control number of its header.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Trailer<'a> {
    /// SE01 segments, GE01 transaction sets or IEA01 functional groups.
    #[doc(alias("SE01", "GE01", "IEA01"))]
    pub count: Cow<'a, str>,
    /// SE02, GE02 or IEA02: the header's control number.
    #[doc(alias("SE02", "GE02", "IEA02"))]
    pub control_number: Cow<'a, str>,
}

impl<'a> Trailer<'a> {
    /// Reads a trailer segment.
    pub fn from_segment(segment: &Segment<'a>) -> Result<Self, EnvelopeError> {
        Ok(Trailer {
            count: Cow::Borrowed(required(segment, 1, "trailer count")?),
            control_number: Cow::Borrowed(required(segment, 2, "trailer control number")?),
        })
    }

    /// The count as a number, when it is one.
    pub fn count_value(&self) -> Option<u64> {
        self.count.parse().ok()
    }

    /// The same trailer owning its text.
    pub fn into_owned(self) -> Trailer<'static> {
        Trailer {
            count: Cow::Owned(self.count.into_owned()),
            control_number: Cow::Owned(self.control_number.into_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::envelope::Document;
    use chrono::{NaiveDate, NaiveTime};

    /// An interchange with ISA09, ISA10 and GS04 as given, around one empty 999 set.
    fn interchange_text(isa09: &str, isa10: &str, gs04: &str) -> String {
        format!(
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *{isa09}*{isa10}*^*00501*000000001*0*T*:~\
             GS*FA*SENDER*RECEIVER*{gs04}*1200*1*X*005010X231A1~ST*999*0001~SE*2*0001~GE*1*1~IEA*1*000000001~"
        )
    }

    #[test]
    fn envelope_dates_and_times_read_as_calendar_values() {
        let text = interchange_text("240315", "0930", "20240316");
        let doc = Document::parse(text.as_bytes()).unwrap();
        let interchange = &doc.interchanges()[0];
        let isa = interchange.header();
        assert_eq!(isa.interchange_date(), NaiveDate::from_ymd_opt(2024, 3, 15));
        assert_eq!(isa.interchange_time(), NaiveTime::from_hms_opt(9, 30, 0));
        let gs = interchange.groups()[0].header();
        assert_eq!(gs.group_date(), NaiveDate::from_ymd_opt(2024, 3, 16));
    }

    #[test]
    fn values_that_are_no_date_or_time_read_as_none() {
        // Month 13, 25 o'clock, and a GS04 one digit short, which chrono alone reads as
        // 1 March.
        let text = interchange_text("241315", "2500", "2024031");
        let doc = Document::parse(text.as_bytes()).unwrap();
        let interchange = &doc.interchanges()[0];
        assert_eq!(interchange.header().interchange_date(), None);
        assert_eq!(interchange.header().interchange_time(), None);
        assert_eq!(interchange.groups()[0].header().group_date(), None);
        // Signs and spaces are no digits, whatever chrono makes of them.
        for (isa09, isa10, gs04) in [
            ("24 315", "9 30", "2024 315"),
            ("+40315", "+930", "+2024315"),
        ] {
            let text = interchange_text(isa09, isa10, gs04);
            let doc = Document::parse(text.as_bytes()).unwrap();
            let interchange = &doc.interchanges()[0];
            assert_eq!(interchange.header().interchange_date(), None, "{isa09}");
            assert_eq!(interchange.header().interchange_time(), None, "{isa10}");
            assert_eq!(
                interchange.groups()[0].header().group_date(),
                None,
                "{gs04}"
            );
        }
    }
}
