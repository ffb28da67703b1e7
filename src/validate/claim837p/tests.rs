//! Each rule over a valid claim changed in one place: the finding names the rule, the loop and
//! the element, and nothing else is found.

use super::check;
use crate::claim837p::Submission;
use crate::envelope::Document;
use crate::validate::Severity;

/// A valid 837P: one billing provider, the subscriber as patient, one claim of two lines.
const CLAIM: &str = "ISA*00*          *00*          *ZZ*RBH001         *ZZ*CHX            *240315*1200*^*00501*000000101*0*T*:~\
GS*HC*RBH001*CHX*20240315*1200*101*X*005010X222A1~\
ST*837*0001*005010X222A1~\
BHT*0019*00*TH20240315*20240315*1200*CH~\
NM1*41*2*RIVERSIDE BEHAVIORAL HEALTH*****46*RBH001~\
PER*IC*BILLING OFFICE*TE*5555550100~\
NM1*40*2*CLEARINGHOUSE EXAMPLE*****46*CHX~\
HL*1**20*1~\
PRV*BI*PXC*101YP2500X~\
NM1*85*2*RIVERSIDE BEHAVIORAL HEALTH*****XX*1234567893~\
N3*100 RIVER RD~\
N4*SPRINGFIELD*IL*627011234~\
REF*EI*371234567~\
HL*2*1*22*0~\
SBR*P*18*GRP7788******CI~\
NM1*IL*1*RIVERA*ANA****MI*UHC555123~\
N3*12 OAK ST~\
N4*SPRINGFIELD*IL*62704~\
DMG*D8*19850412*F~\
NM1*PR*2*UNITED HEALTHCARE*****PI*87726~\
CLM*TH-0001*230***10:B:1*Y*A*Y*Y~\
HI*ABK:F411*ABF:Z7189~\
LX*1~\
SV1*HC:90837:95*180*UN*1***1:2~\
DTP*472*D8*20240314~\
REF*6R*L1~\
LX*2~\
SV1*HC:90785*50*UN*1***2~\
DTP*472*D8*20240314~\
REF*6R*L2~\
SE*29*0001~\
GE*1*101~\
IEA*1*000000101~";

