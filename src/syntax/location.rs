//! Where something is in the input: [`Location`] and the inline [`SegmentId`].
//!
//! Every error of every layer carries a `Location`, so a biller can go to the exact byte of a
//! file. It is `Copy` and small on purpose: it is built on the hot path for every segment.

use std::fmt;

/// A segment identifier such as `ISA`, `CLM` or `N3`: two or three ASCII upper-case letters or
/// digits, the first a letter. Stored inline, so it costs no allocation.
///
/// ```
/// use x12_claims::syntax::SegmentId;
/// let id = SegmentId::new(b"CLM").ok_or("not a segment id")?;
/// assert_eq!(id.as_str(), "CLM");
/// assert!(SegmentId::new(b"clm").is_none());
/// # Ok::<(), &'static str>(())
/// ```
#[derive(Clone, Copy, Eq, PartialOrd, Ord)]
pub struct SegmentId {
    bytes: [u8; 3],
    len: u8,
}

/// Equal when every field is: compared as one word, since loops compare the identifier of every
/// segment they read with those of their tables.
impl PartialEq for SegmentId {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.word() == other.word()
    }
}

/// Hashed as the word it is compared as.
impl std::hash::Hash for SegmentId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u32(self.word());
    }
}

impl SegmentId {
    /// `ISA`, the interchange header.
    pub(crate) const ISA: SegmentId = SegmentId {
        bytes: *b"ISA",
        len: 3,
    };

    /// An identifier from the crate's own tables: 2 or 3 bytes, taken as they are (anything
    /// else gives an identifier equal to no segment's).
    pub(crate) const fn known(id: &[u8]) -> Self {
        match *id {
            [a, b] => SegmentId {
                bytes: [a, b, b' '],
                len: 2,
            },
            [a, b, c] => SegmentId {
                bytes: [a, b, c],
                len: 3,
            },
            _ => SegmentId {
                bytes: *b"   ",
                len: 0,
            },
        }
    }

    /// Reads an identifier; `None` unless it is 2–3 upper-case ASCII letters/digits starting
    /// with a letter.
    pub const fn new(id: &[u8]) -> Option<Self> {
        let (a, b, c, len) = match *id {
            [a, b] => (a, b, b' ', 2),
            [a, b, c] => (a, b, c, 3),
            _ => return None,
        };
        if !a.is_ascii_uppercase()
            || !(b.is_ascii_uppercase() || b.is_ascii_digit())
            || (len == 3 && !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        {
            return None;
        }
        Some(SegmentId {
            bytes: [a, b, c],
            len,
        })
    }

    /// The identifier as text.
    ///
    /// ```
    /// # use x12_claims::syntax::SegmentId;
    /// assert_eq!(SegmentId::new(b"N3").map(|id| id.to_string()).as_deref(), Some("N3"));
    /// ```
    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes are ever stored, so this never takes the fallback.
        std::str::from_utf8(self.as_bytes()).unwrap_or("??")
    }

    /// The identifier's bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Whether this is one of the envelope's headers and trailers (ISA, IEA, GS, GE, ST, SE):
    /// a segment that opens or closes a structure instead of belonging to a set's body.
    ///
    /// ```
    /// # use x12_claims::syntax::SegmentId;
    /// assert_eq!(SegmentId::new(b"SE").map(|id| id.is_envelope()), Some(true));
    /// assert_eq!(SegmentId::new(b"SVC").map(|id| id.is_envelope()), Some(false));
    /// ```
    #[inline]
    pub fn is_envelope(&self) -> bool {
        // Written as byte patterns, which compile to a few comparisons (SVC, the most common
        // segment of an 835, must not look like SE or ST).
        matches!(
            self.as_bytes(),
            [b'S', b'E' | b'T'] | [b'G', b'S' | b'E'] | [b'I', b'S', b'A'] | [b'I', b'E', b'A']
        )
    }
}

impl fmt::Display for SegmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for SegmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SegmentId({})", self.as_str())
    }
}

