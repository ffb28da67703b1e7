//! [`Code`]: the small inline value every code set is built on, and its error [`CodeError`].
//!
//! X12 codes are short ASCII strings (`11`, `CO`, `MA130`, `005010X222A1`). A [`Code`] stores up
//! to [`Code::MAX_LEN`] bytes inline, is `Copy`, and can be built in a `const` item with
//! [`Code::from_static`], so code sets declare their values as named constants that also work as
//! `match` patterns.

use std::fmt;

/// Why text cannot be a [`Code`]. It carries no location; the layer that read the text adds one.
///
/// ```
/// use x12_claims::codes::{Code, CodeError};
///
/// assert_eq!(Code::new("CO")?.as_str(), "CO");
/// assert_eq!(Code::new(""), Err(CodeError::Empty));
/// # Ok::<(), CodeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The text is empty; an absent code is an absent element, not an empty code.
    #[error("code is empty (expected 1 to 30 ASCII characters)")]
    Empty,
    /// The text is longer than [`Code::MAX_LEN`] bytes.
    #[error("code {found:?} is longer than 30 characters")]
    TooLong {
        /// The text that was read.
        found: String,
    },
    /// The text has a character outside printable ASCII (a control character or non-ASCII).
    #[error("code {found:?} has a character that is not printable ASCII")]
    NotAscii {
        /// The text that was read.
        found: String,
    },
}

/// A code value: 1 to 30 printable ASCII characters stored inline.
///
/// Ordering is the ordering of the text. Equality, hashing and ordering are derived, so a
/// `const` [`Code`] (and every code-set constant built on one) can be used as a `match` pattern.
///
/// ```
/// use x12_claims::codes::Code;
///
/// const OFFICE: Code = Code::from_static("11");
/// let read = Code::new("11")?;
/// assert!(matches!(read, OFFICE));
/// assert_eq!(read.to_string(), "11");
/// # Ok::<(), x12_claims::codes::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    // Field order matters for the derived `Ord`: bytes (zero padded) first, then length, which
    // orders codes exactly as their text.
    bytes: [u8; Code::MAX_LEN],
    len: u8,
}

/// Whether `bytes` is a code of letters, digits and spaces only: what [`Code::new`] accepts
/// when it holds no other character, said without building the code, for checks that keep no
/// value. Codes with punctuation are left to the caller's slower check (punctuation may be an
/// interchange's separator, which letters, digits and spaces never are).
#[inline]
pub(crate) fn is_plain_code(bytes: &[u8]) -> bool {
    (1..=Code::MAX_LEN).contains(&bytes.len())
        && bytes
            .iter()
            .all(|&b| PLAIN.get(usize::from(b)) == Some(&true))
}

/// The bytes of a plain code (letters, digits, space), one lookup each.
// Evaluated when compiling: an index out of bounds would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
const PLAIN: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8; // below 256, so exact
        plain[b] = byte.is_ascii_alphanumeric() || byte == b' ';
        b += 1;
    }
    plain
};

/// The first problem with `text` as a code, or the code; usable in `const` context.
const fn check(text: &str) -> Result<Code, Problem> {
    let mut src = text.as_bytes();
    if src.is_empty() {
        return Err(Problem::Empty);
    }
    if src.len() > Code::MAX_LEN {
        return Err(Problem::TooLong);
    }
    let len = src.len() as u8; // at most MAX_LEN (30), so the cast is exact
    let mut bytes = [0_u8; Code::MAX_LEN];
    let mut dst: &mut [u8] = &mut bytes;
    while let ([to, dst_rest @ ..], [from, src_rest @ ..]) = (dst, src) {
        if !(from.is_ascii_graphic() || *from == b' ') {
            return Err(Problem::NotAscii);
        }
        *to = *from;
        dst = dst_rest;
        src = src_rest;
    }
    Ok(Code { bytes, len })
}

/// [`CodeError`] without the text, so [`check`] can run in `const` context.
enum Problem {
    Empty,
    TooLong,
    NotAscii,
}

impl Code {
    /// The longest code, in bytes.
    ///
    /// ```
    /// use x12_claims::codes::Code;
    ///
    /// assert!(Code::new(&"A".repeat(Code::MAX_LEN)).is_ok());
    /// assert!(Code::new(&"A".repeat(Code::MAX_LEN + 1)).is_err());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub const MAX_LEN: usize = 30;

    /// Reads a code: 1 to 30 printable ASCII characters (letters, digits, punctuation, space).
    ///
    /// ```
    /// use x12_claims::codes::Code;
    ///
    /// assert_eq!(Code::new("MA130")?.as_str(), "MA130");
    /// assert!(Code::new("é").is_err());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    #[inline]
    pub fn new(text: &str) -> Result<Self, CodeError> {
        check(text).map_err(|problem| match problem {
            Problem::Empty => CodeError::Empty,
            Problem::TooLong => CodeError::TooLong {
                found: text.to_owned(),
            },
            Problem::NotAscii => CodeError::NotAscii {
                found: text.to_owned(),
            },
        })
    }

