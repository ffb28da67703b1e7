//! [`Quantity`]: a quantity (X12 data type `R`) that keeps the text it was read from.
//!
//! Service units and minutes (SV104), days and visits (QTY02), paid units (SVC05) are `R` values
//! like money, but a separate type, so a unit count cannot be added to a charge by mistake. The
//! grammar is the same as for [`Amount`](super::Amount): optional `-`, digits, optional `.`
//! followed by digits; `.5` is accepted, `5.` is not.

use super::decimal_element::decimal_element;

decimal_element! {
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
    pub struct Quantity;
    noun = "a quantity";
    errors = (Quantity, QuantityOutOfRange);
    /// Service units allow at most three; a validator uses this to flag more.
    fraction_digits;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::element::ElementError;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
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