impl SegmentId {
    /// Whether the identifier is these bytes. Compared as one word (a literal's is worked out
    /// when compiling), so that comparing with a literal costs a few instructions and no call:
    /// loop assembly and writing compare every segment's id this way.
    #[inline]
    fn is(&self, other: &[u8]) -> bool {
        match *other {
            [_, _] | [_, _, _] => self.word() == SegmentId::known(other).word(),
            _ => false,
        }
    }

    /// The four bytes of the identifier (its letters, padded, and its length) as one word.
    #[inline]
    const fn word(&self) -> u32 {
        let [a, b, c] = self.bytes;
        u32::from_le_bytes([a, b, c, self.len])
    }
}

impl PartialEq<str> for SegmentId {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.is(other.as_bytes())
    }
}

impl PartialEq<&str> for SegmentId {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.is(other.as_bytes())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for SegmentId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for SegmentId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        SegmentId::new(text.as_bytes()).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a segment identifier"))
        })
    }
}

/// A position inside a segment: `CLM05-3` is element 5, component 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ElementPosition {
    /// 1-based element position (`CLM05` is 5).
    pub element: u16,
    /// 1-based component position inside a composite, when the place is a component.
    pub component: Option<u16>,
}

/// Where something is in the input.
///
/// * `offset`: byte offset of the start of the segment (or of the problem, for problems found
///   before any segment could be read), counted from the start of the input.
/// * `segment`: 1-based ordinal of the segment in the input. With one segment per line it is
///   the line number.
/// * `id`: the segment identifier, when it could be read.
/// * `element`: the element (and component) inside the segment, when the place is that precise.
///
/// Displayed the way a biller reads it: `segment 27 CLM05-3 (byte 1042)`.
///
/// ```
/// use x12_claims::syntax::{Location, SegmentId};
/// let at = Location::new(1042, 27)
///     .with_id(SegmentId::new(b"CLM"))
///     .with_component(5, 3);
/// assert_eq!(at.to_string(), "segment 27 CLM05-3 (byte 1042)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Location {
    /// Byte offset from the start of the input.
    pub offset: u64,
    /// 1-based ordinal of the segment in the input (0 when no segment was reached).
    pub segment: u64,
    /// Identifier of the segment, when known.
    pub id: Option<SegmentId>,
    /// Element and component inside the segment, when known.
    pub element: Option<ElementPosition>,
}

impl Location {
    /// A location at a byte offset in a given segment (1-based), with no identifier yet.
    pub const fn new(offset: u64, segment: u64) -> Self {
        Location {
            offset,
            segment,
            id: None,
            element: None,
        }
    }

    /// The same location with a segment identifier.
    pub const fn with_id(mut self, id: Option<SegmentId>) -> Self {
        self.id = id;
        self
    }

    /// The same location narrowed to an element (1-based).
    pub const fn with_element(mut self, element: u16) -> Self {
        self.element = Some(ElementPosition {
            element,
            component: None,
        });
        self
    }

    /// The same location narrowed to a component of an element (both 1-based).
    pub const fn with_component(mut self, element: u16, component: u16) -> Self {
        self.element = Some(ElementPosition {
            element,
            component: Some(component),
        });
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A segment not read from input (built or deserialized) has no number: name the
        // element alone.
        let read = self.segment != 0;
        let space = if read {
            write!(f, "segment {}", self.segment)?;
            " "
        } else if self.id.is_none() {
            return write!(f, "byte {}", self.offset);
        } else {
            ""
        };
        match (self.id, self.element) {
            (Some(id), Some(el)) => write!(f, "{space}{id}{:02}", el.element)?,
            (Some(id), None) => write!(f, "{space}{id}")?,
            (None, Some(el)) => write!(f, "{space}element {:02}", el.element)?,
            (None, None) => {}
        }
        if let Some(component) = self.element.and_then(|el| el.component) {
            write!(f, "-{component}")?;
        }
        if read {
            write!(f, " (byte {})", self.offset)?;
        }
        Ok(())
    }
}