/// Reads the set of an interchange shaped like `CLAIM`, with SE01 counted again.
fn read(text: &str) -> Submission<'static> {
    let segments = text.split('~').collect::<Vec<_>>();
    let st = segments.iter().position(|s| s.starts_with("ST*")).unwrap();
    let se = segments.iter().position(|s| s.starts_with("SE*")).unwrap();
    let counted = format!("SE*{}*0001", se - st + 1);
    let text = segments
        .iter()
        .map(|s| {
            if s.starts_with("SE*") {
                counted.as_str()
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("~");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    Submission::parse(set).unwrap().into_owned()
}

/// `CLAIM` with each `(from, to)` replaced once (each `from` must occur).
fn apply(changes: &[(&str, &str)]) -> String {
    let mut text = CLAIM.to_owned();
    for (from, to) in changes {
        assert!(text.contains(from), "{from} is not in the claim");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The findings for `CLAIM` with each `(from, to)` replaced once (each `from` must occur), as
/// `(severity, rule, loop path, element)`.
fn found(changes: &[(&str, &str)]) -> Vec<(Severity, &'static str, String, String)> {
    check(&read(&apply(changes)))
        .into_iter()
        .map(|d| {
            let element = d.location.element.map_or(String::new(), |at| {
                let component = at.component.map_or(String::new(), |c| format!("-{c}"));
                format!("{:02}{component}", at.element)
            });
            let id = d.location.id.map_or(String::new(), |id| id.to_string());
            (
                d.severity,
                d.rule.id(),
                d.path.to_string(),
                format!("{id}{element}"),
            )
        })
        .collect()
}

fn error(rule: &'static str, path: &str, at: &str) -> (Severity, &'static str, String, String) {
    (Severity::Error, rule, path.to_owned(), at.to_owned())
}

fn warning(rule: &'static str, path: &str, at: &str) -> (Severity, &'static str, String, String) {
    (Severity::Warning, rule, path.to_owned(), at.to_owned())
}

const CLAIM_PATH: &str = "2000B[1]/2300[1]";

#[test]
fn a_valid_claim_has_no_finding() {
    assert_eq!(found(&[]), []);
}

#[test]
fn messages_name_the_rule_the_loop_and_the_element() {
    let submission = read(&CLAIM.replacen("10:B:1", "10:B:X", 1));
    let shown: Vec<String> = check(&submission).iter().map(|d| d.to_string()).collect();
    assert_eq!(
        shown,
        [
            "error 837P-P14 2000B[1]/2300[1] CLM05-3 at segment 21 (byte 667): frequency code \"X\" \
          is not a claim frequency code (1 original, 7 replacement, 8 void)"
        ]
    );
}

#[test]
fn claim_codes_p14() {
    assert_eq!(
        found(&[("10:B:1", "88:A:9")]),
        [
            error("837P-P14", CLAIM_PATH, "CLM05-1"),
            error("837P-P14", CLAIM_PATH, "CLM05-2"),
            error("837P-P14", CLAIM_PATH, "CLM05-3"),
        ]
    );
    // Known codes other than the usual: 02 telehealth, 99 other place.
    assert_eq!(
        found(&[("10:B:1", "02:B:1"), ("UN*1***1:2", "UN*1*99**1:2")]),
        []
    );
    assert_eq!(
        found(&[("UN*1***1:2", "UN*1*88**1:2")]),
        [error("837P-P14", "2000B[1]/2300[1]/2400[1]", "SV105")]
    );
}

#[test]
fn replacements_and_voids_carry_the_payers_claim_number_p15() {
    for frequency in ["7", "8"] {
        let code = format!("10:B:{frequency}");
        assert_eq!(
            found(&[("10:B:1", &code)]),
            [error("837P-P15", CLAIM_PATH, "CLM05-3")],
            "{frequency}"
        );
        let with_f8 = [("10:B:1", code.as_str()), ("HI*", "REF*F8*PAYER123~HI*")];
        assert_eq!(found(&with_f8), [], "{frequency}");
    }
    assert_eq!(
        found(&[("HI*", "REF*F8*PAYER123~HI*")]),
        [error("837P-P15", CLAIM_PATH, "REF")]
    );
}

#[test]
fn the_claim_charge_is_the_sum_of_the_lines_p13() {
    let findings = check(&read(&CLAIM.replacen("*230***", "*230.01***", 1)));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule.id(), "837P-P13");
    assert_eq!(findings[0].expected, Some(rust_decimal::Decimal::from(230)));
    assert_eq!(
        findings[0].actual.map(|a| a.to_string()),
        Some("230.01".to_owned())
    );
    // The same value written with other decimals is the same sum.
    assert_eq!(
        found(&[("*230***", "*230.00***"), ("*50*UN", "*50.0*UN")]),
        []
    );
}

#[test]
fn amounts_and_units_p19() {
    let line1 = "2000B[1]/2300[1]/2400[1]";
    assert_eq!(
        found(&[("*230***", "*-130***"), ("*180*UN", "*-180*UN")]),
        [
            error("837P-P19", CLAIM_PATH, "CLM02"),
            error("837P-P19", line1, "SV102"),
        ]
    );
    assert_eq!(
        found(&[("*230***", "*230.001***"), ("*180*UN", "*180.001*UN")]),
        [
            error("837P-P19", CLAIM_PATH, "CLM02"),
            error("837P-P19", line1, "SV102"),
        ]
    );
    assert_eq!(
        found(&[("UN*1***1:2", "UN*0***1:2")]),
        [error("837P-P19", line1, "SV104")]
    );
    assert_eq!(
        found(&[("UN*1***1:2", "UN*1.0001***1:2")]),
        [error("837P-P19", line1, "SV104")]
    );
    assert_eq!(found(&[("UN*1***1:2", "UN*1.125***1:2")]), []);
}

#[test]
fn diagnoses_p16() {
    assert_eq!(
        found(&[("HI*ABK:F411", "HI*ABF:F411")]),
        [error("837P-P16", CLAIM_PATH, "HI01-1")]
    );
    assert_eq!(
        found(&[("ABF:Z7189", "ABK:Z7189")]),
        [error("837P-P16", CLAIM_PATH, "HI02-1")]
    );
    assert_eq!(
        found(&[("ABK:F411", "ABK:F41.1")]),
        [error("837P-P16", CLAIM_PATH, "HI01-2")]
    );
    assert_eq!(
        found(&[("ABF:Z7189", "ABF:F411")]),
        [error("837P-P16", CLAIM_PATH, "HI02-2")]
    );
    // ICD-9 codes go with BF (for services before ICD-10).
    let icd9 = [
        ("HI*ABK:F411*ABF:Z7189", "HI*BK:3000*BF:V700"),
        ("DTP*472*D8*20240314", "DTP*472*D8*20150930"),
        ("DTP*472*D8*20240314", "DTP*472*RD8*20150901-20150930"),
    ];
    assert_eq!(found(&icd9), []);
}

#[test]
fn diagnoses_use_the_code_set_of_the_dates_of_service_p24() {
    let icd9 = [
        ("HI*ABK:F411*ABF:Z7189", "HI*BK:3000*BF:V700"),
        ("DTP*472*D8*20240314", "DTP*472*D8*20150930"),
        ("DTP*472*D8*20240314", "DTP*472*RD8*20150930-20151001"),
    ];
    assert_eq!(found(&icd9), [error("837P-P24", CLAIM_PATH, "HI01-1")]);
    assert_eq!(
        found(&[("DTP*472*D8*20240314", "DTP*472*D8*20150930")]),
        [error("837P-P24", CLAIM_PATH, "HI01-1")]
    );
    assert_eq!(found(&[("DTP*472*D8*20240314", "DTP*472*D8*20151001")]), []);
}

#[test]
fn pointers_name_diagnoses_of_the_claim_p17() {
    let line2 = "2000B[1]/2300[1]/2400[2]";
    assert_eq!(
        found(&[("UN*1***2~", "UN*1***3~")]),
        [error("837P-P17", line2, "SV107-1")]
    );
    assert_eq!(
        found(&[("UN*1***2~", "UN*1***2:0:2~")]),
        [
            error("837P-P17", line2, "SV107-2"),
            error("837P-P17", line2, "SV107-3"),
        ]
    );
}

#[test]
fn a_line_place_of_service_differs_from_the_claims_p20() {
    assert_eq!(
        found(&[("UN*1***1:2", "UN*1*10**1:2")]),
        [warning("837P-P20", "2000B[1]/2300[1]/2400[1]", "SV105")]
    );
    assert_eq!(found(&[("UN*1***1:2", "UN*1*11**1:2")]), []);
}

#[test]
fn every_line_has_its_date_of_service_p23() {
    assert_eq!(
        found(&[("DTP*472*D8*20240314~REF*6R*L2", "REF*6R*L2")]),
        [error("837P-P23", "2000B[1]/2300[1]/2400[2]", "SV1")]
    );
    assert_eq!(
        found(&[("DTP*472*D8*20240314", "DTP*472*RD8*20240314-20240301")]),
        [error("837P-P23", "2000B[1]/2300[1]/2400[1]", "DTP03")]
    );
    assert_eq!(
        found(&[("DTP*472*D8*20240314", "DTP*472*RD8*20240301-20240314")]),
        []
    );
}

#[test]
fn line_control_numbers_are_unique_p25() {
    assert_eq!(
        found(&[("REF*6R*L2", "REF*6R*L1")]),
        [error("837P-P25", "2000B[1]/2300[1]/2400[2]", "REF02")]
    );
}

#[test]
fn patient_control_numbers_p12() {
    // A second claim with the same CLM01.
    let second = "REF*6R*L2~CLM*TH-0001*50***10:B:1*Y*A*Y*Y~HI*ABK:F411~LX*1~\
                  SV1*HC:90785*50*UN*1***1~DTP*472*D8*20240314~SE";
    assert_eq!(
        found(&[("REF*6R*L2~SE", second)]),
        [error("837P-P12", "2000B[1]/2300[2]", "CLM01")]
    );
    assert_eq!(
        found(&[("CLM*TH-0001", "CLM*TH-0001-2024-03-15-AB")]),
        [warning("837P-P12", CLAIM_PATH, "CLM01")]
    );
}

#[test]
fn npis_pass_their_check_digit_p11() {
    assert_eq!(
        found(&[("XX*1234567893", "XX*1234567890")]),
        [error("837P-P11", "2000A[1]/2010AA[1]", "NM109")]
    );
    let rendering = "HI*ABK:F411*ABF:Z7189~NM1*82*1*LEE*KIM****XX*123456789~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", rendering)]),
        [error("837P-P11", "2000B[1]/2300[1]/2310B[1]", "NM109")]
    );
}

