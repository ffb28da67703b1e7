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

/// Parses `R` text into an exact [`Decimal`]. Every amount of every typed segment comes
/// through here.
pub(crate) fn parse(text: &str) -> Result<Decimal, DecimalProblem> {
    parse_bytes(text.as_bytes())
}

/// [`parse`] over bytes, for callers that hold an element's bytes: the grammar admits ASCII
/// only, so no UTF-8 check is needed first.
pub(crate) fn parse_bytes(text: &[u8]) -> Result<Decimal, DecimalProblem> {
    let digits = parse_digits(text)?;
    let mut value = Decimal::try_from_i128_with_scale(digits.magnitude, digits.scale)
        .map_err(|_| DecimalProblem::OutOfRange)?;
    // Keeps the sign of "-0.00" too, so the value says what the text says.
    value.set_sign_negative(digits.negative);
    Ok(value)
}

/// An `R` value as its digits: `magnitude` × 10^−`scale`, within what a [`Decimal`] holds
/// (a magnitude below 2^96, a scale of at most 28).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub negative: bool,
    pub magnitude: i128,
    pub scale: u32,
}

/// Checks the `R` grammar and gathers the digits, accepting exactly what [`parse_bytes`]
/// accepts. For callers that do their own exact arithmetic on the digits.
///
/// One pass over the bytes checks the grammar and gathers the digits of the common case (up to
/// 18 digits, which fit a `u64` with no overflow possible); longer values take the exact `i128`
/// path.
pub(crate) fn parse_digits(text: &[u8]) -> Result<Digits, DecimalProblem> {
    let (negative, unsigned) = match text {
        [b'-', rest @ ..] => (true, rest),
        all => (false, all),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0usize;
    let mut point = None;
    for &byte in unsigned {
        let digit = byte.wrapping_sub(b'0');
        if digit < 10 {
            // Past 18 digits the value takes the exact path below, which reads the text again.
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(digit));
            digits += 1;
        } else if byte == b'.' && point.is_none() {
            point = Some(digits);
        } else {
            return Err(DecimalProblem::Syntax);
        }
    }
    // At least one digit, and when there is a point, at least one digit after it.
    let scale = match point {
        _ if digits == 0 => return Err(DecimalProblem::Syntax),
        Some(before) if before == digits => return Err(DecimalProblem::Syntax),
        Some(before) => digits - before,
        None => 0,
    };
    if digits <= 18 {
        // At most 18 digits: below 2^96, and a scale of at most 18.
        return Ok(Digits {
            negative,
            magnitude: i128::from(mantissa),
            scale: u32::try_from(scale).map_err(|_| DecimalProblem::OutOfRange)?,
        });
    }
    // Checked above to be ASCII digits, a sign and a point.
    std::str::from_utf8(text).map_or(Err(DecimalProblem::Syntax), parse_long)
}

/// The exact path for values of more than 18 digits (already checked to be `R` text).
fn parse_long(text: &str) -> Result<Digits, DecimalProblem> {
    let parts = split(text).ok_or(DecimalProblem::Syntax)?;
    let scale = u32::try_from(parts.fraction.len()).map_err(|_| DecimalProblem::OutOfRange)?;
    let mut magnitude: i128 = 0;
    for digit in parts.integer.bytes().chain(parts.fraction.bytes()) {
        magnitude = magnitude
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(digit - b'0')))
            .ok_or(DecimalProblem::OutOfRange)?;
    }
    // What a Decimal holds: a 96-bit magnitude and a scale of at most 28.
    if magnitude >= 1 << 96 || scale > Decimal::MAX_SCALE {
        return Err(DecimalProblem::OutOfRange);
    }
    Ok(Digits {
        negative: parts.negative,
        magnitude,
        scale,
    })
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

    proptest::proptest! {
        /// The one-pass parser against an independent reading: the grammar spelled as a
        /// pattern, the value from rust_decimal's own text parser.
        #[test]
        fn agrees_with_the_grammar_and_rust_decimal(text in "-?[0-9]{0,22}(\\.[0-9]{0,10})?|[-.0-9]{0,8}") {
            let bytes = text.as_bytes();
            let unsigned = bytes.strip_prefix(b"-").unwrap_or(bytes);
            let (integer, fraction) = match unsigned.iter().position(|&b| b == b'.') {
                Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
                None => (unsigned, None),
            };
            let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
            let well_formed = digits(integer)
                && fraction.is_none_or(|f| !f.is_empty() && digits(f))
                && !(integer.is_empty() && fraction.is_none());
            match parse(&text) {
                Ok(value) => {
                    proptest::prop_assert!(well_formed, "{text:?} accepted");
                    let reference: Decimal = text.parse().unwrap();
                    proptest::prop_assert_eq!(value, reference);
                    proptest::prop_assert_eq!(value.scale() as usize, fraction.map_or(0, <[u8]>::len));
                }
                Err(DecimalProblem::Syntax) => proptest::prop_assert!(!well_formed, "{text:?} refused"),
                Err(DecimalProblem::OutOfRange) => {
                    proptest::prop_assert!(well_formed && integer.len() + fraction.map_or(0, <[u8]>::len) > 18)
                }
            }
        }
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
