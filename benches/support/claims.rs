//! The 837P part of the generator, written with the crate's own typed builders and writer: each
//! set is a [`Submission`] built from typed segments and written with `~\n` after every segment.
//!
//! Values are valid by construction (they come from fixed tables and bounded draws), so a
//! builder refusing one is a bug in this file; it stops the run rather than produce other input.
#![allow(clippy::expect_used)]

use rust_decimal::Decimal;
use x12_claims::claim837p::{
    BillingProvider, Claim, Header, Level, Party, PartyRole, ServiceLine, Submission, Subscriber,
};
use x12_claims::codes::{
    ClaimFilingIndicator, ClaimFrequency, DateFormatQualifier, DateQualifier, DiagnosisQualifier,
    EntityIdentifier, EntityType, FacilityCodeQualifier, Gender, IdCodeQualifier,
    IndividualRelationship, PayerResponsibility, PlaceOfService, ProductServiceQualifier,
    ReferenceQualifier, UnitBasis,
};
use x12_claims::element::{Amount, Count, Date, Quantity, Time, is_valid_npi};
use x12_claims::segments::{
    Bht, Clm, Dmg, Dtp, Hi, Hl, Lx, N3, N4, Nm1, Per, Prv, Ref, Sbr, SegmentError, Sv1,
};
use x12_claims::syntax::{Layout, WriteOptions, Writer};

use super::{
    CPT, FIRST, ICD, LAST, MODIFIER, PAYER, PLACE, POS, PRACTICE, Rng, STREET, TAXONOMY,
    time_of_day,
};

type Built<T> = Result<T, SegmentError>;

/// One 837P transaction set of 6–16 subscribers, stopping early once it is `budget` bytes.
pub(super) fn claims(rng: &mut Rng, control: u64, budget: usize) -> Vec<u8> {
    build(rng, control, budget).expect("generated values are valid")
}

fn options() -> WriteOptions {
    WriteOptions::default().with_layout(Layout::Lf)
}

fn build(
    rng: &mut Rng,
    control: u64,
    budget: usize,
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let bht = Bht::builder()
        .structure("0019")
        .purpose("00")
        .reference(&format!("{:09}", rng.range(1, 999_999_999)))
        .date(Date::new(date(rng))?)
        .time(Time::new_hhmm(time(time_of_day(rng.range(0, 2359)))))
        .transaction_type("CH")
        .build()?;
    let practice = rng.pick(PRACTICE);
    let submitter = organization(
        "41",
        practice,
        "46",
        &format!("{:06}", rng.range(100_000, 999_999)),
    )?;
    let contact = Per::builder()
        .function("IC")
        .name("BILLING OFFICE")
        .number_qualifier("TE")
        .number(&rng.range(2_000_000_000, 9_999_999_999).to_string())
        .build()?;
    let receiver = organization(
        "40",
        rng.pick(PAYER),
        "46",
        &format!("{:05}", rng.range(10_000, 99_999)),
    )?;
    let header = Header::new(bht)
        .with_party(Party::new(PartyRole::Submitter, submitter).with(contact))
        .with_party(Party::new(PartyRole::Receiver, receiver));

    let taxonomy = Prv::builder()
        .role("BI")
        .qualifier("PXC")
        .taxonomy(rng.pick(TAXONOMY))
        .build()?;
    let billing = organization("85", practice, "XX", &npi(rng))?;
    // The billing provider's ZIP code has its nine digits.
    let (n3, n4) = loop {
        let (n3, n4) = address(rng)?;
        if n4.postal_code().is_some_and(|zip| zip.len() == 9) {
            break (n3, n4);
        }
    };
    let ein = Ref::builder()
        .qualifier(ReferenceQualifier::new("EI")?)
        .value(&rng.range(100_000_000, 999_999_999).to_string())
        .build()?;
    let billing = Party::new(PartyRole::BillingProvider, billing)
        .with(n3)
        .with(n4)
        .with(ein);
    let mut levels = vec![Level::BillingProvider(
        BillingProvider::new(hl(1, None, "20", "1")?)
            .with_specialty(taxonomy)
            .with_party(billing),
    )];
    // ST, BHT, the header and billing provider loops, and SE: about 500 bytes.
    let mut size = 500;
    let mut made = 0u64;
    for _ in 0..rng.range(6, 16) {
        let id = levels.len() + 1;
        let sbr = Sbr::builder()
            .responsibility(PayerResponsibility::new("P")?)
            .relationship(IndividualRelationship::new("18")?)
            .group_number(&format!("{:05}", rng.range(1_000, 99_999)))
            .filing_indicator(ClaimFilingIndicator::new("CI")?)
            .build()?;
        let member = person(rng, "IL", "MI")?;
        let (n3, n4) = address(rng)?;
        let (year, month) = (1900 + rng.range(30, 99), rng.range(1, 9));
        let born =
            chrono::NaiveDate::from_ymd_opt(year as i32, month as u32, 15).unwrap_or_default();
        let dmg = Dmg::builder()
            .date_format("D8")
            .birth_date(Date::new(born)?)
            .gender(Gender::new(rng.pick(&["F", "M", "U"]))?)
            .build()?;
        let payer = organization(
            "PR",
            rng.pick(PAYER),
            "PI",
            &format!("{:05}", rng.range(10_000, 99_999)),
        )?;
        let mut subscriber = Subscriber::new(hl(id, Some(1), "22", "0")?, sbr)
            .with_party(
                Party::new(PartyRole::Subscriber, member)
                    .with(n3)
                    .with(n4)
                    .with(dmg),
            )
            .with_party(Party::new(PartyRole::Payer, payer));
        for _ in 0..rng.range(1, 2) {
            // Unique in the file: the set's number and the claim's place in it.
            made += 1;
            let number = format!("PCN{control:06}{made:02}");
            subscriber = subscriber.with_claim(claim(rng, &number)?);
        }
        let mut scratch = Writer::new(std::io::sink(), options());
        subscriber.write(&mut scratch)?;
        size += scratch.bytes_written() as usize;
        levels.push(Level::Subscriber(subscriber));
        if size >= budget {
            break;
        }
    }
    let submission = Submission::build(&format!("{control:04}"), header, levels)?;
    let mut out = Writer::new(Vec::with_capacity(size + 1024), options());
    submission.write(&mut out)?;
    out.flush()?;
    Ok(out.into_inner())
}

