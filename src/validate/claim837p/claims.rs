//! Rules of a claim (2300): `837P-P12` to `837P-P16`, `837P-P19` (CLM02), `837P-P21`,
//! `837P-P22`, `837P-P24` and `837P-P27`, with `837P-P09` and `837P-P11` for the name loops it
//! holds; its lines are checked in `lines`, what earlier payers did in `cob`.

use std::collections::HashMap;

use super::cob;
use super::lines::{self, Line};
use super::parties::{each_party, every_party, postal_code, service_facility};
use super::repeats;
use super::{Mismatch, Report};
use crate::claim837p::loop_elements::loop_elements;
use crate::claim837p::{Claim, LoopPath, Party, PartyRole, party_paths};
use crate::codes::{ClaimFrequency, PlaceOfService};
use crate::element::Amount;
use crate::segments::Clm;
use crate::syntax::Location;
use crate::validate::Rule;
use crate::validate::exact::Exact;

/// The longest CLM01 that an 835 gives back whole in CLP01 (many payers keep no more).
const CONTROL_NUMBER_KEPT: usize = 20;

/// What the rules of a claim need from the levels above it.
pub(super) struct Around<'s> {
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
    let lines: Vec<Line<'_, '_>> = (claim.lines().iter().enumerate())
        .map(|(n, line)| Line::read(line, path.child("2400", n + 1)))
        .collect();
    control_number(clm, path, control_numbers, report);
    let frequency = clm.frequency();
    claim_codes(clm, frequency, path, report);
    payer_claim_number(claim, frequency, path, report);
    charge(clm, &lines, path, around, report);
    cob::check(claim, path, report);
    let diagnoses = diagnosis_codes(claim, &lines, path, report);
    let billing_npi = around.billing.and_then(Party::npi);
    for (path, party) in party_paths(claim.parties(), path) {
        every_party(party, path, report);
        match party.role() {
            PartyRole::ServiceFacility => {
                postal_code(party, path, report);
                service_facility(party, around.billing, path, report);
            }
            PartyRole::RenderingProvider
                if party.npi().is_some_and(|npi| Some(npi) == billing_npi) =>
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
    for (n, other) in claim.other_subscribers().iter().enumerate() {
        each_party(other.parties(), path.child("2320", n + 1), report);
    }
    repeats::within_claim(claim, path, report);
    lines::check(&lines, clm, &diagnoses, report);
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
fn claim_codes(clm: &Clm<'_>, frequency: ClaimFrequency, path: LoopPath, report: &mut Report) {
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
pub(super) fn place_of_service(
    code: PlaceOfService,
    at: Location,
    path: LoopPath,
    report: &mut Report,
) {
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
fn payer_claim_number(
    claim: &Claim<'_>,
    frequency: ClaimFrequency,
    path: LoopPath,
    report: &mut Report,
) {
    let clm = claim.info();
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
fn charge(
    clm: &Clm<'_>,
    lines: &[Line<'_, '_>],
    path: LoopPath,
    around: &Around<'_>,
    report: &mut Report,
) {
    let total = clm.total_charge();
    let at = clm.location().with_element(2);
    money(&total, at, path, report);
    if around.chargeable && total.value().is_zero() {
        report.warning(
            Rule::ChargeableClaim,
            path,
            at,
            "a chargeable claim (BHT06 CH) with no charge: most payers refuse it",
        );
    }
    if lines.is_empty() {
        return;
    }
    let sum = Exact::checked_sum(lines.iter().map(|line| Exact::of(line.charge.value())));
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
pub(super) fn money(charge: &Amount<'_>, at: Location, path: LoopPath, report: &mut Report) {
    let text = charge.as_str();
    if charge.value().is_sign_negative() {
        report.error(
            Rule::LineAmounts,
            path,
            at,
            format!("charge {text} is negative: correct a claim by replacing or voiding it"),
        );
    }
    if charge.fraction_digits() > 2 {
        report.error(
            Rule::LineAmounts,
            path,
            at,
            format!("charge {text} has more than two decimals"),
        );
    }
}

/// `837P-P16` and `837P-P24` over the claim's first HI, the diagnoses, and `837P-P16` over
/// the qualifiers of the others. Returns the positions in the first that hold a diagnosis,
/// which SV107 points at.
fn diagnosis_codes(
    claim: &Claim<'_>,
    lines: &[Line<'_, '_>],
    path: LoopPath,
    report: &mut Report,
) -> Vec<u16> {
    let Some(hi) = claim.health_info().next() else {
        report.error(
            Rule::DiagnosisCodes,
            path,
            claim.info().location(),
            "the claim has no diagnosis (HI*ABK)",
        );
        return Vec::new();
    };
    // The qualifiers that tell a claim's uses of HI apart: diagnoses, anesthesia, conditions.
    let uses = loop_elements("2300", b"HI").iter();
    let listed = uses.flat_map(|u| u.codes().first()).flat_map(|row| row.2);
    for other in claim.health_info().skip(1) {
        let qualifier = other.first_qualifier();
        let qualifier = qualifier.as_str();
        if !listed.clone().any(|code| *code == qualifier) {
            report.error(
                Rule::DiagnosisCodes,
                path,
                other.location().with_component(1, 1),
                format!(
                    "HI qualifier {qualifier:?} is none a claim's HI takes: ABK or BK \
                     diagnoses (first), BP anesthesia procedures, BG conditions"
                ),
            );
        }
    }
    let positions = hi.numbered().map(|(position, _)| position).collect();
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
        return positions;
    };
    code_set_in_use(
        lines,
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
    for (element, diagnosis) in hi.numbered() {
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
    positions
}

/// The day ICD-10-CM replaced ICD-9-CM for diagnoses in US claims, as `CCYYMMDD`.
const ICD10_FROM: &str = "20151001";

/// `837P-P24`: the diagnoses use the code set in use on the dates of service: ICD-10-CM from 1
/// October 2015, ICD-9-CM before.
fn code_set_in_use(
    lines: &[Line<'_, '_>],
    icd10: bool,
    at: Location,
    path: LoopPath,
    report: &mut Report,
) {
    let days = lines.iter().filter_map(|line| line.days);
    let first = days.clone().map(|(first, last)| first.min(last)).min();
    let last = days.map(|(first, last)| first.max(last)).max();
    let message = match (icd10, first, last) {
        (true, Some(first), _) if first < ICD10_FROM => format!(
            "ICD-10-CM diagnoses (ABK) for a service on {first}, before ICD-10 took effect on \
             2015-10-01: use ICD-9-CM (BK)"
        ),
        (false, _, Some(last)) if last >= ICD10_FROM => format!(
            "ICD-9-CM diagnoses (BK) for a service on {last}, when ICD-10-CM (ABK) was in use \
             (from 2015-10-01)"
        ),
        _ => return,
    };
    report.error(Rule::DiagnosisCodeSet, path, at, message);
}
