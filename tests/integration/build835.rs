//! 835 remittances built from values with the typed builders: balanced by construction,
//! written through the envelope builder and read back, they equal what was built, every value
//! given is found again, and the balancing rules find nothing to report.

use crate::enclose::{REMITTANCE, enclose};
use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use x12_claims::codes::{
    AdjustmentGroup, AmountQualifier, ClaimFilingIndicator, ClaimStatus, CreditDebit,
    DateQualifier, EntityIdentifier, EntityType, IdCodeQualifier, PaymentMethod,
    ProductServiceQualifier, ProviderAdjustmentReason, QuantityQualifier, ReferenceQualifier,
    TransactionHandling,
};
use x12_claims::element::{Amount, Count, Date, Quantity};
use x12_claims::envelope::Document;
use x12_claims::remit835::{
    ClaimPayment, Header, HeaderNumber, Payee, Payer, Remittance, ServicePayment,
};
use x12_claims::segments::{
    Amt, Bpr, Cas, Clp, Dtm, Lx, Moa, N1, N3, N4, Nm1, Per, Plb, Qty, Rdm, Ref, Svc, Trn,
};
use x12_claims::syntax::{WriteOptions, Writer};
use x12_claims::validate::balance835;

/// One adjustment: group, reason, amount.
type Adjustment = (&'static str, &'static str, Decimal);

/// A service line as the payer adjudicated it.
#[derive(Clone, Debug)]
struct LineData {
    cpt: &'static str,
    modifiers: Vec<&'static str>,
    day: u32,
    control: Option<String>,
    charge: Decimal,
    /// In CAS order: one CAS per group, its triples in order.
    adjustments: Vec<Adjustment>,
}

impl LineData {
    /// SVC03: the charge less every adjustment.
    fn paid(&self) -> Decimal {
        self.charge - self.adjustments.iter().map(|a| a.2).sum::<Decimal>()
    }

    fn patient_share(&self) -> Decimal {
        self.adjustments
            .iter()
            .filter(|a| a.0 == "PR")
            .map(|a| a.2)
            .sum()
    }

    /// The same line with every amount negated, as a reversal carries it.
    fn negated(&self) -> LineData {
        LineData {
            charge: -self.charge,
            adjustments: self
                .adjustments
                .iter()
                .map(|&(g, r, a)| (g, r, -a))
                .collect(),
            ..self.clone()
        }
    }
}

/// A claim payment.
#[derive(Clone, Debug)]
struct ClaimData {
    id: String,
    status: &'static str,
    icn: String,
    filing: &'static str,
    patient: String,
    /// A subscriber other than the patient (NM1*IL).
    insured: Option<String>,
    lines: Vec<LineData>,
}

impl ClaimData {
    fn charge(&self) -> Decimal {
        self.lines.iter().map(|l| l.charge).sum()
    }

    fn paid(&self) -> Decimal {
        self.lines.iter().map(LineData::paid).sum()
    }

    fn patient_share(&self) -> Decimal {
        self.lines.iter().map(LineData::patient_share).sum()
    }
}

/// The whole payment: groups (LX) of claims and an optional interest payment (PLB L6).
#[derive(Clone, Debug)]
struct RemitData {
    trace: String,
    eft: bool,
    groups: Vec<Vec<ClaimData>>,
    interest: Option<Decimal>,
}

impl RemitData {
    fn claims(&self) -> impl Iterator<Item = &ClaimData> {
        self.groups.iter().flatten()
    }

    /// Σ PLB amounts: interest paid is a negative adjustment.
    fn provider_adjustments(&self) -> Decimal {
        self.interest.map_or(Decimal::ZERO, |i| -i)
    }

    /// BPR02 = Σ CLP04 − Σ PLB.
    fn total(&self) -> Decimal {
        self.claims().map(ClaimData::paid).sum::<Decimal>() - self.provider_adjustments()
    }
}

fn cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

