//! The 835 index against the typed model: on every set, the index finds the same loops, types
//! them to the same values and refuses what the model refuses.

use x12_claims::envelope::{Document, TransactionSet};
use x12_claims::remit835::{Remit835Error, Remittance, RemittanceIndex};
use x12_claims::validate::{Diagnostic, Rule, balance835, elements835, set835, structure835};

use crate::fixtures::name;
use crate::generate::generate_835;
use crate::remit835::{corpus_835, from_isa};

/// Every loop typed through the index, in document order; the first error stops.
fn typed_through(index: &RemittanceIndex<'_>, eager: &Remittance<'_>) -> Result<(), Remit835Error> {
    assert_eq!(index.header()?, eager.header);
    assert_eq!(index.financial()?, eager.header.financial);
    assert_eq!(index.payer()?, eager.payer);
    assert_eq!(index.payee()?, eager.payee);
    assert_eq!(index.header_number_count(), eager.header_numbers.len());
    let mut claims = index.claim_payments();
    for (n, group) in eager.header_numbers.iter().enumerate() {
        let own = index.header_number(n + 1).expect("the loop is there")?;
        assert_eq!(own.number, group.number);
        assert_eq!(own.provider_summary, group.provider_summary);
        assert_eq!(
            own.provider_supplemental_summary,
            group.provider_supplemental_summary
        );
        assert_eq!(own.unknown, group.unknown);
        assert!(own.claim_payments.is_empty());
        for claim in &group.claim_payments {
            let found = claims.next().expect("as many claims");
            assert_eq!(found.to_claim_payment()?, *claim);
            assert_eq!(found.clp()?, claim.claim);
            let adjustments: Vec<_> = found.adjustments().collect::<Result<_, _>>()?;
            assert_eq!(adjustments, claim.adjustments);
            let lines: Vec<_> = found.service_payments().collect();
            assert_eq!(lines.len(), claim.service_payments.len());
            for (line, eager_line) in lines.iter().zip(&claim.service_payments) {
                assert_eq!(line.svc()?, eager_line.service);
                assert_eq!(line.to_service_payment()?, *eager_line);
                let cas: Vec<_> = line.adjustments().collect::<Result<_, _>>()?;
                assert_eq!(cas, eager_line.adjustments);
            }
        }
    }
    assert!(claims.next().is_none(), "no more claims than the model");
    let plb: Vec<_> = index.provider_adjustments().collect::<Result<_, _>>()?;
    assert_eq!(plb, eager.provider_adjustments);
    Ok(())
}

/// The first error met typing every loop through the index, in document order.
fn first_typed_error(index: &RemittanceIndex<'_>) -> Option<Remit835Error> {
    let mut results = vec![
        index.header().err(),
        index.payer().err(),
        index.payee().err(),
    ];
    for n in 1..=index.header_number_count() {
        results.push(index.header_number(n).and_then(Result::err));
        let prefix = format!("2000[{n}]/");
        for claim in index.claim_payments() {
            if claim.path().to_string().starts_with(&prefix) {
                results.push(claim.to_claim_payment().err());
            }
        }
    }
    results.extend(index.provider_adjustments().map(Result::err));
    results.into_iter().flatten().next()
}

/// What checking a set the plain way gives: parse it, then balance it and check its structure
/// and its elements.
fn plain_checks(set: &TransactionSet<'_>) -> Result<Vec<Diagnostic>, String> {
    let remittance = Remittance::parse(set).map_err(|e| e.to_string())?;
    let mut found = balance835::check(&remittance);
    found.extend(structure835::check(&remittance));
    found.extend(elements835::check(set));
    Ok(found)
}

