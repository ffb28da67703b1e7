//! [`Text`] (X12 `AN`) and [`Id`] (X12 `ID`): string values kept as they were read.
//!
//! Both are thin wrappers over the text. They check nothing: which characters may appear depends
//! on the delimiters and character set of the interchange, which this layer does not know, and
//! which codes an `ID` element allows is the business of the code sets in
//! [`crate::codes`]. They exist so a model's fields say what kind of value they hold.

use std::borrow::Cow;
use std::fmt;

macro_rules! string_element {
    ($(#[$doc:meta])* $ty:ident, $sample:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $ty<'a>(Cow<'a, str>);

        impl<'a> $ty<'a> {
            #[doc = concat!(
                "Wraps text, borrowing or owning it.\n\n",
                "```\nuse x12_claims::element::", stringify!($ty), ";\n\n",
                "let value = ", stringify!($ty), "::new(\"", $sample, "\");\n",
                "assert_eq!(value.as_str(), \"", $sample, "\");\n",
                "# Ok::<(), x12_claims::element::ElementError>(())\n```",
            )]
            pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
                Self(text.into())
            }

            #[doc = concat!(
                "The text, exactly as read.\n\n",
                "```\nuse x12_claims::element::", stringify!($ty), ";\n\n",
                "assert_eq!(", stringify!($ty), "::new(\"", $sample, "\").as_str(), ",
                "\"", $sample, "\");\n",
                "# Ok::<(), x12_claims::element::ElementError>(())\n```",
            )]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            #[doc = concat!(
                "Turns a borrowed value into one that owns its text.\n\n",
                "```\nuse x12_claims::element::", stringify!($ty), ";\n\n",
                "let source = String::from(\"", $sample, "\");\n",
                "let owned: ", stringify!($ty), "<'static> = ",
                stringify!($ty), "::new(source.as_str()).into_owned();\n",
                "drop(source);\n",
                "assert_eq!(owned.as_str(), \"", $sample, "\");\n",
                "# Ok::<(), x12_claims::element::ElementError>(())\n```",
            )]
            pub fn into_owned(self) -> $ty<'static> {
                $ty(Cow::Owned(self.0.into_owned()))
            }
        }

        impl<'a> From<&'a str> for $ty<'a> {
            fn from(text: &'a str) -> Self {
                Self::new(text)
            }
        }

        impl From<String> for $ty<'static> {
            fn from(text: String) -> Self {
                Self::new(text)
            }
        }

        impl fmt::Display for $ty<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::core::str::FromStr for $ty<'static> {
            type Err = ::core::convert::Infallible;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(Self::new(text.to_owned()))
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $ty<'_> {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $ty<'static> {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::new)
            }
        }
    };
}

string_element!(
    /// A string value (X12 `AN`): names, addresses, identifiers, free text.
    ///
    /// ```
    /// use x12_claims::element::Text;
    ///
    /// let name = Text::new("KINDRED FAMILY PRACTICE");
    /// assert_eq!(name.to_string(), "KINDRED FAMILY PRACTICE");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    Text,
    "SMITH"
);

string_element!(
    /// A coded value (X12 `ID`) as text. Typed code sets in [`crate::codes`] give the codes
    /// names and meanings; this keeps the raw text for elements without one.
    ///
    /// ```
    /// use x12_claims::element::Id;
    ///
    /// let qualifier = Id::new("XX");
    /// assert_eq!(qualifier.as_str(), "XX");
    /// # Ok::<(), x12_claims::element::ElementError>(())
    /// ```
    Id,
    "XX"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_as_is() {
        for text in ["SMITH", "", " padded ", "O'BRIEN-JONES", "lower"] {
            assert_eq!(Text::new(text).as_str(), text);
            assert_eq!(Text::from(text).to_string(), text);
            assert_eq!(Id::new(text).as_str(), text);
            assert_eq!(text.parse::<Id<'static>>().unwrap().as_str(), text);
        }
    }

    #[test]
    fn borrowed_and_owned_compare_equal() {
        let source = String::from("MI");
        let borrowed = Id::new(source.as_str());
        let owned = borrowed.clone().into_owned();
        assert_eq!(borrowed, owned);
        drop(borrowed);
        drop(source);
        assert_eq!(owned, Id::from(String::from("MI")));
        assert!(matches!(Text::new("X").into_owned().0, Cow::Owned(_)));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_is_a_plain_string() {
        let text = Text::new("100 MAIN ST");
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, "\"100 MAIN ST\"");
        assert_eq!(serde_json::from_str::<Text<'static>>(&json).unwrap(), text);
        let id: Id<'static> = serde_json::from_str("\"XX\"").unwrap();
        assert_eq!(id.as_str(), "XX");
    }
}
