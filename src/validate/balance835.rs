//! The 835 balancing rules (B1–B6): every amount of a remittance adds up, from each service
//! line to the payment total. Exact decimal arithmetic; reversals (CLP02 `22`, every amount
//! negated) balance by the same rules.
//!
//! | rule | level | check | severity |
//! |---|---|---|---|
//! | `835-B1` | service line | SVC02 − Σ line CAS = SVC03 | error |
//! | `835-B2` | claim | CLP03 − Σ claim CAS − Σ line CAS = CLP04 | error |
//! | `835-B3` | claim with lines | Σ SVC03 − Σ claim CAS = CLP04 (so CLP04 = Σ SVC03 without claim-level CAS) | error |
//! | `835-B4` | claim | CLP05 = Σ `PR` adjustments, claim and line level (CLP05 absent counts as 0) | warning |
//! | `835-B5` | payment | BPR02 = Σ CLP04 − Σ PLB amounts | error |
//! | `835-B6` | payment | BPR02 ≥ 0 | error |
//!
//! A CAS amount reduces the payment (negative ones increase it); a PLB amount reduces BPR02
//! (negative ones, such as interest paid, increase it).

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::{Diagnostic, Rule, Severity};
use crate::codes::AdjustmentGroup;
use crate::element::decimal_value;
use crate::remit835::{ClaimPayment, LoopPath, Remittance};
use crate::segments::{Cas, RawSegment};
use crate::syntax::Location;

/// Checks every balancing rule of one remittance.
///
/// ```
/// # use x12_claims::envelope::Document;
/// # use x12_claims::remit835::Remittance;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/spec/examples/telehealth-90837.835.x12"));
/// # let Ok(input) = input else { return Ok(()) };
/// let doc = Document::parse(&input)?;
/// let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// assert!(x12_claims::validate::balance835::check(&remittance).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(remittance: &Remittance<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_into(remittance, &mut out);
    out
}

/// Checks every balancing rule of one remittance, adding the findings to `out`.
pub fn check_into(remittance: &Remittance<'_>, out: &mut Vec<Diagnostic>) {
    let mut paid = Some(Decimal::ZERO);
    for claim in remittance.claim_payments() {
        let payment = check_claim(claim.claim, claim.path, out);
        paid = paid.and_then(|p| p.checked_add(payment));
    }
    let mut adjusted = Some(Decimal::ZERO);
    for plb in &remittance.provider_adjustments {
        adjusted = adjusted.and_then(|a| a.checked_add(plb.total()?));
    }
    let bpr = &remittance.header.financial;
    let total = bpr.total_payment().value();
    let at = bpr.location().with_element(2);
    match paid.zip(adjusted).and_then(|(p, a)| p.checked_sub(a)) {
        Some(expected) if expected != total => out.push(Diagnostic {
            rule: Rule::PaymentTotal,
            severity: Severity::Error,
            location: at,
            path: LoopPath::Header,
            expected: Some(expected),
            actual: Some(total),
            message: Cow::Borrowed(
                "the payment total is not the claim payments less the provider adjustments",
            ),
        }),
        Some(_) => {}
        None => out.push(overflow(at, LoopPath::Header)),
    }
    if total.is_sign_negative() && !total.is_zero() {
        out.push(Diagnostic {
            rule: Rule::PaymentNotNegative,
            severity: Severity::Error,
            location: at,
            path: LoopPath::Header,
            expected: None,
            actual: Some(total),
            message: Cow::Borrowed("the payment total is negative; a net amount owed by the provider is carried with PLB, BPR02 stays 0"
                ),
        });
    }
}

/// Sums of a set of adjustments: all of them, and the patient's share (`PR`).
#[derive(Clone, Copy)]
struct Sums {
    all: Option<Decimal>,
    patient: Option<Decimal>,
}

impl Sums {
    const ZERO: Sums = Sums {
        all: Some(Decimal::ZERO),
        patient: Some(Decimal::ZERO),
    };

    /// Sums the amounts of CAS segments in one pass over each segment's elements (CAS03, 06,
    /// 09 ...; parsing has checked that each is a number with a reason beside it).
    fn of<'x>(segments: impl IntoIterator<Item = &'x Cas<'x>>) -> Sums {
        let mut sums = Sums::ZERO;
        for cas in segments {
            let view = cas.raw().view();
            let mut elements = view.elements();
            let patient = elements.next().is_some_and(|group| {
                group.as_bytes() == AdjustmentGroup::PATIENT_RESPONSIBILITY.as_str().as_bytes()
            });
            for amount in elements.skip(1).step_by(3) {
                let Some(amount) = decimal_value(amount.as_bytes()) else {
                    continue;
                };
                sums.all = sums.all.and_then(|a| a.checked_add(amount));
                if patient {
                    sums.patient = sums.patient.and_then(|p| p.checked_add(amount));
                }
            }
        }
        sums
    }

    fn plus(self, other: Sums) -> Sums {
        Sums {
            all: self.all.zip(other.all).and_then(|(a, b)| a.checked_add(b)),
            patient: self
                .patient
                .zip(other.patient)
                .and_then(|(a, b)| a.checked_add(b)),
        }
    }
}

