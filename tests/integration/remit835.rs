//! 835 loops: lossless round trip (G2) over the public corpus, specific values, refusals,
//! unknown segments kept in place, errors that name loop and place.

use std::path::PathBuf;

use x12_claims::envelope::Document;
use x12_claims::remit835::{LoopPath, Remit835Error, Remittance, remittances};
use x12_claims::syntax::{WriteOptions, Writer};
use x12_claims::validate::balance835;

use crate::fixtures::{name, shared_files};

/// Files of the corpus that cannot be held to G2, and why.
const NOT_G2: &[(&str, &str)] = &[
    (
        "stupidedi_recover.txt",
        "invalid on purpose: the segment identifier LXXXX cannot be tokenized, so the interchange does not read",
    ),
    (
        "lfh-x12_tertiary-payment.835",
        "SVC*HC*24599.00*...: SVC01 holds only the qualifier HC, the procedure code (SVC01-2) is missing",
    ),
    (
        "lfh-x12_cob-contractural-adjustment.835",
        "SVC01 is written HC>55669 while ISA16 declares ':' as the component separator, so SVC01-2 (the procedure code) is missing",
    ),
    (
        "chs835_test.835",
        "claim payments without a header number: CLP follows N1*PE with no LX (the guide requires loop 2000)",
    ),
    (
        "edi835parser_blue_cross_nc_sample.txt",
        "no ISA: a bare ST..SE whose delimiters are declared nowhere",
    ),
    (
        "lfh-x12_managed-care.835",
        "BPR16 is 20002316, not a calendar date: the remittance is refused",
    ),
];

/// Every 5010 835 of the public corpus and the spec examples.
pub fn corpus_835() -> Vec<PathBuf> {
    let mut files = shared_files("fixtures/public/835");
    files.extend(
        shared_files("spec/examples")
            .into_iter()
            .filter(|p| name(p).ends_with(".835.x12")),
    );
    files
}

/// The input from its ISA on: prose before the interchange (stupidedi's scenario files) is
/// not part of any transaction set.
pub fn from_isa(input: &[u8]) -> &[u8] {
    let start = memchr_isa(input).unwrap_or(0);
    &input[start..]
}

fn memchr_isa(input: &[u8]) -> Option<usize> {
    input.windows(3).position(|w| w == b"ISA")
}

pub fn write(remittance: &Remittance<'_>) -> Vec<u8> {
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    remittance.write(&mut out).unwrap();
    out.into_inner()
}

pub fn parse_one(text: &str) -> Result<Remittance<'_>, Remit835Error> {
    let doc = Box::leak(Box::new(
        Document::parse_unchecked(text.as_bytes()).unwrap(),
    ));
    Remittance::parse(doc.transaction_sets().next().unwrap())
}

#[test]
fn g2_every_835_of_the_corpus_writes_back_byte_for_byte() {
    let mut sets = 0;
    for path in corpus_835() {
        let file = name(&path);
        let input = std::fs::read(&path).unwrap();
        let excluded = NOT_G2.iter().any(|(f, _)| *f == file);
        // Trailer counts are the envelope layer's business; G2 is about each set's bytes.
        let doc = match Document::parse_unchecked(from_isa(&input)) {
            Ok(doc) => doc,
            Err(e) if excluded => {
                eprintln!("{file}: excluded: {e}");
                continue;
            }
            Err(e) => panic!("{file}: {e}"),
        };
        for (set, remittance) in doc.transaction_sets().zip(remittances(&doc)) {
            match remittance {
                Ok(r) => {
                    assert!(!excluded, "{file} is listed as not G2 but passes");
                    assert_eq!(
                        String::from_utf8_lossy(&write(&r)),
                        String::from_utf8_lossy(set.as_bytes()),
                        "{file}"
                    );
                    sets += 1;
                }
                Err(e) => assert!(excluded, "{file}: {e}"),
            }
        }
    }
    if !corpus_835().is_empty() {
        assert!(sets >= 170, "only {sets} sets checked");
    }
}

