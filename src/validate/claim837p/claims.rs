//! Rules of a claim (2300) and its lines (2400): `837P-P12` to `837P-P22`, `837P-P23` to `837P-P25` and `837P-P27`, with `837P-P09` and `837P-P11` for the
//! name loops they hold and `837P-P26` (in `cob`) for what earlier payers did.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::cob;
use super::parties::{each_npi, postal_code};
use super::{Mismatch, Report};
use crate::claim837p::{Claim, LoopPath, Party, PartyRole, ServiceLine, party_paths};
use crate::codes::{ClaimFrequency, PlaceOfService};
use crate::segments::{Clm, Hi};
use crate::syntax::Location;
use crate::validate::Rule;
use crate::validate::exact::Exact;

/// The longest CLM01 that an 835 gives back whole in CLP01 (many payers keep no more).
const CONTROL_NUMBER_KEPT: usize = 20;

/// What the rules of a claim need from the levels above it.
pub(super) struct Around<'s> {
    /// The NPI of the billing provider (2010AA).
    pub billing_npi: Option<&'s str>,
    /// The billing provider's name loop (2010AA).
    pub billing: Option<&'s Party<'s>>,
    /// BHT06 is `CH`.
    pub chargeable: bool,
}

/// Every rule of one claim, its lines and its name loops. `control_numbers` holds the CLM01 of
/// the claims checked before, with their paths.
pub(super) fn check<'s>(
    claim: &'s Claim<'_>,
    path: LoopPath,
    around: &Around<'_>,
    control_numbers: &mut HashMap<&'s str, LoopPath>,
    report: &mut Report,
) {
    let clm = claim.info();
    control_number(clm, path, control_numbers, report);
    claim_codes(clm, path, report);
    payer_claim_number(claim, path, report);
    charge(claim, path, around, report);
    cob::check(claim, path, report);
    let diagnoses = claim.health_info().next();
    diagnosis_codes(claim, path, report);
    for (path, party) in party_paths(claim.parties(), path) {
        match party.role() {
            PartyRole::ServiceFacility => {
                postal_code(party, path, report);
                if around
                    .billing
                    .is_some_and(|billing| same_address(billing, party))
                {
                    report.error(
                        Rule::ServiceFacility,
                        path,
                        party.nm1().location(),
                        "the service facility is at the billing provider's address: leave 2310C \
                         out, it is only for services given elsewhere",
                    );
                }
            }
            PartyRole::RenderingProvider
                if party.npi().is_some() && party.npi() == around.billing_npi =>
            {
                report.warning(
                    Rule::RenderingProvider,
                    path,
                    party.nm1().location().with_element(9),
                    "the rendering provider is the billing provider (same NPI): leave 2310B out",
                );
            }
            _ => {}
        }
    }
    each_npi(claim.parties(), path, report);
    for (n, other) in claim.other_subscribers().iter().enumerate() {
        each_npi(other.parties(), path.child("2320", n + 1), report);
    }
    let mut line_numbers = HashMap::new();
    for (n, line) in claim.lines().iter().enumerate() {
        let path = path.child("2400", n + 1);
        line_number(line, n + 1, path, report);
        line_rules(line, clm, diagnoses, path, report);
        line_control_number(line, path, &mut line_numbers, report);
        for (path, party) in party_paths(line.parties(), path) {
            if party.role() == PartyRole::LineServiceFacility {
                postal_code(party, path, report);
            }
        }
        each_npi(line.parties(), path, report);
    }
}

/// Whether two name loops give the same address (N3 and N4), ignoring case and spaces around
/// the values.
fn same_address(a: &Party<'_>, b: &Party<'_>) -> bool {
    fn values(party: &Party<'_>) -> Option<[Option<String>; 6]> {
        let (n3, n4) = (party.address()?, party.city()?);
        let norm = |text: Option<&str>| text.map(|t| t.trim().to_ascii_uppercase());
        Some([
            norm(Some(n3.address())),
            norm(n3.address2()),
            norm(Some(n4.city())),
            norm(n4.state()),
            norm(n4.postal_code()),
            norm(n4.country()),
        ])
    }
    values(a).is_some_and(|a| values(b) == Some(a))
}

