//! [`Time`]: a time of day (X12 `TM`) that keeps its text.
//!
//! X12 times are `HHMM` (ISA10, and most GS05 and BHT05), `HHMMSS`, `HHMMSSD` (tenths of a
//! second) or `HHMMSSDD` (hundredths), on a 24-hour clock. Hours run 00–23, minutes and seconds
//! 00–59; there is no leap second.

use std::borrow::Cow;

use chrono::{NaiveTime, Timelike};

use super::{ElementError, text_backed_element};

/// A time of day with its source text.
///
/// ```
/// use chrono::NaiveTime;
/// use x12_claims::element::Time;
///
/// let sent = Time::parse("1253")?;
/// assert_eq!(Some(sent.value()), NaiveTime::from_hms_opt(12, 53, 0));
/// assert_eq!(sent.to_string(), "1253");
/// # Ok::<(), x12_claims::element::ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Time<'a> {
    text: Cow<'a, str>,
    value: NaiveTime,
}

/// Reads two digits at `at` (the caller has checked they are digits).
fn pair(text: &str, at: usize) -> Option<u32> {
    text.get(at..at + 2).and_then(|d| d.parse().ok())
}

/// Reads `HHMM[SS[D[D]]]`.
fn parse_tm(text: &str) -> Result<NaiveTime, ElementError> {
    if !matches!(text.len(), 4 | 6 | 7 | 8) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ElementError::Time {
            found: text.to_owned(),
        });
    }
    let seconds = if text.len() >= 6 {
        pair(text, 4)
    } else {
        Some(0)
    };
    // One decimal digit is tenths, two are hundredths; both become milliseconds.
    let millis = match text.get(6..) {
        Some(d) if d.len() == 1 => d.parse::<u32>().ok().map(|tenths| tenths * 100),
        Some(d) if d.len() == 2 => d.parse::<u32>().ok().map(|hundredths| hundredths * 10),
        _ => Some(0),
    };
    match (pair(text, 0), pair(text, 2), seconds, millis) {
        (Some(h), Some(m), Some(s), Some(ms)) => NaiveTime::from_hms_milli_opt(h, m, s, ms),
        _ => None,
    }
    .ok_or_else(|| ElementError::NoSuchTime {
        found: text.to_owned(),
    })
}

impl<'a> Time<'a> {
    /// A valid stand-in value for accessors of checked segments, which never need it.
    pub(crate) fn placeholder() -> Time<'static> {
        Time {
            text: Cow::Borrowed("0000"),
            value: NaiveTime::MIN,
        }
    }

    /// Reads `HHMM`, `HHMMSS`, `HHMMSSD` or `HHMMSSDD`, borrowing the text.
    ///
    /// ```
    /// use x12_claims::element::Time;
    ///
    /// assert_eq!(Time::parse("12530075")?.as_str(), "12530075");
    /// assert!(Time::parse("2400").is_err());
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, ElementError> {
        Self::from_text(Cow::Borrowed(text))
    }

    fn from_text(text: Cow<'a, str>) -> Result<Self, ElementError> {
        let value = parse_tm(&text)?;
        Ok(Self { text, value })
    }

    /// The time of day (fractions of a second as milliseconds).
    ///
    /// ```
    /// use chrono::Timelike;
    /// use x12_claims::element::Time;
    ///
    /// assert_eq!(Time::parse("1253305")?.value().nanosecond(), 500_000_000);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn value(&self) -> NaiveTime {
        self.value
    }

    /// The X12 text, exactly as read.
    ///
    /// ```
    /// use x12_claims::element::Time;
    ///
    /// assert_eq!(Time::parse("125330")?.as_str(), "125330");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Turns a borrowed time into one that owns its text.
    ///
    /// ```
    /// use x12_claims::element::Time;
    ///
    /// let owned: Time<'static> = Time::parse(&String::from("0905"))?.into_owned();
    /// assert_eq!(owned.as_str(), "0905");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn into_owned(self) -> Time<'static> {
        Time {
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
        }
    }
}

