//! [`Exact`]: amounts as balancing adds them up, integers of 10^−scale units.
//!
//! Balancing adds and compares hundreds of thousands of amounts per 10 MB of 835. `Decimal`
//! arithmetic rescales and normalises on every operation; amounts of one file nearly always
//! share a scale (cents), where adding two of them is one integer addition. An `Exact` keeps an
//! `i128` count of units and aligns scales only when they differ, so every sum is exact: it
//! never rounds, and a sum too large for an `i128` is reported as such (`None`), never wrapped.

use rust_decimal::Decimal;

use crate::element::decimal::{Digits, parse_digits};

/// An exact amount: `units` × 10^−`scale`. The default is zero. No `PartialEq`: `1.5` and
/// `1.50` are the same value in different units; compare with [`same_value`](Exact::same_value).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Exact {
    units: i128,
    scale: u32,
}

/// 10^0 to 10^28: the scale differences an `Exact` meets (a scale is at most 28 when read,
/// and sums keep the larger scale).
// Evaluated when compiling: an index out of bounds would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
const POWERS_OF_TEN: [i128; 29] = {
    let mut powers = [1i128; 29];
    let mut n = 1;
    while n < powers.len() {
        powers[n] = powers[n - 1] * 10;
        n += 1;
    }
    powers
};

/// `units` × 10^`by`, `None` when it does not fit.
#[inline]
fn scale_up(units: i128, by: u32) -> Option<i128> {
    let factor = *POWERS_OF_TEN.get(by as usize)?;
    match i64::try_from(units) {
        // The common case, amounts of a few digits: |units| < 2^63 and 10^28 < 2^94 make a
        // product below 2^127, so no check is needed.
        Ok(small) => Some(i128::from(small) * factor),
        Err(_) => units.checked_mul(factor),
    }
}

impl Exact {
    pub const ZERO: Exact = Exact { units: 0, scale: 0 };

    /// Reads an `R` element: `Ok(None)` when it is empty, `Err(())` when it is not a number
    /// (the same grammar and range as the typed [`Amount`](crate::element::Amount)).
    pub fn read(bytes: &[u8]) -> Result<Option<Exact>, ()> {
        if bytes.is_empty() {
            return Ok(None);
        }
        let Digits {
            negative,
            magnitude,
            scale,
        } = parse_digits(bytes).map_err(|_| ())?;
        let units = if negative { -magnitude } else { magnitude };
        Ok(Some(Exact { units, scale }))
    }

    /// The same value as a decimal (whose scale is kept).
    pub fn of(value: Decimal) -> Exact {
        Exact {
            units: value.mantissa(),
            scale: value.scale(),
        }
    }

    /// The value as a decimal; `None` when it needs more than a decimal's 96 bits.
    pub fn to_decimal(self) -> Option<Decimal> {
        Decimal::try_from_i128_with_scale(self.units, self.scale).ok()
    }

    /// Both values in units of the larger scale; `None` when one does not fit.
    #[inline]
    fn aligned(self, other: Exact) -> Option<(i128, i128, u32)> {
        if self.scale == other.scale {
            return Some((self.units, other.units, self.scale));
        }
        if self.scale < other.scale {
            let units = scale_up(self.units, other.scale - self.scale)?;
            Some((units, other.units, other.scale))
        } else {
            let units = scale_up(other.units, self.scale - other.scale)?;
            Some((self.units, units, self.scale))
        }
    }

    /// `self + other`, or `None` when the sum does not fit.
    #[inline]
    pub fn checked_add(self, other: Exact) -> Option<Exact> {
        self.combine(other, i128::checked_add)
    }

    /// The sum of `values` (zero when there are none), or `None` when it does not fit.
    pub fn checked_sum(values: impl IntoIterator<Item = Exact>) -> Option<Exact> {
        values
            .into_iter()
            .try_fold(Exact::default(), Exact::checked_add)
    }

    /// `self` less each of `values`, or `None` when a difference does not fit.
    pub fn checked_sub_all(self, values: impl IntoIterator<Item = Exact>) -> Option<Exact> {
        values.into_iter().try_fold(self, Exact::checked_sub)
    }

    /// `self − other`, or `None` when the difference does not fit.
    #[inline]
    pub fn checked_sub(self, other: Exact) -> Option<Exact> {
        self.combine(other, i128::checked_sub)
    }

