//! Rules of the HL levels: `837P-P05` (HL01, HL03, HL04), `837P-P06` (the two shapes of a
//! subscriber level) and `837P-P07` (which name loop carries the patient's address and
//! demographics).

use super::Report;
use crate::claim837p::{LoopPath, OtherLevel, Party, Patient, Subscriber};
use crate::segments::Hl;
use crate::syntax::Location;
use crate::validate::Rule;

/// `837P-P05`: HL01 numbers the levels 1, 2, 3 in the order they come (`number`, 1-based), as
/// the guide asks of every 837 (X12 itself asks only that the numbers differ).
pub(super) fn number(hl: &Hl<'_>, number: usize, path: LoopPath, report: &mut Report) {
    let id = hl.id();
    if id.parse::<usize>().ok() == Some(number) && !id.starts_with(['0', '+']) {
        return;
    }
    report.error(
        Rule::HierarchyCodes,
        path,
        hl.location().with_element(1),
        format!(
            "HL01 is {id:?} but this is level {number}: HL01 numbers the levels 1, 2, 3 in the \
             order they come"
        ),
    );
}

/// `837P-P05`: HL04 says whether a child level follows. A missing HL04 is left to reading.
pub(super) fn child_code(hl: &Hl<'_>, has_children: bool, path: LoopPath, report: &mut Report) {
    let message = match (hl.child_code(), has_children) {
        (Some("1"), false) => {
            "HL04 is 1 (a child level follows) but no level has this one as parent"
        }
        (Some("0"), true) => "HL04 is 0 (no child level) but a level has this one as parent",
        _ => return,
    };
    report.error(
        Rule::HierarchyCodes,
        path,
        hl.location().with_element(4),
        message,
    );
}

/// `837P-P05`: an 837P has billing provider (20), subscriber (22) and patient (23) levels
/// only; reading keeps any other as it is.
pub(super) fn other(level: &OtherLevel<'_>, path: LoopPath, report: &mut Report) {
    let hl = level.hl();
    report.error(
        Rule::HierarchyCodes,
        path,
        hl.location().with_element(3),
        format!(
            "level code {:?} is none of an 837P's: 20 billing provider, 22 subscriber, 23 patient",
            hl.level()
        ),
    );
}

/// `837P-P06` and `837P-P07` for a subscriber level: its claims (whether it holds any) and its
/// patient levels, and what its name loop carries when the subscriber is the patient.
pub(super) fn subscriber(
    subscriber: &Subscriber<'_>,
    has_claims: bool,
    has_patients: bool,
    path: LoopPath,
    report: &mut Report,
) {
    if has_claims && has_patients {
        report.error(
            Rule::SubscriberShape,
            path,
            subscriber.hl().location(),
            "the subscriber level holds claims and patient levels: a claim hangs under the \
             subscriber when the subscriber is the patient, under a patient level otherwise",
        );
        return;
    }
    if let Some(sbr) = subscriber.info() {
        let relationship = sbr.relationship();
        let relationship = relationship.as_ref().map(|r| r.as_str());
        let at = sbr.location().with_element(2);
        match relationship {
            Some(code) if has_patients => report.error(
                Rule::SubscriberShape,
                path,
                at,
                format!(
                    "SBR02 is {code:?} but the patient is not the subscriber (a patient level \
                     follows): SBR02 must be empty"
                ),
            ),
            Some("18") => {}
            _ if has_claims => report.error(
                Rule::SubscriberShape,
                path,
                at,
                "the claims hang under the subscriber, who is then the patient: SBR02 must be \
                 18 (self)",
            ),
            _ => {}
        }
    }
    if has_claims {
        patient_details(subscriber.name(), path, report);
    } else if has_patients {
        not_the_patient(subscriber.name(), path, report);
    }
}

/// `837P-P07` for a patient level.
pub(super) fn patient(patient: &Patient<'_>, path: LoopPath, report: &mut Report) {
    patient_details(patient.name(), path, report);
}

/// Where a name loop's N3, N4 and DMG are, by segment id: the patient's address and
/// demographics.
fn details(name: &Party<'_>) -> [(&'static str, Option<Location>); 3] {
    [
        ("N3", name.address().map(|n3| n3.location())),
        ("N4", name.city().map(|n4| n4.location())),
        ("DMG", name.demographics().map(|dmg| dmg.location())),
    ]
}

/// `837P-P07`, as a warning: when patient levels follow, the subscriber is not the patient,
/// and the subscriber's name loop (2010BA) leaves the address and demographics out ("if not
/// required, do not send"); the patient's go in 2010CA. Files often send them all the same,
/// the guide's own first example among them, so a payer may take them; it may also refuse them.
fn not_the_patient(name: Option<&Party<'_>>, path: LoopPath, report: &mut Report) {
    let Some(name) = name else { return };
    let path = path.child(name.role().loop_id(), 1);
    for (id, at) in details(name) {
        if let Some(at) = at {
            report.warning(
                Rule::PatientDetails,
                path,
                at,
                format!(
                    "{id} in the subscriber's name loop, but the subscriber is not the patient \
                     (a patient level follows): the patient's address and demographics go in \
                     2010CA"
                ),
            );
        }
    }
}

/// `837P-P07`: the patient's name loop has N3, N4 and DMG.
fn patient_details(name: Option<&Party<'_>>, path: LoopPath, report: &mut Report) {
    // A level without its name loop is refused by reading.
    let Some(name) = name else { return };
    let missing: Vec<&str> = (details(name).into_iter())
        .filter_map(|(id, at)| at.is_none().then_some(id))
        .collect();
    if missing.is_empty() {
        return;
    }
    let path = path.child(name.role().loop_id(), 1);
    report.error(
        Rule::PatientDetails,
        path,
        name.nm1().location(),
        format!(
            "the patient's name loop lacks {}: the patient's address and demographics are required",
            missing.join(", ")
        ),
    );
}