    /// Builds a code from a literal, for `const` items.
    ///
    /// # Panics
    ///
    /// If `text` is not a valid code (see [`Code::new`]). In a `const` item that is a compile
    /// error, which is what this constructor is for; text read at run time goes through
    /// [`Code::new`], which never panics.
    ///
    /// ```
    /// use x12_claims::codes::Code;
    ///
    /// const DENIED: Code = Code::from_static("4");
    /// assert_eq!(DENIED, Code::new("4")?);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    #[allow(
        clippy::panic,
        reason = "meant for const items, where an invalid literal must fail the build"
    )]
    pub const fn from_static(text: &'static str) -> Self {
        match check(text) {
            Ok(code) => code,
            Err(_) => panic!("not a valid X12 code: 1 to 30 printable ASCII characters"),
        }
    }

    /// The code's text.
    ///
    /// ```
    /// use x12_claims::codes::Code;
    ///
    /// assert_eq!(Code::new("PR")?.as_str(), "PR");
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The code's text as bytes: for comparing with element bytes as they are read, without the
    /// UTF-8 check [`as_str`](Self::as_str) makes on every call.
    ///
    /// ```
    /// use x12_claims::codes::Code;
    ///
    /// assert_eq!(Code::new("PR")?.as_bytes(), b"PR");
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Code").field(&self.as_str()).finish()
    }
}

impl std::str::FromStr for Code {
    type Err = CodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::new(text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Self::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const CO: Code = Code::from_static("CO");
    const PR: Code = Code::from_static("PR");

    proptest::proptest! {
        #[test]
        fn a_plain_code_is_a_code(text in "[A-Za-z0-9 ]{0,32}|[ -~]{0,32}|.{0,32}") {
            // A plain code is a code; a code that is not plain has punctuation.
            if is_plain_code(text.as_bytes()) {
                proptest::prop_assert!(Code::new(&text).is_ok());
            } else if Code::new(&text).is_ok() {
                proptest::prop_assert!(text.bytes().any(|b| b.is_ascii_punctuation()));
            }
        }
    }

    #[test]
    fn accepts_short_printable_ascii() {
        let thirty = "A".repeat(30);
        for text in [
            "1",
            "11",
            "CO",
            "MA130",
            "005010X222A1",
            "A B",
            "-",
            thirty.as_str(),
        ] {
            let code = Code::new(text).unwrap();
            assert_eq!(code.as_str(), text);
            assert_eq!(code.to_string(), text);
            assert_eq!(text.parse::<Code>().unwrap(), code);
        }
    }

    #[test]
    fn rejects_empty_long_and_non_ascii() {
        let long = "A".repeat(31);
        let cases = [
            ("", CodeError::Empty),
            (
                long.as_str(),
                CodeError::TooLong {
                    found: long.clone(),
                },
            ),
            ("é", CodeError::NotAscii { found: "é".into() }),
            (
                "C\nO",
                CodeError::NotAscii {
                    found: "C\nO".into(),
                },
            ),
            ("\0", CodeError::NotAscii { found: "\0".into() }),
        ];
        for (text, err) in cases {
            assert_eq!(Code::new(text), Err(err), "{text:?}");
        }
        assert_eq!(
            Code::new("é").unwrap_err().to_string(),
            "code \"é\" has a character that is not printable ASCII",
        );
    }

    #[test]
    fn constants_work_as_match_patterns() {
        let group = |text: &str| match Code::new(text).unwrap() {
            CO => "contractual",
            PR => "patient",
            _ => "other",
        };
        assert_eq!(group("CO"), "contractual");
        assert_eq!(group("PR"), "patient");
        assert_eq!(group("OA"), "other");
    }

    #[test]
    fn orders_and_hashes_like_text() {
        let mut codes: Vec<Code> = ["B", "A1", "A", "AA", "1", "A "]
            .iter()
            .map(|t| Code::new(t).unwrap())
            .collect();
        codes.sort();
        let texts: Vec<&str> = codes.iter().map(Code::as_str).collect();
        assert_eq!(texts, ["1", "A", "A ", "A1", "AA", "B"]);
        let set: HashSet<Code> = [CO, Code::new("CO").unwrap(), PR].into_iter().collect();
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn debug_shows_the_text() {
        assert_eq!(format!("{CO:?}"), "Code(\"CO\")");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_is_the_plain_string() {
        assert_eq!(serde_json::to_string(&CO).unwrap(), "\"CO\"");
        assert_eq!(serde_json::from_str::<Code>("\"CO\"").unwrap(), CO);
        assert!(serde_json::from_str::<Code>("\"\"").is_err());
    }
}
