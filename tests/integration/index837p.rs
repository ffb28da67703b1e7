//! The 837P index against the typed submission: on every set, the index finds the same levels
//! and claims, types them to the same values and refuses what the submission refuses.

use x12_claims::claim837p::{Claim837Error, LoopPath, Submission, SubmissionIndex};
use x12_claims::envelope::{Document, TransactionSet};
use x12_claims::validate::claim837p::{self, ReadableLoops, other_reading_errors};

use crate::fixtures;
use crate::generate::generate_837p;

/// Every level and claim typed through the index, in document order; the first error stops.
fn typed_through(index: &SubmissionIndex<'_>, eager: &Submission<'_>) -> Result<(), Claim837Error> {
    assert_eq!(&index.header()?, eager.header());
    assert_eq!(index.level_count(), eager.levels().len());
    for (i, level) in eager.levels().iter().enumerate() {
        assert_eq!(index.hl(i), Some(level.hl()));
        assert_eq!(index.parent(i), eager.parent(i));
        assert_eq!(&index.level(i).expect("the level is there")?, level);
    }
    assert!(index.level(eager.levels().len()).is_none());
    let eager_claims: Vec<_> = eager.claims().collect();
    assert_eq!(index.claim_count(), eager_claims.len());
    for (found, context) in index.claims().zip(&eager_claims) {
        assert_eq!(&found.to_claim()?, context.claim());
        assert_eq!(&found.clm()?, context.claim().info());
        let level = |i: Option<usize>| i.and_then(|i| index.hl(i));
        assert_eq!(
            level(Some(found.subscriber())),
            Some(context.subscriber().hl())
        );
        assert_eq!(
            level(found.billing_provider()),
            Some(context.billing_provider().hl())
        );
        assert_eq!(level(found.patient()), context.patient().map(|p| p.hl()));
    }
    Ok(())
}

/// The first error met typing the header and every level through the index.
fn first_typed_error(index: &SubmissionIndex<'_>) -> Option<Claim837Error> {
    let mut results = vec![index.header().err()];
    results.extend((0..index.level_count()).map(|i| index.level(i).and_then(Result::err)));
    results.into_iter().flatten().next()
}

/// Whether the submission can meet this error only when typing a level or claim, which the
/// index leaves for later: a segment that does not type, or a segment a loop inside a level
/// requires (a service line's SV1).
fn found_when_typing(e: &Claim837Error) -> bool {
    match e {
        Claim837Error::Segment { .. } => true,
        Claim837Error::Missing { path, .. } => *path != LoopPath::root(),
        _ => false,
    }
}

/// Holds the index to the typed submission on one set.
pub fn agrees(set: &TransactionSet<'_>) {
    let eager = Submission::parse(set);
    let index = SubmissionIndex::parse(set);
    match (&eager, &index) {
        (Ok(eager), Ok(index)) => {
            typed_through(index, eager).expect("what the submission reads, the index types");
            assert!(index.errors().is_empty());
            // Every loop types on its own, so the rules find what they find in the submission.
            let loops = ReadableLoops::of(set);
            assert!(loops.errors().is_empty());
            assert_eq!(loops.check(), claim837p::check(eager));
            let numbers: Vec<_> = loops.patient_control_numbers().collect();
            let whole: Vec<_> = claim837p::patient_control_numbers(eager).collect();
            assert_eq!(numbers, whole);
        }
        (Err(e), Err(i)) => {
            // The same structural error; where the submission first met an error in typing,
            // the index (which types only HL) may stop at another structural one.
            if !found_when_typing(e) {
                assert_eq!(e.to_string(), i.to_string());
            }
            // Nothing can be placed: the index's error is the loops' one error, and the rules
            // find nothing.
            let loops = ReadableLoops::of(set);
            let errors: Vec<String> = loops.errors().iter().map(ToString::to_string).collect();
            assert_eq!(errors, [i.to_string()]);
            assert!(loops.check().is_empty());
        }
        (Err(e), Ok(index)) => {
            assert!(
                found_when_typing(e),
                "the index accepted a structure the submission refused: {e}"
            );
            let found = first_typed_error(index).expect("typing through the index fails too");
            assert_eq!(found.to_string(), e.to_string());
            // Every loop that does not type, the submission's error first.
            let errors = index.errors();
            assert_eq!(errors.first().map(ToString::to_string), Some(e.to_string()));
            let places: Vec<_> = errors
                .iter()
                .map(|e| e.location().map(|l| l.segment))
                .collect();
            assert!(places.is_sorted(), "{errors:?}");
            // The rules check what types, and find nothing in what does not.
            let loops = ReadableLoops::of(set);
            let met: Vec<String> = loops.errors().iter().map(ToString::to_string).collect();
            let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
            assert_eq!(met, all, "typing what reads meets every loop that does not");
            let claims: Vec<String> = (index.claims())
                .filter(|claim| claim.to_claim().is_err())
                .map(|claim| format!("{}/", claim.path()))
                .collect();
            for found in loops.check() {
                let path = format!("{}/", found.path);
                assert!(
                    !claims.iter().any(|c| path.starts_with(c)),
                    "{found} in {claims:?}"
                );
            }
        }
        (Ok(_), Err(i)) => panic!("the index refused a set the submission reads: {i}"),
    }
    crate::reading::reported_whole(
        eager.as_ref().err(),
        |first| other_reading_errors(set, first),
        Claim837Error::location,
    );
}

