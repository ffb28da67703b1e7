//! The one-pass readers (`parse_document`, `index_and_check_document`) against the two passes
//! they replace, the envelope's and each set reader's: on every input, the same document (or
//! the same envelope error) and, for every set, the same index (or the same error).

use std::fmt::Debug;

use proptest::prelude::*;
use proptest::sample::Index;
use x12_claims::claim837p::{Submission, SubmissionIndex};
use x12_claims::envelope::{Document, EnvelopeError, ReadDocument, TransactionSet};
use x12_claims::remit835::{Remittance, RemittanceIndex};
use x12_claims::validate::balance835;

use crate::fixtures;
use crate::generate::{generate_835, generate_837p};
use crate::properties::{mutate, mutation, samples};

/// Sets read, and how many of them the reader accepted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Count {
    sets: usize,
    accepted: usize,
}

/// Holds one one-pass read of `input` to `Document::parse` followed by `each` on every set.
/// Compared through `Debug`, which shows every field: spans, segments, errors and their places.
fn same<'a, T: Debug, E: Debug>(
    input: &'a [u8],
    one_pass: Result<ReadDocument<'a, Result<T, E>>, EnvelopeError>,
    each: impl Fn(&TransactionSet<'a>) -> Result<T, E>,
) -> Count {
    match (Document::parse(input), one_pass) {
        (Ok(doc), Ok(read)) => {
            assert_eq!(format!("{doc:?}"), format!("{:?}", read.document()));
            let expected: Vec<_> = doc.transaction_sets().map(each).collect();
            assert_eq!(format!("{expected:?}"), format!("{:?}", read.outputs()));
            assert_eq!(read.sets().count(), expected.len());
            Count {
                sets: expected.len(),
                accepted: expected.iter().filter(|r| r.is_ok()).count(),
            }
        }
        (Err(two), Err(one)) => {
            assert_eq!(format!("{two:?}"), format!("{one:?}"));
            Count::default()
        }
        (two, one) => panic!(
            "the envelope read {:?} in two passes but {:?} in one",
            two.map(|_| ()),
            one.map(|_| ())
        ),
    }
}

/// The one-pass readers against their two passes, on one input: counts for the 837P index,
/// the 835 index, the balanced 835 index, the 837P loop tree and the 835 loop tree.
fn agrees(input: &[u8]) -> [Count; 5] {
    [
        same(
            input,
            SubmissionIndex::parse_document(input),
            SubmissionIndex::parse,
        ),
        same(
            input,
            RemittanceIndex::parse_document(input),
            RemittanceIndex::parse,
        ),
        same(
            input,
            balance835::index_and_check_document(input),
            balance835::index_and_check,
        ),
        same(input, Submission::parse_document(input), Submission::parse),
        same(input, Remittance::parse_document(input), Remittance::parse),
    ]
}

fn add(total: &mut [Count; 5], more: [Count; 5]) {
    for (t, m) in total.iter_mut().zip(more) {
        t.sets += m.sets;
        t.accepted += m.accepted;
    }
}

#[test]
fn one_pass_reads_every_file_of_the_corpus_as_two_passes_do() {
    let mut total = [Count::default(); 5];
    for path in fixtures::all_shared_samples()
        .into_iter()
        .chain(fixtures::shared_files("fixtures/public/other"))
        .chain(fixtures::own_files())
    {
        add(&mut total, agrees(&std::fs::read(&path).unwrap()));
    }
    // Our own fixtures alone hold accepted 837P and 835 sets and sets each reader refuses.
    for count in total {
        assert!(
            count.accepted > 0 && count.accepted < count.sets,
            "{total:?}"
        );
    }
}

#[test]
fn one_pass_reads_generated_files_as_two_passes_do() {
    let [claims, _, _, submissions, _] = agrees(&generate_837p(400_000));
    assert!(claims.accepted > 10 && claims.accepted == claims.sets);
    assert_eq!(submissions, claims);
    let [_, remits, balanced, _, remittances] = agrees(&generate_835(400_000));
    assert!(remits.accepted > 10 && remits.accepted == remits.sets);
    assert_eq!(balanced, remits);
    assert_eq!(remittances, remits);
}

const ISA: &str = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *240405*0800*^*00501*000000501*0*P*:~\n";

/// An interchange of one group holding these sets, each given as its segments between ST and
/// SE (SE01 counts them).
fn interchange(kind: &str, bodies: &[&str]) -> String {
    let (functional, version, id) = match kind {
        "837" => ("HC", "005010X222A1", "837"),
        _ => ("HP", "005010X221A1", "835"),
    };
    let mut text = format!("{ISA}GS*{functional}*A*B*20240405*0800*501*X*{version}~\n");
    for (n, body) in bodies.iter().enumerate() {
        let count = body.matches('~').count() + 2;
        text.push_str(&format!(
            "ST*{id}*{n:04}*{version}~\n{body}SE*{count}*{n:04}~\n"
        ));
    }
    text.push_str(&format!("GE*{}*501~\nIEA*1*000000501~\n", bodies.len()));
    text
}

const CLAIM: &str = "BHT*0019*00*B1*20240315*1200*CH~\nNM1*41*2*CLINIC*****46*C1~\nNM1*40*2*CH*****46*CHX~\nHL*1**20*1~\nNM1*85*2*CLINIC*****XX*1234567893~\nHL*2*1*22*0~\nSBR*P*18*******CI~\nNM1*IL*1*DOE*JOHN****MI*M1~\nNM1*PR*2*ACME*****PI*P1~\nCLM*A*100***11:B:1*Y*A*Y*Y~\n";

