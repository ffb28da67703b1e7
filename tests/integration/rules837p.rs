//! The 837P claim rules over the public corpus: what they find in sample files whose faults
//! were checked by hand, and that the worked examples break none.

use x12_claims::validate::{Severity, claim837p};

use crate::claim837p::submissions;

/// The findings of every set of a shared file, as `(rule, loop path, displayed text)`.
fn findings(folder: &str, file: &str) -> Option<Vec<(&'static str, String, String)>> {
    let found = submissions(folder, file)?
        .iter()
        .flat_map(claim837p::check)
        .map(|d| (d.rule.id(), d.path.to_string(), d.to_string()))
        .collect();
    Some(found)
}

#[test]
fn the_worked_examples_break_no_rule() {
    for file in ["replacement-2000c.837p.x12", "telehealth-90837.837p.x12"] {
        let Some(found) = findings("spec/examples", file) else {
            return;
        };
        assert_eq!(found, [], "{file}");
    }
}

#[test]
fn a_claim_whose_charge_is_not_its_lines_and_a_pointer_past_its_diagnoses() {
    // CLM02 is 100 while its seven lines charge 190 in all; the second line points at a third
    // diagnosis of a claim that has two.
    let Some(found) = findings("fixtures/public/837p", "oopfactory_ProfessionalClaim1.txt") else {
        return;
    };
    let charge = found.iter().find(|(rule, ..)| *rule == "837P-P13").unwrap();
    assert_eq!(charge.1, "2000C[1]/2300[1]");
    assert!(
        charge.2.ends_with("expected 190, found 100"),
        "{}",
        charge.2
    );
    let pointer = found.iter().find(|(rule, ..)| *rule == "837P-P17").unwrap();
    assert!(
        pointer
            .2
            .starts_with("error 837P-P17 2000C[1]/2300[1]/2400[2] SV107-3 at segment 44"),
        "{}",
        pointer.2
    );
}

#[test]
fn secondary_claims_of_the_corpus_balance_against_the_primary_payer() {
    // Checked by hand: 79.04 − (21.89 + 15.00) − 3.00 = 39.15 (AMT*D), each line's SVD02 its
    // SV102 less its CAS; and 120 − 25 − 15 = 80.
    for file in [
        "lfh-x12_demo.cob.example3.B.837",
        "stupidedi_medicare-secondary-payer-COB.edi",
    ] {
        let Some(subs) = submissions("fixtures/public/837p", file) else {
            return;
        };
        // The rule has something to check: a 2320 with AMT*D, and lines its payer adjudicated.
        let claim = subs[0].claims().next().unwrap().claim();
        let primary = &claim.other_subscribers()[0];
        assert!(
            primary
                .amounts()
                .iter()
                .any(|a| a.qualifier().as_str() == "D")
        );
        assert!(claim.lines().iter().all(|l| !l.adjudications().is_empty()));
        let found = claim837p::check(&subs[0]);
        assert!(
            found.iter().all(|d| d.rule.id() != "837P-P26"),
            "{file}: {found:?}"
        );
    }
}

#[test]
fn a_billing_provider_level_that_announces_children_it_does_not_have() {
    let Some(found) = findings("fixtures/public/837p", "staedi_sample837-small.edi") else {
        return;
    };
    let rules: Vec<(&str, &str)> = found.iter().map(|(r, p, _)| (*r, p.as_str())).collect();
    // Each of its two sets: HL04 announces children, and the billing provider has no name loop.
    assert_eq!(
        rules,
        [
            ("837P-P05", "2000A[1]"),
            ("837P-S3", "2000A[1]"),
            ("837P-S3", "header"),
            ("837P-S3", "header"),
            ("837P-P05", "2000A[1]"),
            ("837P-S3", "2000A[1]"),
        ]
    );
}

