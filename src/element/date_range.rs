//! [`DateRange`]: a period (DTP format `RD8`) that keeps its text.
//!
//! `RD8` is two `CCYYMMDD` dates joined by a hyphen (`20240101-20240131`), used for claim
//! statement periods and service date spans. Each date must be a calendar day. The order of the
//! two dates is deliberately not checked here: a file whose range runs backwards still parses, so
//! the validation layer can report it with its location instead of the reader stopping;
//! [`DateRange::is_ordered`] tells.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::date::{is_digits, parse_d8, write_d8};
use super::{ElementError, text_backed_element};

/// A period of two dates with its source text `CCYYMMDD-CCYYMMDD`.
///
/// ```
/// use x12_claims::element::DateRange;
///
/// let period = DateRange::parse("20240101-20240131")?;
/// assert!(period.is_ordered());
/// assert_eq!(period.to_string(), "20240101-20240131");
/// # Ok::<(), x12_claims::element::ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateRange<'a> {
    text: Cow<'a, str>,
    start: NaiveDate,
    end: NaiveDate,
}

impl<'a> DateRange<'a> {
    /// A valid stand-in value for accessors of checked segments, which never need it.
    pub(crate) fn placeholder() -> DateRange<'static> {
        DateRange {
            text: Cow::Borrowed("19700101-19700101"),
            start: NaiveDate::default(),
            end: NaiveDate::default(),
        }
    }

    /// Reads `CCYYMMDD-CCYYMMDD`, borrowing the text. Both dates must be calendar days; their
    /// order is not checked.
    ///
    /// ```
    /// use x12_claims::element::DateRange;
    ///
    /// let backwards = DateRange::parse("20240131-20240101")?;
    /// assert!(!backwards.is_ordered());
    /// assert!(DateRange::parse("20240101").is_err());
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, ElementError> {
        Self::from_text(Cow::Borrowed(text))
    }

    fn from_text(text: Cow<'a, str>) -> Result<Self, ElementError> {
        let Some((start, end)) = text
            .split_once('-')
            .filter(|(start, end)| is_digits(start, 8) && is_digits(end, 8))
        else {
            return Err(ElementError::DateRange {
                found: text.into_owned(),
            });
        };
        let start = parse_d8(start)?;
        let end = parse_d8(end)?;
        Ok(Self { text, start, end })
    }

    /// The first date of the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::DateRange;
    ///
    /// let period = DateRange::parse("20240101-20240131")?;
    /// assert_eq!(Some(period.start()), NaiveDate::from_ymd_opt(2024, 1, 1));
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last date of the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::DateRange;
    ///
    /// let period = DateRange::parse("20240101-20240131")?;
    /// assert_eq!(Some(period.end()), NaiveDate::from_ymd_opt(2024, 1, 31));
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// True when the start is on or before the end (a one-day range is ordered).
    ///
    /// ```
    /// use x12_claims::element::DateRange;
    ///
    /// assert!(DateRange::parse("20240105-20240105")?.is_ordered());
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn is_ordered(&self) -> bool {
        self.start <= self.end
    }

    /// The X12 text, exactly as read.
    ///
    /// ```
    /// use x12_claims::element::DateRange;
    ///
    /// assert_eq!(DateRange::parse("20240101-20240131")?.as_str(), "20240101-20240131");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Turns a borrowed range into one that owns its text.
    ///
    /// ```
    /// use x12_claims::element::DateRange;
    ///
    /// let text = String::from("20240101-20240131");
    /// let owned: DateRange<'static> = DateRange::parse(&text)?.into_owned();
    /// assert_eq!(owned.as_str(), "20240101-20240131");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn into_owned(self) -> DateRange<'static> {
        DateRange {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
        }
    }
}

impl DateRange<'static> {
    /// Builds a range written as `CCYYMMDD-CCYYMMDD`. The order is not checked (see
    /// [`DateRange::is_ordered`]); years outside 0000–9999 fail.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::DateRange;
    ///
    /// # let start = NaiveDate::from_ymd_opt(2024, 1, 1).ok_or("no such day")?;
    /// # let end = NaiveDate::from_ymd_opt(2024, 1, 31).ok_or("no such day")?;
    /// assert_eq!(DateRange::new(start, end)?.as_str(), "20240101-20240131");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, ElementError> {
        let text = format!("{}-{}", write_d8(start)?, write_d8(end)?);
        Ok(Self {
            text: Cow::Owned(text),
            start,
            end,
        })
    }
}

text_backed_element!(DateRange);

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_ranges_in_either_order() {
        let cases = [
            ("20240101-20240131", ymd(2024, 1, 1), ymd(2024, 1, 31), true),
            ("20240105-20240105", ymd(2024, 1, 5), ymd(2024, 1, 5), true),
            (
                "20240131-20240101",
                ymd(2024, 1, 31),
                ymd(2024, 1, 1),
                false,
            ),
        ];
        for (text, start, end, ordered) in cases {
            let range = DateRange::parse(text).unwrap();
            assert_eq!((range.start(), range.end()), (start, end), "{text}");
            assert_eq!(range.is_ordered(), ordered, "{text}");
            assert_eq!(range.to_string(), text);
        }
    }

    #[test]
    fn rejects_bad_shapes() {
        for text in [
            "",
            "20240101",
            "20240101-",
            "-20240101",
            "20240101 - 20240131",
            "20240101-2024013",
            "20240101-20240131-20240201",
            "2024-01-01-2024-01-31",
        ] {
            assert_eq!(
                DateRange::parse(text),
                Err(ElementError::DateRange {
                    found: text.to_owned()
                }),
                "{text:?}",
            );
        }
    }

    #[test]
    fn names_the_impossible_date() {
        assert_eq!(
            DateRange::parse("20240101-20240230"),
            Err(ElementError::NoSuchDate {
                found: "20240230".to_owned()
            }),
        );
    }

    #[test]
    fn new_into_owned_and_from_str() {
        let built = DateRange::new(ymd(2024, 1, 31), ymd(2024, 1, 1)).unwrap();
        assert_eq!(built.as_str(), "20240131-20240101");
        assert!(!built.is_ordered());
        let source = String::from("20240131-20240101");
        let owned = DateRange::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned, built);
        assert_eq!(
            "20240131-20240101".parse::<DateRange<'static>>().unwrap(),
            built
        );
        assert!(DateRange::new(ymd(10000, 1, 1), ymd(10000, 1, 2)).is_err());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        let range = DateRange::parse("20240101-20240131").unwrap();
        let json = serde_json::to_string(&range).unwrap();
        assert_eq!(json, "\"20240101-20240131\"");
        assert_eq!(
            serde_json::from_str::<DateRange<'static>>(&json).unwrap(),
            range
        );
        assert!(serde_json::from_str::<DateRange<'static>>("\"20240101\"").is_err());
    }
}
