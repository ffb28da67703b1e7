//! The four delimiters of an interchange, and reading them from its fixed-width ISA header.
//!
//! X12 has no fixed delimiters: each interchange declares its own in the ISA segment, which is
//! why ISA is exactly 106 bytes wide. The element separator is the byte after `ISA`; ISA11 is
//! the repetition separator from version 00501 on (before, it held a standards identifier such as
//! `U`); ISA16 is the component separator; the byte after ISA16 ends the segment.

use std::fmt;
use std::str::FromStr;

use nom::IResult;
use nom::bytes::streaming::{tag, take};

/// Length of an ISA segment including its terminator.
pub const ISA_LEN: usize = 106;

/// Widths of ISA01..ISA16, in order.
pub(crate) const ISA_WIDTHS: [usize; 16] = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

/// The separators and terminator of one interchange.
///
/// `Default` is the most common set: `*` elements, `:` components, `^` repetitions, `~` segments.
///
/// ```
/// use x12_claims::syntax::Delimiters;
/// let d: Delimiters = "|>^\n".parse()?;
/// assert_eq!((d.element, d.component, d.repetition, d.segment), (b'|', b'>', Some(b'^'), b'\n'));
/// assert_eq!(Delimiters::default().to_string(), "*:^~");
/// # Ok::<(), x12_claims::syntax::DelimiterError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Delimiters {
    /// Separates the elements of a segment (the byte after `ISA`).
    pub element: u8,
    /// Separates the components of a composite element (ISA16).
    pub component: u8,
    /// Separates repetitions of an element (ISA11 from version 00501); `None` before 00501,
    /// where ISA11 is a standards identifier such as `U`.
    pub repetition: Option<u8>,
    /// Ends each segment (the byte after ISA16).
    pub segment: u8,
}

/// Why `byte` cannot be any delimiter, because data holds it: non-ASCII bytes (inside UTF-8
/// text), letters, digits and spaces, and the minus signs and decimal points of numbers and
/// date ranges. `None` for a byte that may serve.
pub(crate) fn data_byte(byte: u8) -> Option<&'static str> {
    if !byte.is_ascii() {
        Some("non-ASCII bytes occur inside UTF-8 text")
    } else if byte.is_ascii_alphanumeric() {
        Some("letters and digits occur in data")
    } else if matches!(byte, b'-' | b'.') {
        Some("minus signs and decimal points occur in numbers and date ranges")
    } else if byte == b' ' {
        Some("spaces occur in data")
    } else {
        None
    }
}

impl Default for Delimiters {
    fn default() -> Self {
        Delimiters {
            element: b'*',
            component: b':',
            repetition: Some(b'^'),
            segment: b'~',
        }
    }
}

/// Why a set of delimiters cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DelimiterError {
    /// Two roles share one byte, so the data could not be split unambiguously.
    #[error("the {first} and the {second} are both {byte}")]
    Collision {
        /// The first role.
        first: &'static str,
        /// The second role.
        second: &'static str,
        /// The shared byte, escaped for display.
        byte: ByteText,
    },
    /// The byte cannot be a delimiter: letters, digits and (except for the terminator)
    /// white space occur in data, and non-ASCII bytes occur inside UTF-8 text.
    #[error("the {role} {byte} cannot be a delimiter: {why}")]
    Unusable {
        /// The role the byte was meant for.
        role: &'static str,
        /// The byte, escaped for display.
        byte: ByteText,
        /// Why it cannot serve.
        why: &'static str,
    },
    /// The text form does not have 3 or 4 characters.
    #[error(
        "expected 3 or 4 delimiter characters (element, component, [repetition,] segment), found {0}"
    )]
    Length(usize),
}

/// A byte shown as quoted, escaped text in messages (`'*'`, `'\n'`, `'\x1d'`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ByteText(pub u8);

impl fmt::Display for ByteText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}'", self.0.escape_ascii())
    }
}