#[test]
fn excluded_files_fail_for_the_reason_given() {
    let Some(path) = corpus_835()
        .into_iter()
        .find(|p| name(p) == "lfh-x12_managed-care.835")
    else {
        return;
    };
    let input = std::fs::read(&path).unwrap();
    let doc = Document::parse_unchecked(&input).unwrap();
    let error = remittances(&doc).next().unwrap().unwrap_err();
    assert_eq!(
        error.to_string(),
        "header BPR16 at segment 4 (byte 176): check issue or EFT effective date: date \"20002316\" is not a calendar date (month 01-12, day within the month)"
    );
}

/// A small 835 around the given body (from LX on), with a correct SE count.
pub fn wrap(body: &str) -> String {
    let head = "ST*835*0001~BPR*I*90*C*ACH*CCP*01*999999992*DA*123*1123456789**01*888888884*DA*987*20240405~TRN*1*EFT1*1123456789~DTM*405*20240404~N1*PR*ACME HEALTH PLAN~N3*PO BOX 1000~N4*SALEM*OR*97301~PER*BL*EDI*TE*8005550199~N1*PE*RIVERBEND*XX*1234567893~REF*TJ*931234567~";
    let count = head.matches('~').count() + body.matches('~').count() + 1;
    format!(
        "ISA*00*          *00*          *ZZ*ACME01         *ZZ*RBH0001        *240405*0800*^*00501*000000501*0*T*:~GS*HP*ACME01*RBH0001*20240405*0800*501*X*005010X221A1~{head}{body}SE*{count}*0001~GE*1*501~IEA*1*000000501~"
    )
}

fn roundtrip(text: &str) -> Remittance<'_> {
    let doc = Box::leak(Box::new(Document::parse(text.as_bytes()).unwrap()));
    let set = doc.transaction_sets().next().unwrap();
    let remittance = Remittance::parse(set).unwrap();
    assert_eq!(
        String::from_utf8(write(&remittance)).unwrap(),
        String::from_utf8_lossy(set.as_bytes())
    );
    remittance
}

#[test]
fn unknown_segments_stay_where_they_were_met() {
    let text = wrap(
        "LX*1~ZZ1*A~CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~ZZ2*B~DTM*050*20240321~\
         REF*EA*MR1~SVC*HC:90837*180*90~ZZ3*C~DTM*472*20240315~CAS*CO*45*60~CAS*PR*3*30~\
         ZZ4*D~PLB*1234567893*20241231*L6*-2~ZZ5*E~",
    );
    let r = roundtrip(&text);
    let group = &r.header_numbers[0];
    assert_eq!(group.unknown[0].raw.id(), "ZZ1");
    assert_eq!(group.unknown[0].position, 1);
    let claim = &group.claim_payments[0];
    // CLP, NM1 before ZZ2; the REF after DTM is out of guide order and kept in place too.
    let kept: Vec<(&str, u32)> = claim
        .unknown
        .iter()
        .map(|u| (u.raw.id(), u.position))
        .collect();
    assert_eq!(kept, [("ZZ2", 2), ("REF", 3)]);
    assert!(claim.references.is_empty());
    let line = &claim.service_payments[0];
    let kept: Vec<(&str, u32)> = line
        .unknown
        .iter()
        .map(|u| (u.raw.id(), u.position))
        .collect();
    assert_eq!(kept, [("ZZ3", 1), ("ZZ4", 4)]);
    assert_eq!(r.unknown[0].raw.id(), "ZZ5");
    assert_eq!(r.unknown[0].position, 1);
}

