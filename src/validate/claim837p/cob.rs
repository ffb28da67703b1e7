//! `837P-P26`: a claim sent to a later payer balances against what the earlier payers did with
//! it (coordination of benefits): each line one of them adjudicated (2430), and each of them
//! over the whole claim (2320).

use std::collections::HashMap;

use super::{Mismatch, Report};
use crate::claim837p::{Claim, LoopPath, OtherSubscriber, PartyRole};
use crate::segments::Cas;
use crate::syntax::Location;
use crate::validate::Rule;
use crate::validate::exact::Exact;

/// Checks the 2320 and 2430 loops of one claim.
pub(super) fn check(claim: &Claim<'_>, path: LoopPath, report: &mut Report) {
    let others = claim.other_subscribers();
    if others.is_empty() {
        return;
    }
    // Each payer's 2320 by its id (the first, should two name one payer), and the sum of the
    // line adjustments (2430 CAS) found for it.
    let mut payers: HashMap<&str, usize> = HashMap::new();
    for (n, other) in others.iter().enumerate() {
        if let Some(id) = other_payer_id(other) {
            payers.entry(id).or_insert(n);
        }
    }
    let mut line_adjustments = vec![Some(Exact::default()); others.len()];
    for (n, line) in claim.lines().iter().enumerate() {
        let line_path = path.child("2400", n + 1);
        let charge = line.service().charge();
        for (k, adjudication) in line.adjudications().iter().enumerate() {
            let path = line_path.child("2430", k + 1);
            let svd = adjudication.service();
            let adjusted = Exact::checked_sum(adjustments(adjudication.adjustments()));
            match payers
                .get(svd.payer_id())
                .and_then(|&p| line_adjustments.get_mut(p))
            {
                Some(sum) => *sum = sum.zip(adjusted).and_then(|(s, a)| s.checked_add(a)),
                None => report.error(
                    Rule::CobBalance,
                    path,
                    svd.location().with_element(1),
                    format!(
                        "other payer {:?} is none of the claim's other payers (2330B NM109)",
                        svd.payer_id()
                    ),
                ),
            }
            let paid = adjusted.and_then(|a| Exact::of(charge.value()).checked_sub(a));
            compare(
                paid,
                svd.paid().value(),
                svd.location().with_element(2),
                path,
                "the other payer's line payment is not the line charge (SV102) less its \
                 adjustments (2430 CAS)",
                report,
            );
        }
    }
    let charge = claim.info().total_charge().value();
    for (n, (other, lines)) in others.iter().zip(line_adjustments).enumerate() {
        let Some(paid) = other
            .amounts()
            .iter()
            .find(|a| a.qualifier().as_str() == "D")
        else {
            continue;
        };
        let expected = Exact::of(charge)
            .checked_sub_all(adjustments(other.adjustments()))
            .zip(lines)
            .and_then(|(left, lines)| left.checked_sub(lines));
        compare(
            expected,
            paid.amount().value(),
            paid.location().with_element(2),
            path.child("2320", n + 1),
            "the other payer's payment (AMT*D) is not the claim charge (CLM02) less its claim \
             and line adjustments (2320 and 2430 CAS)",
            report,
        );
    }
}

/// NM109 of the other payer's name loop (2330B): what SVD01 names.
fn other_payer_id<'s>(other: &'s OtherSubscriber<'_>) -> Option<&'s str> {
    other.party(PartyRole::OtherPayer)?.nm1().id()
}

/// The amounts of every adjustment of some CAS segments.
fn adjustments<'c, 'a: 'c>(
    segments: impl IntoIterator<Item = &'c Cas<'a>>,
) -> impl Iterator<Item = Exact> {
    segments
        .into_iter()
        .flat_map(|cas| cas.adjustments().map(|a| Exact::of(a.amount.value())))
}

/// Reports `found` when it is not `expected`; a sum too large to be exact is not compared.
fn compare(
    expected: Option<Exact>,
    found: rust_decimal::Decimal,
    at: Location,
    path: LoopPath,
    message: &'static str,
    report: &mut Report,
) {
    let Some(expected) = expected else { return };
    if expected.same_value(Exact::of(found)) {
        return;
    }
    if let Some(expected) = expected.to_decimal() {
        let mismatch = Mismatch {
            expected,
            actual: found,
            message,
        };
        report.mismatch(Rule::CobBalance, path, at, mismatch);
    }
}
