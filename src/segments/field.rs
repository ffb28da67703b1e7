//! Reading typed values out of a segment's elements, and the `typed_segment!` macro that
//! declares a typed segment from its element table.

use super::error::{FieldProblem, SegmentError};
use crate::codes;
use crate::element::{Amount, Count, Date, DateRange, Quantity, Time, quick};
use crate::syntax::find::matches_in_word;
use crate::syntax::{Element, ElementPosition, Segment};

/// A value type an element can be read as.
pub(crate) trait FieldValue<'s>: Sized {
    /// Reads the value from the element's text.
    fn read(text: &'s str) -> Result<Self, FieldProblem>;

    /// A stand-in returned by a required accessor if its segment had not been checked. Typed
    /// segments are checked when they are made and cannot be changed afterwards, so this is
    /// never seen; it exists so that no accessor can panic.
    fn placeholder() -> Self;

    /// The value's X12 text, as a builder writes it.
    fn text(&self) -> &str;

    /// Whether a present value can be refused. Text cannot (the segment's UTF-8 is checked
    /// once), so checking a segment skips its optional text fields.
    const CAN_FAIL: bool = true;

    /// Says yes only to bytes [`read`](Self::read) accepts and that hold no byte a separator
    /// can be (see [`Separators`]), without building the value (see
    /// [`element::quick`](crate::element::quick)); no means "ask the slow check".
    #[inline]
    fn quick_check(_bytes: &[u8]) -> bool {
        false
    }

    /// Checks an element's bytes as [`read`](Self::read) would, keeping no value, and refuses
    /// a value holding one of the `separators` of its place: the quick check first, then the
    /// slow one, which names the problem, only when the quick check says no (the separators are
    /// worked out only then).
    #[inline]
    fn check(bytes: &'s [u8], separators: impl FnOnce() -> Separators) -> Result<(), FieldProblem> {
        if Self::quick_check(bytes) {
            Ok(())
        } else {
            check_slowly::<Self>(bytes, separators())
        }
    }
}

/// The separators a checked value must not hold: the repetition separator, and the component
/// separator where one value is expected (at an element, not at one of its components).
///
/// A coded, numeric or date value holding one would be read differently under other
/// delimiters: the JSON form keeps an element's parts, not its separators, so the value `A:B`
/// read with `:` as the component separator comes back as the two parts `A` and `B`, joined by
/// whatever separator the rebuilt segment uses. Refusing such values everywhere keeps every
/// way of reading a segment in agreement. Text values are not checked for them.
///
/// The quick checks accept only bytes no separator can be (letters, digits, spaces, `-` and
/// `.`), so only the slow check looks for separators. One that is absent (no repetition
/// separator, or the component separator at a component) is held as the segment terminator,
/// which no value holds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Separators {
    component: u8,
    repetition: u8,
}

impl Separators {
    /// The separators a value at `at` of a segment read with `delimiters` may not hold.
    #[inline(always)]
    pub(crate) fn at(delimiters: crate::syntax::Delimiters, at: ElementPosition) -> Self {
        let none = delimiters.segment;
        match at.component {
            // A component ends at the component separator and is read from the element's
            // first repetition: it can hold neither.
            Some(_) => Separators {
                component: none,
                repetition: none,
            },
            None => Separators {
                component: delimiters.component,
                repetition: delimiters.repetition.unwrap_or(none),
            },
        }
    }

    /// The first of them `bytes` holds, named.
    fn found_in(self, bytes: &[u8]) -> Option<FieldProblem> {
        let byte = *bytes
            .iter()
            .find(|&&b| b == self.component || b == self.repetition)?;
        let what = if byte == self.component {
            "component separator"
        } else {
            "repetition separator"
        };
        Some(FieldProblem::Separator {
            what,
            byte: char::from(byte),
        })
    }
}

/// [`FieldValue::check`] past its quick check: refuses bytes that are not text, then a coded,
/// numeric or date value holding a separator, then reads the value from the text and drops it,
/// or gives the problem. Out of line, since valid values seldom get here.
#[cold]
#[inline(never)]
fn check_slowly<'s, T: FieldValue<'s>>(
    bytes: &'s [u8],
    separators: Separators,
) -> Result<(), FieldProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| FieldProblem::NotText)?;
    // Text gets here too when another field of its segment is not UTF-8; it may hold them.
    if let Some(problem) = separators.found_in(bytes).filter(|_| T::CAN_FAIL) {
        return Err(problem);
    }
    T::read(text).map(drop)
}