fn overflow(location: Location, path: LoopPath) -> Diagnostic {
    Diagnostic {
        rule: Rule::Arithmetic,
        severity: Severity::Warning,
        location,
        path,
        expected: None,
        actual: None,
        message: Cow::Borrowed(
            "the amounts are too large to add up; the balancing rule was skipped",
        ),
    }
}

/// Pushes a diagnostic when `expected` (None: overflow) differs from `actual`.
#[allow(clippy::too_many_arguments)]
fn compare(
    out: &mut Vec<Diagnostic>,
    rule: Rule,
    severity: Severity,
    location: Location,
    path: LoopPath,
    expected: Option<Decimal>,
    actual: Decimal,
    message: &'static str,
) {
    match expected {
        None => out.push(overflow(location, path)),
        Some(expected) if expected != actual => out.push(Diagnostic {
            rule,
            severity,
            location,
            path,
            expected: Some(expected),
            actual: Some(actual),
            message: Cow::Borrowed(message),
        }),
        Some(_) => {}
    }
}

/// The values of the amounts at element positions `at` (1-based, ascending), read in one pass
/// over the segment; an absent element reads as zero. Parsing has checked each amount, and the
/// typed accessors would give the same values, element by element.
fn amounts<const N: usize>(raw: &RawSegment<'_>, at: [usize; N]) -> [Decimal; N] {
    let mut values = [Decimal::ZERO; N];
    let view = raw.view();
    let mut next = 0;
    for (n, element) in view.elements().enumerate() {
        let (Some(&position), Some(value)) = (at.get(next), values.get_mut(next)) else {
            break;
        };
        if position == n + 1 {
            *value = decimal_value(element.as_bytes()).unwrap_or_default();
            next += 1;
        }
    }
    values
}

/// Checks one claim payment; gives back its payment (CLP04) for the payment total.
fn check_claim(claim: &ClaimPayment<'_>, path: LoopPath, out: &mut Vec<Diagnostic>) -> Decimal {
    let clp = &claim.claim;
    let [total_charge, payment, responsibility] = amounts(clp.raw(), [3, 4, 5]);
    let claim_level = Sums::of(&claim.adjustments);
    let mut line_level = Sums::ZERO;
    let mut line_payments = Some(Decimal::ZERO);
    for (index, line) in claim.service_payments.iter().enumerate() {
        let line_path = match path {
            LoopPath::ClaimPayment(n, c) => LoopPath::ServicePayment(n, c, index + 1),
            other => other,
        };
        let svc = &line.service;
        let sums = Sums::of(&line.adjustments);
        line_level = line_level.plus(sums);
        let [charge, payment] = amounts(svc.raw(), [2, 3]);
        line_payments = line_payments.and_then(|p| p.checked_add(payment));
        compare(
            out,
            Rule::LineBalance,
            Severity::Error,
            svc.location().with_element(3),
            line_path,
            sums.all.and_then(|a| charge.checked_sub(a)),
            payment,
            "the line payment is not the line charge less the line adjustments",
        );
    }
    let at = clp.location().with_element(4);
    let adjustments = claim_level
        .all
        .zip(line_level.all)
        .and_then(|(a, b)| a.checked_add(b));
    compare(
        out,
        Rule::ClaimBalance,
        Severity::Error,
        at,
        path,
        adjustments.and_then(|a| total_charge.checked_sub(a)),
        payment,
        "the claim payment is not the claim charge less the claim and line adjustments",
    );
    if !claim.service_payments.is_empty() {
        compare(
            out,
            Rule::ClaimLines,
            Severity::Error,
            at,
            path,
            line_payments
                .zip(claim_level.all)
                .and_then(|(p, a)| p.checked_sub(a)),
            payment,
            "the claim payment is not the sum of the line payments less the claim adjustments",
        );
    }
    compare(
        out,
        Rule::PatientResponsibility,
        Severity::Warning,
        clp.location().with_element(5),
        path,
        claim_level.plus(line_level).patient,
        responsibility,
        "the patient responsibility is not the sum of the PR adjustments",
    );
    payment
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_are_read_at_their_positions_in_one_pass() {
        let clp = RawSegment::from_segment(&segment("CLP*PCN1*1*180.50*-90**12*ICN1~"));
        // CLP05 is empty and reads as zero; positions past the end read as zero too.
        assert_eq!(
            amounts(&clp, [3, 4, 5]),
            [dec!(180.50), dec!(-90), Decimal::ZERO]
        );
        assert_eq!(amounts(&clp, [4, 20]), [dec!(-90), Decimal::ZERO]);
        let svc = RawSegment::from_segment(&segment("SVC*HC:90837*180*90**1~"));
        assert_eq!(amounts(&svc, [2, 3]), [dec!(180), dec!(90)]);
    }
}
