//! What the X12 standard asks of every segment, whatever the transaction: each element as long
//! as the data element dictionary allows (`segments::lengths`), none past the last the guide
//! gives the segment, the syntax notes (`segments::syntax_notes`), and no trailing separator.
//! The 837P claim rules check these in their own pass over each segment's elements
//! (`claim837p::element_values`, with the guide's codes and uses); [`segment`] is the pass for
//! the 835 (`835-S5` to `835-S7`). Both word their findings here.

use crate::segments::lengths::{self, Count};
use crate::segments::syntax_notes::{self, Broken};
use crate::syntax::{Element, Location, Segment, SegmentId};

/// Which of the standard's checks a finding of [`segment`] breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An element's length, or an element past the segment's last.
    Length,
    /// A syntax note.
    Note,
    /// A trailing separator.
    Trailing,
}

/// Every finding of the standard's checks over `segment`, in the order of its elements (the
/// lengths and the element past the last, then the trailing separator, then the syntax notes),
/// given to `emit` with the place it names.
pub(crate) fn segment(segment: &Segment<'_>, mut emit: impl FnMut(Kind, Location, String)) {
    let id = segment.segment_id();
    let bounds = lengths::bounds(id.as_bytes());
    let hi = id == "HI";
    let last = if hi {
        12
    } else {
        bounds.last().map_or(u16::MAX, |row| row.0.into())
    };
    let delimiters = segment.delimiters();
    let (mut present, mut elements, mut open_composite, mut past) = (0u64, 0u16, None, None);
    // The rows of the elements still to come: elements come in order, as rows do.
    let mut left = bounds;
    for (i, value) in segment.short_elements().enumerate() {
        let n = u16::try_from(i + 1).unwrap_or(u16::MAX);
        elements = n;
        let position = if hi { 1 } else { n };
        if hi {
            left = bounds;
        }
        let here = rows_at(&mut left, position, |row| row.0);
        if value.is_empty() {
            continue;
        }
        if n < 64 {
            present |= 1 << n;
        }
        if value.last() == Some(&delimiters.component) && open_composite.is_none() {
            open_composite = Some(n);
        }
        if n > last && past.is_none() {
            past = Some(n);
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
    if let Some(n) = past {
        let message = past_last(id, n, last);
        emit(Kind::Length, segment.location().with_element(n), message);
    }
    if let Some((n, message)) = trailing_problem(segment, open_composite, elements) {
        emit(Kind::Trailing, segment.location().with_element(n), message);
    }
    broken_notes(id, present, |n, message| {
        emit(Kind::Note, segment.location().with_element(n), message);
    });
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

/// An element sent past the last the guide gives its segment: element `n` of `id`, whose last
/// is `last`.
pub(crate) fn past_last(id: SegmentId, n: u16, last: u16) -> String {
    let id = id.as_str();
    format!("{id}{n:02} is past {id}{last:02}, the last element the guide gives {id}")
}

/// A trailing separator of `segment`: the first element that ends with a component separator
/// (`open_composite`), or else the segment's last (of `elements`) when the segment ends with an
/// element separator. The element to name and what to say.
pub(crate) fn trailing_problem(
    segment: &Segment<'_>,
    open_composite: Option<u16>,
    elements: u16,
) -> Option<(u16, String)> {
    let (element, what, part) = match open_composite {
        Some(n) => (n, "element", "component"),
        None if segment.data().last() == Some(&segment.delimiters().element) => {
            (elements, "segment", "element")
        }
        None => return None,
    };
    let message =
        format!("the {what} ends with a separator: X12 leaves trailing empty {part}s out");
    Some((element, message))
}

/// The syntax notes of segment `id` that the elements there (`present`, bit n for element n)
/// break: for each, the element to name and what to say, given to `emit`.
#[inline]
pub(crate) fn broken_notes(id: SegmentId, present: u64, mut emit: impl FnMut(u16, String)) {
    for note in syntax_notes::notes(id.as_bytes()) {
        if syntax_notes::holds(note, present) {
            continue;
        }
        let there = |n: usize| n < 64 && present & (1 << n) != 0;
        let Some(broken) = syntax_notes::broken(note, there) else {
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
        emit(element, format!("{message} (X12 syntax note {note})"));
    }
}
