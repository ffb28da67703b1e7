//! One segment as read from the input, and lazy access to its elements, components and
//! repetitions. Nothing here allocates: every value is a slice of the input.

use super::delimiters::Delimiters;
use super::find::find;
use super::location::{Location, SegmentId};

/// One segment, borrowed from the input.
///
/// A segment is its *data* (identifier and elements, without the terminator) followed by its
/// *tail*: the terminator and any line break or indentation after it. Keeping the tail is what
/// makes writing a parsed file reproduce it byte for byte.
///
/// Element positions are X12's 1-based positions: `CLM05` is `element(5)`. An element that is
/// present but empty (`CLM*A**B`) is `Some` with an empty value; one past the last element
/// (trailing empty elements are not written in X12) is `None`.
///
/// ```
/// use x12_claims::syntax::Segments;
/// let input = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~\nCLM*A1*180***10:B:1*Y~\n";
/// let clm = Segments::new(input).nth(1).unwrap()?;
/// assert_eq!(clm.id(), "CLM");
/// assert_eq!(clm.element(2).map(|e| e.as_bytes()), Some(&b"180"[..]));
/// assert!(clm.element(3).is_some_and(|e| e.is_empty())); // present, empty
/// assert!(clm.element(7).is_none()); // absent
/// assert_eq!(clm.component(5, 3), Some(&b"1"[..])); // CLM05-3, the claim frequency
/// assert_eq!(clm.tail(), b"~\n");
/// # Ok::<(), x12_claims::syntax::SyntaxError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Data followed by tail.
    bytes: &'a [u8],
    data_len: u32,
    offset: u64,
    number: u64,
    id: SegmentId,
    delimiters: Delimiters,
}

impl<'a> Segment<'a> {
    /// Assembles a segment from its data followed by its tail (`bytes`) and the length of the
    /// data, which must start with `id` followed by the element separator or nothing.
    #[inline]
    pub(crate) fn from_parts(
        bytes: &'a [u8],
        data_len: usize,
        offset: u64,
        number: u64,
        id: SegmentId,
        delimiters: Delimiters,
    ) -> Self {
        Segment {
            bytes,
            data_len: u32::try_from(data_len.min(bytes.len())).unwrap_or(u32::MAX),
            offset,
            number,
            id,
            delimiters,
        }
    }

    /// The segment identifier as text (`"CLM"`).
    #[inline]
    pub fn id(&self) -> &str {
        self.id.as_str()
    }

    /// The segment identifier.
    #[inline]
    pub fn segment_id(&self) -> SegmentId {
        self.id
    }

    /// Identifier and elements, without the terminator.
    #[inline]
    pub fn data(&self) -> &'a [u8] {
        self.bytes
            .get(..self.data_len as usize)
            .unwrap_or(self.bytes)
    }

    /// Data and tail: every byte of the segment as it stands in the input.
    #[inline]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The terminator (absent only on an unterminated last segment) and the layout bytes
    /// (line break, indentation) that follow it.
    #[inline]
    pub fn tail(&self) -> &'a [u8] {
        self.bytes.get(self.data_len as usize..).unwrap_or_default()
    }

    /// The layout bytes after the terminator (`b"\r\n"`, `b"\n  "` or empty).
    pub fn layout(&self) -> &'a [u8] {
        layout_of(self.tail(), self.delimiters.segment)
    }

    /// Whether the segment ends with a terminator (only the last segment of an input may not).
    pub fn is_terminated(&self) -> bool {
        self.tail().first() == Some(&self.delimiters.segment)
    }

    /// The delimiters of the interchange the segment belongs to.
    #[inline]
    pub fn delimiters(&self) -> Delimiters {
        self.delimiters
    }

    /// Byte offset of the segment's first byte in the input.
    #[inline]
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// 1-based ordinal of the segment in the input.
    #[inline]
    pub fn number(&self) -> u64 {
        self.number
    }

    /// Where the segment is.
    pub fn location(&self) -> Location {
        Location::new(self.offset, self.number).with_id(Some(self.id))
    }

    /// The bytes after the identifier and its separator: all elements, joined by separators.
    #[inline]
    fn body(&self) -> Option<&'a [u8]> {
        let id_len = self.id.as_bytes().len();
        // Past the identifier comes either nothing or the element separator.
        self.data().get(id_len + 1..)
    }

    /// The elements in order, from element 1.
    ///
    /// ```
    /// use x12_claims::syntax::Segments;
    /// # let input = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~N4*PORTLAND*OR*972041234~";
    /// let n4 = Segments::new(input).nth(1).unwrap()?;
    /// let parts: Vec<&[u8]> = n4.elements().map(|e| e.as_bytes()).collect();
    /// assert_eq!(parts, [&b"PORTLAND"[..], b"OR", b"972041234"]);
    /// # Ok::<(), x12_claims::syntax::SyntaxError>(())
    /// ```
    #[inline]
    pub fn elements(&self) -> Elements<'a> {
        Elements {
            rest: self.body(),
            delimiters: self.delimiters,
        }
    }

    /// The bytes of the elements in order, from element 1, like [`elements`](Self::elements)
    /// but found byte by byte. For readers of a few short elements of each segment (codes and
    /// amounts, as 835 balancing reads): on such elements a plain scan costs less than the word
    /// search `elements` sets up for each element, which pays off on longer ones.
    #[inline]
    pub(crate) fn short_elements(&self) -> ShortElements<'a> {
        ShortElements {
            rest: self.body(),
            separator: self.delimiters.element,
        }
    }

    /// Element `n` (1-based); `None` when the segment has fewer elements (or `n` is 0).
    #[inline]
    pub fn element(&self, n: usize) -> Option<Element<'a>> {
        // The plain scan: reading one element costs no search set up for each element before
        // it (elements are a few bytes each).
        let bytes = self.short_elements().nth(n.checked_sub(1)?)?;
        Some(Element::new(bytes, self.delimiters))
    }

    /// Number of elements written (trailing empty elements are normally not written).
    pub fn element_count(&self) -> usize {
        self.elements().count()
    }

    /// Component `m` of element `n` (both 1-based): `CLM05-3` is `component(5, 3)`. A simple
    /// (non-composite) element is its own component 1.
    #[inline]
    pub fn component(&self, n: usize, m: usize) -> Option<&'a [u8]> {
        self.element(n)?.component(m)
    }

    /// The repetitions of element `n`; empty when the element is absent.
    pub fn repetitions(&self, n: usize) -> Repetitions<'a> {
        let element = self.element(n);
        Repetitions {
            rest: element.map(|e| e.bytes),
            delimiters: self.delimiters,
        }
    }
}

