//! What an implementation guide asks of a segment in its own loop, checked alike for the 837P
//! (`claim837p::element_values`, against `claim837p::loop_elements`) and the 835
//! (`elements835`, against `remit835::loop_elements`): which use of the segment it is, the
//! codes listed there, the elements required or not used there, and the state or province of
//! a US or Canadian address. Each transaction's pass gives its findings its own rules.

use std::str::FromStr;

use crate::codes::{Country, Currency, StateOrProvince, carc, rarc};
use crate::segments::loop_uses::{LAST_CODED, LoopElements};
use crate::segments::names;
use crate::syntax::{Delimiters, Element, Location, Segment};

/// What a finding of this module is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A code the guide does not list for the place.
    Code,
    /// An element required and missing, or not used and sent.
    Usage,
}

/// The first elements of a segment, kept by the pass over its elements for the checks that
/// read them again: as many as the loop tables read.
pub(crate) struct Kept<'a> {
    values: [&'a [u8]; LAST_CODED as usize],
    delimiters: Delimiters,
}

impl<'a> Kept<'a> {
    /// Nothing kept yet, for a segment read with `delimiters`.
    pub(crate) fn new(delimiters: Delimiters) -> Self {
        Kept {
            values: [&[]; LAST_CODED as usize],
            delimiters,
        }
    }

    /// Keeps element `n` (1-based) when it is one the tables read.
    #[inline]
    pub(crate) fn keep(&mut self, n: u16, value: &'a [u8]) {
        if let Some(slot) = self.values.get_mut(usize::from(n).wrapping_sub(1)) {
            *slot = value;
        }
    }

    /// Element `element`, or its component `component` when that is not 0; empty when the
    /// segment does not have it.
    #[inline]
    pub(crate) fn part(&self, (element, component): (u16, u16)) -> &'a [u8] {
        let value = (self.values)
            .get(usize::from(element).wrapping_sub(1))
            .copied()
            .unwrap_or_default();
        match component {
            0 => value,
            _ => self.component(value, component),
        }
    }

    /// Component `component` (1-based) of `value`.
    fn component(&self, value: &'a [u8], component: u16) -> &'a [u8] {
        Element::new(value, self.delimiters)
            .components()
            .nth(usize::from(component) - 1)
            .unwrap_or_default()
    }
}

/// Whether `value` is one of `codes`: a comparison of a few bytes, not a call to compare.
#[inline]
pub(crate) fn listed(value: &[u8], codes: &[&str]) -> bool {
    codes.iter().any(|code| {
        let code = code.as_bytes();
        code.len() == value.len() && code.iter().zip(value).all(|(a, b)| a == b)
    })
}

/// What is wrong with a coded value, given the codes the guide lists for its place; `None`
/// when it is one of them.
pub(crate) fn code_problem(value: &[u8], codes: &[&str]) -> Option<String> {
    if listed(value, codes) {
        return None;
    }
    let value = String::from_utf8_lossy(value);
    // A list of a dozen codes reads in a message; a longer one (PWK01 has 61) is the guide's.
    Some(match codes.len() {
        0..=12 => format!(
            "{value:?} is not a code the guide lists here ({})",
            codes.join(", ")
        ),
        n => format!("{value:?} is not one of the {n} codes the guide lists here"),
    })
}

/// Where element `element`, or its component `component` when that is not 0, of `segment` is.
pub(crate) fn position(segment: &Segment<'_>, (element, component): (u16, u16)) -> Location {
    match component {
        0 => segment.location().with_element(element),
        _ => segment.location().with_component(element, component),
    }
}