#[test]
fn a_rendering_provider_that_is_the_billing_provider_p21() {
    let rendering = "HI*ABK:F411*ABF:Z7189~NM1*82*1*LEE*KIM****XX*1234567893~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", rendering)]),
        [warning("837P-P21", "2000B[1]/2300[1]/2310B[1]", "NM109")]
    );
    let other = "HI*ABK:F411*ABF:Z7189~NM1*82*1*LEE*KIM****XX*1245319599~";
    assert_eq!(found(&[("HI*ABK:F411*ABF:Z7189~", other)]), []);
}

#[test]
fn the_billing_provider_p08_p09_p10() {
    let billing = "2000A[1]/2010AA[1]";
    assert_eq!(
        found(&[("N3*100 RIVER RD", "N3*P.O. BOX 100")]),
        [error("837P-P08", billing, "N301")]
    );
    assert_eq!(
        found(&[("N3*100 RIVER RD", "N3*100 RIVER RD*PMB 7")]),
        [error("837P-P08", billing, "N302")]
    );
    assert_eq!(
        found(&[("IL*627011234", "IL*62701")]),
        [error("837P-P09", billing, "N403")]
    );
    assert_eq!(found(&[("IL*627011234", "ON*K1A0B1*CA")]), []);
    assert_eq!(
        found(&[("REF*EI*371234567", "REF*EI*37-1234567")]),
        [error("837P-P10", billing, "REF02")]
    );
    assert_eq!(found(&[("REF*EI*371234567", "REF*SY*123456789")]), []);
    assert_eq!(
        found(&[("~REF*EI*371234567~", "~")]),
        [error("837P-P10", billing, "NM1")]
    );
}

#[test]
fn service_facility_zip_codes_p09() {
    let facility = "HI*ABK:F411*ABF:Z7189~NM1*77*2*CLINIC*****XX*1245319599~N3*1 MAIN ST~\
                    N4*SPRINGFIELD*IL*62701~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", facility)]),
        [error("837P-P09", "2000B[1]/2300[1]/2310C[1]", "N403")]
    );
}

#[test]
fn the_hierarchy_p05_p06_p07() {
    assert_eq!(
        found(&[("HL*2*1*22*0", "HL*2*1*22*1")]),
        [error("837P-P05", "2000B[1]", "HL04")]
    );
    assert_eq!(
        found(&[("HL*1**20*1", "HL*1**20*0")]),
        [error("837P-P05", "2000A[1]", "HL04")]
    );
    // A level of a kind an 837P does not have, kept by reading: named by its HL03.
    let other = "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~HL*3*2*99*0~";
    assert_eq!(
        found(&[
            ("HL*2*1*22*0", "HL*2*1*22*1"),
            ("NM1*PR*2*UNITED HEALTHCARE*****PI*87726~", other)
        ]),
        [error("837P-P05", "2000[1]", "HL03")]
    );
    assert_eq!(
        found(&[("SBR*P*18*", "SBR*P**")]),
        [error("837P-P06", "2000B[1]", "SBR02")]
    );
    assert_eq!(
        found(&[("~DMG*D8*19850412*F~", "~")]),
        [error("837P-P07", "2000B[1]/2010BA[1]", "NM1")]
    );
    // The patient is not the subscriber: the claim hangs under a patient level.
    let patient = "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~HL*3*2*23*0~PAT*19~\
                   NM1*QC*1*RIVERA*LUIS~N3*12 OAK ST~N4*SPRINGFIELD*IL*62704~DMG*D8*20150412*M~";
    let subscriber_details = "N3*12 OAK ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19850412*F~";
    let shape = [
        ("HL*2*1*22*0", "HL*2*1*22*1"),
        ("SBR*P*18*", "SBR*P**"),
        (subscriber_details, ""),
        ("NM1*PR*2*UNITED HEALTHCARE*****PI*87726~", patient),
    ];
    assert_eq!(found(&shape), []);
    let mut with_18 = shape;
    with_18[1] = ("SBR*P*18*", "SBR*P*18*");
    assert_eq!(found(&with_18), [error("837P-P06", "2000B[1]", "SBR02")]);
    let mut without_dmg = shape;
    without_dmg[3].1 = "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~HL*3*2*23*0~PAT*19~\
                        NM1*QC*1*RIVERA*LUIS~N3*12 OAK ST~N4*SPRINGFIELD*IL*62704~";
    assert_eq!(
        found(&without_dmg),
        [error("837P-P07", "2000C[1]/2010CA[1]", "NM1")]
    );
    // The subscriber's address and birth date stand for the patient's: with another patient,
    // 2010BA leaves them out.
    let mut subscriber_as_patient = shape;
    subscriber_as_patient[2].1 = subscriber_details;
    assert_eq!(
        found(&subscriber_as_patient),
        [
            warning("837P-P07", "2000B[1]/2010BA[1]", "N3"),
            warning("837P-P07", "2000B[1]/2010BA[1]", "N4"),
            warning("837P-P07", "2000B[1]/2010BA[1]", "DMG"),
        ]
    );
}

#[test]
fn a_chargeable_claim_charges_something_p27() {
    let zero = [
        ("*230***", "*0***"),
        ("*180*UN", "*0*UN"),
        ("*50*UN", "*0*UN"),
    ];
    assert_eq!(found(&zero), [warning("837P-P27", CLAIM_PATH, "CLM02")]);
    let mut reporting = zero.to_vec();
    reporting.push(("*1200*CH~", "*1200*RP~"));
    assert_eq!(found(&reporting), []);
}

/// `CLAIM` sent on to a second payer: the first paid 180 of 230, taking 20 as patient
/// responsibility over the claim and 30 off the first line.
const COB: [(&str, &str); 3] = [
    (
        "HI*ABK:F411*ABF:Z7189~",
        "HI*ABK:F411*ABF:Z7189~SBR*P*18*GRP1******CI~CAS*PR*1*20~AMT*D*180~OI***Y*P**Y~\
         NM1*IL*1*RIVERA*ANA****MI*FIRST123~NM1*PR*2*FIRST PAYER*****PI*55555~",
    ),
    (
        "REF*6R*L1~",
        "REF*6R*L1~SVD*55555*150*HC:90837:95**1~CAS*CO*45*30~DTP*573*D8*20240320~",
    ),
    (
        "REF*6R*L2~",
        "REF*6R*L2~SVD*55555*50*HC:90785**1~DTP*573*D8*20240320~",
    ),
];