/// One element of a segment: a slice of the input, with access to its components and
/// repetitions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Element<'a> {
    bytes: &'a [u8],
    delimiters: Delimiters,
}

impl<'a> Element<'a> {
    /// An element from its bytes, read with `delimiters`.
    #[inline]
    pub(crate) fn new(bytes: &'a [u8], delimiters: Delimiters) -> Self {
        Element { bytes, delimiters }
    }

    /// The element's bytes, exactly as in the input (components and repetitions included).
    #[inline]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The element as text, when it is valid UTF-8.
    ///
    /// ```
    /// # use x12_claims::syntax::Segments;
    /// # let input = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~N3*123 MAIN ST~";
    /// let n3 = Segments::new(input).nth(1).unwrap()?;
    /// assert_eq!(n3.element(1).and_then(|e| e.as_str()), Some("123 MAIN ST"));
    /// # Ok::<(), x12_claims::syntax::SyntaxError>(())
    /// ```
    #[inline]
    pub fn as_str(&self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes).ok()
    }

    /// Whether the element is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The components of the element (of its first repetition, when it repeats).
    #[inline]
    pub fn components(&self) -> Components<'a> {
        let first = match self.delimiters.repetition {
            Some(rep) => find(rep, self.bytes)
                .and_then(|end| self.bytes.get(..end))
                .unwrap_or(self.bytes),
            None => self.bytes,
        };
        Components {
            rest: Some(first),
            separator: self.delimiters.component,
        }
    }

    /// Component `m` (1-based) of the first repetition; `None` past the last one. Elements are
    /// a few bytes, so one plain scan finds it, stopping at the component (the same parts as
    /// [`components`](Self::components)). Typed segments read several components of an element
    /// each, so finding one must not first scan the whole element for its first repetition.
    #[inline]
    pub fn component(&self, m: usize) -> Option<&'a [u8]> {
        let mut before = m.checked_sub(1)?;
        let separator = self.delimiters.component;
        let repetition = self.delimiters.repetition;
        let mut start = 0;
        for (at, &byte) in self.bytes.iter().enumerate() {
            // The first repetition ends at a repetition separator: its last component ends.
            let last = Some(byte) == repetition;
            if last || byte == separator {
                if before == 0 {
                    return self.bytes.get(start..at);
                }
                if last {
                    return None;
                }
                before -= 1;
                start = at + 1;
            }
        }
        if before == 0 {
            self.bytes.get(start..)
        } else {
            None
        }
    }

    /// The repetitions of the element (one, when it does not repeat).
    pub fn repetitions(&self) -> Repetitions<'a> {
        Repetitions {
            rest: Some(self.bytes),
            delimiters: self.delimiters,
        }
    }
}

