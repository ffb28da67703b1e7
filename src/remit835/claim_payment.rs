//! Loop 2100 — claim payment information.

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::layout::{CLAIM_PAYMENT, Order};
use super::parts::ClaimPaymentSegment;
use super::service_payment::ServicePayment;
use super::support::{LoopWriter, Staged, insert_ranked, owned_vec, rank_of, read_body, take};
use crate::segments::{
    Adjustment, Amt, Cas, Clp, Dtm, Mia, Moa, Nm1, Per, Qty, Ref, SegmentCursor, UnknownSegment,
};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2100 — how one claim was settled: CLP, claim-level adjustments, the people and
/// parties named (NM1*QC patient, IL insured, 74 corrected name, 82 rendering provider, TT
/// crossover carrier, PR corrected priority payer, GB other subscriber), inpatient/outpatient
/// adjudication, identifiers, dates, contacts, amounts, quantities and the service lines.
#[doc(alias = "2100")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimPayment<'a> {
    /// CLP: claim id, status, charge, payment, patient responsibility.
    pub claim: Clp<'a>,
    /// CAS: claim-level adjustments.
    pub adjustments: Vec<Cas<'a>>,
    /// NM1 segments in the order read; see [`patient`](ClaimPayment::patient) and
    /// [`name`](ClaimPayment::name).
    pub names: Vec<Nm1<'a>>,
    /// MIA: inpatient adjudication.
    pub inpatient: Option<Mia<'a>>,
    /// MOA: outpatient adjudication and claim remark codes.
    pub outpatient: Option<Moa<'a>>,
    /// REF: other claim identifiers and rendering provider identifiers.
    pub references: Vec<Ref<'a>>,
    /// DTM: statement period (232/233), coverage expiration (036), received (050).
    pub dates: Vec<Dtm<'a>>,
    /// PER*CX: claim contacts.
    pub contacts: Vec<Per<'a>>,
    /// AMT: coverage, interest, patient paid ...
    pub amounts: Vec<Amt<'a>>,
    /// QTY: covered days, visits ...
    pub quantities: Vec<Qty<'a>>,
    /// Loop 2110, the service lines.
    pub service_payments: Vec<ServicePayment<'a>>,
    /// Segments met in the loop (before its first service line) that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

/// NM1 entity codes of the loop in guide order: patient, insured, corrected patient/insured,
/// rendering provider, crossover carrier, corrected priority payer, other subscriber.
const NAMES: &[&[&str]] = &[
    &["QC"],
    &["IL"],
    &["74"],
    &["82"],
    &["TT"],
    &["PR"],
    &["GB"],
];

/// REF qualifiers of the loop in guide order: other claim identifiers, then rendering provider
/// identifiers.
const REFERENCES: &[&[&str]] = &[
    &[
        "1L", "1W", "28", "6P", "9A", "9C", "BB", "CE", "EA", "F8", "G1", "G3", "IG", "SY",
    ],
    &[
        "0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "LU",
    ],
];

/// DTM qualifiers of the loop in guide order: statement period, coverage expiration, received.
const DATES: &[&[&str]] = &[&["232", "233"], &["036"], &["050"]];