/// `837P-P12`: CLM01 unique in the set, and short enough to come back whole.
fn control_number<'s>(
    clm: &'s Clm<'_>,
    path: LoopPath,
    seen: &mut HashMap<&'s str, LoopPath>,
    report: &mut Report,
) {
    let number = clm.patient_control_number();
    let at = clm.location().with_element(1);
    if let Some(first) = seen.get(number) {
        report.error(
            Rule::PatientControlNumber,
            path,
            at,
            format!(
                "patient control number {number:?} is also the one of claim {first}: an 835 \
                 could not tell the two apart"
            ),
        );
    } else {
        seen.insert(number, path);
    }
    let length = number.chars().count();
    if length > CONTROL_NUMBER_KEPT {
        report.warning(
            Rule::PatientControlNumber,
            path,
            at,
            format!(
                "patient control number {number:?} has {length} characters; many payers give \
                 back only the first {CONTROL_NUMBER_KEPT} in the 835 (CLP01)"
            ),
        );
    }
}

/// `837P-P14` over CLM05.
fn claim_codes(clm: &Clm<'_>, path: LoopPath, report: &mut Report) {
    place_of_service(
        clm.place_of_service(),
        clm.location().with_component(5, 1),
        path,
        report,
    );
    let qualifier = clm.facility_qualifier();
    if qualifier.as_str() != "B" {
        report.error(
            Rule::ClaimCodes,
            path,
            clm.location().with_component(5, 2),
            format!(
                "facility code qualifier {:?} is not B (CLM05-1 holds a place of service code)",
                qualifier.as_str()
            ),
        );
    }
    let frequency = clm.frequency();
    if !matches!(
        frequency,
        ClaimFrequency::ORIGINAL | ClaimFrequency::REPLACEMENT | ClaimFrequency::VOID
    ) {
        report.error(
            Rule::ClaimCodes,
            path,
            clm.location().with_component(5, 3),
            format!(
                "frequency code {:?} is not a claim frequency code (1 original, 7 replacement, \
                 8 void)",
                frequency.as_str()
            ),
        );
    }
}

/// `837P-P14` for one place of service (CLM05-1 or SV105).
fn place_of_service(code: PlaceOfService, at: Location, path: LoopPath, report: &mut Report) {
    if !code.is_known() {
        report.error(
            Rule::ClaimCodes,
            path,
            at,
            format!("{:?} is not a place of service code", code.as_str()),
        );
    }
}

/// `837P-P15`: `REF*F8` exactly when the claim replaces or voids one.
fn payer_claim_number(claim: &Claim<'_>, path: LoopPath, report: &mut Report) {
    let clm = claim.info();
    let frequency = clm.frequency();
    let f8 = claim.references().find(|r| r.qualifier().as_str() == "F8");
    match f8 {
        None if frequency.requires_payer_claim_number() => report.error(
            Rule::PayerClaimNumber,
            path,
            clm.location().with_component(5, 3),
            format!(
                "a claim of frequency {} ({}) needs the payer's claim number of the claim it \
                 replaces or voids in REF*F8",
                frequency.as_str(),
                frequency.description().unwrap_or("replacement or void")
            ),
        ),
        Some(reference) if frequency == ClaimFrequency::ORIGINAL => report.error(
            Rule::PayerClaimNumber,
            path,
            reference.location(),
            "an original claim (frequency 1) has no payer's claim number: REF*F8 is only for \
             replacements (7) and voids (8)",
        ),
        _ => {}
    }
}

/// `837P-P13`, `837P-P19` and `837P-P27` over CLM02.
fn charge(claim: &Claim<'_>, path: LoopPath, around: &Around<'_>, report: &mut Report) {
    let clm = claim.info();
    let total = clm.total_charge();
    let at = clm.location().with_element(2);
    money(
        total.as_str(),
        total.value().is_sign_negative(),
        at,
        path,
        report,
    );
    if around.chargeable && total.value().is_zero() {
        report.warning(
            Rule::ChargeableClaim,
            path,
            at,
            "a chargeable claim (BHT06 CH) with no charge: most payers refuse it",
        );
    }
    if claim.lines().is_empty() {
        return;
    }
    let charges = claim.lines().iter();
    let sum = Exact::checked_sum(charges.map(|line| Exact::of(line.service().charge().value())));
    // Charges adding up beyond what an exact sum holds (28 digits) are not compared.
    let Some(sum) = sum else { return };
    if !sum.same_value(Exact::of(total.value())) {
        if let Some(expected) = sum.to_decimal() {
            let mismatch = Mismatch {
                expected,
                actual: total.value(),
                message: "the claim's charge is not the sum of its lines' charges (SV102)",
            };
            report.mismatch(Rule::ClaimCharge, path, at, mismatch);
        }
    }
}

