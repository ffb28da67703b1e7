//! [`Amount`]: a money value (X12 data type `R`) that keeps the text it was read from.
//!
//! Charges, payments and adjustments (CLM02, SV102, CLP03, CAS03, BPR02, …) are `R` values. The
//! exact text is kept so `100.00` is written back as `100.00`; the value is an exact
//! [`Decimal`], never a float. The grammar is described in the `decimal` module: optional `-`,
//! digits, optional `.` followed by digits; `.5` is accepted, `5.` is not.

use super::decimal_element::decimal_element;

decimal_element! {
    /// A money amount (X12 `R`) with its source text.
    ///
    /// Equality and hashing compare the text, so `100.00` and `100` are different amounts that have
    /// the same [`value`](Amount::value); compare values when you mean numbers.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use x12_claims::element::Amount;
    ///
    /// let charge = Amount::parse("180.00")?;
    /// assert_eq!(charge.value(), Decimal::new(180, 0));
    /// assert_eq!(charge.to_string(), "180.00");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    pub struct Amount;
    noun = "an amount";
    errors = (Amount, AmountOutOfRange);
    /// Money should have at most two; a validator uses this to flag fractions of a cent.
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
            ("100.00", dec!(100.00)),
            ("100", dec!(100)),
            ("-60", dec!(-60)),
            ("0.01", dec!(0.01)),
            (".5", dec!(0.5)),
            ("99999999.99", dec!(99999999.99)),
        ];
        for (text, value) in cases {
            let amount = Amount::parse(text).unwrap();
            assert_eq!(amount.value(), value, "{text}");
            assert_eq!(amount.as_str(), text);
            assert_eq!(amount.to_string(), text);
        }
    }

    #[test]
    fn rejects_invalid_text_with_the_text_in_the_error() {
        for text in ["", "-", "+1", "1,000", "1 000", "1e2", "5.", "$5", "1.2.3"] {
            assert_eq!(
                Amount::parse(text),
                Err(ElementError::Amount {
                    found: text.to_owned()
                }),
            );
        }
        let long = "9".repeat(30);
        assert_eq!(
            Amount::parse(&long),
            Err(ElementError::AmountOutOfRange {
                found: long.clone()
            }),
        );
    }

    #[test]
    fn error_message_says_what_was_expected() {
        let err = Amount::parse("1,000").unwrap_err();
        assert_eq!(
            err.to_string(),
            "amount \"1,000\" is not an X12 decimal number \
             (digits with an optional leading minus and decimal point)",
        );
    }

    #[test]
    fn new_writes_canonical_text() {
        let cases = [
            (dec!(180), "180"),
            (dec!(180.50), "180.5"),
            (dec!(-0.0), "0"),
            (dec!(-60.00), "-60"),
            (dec!(0.25), "0.25"),
        ];
        for (value, text) in cases {
            let amount = Amount::new(value);
            assert_eq!(amount.as_str(), text);
            assert_eq!(amount.value(), value);
            assert_eq!(Amount::from(value), amount);
        }
    }

    #[test]
    fn equality_is_by_text() {
        let a = Amount::parse("100.00").unwrap();
        let b = Amount::parse("100").unwrap();
        assert_ne!(a, b);
        assert_eq!(a.value(), b.value());
        assert_eq!(a, Amount::parse("100.00").unwrap());
    }

    #[test]
    fn digit_counts() {
        let cases = [
            ("150.005", 3, 3),
            ("-0.5", 1, 1),
            ("12", 2, 0),
            (".75", 0, 2),
        ];
        for (text, integer, fraction) in cases {
            let amount = Amount::parse(text).unwrap();
            assert_eq!(amount.integer_digits(), integer, "{text}");
            assert_eq!(amount.fraction_digits(), fraction, "{text}");
        }
    }

    #[test]
    fn into_owned_and_from_str_keep_text() {
        let source = String::from("42.10");
        let owned = Amount::parse(&source).unwrap().into_owned();
        drop(source);
        assert_eq!(owned.as_str(), "42.10");
        let parsed: Amount<'static> = "42.10".parse().unwrap();
        assert_eq!(parsed, owned);
        assert!("4 2".parse::<Amount<'static>>().is_err());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_writes_the_text_as_a_string() {
        let amount = Amount::parse("100.00").unwrap();
        let json = serde_json::to_string(&amount).unwrap();
        assert_eq!(json, "\"100.00\"");
        let back: Amount<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, amount);
        let err = serde_json::from_str::<Amount<'static>>("\"1,000\"").unwrap_err();
        assert!(err.to_string().contains("\"1,000\""), "{err}");
        assert!(serde_json::from_str::<Amount<'static>>("100").is_err());
    }

    proptest! {
        #[test]
        fn canonical_text_parses_back_to_the_value(
            cents in -9_999_999_999_i64..=9_999_999_999_i64,
            trim in any::<bool>(),
        ) {
            let exact = Decimal::new(cents, 2);
            let value = if trim { exact.normalize() } else { exact };
            let amount = Amount::new(value);
            let back = Amount::parse(amount.as_str()).unwrap();
            prop_assert_eq!(back.value(), value);
            prop_assert!(back.fraction_digits() <= 2);
        }

        #[test]
        fn parse_never_panics(text in "\\PC*") {
            let _ = Amount::parse(&text);
        }

        #[test]
        fn parse_never_panics_on_number_like_text(text in "[-+.,0-9eE ]{0,40}") {
            if let Ok(amount) = Amount::parse(&text) {
                prop_assert_eq!(amount.as_str(), text.as_str());
            }
        }
    }
}