fn agrees_on_file(input: &[u8]) -> usize {
    let Ok(doc) = Document::parse_unchecked(input) else {
        return 0;
    };
    doc.transaction_sets().map(agrees).count()
}

#[test]
fn the_index_agrees_with_the_submission_on_every_837_of_the_corpus() {
    let mut sets = 0;
    for path in crate::claim837p::files_837p()
        .into_iter()
        .chain(fixtures::own_files())
        .chain(fixtures::shared_files("fixtures/public/other"))
    {
        sets += agrees_on_file(&std::fs::read(&path).unwrap());
    }
    assert!(sets > 0);
}

#[test]
fn the_index_agrees_with_the_submission_on_generated_claims() {
    assert!(agrees_on_file(&generate_837p(300_000)) > 10);
}

/// An 837P set: a billing provider, a subscriber with one claim and a patient with two.
fn family(claim_c: &str) -> String {
    let body = [
        "BHT*0019*00*B1*20240315*1200*CH",
        "NM1*41*2*RIVERBEND*****46*RBH001",
        "NM1*40*2*CLEARINGHOUSE*****46*CHX",
        "HL*1**20*1",
        "NM1*85*2*RIVERBEND*****XX*1234567893",
        "HL*2*1*22*1",
        "SBR*P*18*******CI",
        "NM1*IL*1*DOE*JOHN****MI*M1",
        "NM1*PR*2*ACME*****PI*P1",
        "CLM*A*100***11:B:1*Y*A*Y*Y",
        "HL*3*2*23*0",
        "PAT*19",
        "NM1*QC*1*DOE*JANE",
        "CLM*B*80***11:B:1*Y*A*Y*Y",
        claim_c,
    ];
    let mut text = String::from(
        "ISA*00*          *00*          *ZZ*RBH001         *ZZ*CHX            *240315*1200*^*00501*000000101*0*T*:~\nGS*HC*RBH001*CHX*20240315*1200*101*X*005010X222A1~\nST*837*0001*005010X222A1~\n",
    );
    for segment in body.iter().flat_map(|s| s.split('~')) {
        text.push_str(segment);
        text.push_str("~\n");
    }
    text.push_str(&format!(
        "SE*{}*0001~\nGE*1*101~\nIEA*1*000000101~\n",
        body.iter().map(|s| s.split('~').count()).sum::<usize>() + 2
    ));
    text
}

