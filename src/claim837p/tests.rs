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

/// A set holding every kind of segment and loop the 837P levels, claims and lines have an
/// accessor for, each once, in guide order.
const EVERY_KIND: &str = "HL*1**20*1~
NM1*85*2*CLINIC*****XX*1234567893~
N3*1 MAIN ST~
N4*TOWN*IL*627011234~
REF*EI*123456789~
NM1*PE*2*HEALTH PLAN*****PI*PLAN7~
N3*9 PLAN WAY~
N4*TOWN*IL*62701~
REF*EI*987654321~
HL*2*1*22*0~
SBR*P*18*******CI~
PAT*****D8*20240101~
NM1*IL*1*DOE*JANE****MI*M1~
DMG*D8*19800101*F~
NM1*PR*2*PAYER*****PI*P1~
CLM*C1*100***11:B:1*Y*A*Y*Y~
DTP*431*D8*20240220~
PWK*OZ*BM***AC*CLAIMDOC1~
CN1*02*550~
AMT*F5*20~
REF*G1*AUTH1~
K3*CLAIM FILE DATA~
NTE*ADD*CLAIM NOTE~
CR1*LB*140~
CR2********M~
CRC*ZZ*Y*NU~
HI*ABK:J020~
HCP*03*90~
NM1*DN*1*REFERRER*RAY****XX*1234567893~
NM1*82*1*RENDERER*RITA****XX*1234567893~
NM1*77*2*FACILITY*****XX*1234567893~
N3*5 CARE ST~
N4*TOWN*IL*62701~
NM1*DQ*1*SUPERVISOR*SUE****XX*1234567893~
NM1*PW*2~
N3*1 PICKUP RD~
N4*TOWN*IL*62701~
NM1*45*2~
N3*2 DROPOFF RD~
N4*TOWN*IL*62701~
SBR*S*01*******CI~
OI***Y***Y~
MOA***MA01~
NM1*IL*1*DOE*JOHN****MI*M2~
NM1*PR*2*OTHER PAYER*****PI*P2~
NM1*DN*1~
REF*G2*OREF1~
NM1*82*1~
REF*G2*OREN1~
NM1*77*2~
REF*G2*OFAC1~
NM1*DQ*1~
REF*G2*OSUP1~
NM1*85*2~
REF*G2*OBIL1~
LX*1~
SV1*HC:E0601*100*UN*1***1~
SV5*HC:E0601*DA*30*50*10*4~
PWK*CT*AA~
CR1*LB*150~
CR3*I*MO*12~
CRC*09*Y*38~
DTP*472*D8*20240301~
QTY*PT*2~
MEA*TR*R1*113.4~
CN1*05*80~
REF*6R*LINE1~
AMT*T*5~
K3*LINE FILE DATA~
NTE*DCP*LINE NOTE~
PS1*1234567893*45~
HCP*03*80~
LIN**N4*01234567891~
CTP****2*UN~
REF*XZ*RX1~
NM1*82*1*DOC*ANN****XX*1234567893~
NM1*QB*2*PURCHASED*****XX*1234567893~
NM1*77*2*LINE FACILITY*****XX*1234567893~
N3*6 CARE ST~
N4*TOWN*IL*62701~
NM1*DQ*1*LINE SUPERVISOR*SAM****XX*1234567893~
NM1*DK*1*ORDERER*OLA****XX*1234567893~
NM1*DN*1*LINE REFERRER*RON****XX*1234567893~
NM1*PW*2~
N3*3 PICKUP RD~
N4*TOWN*IL*62701~
NM1*45*2~
N3*4 DROPOFF RD~
N4*TOWN*IL*62701~
SVD*P2*80*HC:E0601**1~
DTP*573*D8*20240310~
LQ*UT*01.02~
FRM*1*Y~
";

