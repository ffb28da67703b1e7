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
//! | `835-B7` | any | an amount a rule needs is not a number (over an index only) | error |
//!
//! A CAS amount reduces the payment (negative ones increase it); a PLB amount reduces BPR02
//! (negative ones, such as interest paid, increase it).
//!
//! [`check`] balances a typed [`Remittance`], whose every amount parsing has checked.
//! [`check_index`] balances a [`RemittanceIndex`] and reads only the amounts, at less than half the
//! cost of typing the set and balancing it (see the README's Performance section); it finds the
//! same diagnostics, and reports an amount that is not a number as `835-B7`.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::{Diagnostic, Rule, Severity};
use crate::codes::AdjustmentGroup;
use crate::element::decimal_value;
use crate::remit835::{LoopPath, Remit835Error, Remittance, RemittanceIndex};
use crate::segments::Bpr;
use crate::syntax::{Location, Segment};

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
    let mut paid = Paid::default();
    for claim in remittance.claim_payments() {
        let payment = claim.claim;
        let lines = payment.service_payments.iter().map(|line| {
            let adjustments = line.adjustments.iter().map(|cas| cas.raw().view());
            (line.service.raw().view(), Sums::of(adjustments))
        });
        let adjustments = Sums::of(payment.adjustments.iter().map(|cas| cas.raw().view()));
        let clp = payment.claim.raw().view();
        paid.add(check_claim(&clp, adjustments, lines, claim.path, out));
    }
    let mut adjusted = Some(Decimal::ZERO);
    for plb in &remittance.provider_adjustments {
        adjusted = adjusted.and_then(|a| a.checked_add(plb.total()?));
    }
    check_total(&remittance.header.financial, paid, adjusted, out);
}

/// Checks every balancing rule over an [`RemittanceIndex`], without typing the whole set:
/// the same findings as [`check`] gives for the [`Remittance`] of the same set.
///
/// Balancing reads the amounts of CLP, SVC and CAS (each checked as a number as it is read)
/// and types the BPR and PLB segments. An amount that is not a number, or a BPR or PLB that
/// does not type, is reported as `835-B7` and the rules that need it are skipped. The other
/// elements of the set are not checked here: type the loops to check them.
///
/// ```
/// # use x12_claims::envelope::Document;
/// # use x12_claims::remit835::RemittanceIndex;
/// use x12_claims::validate::{Rule, balance835};
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
/// TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
/// CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*50~CAS*PR*3*30~\
/// SE*12*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let index = RemittanceIndex::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// let rules: Vec<_> = balance835::check_index(&index).iter().map(|d| d.rule).collect();
/// assert_eq!(rules, [Rule::LineBalance, Rule::ClaimBalance]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_index(index: &RemittanceIndex<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_index_into(index, &mut out);
    out
}

/// [`check_index`], adding the findings to `out`.
pub fn check_index_into(index: &RemittanceIndex<'_>, out: &mut Vec<Diagnostic>) {
    let mut paid = Paid::default();
    for claim in index.claim_payments() {
        // Every indexed claim payment starts with its CLP, and a service payment with its SVC.
        let Some((clp, adjustments)) = claim.clp_and_adjustments() else {
            continue;
        };
        let adjustments = Sums::of(adjustments);
        let lines = claim.service_payments().filter_map(|line| {
            let (svc, adjustments) = line.svc_and_adjustments()?;
            Some((svc, Sums::of(adjustments)))
        });
        paid.add(check_claim(&clp, adjustments, lines, claim.path(), out));
    }
    let mut adjusted = Some(Decimal::ZERO);
    for plb in index.provider_adjustments() {
        match plb {
            Ok(plb) => adjusted = adjusted.and_then(|a| a.checked_add(plb.total()?)),
            Err(error) => {
                out.push(untyped(&error, LoopPath::Summary));
                paid.unreadable = true;
            }
        }
    }
    match index.financial() {
        Ok(bpr) => check_total(&bpr, paid, adjusted, out),
        Err(error) => out.push(untyped(&error, LoopPath::Header)),
    }
}

/// The sum of the claim payments so far: `None` when it overflowed; `unreadable` when an
/// amount it needs could not be read (already reported).
struct Paid {
    sum: Option<Decimal>,
    unreadable: bool,
}

impl Default for Paid {
    fn default() -> Self {
        Paid {
            sum: Some(Decimal::ZERO),
            unreadable: false,
        }
    }
}

impl Paid {
    fn add(&mut self, payment: Option<Decimal>) {
        match payment {
            Some(p) => self.sum = self.sum.and_then(|s| s.checked_add(p)),
            None => self.unreadable = true,
        }
    }
}

