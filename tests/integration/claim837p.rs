//! The 837P loop tree over the public corpus and our own files: G2 (parse → write gives the
//! set's bytes back), field values of specific fixtures, and refusal of sets that are not 837P.

use std::path::{Path, PathBuf};

use x12_claims::claim837p::{Claim837Error, PartyRole, Submission};
use x12_claims::envelope::{Document, TransactionSet};
use x12_claims::syntax::{WriteOptions, Writer};

use crate::fixtures;

/// Writes a set through its loop tree.
fn rewrite(set: &TransactionSet<'_>) -> Result<Vec<u8>, String> {
    let submission = Submission::parse(set).map_err(|e| e.to_string())?;
    let mut out = Writer::new(
        Vec::new(),
        WriteOptions::default().with_delimiters(set.delimiters()),
    );
    submission.write(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// Every 5010 837P file: the public corpus and the spec examples.
pub fn files_837p() -> Vec<PathBuf> {
    let mut files = fixtures::shared_files("fixtures/public/837p");
    files.extend(
        fixtures::shared_files("spec/examples")
            .into_iter()
            .filter(|p| fixtures::name(p).ends_with(".837p.x12")),
    );
    files
}

/// G2 for one file: `Ok(sets)` when every set round-trips, `Err(reason)` otherwise. Trailer
/// counts are not checked here (several public samples carry wrong SE01 counts); the envelope
/// tests hold those.
fn g2(path: &Path) -> Result<usize, String> {
    let input = std::fs::read(path).unwrap();
    let doc = Document::parse_unchecked(&input).map_err(|e| format!("envelope: {e}"))?;
    let mut sets = 0;
    for set in doc.transaction_sets() {
        let written = rewrite(set)?;
        if written != set.as_bytes() {
            let at = written
                .iter()
                .zip(set.as_bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(written.len().min(set.as_bytes().len()));
            return Err(format!("written bytes differ from byte {at} of the set"));
        }
        sets += 1;
    }
    Ok(sets)
}

/// The files that cannot be held to G2, with what stops them. Each is a defect of the file
/// (a segment that does not fit the 837P, or segments out of guide order), not of the reader.
const G2_EXCEPTIONS: &[(&str, &str)] = &[
    // HI*BK*8901*BF*87200*BF:5559: qualifier and code as separate elements.
    (
        "imsweb_x12_complex.txt",
        "2000B[1]/2300[1] HI01-2 at segment 28 (byte 882): required industry code is missing",
    ),
    (
        "imsweb_x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    (
        "imsweb_x12_many_claims.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    (
        "imsweb_x12_multiple_gs.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    (
        "imsweb_x12_multiple_isa.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    // The file starts at GS: there is no interchange to read.
    (
        "imsweb_x12_no_isa_line.txt",
        "envelope: byte 0: expected an interchange header \"ISA\", found \"GS*HC*SENDER CODE*RE...\"",
    ),
    (
        "imsweb_x12_segments_out_of_order.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    (
        "imsweb_x12_valid.txt",
        "2000B[1]/2300[1] HI01-2 at segment 23 (byte 784): required industry code is missing",
    ),
    // CLM05 is `41::1`: the facility code qualifier (B) is left out.
    (
        "lfh-x12_demo.ambulance.example5.837",
        "2000B[1]/2300[1] CLM05-2 at segment 23 (byte 717): required facility code qualifier is missing",
    ),
    // BHT05 is 9999, not a time of day.
    (
        "oopfactory_MissingEntityCode.txt",
        "header BHT05 at segment 4 (byte 210): transaction set creation time: time \"9999\" is not a time of day (hours 00-23, minutes and seconds 00-59)",
    ),
    // AMT*F5 follows HI in 2300; the guide puts AMT before REF and HI, and the claim is written
    // in guide order.
    (
        "oopfactory_ProfessionalClaim1.txt",
        "written bytes differ from byte 987 of the set",
    ),
];

#[test]
fn g2_holds_for_every_837p_in_guide_order() {
    let files = files_837p();
    if files.is_empty() {
        return;
    }
    let mut held = Vec::new();
    let mut failed = Vec::new();
    for path in &files {
        let name = fixtures::name(path);
        match g2(path) {
            Ok(sets) => {
                assert!(sets > 0, "{name}: no transaction set");
                held.push(name);
            }
            Err(reason) => failed.push((name, reason)),
        }
    }
    let expected: Vec<(String, String)> = G2_EXCEPTIONS
        .iter()
        .map(|(n, r)| ((*n).to_owned(), (*r).to_owned()))
        .collect();
    assert_eq!(failed, expected, "G2 exceptions changed");
    assert_eq!(held.len(), files.len() - G2_EXCEPTIONS.len());
    assert_eq!(held.len(), 16, "held: {held:?}");
}

#[test]
fn g2_holds_for_our_own_837p() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/telehealth.837p.x12");
    assert_eq!(g2(&path), Ok(1));
}

/// The submissions of one shared file, owning their bytes.
pub fn submissions(folder: &str, file: &str) -> Option<Vec<Submission<'static>>> {
    let root = fixtures::shared()?;
    let input = std::fs::read(root.join(folder).join(file)).unwrap();
    let doc = Document::parse_unchecked(&input).unwrap();
    Some(
        doc.transaction_sets()
            .map(|set| Submission::parse(set).unwrap().into_owned())
            .collect(),
    )
}

#[test]
fn replacement_claim_under_a_patient_level() {
    let Some(subs) = submissions("spec/examples", "replacement-2000c.837p.x12") else {
        return;
    };
    let claims: Vec<_> = subs[0].claims().collect();
    assert_eq!(claims.len(), 1);
    let c = &claims[0];
    let clm = c.claim().info();
    assert_eq!(clm.patient_control_number(), "PCN20240402B");
    assert_eq!(clm.total_charge().as_str(), "300");
    assert_eq!(clm.place_of_service().as_str(), "11");
    assert_eq!(clm.frequency().as_str(), "7");
    assert_eq!(c.claim().reference("F8"), Some("ACME24099000456"));
    assert_eq!(
        c.claim().diagnoses().map(|d| d.code).collect::<Vec<_>>(),
        ["F902", "F411"]
    );
    assert_eq!(
        c.billing_provider().name().and_then(|p| p.npi()),
        Some("1555444334")
    );
    assert!(c.billing_provider().pay_to_address().is_some());
    assert_eq!(
        c.subscriber().name().and_then(|p| p.nm1().id()),
        Some("W987654321")
    );
    assert_eq!(c.payer().and_then(|p| p.nm1().id()), Some("ACME01"));
    let patient = c.patient().unwrap();
    assert_eq!(
        patient
            .info()
            .and_then(|p| p.relationship())
            .map(|r| r.to_string()),
        Some("19".to_owned())
    );
    assert_eq!(
        c.patient_name().and_then(|p| p.nm1().first_name()),
        Some("LUIS")
    );
    assert!(c.claim().party(PartyRole::ServiceFacility).is_some());
    let lines = c.claim().lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].service().procedure_code(), "90834");
    assert_eq!(lines[0].service().charge().as_str(), "150");
    assert_eq!(
        lines[0].service().diagnosis_pointers().collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(lines[1].line_control_number(), Some("PCN20240402B-2"));
    assert_eq!(lines[1].service_date().map(|d| d.text()), Some("20240403"));
}

#[test]
fn medicare_secondary_claim_with_prior_payer_adjudication() {
    let Some(subs) = submissions(
        "fixtures/public/837p",
        "stupidedi_medicare-secondary-payer-COB.edi",
    ) else {
        return;
    };
    let c = subs[0].claims().next().unwrap();
    let claim = c.claim();
    assert_eq!(claim.info().patient_control_number(), "101KEN6055");
    assert_eq!(claim.info().total_charge().as_str(), "120");
    assert_eq!(
        c.billing_provider().name().and_then(|p| p.npi()),
        Some("0100000009")
    );
    assert_eq!(
        c.subscriber()
            .info()
            .map(|s| s.responsibility().to_string()),
        Some("S".to_owned())
    );
    assert_eq!(
        claim
            .party(PartyRole::RenderingProvider)
            .and_then(|p| p.npi()),
        Some("9090909090")
    );
    assert_eq!(
        claim
            .party(PartyRole::ReferringProvider)
            .and_then(|p| p.reference("1G")),
        Some("B01010")
    );
    let other = &claim.other_subscribers()[0];
    assert_eq!(other.subscriber_info().responsibility().as_str(), "P");
    assert_eq!(
        other
            .amounts()
            .iter()
            .map(|a| (a.qualifier().to_string(), a.amount().as_str().to_owned()))
            .collect::<Vec<_>>(),
        [
            ("D".to_owned(), "80".to_owned()),
            ("A8".to_owned(), "15".to_owned())
        ]
    );
    assert_eq!(
        other
            .party(PartyRole::OtherPayer)
            .and_then(|p| p.nm1().id()),
        Some("59999")
    );
    let line = &claim.lines()[0];
    assert_eq!(line.service().modifiers().collect::<Vec<_>>(), ["25"]);
    let adjudication = &line.adjudications()[0];
    assert_eq!(adjudication.service().payer_id(), "59999");
    assert_eq!(adjudication.service().paid().as_str(), "80");
    let adjustments: Vec<_> = adjudication
        .adjustments()
        .iter()
        .flat_map(|cas| cas.adjustments())
        .map(|a| {
            (
                a.group.to_string(),
                a.reason.to_string(),
                a.amount.as_str().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        adjustments,
        [
            ("CO".to_owned(), "42".to_owned(), "25".to_owned()),
            ("PR".to_owned(), "2".to_owned(), "15".to_owned())
        ]
    );
    assert_eq!(adjudication.dates()[0].text(), "20050128");
}

#[test]
fn claim_under_the_subscriber_with_a_date_range() {
    let Some(subs) = submissions("fixtures/public/837p", "uhin_837.edi") else {
        return;
    };
    let c = subs[0].claims().next().unwrap();
    assert!(c.patient().is_none());
    assert_eq!(
        c.patient_name().and_then(|p| p.nm1().last_name()),
        Some("MARQUARDT")
    );
    let clm = c.claim().info();
    assert_eq!(
        (clm.patient_control_number(), clm.total_charge().as_str()),
        ("1606", "2")
    );
    assert_eq!(
        c.claim().diagnoses().map(|d| d.code).collect::<Vec<_>>(),
        ["R69"]
    );
    assert_eq!(
        c.billing_provider().name().and_then(|p| p.npi()),
        Some("1245319599")
    );
    assert_eq!(c.payer().and_then(|p| p.nm1().id()), Some("FLHIN"));
    let date = c.claim().lines()[0].service_date().unwrap();
    assert_eq!(
        date.range()
            .map(|r| (r.start().to_string(), r.end().to_string())),
        Some(("2024-08-15".to_owned(), "2024-08-20".to_owned()))
    );
}

/// Every set of a file, read without trailer checks; files the envelope refuses are skipped.
fn refusals(folder: &str) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    for path in fixtures::shared_files(folder) {
        let input = std::fs::read(&path).unwrap();
        let Ok(doc) = Document::parse_unchecked(&input) else {
            continue;
        };
        for set in doc.transaction_sets() {
            let error = Submission::parse(set).unwrap_err();
            assert!(
                matches!(error, Claim837Error::NotProfessional { .. }),
                "{}: {error}",
                fixtures::name(&path)
            );
            seen.push((fixtures::name(&path), error.to_string()));
        }
    }
    seen
}

#[test]
fn other_transactions_and_versions_are_refused() {
    let seen = refusals("fixtures/public/other");
    if fixtures::shared().is_none() {
        return;
    }
    let find = |file: &str| {
        seen.iter()
            .find(|(name, _)| name == file)
            .map(|(_, message)| message.as_str())
    };
    assert_eq!(
        find("imsweb_x223-test.txt"),
        Some(
            "header ST03 at segment 3 (byte 171): 005010X223A2 is an institutional claim (837I); expected ST03 005010X222A1"
        )
    );
    assert_eq!(
        find("oopfactory_837P_4010_837_DeIdent_03.dat"),
        Some(
            "header ST03 at segment 3 (byte 170): no implementation reference (version 4010 sets have none); expected ST03 005010X222A1"
        )
    );
    assert!(
        find("bbritten_999_example-01.edi")
            .is_some_and(|m| m.ends_with("transaction set 999 is not a claim; expected ST01 837")),
        "{seen:?}"
    );
    assert!(seen.len() >= 10, "{seen:?}");
}

#[test]
fn remittances_are_refused() {
    let seen = refusals("fixtures/public/835");
    for (name, message) in &seen {
        assert!(
            message.ends_with("transaction set 835 is not a claim; expected ST01 837"),
            "{name}: {message}"
        );
    }
    if fixtures::shared().is_some() {
        assert!(seen.len() >= 15, "{seen:?}");
    }
}

/// The segments between ST and SE of our own 837P, one per entry, with their terminators.
fn own_body() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/telehealth.837p.x12");
    let text = std::fs::read_to_string(path).unwrap();
    let start = text.find("BHT*").unwrap();
    let end = text.find("SE*").unwrap();
    text[start..end]
        .split_inclusive('\n')
        .map(str::to_owned)
        .collect()
}

/// An interchange around an 837P set made of `body` segments, with a correct SE count.
fn wrap(body: &[String]) -> String {
    let isa = "ISA*00*          *00*          *ZZ*RBH001         *ZZ*CHX            *240315*1200*^*00501*000000101*0*T*:~\n";
    format!(
        "{isa}GS*HC*RBH001*CHX*20240315*1200*101*X*005010X222A1~\nST*837*0001*005010X222A1~\n{}SE*{}*0001~\nGE*1*101~\nIEA*1*000000101~\n",
        body.concat(),
        body.len() + 2
    )
}

/// Parses the set of `text` and writes it back: `None` when the loop reader refuses it.
fn round_trip(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    crate::index837p::agrees(set);
    let written = rewrite(set).ok()?;
    Some((written, set.as_bytes().to_vec()))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Foreign segments anywhere in an 837P are kept where they were met: G2 still holds.
    #[test]
    fn foreign_segments_anywhere_are_written_back_in_place(
        places in proptest::collection::vec(0usize..64, 0..6)
    ) {
        let mut body = own_body();
        for (n, place) in places.iter().enumerate() {
            let at = place % (body.len() + 1);
            body.insert(at, format!("ZZ{n}*FOREIGN*{n}~\n"));
        }
        let (written, input) = round_trip(&wrap(&body)).expect("foreign segments are never refused");
        proptest::prop_assert_eq!(written, input);
    }

    /// Leaving segments out never makes the reader panic. What it accepts loses nothing (the
    /// written set holds the same segments) and is a fixed point: reading what was written and
    /// writing it again gives the same bytes. (Leaving segments out can move a segment into an
    /// earlier loop out of guide order, so the first write need not equal the input.)
    #[test]
    fn dropped_segments_never_panic_and_writing_is_a_fixed_point(
        keep in proptest::collection::vec(proptest::bool::weighted(0.8), 24)
    ) {
        let body: Vec<String> = own_body()
            .into_iter()
            .zip(keep.iter().chain(std::iter::repeat(&true)))
            .filter(|(_, keep)| **keep)
            .map(|(segment, _)| segment)
            .collect();
        let text = wrap(&body);
        if let Some((written, input)) = round_trip(&text) {
            let sorted = |bytes: &[u8]| {
                let mut lines: Vec<Vec<u8>> =
                    bytes.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                lines.sort();
                lines
            };
            proptest::prop_assert_eq!(sorted(&written), sorted(&input));
            let again = text.replace(
                std::str::from_utf8(&input).unwrap(),
                std::str::from_utf8(&written).unwrap(),
            );
            let (rewritten, reread) = round_trip(&again).expect("what was written reads again");
            proptest::prop_assert_eq!(&reread, &written);
            proptest::prop_assert_eq!(rewritten, written);
        }
    }
}