impl<'s> FieldValue<'s> for &'s str {
    fn read(text: &'s str) -> Result<Self, FieldProblem> {
        Ok(text)
    }
    fn placeholder() -> Self {
        ""
    }
    fn text(&self) -> &str {
        self
    }
    const CAN_FAIL: bool = false;
}

macro_rules! element_value {
    ($($ty:ident => $quick:path),*) => {$(
        impl<'s> FieldValue<'s> for $ty<'s> {
            fn read(text: &'s str) -> Result<Self, FieldProblem> {
                Ok($ty::parse(text)?)
            }
            // Digits, and `-` and `.` in decimals and date ranges: bytes no separator can be
            // (see `Delimiters::check`), so a value the quick check accepts holds none.
            #[inline]
            fn quick_check(bytes: &[u8]) -> bool {
                $quick(bytes)
            }
            fn placeholder() -> Self {
                $ty::placeholder()
            }
            fn text(&self) -> &str {
                self.as_str()
            }
        }
    )*};
}
element_value!(
    Amount => quick::decimal,
    Quantity => quick::decimal,
    Count => quick::count,
    Date => quick::date,
    DateRange => quick::date_range,
    Time => quick::time
);

macro_rules! code_value {
    ($($ty:ident),*) => {$(
        impl<'s> FieldValue<'s> for codes::$ty {
            fn read(text: &'s str) -> Result<Self, FieldProblem> {
                Ok(codes::$ty::new(text)?)
            }
            // Letters, digits and spaces, which no separator can be; a code with other
            // characters is left to the slow check, which looks for separators.
            #[inline]
            fn quick_check(bytes: &[u8]) -> bool {
                codes::is_plain_code(bytes)
            }
            fn placeholder() -> Self {
                codes::$ty::PLACEHOLDER
            }
            fn text(&self) -> &str {
                self.as_str()
            }
        }
    )*};
}
code_value!(
    PlaceOfService,
    ClaimFrequency,
    ClaimFilingIndicator,
    PayerResponsibility,
    IndividualRelationship,
    InsuranceType,
    EntityIdentifier,
    EntityType,
    IdCodeQualifier,
    ReferenceQualifier,
    FacilityCodeQualifier,
    UnitBasis,
    DiagnosisQualifier,
    ProductServiceQualifier,
    DateQualifier,
    DateFormatQualifier,
    AmountQualifier,
    QuantityQualifier,
    Gender,
    ClaimStatus,
    AdjustmentGroup,
    Carc,
    Rarc,
    ProviderAdjustmentReason,
    PaymentMethod,
    TransactionHandling,
    CreditDebit
);

/// The text at an element (or component) position: `None` when absent or empty. For the
/// reference reader.
#[cfg(test)]
fn text_at<'s>(
    segment: &Segment<'s>,
    at: ElementPosition,
    what: &'static str,
) -> Result<Option<&'s str>, SegmentError> {
    let element = segment.element(usize::from(at.element));
    let bytes = match (element, at.component) {
        (None, _) => None,
        (Some(e), None) => Some(e.as_bytes()),
        (Some(e), Some(c)) => e.component(usize::from(c)),
    };
    match bytes {
        None | Some([]) => Ok(None),
        Some(bytes) => std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|_| SegmentError::Invalid {
                location: place(segment, at),
                what,
                problem: FieldProblem::NotText,
            }),
    }
}

/// Most elements a typed segment declares (SV1 reaches 21); elements past this are read from the
/// segment directly.
const SPLIT: usize = 24;

/// A segment split into its elements once, so that checking every field of a typed segment
/// costs one pass over the segment instead of one per field.
pub(crate) struct Fields<'s> {
    segment: Segment<'s>,
    /// Whether the segment's data is UTF-8 text (checked once for all fields).
    text: bool,
    /// Where each of the first elements is in the segment's data, as (start, end).
    bounds: [(u16, u16); SPLIT],
    /// How many of `bounds` are filled.
    count: usize,
    /// Whether elements past `count` are to be read from the segment (it has more than
    /// `SPLIT`, or is too long for `bounds`).
    more: bool,
}

/// What [`split`] tells besides the bounds it fills.
struct Split {
    /// How many bounds are filled.
    count: usize,
    /// Whether more elements are to be read from the segment.
    more: bool,
    /// Whether every byte of the data is known to be ASCII; `false` when the scan stopped early
    /// or met a byte above 0x7f, and the data is to be checked as text whole.
    ascii: bool,
}