#[test]
fn adjustment_reasons_have_the_form_of_their_list_s6() {
    // A reason of no CARC's form, at the claim (2320) and at a line (2430); the amounts still
    // balance, so nothing else is found.
    let mut changed = COB;
    changed[0].1 = "HI*ABK:F411*ABF:Z7189~SBR*P*18*GRP1******CI~CAS*PR*ZZ*20~AMT*D*180~\
                    OI***Y*P**Y~NM1*IL*1*RIVERA*ANA****MI*FIRST123~\
                    NM1*PR*2*FIRST PAYER*****PI*55555~";
    assert_eq!(
        found(&changed),
        [error("837P-S6", "2000B[1]/2300[1]/2320[1]", "CAS02")]
    );
    let mut changed = COB;
    changed[1].1 = "REF*6R*L1~SVD*55555*150*HC:90837:95**1~CAS*CO*045*30~DTP*573*D8*20240320~";
    assert_eq!(
        found(&changed),
        [error(
            "837P-S6",
            "2000B[1]/2300[1]/2400[1]/2430[1]",
            "CAS02"
        )]
    );
}

#[test]
fn a_claim_sent_on_balances_against_the_earlier_payer_p26() {
    assert_eq!(found(&COB), []);
    let line = "2000B[1]/2300[1]/2400[1]/2430[1]";
    let mut changed = COB;
    changed[1].1 = "REF*6R*L1~SVD*55555*151*HC:90837:95**1~CAS*CO*45*30~DTP*573*D8*20240320~";
    assert_eq!(found(&changed), [error("837P-P26", line, "SVD02")]);

    let mut changed = COB;
    changed[0].1 = "HI*ABK:F411*ABF:Z7189~SBR*P*18*GRP1******CI~CAS*PR*1*20~AMT*D*181~\
                    OI***Y*P**Y~NM1*IL*1*RIVERA*ANA****MI*FIRST123~\
                    NM1*PR*2*FIRST PAYER*****PI*55555~";
    let findings = check(&read(&apply(&changed)));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].path.to_string(), "2000B[1]/2300[1]/2320[1]");
    assert_eq!(findings[0].expected, Some(rust_decimal::Decimal::from(180)));
    assert_eq!(findings[0].actual, Some(rust_decimal::Decimal::from(181)));

    // A line adjudicated by a payer the claim does not name: its adjustments are not that
    // payer's, so the claim no longer balances either.
    let mut changed = COB;
    changed[1].1 = "REF*6R*L1~SVD*66666*150*HC:90837:95**1~CAS*CO*45*30~DTP*573*D8*20240320~";
    assert_eq!(
        found(&changed),
        [
            error("837P-P26", line, "SVD01"),
            error("837P-P26", "2000B[1]/2300[1]/2320[1]", "AMT02"),
        ]
    );
}

#[test]
fn lines_are_numbered_in_order_p18() {
    assert_eq!(
        found(&[("LX*2~", "LX*3~")]),
        [error("837P-P18", "2000B[1]/2300[1]/2400[2]", "LX01")]
    );
    assert_eq!(
        found(&[
            ("LX*1~", "LX*2~"),
            ("LX*2~SV1*HC:90785", "LX*1~SV1*HC:90785")
        ]),
        [
            error("837P-P18", "2000B[1]/2300[1]/2400[1]", "LX01"),
            error("837P-P18", "2000B[1]/2300[1]/2400[2]", "LX01"),
        ]
    );
}

#[test]
fn a_service_facility_is_elsewhere_p22() {
    let facility = |address: &str| {
        format!("HI*ABK:F411*ABF:Z7189~NM1*77*2*RIVERSIDE CLINIC*****XX*1245319599~{address}")
    };
    let same = facility("N3*100 River Rd~N4*SPRINGFIELD*IL*627011234~");
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", &same)]),
        [error("837P-P22", "2000B[1]/2300[1]/2310C[1]", "NM1")]
    );
    let elsewhere = facility("N3*200 RIVER RD~N4*SPRINGFIELD*IL*627011234~");
    assert_eq!(found(&[("HI*ABK:F411*ABF:Z7189~", &elsewhere)]), []);
    // Secondary ids only for a facility without an NPI.
    let with_ids = format!("{elsewhere}REF*G2*FAC77~REF*LU*9~");
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", &with_ids)]),
        [
            error("837P-P22", "2000B[1]/2300[1]/2310C[1]", "REF01"),
            error("837P-P22", "2000B[1]/2300[1]/2310C[1]", "REF01"),
        ]
    );
    let without_npi = with_ids.replace("*****XX*1245319599", "");
    assert_eq!(found(&[("HI*ABK:F411*ABF:Z7189~", &without_npi)]), []);
}

/// `CLAIM` with its two lines replaced by `count` lines of 10 each, the claim charge their sum.
fn with_lines(count: usize) -> Vec<(Severity, &'static str, String, String)> {
    let lines: String = (1..=count)
        .map(|n| format!("LX*{n}~SV1*HC:90837*10*UN*1***1~DTP*472*D8*20240314~REF*6R*L{n}~"))
        .collect();
    let start = CLAIM.find("LX*1~").unwrap();
    let end = CLAIM.find("SE*").unwrap();
    let text = format!("{}{lines}{}", &CLAIM[..start], &CLAIM[end..]).replacen(
        "CLM*TH-0001*230*",
        &format!("CLM*TH-0001*{}*", count * 10),
        1,
    );
    check(&read(&text))
        .into_iter()
        .map(|d| {
            let id = d.location.id.map_or(String::new(), |id| id.to_string());
            (d.severity, d.rule.id(), d.path.to_string(), id)
        })
        .collect()
}

