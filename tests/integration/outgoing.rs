//! Typed sets read from one file, sent on in a new interchange: the envelope builder writes ST
//! and SE around each set's body with new control numbers and computed counts.

use chrono::{NaiveDate, NaiveTime};
use x12_claims::claim837p::Submission;
use x12_claims::envelope::{Document, InterchangeWriter, OutgoingInterchange};
use x12_claims::remit835::Remittance;
use x12_claims::syntax::{Layout, WriteOptions, Writer};

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn parsed_sets_are_sent_on_with_new_control_numbers_and_computed_counts() {
    let claims_file = read("telehealth.837p.x12");
    let claims_doc = Document::parse(&claims_file).unwrap();
    let claims_set = claims_doc.transaction_sets().next().unwrap();
    let submission = Submission::parse(claims_set).unwrap();

    let header = OutgoingInterchange::new(
        ("ZZ", "RBH001"),
        ("ZZ", "CHX"),
        NaiveDate::from_ymd_opt(2024, 4, 1).unwrap(),
        NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        777,
    );
    let mut out = Writer::new(Vec::new(), WriteOptions::default().with_layout(Layout::Lf));
    let mut interchange = InterchangeWriter::begin(&mut out, &header).unwrap();
    interchange
        .begin_group("HC", "RBH001", "CHX", 77, "005010X222A1")
        .unwrap();
    for control in ["0101", "0102"] {
        interchange
            .begin_set("837", control, Some("005010X222A1"))
            .unwrap();
        submission.write_body(interchange.writer()).unwrap();
        interchange.end_set().unwrap();
    }
    interchange.end_group().unwrap();
    interchange.finish().unwrap();
    let bytes = out.into_inner();

    // Every count and control number checks out, and each set reads as the same claim.
    let doc = Document::parse(&bytes).unwrap();
    let sets: Vec<_> = doc.transaction_sets().collect();
    assert_eq!(sets.len(), 2);
    for (set, control) in sets.iter().zip(["0101", "0102"]) {
        assert_eq!(set.header().control_number, control);
        assert_eq!(set.segment_count(), claims_set.segment_count());
        let again = Submission::parse(set).unwrap();
        let claim = again.claims().next().unwrap();
        assert_eq!(claim.claim().info().patient_control_number(), "TH-0001");
        assert_eq!(claim.claim().lines().len(), 1);
    }
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("SE*25*0101~\nST*837*0102*005010X222A1~\nBHT*0019*00*TH20240315"));
    assert!(
        text.ends_with("SE*25*0102~\nGE*2*77~\nIEA*1*000000777~\n"),
        "{text}"
    );
}

#[test]
fn a_remittance_body_is_sent_on_too() {
    let file = read("two-interchanges.x12");
    let doc = Document::parse(&file).unwrap();
    let set = doc.transaction_sets().find(|s| s.id() == "835").unwrap();
    let remittance = Remittance::parse(set).unwrap();
    let header = OutgoingInterchange::new(
        ("ZZ", "NWH01"),
        ("ZZ", "FVC0001"),
        NaiveDate::from_ymd_opt(2025, 1, 21).unwrap(),
        NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        502,
    );
    // The source interchange uses `|>!` and 0x1D; the new one the writer's own delimiters.
    let mut out = Writer::new(Vec::new(), WriteOptions::default().with_layout(Layout::Lf));
    out.use_delimiters("*:^~".parse().unwrap());
    let mut interchange = InterchangeWriter::begin(&mut out, &header).unwrap();
    interchange
        .begin_group("HP", "NWH01", "FVC0001", 502, "005010X221A1")
        .unwrap();
    interchange.begin_set("835", "0001", None).unwrap();
    remittance.write_body(interchange.writer()).unwrap();
    interchange.end_set().unwrap();
    interchange.end_group().unwrap();
    interchange.finish().unwrap();
    let bytes = out.into_inner();
    let doc = Document::parse(&bytes).unwrap();
    let sent = Remittance::parse(doc.transaction_sets().next().unwrap()).unwrap();
    let paid: Vec<String> = sent
        .claim_payments()
        .map(|c| c.claim.claim.payment().as_str().to_owned())
        .collect();
    let original: Vec<String> = remittance
        .claim_payments()
        .map(|c| c.claim.claim.payment().as_str().to_owned())
        .collect();
    assert_eq!(paid, original);
}

#[test]
fn untyped_segments_are_sent_on_re_delimited_with_counts_computed() {
    // Both sets of a file with its own delimiters, re-enveloped without typing them: the body
    // segments (between ST and SE) written as read, in the writer's delimiters.
    let file = read("two-interchanges.x12");
    let doc = Document::parse(&file).unwrap();
    let header = OutgoingInterchange::new(
        ("ZZ", "HUB"),
        ("ZZ", "NEXT"),
        NaiveDate::from_ymd_opt(2025, 2, 3).unwrap(),
        NaiveTime::from_hms_opt(7, 45, 0).unwrap(),
        9,
    );
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    let mut interchange = InterchangeWriter::begin(&mut out, &header).unwrap();
    let mut sources = Vec::new();
    for (n, set) in doc.transaction_sets().enumerate() {
        let (functional_id, guide, st03) = match set.id() {
            "837" => ("HC", "005010X222A1", Some("005010X222A1")),
            _ => ("HP", "005010X221A1", None),
        };
        let control = 10 + u32::try_from(n).unwrap();
        interchange
            .begin_group(functional_id, "HUB", "NEXT", control, guide)
            .unwrap();
        interchange.begin_set(set.id(), "0001", st03).unwrap();
        let segments: Vec<_> = set.segments().map(Result::unwrap).collect();
        let body = &segments[1..segments.len() - 1];
        interchange.write_segments(body.iter().copied()).unwrap();
        interchange.end_set().unwrap();
        interchange.end_group().unwrap();
        sources.push(body.to_vec());
    }
    interchange.finish().unwrap();
    let bytes = out.into_inner();

    // The envelope checks out, and each body reads the same, element for element.
    let sent = Document::parse(&bytes).unwrap();
    let sets: Vec<_> = sent.transaction_sets().collect();
    assert_eq!(sets.len(), sources.len());
    for (set, source) in sets.iter().zip(&sources) {
        let segments: Vec<_> = set.segments().map(Result::unwrap).collect();
        let body = &segments[1..segments.len() - 1];
        assert_eq!(body.len(), source.len());
        for (sent, read) in body.iter().zip(source) {
            assert_eq!(sent.id(), read.id());
            // Element by element, component by component: the separators differ.
            let elements = |s: &x12_claims::syntax::Segment<'_>| -> Vec<Vec<Vec<u8>>> {
                s.elements()
                    .map(|e| e.components().map(<[u8]>::to_vec).collect())
                    .collect()
            };
            assert_eq!(elements(sent), elements(read), "{}", read.id());
        }
        assert_eq!(
            set.segment_count(),
            u64::try_from(source.len()).unwrap() + 2
        );
    }
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        !text.contains('|'),
        "written in the writer's delimiters: {text}"
    );
}