/// Holds the index to the typed model on one set, and the one-pass checks to the plain ones.
pub fn agrees(set: &TransactionSet<'_>) {
    let checked = set835::check(set).map_err(|e| e.to_string());
    assert_eq!(
        checked,
        plain_checks(set),
        "checking in one pass finds what parsing and checking the remittance finds"
    );
    // Going on past reading's error refuses with the same error, and finds the same in a set
    // that reads; reading's errors are not said again.
    let readable = set835::check_readable(set);
    assert_eq!(
        readable.refused.as_ref().map(ToString::to_string),
        checked.clone().err()
    );
    match &checked {
        Ok(findings) => assert_eq!(&readable.findings, findings, "what reads is the whole set"),
        Err(_) => assert!(readable.findings.iter().all(|d| d.rule != Rule::Unreadable)),
    }
    let eager = Remittance::parse(set);
    let index = RemittanceIndex::parse(set);
    let in_one_pass = balance835::index_and_check(set);
    match (&index, &in_one_pass) {
        (Ok(index), Ok((built, findings))) => {
            assert_eq!(built.claim_payment_count(), index.claim_payment_count());
            assert_eq!(
                *findings,
                balance835::check_index(index),
                "balancing while indexing finds what balancing over the index finds"
            );
        }
        (Err(e), Err(o)) => assert_eq!(e.to_string(), o.to_string()),
        _ => panic!("indexing refused a set that indexing while balancing did not, or back"),
    }
    match (&eager, &index) {
        (Ok(eager), Ok(index)) => {
            typed_through(index, eager).expect("what the model reads, the index types");
            assert!(index.errors().is_empty());
            assert_eq!(
                balance835::check_index(index),
                balance835::check(eager),
                "balancing over the index finds what it finds over the model"
            );
        }
        (Err(e), Err(i)) => {
            // A structural error is the same; where the model first met an element it could
            // not type, the index (which types nothing) may stop at a later structural one.
            if !matches!(e, Remit835Error::Segment { .. }) {
                assert_eq!(e.to_string(), i.to_string());
            }
        }
        (Err(e), Ok(index)) => {
            assert!(
                matches!(e, Remit835Error::Segment { .. }),
                "the index accepted a structure the model refused: {e}"
            );
            let found = first_typed_error(index).expect("typing through the index fails too");
            assert_eq!(found.to_string(), e.to_string());
            let errors = index.errors();
            assert_eq!(errors.first().map(ToString::to_string), Some(e.to_string()));
        }
        (Ok(_), Err(i)) => panic!("the index refused a set the model reads: {i}"),
    }
    crate::reading::reported_whole(
        eager.as_ref().err(),
        |first| set835::other_reading_errors(set, first),
        Remit835Error::location,
    );
}

fn agrees_on_file(input: &[u8]) -> usize {
    let Ok(doc) = Document::parse_unchecked(from_isa(input)) else {
        return 0;
    };
    doc.transaction_sets().map(agrees).count()
}

/// Checking a whole input in the envelope's pass gives each set what checking it alone gives.
fn checks_in_one_pass_as_set_by_set(input: &[u8]) -> usize {
    let Ok(read) = set835::check_document_with(input, |set, checked| {
        let alone = set835::check_indexed(set);
        let show = |c: &set835::Checked<'_>| match c {
            Ok((index, findings)) => Ok((index.claim_payment_count(), findings.clone())),
            Err(e) => Err(e.to_string()),
        };
        assert_eq!(
            show(&checked),
            show(&alone),
            "set {}",
            set.header().control_number
        );
        if let Ok((_, findings)) = &checked {
            assert_eq!(
                Ok(findings.clone()),
                set835::check(set).map_err(|e| e.to_string())
            );
        }
    }) else {
        return 0;
    };
    read.outputs().len()
}

#[test]
fn checking_in_the_envelopes_pass_agrees_with_checking_each_set() {
    let mut sets = 0;
    for path in corpus_835() {
        sets += checks_in_one_pass_as_set_by_set(from_isa(&std::fs::read(&path).unwrap()));
    }
    if crate::fixtures::shared().is_some() {
        assert!(sets > 20, "the corpus holds many sets, read {sets}");
    }
    assert!(checks_in_one_pass_as_set_by_set(&generate_835(300_000)) > 10);
}

#[test]
fn the_index_agrees_with_the_model_on_every_835_of_the_corpus() {
    let mut sets = 0;
    for path in corpus_835() {
        sets += agrees_on_file(&std::fs::read(&path).unwrap());
    }
    if crate::fixtures::shared().is_some() {
        assert!(sets > 20, "the corpus holds many sets, read {sets}");
    }
}