impl fmt::Debug for ByteText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Delimiters {
    /// Builds and checks a set of delimiters.
    ///
    /// ```
    /// use x12_claims::syntax::Delimiters;
    /// assert!(Delimiters::new(b'*', b':', Some(b'^'), b'~').is_ok());
    /// assert!(Delimiters::new(b'*', b'*', None, b'~').is_err());
    /// ```
    pub fn new(
        element: u8,
        component: u8,
        repetition: Option<u8>,
        segment: u8,
    ) -> Result<Self, DelimiterError> {
        let d = Delimiters {
            element,
            component,
            repetition,
            segment,
        };
        d.check()?;
        Ok(d)
    }

    /// Checks that the bytes are usable and distinct: none is a byte data holds (non-ASCII,
    /// letters, digits, spaces, `-` and `.`), and only the segment terminator may be a line
    /// break.
    pub fn check(&self) -> Result<(), DelimiterError> {
        let mut roles = vec![
            ("element separator", self.element),
            ("component separator", self.component),
        ];
        if let Some(rep) = self.repetition {
            roles.push(("repetition separator", rep));
        }
        roles.push(("segment terminator", self.segment));
        for &(role, byte) in &roles {
            let why = data_byte(byte).or_else(|| {
                (role != "segment terminator" && matches!(byte, b'\r' | b'\n'))
                    .then_some("line breaks are only usable as the segment terminator")
            });
            if let Some(why) = why {
                return Err(DelimiterError::Unusable {
                    role,
                    byte: ByteText(byte),
                    why,
                });
            }
        }
        for (i, &(first, a)) in roles.iter().enumerate() {
            for &(second, b) in roles.iter().skip(i + 1) {
                if a == b {
                    return Err(DelimiterError::Collision {
                        first,
                        second,
                        byte: ByteText(a),
                    });
                }
            }
        }
        Ok(())
    }

    /// Whether `byte` is one of these delimiters.
    #[inline]
    pub fn is_delimiter(&self, byte: u8) -> bool {
        byte == self.element
            || byte == self.component
            || byte == self.segment
            || Some(byte) == self.repetition
    }

    /// Whether `byte` is white space that may follow a terminator as layout (a line break or
    /// indentation) rather than data.
    #[inline]
    pub(crate) fn is_layout(&self, byte: u8) -> bool {
        matches!(byte, b'\r' | b'\n' | b' ' | b'\t') && !self.is_delimiter(byte)
    }
}

impl fmt::Display for Delimiters {
    /// Element, component, repetition (when there is one) and segment characters, escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}",
            self.element.escape_ascii(),
            self.component.escape_ascii()
        )?;
        if let Some(rep) = self.repetition {
            write!(f, "{}", rep.escape_ascii())?;
        }
        write!(f, "{}", self.segment.escape_ascii())
    }
}

impl FromStr for Delimiters {
    type Err = DelimiterError;

    /// Reads `"*:^~"` (element, component, repetition, segment) or `"*:~"` (no repetition).
    /// `\n`, `\r`, `\t` and `\xHH` escapes are understood, so `"*:^\\n"` means a newline
    /// terminator.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = unescape(s);
        match *bytes.as_slice() {
            [e, c, r, s] => Delimiters::new(e, c, Some(r), s),
            [e, c, s] => Delimiters::new(e, c, None, s),
            _ => Err(DelimiterError::Length(bytes.len())),
        }
    }
}

/// Undoes the escapes `\n`, `\r`, `\t`, `\\`, `\'`, `\"` and `\xHH` (those the text form
/// is written with); anything else stays as it is.
fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        rest = tail;
        if first != b'\\' {
            out.push(first);
            continue;
        }
        match rest {
            [b'n', tail @ ..] => (out.push(b'\n'), rest = tail),
            [b'r', tail @ ..] => (out.push(b'\r'), rest = tail),
            [b't', tail @ ..] => (out.push(b'\t'), rest = tail),
            [quoted @ (b'\\' | b'\'' | b'"'), tail @ ..] => (out.push(*quoted), rest = tail),
            [b'x', h, l, tail @ ..] => match hex_pair(*h, *l) {
                Some(byte) => (out.push(byte), rest = tail),
                None => (out.push(b'\\'), ()),
            },
            _ => (out.push(b'\\'), ()),
        };
    }
    out
}