#[test]
fn what_the_guide_requires_of_the_loop_tree() {
    // A header of a REF alone: no submitter or receiver, a segment the guide does not place
    // there, and a BHT01 of "DATA" where the guide has 0019.
    if let Some(found) = findings("fixtures/public/837p", "staedi_837-header-ref-only.edi") {
        let rules: Vec<(&str, &str)> = found.iter().map(|(r, p, _)| (*r, p.as_str())).collect();
        assert_eq!(
            rules,
            [
                ("837P-S6", "header"),
                ("837P-S3", "header"),
                ("837P-S3", "header"),
                ("837P-S2", "header"),
            ]
        );
        assert!(found[0].2.contains("BHT01"), "{}", found[0].2);
        assert!(found[1].2.contains("1000A"), "{}", found[1].2);
        assert!(found[2].2.contains("1000B"), "{}", found[2].2);
    }
    // A DMG in an other-payer loop (2320), where the 4010 guide had it and 5010 has not.
    if let Some(found) = findings(
        "fixtures/public/837p",
        "oopfactory_Example1_2_And_3_Combined.txt",
    ) {
        let placed: Vec<&str> = (found.iter())
            .filter(|(rule, _, _)| *rule == "837P-S2")
            .map(|(_, _, shown)| shown.as_str())
            .collect();
        assert_eq!(placed.len(), 1, "{placed:?}");
        assert!(
            placed[0].starts_with("error 837P-S2 2000C[2]/2300[1]/2320[1] DMG at segment 76"),
            "{}",
            placed[0]
        );
        // The second subscriber's filing indicator, CI, one element early: in SBR08, which the
        // guide does not use, where SBR09 belongs.
        let unused: Vec<&str> = (found.iter())
            .filter(|(rule, _, _)| *rule == "837P-S8")
            .map(|(_, _, shown)| shown.as_str())
            .collect();
        assert_eq!(unused.len(), 1, "{unused:?}");
        assert!(
            unused[0].starts_with("error 837P-S8 2000B[2] SBR08 at segment 54"),
            "{}",
            unused[0]
        );
    }
}

#[test]
fn made_up_npis_are_caught() {
    // The sample's billing provider NPI, 9876543210, fails the check digit (its check digit
    // would be 3); its ZIP code has five digits. The subscriber's name loop sends a birth date
    // although the patient is the subscriber's son (a warning). Its taxonomy code, 203BF0100Y,
    // the 4010 guide's example, ends in Y where the NUCC's codes end in X.
    let Some(subs) = submissions(
        "fixtures/public/837p",
        "oopfactory_Example1_HealthInsurance.txt",
    ) else {
        return;
    };
    let found = claim837p::check(&subs[0]);
    let shown: Vec<(Severity, &str, String)> = found
        .iter()
        .map(|d| (d.severity, d.rule.id(), d.path.to_string()))
        .collect();
    assert_eq!(
        shown,
        [
            (Severity::Error, "837P-P28", "2000A[1]".to_owned()),
            (Severity::Error, "837P-P09", "2000A[1]/2010AA[1]".to_owned()),
            (Severity::Error, "837P-P11", "2000A[1]/2010AA[1]".to_owned()),
            (
                Severity::Warning,
                "837P-P07",
                "2000B[1]/2010BA[1]".to_owned()
            ),
        ]
    );
}

#[test]
fn what_the_guide_asks_of_a_loop_in_particular() {
    // The claim's service facility (2310C) is sent as a person (NM102 1), where the guide takes
    // an organization only (2), and its N4 has the placeholder state "ST". The rendering
    // provider's taxonomy code, 1G1000X, has seven characters of the NUCC's ten.
    let Some(found) = findings("fixtures/public/837p", "oopfactory_ProfessionalClaim1.txt") else {
        return;
    };
    let codes: Vec<&str> = (found.iter())
        .filter(|(rule, _, _)| *rule == "837P-S6")
        .map(|(_, _, shown)| shown.as_str())
        .collect();
    assert_eq!(codes.len(), 2, "{codes:?}");
    assert!(
        codes[0].starts_with("error 837P-S6 2000C[1]/2300[1]/2310C[1] NM102 at segment 35")
            && codes[0].ends_with("\"1\" is not a code the guide lists here (2)"),
        "{}",
        codes[0]
    );
    assert!(
        codes[1].starts_with("error 837P-S6 2000C[1]/2300[1]/2310C[1] N402 at segment 37")
            && codes[1].contains("\"ST\" is not a US state"),
        "{}",
        codes[1]
    );
    let taxonomy: Vec<(&str, &str)> = (found.iter())
        .filter(|(rule, _, _)| *rule == "837P-P28")
        .map(|(_, path, shown)| (path.as_str(), shown.as_str()))
        .collect();
    assert_eq!(taxonomy.len(), 2, "{taxonomy:?}");
    assert!(taxonomy[1].1.contains("\"1G1000X\" is not"), "{taxonomy:?}");
    assert_eq!(taxonomy[1].0, "2000C[1]/2300[1]/2310B[1]");
}