/// A location as the loop errors of the typed models put it, after a loop path:
/// `CLM05-3 at segment 27 (byte 1042)`; a segment not read from input (built) is named by its
/// element alone (`CLM05-3`), a place between segments by its byte (`at byte 88`).
pub(crate) struct AfterPath<'l>(pub &'l Location);

impl fmt::Display for AfterPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.0;
        if let Some(id) = location.id {
            write!(f, "{id}")?;
            if let Some(element) = location.element {
                write!(f, "{:02}", element.element)?;
                if let Some(component) = element.component {
                    write!(f, "-{component}")?;
                }
            }
            if location.segment == 0 && location.offset == 0 {
                return Ok(());
            }
            f.write_str(" ")?;
        }
        if location.segment == 0 {
            write!(f, "at byte {}", location.offset)
        } else {
            write!(
                f,
                "at segment {} (byte {})",
                location.segment, location.offset
            )
        }
    }
}

/// `errors` in the order of the places they name (`at` tells an error's), each once: readers
/// that type every loop of a set on their own meet one error twice when a loop that holds
/// another stops at the inner loop's. An error that names no place comes first.
pub(crate) fn in_file_order<E: fmt::Display>(
    mut errors: Vec<E>,
    at: impl Fn(&E) -> Option<Location>,
) -> Vec<E> {
    errors.sort_by_key(|e| at(e).map(|l| (l.segment, l.offset)));
    errors.dedup_by(|a, b| a.to_string() == b.to_string());
    errors
}

/// `errors` (see [`in_file_order`]) but `first`, the error a reader that stops at its first
/// gave, which the caller already holds.
pub(crate) fn others_in_file_order<E: fmt::Display>(
    first: &E,
    errors: Vec<E>,
    at: impl Fn(&E) -> Option<Location>,
) -> Vec<E> {
    let first = first.to_string();
    let mut errors = in_file_order(errors, at);
    errors.retain(|e| e.to_string() != first);
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_ids() {
        for good in ["ISA", "N3", "SV1", "HI", "TA1"] {
            assert_eq!(SegmentId::new(good.as_bytes()).unwrap(), good);
        }
        for bad in ["", "I", "ISAX", "1SA", "is", "N 3", "É3"] {
            assert!(SegmentId::new(bad.as_bytes()).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn comparing_with_text_needs_the_same_length_and_bytes() {
        let n3 = SegmentId::new(b"N3").unwrap();
        let nm1 = SegmentId::new(b"NM1").unwrap();
        assert!(n3 == "N3" && nm1 == "NM1");
        // The unused third byte of a two-letter id never matches a third character.
        for other in [
            "N", "N3 ", "N31", "N4", "M3", "", "NM", "NM1 ", "NM2", "MM1",
        ] {
            assert!(n3 != other && nm1 != other, "{other:?}");
        }
        assert!(n3 != "NM1" && nm1 != "N3");
    }

    proptest::proptest! {
        /// Identifiers compare as one word; that must be comparing their bytes.
        #[test]
        fn identifiers_are_equal_when_their_bytes_are(
            a in "[A-Z][A-Z0-9]{1,2}",
            b in "[A-Z][A-Z0-9]{1,2}",
        ) {
            let x = SegmentId::new(a.as_bytes()).unwrap();
            let y = SegmentId::new(b.as_bytes()).unwrap();
            proptest::prop_assert_eq!(x == y, a == b);
            proptest::prop_assert_eq!(x == b.as_str(), a == b);
            proptest::prop_assert!(x == x && x == a.as_str());
        }
    }

    #[test]
    fn display() {
        let base = Location::new(1042, 27);
        assert_eq!(base.to_string(), "segment 27 (byte 1042)");
        let id = SegmentId::new(b"CLM");
        assert_eq!(base.with_id(id).to_string(), "segment 27 CLM (byte 1042)");
        assert_eq!(
            base.with_id(id).with_element(5).to_string(),
            "segment 27 CLM05 (byte 1042)"
        );
        assert_eq!(
            base.with_id(id).with_component(5, 3).to_string(),
            "segment 27 CLM05-3 (byte 1042)"
        );
        assert_eq!(Location::new(3, 0).to_string(), "byte 3");
    }
}