fn hex_pair(h: u8, l: u8) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    u8::try_from(digit(h)? * 16 + digit(l)?).ok()
}

/// What is wrong with an ISA header, before a location is attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum IsaFault {
    /// Byte `index` of the header should be a separator (or, at 105, the terminator).
    Layout {
        index: usize,
        expected: &'static str,
        found: u8,
    },
    /// The delimiters it declares cannot be used.
    Delimiters(DelimiterError),
    /// Byte `index` of the header, inside a field other than ISA11 and ISA16, is one of the
    /// delimiters the header declares.
    DelimiterInField { index: usize, found: u8 },
}

/// Reads the delimiters of an ISA header at the start of `input` (nom streaming parser: a
/// header cut short by the end of the buffer is `Incomplete`, not an error).
///
/// The header must be exactly 106 bytes: the separator has to be found after each fixed-width
/// field, and the terminator right after ISA16.
pub(crate) fn isa_header(input: &[u8]) -> IResult<&[u8], Delimiters, IsaFault> {
    let fault = |index, expected, found| {
        nom::Err::Error(IsaFault::Layout {
            index,
            expected,
            found,
        })
    };
    let (mut rest, _) = tag(&b"ISA"[..])(input).map_err(no_detail)?;
    let (after, sep) = take(1usize)(rest).map_err(no_detail)?;
    let element = first_byte(sep);
    rest = after;
    let mut index = 4;
    let mut repetition_field = 0u8;
    let mut version = &b""[..];
    let mut component = 0u8;
    for (n, width) in ISA_WIDTHS.iter().enumerate() {
        let (after, field) = take(*width)(rest).map_err(no_detail)?;
        match n {
            10 => repetition_field = first_byte(field),
            11 => version = field,
            15 => component = first_byte(field),
            _ => {}
        }
        index += width;
        let (after, next) = take(1usize)(after).map_err(no_detail)?;
        let found = first_byte(next);
        if n < 15 && found != element {
            return Err(fault(index, "the element separator", found));
        }
        rest = after;
        index += 1;
        if n == 15 {
            let repetition = uses_repetition(version, repetition_field).then_some(repetition_field);
            let delimiters = Delimiters {
                element,
                component,
                repetition,
                segment: found,
            };
            if let Err(problem) = delimiters.check() {
                return Err(nom::Err::Error(IsaFault::Delimiters(problem)));
            }
            if let Some((index, found)) = delimiter_in_field(input, delimiters) {
                return Err(nom::Err::Error(IsaFault::DelimiterInField { index, found }));
            }
            return Ok((rest, delimiters));
        }
    }
    Err(fault(ISA_LEN - 1, "the segment terminator", 0))
}

/// The first delimiter inside a field of a whole header, with its index. ISA16 and (from
/// 00501) ISA11 are the component and repetition separators themselves; any other field
/// holding a delimiter, ISA11 as a standards identifier before 00501 included, could not be
/// read element by element, nor written back as X12.
fn delimiter_in_field(header: &[u8], d: Delimiters) -> Option<(usize, u8)> {
    let mut start = 4;
    for (n, width) in ISA_WIDTHS.iter().enumerate() {
        let separator = (n == 10 && d.repetition.is_some()) || n == 15;
        if !separator {
            let field = header.get(start..start + width).unwrap_or_default();
            if let Some(at) = field.iter().position(|&b| d.is_delimiter(b)) {
                return field.get(at).map(|&b| (start + at, b));
            }
        }
        start += width + 1;
    }
    None
}

