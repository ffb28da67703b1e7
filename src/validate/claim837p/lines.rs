//! Rules of the service lines (2400): `837P-P14` and `837P-P20` (SV105), `837P-P17` (SV107),
//! `837P-P18` (LX01), `837P-P19` (SV102, SV104), `837P-P23` (DTP*472) and `837P-P25`
//! (`REF*6R`), with `837P-P09` and `837P-P11` for the name loops of a line.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::Report;
use super::claims::{money, place_of_service};
use super::parties::{every_party, postal_code};
use crate::claim837p::{LoopPath, PartyRole, ServiceLine, party_paths};
use crate::element::Amount;
use crate::segments::{Clm, Dtp};
use crate::validate::Rule;

/// What the rules read of a line, read once: the line's own rules, the claim's sum of charges
/// and the claim's diagnosis code set all need it.
pub(super) struct Line<'s, 'a> {
    pub line: &'s ServiceLine<'a>,
    pub path: LoopPath,
    /// SV102.
    pub charge: Amount<'s>,
    /// DTP*472.
    pub service_date: Option<&'s Dtp<'a>>,
    /// The first and last day of service as `CCYYMMDD`, when DTP*472 is a `D8` date or an
    /// `RD8` range: typing checked their digits, so comparing the texts compares the days.
    pub days: Option<(&'s str, &'s str)>,
}

impl<'s, 'a> Line<'s, 'a> {
    /// Reads the line at `path`.
    pub fn read(line: &'s ServiceLine<'a>, path: LoopPath) -> Self {
        let service_date = line.service_date();
        Line {
            line,
            path,
            charge: line.service().charge(),
            service_date,
            days: service_date.and_then(days),
        }
    }
}

/// DTP03 of a `D8` or `RD8` date as its first and last day, read in one pass over the segment.
fn days<'s>(dtp: &'s Dtp<'_>) -> Option<(&'s str, &'s str)> {
    let mut elements = dtp.raw().view().elements().skip(1);
    let format = elements.next()?.as_bytes();
    let text = std::str::from_utf8(elements.next()?.as_bytes()).ok()?;
    match format {
        b"D8" => Some((text, text)),
        b"RD8" => text.split_once('-'),
        _ => None,
    }
}

/// Every rule of a claim's lines. `diagnoses` are the positions in the claim's HI that hold a
/// diagnosis.
pub(super) fn check(lines: &[Line<'_, '_>], clm: &Clm<'_>, diagnoses: &[u16], report: &mut Report) {
    let mut control_numbers = HashMap::new();
    for (n, line) in lines.iter().enumerate() {
        number(line, n + 1, report);
        amounts(line, report);
        line_place_of_service(line, clm, report);
        pointers(line, diagnoses, report);
        service_date(line, report);
        control_number(line, &mut control_numbers, report);
        for (path, party) in party_paths(line.line.parties(), line.path) {
            every_party(party, path, report);
            if party.role() == PartyRole::LineServiceFacility {
                postal_code(party, path, report);
            }
        }
    }
}

/// `837P-P18`: LX01 counts the claim's lines from 1.
fn number(line: &Line<'_, '_>, expected: usize, report: &mut Report) {
    let lx = line.line.number();
    let number = lx.number();
    if u64::try_from(expected).is_ok_and(|expected| number.value() == expected) {
        return;
    }
    report.error(
        Rule::LineNumber,
        line.path,
        lx.location().with_element(1),
        format!(
            "line number {} where {expected} comes next: LX01 counts the claim's lines 1, 2, 3 ...",
            number.as_str()
        ),
    );
}

/// `837P-P19` over SV102 and SV104.
fn amounts(line: &Line<'_, '_>, report: &mut Report) {
    let sv1 = line.line.service();
    let at = |element| sv1.location().with_element(element);
    money(&line.charge, at(2), line.path, report);
    let units = sv1.quantity();
    if units.value() <= Decimal::ZERO {
        report.error(
            Rule::LineAmounts,
            line.path,
            at(4),
            format!("{} units: a line bills at least some", units.as_str()),
        );
    }
    if units.fraction_digits() > 3 {
        report.error(
            Rule::LineAmounts,
            line.path,
            at(4),
            format!("{} units has more than three decimals", units.as_str()),
        );
    }
}

/// `837P-P14` and `837P-P20` over SV105.
fn line_place_of_service(line: &Line<'_, '_>, clm: &Clm<'_>, report: &mut Report) {
    let sv1 = line.line.service();
    let Some(code) = sv1.place_of_service() else {
        return;
    };
    let at = sv1.location().with_element(5);
    place_of_service(code, at, line.path, report);
    if code == clm.place_of_service() {
        report.warning(
            Rule::LinePlaceOfService,
            line.path,
            at,
            "SV105 repeats the claim's place of service (CLM05-1): send it only when the line's \
             differs",
        );
    }
}

/// `837P-P17`: SV107 points at diagnoses the claim has, none twice.
fn pointers(line: &Line<'_, '_>, diagnoses: &[u16], report: &mut Report) {
    let sv1 = line.line.service();
    let Some(element) = sv1.raw().view().element(7) else {
        return;
    };
    let mut seen = Vec::new();
    for (component, text) in (1..=4u16).zip(element.components()) {
        if text.is_empty() {
            continue;
        }
        let at = sv1.location().with_component(7, component);
        let pointer = std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<u16>().ok());
        let shown = String::from_utf8_lossy(text);
        let message = if !pointer.is_some_and(|p| diagnoses.contains(&p)) {
            format!("diagnosis pointer {shown} names no diagnosis of the claim (HI)")
        } else if seen.contains(&pointer) {
            format!("diagnosis pointer {shown} is given twice on the line")
        } else {
            seen.push(pointer);
            continue;
        };
        report.error(Rule::DiagnosisPointers, line.path, at, message);
    }
}

/// `837P-P23`: DTP*472 present, a range in order.
fn service_date(line: &Line<'_, '_>, report: &mut Report) {
    let Some(dtp) = line.service_date else {
        report.error(
            Rule::ServiceDate,
            line.path,
            line.line.service().location(),
            "the line has no date of service (DTP*472)",
        );
        return;
    };
    if line.days.is_some_and(|(first, last)| last < first) {
        report.error(
            Rule::ServiceDate,
            line.path,
            dtp.location().with_element(3),
            format!("the dates of service {} end before they start", dtp.text()),
        );
    }
}

/// `837P-P25`: each `REF*6R` value once in the claim.
fn control_number<'s>(
    line: &Line<'s, '_>,
    seen: &mut HashMap<&'s str, LoopPath>,
    report: &mut Report,
) {
    let mut references = line.line.references();
    let Some(reference) = references.find(|r| r.qualifier().as_str() == "6R") else {
        return;
    };
    let value = reference.value();
    if let Some(first) = seen.get(value) {
        report.error(
            Rule::LineControlNumber,
            line.path,
            reference.location().with_element(2),
            format!(
                "line item control number {value:?} is also the one of line {first}: an 835 \
                 could not tell the two apart"
            ),
        );
    } else {
        seen.insert(value, line.path);
    }
}
