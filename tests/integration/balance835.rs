//! 835 balancing over the public corpus, and one unbalanced literal input per rule with the
//! diagnostic's amounts and place.

use x12_claims::envelope::Document;
use x12_claims::remit835::remittances;
use x12_claims::validate::{balance835, set835};

use crate::fixtures::name;
use crate::remit835::{corpus_835, from_isa, parse_one, wrap};

/// Files whose amounts do not add up, with the findings expected.
const UNBALANCED: &[(&str, &str)] = &[(
    "stupidedi_X221-case-3a.edi",
    "error 835-B5 header BPR02 at segment 4 (byte 185): the payment total is not the claim payments less the provider adjustments: expected 1224.54, found 1222",
)];

#[test]
fn corpus_balances_except_where_the_sample_is_wrong() {
    for path in corpus_835() {
        let file = name(&path);
        let input = std::fs::read(&path).unwrap();
        let Ok(doc) = Document::parse_unchecked(from_isa(&input)) else {
            continue;
        };
        let found: Vec<String> = remittances(&doc)
            .flatten()
            .flat_map(|r| balance835::check(&r))
            .map(|d| d.to_string())
            .collect();
        let expected: Vec<&str> = UNBALANCED
            .iter()
            .filter(|(f, _)| *f == file)
            .map(|(_, d)| *d)
            .collect();
        assert_eq!(found, expected, "{file}");
    }
}

/// One diagnostic as (rule, path, element, expected, actual).
type Finding = (String, String, String, Option<String>, Option<String>);

/// Diagnostics of a literal body.
fn findings(body: &str, bpr02: &str) -> Vec<Finding> {
    let text = wrap(body).replace("BPR*I*90*", &format!("BPR*I*{bpr02}*"));
    let r = parse_one(&text).unwrap();
    balance835::check(&r)
        .into_iter()
        .map(|d| {
            let element = d.location.element.unwrap().element;
            (
                d.rule.id().to_owned(),
                d.path.to_string(),
                format!("{}{:02}", d.location.id.unwrap(), element),
                d.expected.map(|e| e.to_string()),
                d.actual.map(|a| a.to_string()),
            )
        })
        .collect()
}

fn f(rule: &str, path: &str, at: &str, expected: Option<&str>, actual: &str) -> Finding {
    (
        rule.into(),
        path.into(),
        at.into(),
        expected.map(Into::into),
        Some(actual.into()),
    )
}

#[test]
fn each_balancing_rule_reports_its_amounts_and_place() {
    let clean =
        "LX*1~CLP*A*1*180*90*30*12*I1~NM1*QC*1*DOE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~";
    assert!(findings(clean, "90").is_empty());
    // B1 and B3: the line pays 95 where 180 - 90 = 90; the claim says 90.
    assert_eq!(
        findings(
            "LX*1~CLP*A*1*180*90*30*12*I1~NM1*QC*1*DOE~SVC*HC:90837*180*95~CAS*CO*45*60~CAS*PR*3*30~",
            "90"
        ),
        [
            f(
                "835-B1",
                "2000[1]/2100[1]/2110[1]",
                "SVC03",
                Some("90"),
                "95"
            ),
            f("835-B3", "2000[1]/2100[1]", "CLP04", Some("95"), "90"),
        ]
    );
    // B2: the claim pays 80 where 180 - 90 = 90 (the line is right; B3 sees it too).
    assert_eq!(
        findings(
            "LX*1~CLP*A*1*180*80*30*12*I1~NM1*QC*1*DOE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~",
            "80"
        ),
        [
            f("835-B2", "2000[1]/2100[1]", "CLP04", Some("90"), "80"),
            f("835-B3", "2000[1]/2100[1]", "CLP04", Some("90"), "80"),
        ]
    );
    // B2 alone, on a claim without lines.
    assert_eq!(
        findings("LX*1~CLP*A*4*180*0**12*I1~CAS*CO*16*170~NM1*QC*1*DOE~", "0"),
        [f("835-B2", "2000[1]/2100[1]", "CLP04", Some("10"), "0")]
    );
    // B4: CLP05 says 20 where the PR adjustments make 30 (a warning).
    let found = findings(
        "LX*1~CLP*A*1*180*90*20*12*I1~NM1*QC*1*DOE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~",
        "90",
    );
    assert_eq!(
        found,
        [f("835-B4", "2000[1]/2100[1]", "CLP05", Some("30"), "20")]
    );
    // B5: BPR02 95 against 90 paid less 0; then with a PLB taking 5 back, 85.
    assert_eq!(
        findings(clean, "95"),
        [f("835-B5", "header", "BPR02", Some("90"), "95")]
    );
    let with_plb = format!("{clean}PLB*1234567893*20241231*WO:I0*5~");
    assert_eq!(
        findings(&with_plb, "90"),
        [f("835-B5", "header", "BPR02", Some("85"), "90")]
    );
    assert!(findings(&with_plb, "85").is_empty());
    // B6: a negative payment total, even when it balances.
    let reversal = "LX*1~CLP*A*22*-180*-90*-30*12*I1~NM1*QC*1*DOE~SVC*HC:90837*-180*-90~CAS*CO*45*-60~CAS*PR*3*-30~";
    assert_eq!(
        findings(reversal, "-90"),
        [(
            "835-B6".to_owned(),
            "header".to_owned(),
            "BPR02".to_owned(),
            None,
            Some("-90".to_owned())
        )]
    );
    // A reversal with its correction balances, and an unbalanced reversal is found like any.
    let corrected = format!(
        "{reversal}CLP*A*1*180*110*30*12*I2~NM1*QC*1*DOE~SVC*HC:90837*180*110~CAS*CO*45*40~CAS*PR*3*30~"
    );
    assert!(findings(&corrected, "20").is_empty());
    assert_eq!(
        findings(
            &corrected.replacen("CAS*CO*45*-60", "CAS*CO*45*-50", 1),
            "20"
        ),
        [
            f(
                "835-B1",
                "2000[1]/2100[1]/2110[1]",
                "SVC03",
                Some("-100"),
                "-90"
            ),
            f("835-B2", "2000[1]/2100[1]", "CLP04", Some("-100"), "-90"),
        ]
    );
}