/// The layout bytes of a segment's tail: what follows its terminator, or the whole tail of an
/// unterminated segment.
#[inline]
pub(crate) fn layout_of(tail: &[u8], terminator: u8) -> &[u8] {
    match tail.split_first() {
        Some((&first, rest)) if first == terminator => rest,
        _ => tail,
    }
}

/// Takes the part of `rest` before the next `separator` (all of it when there is none) and
/// leaves what follows the separator; `None` once `rest` is used up.
#[inline]
fn next_part<'a>(rest: &mut Option<&'a [u8]>, separator: Option<u8>) -> Option<&'a [u8]> {
    cut(rest, |bytes| find(separator?, bytes))
}

/// Takes the part of `rest` before the separator `search` finds in it (all of it when it finds
/// none) and leaves what follows the separator; `None` once `rest` is used up.
#[inline(always)]
fn cut<'a>(
    rest: &mut Option<&'a [u8]>,
    search: impl FnOnce(&[u8]) -> Option<usize>,
) -> Option<&'a [u8]> {
    let bytes = (*rest)?;
    match search(bytes) {
        Some(end) => {
            *rest = bytes.get(end + 1..);
            bytes.get(..end)
        }
        None => {
            *rest = None;
            Some(bytes)
        }
    }
}

/// Iterator over the bytes of a segment's elements; see [`Segment::short_elements`].
#[derive(Clone, Debug)]
pub(crate) struct ShortElements<'a> {
    rest: Option<&'a [u8]>,
    separator: u8,
}

impl<'a> Iterator for ShortElements<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let separator = self.separator;
        cut(&mut self.rest, |bytes| {
            bytes.iter().position(|&byte| byte == separator)
        })
    }
}

/// Iterator over the elements of a segment; see [`Segment::elements`].
#[derive(Clone, Debug)]
pub struct Elements<'a> {
    rest: Option<&'a [u8]>,
    delimiters: Delimiters,
}

impl<'a> Iterator for Elements<'a> {
    type Item = Element<'a>;

    #[inline]
    fn next(&mut self) -> Option<Element<'a>> {
        let bytes = next_part(&mut self.rest, Some(self.delimiters.element))?;
        Some(Element {
            bytes,
            delimiters: self.delimiters,
        })
    }
}

/// Iterator over the components of an element; see [`Element::components`].
#[derive(Clone, Debug)]
pub struct Components<'a> {
    rest: Option<&'a [u8]>,
    separator: u8,
}

impl<'a> Iterator for Components<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        next_part(&mut self.rest, Some(self.separator))
    }
}

/// Iterator over the repetitions of an element; see [`Element::repetitions`].
#[derive(Clone, Debug)]
pub struct Repetitions<'a> {
    rest: Option<&'a [u8]>,
    delimiters: Delimiters,
}

impl<'a> Iterator for Repetitions<'a> {
    type Item = Element<'a>;