/// One 2300 loop with its rendering provider and 1–6 service lines, with `number` as its
/// patient control number (CLM01).
fn claim(rng: &mut Rng, number: &str) -> Result<Claim<'static>, Box<dyn std::error::Error>> {
    let diagnoses = rng.range(1, 4);
    let mut lines = Vec::new();
    let mut total = 0i64;
    for n in 1..=rng.range(1, 6) {
        let charge = rng.range(2_500, 60_000) as i64;
        total += charge;
        let mut sv1 = Sv1::builder()
            .qualifier(ProductServiceQualifier::HCPCS)
            .procedure_code(rng.pick(CPT));
        if rng.chance(30) {
            sv1 = sv1.component(1, 3, rng.pick(MODIFIER));
        }
        sv1 = sv1
            .charge(cents(charge))
            .unit(UnitBasis::UNITS)
            .quantity(Quantity::new(Decimal::from(rng.range(1, 4))))
            .primary_pointer(Count::new(1));
        if diagnoses > 1 && rng.chance(50) {
            sv1 = sv1.component(7, 2, "2");
        }
        let lx = Lx::builder().number(Count::new(n)).build()?;
        let mut line = ServiceLine::new(lx, sv1.build()?).with(dtp(rng, "472")?);
        if rng.chance(40) {
            let control = Ref::builder()
                .qualifier(ReferenceQualifier::new("6R")?)
                .value(&format!("{:06}{n:02}", rng.range(1, 999_999)))
                .build()?;
            line = line.with(control);
        }
        lines.push(line);
    }
    let frequency = rng.pick(&["1", "1", "1", "7"]);
    let clm = Clm::builder()
        .patient_control_number(number)
        .total_charge(cents(total))
        .place_of_service(PlaceOfService::new(rng.pick(POS))?)
        .facility_qualifier(FacilityCodeQualifier::PLACE_OF_SERVICE)
        .frequency(ClaimFrequency::new(frequency)?)
        .provider_signature("Y")
        .assignment("A")
        .benefits_assignment("Y")
        .release_of_information("Y")
        .build()?;
    let mut claim = Claim::new(clm);
    if rng.chance(30) {
        claim = claim.with(dtp(rng, "431")?);
    }
    if frequency == "7" {
        // A replacement names the payer's claim number.
        claim = claim.with(
            Ref::builder()
                .qualifier(ReferenceQualifier::new("F8")?)
                .value(&format!("{:012}", rng.range(1, 999_999_999_999)))
                .build()?,
        );
    }
    if rng.chance(20) {
        claim = claim.with(
            Ref::builder()
                .qualifier(ReferenceQualifier::new("D9")?)
                .value(&format!("{:09}", rng.range(1, 999_999_999)))
                .build()?,
        );
    }
    // Distinct codes: consecutive ones of the list, from a random start.
    let start = rng.range(0, ICD.len() as u64 - 1) as usize;
    let mut codes = ICD.iter().cycle().skip(start);
    let mut hi = Hi::builder()
        .first_qualifier(DiagnosisQualifier::new("ABK")?)
        .first_code(codes.next().copied().unwrap_or_default());
    for n in 2..=diagnoses {
        let element = u16::try_from(n)?;
        hi = hi.component(element, 1, "ABF").component(
            element,
            2,
            codes.next().copied().unwrap_or_default(),
        );
    }
    claim = claim.with(hi.build()?);
    let rendering = Nm1::builder()
        .entity(EntityIdentifier::new("82")?)
        .entity_type(EntityType::new("1")?)
        .last_name(rng.pick(LAST))
        .first_name(rng.pick(FIRST))
        .id_qualifier(IdCodeQualifier::new("XX")?)
        .id(&npi(rng))
        .build()?;
    let specialty = Prv::builder()
        .role("PE")
        .qualifier("PXC")
        .taxonomy(rng.pick(TAXONOMY))
        .build()?;
    claim = claim.with_party(Party::new(PartyRole::RenderingProvider, rendering).with(specialty));
    for line in lines {
        claim = claim.with_line(line);
    }
    Ok(claim)
}

