//! What the X12 standard asks of every segment, whatever the transaction: each element as long
//! as the data element dictionary allows (`segments::lengths`), none past the last the guide
//! gives the segment, the syntax notes (`segments::syntax_notes`), and no trailing separator.
//! The 837P claim rules check these in their own pass over each segment's elements
//! (`claim837p::element_values`, with the guide's codes and uses); [`segment`] is the pass for
//! the 835 (`835-S5` to `835-S7`). Both word their findings here.

use super::loop_uses::Kept;
use crate::segments::lengths::{self, Bounds, Count};
use crate::segments::syntax_notes::{self, Broken};
use crate::syntax::{Element, Location, Segment, SegmentId};

/// Which of the standard's checks a finding of [`segment`] breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An element's length.
    Length,
    /// An element past the last the guide gives its segment.
    Past,
    /// A syntax note.
    Note,
    /// A trailing separator.
    Trailing,
}

/// What a pass over a segment's elements gathers for the checks that look at the segment as a
/// whole: which elements are there, how many, the first that ends with a component separator
/// and the first past the last the guide gives the segment.
pub(crate) struct Walk {
    id: SegmentId,
    last: u16,
    component: u8,
    /// The elements there, bit n for element n (for the syntax notes and uses).
    pub(crate) present: u64,
    /// How many elements the segment has.
    pub(crate) elements: u16,
    open_composite: Option<u16>,
    past: Option<u16>,
}

impl Walk {
    /// Ready for the elements of `segment`, whose rows of [`lengths`] are `bounds`.
    pub(crate) fn new(segment: &Segment<'_>, bounds: &[Bounds]) -> Self {
        let id = segment.segment_id();
        // Every HI element is laid out as HI01, and HI has twelve.
        let last = match id == "HI" {
            true => 12,
            false => bounds.last().map_or(u16::MAX, |row| row.0.into()),
        };
        Walk {
            id,
            last,
            component: segment.delimiters().component,
            present: 0,
            elements: 0,
            open_composite: None,
            past: None,
        }
    }

    /// Takes element `i` (0-based) and gives its position, 65535 for every one past that (long
    /// past any segment's last).
    #[inline]
    pub(crate) fn see(&mut self, i: usize, value: &[u8]) -> u16 {
        let n = u16::try_from(i + 1).unwrap_or(u16::MAX);
        self.elements = n;
        if !value.is_empty() {
            if n < 64 {
                self.present |= 1 << n;
            }
            if n > self.last && self.past.is_none() {
                self.past = Some(n);
            }
            if value.last() == Some(&self.component) && self.open_composite.is_none() {
                self.open_composite = Some(n);
            }
        }
        n
    }

    /// The findings about the segment as a whole once its elements are seen: an element past
    /// the last, then a trailing separator.
    pub(crate) fn finish(
        &self,
        segment: &Segment<'_>,
        mut emit: impl FnMut(Kind, Location, String),
    ) {
        if let Some(n) = self.past {
            let id = self.id.as_str();
            let message = format!(
                "{id}{n:02} is past {id}{:02}, the last element the guide gives {id}",
                self.last
            );
            emit(Kind::Past, segment.location().with_element(n), message);
        }
        let trailing = match self.open_composite {
            Some(n) => Some((n, "element", "component")),
            None if segment.data().last() == Some(&segment.delimiters().element) => {
                Some((self.elements, "segment", "element"))
            }
            None => None,
        };
        if let Some((n, what, part)) = trailing {
            let message =
                format!("the {what} ends with a separator: X12 leaves trailing empty {part}s out");
            emit(Kind::Trailing, segment.location().with_element(n), message);
        }
    }
}

