//! The generated benchmark input is well-formed X12: the syntax layer reads it whole, and its
//! SE, GE and IEA counts are right. A benchmark on broken input would measure error paths. Its
//! claims also pass the 837P claim rules.

use x12_claims::claim837p::Submission;
use x12_claims::envelope::Document;
use x12_claims::syntax::{Segment, Segments};
use x12_claims::validate::claim837p;

use crate::generate::{generate_835, generate_837p};

fn text(segment: &Segment<'_>, n: usize) -> String {
    let bytes = segment.element(n).map(|e| e.as_bytes()).unwrap_or_default();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Checks the envelope counts; returns the number of transaction sets.
fn check_envelope(input: &[u8], set_id: &str) -> usize {
    let segments: Vec<Segment<'_>> = Segments::new(input).collect::<Result<_, _>>().unwrap();
    let ids: Vec<&str> = segments.iter().map(|s| s.id()).collect();
    assert_eq!(ids.first(), Some(&"ISA"));
    assert_eq!(ids.get(1), Some(&"GS"));
    assert_eq!(
        ids.iter().rev().take(2).collect::<Vec<_>>(),
        [&"IEA", &"GE"]
    );
    assert!(segments.iter().all(|s| s.tail() == b"~\n"));
    let mut sets = 0;
    let mut start = None;
    for (i, s) in segments.iter().enumerate() {
        match s.id() {
            "ST" => {
                assert_eq!(text(s, 1), set_id);
                start = Some(i);
            }
            "SE" => {
                let st = &segments[start.take().unwrap()];
                assert_eq!(
                    text(s, 1).parse::<usize>().unwrap(),
                    i - st.number() as usize + 2
                );
                assert_eq!(text(s, 2), text(st, 2));
                sets += 1;
            }
            _ => {}
        }
    }
    let ge = &segments[segments.len() - 2];
    assert_eq!(text(ge, 1).parse::<usize>().unwrap(), sets);
    assert_eq!(text(ge, 2), text(&segments[1], 6));
    let iea = &segments[segments.len() - 1];
    assert_eq!(text(iea, 1), "1");
    assert_eq!(text(iea, 2), text(&segments[0], 13));
    // A few hundred segments per transaction set.
    let per_set = (segments.len() - 4) / sets;
    assert!(
        (100..=1000).contains(&per_set),
        "{per_set} segments per set"
    );
    sets
}

#[test]
fn generated_835_is_valid_and_of_the_requested_size() {
    let input = generate_835(300_000);
    assert!(
        (300_000..300_000 + 8192).contains(&input.len()),
        "{}",
        input.len()
    );
    assert!(check_envelope(&input, "835") >= 3);
    assert_eq!(input, generate_835(300_000), "not deterministic");
    let text = String::from_utf8_lossy(&input);
    for id in [
        "BPR*", "TRN*", "N1*PE*", "CLP*", "NM1*QC*", "SVC*HC:", "CAS*", "AMT*B6*",
    ] {
        assert!(text.contains(id), "no {id}");
    }
}

#[test]
fn generated_837p_is_valid_and_of_the_requested_size() {
    let input = generate_837p(300_000);
    assert!(
        (300_000..300_000 + 8192).contains(&input.len()),
        "{}",
        input.len()
    );
    assert!(check_envelope(&input, "837") >= 3);
    let text = String::from_utf8_lossy(&input);
    for id in ["BHT*", "HL*2*1*22*0", "CLM*", "HI*ABK:", "SV1*HC:"] {
        assert!(text.contains(id), "no {id}");
    }
    // The claims are ones a payer would take: they break none of the claim rules, and no two
    // sets share a patient control number.
    let doc = Document::parse(&input).unwrap();
    let mut batch = claim837p::ControlNumbers::default();
    for set in doc.transaction_sets() {
        let submission = Submission::parse(set).unwrap();
        let found: Vec<String> = claim837p::check(&submission)
            .iter()
            .chain(&batch.check(&submission))
            .map(ToString::to_string)
            .collect();
        assert_eq!(found, Vec::<String>::new());
    }
}

#[test]
fn tiny_sizes_still_give_one_transaction_set() {
    for input in [generate_835(0), generate_837p(1)] {
        let segments: Vec<_> = Segments::new(&input).collect::<Result<_, _>>().unwrap();
        assert_eq!(segments.iter().filter(|s| s.id() == "SE").count(), 1);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Every generated remittance, whatever its size, passes every balancing and structure
    /// rule, and reads into the typed model and writes back exactly.
    #[test]
    fn generated_remittances_pass_every_rule(size in 2_000usize..120_000) {
        use x12_claims::envelope::Document;
        use x12_claims::remit835::Remittance;
        use x12_claims::syntax::{WriteOptions, Writer};
        use x12_claims::validate::{balance835, elements835, structure835};
        let input = generate_835(size);
        let doc = Document::parse(&input).unwrap();
        let mut claims = 0;
        for set in doc.transaction_sets() {
            let remittance = Remittance::parse(set).unwrap();
            claims += remittance.claim_payments().count();
            let mut findings = balance835::check(&remittance);
            structure835::check_into(&remittance, &mut findings);
            findings.extend(elements835::check(set));
            proptest::prop_assert!(findings.is_empty(), "{}", findings[0]);
            let mut out = Writer::new(Vec::new(), WriteOptions::default());
            remittance.write(&mut out).unwrap();
            proptest::prop_assert!(out.into_inner() == set.as_bytes());
        }
        proptest::prop_assert!(claims > 0);
    }

    /// Every generated claim file reads into the 837P model and writes back exactly.
    #[test]
    fn generated_claims_read_and_write_back(size in 2_000usize..120_000) {
        use x12_claims::claim837p::Submission;
        use x12_claims::envelope::Document;
        use x12_claims::syntax::{WriteOptions, Writer};
        let input = generate_837p(size);
        let doc = Document::parse(&input).unwrap();
        for set in doc.transaction_sets() {
            let submission = Submission::parse(set).unwrap();
            proptest::prop_assert!(submission.claims().count() > 0);
            let mut out = Writer::new(Vec::new(), WriteOptions::default());
            submission.write(&mut out).unwrap();
            proptest::prop_assert!(out.into_inner() == set.as_bytes());
        }
    }
}
