//! Every element of a typed segment against what the guide allows it to hold, and the segment
//! against which elements it holds:
//!
//! * `837P-S5`: each element's length in the X12 data element dictionary (`segments::lengths`);
//! * `837P-S6`: for the coded elements whose list is the same in every loop, the codes the guide
//!   lists (`segments::code_lists`);
//! * `837P-S7`: the X12 syntax notes (`segments::syntax_notes`: NM108 and NM109 both or
//!   neither ...);
//! * `837P-S8`: the elements required, or not used, in every loop (`segments::usage`).
//!
//! Reading keeps a name of 61 characters or a CLM06 of `X`, so that the file comes back byte
//! for byte; a payer's front end refuses both.

use super::Report;
use crate::claim837p::LoopPath;
use crate::segments::syntax_notes::{self, Broken};
use crate::segments::usage::{self, Usage};
use crate::segments::{RawSegment, code_lists, lengths};
use crate::syntax::{Element, Location};
use crate::validate::Rule;

/// `837P-S5` to `837P-S8` for one segment, in one pass over its elements; `path` is worked
/// out only when something is found.
pub(super) fn values(raw: &RawSegment<'_>, path: impl Fn() -> LoopPath, report: &mut Report) {
    let id = raw.segment_id();
    let (bounds, codes) = (
        lengths::bounds(id.as_bytes()),
        code_lists::codes(id.as_bytes()),
    );
    let hi = id == "HI";
    let view = raw.view();
    // The rows of the elements still to come: elements come in order, as rows do.
    let (mut bounds_left, mut codes_left) = (bounds, codes);
    // Which elements are there (bit n for element n), for the syntax notes.
    let mut present = 0u64;
    for (n, value) in (1u16..).zip(view.short_elements()) {
        if !value.is_empty() && n < 64 {
            present |= 1 << n;
        }
        // Every HI element is a diagnosis (or condition ...) composite laid out as HI01.
        let position = if hi { 1 } else { n };
        if hi {
            (bounds_left, codes_left) = (bounds, codes);
        }
        let bounds_here = rows_at(&mut bounds_left, position, |row| row.0);
        let codes_here = rows_at(&mut codes_left, position, |row| row.0);
        if value.is_empty() || (bounds_here.is_empty() && codes_here.is_empty()) {
            continue;
        }
        let simple = matches!(bounds_here, [(_, 0, ..)]) || matches!(codes_here, [(_, 0, _)]);
        if simple {
            let at = || raw.location().with_element(n);
            if let [(_, _, min, max, count)] = bounds_here {
                length(value, (*min, *max, *count), at, &path, report);
            }
            if let [(_, _, listed)] = codes_here {
                code(value, listed, at, &path, report);
            }
            continue;
        }
        let components = Element::new(value, view.delimiters()).components();
        for (m, component) in (1u16..).zip(components).filter(|(_, c)| !c.is_empty()) {
            let at = || raw.location().with_component(n, m);
            if let Some(&(_, _, min, max, count)) = bounds_here.iter().find(|r| u16::from(r.1) == m)
            {
                length(component, (min, max, count), at, &path, report);
            }
            if let Some((_, _, listed)) = codes_here.iter().find(|r| u16::from(r.1) == m) {
                code(component, listed, at, &path, report);
            }
        }
    }
    let reported = notes(raw, present, &path, report);
    uses(raw, present, reported, &path, report);
}

/// `837P-S8`: the elements the guide requires in every loop are there, and those it uses in
/// none are not; an element a syntax note reported already (`reported`) is not reported again.
fn uses(
    raw: &RawSegment<'_>,
    present: u64,
    reported: u64,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    let id = raw.segment_id();
    for &(element, usage) in usage::usage(id.as_bytes()) {
        let bit = 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        if reported & bit != 0 {
            continue;
        }
        let there = present & bit != 0;
        let problem = match (usage, there) {
            (Usage::Required, false) => "is required",
            (Usage::NotUsed, true) => "is not used by the guide (leave it empty)",
            _ => continue,
        };
        report.error(
            Rule::ElementUsage,
            path(),
            raw.location().with_element(u16::from(element)),
            format!("{}{element:02} {problem}", id.as_str()),
        );
    }
}

/// `837P-S7`: the X12 syntax notes of the segment, over the elements that are there. The
/// elements it reports (bit n for element n).
fn notes(
    raw: &RawSegment<'_>,
    present: u64,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) -> u64 {
    let id = raw.segment_id();
    let mut reported = 0u64;
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
        reported |= 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        report.error(
            Rule::ElementSyntax,
            path(),
            raw.location().with_element(element),
            format!("{message} (X12 syntax note {note})"),
        );
    }
    reported
}

/// The rows of `left` for the element at `position` (`element` tells a row's), leaving the
/// rows of later elements in `left`.
fn rows_at<'t, T>(left: &mut &'t [T], position: u16, element: impl Fn(&T) -> u8) -> &'t [T] {
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

/// `837P-S6`: a coded value against the codes the guide lists for its place.
fn code(
    value: &[u8],
    listed: &[&str],
    at: impl Fn() -> Location,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    if listed.iter().any(|code| code.as_bytes() == value) {
        return;
    }
    report.error(
        Rule::ElementCode,
        path(),
        at(),
        format!(
            "{:?} is not a code the guide lists here ({})",
            String::from_utf8_lossy(value),
            listed.join(", ")
        ),
    );
}

/// `837P-S5`: one value against its minimum and maximum length; `at` and `path` place it when
/// it is not.
fn length(
    value: &[u8],
    (min, max, count): (u16, u16, lengths::Count),
    at: impl Fn() -> Location,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    // Most values: no longer in bytes than the maximum in characters or digits, with nothing
    // to count for a minimum of one (the value is not empty).
    if value.len() <= usize::from(max) && min <= 1 {
        return;
    }
    let found = lengths::length(value, count);
    let bound = if found > usize::from(max) {
        format!("at most {max}")
    } else if found < usize::from(min) {
        format!("at least {min}")
    } else {
        return;
    };
    let unit = match count {
        lengths::Count::Chars => "characters",
        lengths::Count::Digits => "digits",
    };
    report.error(
        Rule::ElementLength,
        path(),
        at(),
        format!(
            "{:?} is {found} {unit} long; the element takes {bound}",
            String::from_utf8_lossy(value)
        ),
    );
}
