//! What the guide requires of the loop tree, which reading leaves open so that nothing is lost:
//! `837P-S2` (every segment has its place), `837P-S3` (required segments and loops are there)
//! and `837P-S4` (a segment repeats no more than its maximum use); the walk also holds every
//! typed segment to its element lengths and codes (`837P-S5`, `837P-S6`). A payer's front end refuses such a set
//! whole (a 999 rejection) before reading a claim.
//!
//! The required segments that other rules name already are left to them: the billing
//! provider's tax id (P10), the patient's N3, N4 and DMG (P07), the claim's diagnoses (P16) and
//! each line's date of service (P23).

use super::element_values::values;
use super::{Report, repeats};
use crate::claim837p::{
    Claim, Header, Level, LoopPath, OtherSubscriber, Party, PartyRole, ServiceLine,
};
use crate::segments::{RawSegment, UnknownSegment};
use crate::syntax::{Location, SegmentId};
use crate::validate::Rule;

/// The header: BHT, the submitter (1000A) with its contact (PER), the receiver (1000B).
pub(super) fn header(header: &Header<'_>, at: Location, report: &mut Report) {
    let root = LoopPath::root();
    match header.bht() {
        Some(bht) => values(bht.raw(), "", || root, report),
        None => missing(root, at, "the beginning of the transaction (BHT)", report),
    }
    match header.submitter() {
        None => missing(
            root,
            at,
            "the submitter's name loop (1000A, NM1*41)",
            report,
        ),
        Some(submitter) if submitter.contacts().next().is_none() => {
            let path = root.child(PartyRole::Submitter.loop_id(), 1);
            let what = "the submitter's EDI contact (PER)";
            missing(path, submitter.nm1().location(), what, report);
        }
        Some(_) => {}
    }
    if header.receiver().is_none() {
        missing(root, at, "the receiver's name loop (1000B, NM1*40)", report);
    }
    unplaced(header.unknown(), root, report);
}

/// A level's own segments and name loops (not its claims).
pub(super) fn level(level: &Level<'_>, path: LoopPath, report: &mut Report) {
    let at = level.hl().location();
    let loop_id = match level {
        Level::BillingProvider(_) => "2000A",
        Level::Subscriber(_) => "2000B",
        Level::Patient(_) => "2000C",
        Level::Other(_) => "",
    };
    values(level.hl().raw(), loop_id, || path, report);
    match level {
        Level::BillingProvider(billing) => {
            let own = (billing.specialty().map(|s| s.raw()).into_iter())
                .chain(billing.currency().map(|s| s.raw()));
            own_segments(own, no_limit, (loop_id, || path), "level", report);
            if billing.name().is_none() {
                let what = "the billing provider's name loop (2010AA, NM1*85)";
                missing(path, at, what, report);
            }
            unplaced(billing.unknown(), path, report);
        }
        Level::Subscriber(subscriber) => {
            let own = (subscriber.info().map(|s| s.raw()).into_iter())
                .chain(subscriber.patient_info().map(|s| s.raw()));
            own_segments(own, no_limit, (loop_id, || path), "level", report);
            if subscriber.info().is_none() {
                missing(path, at, "the subscriber information (SBR)", report);
            }
            if subscriber.name().is_none() {
                missing(
                    path,
                    at,
                    "the subscriber's name loop (2010BA, NM1*IL)",
                    report,
                );
            }
            if subscriber.payer().is_none() {
                missing(path, at, "the payer's name loop (2010BB, NM1*PR)", report);
            }
            unplaced(subscriber.unknown(), path, report);
        }
        Level::Patient(patient) => {
            if let Some(pat) = patient.info() {
                values(pat.raw(), loop_id, || path, report);
            }
            if patient.info().is_none() {
                missing(path, at, "the patient information (PAT)", report);
            }
            if patient.name().is_none() {
                missing(path, at, "the patient's name loop (2010CA, NM1*QC)", report);
            }
            unplaced(patient.unknown(), path, report);
        }
        // P05 reports the level itself; what it holds is no 837P loop either.
        Level::Other(_) => {}
    }
}

/// A claim, its name loops, other payers and lines.
pub(super) fn claim(claim: &Claim<'_>, path: LoopPath, report: &mut Report) {
    values(claim.info().raw(), "2300", || path, report);
    unplaced(claim.unknown(), path, report);
    let own = claim.segments().iter().map(|s| s.raw());
    own_segments(own, claim_limit, ("2300", || path), "claim", report);
    for (n, other) in claim.other_subscribers().iter().enumerate() {
        other_payer(other, path.child("2320", n + 1), report);
    }
    for (n, line) in claim.lines().iter().enumerate() {
        // A line's path is worked out only when something is found.
        service_line(line, || path.child("2400", n + 1), report);
    }
}

