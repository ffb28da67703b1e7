//! [`Quantity`]: a quantity (X12 data type `R`) that keeps the text it was read from.
//!
//! Service units and minutes (SV104), days and visits (QTY02), paid units (SVC05) are `R` values
//! like money, but a separate type, so a unit count cannot be added to a charge by mistake. The
//! grammar is the same as for [`Quantity`](super::Quantity): optional `-`, digits, optional `.`
//! followed by digits; `.5` is accepted, `5.` is not.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::decimal::{self, DecimalProblem};
use super::{ElementError, text_backed_element};

/// A quantity (X12 `R`) with its source text.
///
/// Equality and hashing compare the text, so `1.0` and `1` are different quantities that have
/// the same [`value`](Quantity::value); compare values when you mean numbers.
///
/// ```
/// use rust_decimal::Decimal;
/// use x12_claims::element::Quantity;
///
/// let units = Quantity::parse("1.5")?;
/// assert_eq!(units.value(), Decimal::new(15, 1));
/// assert_eq!(units.to_string(), "1.5");
/// # Ok::<(), x12_claims::element::ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Quantity<'a> {
    text: Cow<'a, str>,
    value: Decimal,
}

impl<'a> Quantity<'a> {
    /// A valid stand-in value for accessors of checked segments, which never need it.
    pub(crate) fn placeholder() -> Quantity<'static> {
        Quantity {
            text: Cow::Borrowed("0"),
            value: Decimal::ZERO,
        }
    }

    /// Reads a quantity from X12 `R` text, borrowing the text.
    ///
    /// Fails on empty text, `+`, exponents, thousands separators, spaces, a point without
    /// digits after it, and on values with more digits than a [`Decimal`] holds (28).
    ///
    /// ```
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::parse("-.5")?.as_str(), "-.5");
    /// assert!(Quantity::parse("1,000").is_err());
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Self, ElementError> {
        Self::from_text(Cow::Borrowed(text))
    }

    fn from_text(text: Cow<'a, str>) -> Result<Self, ElementError> {
        match decimal::parse(&text) {
            Ok(value) => Ok(Self { text, value }),
            Err(DecimalProblem::Syntax) => Err(ElementError::Quantity {
                found: text.into_owned(),
            }),
            Err(DecimalProblem::OutOfRange) => Err(ElementError::QuantityOutOfRange {
                found: text.into_owned(),
            }),
        }
    }

    /// The numeric value.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::parse("-12.5")?.value(), Decimal::new(-125, 1));
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The X12 text, exactly as read (or canonical, for a quantity built with [`Quantity::new`]).
    ///
    /// ```
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::parse("100.00")?.as_str(), "100.00");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of digits after the decimal point in the text (0 without a point).
    ///
    /// Service units allow at most three; a validator uses this to flag more.
    ///
    /// ```
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::parse("0.125")?.fraction_digits(), 3);
    /// assert_eq!(Quantity::parse("15")?.fraction_digits(), 0);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn fraction_digits(&self) -> usize {
        decimal::fraction_digits(&self.text)
    }

    /// Number of digits before the decimal point in the text, leading zeros included, sign
    /// excluded (0 for `.5`).
    ///
    /// ```
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::parse("-1234.56")?.integer_digits(), 4);
    /// assert_eq!(Quantity::parse(".5")?.integer_digits(), 0);
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn integer_digits(&self) -> usize {
        decimal::integer_digits(&self.text)
    }

    /// Turns a borrowed quantity into one that owns its text.
    ///
    /// ```
    /// use x12_claims::element::Quantity;
    ///
    /// let owned: Quantity<'static> = Quantity::parse(&String::from("7.10"))?.into_owned();
    /// assert_eq!(owned.as_str(), "7.10");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn into_owned(self) -> Quantity<'static> {
        Quantity {
            text: Cow::Owned(self.text.into_owned()),
            value: self.value,
        }
    }
}