impl Time<'static> {
    /// Builds a time with the shortest text that holds it to the hundredth of a second: `HHMM`
    /// when there are no seconds, `HHMMSS` for whole seconds, `HHMMSSDD` otherwise. Finer
    /// fractions are dropped (truncated), and [`value`](Time::value) is the time the text says.
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use x12_claims::element::Time;
    ///
    /// # let nine = NaiveTime::from_hms_opt(9, 5, 0).ok_or("no such time")?;
    /// # let later = NaiveTime::from_hms_milli_opt(9, 5, 7, 129).ok_or("no such time")?;
    /// assert_eq!(Time::new(nine).as_str(), "0905");
    /// assert_eq!(Time::new(later).as_str(), "09050712");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(value: NaiveTime) -> Self {
        // A leap second (nanosecond >= 1e9) is written as the last hundredth of second 59.
        let hundredths = value.nanosecond().min(999_999_999) / 10_000_000;
        let text = match (value.second(), hundredths) {
            (0, 0) => format!("{:02}{:02}", value.hour(), value.minute()),
            (s, 0) => format!("{:02}{:02}{s:02}", value.hour(), value.minute()),
            (s, d) => format!("{:02}{:02}{s:02}{d:02}", value.hour(), value.minute()),
        };
        Self::exact(text, value)
    }

    /// Builds a time written as `HHMM`, dropping seconds, for ISA10 which allows only that form.
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use x12_claims::element::Time;
    ///
    /// # let time = NaiveTime::from_hms_opt(23, 59, 59).ok_or("no such time")?;
    /// assert_eq!(Time::new_hhmm(time).as_str(), "2359");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new_hhmm(value: NaiveTime) -> Self {
        Self::exact(format!("{:02}{:02}", value.hour(), value.minute()), value)
    }

    /// Pairs generated text with the value it reads back as; `fallback` is only used if the
    /// text could not be read, which the callers' formats rule out.
    fn exact(text: String, fallback: NaiveTime) -> Self {
        let value = parse_tm(&text).unwrap_or(fallback);
        Self {
            text: Cow::Owned(text),
            value,
        }
    }
}

text_backed_element!(Time);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hms_milli(h: u32, m: u32, s: u32, ms: u32) -> NaiveTime {
        NaiveTime::from_hms_milli_opt(h, m, s, ms).unwrap()
    }

    #[test]
    fn parses_every_shape() {
        let cases = [
            ("0000", hms_milli(0, 0, 0, 0)),
            ("1253", hms_milli(12, 53, 0, 0)),
            ("235959", hms_milli(23, 59, 59, 0)),
            ("1253305", hms_milli(12, 53, 30, 500)),
            ("12533075", hms_milli(12, 53, 30, 750)),
            ("12533009", hms_milli(12, 53, 30, 90)),
        ];
        for (text, value) in cases {
            let time = Time::parse(text).unwrap();
            assert_eq!(time.value(), value, "{text}");
            assert_eq!(time.to_string(), text);
        }
    }

    #[test]
    fn rejects_bad_shapes_and_out_of_range_parts() {
        for text in ["", "125", "12534", "123456789", "12:53", "12a3", " 1253"] {
            assert_eq!(
                Time::parse(text),
                Err(ElementError::Time {
                    found: text.to_owned()
                }),
            );
        }
        for text in ["2400", "1260", "125360", "9999"] {
            assert_eq!(
                Time::parse(text),
                Err(ElementError::NoSuchTime {
                    found: text.to_owned()
                }),
            );
        }
        assert_eq!(
            Time::parse("2400").unwrap_err().to_string(),
            "time \"2400\" is not a time of day (hours 00-23, minutes and seconds 00-59)",
        );
    }

    #[test]
    fn new_picks_the_shortest_form() {
        let cases = [
            (hms_milli(9, 5, 0, 0), "0905"),
            (hms_milli(9, 5, 7, 0), "090507"),
            (hms_milli(9, 5, 7, 500), "09050750"),
            (hms_milli(9, 5, 0, 129), "09050012"),
            (hms_milli(9, 5, 0, 1), "0905"),
        ];
        for (value, text) in cases {
            let time = Time::new(value);
            assert_eq!(time.as_str(), text);
            assert_eq!(Time::parse(text).unwrap().value(), time.value());
        }
        assert_eq!(Time::new_hhmm(hms_milli(23, 59, 59, 999)).as_str(), "2359");
        let leap = NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500).unwrap();
        assert_eq!(Time::new(leap).as_str(), "23595999");
    }

    #[test]
    fn into_owned_and_from_str() {
        let source = String::from("125330");
        let owned = Time::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned.as_str(), "125330");
        assert_eq!("125330".parse::<Time<'static>>().unwrap(), owned);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        let time = Time::parse("1253").unwrap();
        let json = serde_json::to_string(&time).unwrap();
        assert_eq!(json, "\"1253\"");
        assert_eq!(serde_json::from_str::<Time<'static>>(&json).unwrap(), time);
        assert!(serde_json::from_str::<Time<'static>>("\"2500\"").is_err());
    }

    proptest! {
        #[test]
        fn built_times_read_back(secs in 0_u32..86_400, hundredths in 0_u32..100) {
            let value = NaiveTime::from_num_seconds_from_midnight_opt(secs, hundredths * 10_000_000)
                .unwrap();
            let time = Time::new(value);
            prop_assert_eq!(time.value(), value);
            let back = Time::parse(time.as_str()).unwrap().into_owned();
            prop_assert_eq!(back, time);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = Time::parse(&text);
        }
    }
}
