//! 837P claims built from values with the typed builders: written through the envelope
//! builder, read back, they equal what was built, and every value given is found again.

use crate::enclose::{CLAIMS, enclose};
use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use rust_decimal::Decimal;
use x12_claims::claim837p::{
    BillingProvider, Claim, Drug, Form, Header, Level, LineAdjudication, OtherSubscriber, Party,
    PartyRole, Patient, ServiceLine, Submission, Subscriber,
};
use x12_claims::codes::{
    AdjustmentGroup, AmountQualifier, Carc, ClaimFilingIndicator, ClaimFrequency,
    DateFormatQualifier, DateQualifier, DiagnosisQualifier, EntityIdentifier, EntityType,
    FacilityCodeQualifier, Gender, IdCodeQualifier, IndividualRelationship, PayerResponsibility,
    PlaceOfService, ProductServiceQualifier, ReferenceQualifier, UnitBasis,
};
use x12_claims::element::{Amount, Count, Date, Quantity, Time};
use x12_claims::envelope::Document;
use x12_claims::segments::{
    Amt, Bht, Cas, Clm, Ctp, Cur, Dmg, Dtp, Frm, Hi, Hl, Lin, Lq, Lx, Moa, N3, N4, Nm1, Oi, Pat,
    Per, Prv, Ref, Sbr, SegmentBuilder, Sv1, Svd,
};
use x12_claims::syntax::{WriteOptions, Writer};
use x12_claims::validate::claim837p;

/// A service line as a practice records it.
#[derive(Clone, Debug)]
struct LineData {
    cpt: &'static str,
    modifiers: Vec<&'static str>,
    cents: i64,
    units: u8,
    day: u32,
    /// The NDC of a drug billed on the line (2410).
    ndc: Option<&'static str>,
    /// Whether the line carries a form (2440).
    form: bool,
}

/// A claim as a practice records it.
#[derive(Clone, Debug)]
struct ClaimData {
    id: String,
    place: &'static str,
    /// `1` original, `7` replacement, `8` void; the last two carry the payer's claim number.
    frequency: &'static str,
    payer_claim_number: String,
    diagnoses: Vec<&'static str>,
    lines: Vec<LineData>,
}

/// A subscriber with claims of their own, or of a dependent patient.
#[derive(Clone, Debug)]
struct SubscriberData {
    member_id: String,
    last_name: String,
    dependent: Option<String>,
    claims: Vec<ClaimData>,
    /// When this payer is secondary: the share of each line (percent) the primary payer paid.
    /// The claims then carry the primary payer's 2320/2330 loops and each line its 2430
    /// adjudication.
    primary_paid_percent: Option<i64>,
}

fn line() -> impl Strategy<Value = LineData> {
    (
        prop::sample::select(vec!["90834", "90837", "99213", "99214", "97110"]),
        prop::collection::vec(prop::sample::select(vec!["25", "59", "95", "GT"]), 0..3),
        1i64..10_000_000,
        1u8..5,
        1u32..29,
        prop::option::of(prop::sample::select(vec!["00002143380", "50242004062"])),
        any::<bool>(),
    )
        .prop_map(|(cpt, modifiers, cents, units, day, ndc, form)| LineData {
            cpt,
            modifiers,
            cents,
            units,
            day,
            ndc,
            form,
        })
}

fn claim() -> impl Strategy<Value = ClaimData> {
    (
        "[A-Z0-9]{1,12}",
        prop::sample::select(vec!["02", "10", "11", "22"]),
        prop::sample::select(vec!["1", "7", "8"]),
        "[0-9]{8,14}",
        // Distinct codes, as a claim lists each diagnosis once.
        prop::sample::subsequence(vec!["F411", "F329", "M545", "Z00129"], 1..5),
        prop::collection::vec(line(), 1..6),
    )
        .prop_map(
            |(id, place, frequency, payer_claim_number, diagnoses, lines)| ClaimData {
                id,
                place,
                frequency,
                payer_claim_number,
                diagnoses,
                lines,
            },
        )
}