/// `837P-P19` for a charge: not negative, at most two decimals.
fn money(text: &str, negative: bool, at: Location, path: LoopPath, report: &mut Report) {
    if negative {
        report.error(
            Rule::LineAmounts,
            path,
            at,
            format!("charge {text} is negative: correct a claim by replacing or voiding it"),
        );
    }
    if decimals(text) > 2 {
        report.error(
            Rule::LineAmounts,
            path,
            at,
            format!("charge {text} has more than two decimals"),
        );
    }
}

/// How many digits follow the decimal point of an `R` value.
fn decimals(text: &str) -> usize {
    text.split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

/// `837P-P16` and `837P-P24` over the claim's first HI, the diagnoses.
fn diagnosis_codes(claim: &Claim<'_>, path: LoopPath, report: &mut Report) {
    let clm = claim.info();
    let Some(hi) = claim.health_info().next() else {
        report.error(
            Rule::DiagnosisCodes,
            path,
            clm.location(),
            "the claim has no diagnosis (HI*ABK)",
        );
        return;
    };
    let at = |element, component| hi.location().with_component(element, component);
    let Some(principal) = hi.diagnosis(1).filter(|d| d.qualifier.is_principal()) else {
        report.error(
            Rule::DiagnosisCodes,
            path,
            at(1, 1),
            format!(
                "the claim's first HI holds {:?} codes: it must hold the diagnoses, the \
                 principal first (ABK)",
                hi.first_qualifier().as_str()
            ),
        );
        return;
    };
    code_set_in_use(
        claim,
        principal.qualifier.is_icd10(),
        at(1, 1),
        path,
        report,
    );
    let other = if principal.qualifier.is_icd10() {
        "ABF"
    } else {
        "BF"
    };
    let mut codes: Vec<&str> = Vec::new();
    for element in 1..=12 {
        let Some(diagnosis) = hi.diagnosis(element) else {
            continue;
        };
        if element > 1 && diagnosis.qualifier.as_str() != other {
            report.error(
                Rule::DiagnosisCodes,
                path,
                at(element, 1),
                format!(
                    "diagnosis qualifier {:?} after a principal {}: the other diagnoses are {other}",
                    diagnosis.qualifier.as_str(),
                    principal.qualifier.as_str()
                ),
            );
        }
        let code = diagnosis.code;
        if code.contains('.') {
            report.error(
                Rule::DiagnosisCodes,
                path,
                at(element, 2),
                format!("diagnosis code {code:?} has a decimal point; send it without"),
            );
        }
        if codes.contains(&code) {
            report.error(
                Rule::DiagnosisCodes,
                path,
                at(element, 2),
                format!("diagnosis code {code:?} is given twice"),
            );
        }
        codes.push(code);
    }
}

/// The day ICD-10-CM replaced ICD-9-CM for diagnoses in US claims.
fn icd10_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 10, 1).unwrap_or_default()
}

/// `837P-P24`: the diagnoses use the code set in use on the dates of service: ICD-10-CM from 1
/// October 2015, ICD-9-CM before.
fn code_set_in_use(
    claim: &Claim<'_>,
    icd10: bool,
    at: Location,
    path: LoopPath,
    report: &mut Report,
) {
    let dates = claim.lines().iter().filter_map(|line| line.service_date());
    let days = dates.flat_map(|dtp| match (dtp.date(), dtp.range()) {
        (Some(date), _) => [Some(date.value()), None],
        (None, Some(range)) => [Some(range.start()), Some(range.end())],
        (None, None) => [None, None],
    });
    let (first, last) = days.flatten().fold(
        (None, None),
        |(first, last): (Option<NaiveDate>, _), day| {
            (
                Some(first.map_or(day, |f| f.min(day))),
                Some(last.map_or(day, |l: NaiveDate| l.max(day))),
            )
        },
    );
    let message = match (icd10, first, last) {
        (true, Some(first), _) if first < icd10_from() => format!(
            "ICD-10-CM diagnoses (ABK) for a service on {first}, before ICD-10 took effect on \
             2015-10-01: use ICD-9-CM (BK)"
        ),
        (false, _, Some(last)) if last >= icd10_from() => format!(
            "ICD-9-CM diagnoses (BK) for a service on {last}, when ICD-10-CM (ABK) was in use \
             (from 2015-10-01)"
        ),
        _ => return,
    };
    report.error(Rule::DiagnosisCodeSet, path, at, message);
}