/// A line whose adjustments cannot exceed its charge: a CO share of the charge, then a PR
/// share of what is left (split between deductible and coinsurance, or a copay).
fn line() -> impl Strategy<Value = LineData> {
    (
        (
            prop::sample::select(vec!["90834", "90837", "99213", "99214", "97110"]),
            prop::collection::vec(prop::sample::select(vec!["25", "59", "95", "GT"]), 0..3),
            1u32..29,
            prop::option::of("[A-Z0-9]{4,12}"),
        ),
        (
            1i64..10_000_000,
            0i64..=100,
            prop::sample::select(vec!["45", "253"]),
            0i64..=100,
            prop::sample::select(vec![vec!["1"], vec!["2"], vec!["3"], vec!["1", "2"]]),
        ),
    )
        .prop_map(
            |((cpt, modifiers, day, control), (charge, co_share, co_reason, pr_share, pr))| {
                let co = charge * co_share / 100;
                let patient = (charge - co) * pr_share / 100;
                let mut adjustments = Vec::new();
                if co > 0 {
                    adjustments.push(("CO", co_reason, cents(co)));
                }
                let first = if pr.len() == 2 { patient / 2 } else { patient };
                for (reason, amount) in pr.iter().zip([first, patient - first]) {
                    if amount > 0 {
                        adjustments.push(("PR", *reason, cents(amount)));
                    }
                }
                LineData {
                    cpt,
                    modifiers,
                    day,
                    control,
                    charge: cents(charge),
                    adjustments,
                }
            },
        )
}

/// A claim; with `reversed`, it follows the reversal of an earlier adjudication that paid
/// less (each line's CO was higher by a part of what the line pays now).
fn claim() -> impl Strategy<Value = Vec<ClaimData>> {
    (
        (
            "[A-Z0-9]{1,12}",
            prop::sample::select(vec!["1", "2", "3", "4"]),
            "[0-9]{8,14}",
            prop::sample::select(vec!["12", "13", "HM", "MB", "MC"]),
            "[A-Z]{2,12}",
            prop::option::of("[A-Z]{2,12}"),
        ),
        prop::collection::vec(line(), 1..=4),
        prop::option::of(("[0-9]{8,14}", prop::collection::vec(0i64..=100, 4))),
    )
        .prop_map(
            |((id, status, icn, filing, patient, insured), mut lines, reversed)| {
                if status == "4" {
                    // Denied: every line's charge is a contractual write-off.
                    for line in &mut lines {
                        line.adjustments = vec![("CO", "50", line.charge)];
                    }
                }
                let claim = ClaimData {
                    id,
                    status,
                    icn,
                    filing,
                    patient,
                    insured,
                    lines,
                };
                let Some((original_icn, shares)) = reversed else {
                    return vec![claim];
                };
                let mut original = claim.clone();
                original.status = "22";
                original.icn = original_icn;
                for (line, share) in original.lines.iter_mut().zip(shares) {
                    let extra =
                        (line.paid() * Decimal::from(share) / Decimal::from(100)).round_dp(2);
                    if extra > Decimal::ZERO {
                        match line.adjustments.iter_mut().find(|a| a.0 == "CO") {
                            Some(co) => co.2 += extra,
                            None => line.adjustments.insert(0, ("CO", "45", extra)),
                        }
                    }
                    *line = line.negated();
                }
                // Reversal first, then the new adjudication.
                vec![original, claim]
            },
        )
}

fn remittance_data() -> impl Strategy<Value = RemitData> {
    (
        "[A-Z0-9]{4,15}",
        any::<bool>(),
        prop::collection::vec(prop::collection::vec(claim(), 1..4), 1..3),
        prop::option::of(1i64..100_000),
    )
        .prop_map(|(trace, eft, groups, interest)| RemitData {
            trace,
            eft,
            groups: groups
                .into_iter()
                .map(|claims| claims.into_iter().flatten().collect())
                .collect(),
            interest: interest.map(cents),
        })
}

fn amount(value: Decimal) -> Amount<'static> {
    Amount::new(value)
}

fn date(day: u32) -> Date<'static> {
    Date::new(NaiveDate::from_ymd_opt(2024, 3, day).unwrap()).unwrap()
}