#[test]
fn the_index_agrees_with_the_model_on_generated_remittances() {
    assert!(agrees_on_file(&generate_835(300_000)) > 10);
}

#[test]
fn loops_are_found_with_their_paths_and_places() {
    let text = crate::remit835::wrap(
        "LX*1~CLP*A*1*100*80**12*ICN1~NM1*QC*1*DOE~SVC*HC:99213*100*80~CAS*CO*45*20~\
         LX*2~TS3*1234567893*11*20241231*1*50~CLP*B*1*50*50**12*ICN2~NM1*QC*1*ROE~\
         CLP*C*4*30*0**12*ICN3~CAS*CO*16*30~NM1*QC*1*POE~",
    );
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let index = RemittanceIndex::parse(set).unwrap();
    let paths: Vec<_> = index
        .claim_payments()
        .map(|c| c.path().to_string())
        .collect();
    assert_eq!(
        paths,
        ["2000[1]/2100[1]", "2000[2]/2100[1]", "2000[2]/2100[2]"]
    );
    assert_eq!(index.header_number_count(), 2);
    let second = index.header_number(2).unwrap().unwrap();
    assert!(second.provider_summary.is_some());
    assert!(index.header_number(3).is_none() && index.header_number(0).is_none());
    let last = index.claim_payments().last().unwrap();
    let clp = last.clp().unwrap();
    // ISA, GS, the ten segments from ST to the payee's REF and nine of the body come first.
    assert_eq!(clp.location().segment, 22);
    assert_eq!(
        &text.as_bytes()[clp.location().offset as usize..][..5],
        b"CLP*C"
    );
    let lines: Vec<_> = index
        .claim_payments()
        .next()
        .unwrap()
        .service_payments()
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].path().to_string(), "2000[1]/2100[1]/2110[1]");
    assert_eq!(lines[0].svc().unwrap().charge().as_str(), "100");
}

