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
use crate::claim837p::loop_elements::loop_elements;
use crate::segments::usage::{self, Usage};
use crate::segments::{RawSegment, code_lists, lengths};
use crate::syntax::{Element, Location};
use crate::validate::Rule;
use crate::validate::element_syntax::{self, Kind, Walk, rows_at};
use crate::validate::loop_uses::{self, Kept, Problem};

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
    let mut kept = Kept::new(view.delimiters());
    for (i, value) in view.short_elements().enumerate() {
        let n = walk.see(i, value);
        kept.keep(n, value);
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
    let present = walk.present;
    let reported = notes(raw, present, &path, report);
    let (mut required, mut not_used) = (0u64, 0u64);
    for &(element, usage) in usage::usage(id.as_bytes()) {
        let bit = 1u64.checked_shl(u32::from(element)).unwrap_or(0);
        match usage {
            Usage::Required => required |= bit,
            Usage::NotUsed => not_used |= bit,
        }
    }
    let mut emit = |problem, at, message: String| {
        let rule = match problem {
            Problem::Code => Rule::ElementCode,
            Problem::Usage => Rule::ElementUsage,
        };
        report.error(rule, path(), at, message);
    };
    loop_uses::uses(&view, (required, not_used, present, reported), &mut emit);
    let here = loop_elements(loop_id, id.as_bytes());
    // A claim's HI qualifiers are P16's, which knows which HI comes first.
    let unlisted: Option<&mut dyn FnMut(Problem, Location, String)> = (!hi).then_some(&mut emit);
    let masks = (present, reported);
    if let Some((_, chosen)) = loop_uses::which(&view, &kept, here, masks, unlisted) {
        loop_uses::check_use(&view, &kept, chosen, masks, &mut emit);
    }
    match id.as_bytes() {
        b"N4" | b"CLM" => loop_uses::address(&view, &kept, &mut emit),
        b"CUR" => loop_uses::currency(&view, &kept, &mut emit),
        b"CAS" | b"MOA" => loop_uses::external_codes(&view, &mut emit),
        _ => {}
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
    element_syntax::broken_notes(raw.segment_id(), present, |element, message| {
        let at = raw.location().with_element(element);
        report.error(Rule::ElementSyntax, path(), at, message);
    })
}

/// `837P-S6`: a coded value against the codes the guide lists for its place.
fn code(
    value: &[u8],
    listed: &[&str],
    at: impl Fn() -> Location,
    path: impl Fn() -> LoopPath,
    report: &mut Report,
) {
    if let Some(problem) = loop_uses::code_problem(value, listed) {
        report.error(Rule::ElementCode, path(), at(), problem);
    }
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