fn reference(qualifier: &str, value: &str) -> Ref<'static> {
    Ref::builder()
        .qualifier(ReferenceQualifier::new(qualifier).unwrap())
        .value(value)
        .build()
        .unwrap()
}

/// One CAS per group, its triples in order (positions 2–4, 5–7 ...).
fn adjustments(all: &[Adjustment]) -> Vec<Cas<'static>> {
    let mut groups: Vec<&str> = all.iter().map(|a| a.0).collect();
    groups.dedup();
    groups
        .into_iter()
        .map(|group| {
            let mut cas = Cas::builder().group(AdjustmentGroup::new(group).unwrap());
            for (k, (_, reason, value)) in all.iter().filter(|a| a.0 == group).enumerate() {
                let first = u16::try_from(2 + 3 * k).unwrap();
                cas = cas
                    .element(first, reason)
                    .element(first + 1, amount(*value).as_str());
            }
            cas.build().unwrap()
        })
        .collect()
}

fn build_line(data: &LineData) -> ServicePayment<'static> {
    let mut svc = Svc::builder()
        .procedure_qualifier(ProductServiceQualifier::HCPCS)
        .procedure_code(data.cpt)
        .charge(amount(data.charge))
        .payment(amount(data.paid()));
    for (m, modifier) in data.modifiers.iter().enumerate() {
        svc = svc.component(1, u16::try_from(m + 3).unwrap(), modifier);
    }
    let allowed = Amt::builder()
        .qualifier(AmountQualifier::new("B6").unwrap())
        .amount(amount(data.paid() + data.patient_share()))
        .build()
        .unwrap();
    // Added out of guide order (AMT, REF, CAS, DTM): the loop writes DTM, CAS, REF, AMT.
    let mut line = ServicePayment::new(svc.build().unwrap()).with(allowed);
    if let Some(control) = &data.control {
        line = line.with(reference("6R", control));
    }
    for cas in adjustments(&data.adjustments) {
        line = line.with(cas);
    }
    let dtm = Dtm::builder()
        .qualifier(DateQualifier::SERVICE)
        .date(date(data.day))
        .build()
        .unwrap();
    line.with(dtm)
}

fn build_claim(data: &ClaimData) -> ClaimPayment<'static> {
    let mut clp = Clp::builder()
        .patient_control_number(&data.id)
        .status(ClaimStatus::new(data.status).unwrap())
        .total_charge(amount(data.charge()))
        .payment(amount(data.paid()))
        .filing_indicator(ClaimFilingIndicator::new(data.filing).unwrap())
        .payer_claim_control_number(&data.icn)
        .facility_type("11");
    if !data.patient_share().is_zero() {
        clp = clp.patient_responsibility(amount(data.patient_share()));
    }
    let person = |entity: &str, last: &str| {
        Nm1::builder()
            .entity(EntityIdentifier::new(entity).unwrap())
            .entity_type(EntityType::PERSON)
            .last_name(last)
            .first_name("PAT")
            .id_qualifier(IdCodeQualifier::MEMBER_ID)
            .id("M123456")
            .build()
            .unwrap()
    };
    let received = Dtm::builder()
        .qualifier(DateQualifier::RECEIVED)
        .date(date(29))
        .build()
        .unwrap();
    // The rest of the loop's kinds, each added before the one the guide puts before it: QTY,
    // AMT, PER, DTM, REF, MOA; the loop writes them MOA, REF, DTM, PER, AMT, QTY.
    let covered = Qty::builder()
        .qualifier(QuantityQualifier::new("CA").unwrap())
        .quantity(Quantity::new(Decimal::from(data.lines.len().max(1))))
        .build()
        .unwrap();
    let coverage = Amt::builder()
        .qualifier(AmountQualifier::new("AU").unwrap())
        .amount(amount(data.charge()))
        .build()
        .unwrap();
    let contact = Per::builder()
        .function("CX")
        .name("CLAIMS")
        .number_qualifier("TE")
        .number("8005550100")
        .build()
        .unwrap();
    let remarks = Moa::builder().element(3, "MA01").build().unwrap();
    // The received date and the insured are added before the patient: the loop puts NM1*QC
    // first and NM1 before DTM.
    let mut claim = ClaimPayment::new(clp.build().unwrap())
        .with(covered)
        .with(coverage)
        .with(contact)
        .with(received)
        .with(reference("EA", &format!("MR{}", data.id)))
        .with(remarks);
    if let Some(insured) = &data.insured {
        claim = claim.with(person("IL", insured));
    }
    claim = claim.with(person("QC", &data.patient));
    for line in &data.lines {
        claim = claim.with_service(build_line(line));
    }
    claim
}