/// A 2320 loop: OI and the other subscriber and payer name loops are required.
fn other_payer(other: &OtherSubscriber<'_>, path: LoopPath, report: &mut Report) {
    let at = other.subscriber_info().location();
    if other.other_insurance().is_none() {
        missing(path, at, "the other insurance coverage (OI)", report);
    }
    for (role, what) in [
        (
            PartyRole::OtherSubscriber,
            "the other subscriber's name loop (2330A, NM1*IL)",
        ),
        (
            PartyRole::OtherPayer,
            "the other payer's name loop (2330B, NM1*PR)",
        ),
    ] {
        if other.party(role).is_none() {
            missing(path, at, what, report);
        }
    }
    unplaced(other.unknown(), path, report);
    values(other.subscriber_info().raw(), "2320", || path, report);
    let own = (other.adjustments().iter().map(|s| s.raw()))
        .chain(other.amounts().iter().map(|s| s.raw()))
        .chain(other.other_insurance().map(|s| s.raw()))
        .chain(other.outpatient().map(|s| s.raw()));
    own_segments(
        own,
        adjudication_limit,
        ("2320", || path),
        "other payer loop",
        report,
    );
}

/// A 2400 loop and the loops it holds.
fn service_line(line: &ServiceLine<'_>, path: impl Fn() -> LoopPath, report: &mut Report) {
    if !line.unknown().is_empty() {
        unplaced(line.unknown(), path(), report);
    }
    let own = [line.number().raw(), line.service().raw()].into_iter();
    let own = own.chain(line.segments().iter().map(|s| s.raw()));
    own_segments(own, line_limit, ("2400", &path), "line", report);
    for (n, drug) in line.drugs().iter().enumerate() {
        let path = path().child("2410", n + 1);
        if drug.quantity().is_none() {
            let what = "the drug quantity (CTP)";
            missing(path, drug.item().location(), what, report);
        }
        unplaced(drug.unknown(), path, report);
        let own = (std::iter::once(drug.item().raw()))
            .chain(drug.quantity().map(|s| s.raw()))
            .chain(drug.references().iter().map(|s| s.raw()));
        own_segments(
            own,
            |_: &[u8], _: &[u8]| Some(1),
            ("2410", || path),
            "drug loop",
            report,
        );
    }
    for (n, adjudication) in line.adjudications().iter().enumerate() {
        let path = path().child("2430", n + 1);
        let paid = adjudication.dates().iter();
        if !paid.clone().any(|d| d.qualifier().as_str() == "573") {
            let at = adjudication.service().location();
            missing(
                path,
                at,
                "the date the other payer paid the line (DTP*573)",
                report,
            );
        }
        unplaced(adjudication.unknown(), path, report);
        let own = (std::iter::once(adjudication.service().raw()))
            .chain(adjudication.adjustments().iter().map(|s| s.raw()))
            .chain(paid.map(|s| s.raw()))
            .chain(adjudication.amounts().iter().map(|s| s.raw()));
        own_segments(
            own,
            adjudication_limit,
            ("2430", || path),
            "line adjudication loop",
            report,
        );
    }
    for (n, form) in line.forms().iter().enumerate() {
        let path = path().child("2440", n + 1);
        if form.answers().is_empty() {
            let what = "the form's answers (FRM)";
            missing(path, form.form().location(), what, report);
        }
        unplaced(form.unknown(), path, report);
        let own =
            (std::iter::once(form.form().raw())).chain(form.answers().iter().map(|s| s.raw()));
        own_segments(
            own,
            |_: &[u8], _: &[u8]| Some(99),
            ("2440", || path),
            "form loop",
            report,
        );
    }
}

/// A name loop at `path` (numbered among those of its role): how often its role repeats
/// (`837P-S1`), its unknown segments, the address that places require, and one PRV, N3, N4 and
/// DMG each. Called where the other rules go through the name loops.
pub(super) fn party(party: &Party<'_>, path: LoopPath, report: &mut Report) {
    repeats::party(party, path, report);
    let loop_id = party.role().loop_id();
    values(party.nm1().raw(), loop_id, || path, report);
    unplaced(party.unknown(), path, report);
    if needs_address(party.role()) {
        let at = party.nm1().location();
        if party.address().is_none() {
            missing(path, at, "the address (N3)", report);
        }
        if party.city().is_none() {
            missing(path, at, "the city, state and ZIP code (N4)", report);
        }
    }
    let own = party.segments().iter().map(|s| s.raw());
    let limit = |id: &[u8], qualifier: &[u8]| party_limit(loop_id, id, qualifier);
    own_segments(own, limit, (loop_id, || path), "name loop", report);
    if party.role() == PartyRole::BillingProvider {
        // One tax id: REF*EI or REF*SY, not both.
        let mut tax_ids = party
            .references()
            .filter(|r| matches!(r.qualifier().as_str(), "EI" | "SY"));
        if let Some(second) = tax_ids.nth(1) {
            report.error(
                Rule::SegmentRepeat,
                path,
                second.location(),
                "a second tax id (REF*EI or REF*SY): the guide allows one in the billing \
                 provider's name loop",
            );
        }
    }
}

