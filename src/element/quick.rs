//! Quick checks on an element's bytes: each says yes only to text that the element type's
//! `parse` accepts, without building the value.
//!
//! Checking a typed segment reads every field but keeps no value, and building a `Decimal`, a
//! `NaiveDate` or a borrowed text for each field costs more than looking at its few bytes. A
//! check asks these first and calls `parse` only when they say no, so that the error, if there
//! is one, is `parse`'s own. They may say no to valid text they do not bother with (amounts of
//! more than 18 digits); they never say yes to text `parse` refuses, which the property tests
//! below hold them to.

/// An `R` value ([`Amount`](super::Amount), [`Quantity`](super::Quantity)): an optional `-`,
/// digits with at most one `.`, at least one digit, a digit after the point, at most 18 digits.
/// The grammar of [`parse_digits`](super::decimal::parse_digits), scanned without gathering the
/// digits: calling it instead measured 3–4% more instructions for a whole typed 835 parse.
pub(crate) fn decimal(bytes: &[u8]) -> bool {
    let unsigned = match bytes {
        [b'-', rest @ ..] => rest,
        all => all,
    };
    let mut digits = 0usize;
    let mut point = None;
    for &byte in unsigned {
        match byte {
            b'0'..=b'9' => digits += 1,
            b'.' if point.is_none() => point = Some(digits),
            _ => return false,
        }
    }
    digits > 0 && digits <= 18 && point != Some(digits)
}

/// An `N0` count ([`Count`](super::Count)): one to 19 digits (every such number fits a `u64`).
pub(crate) fn count(bytes: &[u8]) -> bool {
    (1..=19).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit)
}

/// A `D8` date ([`Date`](super::Date)): `CCYYMMDD` naming a day of the proleptic Gregorian
/// calendar.
pub(crate) fn date(bytes: &[u8]) -> bool {
    let [y1, y2, y3, y4, m1, m2, d1, d2] = *bytes else {
        return false;
    };
    let (Some(century), Some(year), Some(month), Some(day)) =
        (pair(y1, y2), pair(y3, y4), pair(m1, m2), pair(d1, d2))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year != 0 || century % 4 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// An `RD8` period ([`DateRange`](super::DateRange)): two `D8` dates joined by `-`.
pub(crate) fn date_range(bytes: &[u8]) -> bool {
    match bytes.split_at_checked(8) {
        Some((start, [b'-', end @ ..])) => date(start) && date(end),
        _ => false,
    }
}

/// A `TM` time ([`Time`](super::Time)): `HHMM`, `HHMMSS`, or that with one or two decimal digits
/// of a second, naming a time of day.
pub(crate) fn time(bytes: &[u8]) -> bool {
    if !matches!(bytes.len(), 4 | 6..=8) || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let at = |i: usize| match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&a), Some(&b)) => pair(a, b),
        _ => Some(0),
    };
    matches!(
        (at(0), at(2), at(4)),
        (Some(0..24), Some(0..60), Some(0..60))
    )
}

/// Two ASCII digits as a number.
fn pair(tens: u8, units: u8) -> Option<u32> {
    (tens.is_ascii_digit() && units.is_ascii_digit())
        .then(|| u32::from(tens - b'0') * 10 + u32::from(units - b'0'))
}

#[cfg(test)]
mod tests {
    use super::super::{Amount, Count, Date, DateRange, Quantity, Time};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accept_what_parse_accepts() {
        for text in ["0", "180", "-12.5", ".5", "-.5", "1.", "123456789012345678"] {
            assert_eq!(
                decimal(text.as_bytes()),
                text != "1.",
                "{text}: quick check"
            );
        }
        assert!(!decimal(b"1234567890123456789"), "19 digits go to parse");
        assert!(!decimal(b""));
        assert!(!decimal(b"-"));
        assert!(!decimal(b"1.2.3"));
        assert!(count(b"0012") && !count(b"") && !count(b"1.0"));
        for (text, valid) in [
            ("20240229", true),
            ("20230229", false),
            ("20000229", true),
            ("19000229", false),
            ("00000229", true),
            ("20241131", false),
            ("20241231", true),
            ("20241300", false),
            ("2024010", false),
        ] {
            assert_eq!(date(text.as_bytes()), valid, "{text}");
            assert_eq!(Date::parse(text).is_ok(), valid, "{text}: parse agrees");
        }
        assert!(date_range(b"20240101-20240131") && !date_range(b"20240101-2024013"));
        assert!(time(b"2359") && time(b"235959") && time(b"23595912"));
        assert!(!time(b"2400") && !time(b"2360") && !time(b"235960") && !time(b"23595"));
    }

    proptest! {
        #[test]
        fn never_accept_what_parse_refuses(text in "-?[0-9.]{0,22}|[0-9]{4,8}|[0-9]{8}-[0-9]{8}|.{0,20}") {
            let bytes = text.as_bytes();
            if decimal(bytes) {
                prop_assert!(Amount::parse(&text).is_ok() && Quantity::parse(&text).is_ok());
            }
            if count(bytes) {
                prop_assert!(Count::parse(&text).is_ok());
            }
            if date(bytes) {
                prop_assert!(Date::parse(&text).is_ok());
            }
            if date_range(bytes) {
                prop_assert!(DateRange::parse(&text).is_ok());
            }
            if time(bytes) {
                prop_assert!(Time::parse(&text).is_ok());
            }
        }

        #[test]
        fn accept_every_plain_value_parse_accepts(
            text in "-?[0-9]{0,9}(\\.[0-9]{0,9})?|[0-9]{8}|[0-9]{8}-[0-9]{8}|[0-9]{4}|[0-9]{6,8}",
        ) {
            let bytes = text.as_bytes();
            // Up to 18 digits: what parse accepts, the quick check accepts too (so the slow
            // path is only taken for errors and for very long numbers).
            prop_assert_eq!(decimal(bytes), Amount::parse(&text).is_ok());
            if bytes.len() == 8 {
                prop_assert_eq!(date(bytes), Date::parse(&text).is_ok());
            }
            if bytes.len() == 17 {
                prop_assert_eq!(date_range(bytes), DateRange::parse(&text).is_ok());
            }
            if matches!(bytes.len(), 4 | 6..=8) {
                prop_assert_eq!(time(bytes), Time::parse(&text).is_ok());
            }
        }
    }
}
