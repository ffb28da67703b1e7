//! `837P-S1`: no loop repeats more often than the guide allows where it stands. Reading keeps
//! every loop it meets, so that nothing is lost; a payer refuses a claim of 51 lines, or with
//! two rendering providers, before reading any of it.

use super::{LevelClaims, Report};
use crate::claim837p::{Claim, LoopPath, Party};
use crate::syntax::Location;
use crate::validate::Rule;

/// Claims (2300) under one subscriber or patient level.
const CLAIMS: usize = 100;
/// Other payers (2320) of one claim.
const OTHER_PAYERS: usize = 10;
/// Service lines (2400) of one claim.
const LINES: usize = 50;
/// Drugs (2410) of one line.
const DRUGS: usize = 1;
/// Line adjudications (2430) of one line.
const ADJUDICATIONS: usize = 15;

/// A name loop at `path` (numbered among those of its role, as reading numbers them) past the
/// number its role may repeat.
pub(super) fn party(party: &Party<'_>, path: LoopPath, report: &mut Report) {
    let role = party.role();
    let allowed = role.repeat();
    if path.innermost().map(|(_, n)| n as usize) != Some(allowed + 1) {
        return;
    }
    let times = if allowed == 1 { "once" } else { "twice" };
    report.error(
        Rule::LoopRepeat,
        path,
        party.nm1().location(),
        format!(
            "one {} loop too many: the guide allows it {times} here",
            role.loop_id()
        ),
    );
}

/// The claims of one level, at `path`.
pub(super) fn claims(claims: LevelClaims<'_, '_>, path: LoopPath, report: &mut Report) {
    if let Some(at) = claims.place(CLAIMS) {
        let what = "claims (2300) under one subscriber or patient level";
        too_many(
            claims.count(),
            CLAIMS,
            what,
            path.child("2300", CLAIMS + 1),
            at,
            report,
        );
    }
}

/// The other payers, lines, drugs and line adjudications of one claim at `path`.
pub(super) fn within_claim(claim: &Claim<'_>, path: LoopPath, report: &mut Report) {
    let others = claim.other_subscribers();
    if let Some(first) = others.get(OTHER_PAYERS) {
        let at = first.subscriber_info().location();
        let what = "other payers (2320) in one claim";
        let excess = path.child("2320", OTHER_PAYERS + 1);
        too_many(others.len(), OTHER_PAYERS, what, excess, at, report);
    }
    let lines = claim.lines();
    if let Some(first) = lines.get(LINES) {
        let at = first.number().location();
        let what = "service lines (2400) in one claim";
        too_many(
            lines.len(),
            LINES,
            what,
            path.child("2400", LINES + 1),
            at,
            report,
        );
    }
    for (n, line) in lines.iter().enumerate() {
        if line.drugs().len() <= DRUGS && line.adjudications().len() <= ADJUDICATIONS {
            continue;
        }
        let path = path.child("2400", n + 1);
        if let Some(first) = line.drugs().get(DRUGS) {
            let what = "drugs (2410) for one line";
            let excess = path.child("2410", DRUGS + 1);
            too_many(
                line.drugs().len(),
                DRUGS,
                what,
                excess,
                first.item().location(),
                report,
            );
        }
        let adjudications = line.adjudications();
        if let Some(first) = adjudications.get(ADJUDICATIONS) {
            let what = "line adjudications (2430) for one line";
            let excess = path.child("2430", ADJUDICATIONS + 1);
            let at = first.service().location();
            too_many(adjudications.len(), ADJUDICATIONS, what, excess, at, report);
        }
    }
}

/// `found` loops where `allowed` may stand; `excess` and `at` name the first loop too many.
fn too_many(
    found: usize,
    allowed: usize,
    what: &str,
    excess: LoopPath,
    at: Location,
    report: &mut Report,
) {
    report.error(
        Rule::LoopRepeat,
        excess,
        at,
        format!("{found} {what}; the guide allows {allowed}"),
    );
}