#[test]
fn loops_repeat_no_more_than_the_guide_allows_s1() {
    assert_eq!(with_lines(50), []);
    assert_eq!(
        with_lines(51),
        [error("837P-S1", "2000B[1]/2300[1]/2400[51]", "LX")]
    );
    // Two referring providers (the referrer and the primary care provider) but one renderer.
    let referring = "HI*ABK:F411*ABF:Z7189~NM1*DN*1*WU*AL****XX*1245319599~\
                     NM1*P3*1*ORTIZ*EVA****XX*1245319599~";
    assert_eq!(found(&[("HI*ABK:F411*ABF:Z7189~", referring)]), []);
    let third = format!("{referring}NM1*DN*1*ROSS*IDA****XX*1245319599~");
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", &third)]),
        [error("837P-S1", "2000B[1]/2300[1]/2310A[3]", "NM1")]
    );
    let renderers = "HI*ABK:F411*ABF:Z7189~NM1*82*1*LEE*KIM****XX*1245319599~\
                     NM1*82*1*LEE*RAY****XX*1245319599~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", renderers)]),
        [error("837P-S1", "2000B[1]/2300[1]/2310B[2]", "NM1")]
    );
    // A line adjudicated 16 times by the earlier payer (each balanced on its own).
    let adjudication = "SVD*55555*50*HC:90785**1~DTP*573*D8*20240320~";
    let mut cob = COB;
    let sixteen = format!("REF*6R*L2~{}", adjudication.repeat(16));
    cob[2].1 = &sixteen;
    assert_eq!(
        found(&cob),
        [error("837P-S1", "2000B[1]/2300[1]/2400[2]/2430[16]", "SVD")]
    );
    let fifteen = format!("REF*6R*L2~{}", adjudication.repeat(15));
    cob[2].1 = &fifteen;
    assert_eq!(found(&cob), []);
    // 101 claims under one subscriber.
    let (start, end) = (CLAIM.find("CLM*").unwrap(), CLAIM.find("SE*").unwrap());
    let claims: String = (1..=101)
        .map(|n| CLAIM[start..end].replacen("TH-0001", &format!("TH-{n:04}"), 1))
        .collect();
    let text = format!("{}{claims}{}", &CLAIM[..start], &CLAIM[end..]);
    let rules: Vec<(&str, String)> = (check(&read(&text)).iter())
        .map(|d| (d.rule.id(), d.path.to_string()))
        .collect();
    assert_eq!(rules, [("837P-S1", "2000B[1]/2300[101]".to_owned())]);
}

#[test]
fn every_segment_has_its_place_s2() {
    // A second PRV in the billing provider level is kept untyped where it was met.
    assert_eq!(
        found(&[(
            "PRV*BI*PXC*101YP2500X~",
            "PRV*BI*PXC*101YP2500X~PRV*BI*PXC*101Y00000X~"
        )]),
        [error("837P-S2", "2000A[1]", "PRV")]
    );
    // A segment no 837P has.
    assert_eq!(
        found(&[(
            "DTP*472*D8*20240314~REF*6R*L1~",
            "DTP*472*D8*20240314~ZZZ*1~REF*6R*L1~"
        )]),
        [error("837P-S2", "2000B[1]/2300[1]/2400[1]", "ZZZ")]
    );
}

#[test]
fn required_segments_and_loops_s3() {
    let header = "header";
    assert_eq!(
        found(&[("BHT*0019*00*TH20240315*20240315*1200*CH~", "")]),
        [error("837P-S3", header, "ST")]
    );
    assert_eq!(
        found(&[("PER*IC*BILLING OFFICE*TE*5555550100~", "")]),
        [error("837P-S3", "1000A[1]", "NM1")]
    );
    assert_eq!(
        found(&[("NM1*40*2*CLEARINGHOUSE EXAMPLE*****46*CHX~", "")]),
        [error("837P-S3", header, "ST")]
    );
    assert_eq!(
        found(&[("SBR*P*18*GRP7788******CI~", "")]),
        [error("837P-S3", "2000B[1]", "HL")]
    );
    assert_eq!(
        found(&[("NM1*PR*2*UNITED HEALTHCARE*****PI*87726~", "")]),
        [error("837P-S3", "2000B[1]", "HL")]
    );
    assert_eq!(
        found(&[("N3*100 RIVER RD~", "")]),
        [error("837P-S3", "2000A[1]/2010AA[1]", "NM1")]
    );
    let facility = "HI*ABK:F411*ABF:Z7189~NM1*77*2*CLINIC*****XX*1245319599~\
                    N4*SPRINGFIELD*IL*627051234~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", facility)]),
        [error("837P-S3", "2000B[1]/2300[1]/2310C[1]", "NM1")]
    );
    // A line adjudication without the date the other payer paid it.
    let mut cob = COB;
    cob[2].1 = "REF*6R*L2~SVD*55555*50*HC:90785**1~";
    assert_eq!(
        found(&cob),
        [error("837P-S3", "2000B[1]/2300[1]/2400[2]/2430[1]", "SVD")]
    );
}

#[test]
fn segments_repeat_no_more_than_their_use_s4() {
    assert_eq!(
        found(&[(
            "N4*SPRINGFIELD*IL*627011234~",
            "N4*SPRINGFIELD*IL*627011234~N4*URBANA*IL*618011234~"
        )]),
        [error("837P-S4", "2000A[1]/2010AA[1]", "N4")]
    );
    assert_eq!(
        found(&[("REF*EI*371234567~", "REF*EI*371234567~REF*SY*123456789~")]),
        [error("837P-S4", "2000A[1]/2010AA[1]", "REF")]
    );
    let line = "2000B[1]/2300[1]/2400[1]";
    assert_eq!(
        found(&[("REF*6R*L1~", "REF*6R*L1~REF*6R*L9~")]),
        [error("837P-S4", line, "REF")]
    );
    // Line notes: one ADD or DCP, one TPO.
    assert_eq!(
        found(&[("REF*6R*L1~", "REF*6R*L1~NTE*ADD*A~NTE*TPO*B~")]),
        []
    );
    assert_eq!(
        found(&[("REF*6R*L1~", "REF*6R*L1~NTE*ADD*A~NTE*DCP*B~")]),
        [error("837P-S4", line, "NTE")]
    );
    // Prior authorizations: five on a line; one kind of date of each kind in the claim.
    let five = "REF*6R*L1~REF*G1*A1~REF*G1*A2~REF*G1*A3~REF*G1*A4~REF*G1*A5~";
    assert_eq!(found(&[("REF*6R*L1~", five)]), []);
    assert_eq!(
        found(&[("REF*6R*L1~", &format!("{five}REF*G1*A6~"))]),
        [error("837P-S4", line, "REF")]
    );
    let onset = "DTP*431*D8*20240301~DTP*431*D8*20240302~HI*ABK:F411*ABF:Z7189~";
    let dates = [("HI*ABK:F411*ABF:Z7189~", onset)];
    assert_eq!(found(&dates), [error("837P-S4", CLAIM_PATH, "DTP")]);
}

