//! Loop assembly over literal sets: placement, unknown segments, the HL tree and errors.

use super::*;
use crate::envelope::Document;
use crate::syntax::{WriteOptions, Writer};

const ISA: &str = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240315*1200*^*00501*000000001*0*T*:~\n";

/// An interchange around one 837P set whose body (between ST and SE) is `body`, one segment
/// per line.
fn interchange(body: &str) -> String {
    let count = body.lines().count() + 2;
    format!(
        "{ISA}GS*HC*S*R*20240315*1200*1*X*005010X222A1~\nST*837*0001*005010X222A1~\n{body}SE*{count}*0001~\nGE*1*1~\nIEA*1*000000001~\n"
    )
}

fn parse_and_write(text: &str) -> (Result<Submission<'static>, Claim837Error>, Vec<u8>, Vec<u8>) {
    let doc = Document::parse(text.as_bytes()).unwrap();
    let set = doc.transaction_sets().next().unwrap();
    let parsed = Submission::parse(set).map(Submission::into_owned);
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    if let Ok(s) = &parsed {
        s.write(&mut out).unwrap();
    }
    (parsed, out.into_inner(), set.as_bytes().to_vec())
}

const HEAD: &str = "BHT*0019*00*1*20240315*1200*CH~
NM1*41*2*SUBMITTER*****46*S1~
PER*IC*DESK*TE*5550100~
NM1*40*2*RECEIVER*****46*R1~
HL*1**20*1~
NM1*85*2*CLINIC*****XX*1234567893~
N3*1 MAIN ST~
N4*TOWN*IL*627011234~
REF*EI*123456789~
";

const SUBSCRIBER: &str = "HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*DOE*JANE****MI*M1~
NM1*PR*2*PAYER*****PI*P1~
";

const CLAIM: &str = "CLM*C1*100***11:B:1*Y*A*Y*Y~
HI*ABK:J020~
LX*1~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20240301~
";

#[test]
fn unknown_segments_are_kept_where_met_and_written_back() {
    let body = format!(
        "{HEAD}{SUBSCRIBER}CLM*C1*100***11:B:1*Y*A*Y*Y~\nZZZ*ONE~\nHI*ABK:J020~\nNM1*82*1*DOC*ANN****XX*1234567893~\nZZZ*TWO~\nLX*1~\nSV1*HC:99213*100*UN*1***1~\nDTP*472*D8*20240301~\nZZZ*THREE~\n"
    );
    let (parsed, written, input) = parse_and_write(&interchange(&body));
    let submission = parsed.unwrap();
    assert_eq!(written, input);
    let claim = submission.claims().next().unwrap().claim();
    let unknown: Vec<_> = claim
        .unknown()
        .iter()
        .map(|u| (u.position, u.raw.view().element(1).and_then(|e| e.as_str())))
        .collect();
    assert_eq!(unknown, [(1, Some("ONE"))]);
    let rendering = claim.party(PartyRole::RenderingProvider).unwrap();
    assert_eq!(rendering.unknown()[0].position, 1);
    let line = &claim.lines()[0];
    assert_eq!(line.unknown()[0].position, 3);
    assert_eq!(line.unknown()[0].raw.id(), "ZZZ");
}

#[test]
fn segments_out_of_guide_order_are_read_and_written_in_guide_order() {
    let body = format!(
        "{HEAD}{SUBSCRIBER}CLM*C1*100***11:B:1*Y*A*Y*Y~\nHI*ABK:J020~\nREF*G1*AUTH1~\nLX*1~\nSV1*HC:99213*100*UN*1***1~\nDTP*472*D8*20240301~\n"
    );
    let (parsed, written, input) = parse_and_write(&interchange(&body));
    let submission = parsed.unwrap();
    let claim = submission.claims().next().unwrap().claim();
    assert_eq!(claim.reference("G1"), Some("AUTH1"));
    assert_eq!(
        claim.diagnoses().map(|d| d.code).collect::<Vec<_>>(),
        ["J020"]
    );
    let expected = String::from_utf8(input).unwrap().replace(
        "HI*ABK:J020~\nREF*G1*AUTH1~\n",
        "REF*G1*AUTH1~\nHI*ABK:J020~\n",
    );
    assert_eq!(String::from_utf8(written).unwrap(), expected);
}

