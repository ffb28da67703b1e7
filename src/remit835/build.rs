//! [`Remittance::build`]: an 835 transaction set put together from built loops, with its ST
//! and its SE segment count.

use super::claim_payment::missing_patient;
use super::error::{LoopPath, Remit835Error};
use super::{Header, HeaderNumber, Payee, Payer, Remittance};
use crate::segments::{N1, Plb, RawSegment, SegmentError};
use crate::syntax::{WriteError, Writer};

impl<'a> Remittance<'a> {
    /// A remittance built from its loops, for writing: ST carries `control_number` (and no
    /// ST03, which the 835 guide does not use), SE the segment count and the same control
    /// number.
    ///
    /// The loops are checked as parsing checks them, so a remittance that would not read back
    /// is refused here: the payer's N1 must be N1*PR, the payee's N1*PE, and every claim
    /// payment needs its patient (NM1*QC). Balancing is not checked; see
    /// [`balance835`](crate::validate::balance835).
    ///
    /// Written through an [`InterchangeWriter`](crate::envelope::InterchangeWriter) with
    /// [`write_body`](Self::write_body), the set takes that interchange's control number and
    /// count instead.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use x12_claims::codes::*;
    /// use x12_claims::element::{Amount, Count, Date};
    /// use x12_claims::envelope::Document;
    /// use x12_claims::remit835::{
    ///     ClaimPayment, Header, HeaderNumber, Payee, Payer, Remittance, ServicePayment,
    /// };
    /// use x12_claims::segments::{Bpr, Cas, Clp, Lx, N1, Nm1, Svc, Trn};
    /// use x12_claims::syntax::{WriteOptions, Writer};
    /// use x12_claims::validate::balance835;
    ///
    /// let amount = |value| Amount::new(value);
    /// let day = Date::new(NaiveDate::from_ymd_opt(2024, 4, 5).ok_or("no such day")?)?;
    /// let bpr = Bpr::builder()
    ///     .handling(TransactionHandling::PAYMENT_WITH_REMITTANCE)
    ///     .total_payment(amount(dec!(90)))
    ///     .credit_debit(CreditDebit::CREDIT)
    ///     .payment_method(PaymentMethod::CHECK)
    ///     .payment_date(day)
    ///     .build()?;
    /// let trn = Trn::builder()
    ///     .trace_type("1")
    ///     .trace_number("CHK1")
    ///     .payer_identifier("1234567890")
    ///     .build()?;
    /// let payer = N1::builder().entity(EntityIdentifier::PAYER).name("ACME HEALTH").build()?;
    /// let payee = N1::builder()
    ///     .entity(EntityIdentifier::PAYEE)
    ///     .name("RIVERSIDE THERAPY")
    ///     .id_qualifier(IdCodeQualifier::NPI)
    ///     .id("1234567893")
    ///     .build()?;
    /// let clp = Clp::builder()
    ///     .patient_control_number("PCN1")
    ///     .status(ClaimStatus::PROCESSED_AS_PRIMARY)
    ///     .total_charge(amount(dec!(180)))
    ///     .payment(amount(dec!(90)))
    ///     .patient_responsibility(amount(dec!(30)))
    ///     .filing_indicator(ClaimFilingIndicator::PPO)
    ///     .payer_claim_control_number("ICN1")
    ///     .build()?;
    /// let patient = Nm1::builder()
    ///     .entity(EntityIdentifier::PATIENT)
    ///     .entity_type(EntityType::PERSON)
    ///     .last_name("DOE")
    ///     .build()?;
    /// let svc = Svc::builder()
    ///     .procedure_qualifier(ProductServiceQualifier::HCPCS)
    ///     .procedure_code("90837")
    ///     .charge(amount(dec!(180)))
    ///     .payment(amount(dec!(90)))
    ///     .build()?;
    /// let cas = |group, reason, value| -> Result<Cas<'static>, Box<dyn std::error::Error>> {
    ///     let reason = Carc::new(reason)?;
    ///     Ok(Cas::builder().group(group).reason(reason).amount(amount(value)).build()?)
    /// };
    /// let line = ServicePayment::new(svc)
    ///     .with(cas(AdjustmentGroup::CONTRACTUAL_OBLIGATION, "45", dec!(60))?)
    ///     .with(cas(AdjustmentGroup::PATIENT_RESPONSIBILITY, "3", dec!(30))?);
    /// let group = HeaderNumber::new(Lx::builder().number(Count::new(1)).build()?)
    ///     .with_claim(ClaimPayment::new(clp).with(patient).with_service(line));
    ///
    /// let remittance = Remittance::build(
    ///     "0001",
    ///     Header::new(bpr, trn),
    ///     Payer::new(payer),
    ///     Payee::new(payee),
    ///     vec![group],
    ///     Vec::new(),
    /// )?;
    /// assert!(balance835::check(&remittance).is_empty());
    ///
    /// let mut out = Writer::new(Vec::new(), WriteOptions::default());
    /// remittance.write(&mut out)?;
    /// let text = String::from_utf8(out.into_inner())?;
    /// assert!(text.starts_with("ST*835*0001~BPR*C*90*C*CHK************20240405~"));
    /// assert!(text.ends_with("CAS*PR*3*30~SE*12*0001~"));
    ///
    /// // In an interchange, the set reads back equal to what was built.
    /// let interchange = format!(
    ///     "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000001*0*P*:~\
    ///      GS*HP*PAYER*CLINIC*20240405*0800*1*X*005010X221A1~{text}GE*1*1~IEA*1*000000001~"
    /// );
    /// let doc = Document::parse(interchange.as_bytes())?;
    /// let read = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
    /// assert_eq!(read, remittance);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(
        control_number: &str,
        header: Header<'a>,
        payer: Payer<'a>,
        payee: Payee<'a>,
        header_numbers: Vec<HeaderNumber<'a>>,
        provider_adjustments: Vec<Plb<'a>>,
    ) -> Result<Self, Remit835Error> {
        check_party(
            &payer.name,
            LoopPath::Payer,
            "N1*PR",
            "payer identification",
        )?;
        check_party(
            &payee.name,
            LoopPath::Payee,
            "N1*PE",
            "payee identification",
        )?;
        for (n, group) in header_numbers.iter().enumerate() {
            for (c, claim) in group.claim_payments.iter().enumerate() {
                if claim.patient().is_none() {
                    let path = LoopPath::ClaimPayment(n + 1, c + 1);
                    return Err(missing_patient(path, &claim.claim));
                }
            }
        }
        let st = segment("ST", &["835", control_number])?;
        let mut remittance = Remittance {
            transaction_header: st,
            header,
            payer,
            payee,
            header_numbers,
            provider_adjustments,
            unknown: Vec::new(),
            transaction_trailer: segment("SE", &[])?,
        };
        let mut counter = Writer::new(std::io::sink(), Default::default());
        remittance.write_body(&mut counter).map_err(written)?;
        let count = (counter.segments_written() + 2).to_string();
        remittance.transaction_trailer = segment("SE", &[&count, control_number])?;
        Ok(remittance)
    }
}

/// Refuses a party loop whose N1 does not carry the entity code its place requires (`PR` in
/// 1000A, `PE` in 1000B), as parsing would not find the loop.
fn check_party(
    name: &N1<'_>,
    path: LoopPath,
    segment: &'static str,
    what: &'static str,
) -> Result<(), Remit835Error> {
    let wanted = segment.trim_start_matches("N1*");
    if name.entity().as_str() == wanted {
        return Ok(());
    }
    Err(Remit835Error::Missing {
        path,
        segment,
        what,
        location: name.location().with_element(1),
    })
}

/// A built ST or SE segment with these elements.
fn segment(id: &str, elements: &[&str]) -> Result<RawSegment<'static>, Remit835Error> {
    RawSegment::build(id, |w| {
        for element in elements {
            w.text(element)?;
        }
        Ok(())
    })
    .map_err(written)
}

/// A write error of a built segment, as an error of the transaction set.
fn written(error: WriteError) -> Remit835Error {
    Remit835Error::Segment {
        path: LoopPath::Header,
        source: SegmentError::Write(error),
    }
}
