//! The `decimal_element!` macro: one definition for the X12 `R` value types ([`Amount`] and
//! [`Quantity`]), which differ only in name, errors and what their digits mean. They are
//! separate types so that a unit count cannot be added to a charge by mistake.
//!
//! [`Amount`]: super::Amount
//! [`Quantity`]: super::Quantity

/// Declares an `R` value type: its source text and its exact [`Decimal`](rust_decimal::Decimal)
/// value, read with the grammar of the `decimal` module, built with canonical text, and with the
/// impls of `text_backed_element!`.
///
/// ```text
/// decimal_element! {
///     /// docs of the type
///     pub struct Amount;
///     noun = "amount";
///     errors = (Amount, AmountOutOfRange);
///     /// what the number of fraction digits means for this type
///     fraction_digits;
/// }
/// ```
macro_rules! decimal_element {
    (
        $(#[$attr:meta])*
        pub struct $name:ident;
        noun = $noun:literal;
        errors = ($syntax:ident, $range:ident);
        $(#[$fraction:meta])*
        fraction_digits;
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub struct $name<'a> {
            text: ::std::borrow::Cow<'a, str>,
            value: ::rust_decimal::Decimal,
        }

        impl<'a> $name<'a> {
            /// A valid stand-in value for accessors of checked segments, which never need it.
            pub(crate) fn placeholder() -> $name<'static> {
                $name {
                    text: ::std::borrow::Cow::Borrowed("0"),
                    value: ::rust_decimal::Decimal::ZERO,
                }
            }

            #[doc = concat!("Reads ", $noun, " from X12 `R` text, borrowing the text.")]
            ///
            /// Fails on empty text, `+`, exponents, thousands separators, spaces, a point without
            /// digits after it, and on values with more digits than a `Decimal` holds (28).
            ///
            /// ```
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"-.5\")?.as_str(), \"-.5\");")]
            #[doc = concat!("assert!(", stringify!($name), "::parse(\"1,000\").is_err());")]
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn parse(text: &'a str) -> Result<Self, $crate::element::ElementError> {
                Self::from_text(::std::borrow::Cow::Borrowed(text))
            }

            fn from_text(
                text: ::std::borrow::Cow<'a, str>,
            ) -> Result<Self, $crate::element::ElementError> {
                use $crate::element::decimal::{self, DecimalProblem};
                match decimal::parse(&text) {
                    Ok(value) => Ok(Self { text, value }),
                    Err(DecimalProblem::Syntax) => Err($crate::element::ElementError::$syntax {
                        found: text.into_owned(),
                    }),
                    Err(DecimalProblem::OutOfRange) => {
                        Err($crate::element::ElementError::$range {
                            found: text.into_owned(),
                        })
                    }
                }
            }

            /// The numeric value.
            ///
            /// ```
            /// use rust_decimal::Decimal;
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"-12.5\")?.value(), Decimal::new(-125, 1));")]
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn value(&self) -> ::rust_decimal::Decimal {
                self.value
            }

            #[doc = concat!("The X12 text, exactly as read (or canonical, for ", $noun, " built with [`", stringify!($name), "::new`]).")]
            ///
            /// ```
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"100.00\")?.as_str(), \"100.00\");")]
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn as_str(&self) -> &str {
                &self.text
            }

            /// Number of digits after the decimal point in the text (0 without a point).
            ///
            $(#[$fraction])*
            ///
            /// ```
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"150.005\")?.fraction_digits(), 3);")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"150\")?.fraction_digits(), 0);")]
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn fraction_digits(&self) -> usize {
                $crate::element::decimal::fraction_digits(&self.text)
            }

            /// Number of digits before the decimal point in the text, leading zeros included,
            /// sign excluded (0 for `.5`).
            ///
            /// ```
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"-1234.56\")?.integer_digits(), 4);")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\".5\")?.integer_digits(), 0);")]
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn integer_digits(&self) -> usize {
                $crate::element::decimal::integer_digits(&self.text)
            }

            #[doc = concat!("Turns ", $noun, " that borrows its text into one that owns it.")]
            ///
            /// ```
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("let owned: ", stringify!($name), "<'static> = ", stringify!($name), "::parse(&String::from(\"7.10\"))?.into_owned();")]
            /// assert_eq!(owned.as_str(), "7.10");
            /// # Ok::<(), x12_claims::element::ElementError>(())
            /// ```
            pub fn into_owned(self) -> $name<'static> {
                $name {
                    text: ::std::borrow::Cow::Owned(self.text.into_owned()),
                    value: self.value,
                }
            }
        }

        impl $name<'static> {
            #[doc = concat!("Builds ", $noun, " from a value, with canonical text: no trailing fractional")]
            /// zeros, no decimal point for whole numbers, no sign on zero, `0.5` rather than `.5`.
            ///
            #[doc = concat!("The value keeps its scale (`value()` of `", stringify!($name), "::new(180.50)` is `180.50`);")]
            /// only the text is canonical.
            ///
            /// ```
            /// use rust_decimal::Decimal;
            #[doc = concat!("use x12_claims::element::", stringify!($name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($name), "::new(Decimal::new(18050, 2)).as_str(), \"180.5\");")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::new(Decimal::new(180, 0)).as_str(), \"180\");")]
            /// ```
            pub fn new(value: ::rust_decimal::Decimal) -> Self {
                Self {
                    text: ::std::borrow::Cow::Owned($crate::element::decimal::canonical(value)),
                    value,
                }
            }
        }

        impl From<::rust_decimal::Decimal> for $name<'static> {
            fn from(value: ::rust_decimal::Decimal) -> Self {
                Self::new(value)
            }
        }

        $crate::element::text_backed_element!($name);
    };
}
pub(super) use decimal_element;