#[test]
fn claims_are_found_under_subscribers_and_patients_with_their_levels() {
    let text = family("CLM*C*60***11:B:1*Y*A*Y*Y~DTP*431*D8*20240301");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let index = SubmissionIndex::parse(set).unwrap();
    let found: Vec<_> = index
        .claims()
        .map(|c| {
            let clm = c.clm().unwrap();
            (
                c.path().to_string(),
                clm.patient_control_number().to_owned(),
                c.billing_provider(),
                c.subscriber(),
                c.patient(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "2000B[1]/2300[1]".to_owned(),
                "A".to_owned(),
                Some(0),
                1,
                None
            ),
            (
                "2000C[1]/2300[1]".to_owned(),
                "B".to_owned(),
                Some(0),
                1,
                Some(2)
            ),
            (
                "2000C[1]/2300[2]".to_owned(),
                "C".to_owned(),
                Some(0),
                1,
                Some(2)
            ),
        ]
    );
    assert_eq!(index.level_count(), 3);
    assert_eq!(index.parent(2), Some(1));
    // The last claim's segments run to SE, DTP included.
    let last = index.claims().last().unwrap();
    let ids: Vec<_> = last.segments().map(|s| s.id().to_owned()).collect();
    assert_eq!(ids, ["CLM", "DTP"]);
}

#[test]
fn a_claim_is_checked_when_it_is_typed() {
    // DTP03 20241399 is not a date: the submission refuses the set; the index reads it, types
    // the other claims, and gives the same error for this one.
    let text = family("CLM*C*60***11:B:1*Y*A*Y*Y~DTP*431*D8*20241399");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let refused = Submission::parse(set).unwrap_err().to_string();
    assert!(refused.starts_with("2000C[1]/2300[2] DTP03"), "{refused}");
    let index = SubmissionIndex::parse(set).unwrap();
    let typed: Vec<_> = index
        .claims()
        .map(|c| c.to_claim().map_err(|e| e.to_string()))
        .collect();
    assert!(typed[0].is_ok() && typed[1].is_ok());
    assert_eq!(typed[2].as_ref().unwrap_err(), &refused);
}

#[test]
fn a_broken_hierarchy_is_refused_by_the_index_too() {
    let text = family("CLM*C*60***11:B:1*Y*A*Y*Y").replace("HL*3*2*23*0", "HL*3*9*23*0");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let error = SubmissionIndex::parse(set).unwrap_err().to_string();
    assert_eq!(
        error,
        "2000C[1] HL02 at segment 14 (byte 449): parent \"9\" is not the id of an earlier level"
    );
}

/// The rules over the loops of `broken` (a set that does not read) that read: what they find
/// over `fixed`, the same set with the same bytes but for one loop's error, less what they
/// find in the loops `unread` names by path. `broken` and `fixed` have the same length, so
/// every place is the same.
fn rules_over_what_reads(broken: &str, fixed: &str, unread: impl Fn(&str) -> bool) {
    assert_eq!(broken.len(), fixed.len());
    let doc = Document::parse(broken.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    assert!(Submission::parse(set).is_err(), "the broken set reads");
    let found = ReadableLoops::of(set).check();

    let doc = Document::parse(fixed.as_bytes()).unwrap();
    let fixed = Submission::parse(doc.transaction_sets().next().unwrap()).unwrap();
    let expected: Vec<_> = (claim837p::check(&fixed).into_iter())
        .filter(|f| !unread(&f.path.to_string()))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);
}

#[test]
fn the_rules_check_the_claims_that_read_beside_one_that_does_not() {
    // The patient's second claim is a replacement without the payer's claim number (P15).
    let fixed = family("CLM*C*60***11:B:7*Y*A*Y*Y");
    // The patient's first claim charges an amount that is not a number: that claim alone is
    // passed over, its patient level's own segments are checked.
    let broken = fixed.replacen("CLM*B*80", "CLM*B*8O", 1);
    rules_over_what_reads(&broken, &fixed, |path| path.starts_with("2000C[1]/2300[1]"));
}

#[test]
fn the_rules_check_the_claims_of_a_level_whose_own_segments_do_not_read() {
    // The subscriber's name loop carries a date of birth (one segment more).
    let fixed = family("CLM*C*60***11:B:7*Y*A*Y*Y")
        .replacen("MI*M1~\n", "MI*M1~\nDMG*D8*19900211~\n", 1)
        .replacen("SE*17*", "SE*18*", 1);
    // The subscriber was born on 31 February.
    let broken = fixed.replacen("19900211", "19900231", 1);
    let level = |path: &str| path == "2000B[1]" || path.starts_with("2000B[1]/2010");
    rules_over_what_reads(&broken, &fixed, level);
}

#[test]
fn the_rules_check_the_levels_of_a_set_whose_header_does_not_read() {
    let fixed = family("CLM*C*60***11:B:7*Y*A*Y*Y");
    // BHT04 is 31 February.
    let broken = fixed.replacen("*B1*20240315*", "*B1*20240231*", 1);
    rules_over_what_reads(&broken, &fixed, |path| {
        path.is_empty() || path.starts_with("10")
    });
}