    /// `op` over both values in units of the larger scale.
    #[inline]
    fn combine(self, other: Exact, op: fn(i128, i128) -> Option<i128>) -> Option<Exact> {
        let (a, b, scale) = self.aligned(other)?;
        Some(Exact {
            units: op(a, b)?,
            scale,
        })
    }

    /// Whether the two values are equal, whatever their scales (`1.50` equals `1.5`).
    pub fn same_value(self, other: Exact) -> bool {
        match self.aligned(other) {
            Some((a, b, _)) => a == b,
            // Scaling one up overflowed, while the other holds at that scale: they differ.
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn read(text: &str) -> Exact {
        Exact::read(text.as_bytes()).unwrap().unwrap()
    }

    #[test]
    fn sums_are_exact_across_scales() {
        let sum = read("180.5").checked_add(read("-0.25")).unwrap();
        assert_eq!(sum.to_decimal(), Some(dec!(180.25)));
        // The larger scale is kept, as a decimal sum keeps it.
        assert_eq!(sum.to_decimal().unwrap().to_string(), "180.25");
        let difference = read("100").checked_sub(read("100.00")).unwrap();
        assert_eq!(difference.to_decimal().unwrap().to_string(), "0.00");
        assert!(read("1.50").same_value(read("1.5")));
        assert!(!read("1.50").same_value(read("1.51")));
        assert!(Exact::of(dec!(-3.10)).same_value(read("-3.1")));
    }

    #[test]
    fn reads_what_the_typed_amount_reads() {
        for text in ["0", "-0.00", ".5", "007", "123456789012345678.5", "1.5"] {
            let exact = read(text);
            let typed = crate::element::decimal::parse_bytes(text.as_bytes()).unwrap();
            assert!(exact.same_value(Exact::of(typed)), "{text}");
        }
        assert!(matches!(Exact::read(b""), Ok(None)));
        for text in [
            "2O",
            "5.",
            "-",
            "+1",
            "1e3",
            "1,000",
            "99999999999999999999999999999",
        ] {
            assert!(Exact::read(text.as_bytes()).is_err(), "{text}");
            assert!(
                crate::element::decimal::parse_bytes(text.as_bytes()).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn what_does_not_fit_is_none_never_wrapped() {
        let big = Exact {
            units: i128::MAX - 1,
            scale: 0,
        };
        assert!(big.checked_add(read("2")).is_none());
        // Aligning to a finer scale overflows: no sum, and not equal to a small value.
        assert!(big.checked_add(read("0.01")).is_none());
        assert!(!big.same_value(read("0.01")));
        // Fits an i128 but not a decimal.
        assert_eq!(big.to_decimal(), None);
        let min = Exact {
            units: i128::MIN,
            scale: 0,
        };
        assert!(min.checked_sub(read("1")).is_none());
        // Scales past 28 do not come from reading; aligning to one is refused, not guessed.
        let fine = Exact {
            units: 1,
            scale: 40,
        };
        assert!(fine.checked_add(read("1")).is_none());
        assert_eq!(scale_up(-7, 28), Some(-7 * 10i128.pow(28)));
    }

    proptest! {
        /// Over amounts of up to 18 digits with mixed scales, every running sum and difference
        /// is the decimal one, and values equal in other units compare equal.
        #[test]
        fn sums_and_comparisons_agree_with_decimal_arithmetic(
            texts in proptest::collection::vec("-?[0-9]{1,12}(\\.[0-9]{1,6})?", 1..12),
        ) {
            let mut exact = Exact::ZERO;
            let mut decimal = Decimal::ZERO;
            for text in &texts {
                let amount = read(text);
                let value = crate::element::decimal::parse_bytes(text.as_bytes()).unwrap();
                prop_assert!(amount.same_value(Exact::of(value)));
                exact = exact.checked_add(amount).unwrap();
                decimal = decimal.checked_add(value).unwrap();
                let difference = exact.checked_sub(amount).unwrap();
                prop_assert_eq!(difference.to_decimal(), decimal.checked_sub(value));
            }
            prop_assert_eq!(exact.to_decimal(), Some(decimal));
            // Equal values in other units are the same value; different values are not.
            let again = Exact::of(decimal - Decimal::ONE).checked_add(read("1.000")).unwrap();
            prop_assert!(again.same_value(exact));
            let off = exact.checked_add(read("0.000001")).unwrap();
            prop_assert!(!off.same_value(exact));
        }
    }
}