/// Where the elements of a segment's `data` are, in one pass over its bytes eight at a time:
/// fills `bounds` with those of the first [`SPLIT`] elements (element 1 starts after the
/// identifier, `id_len` ASCII bytes, and its separator) and tells how many were found, whether
/// more are to be read from the segment (there are `SPLIT` or more, or the segment is too long
/// for `u16` bounds), and whether the data is ASCII. A segment with nothing after its
/// identifier has no elements.
fn split(bounds: &mut [(u16, u16); SPLIT], data: &[u8], id_len: usize, separator: u8) -> Split {
    const HIGH_BITS: u64 = u64::from_ne_bytes([0x80; 8]);
    let first = id_len + 1;
    if data.len() < first {
        // The identifier alone.
        return Split {
            count: 0,
            more: false,
            ascii: true,
        };
    };
    let Ok(len) = u16::try_from(data.len()) else {
        return Split {
            count: 0,
            more: true,
            ascii: false,
        };
    };
    let mut count = 0;
    // Every position is at most `len`, so the casts to u16 below are exact.
    let mut start = first as u16;
    let mut high = u64::from(separator);
    let mut at = first;
    while at < data.len() {
        let (word, valid) = word_at(data, at);
        high |= word;
        let mut hits = matches_in_word(word, separator) & valid;
        while hits != 0 {
            let end = at + (hits.trailing_zeros() / 8) as usize;
            hits &= hits - 1;
            let Some(slot) = bounds.get_mut(count) else {
                return Split {
                    count,
                    more: true,
                    ascii: false,
                };
            };
            *slot = (start, end as u16);
            count += 1;
            start = end as u16 + 1;
        }
        at += 8;
    }
    let more = match bounds.get_mut(count) {
        Some(slot) => {
            *slot = (start, len);
            count += 1;
            count == SPLIT
        }
        None => true,
    };
    Split {
        count,
        more,
        ascii: high & HIGH_BITS == 0,
    }
}

/// The (up to) eight bytes of `data` from `at`, the first in the lowest byte, as a word whose
/// bytes past the end are zero, and a mask of the bytes that are data.
#[inline(always)]
fn word_at(data: &[u8], at: usize) -> (u64, u64) {
    if let Some(bytes) = data.get(at..at + 8) {
        let word = u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
        return (word, u64::MAX);
    }
    let left = data.len().saturating_sub(at);
    // The last eight bytes of the data, shifted down to the ones from `at`: one load, no copy.
    let word = match data.len().checked_sub(8).and_then(|from| data.get(from..)) {
        Some(last) => u64::from_le_bytes(last.try_into().unwrap_or([0; 8])) >> (8 * (8 - left)),
        None => data
            .get(at..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |word, &byte| word << 8 | u64::from(byte)),
    };
    (word, (1u64 << (8 * left)) - 1)
}

impl<'s> Fields<'s> {
    pub(crate) fn new(segment: &Segment<'s>) -> Self {
        let data = segment.data();
        let mut bounds = [(0, 0); SPLIT];
        let Split { count, more, ascii } = split(
            &mut bounds,
            data,
            segment.segment_id().as_bytes().len(),
            segment.delimiters().element,
        );
        Fields {
            segment: *segment,
            // Nearly every segment is ASCII, which the split tells on the way.
            text: ascii || std::str::from_utf8(data).is_ok(),
            bounds,
            count,
            more,
        }
    }

    /// Whether the whole segment is UTF-8 text.
    #[inline]
    pub(crate) fn is_text(&self) -> bool {
        self.text
    }