/// Rules B5 and B6: the payment total against the claim payments and provider adjustments.
fn check_total(bpr: &Bpr<'_>, paid: Paid, adjusted: Option<Decimal>, out: &mut Vec<Diagnostic>) {
    let total = bpr.total_payment().value();
    let at = bpr.location().with_element(2);
    if !paid.unreadable {
        match paid.sum.zip(adjusted).and_then(|(p, a)| p.checked_sub(a)) {
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
    }
    if total.is_sign_negative() && !total.is_zero() {
        out.push(Diagnostic {
            rule: Rule::PaymentNotNegative,
            severity: Severity::Error,
            location: at,
            path: LoopPath::Header,
            expected: None,
            actual: Some(total),
            message: Cow::Borrowed(
                "the payment total is negative; a net amount owed by the provider is carried with PLB, BPR02 stays 0",
            ),
        });
    }
}

/// Sums of a set of adjustments: all of them, and the patient's share (`PR`); `unreadable`
/// holds the place of the first amount that is not a number.
#[derive(Clone, Copy)]
struct Sums {
    all: Option<Decimal>,
    patient: Option<Decimal>,
    unreadable: Option<Location>,
}

impl Sums {
    const ZERO: Sums = Sums {
        all: Some(Decimal::ZERO),
        patient: Some(Decimal::ZERO),
        unreadable: None,
    };

    /// Sums the amounts of CAS segments (CAS03, 06, 09 ...) in one pass over each segment's
    /// elements.
    fn of<'x>(segments: impl IntoIterator<Item = Segment<'x>>) -> Sums {
        let mut sums = Sums::ZERO;
        for cas in segments {
            let mut elements = cas.elements();
            let patient = elements.next().is_some_and(|group| {
                group.as_bytes() == AdjustmentGroup::PATIENT_RESPONSIBILITY.as_str().as_bytes()
            });
            for (n, amount) in elements.skip(1).step_by(3).enumerate() {
                let amount = match read_amount(amount.as_bytes()) {
                    Ok(Some(amount)) => amount,
                    Ok(None) => continue,
                    Err(()) => {
                        let at = cas.location().with_element(element_number(3 + 3 * n));
                        sums.unreadable = sums.unreadable.or(Some(at));
                        continue;
                    }
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
            unreadable: self.unreadable.or(other.unreadable),
        }
    }
}

/// An amount element: `None` when empty, an error when it is not an `R` number.
fn read_amount(bytes: &[u8]) -> Result<Option<Decimal>, ()> {
    if bytes.is_empty() {
        return Ok(None);
    }
    decimal_value(bytes).map(Some).ok_or(())
}

/// An element's number as a location holds it.
fn element_number(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
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

fn unreadable(location: Location, path: LoopPath) -> Diagnostic {
    Diagnostic {
        rule: Rule::Unreadable,
        severity: Severity::Error,
        location,
        path,
        expected: None,
        actual: None,
        message: Cow::Borrowed(
            "the amount is not a number; the balancing rules that need it were skipped",
        ),
    }
}

/// A BPR or PLB that does not type: the rules that need its amounts are skipped.
fn untyped(error: &Remit835Error, path: LoopPath) -> Diagnostic {
    Diagnostic {
        rule: Rule::Unreadable,
        severity: Severity::Error,
        location: error.location().unwrap_or_default(),
        path,
        expected: None,
        actual: None,
        message: Cow::Owned(format!(
            "{error}; the balancing rules that need it were skipped"
        )),
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
/// over the segment; an absent or empty element reads as zero. An element that is not a
/// number gives the place of the first such one.
fn amounts<const N: usize>(
    segment: &Segment<'_>,
    at: [usize; N],
) -> Result<[Decimal; N], Location> {
    let mut values = [Decimal::ZERO; N];
    let mut next = 0;
    for (n, element) in segment.elements().enumerate() {
        let (Some(&position), Some(value)) = (at.get(next), values.get_mut(next)) else {
            break;
        };
        if position == n + 1 {
            match read_amount(element.as_bytes()) {
                Ok(amount) => *value = amount.unwrap_or_default(),
                Err(()) => return Err(segment.location().with_element(element_number(position))),
            }
            next += 1;
        }
    }
    Ok(values)
}

/// Checks one claim payment from its CLP, the sums of its claim-level CAS and, for each
/// service payment, its SVC and the sums of its CAS. Gives back its payment (CLP04) for the
/// payment total, `None` when an amount could not be read (reported as `835-B7`).
fn check_claim<'x>(
    clp: &Segment<'_>,
    claim_level: Sums,
    lines: impl Iterator<Item = (Segment<'x>, Sums)>,
    path: LoopPath,
    out: &mut Vec<Diagnostic>,
) -> Option<Decimal> {
    let mut unreadable_at = claim_level.unreadable;
    let claim_amounts = amounts(clp, [3, 4, 5]);
    let mut line_level = Sums::ZERO;
    let mut line_payments = Some(Decimal::ZERO);
    let mut has_lines = false;
    for (index, (svc, sums)) in lines.enumerate() {
        has_lines = true;
        let line_path = match path {
            LoopPath::ClaimPayment(n, c) => LoopPath::ServicePayment(n, c, index + 1),
            other => other,
        };
        line_level = line_level.plus(sums);
        let [charge, payment] = match (amounts(&svc, [2, 3]), sums.unreadable) {
            (Ok(values), None) => values,
            (Err(at), _) | (_, Some(at)) => {
                out.push(unreadable(at, line_path));
                line_payments = None;
                unreadable_at = unreadable_at.or(Some(at));
                continue;
            }
        };
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
    let [total_charge, payment, responsibility] = match claim_amounts {
        Ok(values) => values,
        Err(at) => {
            out.push(unreadable(at, path));
            return None;
        }
    };
    if let Some(at) = claim_level.unreadable {
        out.push(unreadable(at, path));
    }
    if unreadable_at.is_some() {
        return Some(payment);
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
    if has_lines {
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
    Some(payment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_are_read_at_their_positions_in_one_pass() {
        let clp = segment("CLP*PCN1*1*180.50*-90**12*ICN1~");
        // CLP05 is empty and reads as zero; positions past the end read as zero too.
        assert_eq!(
            amounts(&clp, [3, 4, 5]),
            Ok([dec!(180.50), dec!(-90), Decimal::ZERO])
        );
        assert_eq!(amounts(&clp, [4, 20]), Ok([dec!(-90), Decimal::ZERO]));
        let svc = segment("SVC*HC:90837*180*90**1~");
        assert_eq!(amounts(&svc, [2, 3]), Ok([dec!(180), dec!(90)]));
    }
}
