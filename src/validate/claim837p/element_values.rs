//! Every element of a typed segment against what the guide allows it to hold, and the segment
//! against which elements it holds:
//!
//! * `837P-S5`: each element's length in the X12 data element dictionary (`segments::lengths`);
//! * `837P-S6`: for the coded elements whose list is the same in every loop, the codes the guide
//!   lists (`segments::code_lists`);
//! * `837P-S7`: the X12 syntax notes (`segments::syntax_notes`: NM108 and NM109 both or
//!   neither ...);
//! * `837P-S8`: the elements required, or not used, in every loop (`segments::usage`);
//! * `837P-S9`: no trailing separator (`N4*CITY*IL*`).
//!
//! Beyond these, what the guide asks of the segment in its own loop (`claim837p::loop_elements`):
//! the codes it lists there (`837P-S6`: NM108 `PI` or `XV` for a payer, the REF01 qualifiers
//! of 2300 ...) and the elements it requires or leaves unused there (`837P-S8`: NM103 required
//! for a payer, not used for a pay-to address); and the state or province of every US or
//! Canadian N4 and of CLM11-4 (`837P-S6`, and `837P-S8` when it is missing).
//!
//! Reading keeps a name of 61 characters or a CLM06 of `X`, so that the file comes back byte
//! for byte; a payer's front end refuses both.

use super::Report;
use crate::claim837p::LoopPath;
use crate::claim837p::loop_elements::{LAST_ELEMENT, LoopElements, loop_elements};
use crate::codes::StateOrProvince;
use crate::segments::usage::{self, Usage};
use crate::segments::{RawSegment, code_lists, lengths};
use crate::syntax::{Element, Location};
use crate::validate::Rule;
use crate::validate::element_syntax::{self, Kind, Walk, rows_at};