#[test]
fn name_loop_contacts_and_ids_and_line_paperwork_repeat_no_more_than_their_use_s4() {
    let billing = "2000A[1]/2010AA[1]";
    let contact = |n: usize| "PER*IC*DESK*TE*2175550100~".repeat(n);
    let with_contacts = |n: usize| format!("REF*EI*371234567~{}", contact(n));
    // The billing provider: two contacts.
    assert_eq!(found(&[("REF*EI*371234567~", &with_contacts(2))]), []);
    assert_eq!(
        found(&[("REF*EI*371234567~", &with_contacts(3))]),
        [error("837P-S4", billing, "PER")]
    );
    // The subscriber: one.
    let subscriber = "DMG*D8*19850412*F~";
    assert_eq!(
        found(&[(subscriber, &format!("{subscriber}{}", contact(2)))]),
        [error("837P-S4", "2000B[1]/2010BA[1]", "PER")]
    );
    // The payer's other ids (2U, EI, FY, NF) three times, its provider ids (G2, LU) twice.
    let payer = "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~";
    let ids = |refs: &str| found(&[(payer, &format!("{payer}{refs}"))]);
    assert_eq!(
        ids("REF*2U*A~REF*EI*371234567~REF*FY*C~REF*G2*D~REF*LU*E~"),
        []
    );
    assert_eq!(
        ids("REF*2U*A~REF*EI*371234567~REF*FY*C~REF*NF*D~"),
        [error("837P-S4", "2000B[1]/2010BB[1]", "REF")]
    );
    assert_eq!(
        ids("REF*G2*D~REF*LU*E~REF*G2*F~"),
        [error("837P-S4", "2000B[1]/2010BB[1]", "REF")]
    );
    // A line's certificate of medical necessity once, beside its supplemental paperwork.
    let line = "2000B[1]/2300[1]/2400[1]";
    let first = "SV1*HC:90837:95*180*UN*1***1:2~";
    let paperwork = |pwk: &str| found(&[(first, &format!("{first}{pwk}"))]);
    assert_eq!(paperwork("PWK*CT*AD~PWK*OZ*BM~PWK*CT*BM~"), []);
    assert_eq!(
        paperwork("PWK*CT*AD~PWK*CT*AB~"),
        [error("837P-S4", line, "PWK")]
    );
}

#[test]
fn elements_are_as_long_as_the_dictionary_allows_s5() {
    let long_name = "R".repeat(61);
    assert_eq!(
        found(&[("RIVERA*ANA", &format!("{long_name}*ANA"))]),
        [error("837P-S5", "2000B[1]/2010BA[1]", "NM103")]
    );
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*SPRINGFIELD*IL*62")]),
        [error("837P-S5", "2000B[1]/2010BA[1]", "N403")]
    );
    // A component: the procedure code of SV101 (at most 48), and an HI code (at most 30).
    let code = "9".repeat(49);
    assert_eq!(
        found(&[("HC:90785*", &format!("HC:{code}*"))]),
        [error("837P-S5", "2000B[1]/2300[1]/2400[2]", "SV101-2")]
    );
    let diagnosis = "Z".repeat(31);
    assert_eq!(
        found(&[("ABF:Z7189", &format!("ABF:{diagnosis}"))]),
        [error("837P-S5", CLAIM_PATH, "HI02-2")]
    );
    // Amounts count their digits, not the sign or the decimal point: 18 digits pass.
    let digits = format!("{}.12", "1".repeat(16));
    let charge = [
        ("CLM*TH-0001*230*", format!("CLM*TH-0001*{digits}*")),
        ("SV1*HC:90837:95*180*", format!("SV1*HC:90837:95*{digits}*")),
        ("SV1*HC:90785*50*", "SV1*HC:90785*0*".to_owned()),
    ];
    let changes: Vec<(&str, &str)> = charge.iter().map(|(a, b)| (*a, b.as_str())).collect();
    assert_eq!(found(&changes), []);
    let shown: Vec<String> = check(&read(&apply(&[(
        "RIVERA*ANA",
        &format!("{long_name}*ANA"),
    )])))
    .iter()
    .map(|d| d.message.to_string())
    .collect();
    assert_eq!(
        shown,
        [format!(
            "\"{long_name}\" is 61 characters long; the element takes at most 60"
        )]
    );
}

#[test]
fn coded_elements_hold_a_code_the_guide_lists_s6() {
    assert_eq!(
        found(&[("*Y*A*Y*Y~", "*X*A*Y*Y~")]),
        [error("837P-S6", CLAIM_PATH, "CLM06")]
    );
    assert_eq!(
        found(&[("SV1*HC:90785*50*UN*", "SV1*HC:90785*50*HR*")]),
        [error("837P-S6", "2000B[1]/2300[1]/2400[2]", "SV103")]
    );
    assert_eq!(
        found(&[("DMG*D8*19850412*F", "DMG*D8*19850412*X")]),
        [error("837P-S6", "2000B[1]/2010BA[1]", "DMG03")]
    );
    // A component: the product or service qualifier of SV101.
    let shown: Vec<String> = check(&read(&apply(&[("SV1*HC:90785", "SV1*XX:90785")])))
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(shown.len(), 1);
    assert!(
        shown[0].starts_with(
            "error 837P-S6 2000B[1]/2300[1]/2400[2] SV101-1 at segment 28 (byte 793): \"XX\" is \
             not a code the guide lists here (ER, HC, IV, WK)"
        ),
        "{}",
        shown[0]
    );
}

#[test]
fn segments_keep_the_x12_syntax_notes_s7() {
    // NM108 and NM109 go together.
    assert_eq!(
        found(&[(
            "UNITED HEALTHCARE*****PI*87726~",
            "UNITED HEALTHCARE*****PI~"
        )]),
        [error("837P-S7", "2000B[1]/2010BB[1]", "NM109")]
    );
    // So do PER03 and PER04.
    assert_eq!(
        found(&[(
            "PER*IC*BILLING OFFICE*TE*5555550100~",
            "PER*IC*BILLING OFFICE*TE~"
        )]),
        [error("837P-S7", "1000A[1]", "PER04")]
    );
    // A state (N402) and a country subdivision (N407) exclude each other (N407 also calls for a
    // country, N404, given here).
    let shown: Vec<String> = (check(&read(&apply(&[(
        "N4*SPRINGFIELD*IL*62704~",
        "N4*SPRINGFIELD*IL*62704*CA***ON~",
    )])))
    .iter())
    .map(|d| d.to_string())
    .collect();
    assert_eq!(
        shown,
        [
            "error 837P-S7 2000B[1]/2010BA[1] N407 at segment 18 (byte 585): N402, N407 exclude each \
          other: send one (X12 syntax note E0207)"
        ]
    );
}

