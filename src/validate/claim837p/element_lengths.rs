//! `837P-S5`: every element of a typed segment against the lengths of the X12 data element
//! dictionary (`segments::lengths`). Reading keeps a name of 61 characters, so that the file
//! comes back byte for byte; a payer's front end refuses it.

use super::Report;
use crate::claim837p::LoopPath;
use crate::segments::{RawSegment, lengths};
use crate::syntax::{Element, Location};
use crate::validate::Rule;

/// `837P-S5`: each element and component of a segment is as long as the data element
/// dictionary allows (`segments::lengths`); `path` is worked out only when one is not.
pub(super) fn lengths(raw: &RawSegment<'_>, path: impl Fn() -> LoopPath, report: &mut Report) {
    let table = lengths::bounds(raw.segment_id().as_bytes());
    if table.is_empty() {
        return;
    }
    let hi = raw.segment_id() == "HI";
    let view = raw.view();
    // The table's rows of the elements still to come: elements come in order, as rows do.
    let mut rest = table;
    for (n, value) in (1u16..).zip(view.short_elements()) {
        // Every HI element is a diagnosis (or condition ...) composite laid out as HI01.
        let position = if hi { 1 } else { n };
        if hi {
            rest = table;
        }
        let skip = rest
            .iter()
            .take_while(|row| u16::from(row.0) < position)
            .count();
        rest = rest.get(skip..).unwrap_or_default();
        let here = rest
            .iter()
            .take_while(|row| u16::from(row.0) == position)
            .count();
        let rows = rest.get(..here).unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        match rows {
            [] => {}
            [(_, 0, min, max, count)] => {
                let at = || raw.location().with_element(n);
                length(value, (*min, *max, *count), at, &path, report);
            }
            _ => {
                let components = Element::new(value, view.delimiters()).components();
                for (m, component) in (1u16..).zip(components) {
                    let row = rows.iter().find(|row| u16::from(row.1) == m);
                    if let (Some(&(_, _, min, max, count)), false) = (row, component.is_empty()) {
                        let at = || raw.location().with_component(n, m);
                        length(component, (min, max, count), at, &path, report);
                    }
                }
            }
        }
    }
}

/// One value against its minimum and maximum length; `at` and `path` place it when it is not.
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