fn layout_fault(index: usize) -> IsaFault {
    IsaFault::Layout {
        index,
        expected: "\"ISA\"",
        found: 0,
    }
}

fn no_detail(e: nom::Err<nom::error::Error<&[u8]>>) -> nom::Err<IsaFault> {
    e.map(|_| layout_fault(0))
}

fn first_byte(bytes: &[u8]) -> u8 {
    bytes.first().copied().unwrap_or(0)
}

/// ISA11 is a repetition separator from version 00501 on. A letter or digit there (the 4010
/// habit of writing `U`, seen even in 5010 files) cannot separate anything, so it is read as
/// "no repetition separator".
fn uses_repetition(version: &[u8], isa11: u8) -> bool {
    // Digits only: `parse` would also take a sign, so a field such as `+0501` (a separator
    // re-delimited into a malformed ISA12) would read as version 501.
    let numeric = std::str::from_utf8(version)
        .ok()
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse::<u32>().ok());
    matches!(numeric, Some(v) if v >= 501) && !isa11.is_ascii_alphanumeric() && isa11 != b' '
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISA_5010: &[u8] = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~";
    const ISA_4010: &[u8] = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*U*00401*000000101*1*T*:~";

    #[test]
    fn a_version_with_a_sign_is_not_a_version() {
        assert!(uses_repetition(b"00501", b'^'));
        assert!(!uses_repetition(b"+0501", b'^'));
        assert!(!uses_repetition(b"*0501", b'^'));
        assert!(!uses_repetition(b"", b'^'));
        assert!(!uses_repetition(b"00501", b'U'));
    }

    #[test]
    fn reads_5010_and_4010_headers() {
        assert_eq!(ISA_5010.len(), ISA_LEN);
        let (rest, d) = isa_header(ISA_5010).unwrap();
        assert!(rest.is_empty());
        assert_eq!(d, Delimiters::default());
        let (_, d) = isa_header(ISA_4010).unwrap();
        assert_eq!(d.repetition, None);
    }

    #[test]
    fn any_byte_may_serve() {
        let text = ISA_5010
            .iter()
            .map(|&b| match b {
                b'*' => b'|',
                b'~' => 0x1d,
                b':' => b'>',
                b'^' => b'!',
                b => b,
            })
            .collect::<Vec<_>>();
        let (_, d) = isa_header(&text).unwrap();
        assert_eq!(d, Delimiters::new(b'|', b'>', Some(b'!'), 0x1d).unwrap());
    }

    #[test]
    fn letter_in_isa11_of_5010_means_no_repetition() {
        let text = String::from_utf8(ISA_5010.to_vec())
            .unwrap()
            .replace("*^*", "*U*");
        let (_, d) = isa_header(text.as_bytes()).unwrap();
        assert_eq!(d.repetition, None);
    }

    #[test]
    fn short_header_is_incomplete_not_an_error() {
        assert!(matches!(
            isa_header(&ISA_5010[..60]),
            Err(nom::Err::Incomplete(_))
        ));
    }

    #[test]
    fn misplaced_separator_names_the_byte() {
        // ISA06 one character short: the separator arrives one byte early.
        let text = String::from_utf8(ISA_5010.to_vec())
            .unwrap()
            .replace("SUBMITTER      ", "SUBMITTER     ");
        let err = isa_header(text.as_bytes()).unwrap_err();
        assert_eq!(
            err,
            nom::Err::Error(IsaFault::Layout {
                index: 50,
                expected: "the element separator",
                found: b'Z'
            })
        );
    }

    #[test]
    fn signs_and_points_cannot_separate() {
        // `-` and `.` occur in amounts and date ranges; as separators they would split them.
        for (from, to, role) in [
            ("*^*", "*-*", "repetition separator"),
            ("*:~", "*.~", "component separator"),
        ] {
            let text = String::from_utf8(ISA_5010.to_vec())
                .unwrap()
                .replace(from, to);
            let Err(nom::Err::Error(IsaFault::Delimiters(problem))) = isa_header(text.as_bytes())
            else {
                panic!("{to} accepted")
            };
            assert_eq!(
                problem.to_string(),
                format!(
                    "the {role} {:?} cannot be a delimiter: minus signs and decimal points occur in numbers and date ranges",
                    char::from(to.as_bytes()[1])
                )
            );
        }
        assert!(Delimiters::new(b'.', b':', Some(b'^'), b'~').is_err());
        assert!(Delimiters::new(b'*', b':', Some(b'^'), b'-').is_err());
    }

    #[test]
    fn colliding_delimiters_are_refused() {
        let text = String::from_utf8(ISA_5010.to_vec())
            .unwrap()
            .replace("*^*", "*:*");
        let Err(nom::Err::Error(IsaFault::Delimiters(problem))) = isa_header(text.as_bytes())
        else {
            panic!("accepted")
        };
        assert_eq!(
            problem.to_string(),
            "the component separator and the repetition separator are both ':'"
        );
    }

    #[test]
    fn a_delimiter_inside_a_field_is_refused_except_in_isa11_and_isa16() {
        let header = String::from_utf8(ISA_5010.to_vec()).unwrap();
        // ISA06 "SUBMITTER      " starts at byte 35.
        for (bad, index) in [
            ("SUB:ITTER      ", 38),
            ("SUBMITTER^     ", 44),
            ("~UBMITTER      ", 35),
        ] {
            let text = header.replace("SUBMITTER      ", bad);
            assert_eq!(
                isa_header(text.as_bytes()),
                Err(nom::Err::Error(IsaFault::DelimiterInField {
                    index,
                    found: text.as_bytes()[index]
                })),
                "{bad}"
            );
        }
        // ISA11 and ISA16 are the separators themselves.
        assert!(isa_header(ISA_5010).is_ok());
        // Before 00501 ISA11 is no separator, so `^` is data like any other byte.
        let text = header
            .replace("*^*00501*", "*U*00401*")
            .replace("SUBMITTER      ", "SUBMITTER^     ");
        assert!(isa_header(text.as_bytes()).is_ok());
        // There ISA11 is a standards identifier, which may not be a delimiter either.
        let text = header.replace("*^*00501*", "*~*00401*");
        assert_eq!(
            isa_header(text.as_bytes()),
            Err(nom::Err::Error(IsaFault::DelimiterInField {
                index: 82,
                found: b'~'
            }))
        );
    }

    #[test]
    fn every_usable_delimiter_survives_its_text_form() {
        for byte in 1..0x80u8 {
            for (e, c, r, s) in [
                (byte, b':', Some(b'^'), b'~'),
                (b'*', byte, None, b'~'),
                (b'*', b':', Some(byte), b'~'),
                (b'*', b':', Some(b'^'), byte),
            ] {
                let Ok(d) = Delimiters::new(e, c, r, s) else {
                    continue;
                };
                assert_eq!(d.to_string().parse(), Ok(d), "{d}");
            }
        }
    }

    #[test]
    fn text_form() {
        for (text, expected) in [
            ("*:^~", Some(Delimiters::default())),
            ("*:~", Delimiters::new(b'*', b':', None, b'~').ok()),
            (
                "|>^\\n",
                Delimiters::new(b'|', b'>', Some(b'^'), b'\n').ok(),
            ),
            (
                "*:^\\x1d",
                Delimiters::new(b'*', b':', Some(b'^'), 0x1d).ok(),
            ),
            ("**^~", None),
            ("*A^~", None),
            ("*:", None),
        ] {
            assert_eq!(text.parse::<Delimiters>().ok(), expected, "{text}");
        }
        let d = Delimiters::new(b'*', b':', Some(b'^'), b'\n').unwrap();
        assert_eq!(d.to_string(), "*:^\\n");
        assert_eq!(d.to_string().parse::<Delimiters>().unwrap(), d);
    }
}