    /// The bytes of an element, or of one of the components of its first repetition.
    #[inline(always)]
    fn part(&self, at: ElementPosition) -> Option<&'s [u8]> {
        let element = self.element(usize::from(at.element))?;
        match at.component {
            None => Some(element.as_bytes()),
            Some(c) => element.component(usize::from(c)),
        }
    }

    /// Element `n` (1-based).
    #[inline]
    pub(crate) fn element(&self, n: usize) -> Option<Element<'s>> {
        let bytes = self.element_bytes(n)?;
        Some(Element::new(bytes, self.segment.delimiters()))
    }

    /// The delimiters the segment is read with.
    #[inline]
    pub(crate) fn delimiters(&self) -> crate::syntax::Delimiters {
        self.segment.delimiters()
    }

    /// Whether the segment has fewer than `n` elements, so that element `n` and every one after
    /// it are absent.
    #[inline]
    pub(crate) fn ends_before(&self, n: usize) -> bool {
        !self.more && self.count < n
    }

    /// The bytes of element `n` (1-based).
    #[inline]
    fn element_bytes(&self, n: usize) -> Option<&'s [u8]> {
        let index = n.checked_sub(1)?;
        if index >= self.count {
            return if self.more {
                element_past_split(&self.segment, n)
            } else {
                None
            };
        }
        let &(start, end) = self.bounds.get(index)?;
        self.segment
            .data()
            .get(usize::from(start)..usize::from(end))
    }

    /// The location of an element of the segment.
    pub(crate) fn place(&self, at: ElementPosition) -> crate::syntax::Location {
        place(&self.segment, at)
    }

    /// Checks an optional value, keeping none: whether it is there (and, if so, a `T`).
    ///
    /// Always inlined, as [`required`](Self::required) is: called for each field of each typed
    /// segment with the field's type and place known where it is called, it folds into a few
    /// instructions there; left to the compiler, many calls stayed out of line (4–5% more
    /// instructions for a typed parse).
    #[inline(always)]
    pub(crate) fn optional<T: FieldValue<'s>>(
        &self,
        at: ElementPosition,
        what: &'static str,
    ) -> Result<bool, SegmentError> {
        match self.part(at) {
            None | Some([]) => Ok(false),
            // Text cannot be refused once the whole segment is known to be text.
            Some(_) if !T::CAN_FAIL && self.text => Ok(true),
            Some(bytes) => {
                match T::check(bytes, || Separators::at(self.segment.delimiters(), at)) {
                    Ok(()) => Ok(true),
                    Err(problem) => Err(SegmentError::Invalid {
                        location: place(&self.segment, at),
                        what,
                        problem,
                    }),
                }
            }
        }
    }

    /// Checks a required value, keeping none: that it is there, and a `T`.
    #[inline(always)]
    pub(crate) fn required<T: FieldValue<'s>>(
        &self,
        at: ElementPosition,
        what: &'static str,
    ) -> Result<(), SegmentError> {
        if self.optional::<T>(at, what)? {
            Ok(())
        } else {
            Err(SegmentError::Missing {
                location: place(&self.segment, at),
                what,
            })
        }
    }
}

/// Element `n` of a segment read past its split (the rare segment with more than [`SPLIT`]
/// elements, or too long for `u16` bounds): kept out of line, away from the common path.
#[cold]
#[inline(never)]
fn element_past_split<'s>(segment: &Segment<'s>, n: usize) -> Option<&'s [u8]> {
    segment.element(n).map(|e| e.as_bytes())
}

pub(crate) fn place(segment: &Segment<'_>, at: ElementPosition) -> crate::syntax::Location {
    let location = segment.location();
    match at.component {
        Some(c) => location.with_component(at.element, c),
        None => location.with_element(at.element),
    }
}

/// The value at a place of a segment that was checked when it was typed: `None` when the
/// element is absent or empty. Accessors read through here; checking made every present value
/// readable, so no error is built (one that did not read would be `None`).
#[inline]
pub(crate) fn checked_value<'s, T: FieldValue<'s>>(
    segment: &Segment<'s>,
    at: ElementPosition,
) -> Option<T> {
    let element = segment.element(usize::from(at.element))?;
    let bytes = match at.component {
        None => element.as_bytes(),
        Some(c) => element.component(usize::from(c))?,
    };
    if bytes.is_empty() {
        return None;
    }
    T::read(std::str::from_utf8(bytes).ok()?).ok()
}

/// Reads an optional value, naming the problem: the reference that checking a field (see
/// [`Fields`]) and the accessors ([`checked_value`]) are tested against.
#[cfg(test)]
pub(crate) fn optional<'s, T: FieldValue<'s>>(
    segment: &Segment<'s>,
    at: ElementPosition,
    what: &'static str,
) -> Result<Option<T>, SegmentError> {
    let invalid = |problem| SegmentError::Invalid {
        location: place(segment, at),
        what,
        problem,
    };
    match text_at(segment, at, what)? {
        None => Ok(None),
        Some(text) => {
            let separators = Separators::at(segment.delimiters(), at);
            match separators.found_in(text.as_bytes()) {
                Some(problem) if T::CAN_FAIL => Err(invalid(problem)),
                _ => T::read(text).map(Some).map_err(invalid),
            }
        }
    }
}