#[test]
fn every_accessor_finds_its_own_segment() {
    let body = format!("{}{EVERY_KIND}", &HEAD[..HEAD.find("HL*1").unwrap()]);
    let text = interchange(&body);
    let (parsed, written, input) = parse_and_write(&text);
    let submission = parsed.unwrap();
    assert_eq!(written, input);
    assert_eq!((submission.st().id(), submission.se().id()), ("ST", "SE"));
    let c = submission.claims().next().unwrap();
    // The index types the same claim.
    let doc = Document::parse(text.as_bytes()).unwrap();
    let index = SubmissionIndex::parse(doc.transaction_sets().next().unwrap()).unwrap();
    let typed = index.claims().next().unwrap().to_claim().unwrap();
    assert_eq!(&typed.into_owned(), c.claim());

    let plan = c.billing_provider().pay_to_plan().unwrap();
    assert_eq!(plan.nm1().id(), Some("PLAN7"));
    let subscriber = c.subscriber();
    assert_eq!(
        subscriber.patient_info().and_then(|p| p.death_date()),
        Some("20240101")
    );
    let name = subscriber.parties().first().unwrap();
    assert_eq!(
        name.demographics().map(|d| d.birth_date().to_string()),
        Some("19800101".into())
    );

    let claim = c.claim();
    assert!(claim.unknown().is_empty(), "{:?}", claim.unknown());
    assert_eq!(
        claim.paperwork().next().and_then(|p| p.control_number()),
        Some("CLAIMDOC1")
    );
    assert_eq!(claim.contract().map(|c| c.contract_type()), Some("02"));
    assert_eq!(
        claim.file_info().next().map(|k| k.data()),
        Some("CLAIM FILE DATA")
    );
    assert_eq!(claim.notes().next().map(|n| n.text()), Some("CLAIM NOTE"));
    assert_eq!(
        claim
            .ambulance()
            .and_then(|a| a.patient_weight())
            .map(|w| w.to_string()),
        Some("140".into())
    );
    assert_eq!(
        claim.spinal_manipulation().and_then(|s| s.condition()),
        Some("M")
    );
    assert_eq!(
        claim.pricing().map(|h| h.allowed().to_string()),
        Some("90".into())
    );
    let other = claim.other_subscribers().first().unwrap();
    assert_eq!(
        other
            .outpatient()
            .map(|m| m.raw().view().element(3).map(|e| e.as_bytes().to_vec())),
        Some(Some(b"MA01".to_vec()))
    );

    let line = claim.lines().first().unwrap();
    assert!(line.unknown().is_empty(), "{:?}", line.unknown());
    assert_eq!(line.dme().map(|s| s.procedure_code()), Some("E0601"));
    assert_eq!(line.paperwork().next().map(|p| p.report_type()), Some("CT"));
    assert_eq!(
        line.ambulance()
            .and_then(|a| a.patient_weight())
            .map(|w| w.to_string()),
        Some("150".into())
    );
    assert_eq!(
        line.dme_certification().map(|c| c.duration().to_string()),
        Some("12".into())
    );
    assert_eq!(
        line.quantities().next().map(|q| q.quantity().to_string()),
        Some("2".into())
    );
    assert_eq!(
        line.measurements().next().map(|m| m.value().to_string()),
        Some("113.4".into())
    );
    assert_eq!(line.contract().map(|c| c.contract_type()), Some("05"));
    assert_eq!(
        line.file_info().next().map(|k| k.data()),
        Some("LINE FILE DATA")
    );
    assert_eq!(line.notes().next().map(|n| n.text()), Some("LINE NOTE"));
    assert_eq!(
        line.purchased_service().map(|p| p.charge().to_string()),
        Some("45".into())
    );
    assert_eq!(
        line.pricing().map(|h| h.allowed().to_string()),
        Some("80".into())
    );
    let drug = line.drugs().first().unwrap();
    assert_eq!(drug.item().product_id(), "01234567891");
    assert_eq!(
        drug.quantity().map(|q| q.quantity().to_string()),
        Some("2".into())
    );
    // Every name loop of the claim, its other subscriber and its line, in guide order.
    let loops = |parties: &[Party<'_>]| -> Vec<&str> {
        parties.iter().map(|p| p.role().loop_id()).collect()
    };
    assert_eq!(
        loops(claim.parties()),
        ["2310A", "2310B", "2310C", "2310D", "2310E", "2310F"]
    );
    assert_eq!(
        loops(other.parties()),
        [
            "2330A", "2330B", "2330C", "2330D", "2330E", "2330F", "2330G"
        ]
    );
    assert_eq!(
        loops(line.parties()),
        [
            "2420A", "2420B", "2420C", "2420D", "2420E", "2420F", "2420G", "2420H"
        ]
    );
    let all = claim
        .parties()
        .iter()
        .chain(other.parties())
        .chain(line.parties());
    for party in all {
        assert!(party.unknown().is_empty(), "{:?}", party.role());
    }
    let ambulance: Vec<_> = [claim.parties(), line.parties()]
        .iter()
        .flat_map(|parties| parties.iter().rev().take(2))
        .map(|p| p.address().map(|n3| n3.address()))
        .collect();
    assert_eq!(
        ambulance,
        [
            Some("2 DROPOFF RD"),
            Some("1 PICKUP RD"),
            Some("4 DROPOFF RD"),
            Some("3 PICKUP RD")
        ]
    );
    let form = line.forms().first().unwrap();
    assert_eq!(form.form().code(), "01.02");
    assert_eq!(
        form.answers().first().map(|a| (a.question(), a.yes_no())),
        Some(("1", Some("Y")))
    );
}
