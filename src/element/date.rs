//! [`Date`]: a calendar date (X12 `DT`, DTP format `D8`) that keeps its text.
//!
//! X12 writes dates as eight digits `CCYYMMDD` (BHT04, DTP03 with `D8`, BPR16, GS04). The
//! interchange header ISA09 alone uses six digits `YYMMDD`; [`Date::parse_yymmdd`] reads it and
//! puts every year in the 2000s (`240115` is 2024-01-15), since ISA dates are the dates files
//! are sent and no file sent before 2000 is in scope. Digits that name no calendar day
//! (`20240230`) are errors. Years are not range-checked beyond what the digits can say
//! (0000–9999); whether a date is plausible is for the validation layer.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use super::{ElementError, text_backed_element};

/// A calendar date with its source text (`CCYYMMDD`, or `YYMMDD` when read from ISA09).
///
/// `FromStr` and `Deserialize` (owned form) accept either spelling, told apart by length, so a
/// date read from ISA09 survives a serde round trip.
///
/// ```
/// use chrono::NaiveDate;
/// use x12_claims::element::Date;
///
/// let service = Date::parse("20240115")?;
/// assert_eq!(Some(service.value()), NaiveDate::from_ymd_opt(2024, 1, 15));
/// assert_eq!(service.to_string(), "20240115");
/// # Ok::<(), x12_claims::element::ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Date<'a> {
    text: Cow<'a, str>,
    value: NaiveDate,
}

/// Reads `digits` (ASCII digits only, checked by the caller) as a number.
fn number(digits: Option<&str>) -> Option<u32> {
    digits.and_then(|d| d.parse().ok())
}

/// True when `text` is exactly `len` ASCII digits.
pub(crate) fn is_digits(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit())
}

/// Reads `CCYYMMDD`.
pub(super) fn parse_d8(text: &str) -> Result<NaiveDate, ElementError> {
    if !is_digits(text, 8) {
        return Err(ElementError::Date {
            found: text.to_owned(),
        });
    }
    let year = number(text.get(0..4)).and_then(|y| i32::try_from(y).ok());
    let month = number(text.get(4..6));
    let day = number(text.get(6..8));
    calendar_date(text, year, month, day)
}

/// Reads `YYMMDD` as a date in 2000–2099.
fn parse_six(text: &str) -> Result<NaiveDate, ElementError> {
    if !is_digits(text, 6) {
        return Err(ElementError::ShortDate {
            found: text.to_owned(),
        });
    }
    let year = number(text.get(0..2)).and_then(|y| i32::try_from(y + 2000).ok());
    let month = number(text.get(2..4));
    let day = number(text.get(4..6));
    calendar_date(text, year, month, day)
}