impl<'a> ClaimPayment<'a> {
    /// Loop 2100 built from its CLP, for writing; add its segments with [`with`](Self::with)
    /// and its service lines with [`with_service`](Self::with_service). The patient (NM1*QC)
    /// is required: [`Remittance::build`](super::Remittance::build) refuses a claim payment
    /// without one, as parsing does.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::codes::*;
    /// use x12_claims::element::Amount;
    /// use x12_claims::remit835::{ClaimPayment, ServicePayment};
    /// use x12_claims::segments::{Cas, Clp, Nm1, Svc};
    ///
    /// let clp = Clp::builder()
    ///     .patient_control_number("PCN1")
    ///     .status(ClaimStatus::PROCESSED_AS_PRIMARY)
    ///     .total_charge(Amount::new(dec!(180)))
    ///     .payment(Amount::new(dec!(90)))
    ///     .patient_responsibility(Amount::new(dec!(30)))
    ///     .filing_indicator(ClaimFilingIndicator::PPO)
    ///     .payer_claim_control_number("ICN1")
    ///     .build()?;
    /// let insured = Nm1::builder()
    ///     .entity(EntityIdentifier::INSURED)
    ///     .entity_type(EntityType::PERSON)
    ///     .last_name("DOE")
    ///     .first_name("JOHN")
    ///     .build()?;
    /// let patient = Nm1::builder()
    ///     .entity(EntityIdentifier::PATIENT)
    ///     .entity_type(EntityType::PERSON)
    ///     .last_name("DOE")
    ///     .first_name("JANE")
    ///     .build()?;
    /// let svc = Svc::builder()
    ///     .procedure_qualifier(ProductServiceQualifier::HCPCS)
    ///     .procedure_code("90837")
    ///     .charge(Amount::new(dec!(180)))
    ///     .payment(Amount::new(dec!(90)))
    ///     .build()?;
    /// let contractual = Cas::builder()
    ///     .group(AdjustmentGroup::CONTRACTUAL_OBLIGATION)
    ///     .reason(Carc::new("45")?)
    ///     .amount(Amount::new(dec!(60)))
    ///     .build()?;
    /// let copay = Cas::builder()
    ///     .group(AdjustmentGroup::PATIENT_RESPONSIBILITY)
    ///     .reason(Carc::new("3")?)
    ///     .amount(Amount::new(dec!(30)))
    ///     .build()?;
    /// // The insured is added first; the loop puts the patient (NM1*QC) before it.
    /// let claim = ClaimPayment::new(clp)
    ///     .with(insured)
    ///     .with(patient)
    ///     .with_service(ServicePayment::new(svc).with(contractual).with(copay));
    /// assert_eq!(claim.names[0].entity(), EntityIdentifier::PATIENT);
    /// assert_eq!(claim.patient().and_then(|p| p.first_name()), Some("JANE"));
    /// let line = &claim.service_payments[0];
    /// let adjusted: rust_decimal::Decimal =
    ///     line.all_adjustments().map(|a| a.amount.value()).sum();
    /// assert_eq!(adjusted, dec!(90));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(claim: Clp<'a>) -> Self {
        ClaimPayment {
            claim,
            adjustments: Vec::new(),
            names: Vec::new(),
            inpatient: None,
            outpatient: None,
            references: Vec::new(),
            dates: Vec::new(),
            contacts: Vec::new(),
            amounts: Vec::new(),
            quantities: Vec::new(),
            service_payments: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (CAS, NM1, MIA, MOA, REF, DTM, PER, AMT, QTY), placed in guide order
    /// whatever the order of the calls: by kind, and among NM1, REF and DTM segments by the
    /// guide's order of their qualifiers. The loop holds one MIA and one MOA: a second
    /// replaces the first.
    pub fn with(mut self, segment: impl Into<ClaimPaymentSegment<'a>>) -> Self {
        match segment.into() {
            ClaimPaymentSegment::Cas(cas) => self.adjustments.push(cas),
            ClaimPaymentSegment::Nm1(name) => insert_ranked(&mut self.names, name, |n| {
                rank_of(n.entity().as_str(), NAMES)
            }),
            ClaimPaymentSegment::Mia(mia) => self.inpatient = Some(mia),
            ClaimPaymentSegment::Moa(moa) => self.outpatient = Some(moa),
            ClaimPaymentSegment::Ref(reference) => {
                insert_ranked(&mut self.references, reference, |r| {
                    rank_of(r.qualifier().as_str(), REFERENCES)
                })
            }
            ClaimPaymentSegment::Dtm(date) => insert_ranked(&mut self.dates, date, |d| {
                rank_of(d.qualifier().as_str(), DATES)
            }),
            ClaimPaymentSegment::Per(contact) => self.contacts.push(contact),
            ClaimPaymentSegment::Amt(amount) => self.amounts.push(amount),
            ClaimPaymentSegment::Qty(quantity) => self.quantities.push(quantity),
        }
        self
    }

    /// Adds a service payment (2110) after those added before it.
    pub fn with_service(mut self, line: ServicePayment<'a>) -> Self {
        self.service_payments.push(line);
        self
    }

    /// Reads loop 2100 starting at its CLP, with its service lines.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        staged: &mut Staged<'a>,
        clp: &Segment<'a>,
        path: LoopPath,
    ) -> Result<Self, Remit835Error> {
        let mut payment = ClaimPayment::new(typed(path, clp, Clp::parse)?);
        payment.unknown = read_body(cursor, &CLAIM_PAYMENT, Order::started(), |segment| {
            match segment.segment_id().as_bytes() {
                b"CAS" => staged.adjustments.push(typed(path, segment, Cas::parse)?),
                b"NM1" => staged.names.push(typed(path, segment, Nm1::parse)?),
                b"MIA" => payment.inpatient = Some(typed(path, segment, Mia::parse)?),
                b"MOA" => payment.outpatient = Some(typed(path, segment, Moa::parse)?),
                b"REF" => staged.references.push(typed(path, segment, Ref::parse)?),
                b"DTM" => staged.dates.push(typed(path, segment, Dtm::parse)?),
                b"PER" => staged.contacts.push(typed(path, segment, Per::parse)?),
                b"AMT" => staged.amounts.push(typed(path, segment, Amt::parse)?),
                b"QTY" => staged.quantities.push(typed(path, segment, Qty::parse)?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        payment.unknown.shrink_to_fit();
        payment.adjustments = take(&mut staged.adjustments);
        payment.names = take(&mut staged.names);
        payment.references = take(&mut staged.references);
        payment.dates = take(&mut staged.dates);
        payment.contacts = take(&mut staged.contacts);
        payment.amounts = take(&mut staged.amounts);
        payment.quantities = take(&mut staged.quantities);
        while let Some(svc) = cursor.take_if("SVC") {
            let line = match path {
                LoopPath::ClaimPayment(n, c) => {
                    LoopPath::ServicePayment(n, c, staged.service_payments.len() + 1)
                }
                other => other,
            };
            let line = ServicePayment::read(cursor, staged, &svc, line)?;
            staged.service_payments.push(line);
        }
        payment.service_payments = take(&mut staged.service_payments);
        if payment.patient().is_none() {
            return Err(missing_patient(path, &payment.claim));
        }
        Ok(payment)
    }

    /// The NM1 with this entity code (`QC`, `IL`, `74`, `82`, `TT`, `PR`, `GB`).
    pub fn name(&self, entity: &str) -> Option<&Nm1<'a>> {
        self.names.iter().find(|n| n.entity().as_str() == entity)
    }

    /// NM1*QC, the patient.
    pub fn patient(&self) -> Option<&Nm1<'a>> {
        self.name("QC")
    }

    /// NM1*IL, the insured, when different from the patient.
    pub fn insured(&self) -> Option<&Nm1<'a>> {
        self.name("IL")
    }

    /// NM1*74, corrected patient or insured data: the payer's records differ from the claim.
    pub fn corrected_name(&self) -> Option<&Nm1<'a>> {
        self.name("74")
    }