#[test]
fn diagnostics_read_as_sentences() {
    let text = wrap("LX*1~CLP*A*1*180*80*30*12*I1~CAS*PR*3*30~CAS*CO*45*60~NM1*QC*1*DOE~");
    let r = parse_one(&text).unwrap();
    let messages: Vec<String> = balance835::check(&r)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "error 835-B2 2000[1]/2100[1] CLP04 at segment 14 (byte 424): the claim payment is not the claim charge less the claim and line adjustments: expected 90, found 80",
            "error 835-B5 header BPR02 at segment 4 (byte 172): the payment total is not the claim payments less the provider adjustments: expected 80, found 90",
        ]
    );
}

#[test]
fn every_triple_of_a_cas_counts_and_quantities_do_not() {
    let body = "LX*1~CLP*A*1*200*110*30*12*I1~NM1*QC*1*DOE~SVC*HC:90837*200*110**2~\
                CAS*CO*45*50*2*253*10~CAS*PR*1*20**2*10*1~";
    let text = wrap(body).replace("BPR*I*90*", "BPR*I*110*");
    let r = parse_one(&text).unwrap();
    assert!(balance835::check(&r).is_empty());
    // One cent more in the second PR triple: the line, the claim and CLP05 disagree.
    let text = text.replace("CAS*PR*1*20**2*10*1~", "CAS*PR*1*20**2*10.01*1~");
    let r = parse_one(&text).unwrap();
    let found: Vec<(String, Option<String>)> = balance835::check(&r)
        .iter()
        .map(|d| (d.rule.id().to_owned(), d.expected.map(|e| e.to_string())))
        .collect();
    assert_eq!(
        found,
        [
            ("835-B1".to_owned(), Some("109.99".to_owned())),
            ("835-B2".to_owned(), Some("109.99".to_owned())),
            ("835-B4".to_owned(), Some("30.01".to_owned())),
        ]
    );
}

#[test]
fn structure_rules_on_the_corpus_and_on_literal_input() {
    use x12_claims::validate::structure835;
    // The spec examples are complete: nothing to report.
    for path in corpus_835()
        .into_iter()
        .filter(|p| name(p).ends_with(".835.x12"))
    {
        let input = std::fs::read(&path).unwrap();
        let doc = Document::parse(&input).unwrap();
        for r in remittances(&doc) {
            assert!(
                structure835::check(&r.unwrap()).is_empty(),
                "{}",
                name(&path)
            );
        }
    }
    let text = wrap("LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~CAS*CO*45*0~")
        .replace("*20240405~TRN", "~TRN")
        .replace("N4*SALEM*OR*97301~", "")
        .replace("PER*BL*EDI*TE*8005550199~", "");
    let r = parse_one(&text).unwrap();
    let found: Vec<String> = structure835::check(&r)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "error 835-S3 1000A N1 at segment 7 (byte 282): the payer has no address (N3 and N4)",
            "error 835-S4 1000A N1 at segment 7 (byte 282): the payer has no technical contact (PER*BL)",
        ]
    );
    // With the element rules: the claim's CAS after its NM1 is kept untyped (835-S1), and
    // BPR16 left out is an element the guide requires, reported once (it is the last element
    // of its BPR, so no separator trails it). SE01 still counts the segments taken out.
    let doc = Document::parse_unchecked(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    let found: Vec<String> = (set835::check(set).unwrap().iter())
        .filter(|d| matches!(d.rule.id(), "835-S1" | "835-S9"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "error 835-S9 header BPR16 at segment 4 (byte 172): BPR16 (check issue or EFT effective date) is required",
            "error 835-S1 2000[1]/2100[1] CAS at segment 14 (byte 406): a segment the guide does not place here was kept as it is, untyped",
        ]
    );
}

