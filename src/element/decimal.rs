//! The X12 `R` (decimal number) grammar shared by [`Amount`](super::Amount) and
//! [`Quantity`](super::Quantity).
//!
//! Accepted: an optional leading `-`, then digits, then optionally `.` and at least one digit.
//! The integer part may be empty (`.5`, `-.5`): X12 asks writers to suppress leading zeros, so a
//! conforming sender may write a value below one that way (pyx12 accepts it too). A point with no
//! digit after it (`5.`) is rejected: X12 writes the decimal point only when a fraction follows.
//! Leading zeros (`007`) are accepted and kept, since a reader should be lenient about what the
//! standard only recommends; a validator can flag them through the digit counts. Rejected: empty
//! text, a lone `-`, `+`, exponents, thousands separators, spaces and anything else.
//!
//! The value is built from the digits with integer arithmetic, never through floats.

use rust_decimal::Decimal;

/// Why a text is not an `R` value; the caller turns it into its own [`super::ElementError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DecimalProblem {
    /// Not the `R` grammar.
    Syntax,
    /// Well formed, but more digits than a [`Decimal`] holds exactly.
    OutOfRange,
}

/// The parts of a well-formed `R` text.
struct Parts<'t> {
    negative: bool,
    integer: &'t str,
    fraction: &'t str,
}

/// Splits `text` into sign, integer digits and fraction digits, checking the grammar.
fn split(text: &str) -> Option<Parts<'_>> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((integer, fraction)) => {
            if fraction.is_empty() {
                return None;
            }
            (integer, fraction)
        }
        None => (unsigned, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if integer.is_empty() && fraction.is_empty() {
        return None;
    }
    if !all_digits(integer) || !all_digits(fraction) {
        return None;
    }
    Some(Parts {
        negative,
        integer,
        fraction,
    })
}

/// Parses `R` text into an exact [`Decimal`].
pub(crate) fn parse(text: &str) -> Result<Decimal, DecimalProblem> {
    let parts = split(text).ok_or(DecimalProblem::Syntax)?;
    let scale = u32::try_from(parts.fraction.len()).map_err(|_| DecimalProblem::OutOfRange)?;
    if parts.integer.len() + parts.fraction.len() <= 18 && scale <= 18 {
        // The common case: the digits fit a u64 with room to spare, no overflow is possible.
        let mut mantissa: u64 = 0;
        for digit in parts.integer.bytes().chain(parts.fraction.bytes()) {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
        }
        let mut value = Decimal::from_i128_with_scale(i128::from(mantissa), scale);
        value.set_sign_negative(parts.negative);
        return Ok(value);
    }
    let mut mantissa: i128 = 0;
    for digit in parts.integer.bytes().chain(parts.fraction.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(digit - b'0')))
            .ok_or(DecimalProblem::OutOfRange)?;
    }
    if parts.negative {
        mantissa = -mantissa;
    }
    let mut value = Decimal::try_from_i128_with_scale(mantissa, scale)
        .map_err(|_| DecimalProblem::OutOfRange)?;
    if parts.negative && mantissa == 0 {
        // Keep the sign of "-0.00" so the value says what the text says.
        value.set_sign_negative(true);
    }
    Ok(value)
}

/// Writes `value` the canonical X12 way: no trailing fractional zeros, no decimal point for whole
/// numbers, no sign on zero, and a `0` before the point of values below one (`0.5`).
pub(crate) fn canonical(value: Decimal) -> String {
    let normalized = value.normalize();
    if normalized.is_zero() {
        return "0".to_owned();
    }
    normalized.to_string()
}

/// Number of digits after the decimal point in `text` (0 when there is no point).
pub(crate) fn fraction_digits(text: &str) -> usize {
    text.split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

/// Number of digits before the decimal point in `text`, leading zeros included, sign excluded.
pub(crate) fn integer_digits(text: &str) -> usize {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    unsigned
        .split_once('.')
        .map_or(unsigned, |(integer, _)| integer)
        .len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn parses_the_r_grammar() {
        let cases = [
            ("0", dec!(0)),
            ("180", dec!(180)),
            ("180.50", dec!(180.50)),
            ("-12.5", dec!(-12.5)),
            (".5", dec!(0.5)),
            ("-.25", dec!(-0.25)),
            ("007", dec!(7)),
            ("99999999.99", dec!(99999999.99)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn keeps_the_scale_of_the_text() {
        assert_eq!(parse("100.00").map(|d| d.scale()), Ok(2));
        assert_eq!(parse("-0.00").map(|d| d.is_sign_negative()), Ok(true));
    }

    #[test]
    fn rejects_what_is_not_r() {
        let cases = [
            "", "-", ".", "-.", "5.", "+5", "1,000", "1 000", " 1", "1e3", "1.2.3", "--1", "0x10",
            "１", "1-",
        ];
        for text in cases {
            assert_eq!(parse(text), Err(DecimalProblem::Syntax), "{text:?}");
        }
    }

    #[test]
    fn reports_values_too_long_to_hold() {
        let long = "1".repeat(40);
        let deep = format!("0.{}", "1".repeat(29));
        for text in [
            long.as_str(),
            deep.as_str(),
            "79228162514264337593543950336",
        ] {
            assert_eq!(parse(text), Err(DecimalProblem::OutOfRange), "{text}");
        }
        assert!(parse("79228162514264337593543950335").is_ok());
    }

    #[test]
    fn writes_canonical_text() {
        let cases = [
            (dec!(180), "180"),
            (dec!(180.50), "180.5"),
            (dec!(180.00), "180"),
            (dec!(-0.0), "0"),
            (dec!(0.00), "0"),
            (dec!(0.5), "0.5"),
            (dec!(-12.340), "-12.34"),
            (dec!(1000000), "1000000"),
        ];
        for (value, text) in cases {
            assert_eq!(canonical(value), text, "{value}");
        }
    }

    #[test]
    fn counts_digits_from_the_text() {
        let cases = [
            ("100.00", 3, 2),
            ("-12.5", 2, 1),
            (".5", 0, 1),
            ("007", 3, 0),
            ("0", 1, 0),
        ];
        for (text, integer, fraction) in cases {
            assert_eq!(integer_digits(text), integer, "{text}");
            assert_eq!(fraction_digits(text), fraction, "{text}");
        }
    }
}