fn subscriber() -> impl Strategy<Value = SubscriberData> {
    (
        "[A-Z0-9]{6,12}",
        "[A-Z]{2,12}",
        prop::option::of("[A-Z]{2,10}"),
        prop::collection::vec(claim(), 1..4),
        prop::option::of(0i64..=100),
    )
        .prop_map(
            |(member_id, last_name, dependent, claims, primary_paid_percent)| SubscriberData {
                member_id,
                last_name,
                dependent,
                claims,
                primary_paid_percent,
            },
        )
}

/// The subscribers of one submission, each claim with its own patient control number.
fn submissions() -> impl Strategy<Value = Vec<SubscriberData>> {
    prop::collection::vec(subscriber(), 1..4).prop_filter("claim ids repeat", |subscribers| {
        let ids: Vec<&str> = subscribers
            .iter()
            .flat_map(|s| s.claims.iter().map(|c| c.id.as_str()))
            .collect();
        ids.iter()
            .enumerate()
            .all(|(i, id)| !ids.iter().skip(i + 1).any(|other| other == id))
    })
}

/// An NM1 naming an entity (`entity_type` 1 a person, 2 an organization) with its identifier
/// (qualifier, id), to which more names can be added.
fn name_builder(
    entity: &str,
    entity_type: &str,
    last_name: &str,
    (qualifier, id): (&str, &str),
) -> SegmentBuilder<Nm1<'static>> {
    Nm1::builder()
        .entity(EntityIdentifier::new(entity).unwrap())
        .entity_type(EntityType::new(entity_type).unwrap())
        .last_name(last_name)
        .id_qualifier(IdCodeQualifier::new(qualifier).unwrap())
        .id(id)
}

/// The same NM1, built.
fn name(entity: &str, entity_type: &str, last_name: &str, id: (&str, &str)) -> Nm1<'static> {
    name_builder(entity, entity_type, last_name, id)
        .build()
        .unwrap()
}

fn amount(cents: i64) -> Amount<'static> {
    Amount::new(Decimal::new(cents, 2))
}

fn hl(id: usize, parent: Option<usize>, level: &str, children: bool) -> Hl<'static> {
    let parent = parent.map(|p| p.to_string()).unwrap_or_default();
    Hl::builder()
        .id(&id.to_string())
        .parent(&parent)
        .level(level)
        .child_code(if children { "1" } else { "0" })
        .build()
        .unwrap()
}

/// What the primary payer paid for a line on a secondary claim.
fn primary_paid(cents: i64, percent: i64) -> i64 {
    cents * percent / 100
}