fn cents(value: i64) -> Amount<'static> {
    Amount::new(Decimal::new(value, 2))
}

/// An HHMM draw as a time of day.
fn time(hhmm: u64) -> chrono::NaiveTime {
    chrono::NaiveTime::from_hms_opt((hhmm / 100) as u32, (hhmm % 100) as u32, 0).unwrap_or_default()
}

/// A CCYYMMDD date in 2024.
fn date(rng: &mut Rng) -> chrono::NaiveDate {
    let (month, day) = (rng.range(1, 12), rng.range(1, 28));
    chrono::NaiveDate::from_ymd_opt(2024, month as u32, day as u32).unwrap_or_default()
}

fn dtp(rng: &mut Rng, qualifier: &str) -> Result<Dtp<'static>, Box<dyn std::error::Error>> {
    let day = Date::new(date(rng))?;
    Ok(Dtp::builder()
        .qualifier(DateQualifier::new(qualifier)?)
        .format(DateFormatQualifier::new("D8")?)
        .text(day.as_str())
        .build()?)
}

fn hl(id: usize, parent: Option<usize>, level: &str, children: &str) -> Built<Hl<'static>> {
    Hl::builder()
        .id(&id.to_string())
        .parent(&parent.map(|p| p.to_string()).unwrap_or_default())
        .level(level)
        .child_code(children)
        .build()
}

fn organization(
    entity: &str,
    name: &str,
    qualifier: &str,
    id: &str,
) -> Result<Nm1<'static>, Box<dyn std::error::Error>> {
    Ok(Nm1::builder()
        .entity(EntityIdentifier::new(entity)?)
        .entity_type(EntityType::new("2")?)
        .last_name(name)
        .id_qualifier(IdCodeQualifier::new(qualifier)?)
        .id(id)
        .build()?)
}

fn person(
    rng: &mut Rng,
    entity: &str,
    qualifier: &str,
) -> Result<Nm1<'static>, Box<dyn std::error::Error>> {
    Ok(Nm1::builder()
        .entity(EntityIdentifier::new(entity)?)
        .entity_type(EntityType::new("1")?)
        .last_name(rng.pick(LAST))
        .first_name(rng.pick(FIRST))
        .middle_name(rng.pick(&["A", "J", "", "M"]))
        .id_qualifier(IdCodeQualifier::new(qualifier)?)
        .id(&format!("W{:09}", rng.range(1, 999_999_999)))
        .build()?)
}

/// A random NPI with its check digit.
fn npi(rng: &mut Rng) -> String {
    let payload = rng.range(100_000_000, 199_999_999);
    (0..10)
        .map(|digit| format!("{payload}{digit}"))
        .find(|npi| is_valid_npi(npi))
        .unwrap_or_default()
}

fn address(rng: &mut Rng) -> Built<(N3<'static>, N4<'static>)> {
    let n3 = N3::builder()
        .address(&format!("{} {}", rng.range(1, 9_999), rng.pick(STREET)))
        .build()?;
    let (city, state, zip) = rng.pick(PLACE);
    let n4 = N4::builder()
        .city(city)
        .state(state)
        .postal_code(zip)
        .build()?;
    Ok((n3, n4))
}