#[test]
fn the_tree_follows_hl_links_not_file_order() {
    // Subscriber 2 has a dependent (HL 4) that comes after subscriber 3.
    let body = format!(
        "{HEAD}HL*2*1*22*1~\nSBR*P********CI~\nNM1*IL*1*DOE*JOHN****MI*M2~\nNM1*PR*2*PAYER TWO*****PI*P2~\nHL*3*1*22*0~\nSBR*P*18*******CI~\nNM1*IL*1*ROE*RITA****MI*M3~\nNM1*PR*2*PAYER THREE*****PI*P3~\n{CLAIM}HL*4*2*23*0~\nPAT*19~\nNM1*QC*1*DOE*JIM~\nCLM*C2*50***11:B:1*Y*A*Y*Y~\nHI*ABK:J020~\nLX*1~\nSV1*HC:99212*50*UN*1***1~\nDTP*472*D8*20240302~\n"
    );
    let (parsed, written, input) = parse_and_write(&interchange(&body));
    let submission = parsed.unwrap();
    assert_eq!(written, input);
    let claims: Vec<_> = submission
        .claims()
        .map(|c| {
            (
                c.claim().info().patient_control_number().to_owned(),
                c.payer().and_then(|p| p.nm1().id()).map(str::to_owned),
                c.patient_name()
                    .and_then(|p| p.nm1().first_name())
                    .map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        claims,
        [
            ("C1".into(), Some("P3".into()), Some("RITA".into())),
            ("C2".into(), Some("P2".into()), Some("JIM".into())),
        ]
    );
    assert_eq!(submission.parent(3), Some(1));
    assert_eq!(submission.children(0).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(submission.billing_providers().count(), 1);
}

#[test]
fn header_parties_and_billing_provider_are_typed() {
    let body = format!("{HEAD}{SUBSCRIBER}{CLAIM}");
    let (parsed, written, input) = parse_and_write(&interchange(&body));
    let submission = parsed.unwrap();
    assert_eq!(written, input);
    let header = submission.header();
    assert_eq!(header.bht().map(|b| b.reference()), Some("1"));
    assert_eq!(
        header
            .submitter()
            .and_then(|p| p.contacts().next())
            .and_then(|c| c.name()),
        Some("DESK")
    );
    assert_eq!(header.receiver().and_then(|p| p.nm1().id()), Some("R1"));
    let c = submission.claims().next().unwrap();
    let billing = c.billing_provider().name().unwrap();
    assert_eq!(
        billing.city().map(|n4| n4.postal_code()),
        Some(Some("627011234"))
    );
    assert_eq!(billing.reference("EI"), Some("123456789"));
    assert_eq!(
        c.subscriber()
            .info()
            .map(|s| s.responsibility().to_string()),
        Some("P".into())
    );
}

#[test]
fn a_level_segment_met_twice_keeps_the_first_and_the_second_in_place() {
    // A second PRV under the billing provider, a second SBR under the subscriber: neither
    // replaces the first, and both are written back where they were.
    let head = HEAD.replace(
        "HL*1**20*1~\n",
        "HL*1**20*1~\nPRV*BI*PXC*207Q00000X~\nPRV*BI*PXC*101YM0800X~\n",
    );
    let subscriber = SUBSCRIBER.replace(
        "SBR*P*18*******CI~\n",
        "SBR*P*18*******CI~\nSBR*S*18*******MB~\n",
    );
    let body = format!("{head}{subscriber}{CLAIM}");
    let (parsed, written, input) = parse_and_write(&interchange(&body));
    let submission = parsed.unwrap();
    assert_eq!(written, input);
    let c = submission.claims().next().unwrap();
    let billing = c.billing_provider();
    assert_eq!(
        billing.specialty().map(|p| p.taxonomy()),
        Some("207Q00000X")
    );
    assert_eq!(billing.unknown().len(), 1);
    assert_eq!(billing.unknown()[0].raw.id(), "PRV");
    let subscriber = c.subscriber();
    assert_eq!(
        subscriber.info().map(|s| s.responsibility().to_string()),
        Some("P".into())
    );
    assert_eq!(subscriber.unknown().len(), 1);
    assert_eq!(subscriber.unknown()[0].raw.id(), "SBR");
}

fn error(body: &str) -> String {
    parse_and_write(&interchange(body))
        .0
        .unwrap_err()
        .to_string()
}

#[test]
fn errors_name_the_loop_path_and_the_place() {
    let bad_frequency = format!(
        "{HEAD}{SUBSCRIBER}{CLAIM}CLM*C2*100***11:B*Y*A*Y*Y~\nHI*ABK:J020~\nLX*1~\nSV1*HC:99213*100*UN*1***1~\n"
    );
    assert_eq!(
        error(&bad_frequency),
        "2000B[1]/2300[2] CLM05-3 at segment 22 (byte 573): required claim frequency is missing"
    );
    let no_sv1 =
        format!("{HEAD}{SUBSCRIBER}CLM*C1*100***11:B:1*Y*A*Y*Y~\nLX*1~\nDTP*472*D8*20240301~\n");
    assert_eq!(
        error(&no_sv1),
        "2000B[1]/2300[1]/2400[1] DTP at segment 19 (byte 512): required professional service (SV1) is missing"
    );
    let bad_cas = format!("{HEAD}{SUBSCRIBER}{CLAIM}SVD*P1*80*HC:99213**1~\nCAS*CO*45*20*1*253~\n");
    assert_eq!(
        error(&bad_cas),
        "2000B[1]/2300[1]/2400[1]/2430[1] CAS06 at segment 23 (byte 596): required adjustment amount is missing"
    );
}

#[test]
fn the_hl_tree_must_hold_together() {
    let dangling = format!("{HEAD}HL*2*9*22*0~\nSBR*P*18*******CI~\n");
    assert_eq!(
        error(&dangling),
        "2000B[1] HL02 at segment 13 (byte 391): parent \"9\" is not the id of an earlier level"
    );
    let wrong_level = format!("{HEAD}{SUBSCRIBER}HL*3*2*22*0~\nSBR*P*18*******CI~\n");
    assert_eq!(
        error(&wrong_level),
        "2000B[2] HL02 at segment 17 (byte 477): level 22 must hang under a billing provider (20), found level 22"
    );
    let twice = format!("{HEAD}HL*1*1*22*0~\n");
    assert_eq!(
        error(&twice),
        "2000B[1] HL01 at segment 13 (byte 391): HL01 id \"1\" is used by an earlier level"
    );
}

#[test]
fn loop_paths_read_like_the_guide() {
    let path = LoopPath::root()
        .child("2000C", 2)
        .child("2300", 1)
        .child("2420A", 1);
    assert_eq!(path.to_string(), "2000C[2]/2300[1]/2420A[1]");
    assert_eq!(LoopPath::root().to_string(), "header");
    assert_eq!(LoopPath::root().child("9999", 1).to_string(), "?[1]");
}