fn calendar_date(
    text: &str,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Result<NaiveDate, ElementError> {
    match (year, month, day) {
        (Some(year), Some(month), Some(day)) => NaiveDate::from_ymd_opt(year, month, day),
        _ => None,
    }
    .ok_or_else(|| ElementError::NoSuchDate {
        found: text.to_owned(),
    })
}

/// Writes `value` as `CCYYMMDD`, or fails for years outside 0000–9999.
pub(super) fn write_d8(value: NaiveDate) -> Result<String, ElementError> {
    if !(0..=9999).contains(&value.year()) {
        return Err(ElementError::DateNotWritable {
            found: value.to_string(),
            expected: "CCYYMMDD (years 0000-9999)",
        });
    }
    Ok(format!(
        "{:04}{:02}{:02}",
        value.year(),
        value.month(),
        value.day()
    ))
}

impl<'a> Date<'a> {
    /// A valid stand-in value for accessors of checked segments, which never need it.
    pub(crate) fn placeholder() -> Date<'static> {
        Date {
            text: Cow::Borrowed("19700101"),
            value: NaiveDate::default(),
        }
    }

    /// Reads a `CCYYMMDD` date, borrowing the text.
    ///
    /// ```
    /// use x12_claims::element::Date;
    ///
    /// assert_eq!(Date::parse("20240229")?.as_str(), "20240229");
    /// assert!(Date::parse("20230229").is_err()); // not a leap year
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, ElementError> {
        let value = parse_d8(text)?;
        Ok(Self {
            text: Cow::Borrowed(text),
            value,
        })
    }

    /// Reads a six-digit `YYMMDD` date (ISA09), borrowing the text. The century is always 20:
    /// `991231` is 2099-12-31, not 1999.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::Date;
    ///
    /// let sent = Date::parse_yymmdd("240115")?;
    /// assert_eq!(Some(sent.value()), NaiveDate::from_ymd_opt(2024, 1, 15));
    /// assert_eq!(sent.as_str(), "240115");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse_yymmdd(text: &'a str) -> Result<Self, ElementError> {
        let value = parse_six(text)?;
        Ok(Self {
            text: Cow::Borrowed(text),
            value,
        })
    }

    /// Reads either form, told apart by length (6 digits `YYMMDD`, otherwise `CCYYMMDD`); used by
    /// `FromStr` and `Deserialize` so a date read from ISA09 survives a serde round trip.
    fn from_text(text: Cow<'a, str>) -> Result<Self, ElementError> {
        let value = if text.len() == 6 {
            parse_six(&text)?
        } else {
            parse_d8(&text)?
        };
        Ok(Self { text, value })
    }

    /// The calendar date.
    ///
    /// ```
    /// use chrono::Datelike;
    /// use x12_claims::element::Date;
    ///
    /// assert_eq!(Date::parse("20240115")?.value().month(), 1);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn value(&self) -> NaiveDate {
        self.value
    }

    /// The X12 text, exactly as read.
    ///
    /// ```
    /// use x12_claims::element::Date;
    ///
    /// assert_eq!(Date::parse_yymmdd("240115")?.as_str(), "240115");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Turns a borrowed date into one that owns its text.
    ///
    /// ```
    /// use x12_claims::element::Date;
    ///
    /// let owned: Date<'static> = Date::parse(&String::from("20240115"))?.into_owned();
    /// assert_eq!(owned.as_str(), "20240115");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn into_owned(self) -> Date<'static> {
        Date {
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
        }
    }
}

impl Date<'static> {
    /// Builds a date written as `CCYYMMDD`. Fails for years outside 0000–9999, which eight
    /// digits cannot hold.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::Date;
    ///
    /// # let day = NaiveDate::from_ymd_opt(2024, 3, 5).ok_or("no such day")?;
    /// assert_eq!(Date::new(day)?.as_str(), "20240305");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(value: NaiveDate) -> Result<Self, ElementError> {
        Ok(Self {
            text: Cow::Owned(write_d8(value)?),
            value,
        })
    }

    /// Builds a date written as `YYMMDD` for ISA09. Fails for years outside 2000–2099, the
    /// only century [`Date::parse_yymmdd`] reads back.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use x12_claims::element::Date;
    ///
    /// # let day = NaiveDate::from_ymd_opt(2024, 3, 5).ok_or("no such day")?;
    /// assert_eq!(Date::new_yymmdd(day)?.as_str(), "240305");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new_yymmdd(value: NaiveDate) -> Result<Self, ElementError> {
        if !(2000..=2099).contains(&value.year()) {
            return Err(ElementError::DateNotWritable {
                found: value.to_string(),
                expected: "YYMMDD (years 2000-2099)",
            });
        }
        let text = format!(
            "{:02}{:02}{:02}",
            value.year() - 2000,
            value.month(),
            value.day()
        );
        Ok(Self {
            text: Cow::Owned(text),
            value,
        })
    }
}