/// A header number whose LX is lost leaves its TS3 inside the claim payment before it, where
/// the guide does not place a TS3: an error, as any segment out of place is, not a warning.
#[test]
fn a_summary_left_inside_a_claim_payment_is_an_error() {
    use x12_claims::validate::elements835;
    let text = wrap(
        "LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~TS3*1234567893*11*20241231*1*80~\
         CLP*B*1*80*80**12*I2~NM1*QC*1*ROE~",
    );
    let remittance = parse_one(&text).unwrap();
    let doc = Document::parse(text.as_bytes()).unwrap();
    let found: Vec<String> = (elements835::check(doc.transaction_sets().next().unwrap()).iter())
        .map(ToString::to_string)
        .collect();
    // The 16th segment: ISA, GS, ST, nine header and party segments, LX, CLP, NM1, then TS3.
    let byte = text.find("TS3*").unwrap();
    assert_eq!(
        found,
        [format!(
            "error 835-S1 2000[1]/2100[1] TS3 at segment 16 (byte {byte}): a segment the guide does not place here was kept as it is, untyped"
        )]
    );
    let unknown: Vec<_> = remittance.unknown_segments().collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].1.raw.id(), "TS3");
}

#[test]
fn payment_details_and_header_numbers_without_claims() {
    use x12_claims::validate::structure835;
    let claim = "LX*1~CLP*A*1*10*10**12*I1~NM1*QC*1*DOE~";
    let findings = |text: &str| -> Vec<String> {
        let doc = Document::parse(text.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        crate::index835::agrees(set);
        let r = parse_one(text).unwrap();
        structure835::check(&r)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    let bpr = "BPR*I*90*C*ACH*CCP*01*999999992*DA*123*1123456789**01*888888884*DA*987*20240405~";
    let base = wrap(claim);
    assert!(base.contains(bpr));
    assert_eq!(findings(&base), Vec::<String>::new());
    let place = |marker: &str, text: &str| {
        let byte = text.find(marker).unwrap();
        format!(
            "segment {} (byte {byte})",
            text[..byte].matches('~').count() + 1
        )
    };
    // A header number with no claim payment before the next one.
    let text = wrap(&format!("LX*2~{claim}"));
    assert_eq!(
        findings(&text),
        [format!(
            "error 835-S11 2000[1] LX at {}: the header number (2000) holds no claim payment \
             (2100): the guide requires one",
            place("LX*2", &text)
        )]
    );
    // An ACH payment without its format, and without the provider's bank account.
    let text = base.replace(
        bpr,
        "BPR*I*90*C*ACH**01*999999992*DA*123*1123456789******20240405~",
    );
    let at = place("BPR*", &text);
    let at = |n: &str| at.replacen("segment", &format!("{n} at segment"), 1);
    assert_eq!(
        findings(&text),
        [
            format!(
                "error 835-S12 header {}: a payment by ACH gives its format: BPR05 is missing",
                at("BPR05")
            ),
            format!(
                "error 835-S12 header {}: a payment by ACH gives the provider's bank account: \
                 BPR12, BPR13, BPR14, BPR15 are missing",
                at("BPR12")
            ),
        ]
    );
    // A non-payment of 90; a check names no bank and passes.
    let text = base.replace(bpr, "BPR*I*90*C*NON************20240405~");
    assert_eq!(
        findings(&text),
        [format!(
            "error 835-S12 header {}: a non-payment (BPR04 NON) has a total payment (BPR02) of 0, \
             not 90",
            at("BPR02")
        )]
    );
    assert_eq!(
        findings(&base.replace(bpr, "BPR*I*90*C*CHK************20240405~")),
        Vec::<String>::new()
    );
    // The payer named one way in BPR10, another in TRN03.
    let text = base.replace("*1123456789**01*", "*1999999999**01*");
    assert_eq!(
        findings(&text),
        [format!(
            "warning 835-S13 header {}: the payer's identifier is \"1999999999\" in BPR10 and \
             \"1123456789\" in TRN03: the guide has them the same",
            at("BPR10")
        )]
    );
}
