//! DTM — date/time reference (835: production date, claim statement period, service dates).
//!
//! | element | holds | use |
//! |---|---|---|
//! | DTM01 | what the date is: `405` production, `232`/`233` statement from/to, `050` received, `036` coverage expiration, `472` service, `150`/`151` service from/to | required |
//! | DTM02 | the date, `CCYYMMDD` | optional |
//! | DTM03 | a time, `HHMM[SS]` | optional |
//! | DTM05 | date format of DTM06 (`RD8`) | optional |
//! | DTM06 | a date or range in the format of DTM05 | optional |

use crate::codes::DateQualifier;
use crate::element::{Date, Time};
use crate::segments::field::typed_segment;

typed_segment! {
    /// DTM — a qualified date (and optional time).
    ///
    /// ```
    /// use x12_claims::segments::Dtm;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"DTM*472*20240401~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let dtm = Dtm::parse(&segment)?;
    /// assert_eq!(dtm.qualifier().as_str(), "472");
    /// assert_eq!(dtm.date().map(|d| d.to_string()).as_deref(), Some("20240401"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Dtm = "DTM";
    /// DTM01: what the date is.
    #[doc(alias = "DTM01")]
    qualifier: DateQualifier = required(1), "date/time qualifier";
    /// DTM02: the date.
    #[doc(alias = "DTM02")]
    date: Date<'s> = optional(2), "date";
    /// DTM03: the time.
    #[doc(alias = "DTM03")]
    time: Time<'s> = optional(3), "time";
    /// DTM05: the format of DTM06.
    #[doc(alias = "DTM05")]
    period_format: &'s str = optional(5), "date time period format qualifier";
    /// DTM06: a date or range in the format of DTM05.
    #[doc(alias = "DTM06")]
    period: &'s str = optional(6), "date time period";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_date_and_time() {
        let dtm = Dtm::parse(&segment("DTM*405*20190314*1230~")).unwrap();
        assert_eq!(dtm.qualifier().as_str(), "405");
        assert_eq!(dtm.date().unwrap().as_str(), "20190314");
        assert_eq!(dtm.time().unwrap().as_str(), "1230");
        assert_eq!((dtm.period_format(), dtm.period()), (None, None));
    }

    #[test]
    fn bad_date_names_the_element() {
        let error = Dtm::parse(&segment("DTM*472*20240231~")).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("segment 1 DTM02 (byte 0): date:"),
            "{error}"
        );
    }
}