fn build(data: &RemitData) -> Remittance<'static> {
    let mut bpr = Bpr::builder()
        .total_payment(amount(data.total()))
        .credit_debit(CreditDebit::CREDIT)
        .payment_date(Date::new(NaiveDate::from_ymd_opt(2024, 4, 5).unwrap()).unwrap());
    bpr = if data.eft {
        bpr.handling(TransactionHandling::REMITTANCE_ONLY)
            .payment_method(PaymentMethod::ACH)
            .payment_format("CCP")
            .sender_bank_qualifier("01")
            .sender_bank_id("021000021")
            .sender_account_qualifier("DA")
            .sender_account("123456")
            .payer_identifier("1234567890")
            .receiver_bank_qualifier("01")
            .receiver_bank_id("031000053")
            .receiver_account_qualifier("DA")
            .receiver_account("987654")
    } else {
        bpr.handling(TransactionHandling::PAYMENT_WITH_REMITTANCE)
            .payment_method(PaymentMethod::CHECK)
    };
    let trn = Trn::builder()
        .trace_type("1")
        .trace_number(&data.trace)
        .payer_identifier("1234567890")
        .build()
        .unwrap();
    let production = Dtm::builder()
        .qualifier(DateQualifier::PRODUCTION)
        .date(Date::new(NaiveDate::from_ymd_opt(2024, 4, 4).unwrap()).unwrap())
        .build()
        .unwrap();
    // DTM before REF, F2 before EV: the header writes REF*EV, REF*F2, DTM.
    let header = Header::new(bpr.build().unwrap(), trn)
        .with(production)
        .with(reference("F2", "V5"))
        .with(reference("EV", "CLEARINGHOUSE"));

    let contact = |function: &str, name: &str| {
        Per::builder()
            .function(function)
            .name(name)
            .number_qualifier("TE")
            .number("8005550100")
            .build()
            .unwrap()
    };
    let payer = N1::builder()
        .entity(EntityIdentifier::PAYER)
        .name("ACME HEALTH")
        .build()
        .unwrap();
    // PER*BL before PER*CX and both before the address: the loop writes N3, N4, REF, CX, BL.
    let payer = Payer::new(payer)
        .with(contact("BL", "EDI SUPPORT"))
        .with(contact("CX", "PROVIDER SERVICES"))
        .with(reference("2U", "87726"))
        .with(
            N4::builder()
                .city("DALLAS")
                .state("TX")
                .postal_code("75201")
                .build()
                .unwrap(),
        )
        .with(N3::builder().address("PO BOX 100").build().unwrap());
    let payee = N1::builder()
        .entity(EntityIdentifier::PAYEE)
        .name("RIVER BEND HEALTH")
        .id_qualifier(IdCodeQualifier::NPI)
        .id("1234567893")
        .build()
        .unwrap();
    // RDM, REF and N4 before N3: the loop writes N3, N4, REF, RDM.
    let delivery = Rdm::builder()
        .method("EM")
        .name("REMITS")
        .communication_number("remits@riverbend.example")
        .build()
        .unwrap();
    let payee = Payee::new(payee)
        .with(delivery)
        .with(reference("TJ", "371234567"))
        .with(
            N4::builder()
                .city("BEND")
                .state("OR")
                .postal_code("97701")
                .build()
                .unwrap(),
        )
        .with(N3::builder().address("1 MAIN ST").build().unwrap());

    let groups = data
        .groups
        .iter()
        .enumerate()
        .map(|(n, claims)| {
            let lx = Lx::builder()
                .number(Count::new(u64::try_from(n + 1).unwrap()))
                .build()
                .unwrap();
            claims.iter().fold(HeaderNumber::new(lx), |group, claim| {
                group.with_claim(build_claim(claim))
            })
        })
        .collect();
    let plbs = data
        .interest
        .map(|interest| {
            Plb::builder()
                .provider_id("1234567893")
                .fiscal_period_end(
                    Date::new(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()).unwrap(),
                )
                .reason(ProviderAdjustmentReason::INTEREST_OWED)
                .reference(&data.trace)
                .amount(amount(-interest))
                .build()
                .unwrap()
        })
        .into_iter()
        .collect();
    Remittance::build("0001", header, payer, payee, groups, plbs).unwrap()
}