fn build_claim(data: &ClaimData, primary_paid_percent: Option<i64>) -> Claim<'static> {
    let total: i64 = data.lines.iter().map(|l| l.cents).sum();
    let clm = Clm::builder()
        .patient_control_number(&data.id)
        .total_charge(amount(total))
        .place_of_service(PlaceOfService::new(data.place).unwrap())
        .facility_qualifier(FacilityCodeQualifier::PLACE_OF_SERVICE)
        .frequency(ClaimFrequency::new(data.frequency).unwrap())
        .provider_signature("Y")
        .assignment("A")
        .benefits_assignment("Y")
        .release_of_information("Y")
        .build()
        .unwrap();
    let mut hi = Hi::builder()
        .first_qualifier(DiagnosisQualifier::new("ABK").unwrap())
        .first_code(data.diagnoses[0]);
    for (n, code) in data.diagnoses.iter().enumerate().skip(1) {
        let element = u16::try_from(n + 1).unwrap();
        hi = hi.component(element, 1, "ABF").component(element, 2, code);
    }
    let mut claim = Claim::new(clm);
    if data.frequency != "1" {
        // Replacements and voids name the payer's claim number (REF*F8).
        let f8 = Ref::builder()
            .qualifier(ReferenceQualifier::new("F8").unwrap())
            .value(&data.payer_claim_number)
            .build()
            .unwrap();
        claim = claim.with(f8);
    }
    // HI is added before REF on purpose: the claim places them in guide order.
    claim = claim.with(hi.build().unwrap());
    for (n, line) in data.lines.iter().enumerate() {
        let mut sv1 = Sv1::builder()
            .qualifier(ProductServiceQualifier::HCPCS)
            .procedure_code(line.cpt)
            .charge(amount(line.cents))
            .unit(UnitBasis::UNITS)
            .quantity(Quantity::new(Decimal::from(line.units)))
            .primary_pointer(Count::new(1));
        for (m, modifier) in line.modifiers.iter().enumerate() {
            sv1 = sv1.component(1, u16::try_from(m + 3).unwrap(), modifier);
        }
        let day = NaiveDate::from_ymd_opt(2024, 3, line.day).unwrap();
        let dtp = Dtp::builder()
            .qualifier(DateQualifier::new("472").unwrap())
            .format(DateFormatQualifier::new("D8").unwrap())
            .text(Date::new(day).unwrap().as_str())
            .build()
            .unwrap();
        let lx = Lx::builder()
            .number(Count::new(u64::try_from(n + 1).unwrap()))
            .build()
            .unwrap();
        let mut service = ServiceLine::new(lx, sv1.build().unwrap()).with(dtp);
        if let Some(percent) = primary_paid_percent {
            // Added before the drug loop on purpose: 2430 is written after 2410.
            service = service.with_adjudication(adjudication(line, percent, day));
        }
        if let Some(ndc) = line.ndc {
            let lin = Lin::builder()
                .qualifier(ProductServiceQualifier::new("N4").unwrap())
                .product_id(ndc)
                .build()
                .unwrap();
            let ctp = Ctp::builder()
                .quantity(Quantity::new(Decimal::from(line.units)))
                .component(5, 1, "UN")
                .build()
                .unwrap();
            let prescription = Ref::builder()
                .qualifier(ReferenceQualifier::new("XZ").unwrap())
                .value(&format!("RX{n}"))
                .build()
                .unwrap();
            service = service.with_drug(
                Drug::new(lin)
                    .with_reference(prescription)
                    .with_quantity(ctp),
            );
        }
        if line.form {
            let lq = Lq::builder().list("UT").code("01.02").build().unwrap();
            let frm = Frm::builder().question("1").yes_no("Y").build().unwrap();
            service = service.with_form(Form::new(lq).with_answer(frm));
        }
        claim = claim.with_line(service);
    }
    if let Some(percent) = primary_paid_percent {
        claim = claim.with_other_subscriber(primary_payer(data, percent));
    }
    claim
}

/// The primary payer's line adjudication (2430): what it paid, the contractual rest, and when.
fn adjudication(line: &LineData, percent: i64, day: NaiveDate) -> LineAdjudication<'static> {
    let paid = primary_paid(line.cents, percent);
    let svd = Svd::builder()
        .payer_id("PRIMARY1")
        .paid(amount(paid))
        .qualifier(ProductServiceQualifier::HCPCS)
        .procedure_code(line.cpt)
        .paid_units(Quantity::new(Decimal::from(line.units)))
        .build()
        .unwrap();
    let date = Dtp::builder()
        .qualifier(DateQualifier::new("573").unwrap())
        .format(DateFormatQualifier::new("D8").unwrap())
        .text(Date::new(day).unwrap().as_str())
        .build()
        .unwrap();
    let mut adjudication = LineAdjudication::new(svd).with_date(date);
    if paid < line.cents {
        let cas = Cas::builder()
            .group(AdjustmentGroup::CONTRACTUAL_OBLIGATION)
            .reason(Carc::new("45").unwrap())
            .amount(amount(line.cents - paid))
            .build()
            .unwrap();
        adjudication = adjudication.with_adjustment(cas);
    }
    adjudication
}

/// The primary payer's claim-level loops (2320 with 2330A subscriber and 2330B payer).
fn primary_payer(data: &ClaimData, percent: i64) -> OtherSubscriber<'static> {
    let paid: i64 = data
        .lines
        .iter()
        .map(|l| primary_paid(l.cents, percent))
        .sum();
    let sbr = Sbr::builder()
        .responsibility(PayerResponsibility::PRIMARY)
        .relationship(IndividualRelationship::SELF)
        .filing_indicator(ClaimFilingIndicator::COMMERCIAL)
        .build()
        .unwrap();
    let amt = Amt::builder()
        .qualifier(AmountQualifier::PAYER_PAID)
        .amount(amount(paid))
        .build()
        .unwrap();
    let oi = Oi::builder()
        .benefits_assignment("Y")
        .release_of_information("Y")
        .build()
        .unwrap();
    let member = name("IL", "1", "PRIMARY", ("MI", "P123456"));
    let payer = name("PR", "2", "FIRST HEALTH", ("PI", "PRIMARY1"));
    // OI before AMT on purpose: the loop writes AMT first, as the guide orders them.
    // The primary payer's remark on the claim (MOA03).
    let remarks = Moa::builder().element(3, "MA01").build().unwrap();
    OtherSubscriber::new(sbr)
        .with_outpatient(remarks)
        .with_other_insurance(oi)
        .with_amount(amt)
        .with_party(Party::new(PartyRole::OtherSubscriber, member))
        .with_party(Party::new(PartyRole::OtherPayer, payer))
}