#[test]
fn elements_the_guide_requires_or_leaves_unused_in_every_loop_s8() {
    assert_eq!(
        found(&[("*20240315*1200*CH~", "*20240315*1200~")]),
        [error("837P-S8", "header", "BHT06")]
    );
    assert_eq!(
        found(&[("HL*2*1*22*0~", "HL*2*1*22~")]),
        [error("837P-S8", "2000B[1]", "HL04")]
    );
    assert_eq!(
        found(&[("CLM*TH-0001*230***", "CLM*TH-0001*230*X**")]),
        [error("837P-S8", CLAIM_PATH, "CLM03")]
    );
    // A required element a syntax note already names is reported once.
    assert_eq!(
        found(&[(
            "PER*IC*BILLING OFFICE*TE*5555550100~",
            "PER*IC*BILLING OFFICE*TE~"
        )]),
        [error("837P-S7", "1000A[1]", "PER04")]
    );
}

#[test]
fn hl01_numbers_the_levels_in_order_p05() {
    assert_eq!(
        found(&[("HL*2*1*22*0", "HL*3*1*22*0")]),
        [error("837P-P05", "2000B[1]", "HL01")]
    );
    assert_eq!(
        found(&[("HL*2*1*22*0", "HL*02*1*22*0")]),
        [error("837P-P05", "2000B[1]", "HL01")]
    );
}

#[test]
fn codes_and_uses_that_depend_on_the_loop_s6_s8() {
    let payer = "2000B[1]/2010BB[1]";
    // A payer's name loop: NM103 required, NM104 (a first name) not used, NM108 PI or XV. The
    // same NM104 is right for the subscriber (2010BA), a person.
    assert_eq!(
        found(&[("NM1*PR*2*UNITED HEALTHCARE*", "NM1*PR*2**")]),
        [error("837P-S8", payer, "NM103")]
    );
    assert_eq!(
        found(&[("UNITED HEALTHCARE*****PI", "UNITED HEALTHCARE*JOHN****PI")]),
        [error("837P-S8", payer, "NM104")]
    );
    assert_eq!(
        found(&[("UNITED HEALTHCARE*****PI", "UNITED HEALTHCARE*****ZZ")]),
        [error("837P-S6", payer, "NM108")]
    );
    // A communication qualifier the submitter's contact (1000A) does not take.
    assert_eq!(
        found(&[("BILLING OFFICE*TE*", "BILLING OFFICE*ZZ*")]),
        [error("837P-S6", "1000A[1]", "PER03")]
    );
    // The billing provider's specialty is BI; PE is the rendering provider's.
    assert_eq!(
        found(&[("PRV*BI*", "PRV*PE*")]),
        [error("837P-S6", "2000A[1]", "PRV01")]
    );
    // A date of service is D8 or RD8.
    let line1 = "2000B[1]/2300[1]/2400[1]";
    assert_eq!(
        found(&[("DTP*472*D8*20240314", "DTP*472*DT*20240314")]),
        [error("837P-S6", line1, "DTP02")]
    );
    // A reference the guide does not list for a line, named with those it does.
    let shown: Vec<String> = (check(&read(&apply(&[("REF*6R*L1", "REF*EI*L1")]))).iter())
        .map(|d| d.to_string())
        .collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with(&format!(
            "error 837P-S6 {line1} REF01 at segment 26 (byte 778): \"EI\" is not a code the \
             guide lists here (9B, 9D, G1, 6R, EW, X4, F4, BT, 9F)"
        )),
        "{}",
        shown[0]
    );
    // PWK*CT is both a line's supplemental information (PWK02 EL ...) and the DME certificate
    // of medical necessity indicator (PWK02 AB ...): either fits, anything else does not.
    let first = "SV1*HC:90837:95*180*UN*1***1:2";
    for fits in ["PWK*CT*EL", "PWK*CT*AB"] {
        let to = format!("{first}~{fits}");
        assert_eq!(found(&[(first, &to)]), [], "{fits}");
    }
    assert_eq!(
        found(&[(first, &format!("{first}~PWK*CT*ZZ") as &str)]),
        [error("837P-S6", line1, "PWK02")]
    );
    // A long list is not spelled out.
    let shown: Vec<String> = (check(&read(&apply(&[(
        first,
        "SV1*HC:90837:95*180*UN*1***1:2~PWK*ZZ*EL",
    )])))
    .iter())
    .map(|d| d.to_string())
    .collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].ends_with("\"ZZ\" is not one of the 61 codes the guide lists here"),
        "{}",
        shown[0]
    );
}

#[test]
fn states_and_provinces_s6() {
    let subscriber = "2000B[1]/2010BA[1]";
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*SPRINGFIELD*ZZ*62704")]),
        [error("837P-S6", subscriber, "N402")]
    );
    // A Canadian province; a retired abbreviation (PQ, now QC) is refused.
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*MONTREAL*QC*H2Y1C6*CA")]),
        []
    );
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*MONTREAL*PQ*H2Y1C6*CA")]),
        [error("837P-S6", subscriber, "N402")]
    );
    // The state of an auto accident (CLM11-4).
    assert_eq!(found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**AA:::IL~")]), []);
    assert_eq!(
        found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**AA:::XY~")]),
        [error("837P-S6", CLAIM_PATH, "CLM11-4")]
    );
    // Both are required: a US address has its state, an auto accident the state it happened in.
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*SPRINGFIELD**62704")]),
        [error("837P-S8", subscriber, "N402")]
    );
    assert_eq!(
        found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**AA~")]),
        [error("837P-S8", CLAIM_PATH, "CLM11-4")]
    );
    // Not for an address elsewhere, nor for an employment-related claim.
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*MEXICO CITY**06600*MX")]),
        []
    );
    assert_eq!(found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**EM~")]), []);
    // A country is an ISO 3166 code: YU was withdrawn, UK never was one (GB is).
    for country in ["YU", "UK"] {
        assert_eq!(
            found(&[(
                "N4*SPRINGFIELD*IL*62704",
                &format!("N4*BELGRADE**11000*{country}") as &str
            )]),
            [error("837P-S6", subscriber, "N404")]
        );
    }
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704", "N4*LONDON**SW1A1AA*GB")]),
        []
    );
    assert_eq!(
        found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**AA::::XX~")]),
        [error("837P-S6", CLAIM_PATH, "CLM11-5")]
    );
}