/// Adjustments of CAS segments as (group, reason, amount).
fn read_adjustments(cas: &[Cas<'_>]) -> Vec<(String, String, Decimal)> {
    cas.iter()
        .flat_map(Cas::adjustments)
        .map(|a| (a.group.to_string(), a.reason.to_string(), a.amount.value()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Typed build → write → parse → equal; the payer's values are all found again, and the
    /// balanced amounts pass every balancing rule.
    #[test]
    fn built_remittances_read_back_equal_and_balance(data in remittance_data()) {
        let built = build(&data);
        prop_assert_eq!(balance835::check(&built), Vec::new());

        let bytes = enclose(&REMITTANCE, |out| built.write_body(out));
        let doc = Document::parse(&bytes).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let parsed = Remittance::parse(set).unwrap();
        prop_assert_eq!(&parsed, &built);
        prop_assert_eq!(balance835::check(&parsed), Vec::new());

        // The SE count computed by `build` is the one the envelope builder wrote.
        let mut direct = Writer::new(Vec::new(), WriteOptions::default());
        built.write(&mut direct).unwrap();
        prop_assert_eq!(direct.into_inner(), set.as_bytes());

        let bpr = &parsed.header.financial;
        prop_assert_eq!(bpr.total_payment().value(), data.total());
        prop_assert!(!bpr.total_payment().value().is_sign_negative());
        prop_assert_eq!(parsed.header.trace.trace_number(), data.trace.as_str());
        let refs: Vec<String> =
            parsed.header.references.iter().map(|r| r.qualifier().to_string()).collect();
        prop_assert_eq!(refs, ["EV", "F2"]);
        let contacts: Vec<&str> = parsed.payer.contacts.iter().map(|p| p.function()).collect();
        prop_assert_eq!(contacts, ["CX", "BL"]);
        prop_assert_eq!(parsed.payer.city.as_ref().map(|c| c.city()), Some("DALLAS"));
        prop_assert_eq!(parsed.payee.name.id(), Some("1234567893"));
        let plb: Decimal = parsed.provider_adjustments.iter().map(|p| p.total().unwrap()).sum();
        prop_assert_eq!(plb, data.provider_adjustments());

        let expected: Vec<&ClaimData> = data.claims().collect();
        let claims: Vec<_> = parsed.claim_payments().collect();
        prop_assert_eq!(claims.len(), expected.len());
        for (context, data) in claims.iter().zip(expected) {
            let claim = context.claim;
            let clp = &claim.claim;
            prop_assert_eq!(clp.patient_control_number(), data.id.as_str());
            prop_assert_eq!(clp.status(), ClaimStatus::new(data.status).unwrap());
            prop_assert_eq!(clp.payer_claim_control_number(), data.icn.as_str());
            prop_assert_eq!(clp.total_charge().value(), data.charge());
            prop_assert_eq!(clp.payment().value(), data.paid());
            let share = clp.patient_responsibility().map_or(Decimal::ZERO, |a| a.value());
            prop_assert_eq!(share, data.patient_share());
            prop_assert_eq!(claim.names[0].entity(), EntityIdentifier::PATIENT);
            prop_assert_eq!(
                claim.patient().and_then(|p| p.last_name()),
                Some(data.patient.as_str())
            );
            prop_assert_eq!(
                claim.insured().and_then(|p| p.last_name()),
                data.insured.as_deref()
            );
            prop_assert_eq!(claim.service_payments.len(), data.lines.len());
            for (line, data) in claim.service_payments.iter().zip(&data.lines) {
                let svc = &line.service;
                prop_assert_eq!(svc.procedure().code, data.cpt);
                let modifiers: Vec<&str> = svc.procedure().modifiers().collect();
                prop_assert_eq!(modifiers, data.modifiers.clone());
                prop_assert_eq!(svc.charge().value(), data.charge);
                prop_assert_eq!(svc.payment().value(), data.paid());
                let found = read_adjustments(&line.adjustments);
                let given: Vec<(String, String, Decimal)> = data
                    .adjustments
                    .iter()
                    .map(|&(g, r, a)| (g.to_owned(), r.to_owned(), a))
                    .collect();
                prop_assert_eq!(found, given);
                prop_assert_eq!(line.line_item_control_number(), data.control.as_deref());
                prop_assert_eq!(
                    line.allowed_amount().map(|a| a.amount().value()),
                    Some(data.paid() + data.patient_share())
                );
                let day = format!("202403{:02}", data.day);
                prop_assert_eq!(
                    line.dates.first().and_then(|d| d.date()).map(|d| d.as_str().to_owned()),
                    Some(day)
                );
            }
        }
    }
}

/// A claim payment and the remittance around it, with `patient` deciding whether the claim
/// names its patient.
fn one_claim(patient: bool, payer_entity: EntityIdentifier) -> Result<Remittance<'static>, String> {
    let clp = Clp::builder()
        .patient_control_number("PCN1")
        .status(ClaimStatus::DENIED)
        .total_charge(amount(Decimal::from(100)))
        .payment(amount(Decimal::ZERO))
        .filing_indicator(ClaimFilingIndicator::new("12").unwrap())
        .payer_claim_control_number("ICN1")
        .build()
        .unwrap();
    let mut claim = ClaimPayment::new(clp);
    if patient {
        let qc = Nm1::builder()
            .entity(EntityIdentifier::PATIENT)
            .entity_type(EntityType::PERSON)
            .last_name("DOE")
            .build()
            .unwrap();
        claim = claim.with(qc);
    }
    let bpr = Bpr::builder()
        .handling(TransactionHandling::NOTIFICATION_ONLY)
        .total_payment(amount(Decimal::ZERO))
        .credit_debit(CreditDebit::CREDIT)
        .payment_method(PaymentMethod::NON_PAYMENT)
        .build()
        .unwrap();
    let trn = Trn::builder()
        .trace_type("1")
        .trace_number("N1")
        .build()
        .unwrap();
    let payer = N1::builder()
        .entity(payer_entity)
        .name("ACME")
        .build()
        .unwrap();
    let payee = N1::builder()
        .entity(EntityIdentifier::PAYEE)
        .name("CLINIC")
        .build()
        .unwrap();
    let lx = Lx::builder().number(Count::new(1)).build().unwrap();
    Remittance::build(
        "0001",
        Header::new(bpr, trn),
        Payer::new(payer),
        Payee::new(payee),
        vec![HeaderNumber::new(lx).with_claim(claim)],
        Vec::new(),
    )
    .map_err(|e| e.to_string())
}

#[test]
fn what_would_not_read_back_is_refused_when_built() {
    assert!(one_claim(true, EntityIdentifier::PAYER).is_ok());
    assert_eq!(
        one_claim(false, EntityIdentifier::PAYER).unwrap_err(),
        "2000[1]/2100[1] CLP: required patient name (NM1*QC) is missing"
    );
    assert_eq!(
        one_claim(true, EntityIdentifier::PAYEE).unwrap_err(),
        "1000A N101: required payer identification (N1*PR) is missing"
    );
    // A control number holding the element separator cannot be written into ST02.
    let r = one_claim(true, EntityIdentifier::PAYER).unwrap();
    let error = Remittance::build(
        "00*1",
        r.header,
        r.payer,
        r.payee,
        r.header_numbers,
        Vec::new(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.starts_with("header ST02 ") && error.contains("the value contains '*'"),
        "{error}"
    );
}