/// Reads a required value.
#[cfg(test)]
pub(crate) fn required<'s, T: FieldValue<'s>>(
    segment: &Segment<'s>,
    at: ElementPosition,
    what: &'static str,
) -> Result<T, SegmentError> {
    optional(segment, at, what)?.ok_or_else(|| SegmentError::Missing {
        location: place(segment, at),
        what,
    })
}

/// Checks that the segment has the expected identifier.
#[inline]
pub(crate) fn expect_id(segment: &Segment<'_>, id: &'static str) -> Result<(), SegmentError> {
    if segment.segment_id() == id {
        Ok(())
    } else {
        Err(wrong_id(segment, id))
    }
}

/// The error of a segment read as another kind: out of line, since loop readers dispatch on the
/// identifier and so never meet it.
#[cold]
#[inline(never)]
fn wrong_id(segment: &Segment<'_>, id: &'static str) -> SegmentError {
    SegmentError::WrongId {
        location: segment.location(),
        expected: id,
        found: segment.id().to_owned(),
    }
}

/// An element position, `at!(5)` or `at!(5, 3)` for CLM05-3.
macro_rules! at {
    ($element:literal) => {
        $crate::syntax::ElementPosition {
            element: $element,
            component: None,
        }
    };
    ($element:literal, $component:literal) => {
        $crate::syntax::ElementPosition {
            element: $element,
            component: Some($component),
        }
    };
}
pub(crate) use at;