#[test]
fn structure_is_refused_as_the_model_refuses_it() {
    for (body, message) in [
        (
            "CLP*A*1*100*80**12*ICN1~NM1*QC*1*DOE~",
            "CLP cannot start a loop here",
        ),
        ("LX*1~SVC*HC:99213*100*80~", "SVC cannot start a loop here"),
        ("LX*1~CLP*A*1*100*80**12*ICN1~NM1*IL*1*DOE~", "NM1*QC"),
        // NM1*QC after a REF is out of guide order, so the claim has no patient name.
        (
            "LX*1~CLP*A*1*100*80**12*ICN1~REF*1K*X~NM1*QC*1*DOE~",
            "NM1*QC",
        ),
    ] {
        let text = crate::remit835::wrap(body);
        let doc = Document::parse(text.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        agrees(set);
        let error = RemittanceIndex::parse(set).unwrap_err().to_string();
        assert!(error.contains(message), "{body}: {error}");
    }
    let text = crate::remit835::wrap("").replace("ST*835", "ST*837");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let error = RemittanceIndex::parse(doc.transaction_sets().next().unwrap()).unwrap_err();
    assert!(
        matches!(error, Remit835Error::NotRemittance { .. }),
        "{error}"
    );
}

#[test]
fn elements_are_checked_when_a_loop_is_typed() {
    // DTM02 20241399 is not a date: the model refuses the set, the index finds its loops and
    // gives the same error when the claim is typed.
    let text = crate::remit835::wrap(
        "LX*1~CLP*A*1*100*90**12*ICN1~CAS*CO*45*10~NM1*QC*1*DOE~DTM*232*20241399~",
    );
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let model = Remittance::parse(set).unwrap_err().to_string();
    assert!(model.contains("DTM02"), "{model}");
    let index = RemittanceIndex::parse(set).unwrap();
    let claim = index.claim_payments().next().unwrap();
    assert_eq!(claim.to_claim_payment().unwrap_err().to_string(), model);
    assert_eq!(claim.clp().unwrap().payment().as_str(), "90");
    // Balancing reads only the amounts, which add up.
    assert_eq!(balance835::check_index(&index), []);
}

/// The rule, loop and element of each finding.
fn rules_paths_elements(found: &[Diagnostic]) -> Vec<(&'static str, String, Option<u16>)> {
    (found.iter())
        .map(|d| {
            let element = d.location.element.map(|e| e.element);
            (d.rule.id(), d.path.to_string(), element)
        })
        .collect()
}

#[test]
fn an_amount_that_is_not_a_number_is_reported_and_its_rules_skipped() {
    let text = crate::remit835::wrap(
        "LX*1~CLP*A*1*100*80**12*ICN1~NM1*QC*1*DOE~SVC*HC:99213*100*80~CAS*CO*45*2O~",
    );
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    assert!(
        Remittance::parse(set).is_err(),
        "the model refuses CAS03 2O"
    );
    let index = RemittanceIndex::parse(set).unwrap();
    let found = balance835::check_index(&index);
    let summary = rules_paths_elements(&found);
    // The line and claim rules that need CAS03 are skipped; BPR02 (90) against CLP04 (80)
    // is still checked.
    assert_eq!(
        summary,
        [
            ("835-B7", "2000[1]/2100[1]/2110[1]".to_owned(), Some(3)),
            ("835-B5", "header".to_owned(), Some(2)),
        ]
    );
    assert!(
        found[0].to_string().contains("not a number"),
        "{}",
        found[0]
    );

    // CLP04 unreadable: the payment total cannot be checked either.
    let text = crate::remit835::wrap("LX*1~CLP*A*1*100*8O**12*ICN1~NM1*QC*1*DOE~");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let index = RemittanceIndex::parse(doc.transaction_sets().next().unwrap()).unwrap();
    let rules: Vec<_> = balance835::check_index(&index)
        .iter()
        .map(|d| d.rule.id())
        .collect();
    assert_eq!(rules, ["835-B7"]);
}

#[test]
fn an_amount_left_out_is_reported_and_its_rules_skipped() {
    // Balanced as sent: BPR02 60 = CLP04; CLP03 180 − 20 − 70 − 30 = 60; SVC02 180 − 70 − 30
    // = SVC03 80; 80 − 20 = 60.
    let body = "LX*1~CLP*PCN1*1*180*60*30*12*ICN1~CAS*CO*45*20~NM1*QC*1*DOE*JANE~\
                SVC*HC:90837*180*80~CAS*CO*45*70~CAS*PR*3*30~";
    let balanced = crate::remit835::wrap(body).replacen("BPR*I*90*", "BPR*I*60*", 1);
    let doc = Document::parse(balanced.as_bytes()).unwrap();
    assert_eq!(
        balance835::check_index(
            &RemittanceIndex::parse(doc.transaction_sets().next().unwrap()).unwrap()
        ),
        []
    );
    // Each required amount left out in turn, with its loop and element. Counted as zero, each
    // would have broken two or three rules with amounts never sent. Where the claim payment
    // (CLP04) is still read, the payment total is still checked, and holds.
    let cases = [
        (
            "CLP*PCN1*1*180*60*",
            "CLP*PCN1*1*180**",
            "2000[1]/2100[1]",
            4,
        ),
        ("CLP*PCN1*1*180*", "CLP*PCN1*1**", "2000[1]/2100[1]", 3),
        (
            "SVC*HC:90837*180*80",
            "SVC*HC:90837*180*",
            "2000[1]/2100[1]/2110[1]",
            3,
        ),
        ("CAS*CO*45*70", "CAS*CO*45*", "2000[1]/2100[1]/2110[1]", 3),
        ("CAS*CO*45*20", "CAS*CO*45*", "2000[1]/2100[1]", 3),
    ];
    for (sent, left_out, path, element) in cases {
        assert_eq!(balanced.matches(sent).count(), 1, "{sent}");
        let text = balanced.replacen(sent, left_out, 1);
        let doc = Document::parse(text.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        agrees(set);
        // Reading names the amount left out; nothing else is wrong.
        let readable = set835::check_readable(set);
        let refused = readable.refused.expect("the model requires the amount");
        assert!(refused.to_string().contains("is missing"), "{refused}");
        assert_eq!(readable.findings, [], "{left_out}");
        // Over the index, which does not type the set: the place, and the rules skipped.
        let index = RemittanceIndex::parse(set).unwrap();
        let found = balance835::check_index(&index);
        assert_eq!(
            rules_paths_elements(&found),
            [("835-B7", path.to_owned(), Some(element))],
            "{left_out}"
        );
        assert_eq!(
            found[0].message,
            "the amount is missing; the balancing rules that need it were skipped"
        );
    }
}

mod corrupted {
    //! One byte of a valid remittance changed anywhere: the one-pass checks still refuse, or
    //! find, exactly what parsing and checking the remittance does.

    use proptest::prelude::*;

    use super::*;

    /// A remittance with every loop and most segment kinds.
    fn base() -> String {
        crate::remit835::wrap(
            "LX*1~TS3*1234567893*11*20241231*1*180~CLP*PCN1*1*180*90*30*12*ICN1*11*1~\
             CAS*OA*23*0~NM1*QC*1*DOE*JANE****MI*M1~NM1*IL*1*DOE*JOHN~MOA***MA01~REF*EA*X1~\
             DTM*232*20240301~AMT*AU*150~SVC*HC:90837:95*180*90**1~DTM*472*20240301~\
             CAS*CO*45*60~CAS*PR*3*30~REF*6R*L1~AMT*B6*120~LQ*HE*N290~\
             PLB*1234567893*20241231*L6:X1*0~",
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        #[test]
        fn one_pass_checks_agree_with_the_plain_ones(
            at in any::<prop::sample::Index>(),
            byte in prop::sample::select(vec![
                b'X', b'9', b'0', b'.', b'-', b' ', b'*', b':', b'^', b'~', 0xff, b'Q',
            ]),
        ) {
            let mut bytes = base().into_bytes();
            // Past the ISA, whose fixed width and delimiters are another layer's concern.
            let i = 106 + at.index(bytes.len() - 106);
            bytes[i] = byte;
            if let Ok(doc) = Document::parse_unchecked(&bytes) {
                for set in doc.transaction_sets() {
                    prop_assert_eq!(
                        set835::check(set).map_err(|e| e.to_string()),
                        plain_checks(set)
                    );
                }
            }
            checks_in_one_pass_as_set_by_set(&bytes);
        }
    }
}

/// What the guide's rules for each loop and for the payment (`835-S8` to `835-S13`) find in
/// the corpus, checked by hand against the files: lfh's Medicare Part A example sends TS309 and
/// TS311 (amounts the 5010 guide no longer uses) in both of its provider summaries, and five
/// files of one origin name their payer 1234567890 in BPR10 but 1000000000 in TRN03, in every
/// set (a warning).
#[test]
fn guide_rules_on_the_corpus() {
    let (mut found, mut payer_ids) = (Vec::new(), std::collections::BTreeMap::new());
    for path in corpus_835() {
        let input = std::fs::read(&path).unwrap();
        let Ok(doc) = Document::parse(from_isa(&input)) else {
            continue;
        };
        for set in doc.transaction_sets() {
            for d in set835::check(set).into_iter().flatten() {
                let id = d.rule.id();
                if id == "835-S13" {
                    assert!(
                        d.message
                            .contains("\"1234567890\" in BPR10 and \"1000000000\"")
                    );
                    *payer_ids.entry(name(&path)).or_insert(0) += 1;
                } else if ["835-S8", "835-S9", "835-S10", "835-S11", "835-S12"].contains(&id) {
                    found.push(format!("{}: {} {}", name(&path), d.path, d.location));
                }
            }
        }
    }
    if crate::fixtures::shared().is_none() {
        return;
    }
    let lfh = |at: &str| format!("lfh-x12_medicare-part-a.835: {at}");
    assert_eq!(
        found,
        [
            lfh("2000[1] segment 13 TS309 (byte 454)"),
            lfh("2000[1] segment 13 TS311 (byte 454)"),
            lfh("2000[2] segment 23 TS309 (byte 751)"),
            lfh("2000[2] segment 23 TS311 (byte 751)"),
        ]
    );
    let payer_ids: Vec<(String, usize)> = payer_ids.into_iter().collect();
    let expected = [
        ("edi835parser_emedny_sample.txt", 1),
        ("tastypackets_multi-line-not-delimited.edi", 1),
        ("tastypackets_oneLine-2-ISA.edi", 2),
        ("tastypackets_profee-multiple.edi", 156),
        ("tastypackets_profee.edi", 1),
    ];
    let expected: Vec<(String, usize)> = expected.iter().map(|&(f, n)| (f.to_owned(), n)).collect();
    assert_eq!(payer_ids, expected);
}

/// Element `element` of the segment at `at` in `segments` made `change(value)`, a value as long
/// as the one it replaces: every place in the file stays the same.
fn change_element(segments: &mut [String], at: usize, element: usize, change: fn(&str) -> String) {
    let segment = &segments[at];
    let body = segment.trim_end().trim_end_matches('~');
    let mut elements: Vec<String> = body.split('*').map(str::to_owned).collect();
    let changed = change(&elements[element]);
    assert_eq!(changed.len(), elements[element].len(), "{segment}");
    elements[element] = changed;
    let end = &segment[body.len()..];
    segments[at] = elements.join("*") + end;
}

/// Where the segments of `id` are in `segments`, in order.
fn places_of(segments: &[String], id: &str) -> Vec<usize> {
    let id = format!("{id}*");
    (0..segments.len())
        .filter(|&i| segments[i].trim_start().starts_with(&id))
        .collect()
}

#[test]
fn the_rules_check_the_loops_of_a_remittance_that_read() {
    let generated = String::from_utf8(generate_835(40_000)).unwrap();
    let mut segments: Vec<String> = generated.split_inclusive('~').map(str::to_owned).collect();
    let (clp, svc) = (places_of(&segments, "CLP"), places_of(&segments, "SVC"));
    // The third claim payment's first line is paid a cent more or less than its adjustments
    // allow (835-B1; its lines no longer add up to the claim's payment, 835-B3); the fourth
    // claim payment has a status the guide does not list (835-S8).
    let line = svc.iter().copied().find(|&at| at > clp[2]).unwrap();
    change_element(&mut segments, line, 3, |paid| {
        let last = paid.chars().last().unwrap();
        let other = if last == '9' { '8' } else { '9' };
        format!("{}{other}", &paid[..paid.len() - 1])
    });
    change_element(&mut segments, clp[3], 2, |status| "Z".repeat(status.len()));
    let fixed = segments.concat();
    // The first claim payment's payment is not a number, and a line date of the second is
    // 31 February: neither reads.
    change_element(&mut segments, clp[0], 4, |paid| paid.replacen('.', "O", 1));
    let date = places_of(&segments, "DTM")
        .into_iter()
        .find(|&at| at > clp[1] && segments[at].contains("DTM*472*"))
        .unwrap();
    change_element(&mut segments, date, 2, |date| format!("{}0231", &date[..4]));
    let broken = segments.concat();

    let doc = Document::parse(fixed.as_bytes()).unwrap();
    let expected = set835::check(doc.transaction_sets().next().unwrap()).unwrap();
    let rules: Vec<Rule> = expected.iter().map(|d| d.rule).collect();
    assert_eq!(
        rules,
        [Rule::LineBalance, Rule::ClaimLines, Rule::RemitElementCode],
        "{expected:?}"
    );
    let doc = Document::parse(broken.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    agrees(set);
    let first = set835::check(set).unwrap_err();
    assert_eq!(set835::other_reading_errors(set, &first).len(), 1);
    // The claim payments that do not read balanced in the fixed file, and so did the payment
    // total, which needs the payment that does not read: the rest finds what it finds there.
    assert_eq!(set835::check_readable(set).findings, expected);
}
