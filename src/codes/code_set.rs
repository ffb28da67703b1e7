//! The one mechanism behind every code set: the `code_set!` macro.
//!
//! A code set is an *open* newtype over [`Code`](super::Code): any syntactically valid code is
//! accepted, named constants cover the codes we know, and an unknown code survives parsing so a
//! file with a code newer than our tables still reads (the validation layer decides what to do
//! with it). The macro takes a table of `CONST_NAME = "code" => "description";` rows and declares
//! the type, its constants (documented from the description), its methods and trait impls, and a
//! test module that checks the table. Each code set lives in its own file and only holds its table
//! and any methods of its own.

/// Declares an open code set; see the module documentation.
///
/// ```text
/// code_set! {
///     /// Type docs.
///     pub struct Gender;
///     example: FEMALE = "F";
///     /// Extra docs for one constant (optional; start with an empty `///` line).
///     FEMALE = "F" => "Female";
///     ...
/// }
/// ```
///
/// Descriptions are short phrases without a final period; the constant's doc reads
/// "`code`: description.". `example` names a constant used in the generated doc examples.
macro_rules! code_set {
    (
        $(#[$type_attr:meta])*
        pub struct $name:ident;
        example: $example:ident = $example_code:literal;
        $(
            $(#[$const_attr:meta])*
            $const_name:ident = $code:literal => $description:literal;
        )+
    ) => {
        $(#[$type_attr])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name($crate::codes::Code);

        impl $name {
            $(
                #[doc = concat!("`", $code, "`: ", $description, ".")]
                $(#[$const_attr])*
                pub const $const_name: Self = Self($crate::codes::Code::from_static($code));
            )+

            #[doc = concat!(
                "Every code of this set that has a name here, in table order.\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert!(", stringify!($name), "::KNOWN.contains(&",
                stringify!($name), "::", stringify!($example), "));\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub const KNOWN: &'static [Self] = &[$(Self::$const_name),+];

            /// A valid stand-in for accessors of checked segments, which never need it.
            #[allow(dead_code)]
            pub(crate) const PLACEHOLDER: Self = Self($crate::codes::Code::from_static("?"));

            #[doc = concat!(
                "Reads a code. Any valid code is accepted, known or not; ",
                "see [`Self::is_known`].\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::new(\"", $example_code, "\")?, ",
                stringify!($name), "::", stringify!($example), ");\n",
                "assert!(!", stringify!($name), "::new(\"NOT-A-CODE\")?.is_known());\n",
                "assert!(", stringify!($name), "::new(\"\").is_err());\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub fn new(text: &str) -> Result<Self, $crate::codes::CodeError> {
                $crate::codes::Code::new(text).map(Self)
            }

            #[doc = concat!(
                "Wraps a [`Code`](crate::codes::Code) already read.\n\n",
                "```\nuse x12_claims::codes::{Code, ", stringify!($name), "};\n\n",
                "let code = Code::new(\"", $example_code, "\")?;\n",
                "assert_eq!(", stringify!($name), "::from_code(code), ",
                stringify!($name), "::", stringify!($example), ");\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub const fn from_code(code: $crate::codes::Code) -> Self {
                Self(code)
            }

            #[doc = concat!(
                "The underlying [`Code`](crate::codes::Code).\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($example),
                ".code().as_str(), \"", $example_code, "\");\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub const fn code(self) -> $crate::codes::Code {
                self.0
            }

            #[doc = concat!(
                "The code's text.\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($example),
                ".as_str(), \"", $example_code, "\");\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            #[doc = concat!(
                "A short built-in description (our own words), or `None` for an unknown code.\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert!(", stringify!($name), "::", stringify!($example),
                ".description().is_some());\n",
                "assert_eq!(", stringify!($name), "::new(\"NOT-A-CODE\")?.description(), None);\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub fn description(&self) -> Option<&'static str> {
                // Constants as patterns: a code listed twice makes an unreachable arm, which the
                // lints turn into a build error.
                match *self {
                    $(Self::$const_name => Some($description),)+
                    _ => None,
                }
            }

            #[doc = concat!(
                "True when the code is one of the named constants.\n\n",
                "```\nuse x12_claims::codes::", stringify!($name), ";\n\n",
                "assert!(", stringify!($name), "::new(\"", $example_code, "\")?.is_known());\n",
                "assert!(!", stringify!($name), "::new(\"NOT-A-CODE\")?.is_known());\n",
                "# Ok::<(), x12_claims::codes::CodeError>(())\n```",
            )]
            pub fn is_known(&self) -> bool {
                self.description().is_some()
            }

            #[doc = concat!(
                "The description from `table` when it has one, else the built-in one.\n\n",
                "```\nuse x12_claims::codes::{DescriptionTable, ", stringify!($name), "};\n\n",
                "let table = DescriptionTable::load_tsv(\"", $example_code,
                "\\tFrom my own list\\n\".as_bytes())?;\n",
                "let code = ", stringify!($name), "::", stringify!($example), ";\n",
                "assert_eq!(code.describe(Some(&table)), Some(\"From my own list\"));\n",
                "assert_eq!(code.describe(None), code.description());\n",
                "# Ok::<(), Box<dyn std::error::Error>>(())\n```",
            )]
            pub fn describe<'t>(
                &self,
                table: Option<&'t $crate::codes::DescriptionTable>,
            ) -> Option<&'t str> {
                table
                    .and_then(|table| table.description(self.0))
                    .or_else(|| self.description())
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::codes::CodeError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::new(text)
            }
        }

        impl From<$name> for $crate::codes::Code {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl From<$crate::codes::Code> for $name {
            fn from(code: $crate::codes::Code) -> Self {
                Self(code)
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                let text = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::new(&text).map_err(::serde::de::Error::custom)
            }
        }

        /// Checks every row of the table; each file adds its own literal cases.
        #[cfg(test)]
        mod table_tests {
            use super::$name;

            #[test]
            fn every_named_code_reads_back_and_is_described() {
                for known in $name::KNOWN {
                    let text = known.as_str();
                    let read = $name::new(text).unwrap();
                    assert_eq!(read, *known);
                    assert_eq!(read.to_string(), text);
                    assert!(read.is_known(), "{text}");
                    let description = read.description().unwrap();
                    assert!(!description.is_empty() && !description.ends_with('.'), "{text}");
                }
            }

            #[test]
            fn codes_are_unique() {
                let mut codes: Vec<&str> = $name::KNOWN.iter().map($name::as_str).collect();
                codes.sort_unstable();
                codes.dedup();
                assert_eq!(codes.len(), $name::KNOWN.len());
            }

            #[test]
            fn unknown_codes_survive() {
                let unknown = $name::new("NOT-A-CODE").unwrap();
                assert_eq!(unknown.as_str(), "NOT-A-CODE");
                assert!(!unknown.is_known());
                assert_eq!(unknown.description(), None);
                assert_eq!(unknown.describe(None), None);
                assert!($name::new("").is_err());
                assert!("é".parse::<$name>().is_err());
            }

            #[test]
            fn a_user_table_wins() {
                let mut table = $crate::codes::DescriptionTable::new();
                table.insert($name::$example.code(), "mine");
                assert_eq!($name::$example.describe(Some(&table)), Some("mine"));
                let empty = $crate::codes::DescriptionTable::new();
                assert_eq!(
                    $name::$example.describe(Some(&empty)),
                    $name::$example.description()
                );
            }

            #[test]
            fn debug_and_code_conversions() {
                let code = $crate::codes::Code::from($name::$example);
                assert_eq!($name::from(code), $name::$example);
                assert_eq!($name::from_code(code), $name::$example);
                assert_eq!(
                    format!("{:?}", $name::$example),
                    format!("{}({:?})", stringify!($name), $example_code),
                );
            }

            #[cfg(feature = "serde")]
            #[test]
            fn serde_is_the_plain_string() {
                let json = serde_json::to_string(&$name::$example).unwrap();
                assert_eq!(json, format!("\"{}\"", $example_code));
                assert_eq!(serde_json::from_str::<$name>(&json).unwrap(), $name::$example);
                let unknown: $name = serde_json::from_str("\"NOT-A-CODE\"").unwrap();
                assert!(!unknown.is_known());
                assert!(serde_json::from_str::<$name>("\"\"").is_err());
            }
        }
    };
}
pub(crate) use code_set;