#[test]
fn known_segments_in_guide_order_are_typed() {
    let text = wrap(
        "LX*1~TS3*1234567893*11*20241231*1*180~CLP*PCN1*2*180*90*30*12*ICN1*11*1~CAS*OA*23*0~\
         NM1*QC*1*DOE*JANE~NM1*IL*1*DOE*JOHN~NM1*74*1*DOE*JAYNE~\
         NM1*82*1*SMITH*ANN****XX*1987654328~NM1*TT*2*NEXT PAYER*****PI*99~MOA***MA01~REF*1L*GRP1~DTM*050*20240321~\
         PER*CX*CLAIMS*TE*8005550100~AMT*AU*180~QTY*CA*1~SVC*HC:90837:95*180*90**1*HC:90834~\
         DTM*472*20240315~CAS*CO*45*60~CAS*PR*3*30~REF*6R*LINE1~AMT*B6*120~QTY*ZK*1~LQ*HE*N1~",
    );
    let r = roundtrip(&text);
    let claim = &r.header_numbers[0].claim_payments[0];
    assert_eq!(claim.patient().unwrap().last_name(), Some("DOE"));
    assert_eq!(claim.insured().unwrap().first_name(), Some("JOHN"));
    assert_eq!(claim.corrected_name().unwrap().first_name(), Some("JAYNE"));
    let claim_level: Vec<_> = claim
        .claim_adjustments()
        .map(|a| {
            (
                a.group.to_string(),
                a.reason.to_string(),
                a.amount.to_string(),
            )
        })
        .collect();
    assert_eq!(claim_level, [("OA".into(), "23".into(), "0".into())]);
    assert_eq!(claim.rendering_provider().unwrap().id(), Some("1987654328"));
    assert_eq!(
        claim.crossover_carrier().unwrap().last_name(),
        Some("NEXT PAYER")
    );
    assert_eq!(claim.outpatient.as_ref().unwrap().remarks().count(), 1);
    assert_eq!(
        (
            claim.references.len(),
            claim.dates.len(),
            claim.contacts.len()
        ),
        (1, 1, 1)
    );
    assert_eq!((claim.amounts.len(), claim.quantities.len()), (1, 1));
    let line = &claim.service_payments[0];
    assert_eq!(line.service.submitted_procedure().unwrap().code, "90834");
    assert_eq!(line.line_item_control_number(), Some("LINE1"));
    assert_eq!(line.allowed_amount().unwrap().amount().as_str(), "120");
    assert_eq!(line.all_adjustments().count(), 2);
    assert_eq!((line.quantities.len(), line.remarks.len()), (1, 1));
    assert!(claim.unknown.is_empty() && line.unknown.is_empty());
    assert_eq!(
        r.header_numbers[0]
            .provider_summary
            .as_ref()
            .unwrap()
            .total_charge()
            .as_str(),
        "180"
    );
    assert_eq!(r.payer.contact("BL").unwrap().name(), Some("EDI"));
    assert_eq!(r.payee.references[0].value(), "931234567");
    assert_eq!(
        r.header.production_date().unwrap().date().unwrap().as_str(),
        "20240404"
    );
}