/// Declares a typed segment: a checked view over a [`RawSegment`](super::RawSegment) with one
/// accessor per element of its table.
///
/// ```text
/// typed_segment! {
///     /// docs, with the element table
///     pub struct Ref = "REF";
///     /// REF01 ...
///     qualifier: ReferenceQualifier = required(1), "reference qualifier";
///     /// REF02 ...
///     value: &'s str = optional(2), "reference number";
/// }
/// ```
///
/// `required` accessors return the value, `optional` ones an `Option`. Rules across elements
/// (a date whose format depends on a qualifier, repeating triples) go in a function named by
/// `pub struct X = "ID", check = function;`, run after the element checks. A field type that borrows
/// uses the lifetime `'s` (the borrow of the segment).
macro_rules! typed_segment {
    (
        $(#[$attr:meta])*
        pub struct $name:ident = $id:literal $(, check = $extra:path)?;
        $(
            $(#[$field_attr:meta])*
            $field:ident: $ty:ty = $usage:ident($($pos:literal),+), $what:literal;
        )*
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub struct $name<'a> {
            raw: $crate::segments::RawSegment<'a>,
        }

        impl<'a> $name<'a> {
            /// The segment identifier.
            pub const ID: &'static str = $id;

            /// What each typed element holds, by position: element, component (0 for a simple
            /// element) and the words errors name it with.
            pub(crate) const FIELDS: &'static [(u8, u8, &'static str)] = &[
                $( typed_segment!(@field ($($pos),+), $what), )*
            ];

            /// Reads and checks a segment: every required element present, every value of its
            /// type.
            pub fn parse(
                segment: &$crate::syntax::Segment<'a>,
            ) -> Result<Self, $crate::segments::SegmentError> {
                Self::check(segment)?;
                Ok(Self { raw: $crate::segments::RawSegment::from_segment(segment) })
            }

            /// Checks a raw segment (read or built) and makes it typed.
            pub fn from_raw(
                raw: $crate::segments::RawSegment<'a>,
            ) -> Result<Self, $crate::segments::SegmentError> {
                Self::check(&raw.view())?;
                Ok(Self { raw })
            }

            /// Checks a segment as [`parse`](Self::parse) does, keeping nothing: for readers
            /// that check a whole set without building its loops.
            pub(crate) fn check<'s>(
                segment: &$crate::syntax::Segment<'s>,
            ) -> Result<(), $crate::segments::SegmentError> {
                $crate::segments::field::expect_id(segment, $id)?;
                let fields = $crate::segments::field::Fields::new(segment);
                $(
                    typed_segment!(@check $usage, fields, $ty, ($($pos),+), $what);
                )*
                $( $extra(&fields)?; )?
                Ok(())
            }

            /// The segment's bytes.
            pub fn raw(&self) -> &$crate::segments::RawSegment<'a> {
                &self.raw
            }

            /// Where the segment was read.
            pub fn location(&self) -> $crate::syntax::Location {
                self.raw.location()
            }

            /// The same segment owning its bytes.
            pub fn into_owned(self) -> $name<'static> {
                $name { raw: self.raw.into_owned() }
            }

            /// Writes the segment (exactly as read, when it was read).
            pub fn write<W: std::io::Write>(
                &self,
                out: &mut $crate::syntax::Writer<W>,
            ) -> Result<(), $crate::syntax::WriteError> {
                self.raw.write(out)
            }

            $(
                typed_segment!(@accessor $(#[$field_attr])* $field: $ty = $usage($($pos),+), $what);
            )*
        }

        impl $name<'static> {
            /// A builder with a setter per element; see
            /// [`SegmentBuilder`](crate::segments::SegmentBuilder).
            pub fn builder() -> $crate::segments::SegmentBuilder<$name<'static>> {
                $crate::segments::SegmentBuilder::new($id, $name::from_raw)
            }
        }

        /// Setters named like the accessors of the segment's elements.
        impl $crate::segments::SegmentBuilder<$name<'static>> {
            $(
                typed_segment!(@setter $(#[$field_attr])* $field: $ty = ($($pos),+));
            )*
        }

        /// Serialized as its [`RawSegment`](crate::segments::RawSegment): identifier, elements as
        /// X12 text, line break.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $name<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.raw.serialize(s)
            }
        }

        /// Deserialized from the form of a [`RawSegment`](crate::segments::RawSegment), then
        /// checked like a parsed segment.
        #[cfg(feature = "serde")]
        impl<'de, 'a> serde::Deserialize<'de> for $name<'a> {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = $crate::segments::RawSegment::deserialize(d)?;
                Self::from_raw(raw).map_err(<D::Error as serde::de::Error>::custom)
            }
        }
    };
    (@field ($element:literal), $what:literal) => {
        ($element, 0, $what)
    };
    (@field ($element:literal, $component:literal), $what:literal) => {
        ($element, $component, $what)
    };
    (@check required, $fields:ident, $ty:ty, ($($pos:literal),+), $what:literal) => {
        $fields.required::<$ty>($crate::segments::field::at!($($pos),+), $what)?;
    };
    (@check optional, $fields:ident, $ty:ty, ($($pos:literal),+), $what:literal) => {
        if <$ty as $crate::segments::field::FieldValue<'_>>::CAN_FAIL || !$fields.is_text() {
            $fields.optional::<$ty>($crate::segments::field::at!($($pos),+), $what)?;
        }
    };
    (@setter $(#[$field_attr:meta])* $field:ident: $ty:ty = ($($pos:literal),+)) => {
        $(#[$field_attr])*
        #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes)]
        pub fn $field<'s>(self, value: $ty) -> Self {
            self.set(
                $crate::segments::field::at!($($pos),+),
                <$ty as $crate::segments::field::FieldValue<'s>>::text(&value),
            )
        }
    };
    (@accessor $(#[$field_attr:meta])* $field:ident: $ty:ty = required($($pos:literal),+), $what:literal) => {
        $(#[$field_attr])*
        #[allow(clippy::needless_lifetimes)]
        pub fn $field<'s>(&'s self) -> $ty {
            $crate::segments::field::checked_value(
                &self.raw.view(),
                $crate::segments::field::at!($($pos),+),
            )
            .unwrap_or_else(<$ty as $crate::segments::field::FieldValue<'s>>::placeholder)
        }
    };
    (@accessor $(#[$field_attr:meta])* $field:ident: $ty:ty = optional($($pos:literal),+), $what:literal) => {
        $(#[$field_attr])*
        #[allow(clippy::needless_lifetimes)]
        pub fn $field<'s>(&'s self) -> Option<$ty> {
            $crate::segments::field::checked_value(
                &self.raw.view(),
                $crate::segments::field::at!($($pos),+),
            )
        }
    };
}
pub(crate) use typed_segment;

/// Every non-empty component `from..=to` (1-based) of an element, as text, in order.
pub(crate) fn components_text<'s>(
    segment: Segment<'s>,
    element: usize,
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'s str> {
    let element = segment.element(element);
    (from..=to).filter_map(move |c| {
        let bytes = element.as_ref()?.component(c)?;
        if bytes.is_empty() {
            return None;
        }
        std::str::from_utf8(bytes).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    /// Every element and component position up to a bound, read through `Fields` (the plain
    /// scan of `Element::component`) and through the segment's element and component
    /// iterators, which must agree.
    fn agrees_with_the_segment(text: &str) {
        let segment = segment(text);
        let fields = Fields::new(&segment);
        for element in 0..=30u16 {
            let whole = fields.part(ElementPosition {
                element,
                component: None,
            });
            assert_eq!(
                whole,
                segment.element(usize::from(element)).map(|e| e.as_bytes()),
                "{text} element {element}"
            );
            for component in 0..=6u16 {
                let part = fields.part(ElementPosition {
                    element,
                    component: Some(component),
                });
                // The iterator is a separate reading of the same parts.
                let expected = segment
                    .element(usize::from(element))
                    .and_then(|e| e.components().nth(usize::from(component).checked_sub(1)?));
                assert_eq!(
                    part, expected,
                    "{text} element {element} component {component}"
                );
            }
        }
    }

    #[test]
    fn elements_and_components_are_those_the_segment_reads() {
        for text in [
            "LX~",
            "LX*~",
            "LX*1~",
            "SV1*HC:99213:25:GT::::DESC*100*UN*1***1:2:3~",
            "HI*ABK:I10^ABF:Z0000*ABF:S39012A~",
            "CLM*A**B***:B:~",
            "REF*6R*~",
            "NTE***~",
            "ZZZ*1*2*3*4*5*6*7*8*9*10*11*12*13*14*15*16*17*18*19*20*21*22*23*24*25*26:a:b~",
            "ZZZ*1*2*3*4*5*6*7*8*9*10*11*12*13*14*15*16*17*18*19*20*21*22*23*24~",
            "ZZZ*1*2*3*4*5*6*7*8*9*10*11*12*13*14*15*16*17*18*19*20*21*22*23~",
        ] {
            agrees_with_the_segment(text);
        }
    }

    #[test]
    fn coded_numeric_and_date_values_hold_no_separator_text_may() {
        use crate::codes::EntityIdentifier;
        use crate::element::{Amount, Date};
        let segment = segment("ZZZ*A:B*1^2*X:Y^Z*20240101:1*.5~");
        let fields = Fields::new(&segment);
        let check = |outcome: Result<bool, SegmentError>| outcome.map_err(|e| e.to_string());
        let refused = |element: u16, what: &str, byte: char| {
            Err(format!(
                "segment 1 ZZZ{element:02} (byte 0): value: the value holds the {what} {byte:?}, so it has parts where its type allows one value"
            ))
        };
        // A code at an element holding components; each component alone is a code.
        assert_eq!(
            check(fields.optional::<EntityIdentifier>(at!(1), "value")),
            refused(1, "component separator", ':')
        );
        assert_eq!(
            check(fields.optional::<EntityIdentifier>(at!(1, 2), "value")),
            Ok(true)
        );
        // Repetitions are refused at an element; a component is read from the element's
        // first repetition, which holds none.
        assert_eq!(
            check(fields.optional::<Amount>(at!(2), "value")),
            refused(2, "repetition separator", '^')
        );
        assert_eq!(fields.part(at!(3, 2)), Some(&b"Y"[..]));
        assert_eq!(
            check(fields.optional::<EntityIdentifier>(at!(3, 2), "value")),
            Ok(true)
        );
        assert_eq!(
            check(fields.optional::<Date>(at!(4), "value")),
            refused(4, "component separator", ':')
        );
        assert_eq!(check(fields.optional::<Amount>(at!(5), "value")), Ok(true));
        // Text is not refused for them, even where another field of the segment is not UTF-8
        // and text is checked field by field.
        assert_eq!(check(fields.optional::<&str>(at!(1), "value")), Ok(true));
        assert_eq!(check(fields.optional::<&str>(at!(2), "value")), Ok(true));
        let mixed = crate::syntax::Segments::resume(b"ZZZ*A:B*\xFF~", 0, 0, Default::default())
            .next()
            .unwrap()
            .unwrap();
        let fields = Fields::new(&mixed);
        assert!(!fields.is_text());
        assert_eq!(check(fields.optional::<&str>(at!(1), "value")), Ok(true));
    }

    #[test]
    fn a_segment_too_long_for_the_split_is_read_from_the_segment() {
        let text = format!("NTE*ADD*{}*X:Y~", "A".repeat(70_000));
        agrees_with_the_segment(&text);
        let segment = segment(&text);
        let fields = Fields::new(&segment);
        assert!(fields.more);
        let at = ElementPosition {
            element: 3,
            component: Some(2),
        };
        assert_eq!(fields.part(at), Some(&b"Y"[..]));
        assert!(fields.optional::<&str>(at, "test").unwrap());
    }

    /// What checking a field says (present or not, or the error) is what reading its value
    /// says, for each kind of value, valid or not.
    fn check_agrees_with_read<'s, T: FieldValue<'s> + std::fmt::Debug>(segment: &Segment<'s>) {
        let fields = Fields::new(segment);
        for element in 1..=4u16 {
            for component in [None, Some(1), Some(2)] {
                let at = ElementPosition { element, component };
                // The accessor reads what reading the value reads, except a value refused only
                // for holding a separator: accessors serve checked segments, which hold none.
                let refused_for_a_separator = matches!(
                    fields.optional::<T>(at, "value"),
                    Err(SegmentError::Invalid {
                        problem: FieldProblem::Separator { .. },
                        ..
                    })
                );
                if !refused_for_a_separator {
                    assert_eq!(
                        checked_value::<T>(segment, at).map(|v| v.text().to_owned()),
                        optional::<T>(segment, at, "value")
                            .ok()
                            .flatten()
                            .map(|v| v.text().to_owned()),
                        "{segment:?} at {at:?} (accessor)"
                    );
                }
                let checked = fields.optional::<T>(at, "value").map_err(|e| e.to_string());
                let read = optional::<T>(segment, at, "value")
                    .map(|value| value.is_some())
                    .map_err(|e| e.to_string());
                assert_eq!(checked, read, "{segment:?} at {at:?}");
                let checked = fields.required::<T>(at, "value").map_err(|e| e.to_string());
                let read = required::<T>(segment, at, "value")
                    .map(drop)
                    .map_err(|e| e.to_string());
                assert_eq!(checked, read, "{segment:?} at {at:?} (required)");
            }
        }
    }

    #[test]
    fn checking_a_field_says_what_reading_it_says() {
        use crate::syntax::{Delimiters, Segments};
        let texts: [&[u8]; 8] = [
            b"ZZZ*180.5*-.5:1.*20240229:20230229*0930~",
            b"ZZZ*12345678901234567890*1234567890123456789012345678901*20240101-20240131*2400~",
            b"ZZZ**A B:*1,000*235959~",
            b"ZZZ*\xFF\xFE*20241131*00120*23595912~",
            b"ZZZ*CO*45*PR:1*~",
            b"ZZZ~",
            b"ZZZ*-*.*1.2.3*20240101-2024013~",
            b"ZZZ*\xC3\xA9*\xC3\xA9:\xFF*x~",
        ];
        for text in texts {
            let segment = Segments::resume(text, 0, 0, Delimiters::default())
                .next()
                .unwrap()
                .unwrap();
            check_agrees_with_read::<&str>(&segment);
            check_agrees_with_read::<Amount<'_>>(&segment);
            check_agrees_with_read::<Quantity<'_>>(&segment);
            check_agrees_with_read::<Count<'_>>(&segment);
            check_agrees_with_read::<Date<'_>>(&segment);
            check_agrees_with_read::<DateRange<'_>>(&segment);
            check_agrees_with_read::<Time<'_>>(&segment);
            check_agrees_with_read::<codes::AdjustmentGroup>(&segment);
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_on_any_segment(body in "[A-Z0-9*:^]{0,60}") {
            agrees_with_the_segment(&format!("ZZZ*{body}~"));
        }

        /// Split on any bytes, text or not: the elements are the segment's, and the segment is
        /// text exactly when its data is UTF-8.
        #[test]
        fn splits_any_bytes_and_tells_text(
            // An ISA is framed by its fixed layout, not by its separators.
            id in proptest::strategy::Strategy::prop_filter(
                "[A-Z][A-Z0-9]{1,2}", "not an interchange header", |id: &String| id != "ISA"),
            body in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"*:^AZ09 ".to_vec()),
                    proptest::strategy::Strategy::prop_filter(
                        proptest::num::u8::ANY,"not the terminator", |b| *b != b'~'),
                ],
                0..40,
            ),
        ) {
            use crate::syntax::{Delimiters, Segments};
            let text = [id.as_bytes(), b"*", &body, b"~"].concat();
            let segment = Segments::resume(&text, 0, 0, Delimiters::default())
                .next()
                .unwrap()
                .unwrap();
            let fields = Fields::new(&segment);
            proptest::prop_assert_eq!(
                fields.is_text(),
                std::str::from_utf8(segment.data()).is_ok()
            );
            for element in 0..=SPLIT + 2 {
                proptest::prop_assert_eq!(
                    fields.element(element).map(|e| e.as_bytes()),
                    segment.element(element).map(|e| e.as_bytes()),
                    "element {}", element
                );
            }
        }
    }
}