/// `837P-S5` to `837P-S9` for one segment of loop `loop_id` (`"2300"`), in one pass over its
/// elements; `path` is worked out only when something is found.
pub(super) fn values(
    raw: &RawSegment<'_>,
    loop_id: &'static str,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    let id = raw.segment_id();
    let (bounds, codes) = (
        lengths::bounds(id.as_bytes()),
        code_lists::codes(id.as_bytes()),
    );
    let hi = id == "HI";
    let view = raw.view();
    // The rows of the elements still to come: elements come in order, as rows do.
    let (mut bounds_left, mut codes_left) = (bounds, codes);
    // Which elements are there, how many, and what the segment as a whole breaks.
    let mut walk = Walk::new(&view, bounds);
    // The first elements, for the checks that read them again.
    let mut seen: [&[u8]; SEEN] = [&[]; SEEN];
    for (i, value) in view.short_elements().enumerate() {
        let n = walk.see(i, value);
        if let Some(slot) = seen.get_mut(usize::from(n) - 1) {
            *slot = value;
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
        for (m, component) in (1..=u16::MAX)
            .zip(components)
            .filter(|(_, c)| !c.is_empty())
        {
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
    walk.finish(&view, |kind, at, message| {
        let rule = match kind {
            Kind::Past => Rule::ElementUsage,
            _ => Rule::TrailingSeparator,
        };
        report.error(rule, path(), at, message);
    });
    let (present, elements) = (walk.present, walk.elements);
    let reported = notes(raw, present, &path, report);
    let (mut required, mut not_used) = (0u64, 0u64);
    for &(element, usage) in usage::usage(id.as_bytes()) {
        let bit = 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        match usage {
            Usage::Required => required |= bit,
            Usage::NotUsed => not_used |= bit,
        }
    }
    uses(raw, (required, not_used, present, reported), &path, report);
    let seen = seen.get(..usize::from(elements)).unwrap_or(&seen);
    let here = loop_elements(loop_id, id.as_bytes());
    if !here.is_empty() {
        in_loop(raw, seen, here, (present, reported), &path, report);
    }
    if matches!(id.as_bytes(), b"N4" | b"CLM") {
        state(raw, seen, &path, report);
    }
}

/// How many of a segment's elements [`values`] keeps for the checks that read them again: as
/// many as the loop table reads (the states read N404 and CLM11).
const SEEN: usize = LAST_ELEMENT as usize;

/// Element `element` of `seen` (1-based), or its component `component` when that is not 0.
fn part<'a>(
    seen: &[&'a [u8]],
    delimiters: crate::syntax::Delimiters,
    (element, component): (u16, u16),
) -> &'a [u8] {
    let value = seen
        .get(usize::from(element).wrapping_sub(1))
        .copied()
        .unwrap_or_default();
    match component {
        0 => value,
        _ => Element::new(value, delimiters)
            .components()
            .nth(usize::from(component) - 1)
            .unwrap_or_default(),
    }
}

/// Whether `value` is one of `codes`: a comparison of a few bytes, not a call to compare.
fn listed(value: &[u8], codes: &[&str]) -> bool {
    codes.iter().any(|code| {
        let code = code.as_bytes();
        code.len() == value.len() && code.iter().zip(value).all(|(a, b)| a == b)
    })
}

/// What the guide asks of the segment in its loop, given the uses it has there (`here`, in the
/// guide's order), the elements there (`present`) and those a syntax note reported
/// (`reported`).
fn in_loop(
    raw: &RawSegment<'_>,
    seen: &[&[u8]],
    here: &[LoopElements],
    (present, reported): (u64, u64),
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    let delimiters = raw.view().delimiters();
    let value = |&(element, component, _): &(u8, u8, _)| {
        part(seen, delimiters, (element.into(), component.into()))
    };
    let fits = |uses: &LoopElements| {
        let elements = uses.required() & !present | uses.not_used() & present;
        elements & !reported == 0
            && uses.codes().iter().all(|row| {
                let value = value(row);
                value.is_empty() || listed(value, row.2)
            })
    };
    let chosen = match here {
        [only] => only,
        _ => {
            // Told apart by their first coded position: the first use whose qualifier it is,
            // and of several (PWK*CT), the first that the segment fits.
            let Some(key) = here.first().and_then(|u| u.codes().first()) else {
                return;
            };
            let qualifier = value(key);
            let mut matching = here.iter().filter(|u| {
                let codes = u.codes().first().map_or(&[][..], |row| row.2);
                listed(qualifier, codes)
            });
            let Some(first) = matching.next() else {
                // A claim's HI qualifiers are P16's, which knows which HI comes first.
                if !qualifier.is_empty() && raw.segment_id() != "HI" {
                    let mut listed: Vec<&str> = Vec::new();
                    let keys = here.iter().flat_map(|u| u.codes().first());
                    for &code in keys.flat_map(|row| row.2) {
                        if !listed.contains(&code) {
                            listed.push(code);
                        }
                    }
                    let place = position(raw, (key.0.into(), key.1.into()));
                    code(qualifier, &listed, || place, &path, report);
                }
                return;
            };
            match matching.clone().next() {
                None => first,
                Some(_) => std::iter::once(first)
                    .chain(matching)
                    .find(|u| fits(u))
                    .unwrap_or(first),
            }
        }
    };
    let masks = (chosen.required(), chosen.not_used(), present, reported);
    uses(raw, masks, &path, report);
    for row in chosen.codes() {
        let found = value(row);
        if !found.is_empty() {
            code(
                found,
                row.2,
                || position(raw, (row.0.into(), row.1.into())),
                &path,
                report,
            );
        }
    }
}

/// Where element `element`, or its component `component` when that is not 0, of `raw` is.
fn position(raw: &RawSegment<'_>, (element, component): (u16, u16)) -> Location {
    match component {
        0 => raw.location().with_element(element),
        _ => raw.location().with_component(element, component),
    }
}

/// `837P-S6`: a state or province code (N402, CLM11-4) of an address in the United States or
/// Canada, the countries whose codes the guide lists; an address elsewhere has its country in
/// N404 (CLM11-5). `837P-S8`: such an address has one, and so has an auto accident.
fn state(raw: &RawSegment<'_>, seen: &[&[u8]], path: impl Fn() -> LoopPath, report: &mut Report) {
    let delimiters = raw.view().delimiters();
    let (place, country) = match raw.segment_id().as_bytes() {
        b"N4" => ((2, 0), (4, 0)),
        _ => ((11, 4), (11, 5)),
    };
    let value = part(seen, delimiters, place);
    if !matches!(part(seen, delimiters, country), b"" | b"US" | b"CA") {
        return;
    }
    if value.is_empty() {
        // Every US or Canadian address has its state; an auto accident (CLM11-1 to -3 `AA`)
        // has the state it happened in.
        let accident = (1..=3).any(|c| part(seen, delimiters, (11, c)) == b"AA");
        if place == (2, 0) || accident {
            report.error(
                Rule::ElementUsage,
                path(),
                position(raw, place),
                match place {
                    (2, 0) => "N402 is required for an address in the United States or Canada",
                    _ => "CLM11-4 is required for an auto accident (AA): the state it happened in",
                },
            );
        }
        return;
    }
    if std::str::from_utf8(value).is_ok_and(|v| StateOrProvince::new(v).is_ok_and(|s| s.is_known()))
    {
        return;
    }
    report.error(
        Rule::ElementCode,
        path(),
        position(raw, place),
        format!(
            "{:?} is not a US state or territory, or Canadian province, code (an address \
             elsewhere names its country)",
            String::from_utf8_lossy(value)
        ),
    );
}

/// `837P-S8`: the elements the guide requires (`required`, bit n for element n) are there,
/// and those it does not use (`not_used`) are not; an element a syntax note reported already
/// (`reported`) is not reported again.
fn uses(
    raw: &RawSegment<'_>,
    (required, not_used, present, reported): (u64, u64, u64, u64),
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    let missing = required & !present & !reported;
    let sent = not_used & present & !reported;
    if missing | sent == 0 {
        return;
    }
    let id = raw.segment_id();
    for element in 1..64u16 {
        let bit = 1u64 << element;
        let problem = if missing & bit != 0 {
            "is required"
        } else if sent & bit != 0 {
            "is not used by the guide (leave it empty)"
        } else {
            continue;
        };
        report.error(
            Rule::ElementUsage,
            path(),
            raw.location().with_element(element),
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
    let mut reported = 0u64;
    element_syntax::broken_notes(raw.segment_id(), present, |element, message| {
        reported |= 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        let at = raw.location().with_element(element);
        report.error(Rule::ElementSyntax, path(), at, message);
    });
    reported
}

/// `837P-S6`: a coded value against the codes the guide lists for its place.
fn code(
    value: &[u8],
    listed: &[&str],
    at: impl Fn() -> Location,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    if self::listed(value, listed) {
        return;
    }
    let value = String::from_utf8_lossy(value);
    // A list of a dozen codes reads in a message; a longer one (PWK01 has 61) is the guide's.
    let message = match listed.len() {
        0..=12 => format!(
            "{value:?} is not a code the guide lists here ({})",
            listed.join(", ")
        ),
        n => format!("{value:?} is not one of the {n} codes the guide lists here"),
    };
    report.error(Rule::ElementCode, path(), at(), message);
}

/// `837P-S5`: one value against its minimum and maximum length; `at` and `path` place it when
/// it is not.
fn length(
    value: &[u8],
    bounds: (u16, u16, lengths::Count),
    at: impl Fn() -> Location,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    if let Some(problem) = element_syntax::length_problem(value, bounds) {
        report.error(Rule::ElementLength, path(), at(), problem);
    }
}