    /// NM1*82, the rendering provider, when different from the payee.
    pub fn rendering_provider(&self) -> Option<&Nm1<'a>> {
        self.name("82")
    }

    /// NM1*TT, the payer the claim was forwarded to.
    pub fn crossover_carrier(&self) -> Option<&Nm1<'a>> {
        self.name("TT")
    }

    /// Every claim-level adjustment (all CAS segments, all triples), in order.
    pub fn claim_adjustments(&self) -> impl Iterator<Item = Adjustment<'_>> + '_ {
        self.adjustments.iter().flat_map(Cas::adjustments)
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.claim.raw())?;
        w.all(&self.adjustments, Cas::raw)?;
        w.all(&self.names, Nm1::raw)?;
        w.all(&self.inpatient, Mia::raw)?;
        w.all(&self.outpatient, Moa::raw)?;
        w.all(&self.references, Ref::raw)?;
        w.all(&self.dates, Dtm::raw)?;
        w.all(&self.contacts, Per::raw)?;
        w.all(&self.amounts, Amt::raw)?;
        w.all(&self.quantities, Qty::raw)?;
        let out = w.finish()?;
        for line in &self.service_payments {
            line.write(out)?;
        }
        Ok(())
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> ClaimPayment<'static> {
        ClaimPayment {
            claim: self.claim.into_owned(),
            adjustments: owned_vec!(self.adjustments),
            names: owned_vec!(self.names),
            inpatient: self.inpatient.map(Mia::into_owned),
            outpatient: self.outpatient.map(Moa::into_owned),
            references: owned_vec!(self.references),
            dates: owned_vec!(self.dates),
            contacts: owned_vec!(self.contacts),
            amounts: owned_vec!(self.amounts),
            quantities: owned_vec!(self.quantities),
            service_payments: owned_vec!(self.service_payments),
            unknown: owned_vec!(self.unknown),
        }
    }
}

/// The error for a claim payment without its patient (NM1*QC), placed at its CLP.
pub(crate) fn missing_patient(path: LoopPath, clp: &Clp<'_>) -> Remit835Error {
    Remit835Error::Missing {
        path,
        segment: "NM1*QC",
        what: "patient name",
        location: clp.location(),
    }
}