/// A patient's name loop with the address (N3, N4) and demographics (DMG, born on 2 January
/// of `born`) the guide requires of it.
fn lives_at(party: Party<'static>, born: i32) -> Party<'static> {
    let birth = NaiveDate::from_ymd_opt(born, 1, 2).unwrap();
    party
        .with(N3::builder().address("12 RIVER RD").build().unwrap())
        .with(
            N4::builder()
                .city("BEND")
                .state("OR")
                .postal_code("97701")
                .build()
                .unwrap(),
        )
        .with(
            Dmg::builder()
                .date_format("D8")
                .birth_date(Date::new(birth).unwrap())
                .gender(Gender::new("F").unwrap())
                .build()
                .unwrap(),
        )
}

/// The whole set: header, one billing provider, the subscribers (and dependents) with their
/// claims.
fn build(subscribers: &[SubscriberData]) -> Submission<'static> {
    let day = NaiveDate::from_ymd_opt(2024, 3, 30).unwrap();
    let bht = Bht::builder()
        .structure("0019")
        .purpose("00")
        .reference("BATCH1")
        .date(Date::new(day).unwrap())
        .time(Time::new_hhmm(NaiveTime::from_hms_opt(9, 15, 0).unwrap()))
        .transaction_type("CH")
        .build()
        .unwrap();
    let submitter = name("41", "2", "RIVER BEND HEALTH", ("46", "RBH001"));
    let receiver = name("40", "2", "CLEARINGHOUSE", ("46", "CHX"));
    let contact = Per::builder()
        .function("IC")
        .name("BILLING DESK")
        .number_qualifier("TE")
        .number("5415550100")
        .build()
        .unwrap();
    let header = Header::new(bht)
        .with_party(Party::new(PartyRole::Submitter, submitter).with(contact))
        .with_party(Party::new(PartyRole::Receiver, receiver));

    let billing = name("85", "2", "RIVER BEND HEALTH", ("XX", "1234567893"));
    let billing = Party::new(PartyRole::BillingProvider, billing)
        // Added out of guide order: the loop puts N3 and N4 before REF.
        .with(
            Ref::builder()
                .qualifier(ReferenceQualifier::new("EI").unwrap())
                .value("371234567")
                .build()
                .unwrap(),
        )
        .with(N3::builder().address("1 MAIN ST").build().unwrap())
        .with(
            N4::builder()
                .city("BEND")
                .state("OR")
                .postal_code("977010000")
                .build()
                .unwrap(),
        );
    let taxonomy = Prv::builder()
        .role("BI")
        .qualifier("PXC")
        .taxonomy("103T00000X")
        .build()
        .unwrap();
    let mut levels = vec![Level::BillingProvider(
        BillingProvider::new(hl(1, None, "20", true))
            .with_currency(
                Cur::builder()
                    .entity(EntityIdentifier::new("85").unwrap())
                    .currency("USD")
                    .build()
                    .unwrap(),
            )
            .with_specialty(taxonomy)
            .with_party(billing),
    )];
    for data in subscribers {
        let id = levels.len() + 1;
        let responsibility = if data.primary_paid_percent.is_some() {
            "S"
        } else {
            "P"
        };
        let mut sbr = Sbr::builder()
            .responsibility(PayerResponsibility::new(responsibility).unwrap())
            .filing_indicator(ClaimFilingIndicator::new("CI").unwrap());
        if data.dependent.is_none() {
            // The subscriber is the patient: relationship 18, self.
            sbr = sbr.relationship(IndividualRelationship::new("18").unwrap());
        }
        let sbr = sbr.build().unwrap();
        let member = name_builder("IL", "1", &data.last_name, ("MI", &data.member_id))
            .first_name("PAT")
            .build()
            .unwrap();
        let payer = name("PR", "2", "ACME HEALTH", ("PI", "87726"));
        let mut member = Party::new(PartyRole::Subscriber, member);
        if data.dependent.is_none() {
            // The subscriber is the patient: the guide wants their address and birth date.
            member = lives_at(member, 1980);
        }
        let mut subscriber = Subscriber::new(hl(id, Some(1), "22", data.dependent.is_some()), sbr)
            .with_party(member)
            .with_party(Party::new(PartyRole::Payer, payer));
        let claims = data
            .claims
            .iter()
            .map(|c| build_claim(c, data.primary_paid_percent));
        match &data.dependent {
            None => {
                // The subscriber is the patient: PAT carries their weight (PAT07, PAT08).
                let weight = Pat::builder()
                    .weight_unit("01")
                    .weight(Quantity::new(Decimal::from(150)))
                    .build()
                    .unwrap();
                subscriber = subscriber.with_patient_info(weight);
                for claim in claims {
                    subscriber = subscriber.with_claim(claim);
                }
                levels.push(Level::Subscriber(subscriber));
            }
            Some(first_name) => {
                levels.push(Level::Subscriber(subscriber));
                let pat = Pat::builder()
                    .relationship(IndividualRelationship::new("19").unwrap())
                    .build()
                    .unwrap();
                let name = Nm1::builder()
                    .entity(EntityIdentifier::new("QC").unwrap())
                    .entity_type(EntityType::new("1").unwrap())
                    .last_name(&data.last_name)
                    .first_name(first_name)
                    .build()
                    .unwrap();
                let mut patient = Patient::new(hl(id + 1, Some(id), "23", false), pat)
                    .with_party(lives_at(Party::new(PartyRole::Patient, name), 2012));
                for claim in claims {
                    patient = patient.with_claim(claim);
                }
                levels.push(Level::Patient(patient));
            }
        }
    }
    Submission::build("0001", header, levels).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Typed build → write → parse → equal, and the practice's values are all found again.
    #[test]
    fn built_claims_read_back_equal(subscribers in submissions()) {
        let built = build(&subscribers);
        let bytes = enclose(&CLAIMS, |out| built.write_body(out));
        let doc = Document::parse(&bytes).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let parsed = Submission::parse(set).unwrap();
        prop_assert_eq!(&parsed, &built);
        // What the practice's data builds is a claim payers take: it breaks no claim rule.
        let found: Vec<String> = claim837p::check(&built).iter().map(ToString::to_string).collect();
        prop_assert_eq!(found, Vec::<String>::new());
        // One cent more on the first claim's charge, and the rules find it, naming the sum.
        let text = String::from_utf8(bytes.clone()).unwrap();
        let clm = text.find("CLM*").unwrap();
        let elements: Vec<&str> = text[clm..].splitn(4, '*').collect();
        let charge: Decimal = elements[2].parse().unwrap();
        let more = charge + Decimal::new(1, 2);
        let changed = format!(
            "{}CLM*{}*{more}*{}",
            &text[..clm],
            elements[1],
            elements[3]
        );
        let doc = Document::parse(changed.as_bytes()).unwrap();
        let off = Submission::parse(doc.transaction_sets().next().unwrap()).unwrap();
        let found: Vec<_> = claim837p::check(&off)
            .into_iter()
            .map(|d| (d.rule.id(), d.path.to_string(), d.expected, d.actual))
            .collect();
        let first = parsed.claims().next().unwrap();
        let path = if first.patient().is_some() { "2000C[1]/2300[1]" } else { "2000B[1]/2300[1]" };
        let mut expected = vec![("837P-P13", path.to_owned(), Some(charge), Some(more))];
        // A secondary claim no longer balances against what the primary payer paid either.
        if let Some(primary) = first.claim().other_subscribers().first() {
            let paid = primary.amounts()[0].amount().value();
            let cob = format!("{path}/2320[1]");
            expected.push(("837P-P26", cob, Some(paid + Decimal::new(1, 2)), Some(paid)));
        }
        prop_assert_eq!(found, expected);

        // The SE count computed by `build` is the one the envelope builder wrote.
        let mut direct = Writer::new(Vec::new(), WriteOptions::default());
        built.write(&mut direct).unwrap();
        prop_assert_eq!(direct.into_inner(), set.as_bytes());

        let expected: Vec<(&ClaimData, Option<i64>)> = subscribers
            .iter()
            .flat_map(|s| s.claims.iter().map(|c| (c, s.primary_paid_percent)))
            .collect();
        let claims: Vec<_> = parsed.claims().collect();
        prop_assert_eq!(claims.len(), expected.len());
        for (context, (data, percent)) in claims.iter().zip(expected) {
            let claim = context.claim();
            let clm = claim.info();
            prop_assert_eq!(clm.patient_control_number(), data.id.as_str());
            let total: i64 = data.lines.iter().map(|l| l.cents).sum();
            prop_assert_eq!(clm.total_charge().value(), Decimal::new(total, 2));
            prop_assert_eq!(clm.place_of_service(), PlaceOfService::new(data.place).unwrap());
            prop_assert_eq!(clm.frequency(), ClaimFrequency::new(data.frequency).unwrap());
            let f8 = claim.references().find(|r| r.qualifier().as_str() == "F8");
            let expected_f8 = (data.frequency != "1").then_some(data.payer_claim_number.as_str());
            prop_assert_eq!(f8.map(|r| r.value()), expected_f8);
            let codes: Vec<String> = claim.diagnoses().map(|d| d.code.to_owned()).collect();
            prop_assert_eq!(codes, data.diagnoses.iter().map(|c| c.to_string()).collect::<Vec<_>>());
            match percent {
                None => prop_assert!(claim.other_subscribers().is_empty()),
                Some(percent) => {
                    let [primary] = claim.other_subscribers() else {
                        panic!("one 2320 loop expected, found {}", claim.other_subscribers().len());
                    };
                    let paid: i64 = data.lines.iter().map(|l| primary_paid(l.cents, percent)).sum();
                    prop_assert_eq!(primary.amounts()[0].amount().value(), Decimal::new(paid, 2));
                    prop_assert_eq!(primary.subscriber_info().responsibility(), PayerResponsibility::PRIMARY);
                    let payer = primary.party(PartyRole::OtherPayer).and_then(|p| p.nm1().id());
                    prop_assert_eq!(payer, Some("PRIMARY1"));
                    prop_assert!(primary.other_insurance().is_some());
                }
            }
            prop_assert_eq!(claim.lines().len(), data.lines.len());
            for (line, data) in claim.lines().iter().zip(&data.lines) {
                let sv1 = line.service();
                prop_assert_eq!(sv1.procedure_code(), data.cpt);
                prop_assert_eq!(sv1.modifiers().collect::<Vec<_>>(), data.modifiers.clone());
                prop_assert_eq!(sv1.charge().value(), Decimal::new(data.cents, 2));
                prop_assert_eq!(sv1.quantity().value(), Decimal::from(data.units));
                let date = line.service_date().map(|d| d.text());
                let expected = format!("202403{:02}", data.day);
                prop_assert_eq!(date, Some(expected.as_str()));
                let ndc = line.drug().map(|d| d.item().product_id());
                prop_assert_eq!(ndc, data.ndc);
                if let Some(drug) = line.drug() {
                    let units = drug.quantity().map(|c| c.quantity().value());
                    prop_assert_eq!(units, Some(Decimal::from(data.units)));
                }
                let form = line.forms().first().map(|f| f.form().code());
                prop_assert_eq!(form, data.form.then_some("01.02"));
                match percent {
                    None => prop_assert!(line.adjudications().is_empty()),
                    Some(percent) => {
                        let svd = line.adjudications()[0].service();
                        let paid = primary_paid(data.cents, percent);
                        prop_assert_eq!(svd.paid().value(), Decimal::new(paid, 2));
                        let adjusted: Decimal = line.adjudications()[0]
                            .adjustments()
                            .iter()
                            .flat_map(|cas| cas.adjustments().map(|a| a.amount.value()).collect::<Vec<_>>())
                            .sum();
                        prop_assert_eq!(adjusted + svd.paid().value(), Decimal::new(data.cents, 2));
                    }
                }
            }
            prop_assert_eq!(
                context.payer().and_then(|p| p.nm1().id()),
                Some("87726")
            );
            let currency = context.billing_provider().currency().map(|c| c.currency());
            prop_assert_eq!(currency, Some("USD"));
            prop_assert_eq!(
                context.billing_provider().name().and_then(|p| p.reference("EI")),
                Some("371234567")
            );
        }
    }
}