/// Every finding of the standard's checks over `segment`, in the order of its elements (the
/// lengths, then the element past the last and the trailing separator, then the syntax notes),
/// given to `emit` with the place it names. Keeps the first elements in `kept` for the checks
/// that read them again, and gives the elements there and those a syntax note reported (bit n
/// for element n).
pub(crate) fn segment<'a>(
    segment: &Segment<'a>,
    kept: &mut Kept<'a>,
    mut emit: impl FnMut(Kind, Location, String),
) -> (u64, u64) {
    let id = segment.segment_id();
    let bounds = lengths::bounds(id.as_bytes());
    let hi = id == "HI";
    let delimiters = segment.delimiters();
    let mut walk = Walk::new(segment, bounds);
    // The rows of the elements still to come: elements come in order, as rows do.
    let mut left = bounds;
    for (i, value) in segment.short_elements().enumerate() {
        let n = walk.see(i, value);
        kept.keep(n, value);
        let position = if hi { 1 } else { n };
        if hi {
            left = bounds;
        }
        let here = rows_at(&mut left, position, |row| row.0);
        if value.is_empty() {
            continue;
        }
        if let [(_, 0, min, max, count)] = here {
            if let Some(problem) = length_problem(value, (*min, *max, *count)) {
                emit(Kind::Length, segment.location().with_element(n), problem);
            }
            continue;
        }
        for &(_, component, min, max, count) in here {
            let mut components = Element::new(value, delimiters).components();
            let part = components.nth(usize::from(component).wrapping_sub(1));
            let Some(problem) = part.and_then(|p| length_problem(p, (min, max, count))) else {
                continue;
            };
            let at = segment.location().with_component(n, component.into());
            emit(Kind::Length, at, problem);
        }
    }
    walk.finish(segment, &mut emit);
    let reported = broken_notes(id, walk.present, |n, message| {
        emit(Kind::Note, segment.location().with_element(n), message);
    });
    (walk.present, reported)
}

/// The rows of `left` for the element at `position` (`element` tells a row's), leaving the
/// rows of later elements in `left`: tables list their rows in element order, as elements come.
pub(crate) fn rows_at<'t, T>(
    left: &mut &'t [T],
    position: u16,
    element: impl Fn(&T) -> u8,
) -> &'t [T] {
    let before = left
        .iter()
        .take_while(|row| u16::from(element(row)) < position)
        .count();
    *left = left.get(before..).unwrap_or_default();
    let here = left
        .iter()
        .take_while(|row| u16::from(element(row)) == position)
        .count();
    let (rows, rest) = left.split_at(here.min(left.len()));
    *left = rest;
    rows
}

/// What is wrong with a value's length, for the element's `(min, max, count)` row of
/// [`lengths`] (`Bounds` without its position); `None` when nothing is.
#[inline]
pub(crate) fn length_problem(value: &[u8], bounds: (u16, u16, Count)) -> Option<String> {
    // Most values: no longer in bytes than the maximum in characters or digits, with nothing
    // to count for a minimum of one (the value is not empty).
    let (min, max, _) = bounds;
    if value.is_empty() || (value.len() <= usize::from(max) && min <= 1) {
        return None;
    }
    counted_length_problem(value, bounds)
}

/// [`length_problem`] for a value that needs counting.
fn counted_length_problem(value: &[u8], (min, max, count): (u16, u16, Count)) -> Option<String> {
    let found = lengths::length(value, count);
    let bound = if found > usize::from(max) {
        format!("at most {max}")
    } else if found < usize::from(min) {
        format!("at least {min}")
    } else {
        return None;
    };
    let unit = match count {
        Count::Chars => "characters",
        Count::Digits => "digits",
    };
    Some(format!(
        "{:?} is {found} {unit} long; the element takes {bound}",
        String::from_utf8_lossy(value)
    ))
}

/// The syntax notes of segment `id` that the elements there (`present`, bit n for element n)
/// break: for each, the element to name and what to say, given to `emit`. Gives the elements
/// it named (bit n for element n).
#[inline]
pub(crate) fn broken_notes(id: SegmentId, present: u64, mut emit: impl FnMut(u16, String)) -> u64 {
    let mut named = 0u64;
    for note in syntax_notes::notes(id.as_bytes()) {
        if note.holds(present) {
            continue;
        }
        let there = |n: usize| n < 64 && present & (1 << n) != 0;
        let Some(broken) = syntax_notes::broken(note.text, there) else {
            continue;
        };
        let name = |n: usize| format!("{}{n:02}", id.as_str());
        let names = |ns: &[usize]| ns.iter().map(|&n| name(n)).collect::<Vec<_>>().join(", ");
        let (at, message) = match &broken {
            Broken::Paired { there, missing } => (
                missing.first(),
                format!(
                    "{} sent without {}: they go together",
                    names(there),
                    names(missing)
                ),
            ),
            Broken::Required { among } => (
                among.first(),
                format!("one of {} is required", names(among)),
            ),
            Broken::Exclusive { there } => (
                there.get(1),
                format!("{} exclude each other: send one", names(there)),
            ),
            Broken::Conditional { first, missing } => (
                missing.first(),
                format!("{} calls for {}", name(*first), names(missing)),
            ),
            Broken::ListConditional { first, among } => (
                among.first(),
                format!("{} calls for one of {}", name(*first), names(among)),
            ),
        };
        let element = at.and_then(|&n| u16::try_from(n).ok()).unwrap_or(1);
        named |= 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        emit(
            element,
            format!("{message} (X12 syntax note {})", note.text),
        );
    }
    named
}