const REMIT: &str = "BPR*I*90*C*CHK************20240405~\nTRN*1*CHK1*1234567890~\nN1*PR*ACME~\nN1*PE*CLINIC*XX*1234567893~\nLX*1~\nCLP*PCN1*1*180*90*30*12*ICN1~\nNM1*QC*1*DOE*JANE~\nSVC*HC:90837*180*90~\nCAS*CO*45*60~\nCAS*PR*3*30~\n";

#[test]
fn sets_the_readers_refuse_or_the_envelope_refuses_read_the_same_in_one_pass() {
    let good_837 = interchange("837", &[CLAIM]);
    let good_835 = interchange("835", &[REMIT]);
    let cases = [
        // Accepted, and one of them followed by a second set.
        good_837.clone(),
        good_835.clone(),
        interchange("837", &[CLAIM, CLAIM]),
        interchange("835", &[REMIT, REMIT]),
        // The reader refuses the set: an HL whose parent is missing, a claim without NM1*QC.
        interchange("837", &[&CLAIM.replace("HL*2*1*", "HL*2*9*")]),
        interchange("835", &[&REMIT.replace("NM1*QC", "NM1*QD")]),
        // SE01 miscounts: a trailer problem, which `parse` makes the error.
        good_837.replace("SE*12*", "SE*11*"),
        good_835.replace("SE*12*", "SE*13*"),
        // SE missing: the set runs into GE, the next ST, or the end of the input.
        good_837.replace("SE*12*0000~\n", ""),
        interchange("835", &[REMIT, REMIT]).replace("SE*12*0000~\n", ""),
        good_835[..good_835.find("SE*").unwrap()].to_owned(),
        // An envelope segment inside the body.
        good_837.replace("SBR*", "GS*HC*A~\nSBR*"),
        good_835.replace("LX*1~", "ISA*00*~\nLX*1~"),
        good_835.replace("LX*1~", "IEA*1*000000501~\nLX*1~"),
        // A body segment that cannot be framed, and a last segment without a terminator.
        good_837.replace("SBR*", "*SBR*"),
        good_835.replace("TRN*", "T~RN*"),
        good_835.trim_end_matches("IEA*1*000000501~\n").to_owned() + "IEA*1*000000501",
        // Sets the other reader must refuse, and a set that is neither.
        good_837.replace("005010X222A1~\n", "005010X223A2~\n"),
        good_835.replace("ST*835", "ST*277"),
    ];
    let mut accepted = [0; 5];
    for (n, case) in cases.iter().enumerate() {
        let counts = agrees(case.as_bytes());
        for (a, c) in accepted.iter_mut().zip(counts) {
            *a += c.accepted;
        }
        // The unchanged inputs are read (a guard on the cases themselves).
        if n < 4 {
            assert!(counts.iter().any(|c| c.accepted > 0), "case {n}: {case}");
        }
    }
    assert!(accepted.iter().all(|&a| a >= 3), "{accepted:?}");
}

#[test]
fn each_set_is_handed_over_in_order_with_what_parse_document_keeps() {
    let mut input = generate_837p(60_000);
    input.extend_from_slice(&generate_835(60_000));
    input.extend_from_slice(interchange("835", &[REMIT, REMIT]).as_bytes());
    let kept = SubmissionIndex::parse_document(&input).unwrap();
    let mut seen = Vec::new();
    let handed = SubmissionIndex::parse_document_with(&input, |set, index| {
        seen.push(set.location());
        format!("{index:?}")
    })
    .unwrap();
    let expected: Vec<_> = kept.outputs().iter().map(|i| format!("{i:?}")).collect();
    assert_eq!(handed.outputs(), expected);
    let places: Vec<_> = kept.sets().map(|(set, _)| set.location()).collect();
    assert_eq!(seen, places);
    assert!(places.len() > 4);

    let kept = RemittanceIndex::parse_document(&input).unwrap();
    let handed =
        RemittanceIndex::parse_document_with(&input, |_, index| format!("{index:?}")).unwrap();
    let expected: Vec<_> = kept.outputs().iter().map(|i| format!("{i:?}")).collect();
    assert_eq!(handed.outputs(), expected);

    let kept = balance835::index_and_check_document(&input).unwrap();
    let handed =
        balance835::index_and_check_document_with(&input, |_, checked| format!("{checked:?}"))
            .unwrap();
    let expected: Vec<_> = kept.outputs().iter().map(|c| format!("{c:?}")).collect();
    assert_eq!(handed.outputs(), expected);

    let kept = Submission::parse_document(&input).unwrap();
    let handed = Submission::parse_document_with(&input, |_, tree| format!("{tree:?}")).unwrap();
    let expected: Vec<_> = kept.outputs().iter().map(|t| format!("{t:?}")).collect();
    assert_eq!(handed.outputs(), expected);

    let kept = Remittance::parse_document(&input).unwrap();
    let handed = Remittance::parse_document_with(&input, |_, tree| format!("{tree:?}")).unwrap();
    let expected: Vec<_> = kept.outputs().iter().map(|t| format!("{t:?}")).collect();
    assert_eq!(handed.outputs(), expected);
    assert!(kept.outputs().iter().filter(|c| c.is_ok()).count() > 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn mutated_samples_read_the_same_in_one_pass(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let samples = samples();
        prop_assume!(!samples.is_empty());
        agrees(&mutate(which.get(samples).clone(), &mutations));
    }
}