/// Builds a set of `levels` under a header holding its BHT alone; the error as text.
fn submit(levels: Vec<Level<'static>>) -> Result<Submission<'static>, String> {
    let bht = Bht::builder()
        .structure("0019")
        .purpose("00")
        .reference("B")
        .date(Date::new(NaiveDate::from_ymd_opt(2024, 3, 30).unwrap()).unwrap())
        .time(Time::new_hhmm(NaiveTime::from_hms_opt(9, 0, 0).unwrap()))
        .build()
        .unwrap();
    Submission::build("0001", Header::new(bht), levels).map_err(|e| e.to_string())
}

/// An SBR with its payer responsibility alone: primary.
fn primary_sbr() -> Sbr<'static> {
    Sbr::builder()
        .responsibility(PayerResponsibility::PRIMARY)
        .build()
        .unwrap()
}

#[test]
fn a_tree_that_would_not_parse_is_refused_when_built() {
    // A subscriber whose HL02 names no level.
    let levels = vec![Level::Subscriber(Subscriber::new(
        hl(2, Some(9), "22", false),
        primary_sbr(),
    ))];
    assert_eq!(
        submit(levels).unwrap_err(),
        "2000B[1] HL02: parent \"9\" is not the id of an earlier level"
    );
}

/// A submission with one subscriber whose one claim holds `party` as a 2310 loop.
fn with_claim_party(party: Party<'static>) -> Result<Submission<'static>, String> {
    let data = ClaimData {
        id: "C1".to_owned(),
        place: "11",
        frequency: "1",
        payer_claim_number: String::new(),
        diagnoses: vec!["F411"],
        lines: Vec::new(),
    };
    let claim = build_claim(&data, None).with_party(party);
    let levels = vec![
        Level::BillingProvider(BillingProvider::new(hl(1, None, "20", true))),
        Level::Subscriber(
            Subscriber::new(hl(2, Some(1), "22", false), primary_sbr()).with_claim(claim),
        ),
    ];
    submit(levels)
}

fn provider(entity: &str) -> Nm1<'static> {
    Nm1::builder()
        .entity(EntityIdentifier::new(entity).unwrap())
        .entity_type(EntityType::NON_PERSON)
        .last_name("SOMEONE")
        .build()
        .unwrap()
}

