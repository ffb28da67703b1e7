//! X12 data element values that keep their source text.
//!
//! Each type here pairs the exact text read from a file with its typed value, so a value parsed
//! from `100.00` writes back as `100.00`, not `100`. Values built in code ([`Amount::new`],
//! [`Date::new`], …) get canonical X12 text instead.
//!
//! | type | X12 data type | value |
//! |---|---|---|
//! | [`Amount`] | `R` used for money | [`rust_decimal::Decimal`] |
//! | [`Quantity`] | `R` used for units, days, counts of service | [`rust_decimal::Decimal`] |
//! | [`Count`] | `N0` whole numbers (SE01, LX01, control numbers) | `u64` |
//! | [`Date`] | `DT` / `D8` `CCYYMMDD`, and ISA09 `YYMMDD` | [`chrono::NaiveDate`] |
//! | [`DateRange`] | `RD8` `CCYYMMDD-CCYYMMDD` | two [`chrono::NaiveDate`]s |
//! | [`Time`] | `TM` `HHMM[SS[D[D]]]` | [`chrono::NaiveTime`] |
//! | [`Text`] | `AN` string | the text itself |
//! | [`Id`] | `ID` coded value | the text itself |
//!
//! [`is_valid_npi`] checks the one identifier whose digits carry a rule of their own: the check
//! digit of a National Provider Identifier.
//!
//! This layer knows no X12 syntax: no delimiters, no segments. Its errors ([`ElementError`]) name
//! the value and what was expected but no location; the segment layer adds that. Every type
//! borrows from the input (`'a`) and turns into an owned value with `into_owned()`. With the
//! `serde` feature each type serializes as its X12 text in a string, and the owned (`'static`)
//! form deserializes from such a string, checking it.
//!
//! [`Amount`]: crate::element::Amount
//! [`Amount::new`]: crate::element::Amount::new
//! [`Quantity`]: crate::element::Quantity
//! [`Count`]: crate::element::Count
//! [`Date`]: crate::element::Date
//! [`Date::new`]: crate::element::Date::new
//! [`DateRange`]: crate::element::DateRange
//! [`is_valid_npi`]: crate::element::is_valid_npi
//! [`Time`]: crate::element::Time
//! [`Text`]: crate::element::Text
//! [`Id`]: crate::element::Id
//! [`ElementError`]: crate::element::ElementError

mod amount;
mod count;
mod date;
mod date_range;
pub(crate) mod decimal;
mod decimal_element;
mod error;
mod npi;
mod quantity;
pub(crate) mod quick;
mod text;
mod time;

pub use amount::Amount;
pub use count::Count;
pub use date::Date;
pub use date_range::DateRange;
pub use error::ElementError;
pub use npi::is_valid_npi;

pub(crate) use date::is_digits;
pub use quantity::Quantity;
pub use text::{Id, Text};
pub use time::Time;

/// Implements `Display` (the source text), `FromStr` (for the owned form) and, with the `serde`
/// feature, `Serialize`/`Deserialize` as a string, for a type with an inherent
/// `fn from_text(Cow<'a, str>) -> Result<Self, ElementError>` and `fn as_str(&self) -> &str`.
macro_rules! text_backed_element {
    ($ty:ident) => {
        impl ::core::fmt::Display for $ty<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $ty<'static> {
            type Err = $crate::element::ElementError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $ty::from_text(::std::borrow::Cow::Owned(text.to_owned()))
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $ty<'_> {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $ty<'static> {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                let text = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                $ty::from_text(::std::borrow::Cow::Owned(text)).map_err(::serde::de::Error::custom)
            }
        }
    };
}
use text_backed_element;