text_backed_element!(Date);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_d8_and_keeps_the_text() {
        let cases = [
            ("20240115", ymd(2024, 1, 15)),
            ("20240229", ymd(2024, 2, 29)),
            ("19991231", ymd(1999, 12, 31)),
            ("00000101", ymd(0, 1, 1)),
        ];
        for (text, value) in cases {
            let date = Date::parse(text).unwrap();
            assert_eq!(date.value(), value);
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn rejects_bad_shapes_and_impossible_days() {
        for text in [
            "",
            "2024011",
            "202401155",
            "2024-01-15",
            "2024011a",
            " 2024011",
            "240115",
        ] {
            assert_eq!(
                Date::parse(text),
                Err(ElementError::Date {
                    found: text.to_owned()
                }),
            );
        }
        for text in ["20240230", "20230229", "20241301", "20240100", "20240431"] {
            assert_eq!(
                Date::parse(text),
                Err(ElementError::NoSuchDate {
                    found: text.to_owned()
                }),
            );
        }
        assert_eq!(
            Date::parse("20240230").unwrap_err().to_string(),
            "date \"20240230\" is not a calendar date (month 01-12, day within the month)",
        );
    }

    #[test]
    fn yymmdd_is_in_the_2000s() {
        let cases = [
            ("240115", ymd(2024, 1, 15)),
            ("000101", ymd(2000, 1, 1)),
            ("991231", ymd(2099, 12, 31)),
        ];
        for (text, value) in cases {
            let date = Date::parse_yymmdd(text).unwrap();
            assert_eq!(date.value(), value);
            assert_eq!(date.as_str(), text);
            assert_eq!(Date::new_yymmdd(value).unwrap(), date);
        }
        assert!(matches!(
            Date::parse_yymmdd("20240115"),
            Err(ElementError::ShortDate { .. })
        ));
        assert!(matches!(
            Date::parse_yymmdd("230229"),
            Err(ElementError::NoSuchDate { .. })
        ));
        assert!(Date::new_yymmdd(ymd(1999, 12, 31)).is_err());
    }

    #[test]
    fn new_writes_d8_or_fails_outside_four_digit_years() {
        assert_eq!(Date::new(ymd(2024, 3, 5)).unwrap().as_str(), "20240305");
        assert_eq!(Date::new(ymd(5, 3, 5)).unwrap().as_str(), "00050305");
        assert_eq!(
            Date::new(ymd(10000, 1, 1)),
            Err(ElementError::DateNotWritable {
                found: "+10000-01-01".to_owned(),
                expected: "CCYYMMDD (years 0000-9999)",
            }),
        );
        assert!(Date::new(ymd(-1, 1, 1)).is_err());
    }

    #[test]
    fn into_owned_and_from_str_accept_both_forms() {
        let source = String::from("20240115");
        let owned = Date::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned.as_str(), "20240115");
        assert_eq!("20240115".parse::<Date<'static>>().unwrap(), owned);
        let short: Date<'static> = "240115".parse().unwrap();
        assert_eq!(short.value(), owned.value());
        assert_eq!(short.as_str(), "240115");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        for text in ["20240115", "240115"] {
            let date: Date<'static> = text.parse().unwrap();
            let json = serde_json::to_string(&date).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Date<'static>>(&json).unwrap(), date);
        }
        assert!(serde_json::from_str::<Date<'static>>("\"20240230\"").is_err());
    }

    proptest! {
        #[test]
        fn any_date_round_trips_through_d8(days in 0_i32..=3_652_058) {
            // 0001-01-01 plus up to 3_652_058 days covers 0001-01-01 ..= 9999-12-31.
            let value = NaiveDate::from_num_days_from_ce_opt(days + 1).unwrap();
            let date = Date::new(value).unwrap();
            prop_assert_eq!(date.as_str().len(), 8);
            prop_assert_eq!(Date::parse(date.as_str()).unwrap().value(), value);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = Date::parse(&text);
            let _ = Date::parse_yymmdd(&text);
        }
    }
}