#[test]
fn owned_remittance_outlives_its_input_and_writes_the_same() {
    let text = wrap("LX*1~CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~");
    let expected = text.clone();
    let owned = {
        let doc = Document::parse(text.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        Remittance::parse(set).unwrap().into_owned()
    };
    drop(text);
    let written = String::from_utf8(write(&owned)).unwrap();
    assert!(expected.contains(&written));
    assert!(written.starts_with("ST*835*0001~BPR*I*90*"));
}

#[test]
fn claim_payments_carry_their_header_context() {
    let text = wrap(
        "LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~LX*2~CLP*B*1*20*20**12*I2~NM1*QC*1*ROE~CLP*C*4*5*0**12*I3~NM1*QC*1*POE~",
    );
    let r = roundtrip(&text);
    let seen: Vec<(String, &str, String)> = r
        .claim_payments()
        .map(|c| {
            (
                c.path.to_string(),
                c.claim.claim.patient_control_number(),
                c.payment_date().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("2000[1]/2100[1]".to_owned(), "A", "20240405".to_owned()),
            ("2000[2]/2100[1]".to_owned(), "B", "20240405".to_owned()),
            ("2000[2]/2100[2]".to_owned(), "C", "20240405".to_owned()),
        ]
    );
    let first = r.claim_payments().next().unwrap();
    assert_eq!(first.trace_number(), "EFT1");
    assert_eq!(first.payer().name.name(), Some("ACME HEALTH PLAN"));
    assert_eq!(first.payee().name.id(), Some("1234567893"));
}

#[test]
fn errors_name_loop_path_element_and_place() {
    for (body, message) in [
        (
            "LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~CLP*B**10*10**12*I2~NM1*QC*1*ROE~",
            "2000[1]/2100[2] CLP02 at segment 16 (byte 458): required claim status code is missing",
        ),
        (
            "LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~SVC*HC:1*10*X~",
            "2000[1]/2100[1]/2110[1] SVC03 at segment 16 (byte 458): line item provider payment amount: amount \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
        ),
        (
            "LX*1~CLP*A*1*10*10**12*I1~DTM*050*20240101~",
            "2000[1]/2100[1] CLP at segment 14 (byte 424): required patient name (NM1*QC) is missing",
        ),
        (
            "CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~",
            "1000B CLP at segment 13 (byte 419): CLP cannot start a loop here; claim payments (2100) follow a header number (LX)",
        ),
        (
            "LX*1~SVC*HC:1*10*10~",
            "2000[1] SVC at segment 14 (byte 424): SVC cannot start a loop here; a service payment (2110) follows its claim payment (CLP)",
        ),
        (
            "LX*1~PLB*1*20241231*WO~",
            "summary PLB04 at segment 14 (byte 424): required provider adjustment amount is missing",
        ),
    ] {
        let text = wrap(body);
        let error = parse_one(&text).unwrap_err();
        assert_eq!(error.to_string(), message);
    }
    let text = wrap("LX*1~").replace("N1*PR*ACME HEALTH PLAN~", "");
    let error = parse_one(&text).unwrap_err();
    assert_eq!(error.path(), Some(LoopPath::Payer));
    assert!(
        error
            .to_string()
            .contains("required payer identification (N1*PR) is missing")
    );
}

#[test]
fn other_transactions_and_versions_are_refused() {
    let mut refused = 0;
    let folders = ["fixtures/public/other", "fixtures/public/837p"];
    for path in folders.iter().flat_map(|f| shared_files(f)) {
        let input = std::fs::read(&path).unwrap();
        let Ok(doc) = Document::parse_unchecked(from_isa(&input)) else {
            continue;
        };
        for result in remittances(&doc) {
            let error = result.expect_err(&name(&path));
            assert!(
                matches!(error, Remit835Error::NotRemittance { .. }),
                "{}: {error}",
                name(&path)
            );
            refused += 1;
        }
    }
    if !corpus_835().is_empty() {
        assert!(refused > 30, "{refused}");
    }
    let input = wrap("LX*1~")
        .replace("ST*835*0001", "ST*837*0001*005010X222A1")
        .replace("*X*005010X221A1~", "*X*005010X222A1~");
    let doc = Document::parse(input.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    assert_eq!(
        Remittance::parse(set).unwrap_err().to_string(),
        "ST at segment 3 (byte 160): transaction set 837 is not an 835 (claim payment/advice)"
    );
}

#[test]
fn four_oh_one_oh_835_is_refused_by_its_version() {
    let Some(path) = shared_files("fixtures/public/other")
        .into_iter()
        .find(|p| name(p) == "pyx12_835_simple_4010.txt")
    else {
        return;
    };
    let input = std::fs::read(&path).unwrap();
    let doc = Document::parse_unchecked(&input).unwrap();
    let error = remittances(&doc).next().unwrap().unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("implementation 004010X091A1 is not 005010X221A1"),
        "{error}"
    );
}

pub fn load(file: &str) -> Option<Vec<u8>> {
    let path = corpus_835().into_iter().find(|p| name(p) == file)?;
    Some(std::fs::read(path).unwrap())
}

pub fn with_each<F: FnMut(&Remittance<'_>)>(input: &[u8], mut f: F) {
    let doc = Document::parse_unchecked(from_isa(input)).unwrap();
    for r in remittances(&doc) {
        f(&r.unwrap());
    }
}

#[test]
fn medicare_part_a_holds_institutional_totals() {
    let Some(input) = load("lfh-x12_medicare-part-a.835") else {
        return;
    };
    with_each(&input, |r| {
        assert_eq!(r.header.financial.total_payment().as_str(), "150000.00");
        assert_eq!(r.header.financial.payment_method().as_str(), "ACH");
        assert_eq!(r.header.trace.trace_number(), "12345");
        assert_eq!(r.payee.name.id(), Some("6543210903"));
        let first = &r.header_numbers[0];
        let ts3 = first.provider_summary.as_ref().unwrap();
        assert_eq!(ts3.total_charge().as_str(), "211366.97");
        let ts2 = first.provider_supplemental_summary.as_ref().unwrap();
        assert_eq!(ts2.total_drg().unwrap().as_str(), "2178.45");
        let claim = &first.claim_payments[0];
        assert_eq!(claim.claim.patient_control_number(), "666123");
        assert_eq!(claim.claim.filing_indicator().as_str(), "MA");
        let mia = claim.inpatient.as_ref().unwrap();
        assert_eq!(mia.drg_amount().unwrap().as_str(), "138018.40");
        let plb: Vec<String> = r
            .provider_adjustments
            .iter()
            .flat_map(|p| {
                p.adjustments()
                    .map(|a| format!("{}:{}", a.reason, a.amount))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(plb, ["CV:-1.27"]);
    });
}

#[test]
fn dental_era_sample_lines_and_payer() {
    let Some(input) = load("stupidedi_era-sample.edi") else {
        return;
    };
    with_each(&input, |r| {
        assert_eq!(r.payer.name.name(), Some("DELTA DENTAL OF ABC"));
        assert_eq!(r.payee.name.id_qualifier().unwrap().as_str(), "FI");
        let claim = r.claim_payments().next().unwrap();
        assert_eq!(claim.claim.claim.patient_control_number(), "7722337");
        assert_eq!(claim.claim.claim.payment().as_str(), "132");
        let lines: Vec<(String, String, String)> = claim
            .claim
            .service_payments
            .iter()
            .map(|l| {
                let p = l.service.procedure();
                (
                    format!("{}:{}", p.qualifier, p.code),
                    l.service.charge().to_string(),
                    l.service.payment().to_string(),
                )
            })
            .collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0], ("AD:D0120".into(), "46".into(), "25".into()));
    });
}

#[test]
fn many_sets_of_one_file_each_read() {
    let Some(input) = load("tastypackets_profee-multiple.edi") else {
        return;
    };
    let mut sets = 0;
    with_each(&input, |r| {
        sets += 1;
        assert!(r.claim_payments().count() >= 1);
        assert!(balance835::check(r).is_empty());
    });
    assert_eq!(sets, 156);
}

#[test]
fn reversal_correction_and_denial_balance() {
    let Some(input) = load("reversal-correction-denial.835.x12") else {
        return;
    };
    with_each(&input, |r| {
        let claims: Vec<_> = r.claim_payments().collect();
        let reversal = &claims[0].claim.claim;
        assert!(reversal.status().is_reversal());
        assert_eq!(
            (
                reversal.total_charge().as_str(),
                reversal.payment().as_str()
            ),
            ("-180", "-90")
        );
        assert!(claims[2].claim.claim.status().is_denial());
        assert_eq!(
            claims[2].claim.service_payments[0].remarks[0].code(),
            "N290"
        );
        assert_eq!(r.header.financial.total_payment().as_str(), "22.15");
        let plb = r.provider_adjustments[0].adjustments().next().unwrap();
        assert_eq!(plb.reference, Some("ACME24130000789"));
        assert!(balance835::check(r).is_empty());
    });
}

#[test]
fn unknown_segments_in_header_and_parties_round_trip() {
    let text = wrap("LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~")
        .replace("ST*835*0001~", "ST*835*0001~ZZ0*A~")
        .replace(
            "TRN*1*EFT1*1123456789~",
            "TRN*1*EFT1*1123456789~ZZ1*B~ZZ2*C~",
        )
        .replace("N3*PO BOX 1000~", "N3*PO BOX 1000~RDM*BM~")
        .replace("REF*TJ*931234567~", "REF*TJ*931234567~PER*BL*X~");
    // The SE count no longer matches; the envelope layer's unchecked reading does not mind.
    let doc = Document::parse_unchecked(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    let r = Remittance::parse(set).unwrap();
    assert_eq!(write(&r), set.as_bytes());
    let kept: Vec<(String, &str, u32)> = r
        .unknown_segments()
        .map(|(path, u)| (path.to_string(), u.raw.id(), u.position))
        .collect();
    assert_eq!(
        kept,
        [
            ("header".to_owned(), "ZZ0", 0),
            ("header".to_owned(), "ZZ1", 2),
            ("header".to_owned(), "ZZ2", 2),
            ("1000A".to_owned(), "RDM", 2),
            ("1000B".to_owned(), "PER", 2),
        ]
    );
}

mod properties {
    //! Whatever the 835 model accepts, it writes back exactly, however its segments are
    //! shuffled, repeated or mixed with foreign ones; and neither reading nor balancing panics.

    use proptest::prelude::*;

    use super::*;

    /// Segments of the spec's reversal example between ST and SE, plus foreign ones.
    const POOL: &[&str] = &[
        "BPR*I*22.15*C*ACH*CCP*01*999999992*DA*1234567890*1123456789**01*888888884*DA*9876543210*20240510",
        "TRN*1*EFT20240510007*1123456789",
        "DTM*405*20240509",
        "N1*PR*ACME HEALTH PLAN",
        "N3*PO BOX 1000",
        "N4*SALEM*OR*973010000",
        "PER*BL*EDI SUPPORT*TE*8005550199",
        "N1*PE*RIVERBEND BEHAVIORAL HEALTH PLLC*XX*1234567893",
        "REF*TJ*931234567",
        "LX*1",
        "CLP*PCN20240315A*22*-180*-90*-30*12*ACME24075000123*10*1",
        "NM1*QC*1*SMITH*ALEX*Q***MI*W123456789",
        "SVC*HC:90837:95*-180*-90",
        "DTM*472*20240315",
        "CAS*CO*45*-60",
        "CAS*PR*3*-30",
        "REF*6R*PCN20240315A-1",
        "AMT*B6*140",
        "LQ*HE*N290",
        "MOA***MA01",
        "TS3*1234567893*11*20241231*1*180",
        "PLB*1234567893*20241231*L6:ACME24130000789*-2.15",
        "ZZZ*FOREIGN",
        "CLP*A*1*99999999999999999999999999*1**12*I",
        "CAS*PR*1*-99999999999999999999999999*1*2*-99999999999999999999999999",
    ];

    fn set(body: &[&str]) -> String {
        let mut text = String::from(
            "ISA*00*          *00*          *ZZ*ACME01         *ZZ*RBH0001        *240510*0800*^*00501*000000502*0*T*:~\nGS*HP*ACME01*RBH0001*20240510*0800*502*X*005010X221A1~\nST*835*0002~\n",
        );
        for segment in body {
            text.push_str(segment);
            text.push_str("~\n");
        }
        text.push_str(&format!(
            "SE*{}*0002~\nGE*1*502~\nIEA*1*000000502~\n",
            body.len() + 2
        ));
        text
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn accepted_sets_write_back_exactly(picks in proptest::collection::vec(0..POOL.len(), 0..40)) {
            // The example's own order first, then random segments, so most sets parse.
            let mut body: Vec<&str> = POOL[..10].to_vec();
            body.extend(picks.iter().map(|&i| POOL[i]));
            let text = set(&body);
            let doc = Document::parse(text.as_bytes()).unwrap();
            let set = doc.transaction_sets().next().unwrap();
            crate::index835::agrees(set);
            if let Ok(remittance) = Remittance::parse(set) {
                prop_assert_eq!(
                    String::from_utf8(write(&remittance)).unwrap(),
                    String::from_utf8_lossy(set.as_bytes()).into_owned()
                );
                let _ = balance835::check(&remittance);
                let owned = remittance.into_owned();
                prop_assert_eq!(write(&owned), set.as_bytes());
            }
        }

        #[test]
        fn any_order_reads_without_panic(picks in proptest::collection::vec(0..POOL.len(), 0..30)) {
            let body: Vec<&str> = picks.iter().map(|&i| POOL[i]).collect();
            let text = set(&body);
            let doc = Document::parse(text.as_bytes()).unwrap();
            let set = doc.transaction_sets().next().unwrap();
            crate::index835::agrees(set);
            if let Ok(remittance) = Remittance::parse(set) {
                prop_assert_eq!(write(&remittance), set.as_bytes());
                let _ = balance835::check(&remittance);
            }
        }
    }
}