impl Quantity<'static> {
    /// Builds a quantity from a value, with canonical text: no trailing fractional zeros, no
    /// decimal point for whole numbers, no sign on zero, `0.5` rather than `.5`.
    ///
    /// The value keeps its scale (`value()` of `Quantity::new(2.50)` is `2.50`); only the text
    /// is canonical.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use x12_claims::element::Quantity;
    ///
    /// assert_eq!(Quantity::new(Decimal::new(18050, 2)).as_str(), "180.5");
    /// assert_eq!(Quantity::new(Decimal::new(180, 0)).as_str(), "180");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub fn new(value: Decimal) -> Self {
        Self {
            text: Cow::Owned(decimal::canonical(value)),
            value,
        }
    }
}

impl From<Decimal> for Quantity<'static> {
    fn from(value: Decimal) -> Self {
        Self::new(value)
    }
}

text_backed_element!(Quantity);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn parses_valid_text_and_keeps_it() {
        let cases = [
            ("1", dec!(1)),
            ("1.0", dec!(1.0)),
            ("0.125", dec!(0.125)),
            (".5", dec!(0.5)),
            ("-2", dec!(-2)),
            ("99999999", dec!(99999999)),
        ];
        for (text, value) in cases {
            let quantity = Quantity::parse(text).unwrap();
            assert_eq!(quantity.value(), value, "{text}");
            assert_eq!(quantity.as_str(), text);
            assert_eq!(quantity.to_string(), text);
        }
    }

    #[test]
    fn rejects_invalid_text_with_its_own_error() {
        for text in ["", "-", "+1", "1,5", "1e2", "2.", "one", " 1"] {
            assert_eq!(
                Quantity::parse(text),
                Err(ElementError::Quantity {
                    found: text.to_owned()
                }),
            );
        }
        let deep = format!("0.{}", "1".repeat(29));
        assert_eq!(
            Quantity::parse(&deep),
            Err(ElementError::QuantityOutOfRange {
                found: deep.clone()
            }),
        );
        assert_eq!(
            Quantity::parse("1,5").unwrap_err().to_string(),
            "quantity \"1,5\" is not an X12 decimal number \
             (digits with an optional leading minus and decimal point)",
        );
    }

    #[test]
    fn new_writes_canonical_text() {
        let cases = [
            (dec!(1), "1"),
            (dec!(1.500), "1.5"),
            (dec!(-0.000), "0"),
            (dec!(0.125), "0.125"),
        ];
        for (value, text) in cases {
            let quantity = Quantity::new(value);
            assert_eq!(quantity.as_str(), text);
            assert_eq!(quantity.value(), value);
            assert_eq!(Quantity::from(value), quantity);
        }
    }

    #[test]
    fn digit_counts() {
        let cases = [("12345678.125", 8, 3), ("1", 1, 0), (".5", 0, 1)];
        for (text, integer, fraction) in cases {
            let quantity = Quantity::parse(text).unwrap();
            assert_eq!(quantity.integer_digits(), integer, "{text}");
            assert_eq!(quantity.fraction_digits(), fraction, "{text}");
        }
    }

    #[test]
    fn into_owned_and_from_str_keep_text() {
        let source = String::from("3.0");
        let owned = Quantity::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned.as_str(), "3.0");
        assert_eq!("3.0".parse::<Quantity<'static>>().unwrap(), owned);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        let quantity = Quantity::parse("1.0").unwrap();
        let json = serde_json::to_string(&quantity).unwrap();
        assert_eq!(json, "\"1.0\"");
        let back: Quantity<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, quantity);
        assert!(serde_json::from_str::<Quantity<'static>>("\"1.\"").is_err());
    }

    proptest! {
        #[test]
        fn canonical_text_parses_back_to_the_value(
            thousandths in -99_999_999_999_i64..=99_999_999_999_i64,
        ) {
            let value = Decimal::new(thousandths, 3);
            let built = Quantity::new(value);
            let back = Quantity::parse(built.as_str()).unwrap();
            prop_assert_eq!(back.value(), value);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = Quantity::parse(&text);
        }
    }
}