#[test]
fn a_name_loop_that_would_read_back_as_another_is_refused_when_built() {
    // NM1*82 in a claim is the 2310B rendering provider, so it cannot be given as 2310C.
    let error = with_claim_party(Party::new(PartyRole::ServiceFacility, provider("82")));
    assert_eq!(
        error.unwrap_err(),
        "2000B[1]/2300[1]/2310C[1] NM101: NM1*82 here starts loop 2310B, not loop 2310C as given"
    );
    // A 2330B other payer belongs in a 2320 loop; NM1*PR starts no loop of a claim.
    let error = with_claim_party(Party::new(PartyRole::OtherPayer, provider("PR")));
    assert_eq!(
        error.unwrap_err(),
        "2000B[1]/2300[1]/2330B[1] NM101: NM1*PR starts no name loop here, so loop 2330B would \
         not read back"
    );
    // A rendering provider has no demographics (DMG).
    let dmg = Dmg::builder()
        .date_format("D8")
        .birth_date(Date::new(NaiveDate::from_ymd_opt(1980, 1, 2).unwrap()).unwrap())
        .build()
        .unwrap();
    let rendering = Party::new(PartyRole::RenderingProvider, provider("82")).with(dmg);
    assert_eq!(
        with_claim_party(rendering).unwrap_err(),
        "2000B[1]/2300[1]/2310B[1] DMG: loop 2310B does not hold a DMG segment"
    );
    // Placed where its NM1 puts it, the same loop is taken.
    let rendering = Party::new(PartyRole::RenderingProvider, provider("82"));
    assert!(with_claim_party(rendering).is_ok());
}
