//! [`Count`]: a non-negative whole number (X12 data type `N0`) that keeps its text.
//!
//! Segment counts (SE01), transaction and group counts (GE01, IEA01), line numbers (LX01) and
//! zero-padded control numbers (ISA13 `000000001`) are `N0` values. X12 allows a minus sign on
//! `N0`, but none of the elements this type serves can be negative, so it is rejected here.
//! Leading zeros are accepted and kept, because ISA13 is written zero-padded.

use std::borrow::Cow;

use super::{ElementError, text_backed_element};

/// A non-negative whole number (X12 `N0`) with its source text.
///
/// ```
/// use x12_claims::element::Count;
///
/// let control = Count::parse("000000905")?;
/// assert_eq!(control.value(), 905);
/// assert_eq!(control.to_string(), "000000905");
/// # Ok::<(), x12_claims::element::ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Count<'a> {
    text: Cow<'a, str>,
    value: u64,
}

impl<'a> Count<'a> {
    /// A valid stand-in value for accessors of checked segments, which never need it.
    pub(crate) fn placeholder() -> Count<'static> {
        Count {
            text: Cow::Borrowed("0"),
            value: 0,
        }
    }

    /// Reads a count from digits, borrowing the text. Signs, points, spaces and empty text are
    /// rejected, and so are values above `u64::MAX`.
    ///
    /// ```
    /// use x12_claims::element::Count;
    ///
    /// assert_eq!(Count::parse("42")?.value(), 42);
    /// assert!(Count::parse("-1").is_err());
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, ElementError> {
        Self::from_text(Cow::Borrowed(text))
    }

    fn from_text(text: Cow<'a, str>) -> Result<Self, ElementError> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ElementError::Count {
                found: text.into_owned(),
            });
        }
        match text.parse::<u64>() {
            Ok(value) => Ok(Self { text, value }),
            Err(_) => Err(ElementError::CountOutOfRange {
                found: text.into_owned(),
            }),
        }
    }

    /// The number.
    ///
    /// ```
    /// use x12_claims::element::Count;
    ///
    /// assert_eq!(Count::parse("0012")?.value(), 12);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn value(&self) -> u64 {
        self.value
    }

    /// The X12 text, exactly as read (plain digits for a count built with [`Count::new`]).
    ///
    /// ```
    /// use x12_claims::element::Count;
    ///
    /// assert_eq!(Count::parse("0012")?.as_str(), "0012");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Turns a borrowed count into one that owns its text.
    ///
    /// ```
    /// use x12_claims::element::Count;
    ///
    /// let owned: Count<'static> = Count::parse(&String::from("7"))?.into_owned();
    /// assert_eq!(owned.value(), 7);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn into_owned(self) -> Count<'static> {
        Count {
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
        }
    }
}

impl Count<'static> {
    /// Builds a count written as plain digits without leading zeros.
    ///
    /// ```
    /// use x12_claims::element::Count;
    ///
    /// assert_eq!(Count::new(31).as_str(), "31");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn new(value: u64) -> Self {
        Self {
            text: Cow::Owned(value.to_string()),
            value,
        }
    }
}

impl From<u64> for Count<'static> {
    fn from(value: u64) -> Self {
        Self::new(value)
    }
}

text_backed_element!(Count);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_digits_and_keeps_the_text() {
        let cases = [
            ("0", 0),
            ("1", 1),
            ("000000001", 1),
            ("18446744073709551615", u64::MAX),
        ];
        for (text, value) in cases {
            let count = Count::parse(text).unwrap();
            assert_eq!(count.value(), value);
            assert_eq!(count.to_string(), text);
        }
    }

    #[test]
    fn rejects_what_is_not_n0() {
        for text in ["", "-1", "+1", "1.0", " 1", "1 ", "ten", "١"] {
            assert_eq!(
                Count::parse(text),
                Err(ElementError::Count {
                    found: text.to_owned()
                }),
            );
        }
        assert_eq!(
            Count::parse("18446744073709551616"),
            Err(ElementError::CountOutOfRange {
                found: "18446744073709551616".to_owned()
            }),
        );
        assert_eq!(
            Count::parse("1.0").unwrap_err().to_string(),
            "count \"1.0\" is not an X12 whole number (digits only, no sign or decimal point)",
        );
    }

    #[test]
    fn new_writes_plain_digits() {
        assert_eq!(Count::new(0).as_str(), "0");
        assert_eq!(Count::from(905).as_str(), "905");
    }

    #[test]
    fn into_owned_and_from_str() {
        let source = String::from("0042");
        let owned = Count::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned.as_str(), "0042");
        assert_eq!("0042".parse::<Count<'static>>().unwrap(), owned);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        let count = Count::parse("000000001").unwrap();
        let json = serde_json::to_string(&count).unwrap();
        assert_eq!(json, "\"000000001\"");
        assert_eq!(
            serde_json::from_str::<Count<'static>>(&json).unwrap(),
            count
        );
        assert!(serde_json::from_str::<Count<'static>>("\"-1\"").is_err());
    }

    proptest! {
        #[test]
        fn any_number_round_trips(value in any::<u64>()) {
            let count = Count::new(value);
            prop_assert_eq!(Count::parse(count.as_str()).unwrap().value(), value);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = Count::parse(&text);
        }
    }
}