/// Whether the guide requires N3 and N4 in a name loop of this role: the billing provider, the
/// pay-to address and plan, and the places where care was given or a patient was picked up.
fn needs_address(role: PartyRole) -> bool {
    use PartyRole::*;
    matches!(
        role,
        BillingProvider
            | PayToAddress
            | PayToPlan
            | ServiceFacility
            | AmbulancePickUp
            | AmbulanceDropOff
            | LineServiceFacility
            | LineAmbulancePickUp
            | LineAmbulanceDropOff
    )
}

/// No maximum use: a level's own segments are each typed once, any repeat kept unplaced.
fn no_limit(_: &[u8], _: &[u8]) -> Option<usize> {
    None
}

/// Maximum use of a claim's own segments (2300), by segment id and qualifier.
fn claim_limit(id: &[u8], qualifier: &[u8]) -> Option<usize> {
    match (id, qualifier) {
        (b"DTP", b"090" | b"091") => Some(2),
        (b"DTP" | b"REF" | b"AMT", _) => Some(1),
        (b"PWK" | b"K3", _) => Some(10),
        (b"CN1" | b"NTE" | b"CR1" | b"CR2" | b"HCP", _) => Some(1),
        (b"CRC", _) => Some(3),
        (b"HI", b"ABK" | b"BK" | b"BP") => Some(1),
        (b"HI", b"BG") => Some(2),
        _ => None,
    }
}

/// Maximum use of a line's own segments (2400), by segment id and qualifier.
fn line_limit(id: &[u8], qualifier: &[u8]) -> Option<usize> {
    match (id, qualifier) {
        (b"REF", b"G1" | b"9F") => Some(5),
        (b"DTP" | b"QTY" | b"REF" | b"AMT" | b"NTE", _) => Some(1),
        // The certificate of medical necessity's PWK (keyed `CT`, see `use_key`) once.
        (b"PWK", b"CT") => Some(1),
        (b"PWK" | b"K3", _) => Some(10),
        (b"MEA", _) => Some(5),
        (b"CRC", _) => Some(3),
        (b"SV5" | b"CR1" | b"CR3" | b"CN1" | b"PS1" | b"HCP", _) => Some(1),
        _ => None,
    }
}

/// Maximum use of the segments of a 2320 or 2430 loop: five CAS, one of each AMT and DTP.
fn adjudication_limit(id: &[u8], _qualifier: &[u8]) -> Option<usize> {
    match id {
        b"CAS" => Some(5),
        b"AMT" | b"DTP" => Some(1),
        _ => None,
    }
}

/// Maximum use of the own segments of name loop `loop_id`: one each of PRV, N3, N4 and DMG;
/// two PER in the submitter's and billing provider's, one elsewhere; and each use of REF as
/// often as the guide allows it there (`qualifier` is the use's key, see [`use_key`]). The
/// billing provider's tax id (REF*EI or REF*SY) is counted apart, in [`party`].
fn party_limit(loop_id: &str, id: &[u8], qualifier: &[u8]) -> Option<usize> {
    match (id, loop_id) {
        (b"PRV" | b"N3" | b"N4" | b"DMG", _) => Some(1),
        (b"PER", "1000A" | "2010AA") => Some(2),
        (b"PER", _) => Some(1),
        (b"REF", _) => party_ref_limit(loop_id, qualifier),
        _ => None,
    }
}

/// How often a name loop's REF of one use may come, by loop and the use's key: the secondary
/// ids of a provider, a payer's or plan's other ids, a person's other ids.
fn party_ref_limit(loop_id: &str, key: &[u8]) -> Option<usize> {
    match (loop_id, key) {
        ("2010AA", b"0B") | ("2010BB", b"G2") | ("2330B", b"2U") | ("2330G", _) => Some(2),
        ("2010BB", b"2U") | ("2310A" | "2310C" | "2420C", _) => Some(3),
        ("2330C" | "2330D" | "2330E" | "2330F", _) => Some(3),
        ("2310B" | "2310D", _) => Some(4),
        ("2420A" | "2420B" | "2420D" | "2420E" | "2420F", _) => Some(20),
        ("2010AA", _) => None,
        _ => Some(1),
    }
}