    fn next(&mut self) -> Option<Element<'a>> {
        let bytes = next_part(&mut self.rest, self.delimiters.repetition)?;
        let mut delimiters = self.delimiters;
        // A single repetition holds no further repetitions.
        delimiters.repetition = None;
        Some(Element { bytes, delimiters })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A segment from its data (no terminator).
    fn seg(data: &'static [u8]) -> Segment<'static> {
        let end = find(b'*', data).unwrap_or(data.len());
        let id = SegmentId::new(&data[..end]).unwrap();
        Segment::from_parts(data, data.len(), 0, 1, id, Delimiters::default())
    }

    #[test]
    fn empty_versus_absent() {
        let s = seg(b"NM1*87*2");
        assert_eq!(s.element_count(), 2);
        assert_eq!(s.element(0), None);
        assert_eq!(s.element(2).unwrap().as_bytes(), b"2");
        assert_eq!(s.element(3), None);
        let s = seg(b"CLM*A1*100***11:B:1");
        assert!(s.element(3).unwrap().is_empty());
        assert!(s.element(4).unwrap().is_empty());
        assert_eq!(s.element(5).unwrap().as_bytes(), b"11:B:1");
        assert_eq!(s.element_count(), 5);
    }

    #[test]
    fn identifier_only() {
        let s = seg(b"SE");
        assert_eq!(s.id(), "SE");
        assert_eq!(s.element_count(), 0);
        assert_eq!(s.element(1), None);
        let s = seg(b"SE*");
        assert_eq!(s.element_count(), 1);
        assert!(s.element(1).unwrap().is_empty());
    }

    #[test]
    fn components() {
        let s = seg(b"SV1*HC:90837:95::*180*UN*1***1:2");
        assert_eq!(s.component(1, 1), Some(&b"HC"[..]));
        assert_eq!(s.component(1, 3), Some(&b"95"[..]));
        assert_eq!(s.component(1, 4), Some(&b""[..]));
        assert_eq!(s.component(1, 6), None);
        assert_eq!(s.component(2, 1), Some(&b"180"[..]));
        assert_eq!(s.component(2, 2), None);
        let pointers: Vec<_> = s.element(7).unwrap().components().collect();
        assert_eq!(pointers, [&b"1"[..], b"2"]);
    }

    #[test]
    fn repetitions() {
        let s = seg(b"CTX*TRIGGER^TRIGGER:2^TRIGGER:3*X");
        let reps: Vec<_> = s.repetitions(1).map(|e| e.as_bytes()).collect();
        assert_eq!(reps, [&b"TRIGGER"[..], b"TRIGGER:2", b"TRIGGER:3"]);
        let second = s.repetitions(1).nth(1).unwrap();
        assert_eq!(second.component(2), Some(&b"2"[..]));
        // Components of a repeating element are those of its first repetition.
        assert_eq!(s.component(1, 2), None);
        assert_eq!(s.repetitions(9).count(), 0);
        assert_eq!(s.repetitions(2).count(), 1);
    }

    #[test]
    fn without_repetition_separator_caret_is_data() {
        let mut s = seg(b"NM1*A^B");
        s.delimiters.repetition = None;
        assert_eq!(s.repetitions(1).count(), 1);
        assert_eq!(s.element(1).unwrap().components().next(), Some(&b"A^B"[..]));
    }

    /// The short-element scan, the reading of one element and the element iterator must split
    /// every segment alike.
    fn same_elements(s: &Segment<'_>) {
        let words: Vec<&[u8]> = s.elements().map(|e| e.as_bytes()).collect();
        let plain: Vec<&[u8]> = s.short_elements().collect();
        assert_eq!(plain, words, "{:?}", String::from_utf8_lossy(s.data()));
        // Element n alone, read with the plain scan, is the n-th of the iterator.
        for n in 0..words.len() + 2 {
            let expected = n.checked_sub(1).and_then(|i| words.get(i).copied());
            assert_eq!(s.element(n).map(|e| e.as_bytes()), expected, "element {n}");
        }
    }

    #[test]
    fn short_elements_are_the_elements() {
        for data in [
            &b"SE"[..],
            b"SE*",
            b"SE**",
            b"NM1*87*2",
            b"CAS*CO*45*55.63**253*1.97*1",
            b"CLP*PCN11335391*2*2620.58*1757.07*232.09*12*040853036479658*10*7",
            b"NTE*ADD*A LONG NOTE THAT RUNS WELL PAST ONE WORD OF EIGHT BYTES*",
        ] {
            same_elements(&seg(data));
        }
    }

    proptest::proptest! {
        /// Component `m` alone is the `m`-th of the components of the first repetition, with
        /// a repetition separator or without one.
        #[test]
        fn a_component_is_the_one_the_iterator_gives(
            bytes in "[A:^]{0,12}",
            repeats in proptest::bool::ANY,
        ) {
            let mut delimiters = Delimiters::default();
            if !repeats {
                delimiters.repetition = None;
            }
            let element = Element::new(bytes.as_bytes(), delimiters);
            let parts: Vec<&[u8]> = element.components().collect();
            proptest::prop_assert_eq!(element.component(0), None);
            for m in 1..=parts.len() + 2 {
                proptest::prop_assert_eq!(element.component(m), parts.get(m - 1).copied(), "{}", m);
            }
        }

        #[test]
        fn short_elements_agree_on_any_segment(body in "[A-Z0-9*:^.]{0,80}") {
            let data = format!("CAS*{body}");
            let id = SegmentId::new(b"CAS").unwrap();
            let delimiters = Delimiters::default();
            let s = Segment::from_parts(data.as_bytes(), data.len(), 0, 1, id, delimiters);
            same_elements(&s);
        }
    }

    #[test]
    fn layout_and_termination() {
        let id = SegmentId::new(b"SE").unwrap();
        let d = Delimiters::default();
        let s = Segment::from_parts(b"SE*2*1~\r\n", 6, 0, 1, id, d);
        assert_eq!(s.data(), b"SE*2*1");
        assert!(s.is_terminated());
        assert_eq!(s.layout(), b"\r\n");
        let s = Segment::from_parts(b"SE*2*1", 6, 0, 1, id, d);
        assert!(!s.is_terminated());
        assert_eq!(s.layout(), b"");
    }
}
