//! [`is_valid_npi`]: the check digit of a National Provider Identifier.

/// The Luhn sum of the prefix `80840` that the NPI check digit is computed over (card issuer
/// prefix of US health identifiers), as its digits contribute when followed by nine more.
const PREFIX_SUM: u32 = 24;

/// Whether `text` is a well-formed NPI: ten ASCII digits whose last is the Luhn check digit of
/// the first nine, computed with the prefix `80840`.
///
/// Payers refuse a claim whose NPI fails this check before they look it up, so it is worth
/// catching before sending.
///
/// ```
/// use x12_claims::element::is_valid_npi;
///
/// assert!(is_valid_npi("1234567893"));
/// assert!(!is_valid_npi("1234567890")); // wrong check digit
/// assert!(!is_valid_npi("123456789")); // nine digits
/// assert!(!is_valid_npi("12345 7893"));
/// ```
pub fn is_valid_npi(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some((&check, payload)) = bytes.split_last() else {
        return false;
    };
    if !super::is_digits(text, 10) {
        return false;
    }
    // From the right of the payload, every other digit is doubled (the first is), and a
    // doubled digit above 9 counts as the sum of its digits.
    let sum = payload
        .iter()
        .rev()
        .enumerate()
        .fold(PREFIX_SUM, |sum, (i, &b)| {
            let digit = u32::from(b - b'0');
            sum + match (i % 2 == 0, digit * 2) {
                (true, doubled) if doubled > 9 => doubled - 9,
                (true, doubled) => doubled,
                (false, _) => digit,
            }
        });
    (10 - sum % 10) % 10 == u32::from(check - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check digit computed the long way, over the fifteen digits `80840` + payload, with
    /// the plain Luhn rule.
    fn luhn_check_digit(payload: &str) -> u32 {
        let digits: Vec<u32> = format!("80840{payload}")
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
        let mut sum = 0;
        for (i, d) in digits.iter().rev().enumerate() {
            sum += if i % 2 == 0 {
                let doubled = d * 2;
                doubled / 10 + doubled % 10
            } else {
                *d
            };
        }
        (10 - sum % 10) % 10
    }

    #[test]
    fn agrees_with_the_luhn_rule_over_the_prefixed_number() {
        for payload in [
            "123456789",
            "155752723",
            "149607408",
            "000000000",
            "999999999",
        ] {
            let good = luhn_check_digit(payload);
            for digit in 0..10 {
                let npi = format!("{payload}{digit}");
                assert_eq!(is_valid_npi(&npi), digit == good, "{npi}");
            }
        }
        // The example NPI of the implementation guides.
        assert!(is_valid_npi("1234567893"));
    }

    #[test]
    fn refuses_what_is_not_ten_digits() {
        for text in [
            "",
            "1",
            "12345678931",
            "123456789",
            "123456789X",
            "-234567893",
            "１234567893",
        ] {
            assert!(!is_valid_npi(text), "{text}");
        }
    }
}