/// Which of the uses a loop has for a segment (`here`, in the guide's order) `segment` is, by
/// the first coded position: with several uses for one qualifier (the 837P's `PWK*CT`), the
/// first the segment fits (`masks`: the elements there and those a syntax note reported, bit
/// n for element n). Gives the use with its place in `here`; `None` when the qualifier is none
/// the uses list, and when `unlisted` is given, that is a finding too (with the codes the loop
/// lists).
pub(crate) fn which<'t, U: AsRef<LoopElements>>(
    segment: &Segment<'_>,
    kept: &Kept<'_>,
    here: &'t [U],
    masks: (u64, u64),
    unlisted: Option<&mut dyn FnMut(Problem, Location, String)>,
) -> Option<(usize, &'t U)> {
    let value = |row: &(u8, u8, _)| kept.part((row.0.into(), row.1.into()));
    let [first, ..] = here else {
        return None;
    };
    if here.len() == 1 {
        return Some((0, first));
    }
    let key = first.as_ref().codes().first()?;
    let qualifier = value(key);
    let mut matching = here.iter().enumerate().filter(|(_, u)| {
        let codes = u.as_ref().codes().first().map_or(&[][..], |row| row.2);
        listed(qualifier, codes)
    });
    let Some(first) = matching.next() else {
        if let (Some(emit), false) = (unlisted, qualifier.is_empty()) {
            let mut codes: Vec<&str> = Vec::new();
            let keys = here.iter().flat_map(|u| u.as_ref().codes().first());
            for &code in keys.flat_map(|row| row.2) {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            if let Some(message) = code_problem(qualifier, &codes) {
                emit(
                    Problem::Code,
                    position(segment, (key.0.into(), key.1.into())),
                    message,
                );
            }
        }
        return None;
    };
    let (present, reported) = masks;
    let fits = |uses: &U| {
        let uses = uses.as_ref();
        let elements = uses.required() & !present | uses.not_used() & present;
        elements & !reported == 0
            && uses.codes().iter().all(|row| {
                let value = value(row);
                value.is_empty() || listed(value, row.2)
            })
    };
    Some(match matching.clone().next() {
        None => first,
        Some(_) => std::iter::once(first)
            .chain(matching)
            .find(|(_, u)| fits(u))
            .unwrap_or(first),
    })
}

/// The codes and uses of `chosen`, the use of the segment in its loop that [`which`] found.
pub(crate) fn check_use(
    segment: &Segment<'_>,
    kept: &Kept<'_>,
    chosen: &LoopElements,
    (present, reported): (u64, u64),
    mut emit: impl FnMut(Problem, Location, String),
) {
    let masks = (chosen.required(), chosen.not_used(), present, reported);
    uses(segment, masks, &mut emit);
    for row in chosen.codes() {
        let found = kept.part((row.0.into(), row.1.into()));
        if found.is_empty() || listed(found, row.2) {
            continue;
        }
        if let Some(message) = code_problem(found, row.2) {
            emit(
                Problem::Code,
                position(segment, (row.0.into(), row.1.into())),
                message,
            );
        }
    }
}

/// The elements the guide requires (`required`, bit n for element n) are there, and those it
/// does not use (`not_used`) are not; an element a syntax note reported already (`reported`)
/// is not reported again.
pub(crate) fn uses(
    segment: &Segment<'_>,
    (required, not_used, present, reported): (u64, u64, u64, u64),
    mut emit: impl FnMut(Problem, Location, String),
) {
    let missing = required & !present & !reported;
    let sent = not_used & present & !reported;
    if missing | sent == 0 {
        return;
    }
    let id = segment.segment_id();
    for element in 1..64u16 {
        let bit = 1u64 << element;
        let problem = if missing & bit != 0 {
            "is required"
        } else if sent & bit != 0 {
            "is not used by the guide (leave it empty)"
        } else {
            continue;
        };
        let name = names::element_name(id.as_bytes(), element)
            .map_or_else(String::new, |what| format!(" ({what})"));
        emit(
            Problem::Usage,
            segment.location().with_element(element),
            format!("{}{element:02}{name} {problem}", id.as_str()),
        );
    }
}

/// The country and state of an address (N4) or of an auto accident (CLM11): a country (N404,
/// CLM11-5) is an ISO 3166 code; a state or province code (N402, CLM11-4) of an address in the
/// United States or Canada, the countries whose codes the guide lists, is one of theirs, and
/// such an address has one, as an auto accident has; an address elsewhere has its country.
pub(crate) fn address(
    segment: &Segment<'_>,
    kept: &Kept<'_>,
    mut emit: impl FnMut(Problem, Location, String),
) {
    let (place, country) = match segment.segment_id().as_bytes() {
        b"N4" => ((2, 0), (4, 0)),
        _ => ((11, 4), (11, 5)),
    };
    let value = kept.part(place);
    match kept.part(country) {
        b"" | b"US" | b"CA" => {}
        other => {
            if !in_code_set(other, Country::is_known) {
                let message = format!(
                    "{:?} is not a country code (ISO 3166-1 alpha-2)",
                    String::from_utf8_lossy(other)
                );
                emit(Problem::Code, position(segment, country), message);
            }
            return;
        }
    }
    if value.is_empty() {
        // Every US or Canadian address has its state; an auto accident (CLM11-1 to -3 `AA`)
        // has the state it happened in.
        let accident = (1..=3).any(|c| kept.part((11, c)) == b"AA");
        if place == (2, 0) || accident {
            let message = match place {
                (2, 0) => "N402 is required for an address in the United States or Canada",
                _ => "CLM11-4 is required for an auto accident (AA): the state it happened in",
            };
            emit(Problem::Usage, position(segment, place), message.into());
        }
        return;
    }
    if in_code_set(value, StateOrProvince::is_known) {
        return;
    }
    let message = format!(
        "{:?} is not a US state or territory, or Canadian province, code (an address \
         elsewhere names its country)",
        String::from_utf8_lossy(value)
    );
    emit(Problem::Code, position(segment, place), message);
}

/// Whether `value` is a code of the list `known` holds (of a code set kept outside the guide).
fn in_code_set<T: FromStr>(value: &[u8], known: fn(&T) -> bool) -> bool {
    let code = std::str::from_utf8(value)
        .ok()
        .and_then(|v| v.parse::<T>().ok());
    code.is_some_and(|code| known(&code))
}

/// The currency of a segment's amounts (CUR02) is an ISO 4217 code, of the list the guides take
/// it from. Whether one is sent at all is the element uses' to say.
pub(crate) fn currency(
    segment: &Segment<'_>,
    kept: &Kept<'_>,
    mut emit: impl FnMut(Problem, Location, String),
) {
    let value = kept.part((2, 0));
    if !value.is_empty() && !in_code_set(value, Currency::is_known) {
        let message = format!(
            "{:?} is not a currency code (ISO 4217)",
            String::from_utf8_lossy(value)
        );
        emit(Problem::Code, position(segment, (2, 0)), message);
    }
}

/// The revenue code of an 835 service payment (SVC04), kept in `kept`, against the form of the
/// NUBC's codes (UB-04 form locator 42): four digits, such as 0450. The list is not held.
pub(crate) fn revenue_code(
    segment: &Segment<'_>,
    kept: &Kept<'_>,
    mut emit: impl FnMut(Problem, Location, String),
) {
    let value = kept.part((4, 0));
    if value.is_empty() || (value.len() == 4 && value.iter().all(u8::is_ascii_digit)) {
        return;
    }
    let text = String::from_utf8_lossy(value);
    emit(
        Problem::Code,
        segment.location().with_element(4),
        format!("{text:?} is not a revenue code: those are four digits (0450)"),
    );
}

/// The codes of a segment taken from lists kept outside the guide, against the form every code
/// of their list has: the adjustment reasons of a CAS (CAS02, CAS05 ... CAS17,
/// [`Carc::is_well_formed`](crate::codes::Carc::is_well_formed)), the remarks of a MOA (MOA03
/// to MOA07), of a MIA (MIA05, MIA20 to MIA23) and of an `LQ*HE` (LQ02,
/// [`Rarc::is_well_formed`](crate::codes::Rarc::is_well_formed)), and the facility type of an
/// 835 claim payment or provider summary (CLP08, TS302): a place of service or the first two
/// digits of a type of bill, so digits either way. The lists are not held whole, so a code of
/// the right form is not looked up.
pub(crate) fn external_codes(
    segment: &Segment<'_>,
    mut emit: impl FnMut(Problem, Location, String),
) {
    // Which positions hold a reason (R), a remark (M) or a facility type (F), up to the last
    // that can.
    let (places, lq): (&[u8], bool) = match segment.segment_id().as_bytes() {
        b"CAS" => (b"-R--R--R--R--R--R", false),
        b"MOA" => (b"--MMMMM", false),
        b"MIA" => (b"----M--------------MMMM", false),
        b"LQ" => (b"-M", true),
        b"CLP" => (b"-------F", false),
        b"TS3" => (b"-F", false),
        _ => return,
    };
    let mut elements = segment.short_elements();
    // An LQ holds a remark only when LQ01 says so (`HE`); `RX` is a pharmacy reject code.
    if lq && elements.next() != Some(&b"HE"[..]) {
        return;
    }
    let skipped = usize::from(lq);
    for (n, (&place, value)) in (1..).zip(places.iter().skip(skipped).zip(elements)) {
        let n = n + u16::from(lq);
        let problem = match place {
            _ if value.is_empty() => None,
            b'R' if !carc::well_formed(value) => Some(
                "is not a claim adjustment reason code: those are 1 to 3 digits, or a letter and \
                 1 or 2 digits",
            ),
            b'M' if !rarc::well_formed(value) => Some(
                "is not a remark code: those are M or N and 1 to 3 digits, or MA and 2 or 3 digits",
            ),
            b'F' if !value.iter().all(u8::is_ascii_digit) => Some(
                "is not a facility type code: those are a place of service or the first two \
                 digits of a type of bill, digits either way",
            ),
            _ => None,
        };
        if let Some(problem) = problem {
            let at = segment.location().with_element(n);
            let text = String::from_utf8_lossy(value);
            emit(Problem::Code, at, format!("{text:?} {problem}"));
        }
    }
}