/// What the rules say of `CLAIM` with each `(from, to)` replaced once, as shown.
fn shown(changes: &[(&str, &str)]) -> Vec<String> {
    check(&read(&apply(changes)))
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn typed_segments_stand_in_the_guides_order_s2() {
    // The subscriber's N4 before its N3: the N3 is the one out of place, as the guide places it
    // before the N4.
    assert_eq!(
        shown(&[(
            "N3*12 OAK ST~N4*SPRINGFIELD*IL*62704~",
            "N4*SPRINGFIELD*IL*62704~N3*12 OAK ST~"
        )]),
        [
            "error 837P-S2 2000B[1]/2010BA[1] N3 at segment 18 (byte 596): N3 stands out of the \
          guide's order: the guide places it before the N4 at segment 17"
        ]
    );
    // The payer's name loop after the claim.
    let payer = "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~";
    let late = [
        (payer, ""),
        ("REF*6R*L2~", &format!("REF*6R*L2~{payer}") as &str),
    ];
    assert_eq!(
        shown(&late),
        [
            "error 837P-S2 2000B[1]/2010BB[1] NM1 at segment 30 (byte 808): NM1 stands out of the \
          guide's order: the guide places it before the CLM at segment 20"
        ]
    );
    // A date of the claim after its diagnoses; a line's paperwork after its date of service.
    let onset = "HI*ABK:F411*ABF:Z7189~DTP*431*D8*20240301~";
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", onset)]),
        [error("837P-S2", CLAIM_PATH, "DTP")]
    );
    let paperwork = "DTP*472*D8*20240314~PWK*OZ*BM~";
    assert_eq!(
        found(&[("DTP*472*D8*20240314~", paperwork)]),
        [error("837P-S2", "2000B[1]/2300[1]/2400[1]", "PWK")]
    );
    // In the guide's order, none of them is found.
    assert_eq!(found(&[("HI*ABK", "DTP*431*D8*20240301~HI*ABK")]), []);
    // The second line's LX left out: its SV1 is kept untyped in the first line, and its DTP
    // and REF are the first line's second ones. Each is reported once: the SV1 as kept
    // untyped (not also as out of order, though it is written back after the second DTP),
    // the DTP and REF as repeated (not the DTP also as out of order, though the guide places
    // it before the first line's REF).
    assert_eq!(
        shown(&[("LX*2~", "")]),
        [
            "error 837P-S2 2000B[1]/2300[1]/2400[1] SV1 at segment 27 (byte 788): SV1 is not a \
             segment the guide places here (out of guide order, past its maximum use, or \
             foreign); it was kept as it is, untyped",
            "error 837P-S4 2000B[1]/2300[1]/2400[1] DTP at segment 28 (byte 813): DTP repeated: \
             the guide allows it once in a line",
            "error 837P-S4 2000B[1]/2300[1]/2400[1] REF at segment 29 (byte 833): REF repeated: \
             the guide allows it once in a line",
            "error 837P-P13 2000B[1]/2300[1] CLM02 at segment 21 (byte 667): the claim's charge \
             is not the sum of its lines' charges (SV102): expected 180, found 230",
        ]
    );
}

#[test]
fn a_currency_is_an_iso_4217_code_s6() {
    let cur = |code: &str| format!("PRV*BI*PXC*101YP2500X~CUR*85*{code}~");
    assert_eq!(
        found(&[("PRV*BI*PXC*101YP2500X~", &cur("CAD") as &str)]),
        []
    );
    // HRK was withdrawn when Croatia took the euro; ZZZ never was a code.
    for code in ["HRK", "ZZZ"] {
        assert_eq!(
            found(&[("PRV*BI*PXC*101YP2500X~", &cur(code) as &str)]),
            [error("837P-S6", "2000A[1]", "CUR02")]
        );
    }
}

#[test]
fn a_claims_other_hi_segments_are_procedures_or_conditions_p16() {
    assert_eq!(found(&[("ABF:Z7189~", "ABF:Z7189~HI*BG:01~")]), []);
    assert_eq!(
        found(&[("ABF:Z7189~", "ABF:Z7189~HI*ZZ:01~")]),
        [error("837P-P16", CLAIM_PATH, "HI01-1")]
    );
    // A condition HI holds conditions only (S6 for the loop's list).
    assert_eq!(
        found(&[("ABF:Z7189~", "ABF:Z7189~HI*BG:01*ABF:02~")]),
        [error("837P-S6", CLAIM_PATH, "HI02-1")]
    );
}

#[test]
fn no_trailing_separators_s9() {
    assert_eq!(
        found(&[("N4*SPRINGFIELD*IL*62704~", "N4*SPRINGFIELD*IL*62704*~")]),
        [error("837P-S9", "2000B[1]/2010BA[1]", "N404")]
    );
    assert_eq!(
        found(&[("SV1*HC:90785*", "SV1*HC:90785:*")]),
        [error("837P-S9", "2000B[1]/2300[1]/2400[2]", "SV101")]
    );
    // Empty elements and components between others are how X12 skips them.
    assert_eq!(found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y**AA:::IL~")]), []);
}

#[test]
fn taxonomy_codes_have_the_nucc_form_p28() {
    assert_eq!(
        found(&[("PRV*BI*PXC*101YP2500X", "PRV*BI*PXC*101YP2500")]),
        [error("837P-P28", "2000A[1]", "PRV03")]
    );
    assert_eq!(
        found(&[("PRV*BI*PXC*101YP2500X", "PRV*BI*PXC*101YP-500X")]),
        [error("837P-P28", "2000A[1]", "PRV03")]
    );
    // A rendering provider's, in its name loop (2310B).
    let rendering = "NM1*82*1*SHAH*PRIYA****XX*9876543213~PRV*PE*PXC*103T00000";
    assert_eq!(
        found(&[(
            "HI*ABK:F411*ABF:Z7189~",
            &format!("HI*ABK:F411*ABF:Z7189~{rendering}~")
        )]),
        [error("837P-P28", "2000B[1]/2300[1]/2310B[1]", "PRV03")]
    );
}

#[test]
fn no_element_past_the_last_the_guide_gives_s8() {
    // CLM has twenty elements; a twenty-first is refused, also past 65535 elements.
    assert_eq!(
        found(&[("*Y*A*Y*Y~", "*Y*A*Y*Y************X~")]),
        [error("837P-S8", CLAIM_PATH, "CLM21")]
    );
    let far = format!("*Y*A*Y*Y{}X~", "*".repeat(70_000));
    assert_eq!(
        found(&[("*Y*A*Y*Y~", far.as_str())]),
        [error("837P-S8", CLAIM_PATH, "CLM65535")]
    );
    // HI holds twelve composites.
    let thirteen = (1..=13).map(|n| format!("ABF:Z{n:03}")).collect::<Vec<_>>();
    let hi = format!("HI*ABK:F411*{}~", thirteen[1..].join("*"));
    assert_eq!(
        found(&[("HI*ABK:F411*ABF:Z7189~", hi.as_str())]),
        [error("837P-S8", CLAIM_PATH, "HI13")]
    );
}
