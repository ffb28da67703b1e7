//! DTP — date or time period.
//!
//! | element | holds | use |
//! |---|---|---|
//! | DTP01 | what the date is (`472` service, `431` onset, `573` adjudication, `434` statement period ...) | required |
//! | DTP02 | its format: `D8` one date `CCYYMMDD`, `RD8` a range `CCYYMMDD-CCYYMMDD` | required |
//! | DTP03 | the date or range, in that format | required |
//!
//! A `D8` value must be a calendar date and an `RD8` value two of them; values in other formats
//! are kept as text.

use crate::codes::{DateFormatQualifier, DateQualifier};
use crate::element::{Date, DateRange};
use crate::segments::SegmentError;
use crate::segments::field::{Fields, at, checked_value, typed_segment};

typed_segment! {
    /// DTP — a qualified date (`D8`) or date range (`RD8`).
    ///
    /// ```
    /// use x12_claims::codes::DateQualifier;
    /// use x12_claims::segments::Dtp;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"DTP*472*RD8*20240301-20240305~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let dtp = Dtp::parse(&segment)?;
    /// assert_eq!(dtp.qualifier(), DateQualifier::new("472")?);
    /// assert_eq!(dtp.range().map(|r| r.end().to_string()).as_deref(), Some("2024-03-05"));
    /// assert!(dtp.date().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Dtp = "DTP", check = check_period;
    /// DTP01: what the date is.
    #[doc(alias = "DTP01")]
    qualifier: DateQualifier = required(1), "date/time qualifier";
    /// DTP02: the format of DTP03.
    #[doc(alias = "DTP02")]
    format: DateFormatQualifier = required(2), "date time period format qualifier";
    /// DTP03: the date or range as written.
    #[doc(alias = "DTP03")]
    text: &'s str = required(3), "date time period";
}

fn check_period(fields: &Fields<'_>) -> Result<(), SegmentError> {
    match fields.element(2).map(|e| e.as_bytes()) {
        Some(b"D8") => fields.optional::<Date<'_>>(at!(3), "date").map(drop),
        Some(b"RD8") => fields
            .optional::<DateRange<'_>>(at!(3), "date range")
            .map(drop),
        _ => Ok(()),
    }
}

impl<'a> Dtp<'a> {
    /// DTP03 as a single date, when DTP02 is `D8`.
    pub fn date(&self) -> Option<Date<'_>> {
        if self.format() != DateFormatQualifier::DATE {
            return None;
        }
        checked_value(&self.raw().view(), at!(3))
    }

    /// DTP03 as a date range, when DTP02 is `RD8`.
    pub fn range(&self) -> Option<DateRange<'_>> {
        if self.format() != DateFormatQualifier::DATE_RANGE {
            return None;
        }
        checked_value(&self.raw().view(), at!(3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_a_single_date() {
        let dtp = Dtp::parse(&segment("DTP*431*D8*20240115~")).unwrap();
        assert_eq!(dtp.qualifier().as_str(), "431");
        assert_eq!(dtp.text(), "20240115");
        assert_eq!(
            dtp.date().map(|d| d.value().to_string()).as_deref(),
            Some("2024-01-15")
        );
        assert!(dtp.range().is_none());
    }

    #[test]
    fn other_formats_stay_text() {
        let dtp = Dtp::parse(&segment("DTP*435*DT*202401151030~")).unwrap();
        assert_eq!(dtp.text(), "202401151030");
        assert!(dtp.date().is_none());
    }

    #[test]
    fn the_value_must_fit_its_format() {
        for text in ["DTP*472*D8*20240230~", "DTP*472*RD8*20240101~"] {
            let message = Dtp::parse(&segment(text)).unwrap_err().to_string();
            assert!(
                message.starts_with("segment 1 DTP03 (byte 0): date"),
                "{message}"
            );
        }
        assert_eq!(
            Dtp::parse(&segment("DTP*472*D8~")).unwrap_err().to_string(),
            "segment 1 DTP03 (byte 0): required date time period is missing"
        );
    }
}