/// `837P-P18`: LX01 counts the claim's lines from 1.
fn line_number(line: &ServiceLine<'_>, expected: usize, path: LoopPath, report: &mut Report) {
    let lx = line.number();
    let number = lx.number();
    if u64::try_from(expected).is_ok_and(|expected| number.value() == expected) {
        return;
    }
    report.error(
        Rule::LineNumber,
        path,
        lx.location().with_element(1),
        format!(
            "line number {} where {expected} comes next: LX01 counts the claim's lines 1, 2, 3 ...",
            number.as_str()
        ),
    );
}

/// The rules of one line: `837P-P14` and `837P-P20` (SV105), `837P-P17` (SV107), `837P-P19`
/// (SV102, SV104) and `837P-P23` (DTP*472).
fn line_rules(
    line: &ServiceLine<'_>,
    clm: &Clm<'_>,
    diagnoses: Option<&Hi<'_>>,
    path: LoopPath,
    report: &mut Report,
) {
    let sv1 = line.service();
    let charge = sv1.charge();
    let at = |element| sv1.location().with_element(element);
    money(
        charge.as_str(),
        charge.value().is_sign_negative(),
        at(2),
        path,
        report,
    );
    let units = sv1.quantity();
    if !units.value().is_sign_positive() || units.value().is_zero() {
        report.error(
            Rule::LineAmounts,
            path,
            at(4),
            format!("{} units: a line bills at least some", units.as_str()),
        );
    }
    if decimals(units.as_str()) > 3 {
        report.error(
            Rule::LineAmounts,
            path,
            at(4),
            format!("{} units has more than three decimals", units.as_str()),
        );
    }
    if let Some(pos) = sv1.place_of_service() {
        place_of_service(pos, at(5), path, report);
        if pos == clm.place_of_service() {
            report.warning(
                Rule::LinePlaceOfService,
                path,
                at(5),
                "SV105 repeats the claim's place of service (CLM05-1): send it only when the \
                 line's differs",
            );
        }
    }
    pointers(line, diagnoses, path, report);
    service_date(line, path, report);
}

/// `837P-P17`: SV107 points at diagnoses the claim has, none twice.
fn pointers(
    line: &ServiceLine<'_>,
    diagnoses: Option<&Hi<'_>>,
    path: LoopPath,
    report: &mut Report,
) {
    let sv1 = line.service();
    let segment = sv1.raw().view();
    let mut seen = Vec::new();
    for component in 1..=4u16 {
        let text = segment.component(7, usize::from(component));
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            continue;
        };
        let at = sv1.location().with_component(7, component);
        let pointer = std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<u16>().ok());
        let names_one = pointer
            .filter(|&p| (1..=12).contains(&p))
            .and_then(|p| diagnoses.and_then(|hi| hi.diagnosis(p)))
            .is_some();
        let shown = String::from_utf8_lossy(text);
        if !names_one {
            report.error(
                Rule::DiagnosisPointers,
                path,
                at,
                format!("diagnosis pointer {shown} names no diagnosis of the claim (HI)"),
            );
        } else if seen.contains(&pointer) {
            report.error(
                Rule::DiagnosisPointers,
                path,
                at,
                format!("diagnosis pointer {shown} is given twice on the line"),
            );
        }
        seen.push(pointer);
    }
}

/// `837P-P23`: DTP*472 present, a range in order.
fn service_date(line: &ServiceLine<'_>, path: LoopPath, report: &mut Report) {
    let Some(dtp) = line.service_date() else {
        report.error(
            Rule::ServiceDate,
            path,
            line.service().location(),
            "the line has no date of service (DTP*472)",
        );
        return;
    };
    if let Some(range) = dtp.range().filter(|range| !range.is_ordered()) {
        report.error(
            Rule::ServiceDate,
            path,
            dtp.location().with_element(3),
            format!(
                "the dates of service {} end before they start",
                range.as_str()
            ),
        );
    }
}

/// `837P-P25`: each `REF*6R` value once in the claim.
fn line_control_number<'s>(
    line: &'s ServiceLine<'_>,
    path: LoopPath,
    seen: &mut HashMap<&'s str, LoopPath>,
    report: &mut Report,
) {
    let Some(reference) = line.references().find(|r| r.qualifier().as_str() == "6R") else {
        return;
    };
    let value = reference.value();
    if let Some(first) = seen.get(value) {
        report.error(
            Rule::LineControlNumber,
            path,
            reference.location().with_element(2),
            format!(
                "line item control number {value:?} is also the one of line {first}: an 835 \
                 could not tell the two apart"
            ),
        );
    } else {
        seen.insert(value, path);
    }
}