/// The key a segment's use is counted by in loop `loop_id`: its qualifier, or the first code of
/// the qualifiers that share one use there. Name loops give their REF uses several qualifiers
/// each (2010BB's other payer ids `2U`, `EI`, `FY`, `NF`); a line's certificate of medical
/// necessity is the PWK whose PWK02 is one of its own codes (`AB`, `AD`, `AF`, `AG`, `NS`); a
/// line note (NTE) is `ADD` or `DCP`.
fn use_key<'q>(loop_id: &str, id: &[u8], qualifier: &'q [u8]) -> &'q [u8] {
    match (id, qualifier) {
        (b"NTE", b"DCP") => b"ADD",
        (b"PWK", b"AB" | b"AD" | b"AF" | b"AG" | b"NS") => b"CT",
        (b"PWK", _) => b"",
        (b"REF", b"0B" | b"1G" | b"G2" | b"LU") if loop_id.starts_with("23") => b"0B",
        (b"REF", b"0B" | b"1G" | b"G2" | b"LU") if loop_id.starts_with("2420") => b"0B",
        (b"REF", b"0B" | b"1G") => b"0B",
        (b"REF", b"G2" | b"LU") => b"G2",
        (b"REF", b"2U" | b"EI" | b"FY" | b"NF") if loop_id != "2010AC" => b"2U",
        (b"REF", b"2U" | b"FY" | b"NF") => b"2U",
        (b"REF", b"1W" | b"SY") if loop_id == "2010CA" => b"SY",
        (_, qualifier) => qualifier,
    }
}

/// A loop's own segments (of loop `loop_id`, at `path`): `837P-S5` to `837P-S8` for each, and
/// `837P-S4` for each past the maximum use `limit` gives for its id and the key of its use
/// ([`use_key`] of the first element of REF, DTP, AMT, QTY and NTE, of PWK02, of the first
/// component's qualifier of HI; none for the other segments).
fn own_segments<'s>(
    segments: impl Iterator<Item = &'s RawSegment<'s>>,
    limit: impl Fn(&[u8], &[u8]) -> Option<usize>,
    (loop_id, path): (&'static str, impl Fn() -> LoopPath),
    holder: &str,
    report: &mut Report,
) {
    // A loop holds a few kinds of segment: a list searched in order costs less than a map.
    let mut seen: Vec<(SegmentId, &'s [u8], usize)> = Vec::new();
    for raw in segments {
        values(raw, loop_id, &path, report);
        let id = raw.segment_id();
        let qualifier = match id.as_bytes() {
            b"HI" => raw.view().component(1, 1),
            b"REF" | b"DTP" | b"AMT" | b"QTY" | b"NTE" => {
                raw.view().element(1).map(|e| e.as_bytes())
            }
            b"PWK" => raw.view().element(2).map(|e| e.as_bytes()),
            _ => None,
        };
        let qualifier = use_key(loop_id, id.as_bytes(), qualifier.unwrap_or_default());
        let Some(max) = limit(id.as_bytes(), qualifier) else {
            continue;
        };
        let at = match seen.iter().position(|&(i, q, _)| i == id && q == qualifier) {
            Some(at) => at,
            None => {
                seen.push((id, qualifier, 0));
                seen.len() - 1
            }
        };
        let Some((_, _, count)) = seen.get_mut(at) else {
            continue;
        };
        *count += 1;
        if *count == max + 1 {
            let times = if max == 1 {
                "once".to_owned()
            } else {
                format!("{max} times")
            };
            report.error(
                Rule::SegmentRepeat,
                path(),
                raw.location(),
                format!(
                    "{} repeated: the guide allows it {times} in a {holder}",
                    id.as_str()
                ),
            );
        }
    }
}

/// `837P-S2`: each segment reading kept untyped where it was met.
fn unplaced(unknown: &[UnknownSegment<'_>], path: LoopPath, report: &mut Report) {
    for segment in unknown {
        report.error(
            Rule::SegmentPlacement,
            path,
            segment.raw.location(),
            format!(
                "{} is not a segment the guide places here (out of guide order, past its \
                 maximum use, or foreign); it was kept as it is, untyped",
                segment.raw.id()
            ),
        );
    }
}

/// `837P-S3`: `what` is missing from the loop at `path`, which starts at `at`.
fn missing(path: LoopPath, at: Location, what: &str, report: &mut Report) {
    report.error(
        Rule::RequiredPart,
        path,
        at,
        format!("{what} is missing: the guide requires it"),
    );
}
