//! Loop 2100 — claim payment information.

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::service_payment::ServicePayment;
use super::support::{LoopWriter, fit, owned_vec, read_body};
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

impl<'a> ClaimPayment<'a> {
    /// Reads loop 2100 starting at its CLP, with its service lines.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        clp: &Segment<'a>,
        path: LoopPath,
    ) -> Result<Self, Remit835Error> {
        let claim = typed(path, clp, Clp::parse)?;
        let (mut adjustments, mut names, mut references) = (Vec::new(), Vec::new(), Vec::new());
        let (mut inpatient, mut outpatient) = (None, None);
        let (mut dates, mut contacts) = (Vec::new(), Vec::new());
        let (mut amounts, mut quantities) = (Vec::new(), Vec::new());
        let stop = ["SVC", "CLP", "LX", "PLB", "SE"];
        let unknown = read_body(cursor, &stop, |order, segment| {
            match segment.id() {
                "CAS" if order.accept(1, true) => {
                    adjustments.push(typed(path, segment, Cas::parse)?);
                }
                "NM1" if order.accept(2, true) => names.push(typed(path, segment, Nm1::parse)?),
                "MIA" if order.accept(3, false) => {
                    inpatient = Some(typed(path, segment, Mia::parse)?)
                }
                "MOA" if order.accept(4, false) => {
                    outpatient = Some(typed(path, segment, Moa::parse)?)
                }
                "REF" if order.accept(5, true) => {
                    references.push(typed(path, segment, Ref::parse)?)
                }
                "DTM" if order.accept(6, true) => dates.push(typed(path, segment, Dtm::parse)?),
                "PER" if order.accept(7, true) => contacts.push(typed(path, segment, Per::parse)?),
                "AMT" if order.accept(8, true) => amounts.push(typed(path, segment, Amt::parse)?),
                "QTY" if order.accept(9, true) => {
                    quantities.push(typed(path, segment, Qty::parse)?)
                }
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        let mut service_payments = Vec::new();
        while let Some(svc) = cursor.take_if("SVC") {
            let line = match path {
                LoopPath::ClaimPayment(n, c) => {
                    LoopPath::ServicePayment(n, c, service_payments.len() + 1)
                }
                other => other,
            };
            service_payments.push(ServicePayment::read(cursor, &svc, line)?);
        }
        let payment = ClaimPayment {
            claim,
            adjustments: fit(adjustments),
            names: fit(names),
            inpatient,
            outpatient,
            references: fit(references),
            dates: fit(dates),
            contacts: fit(contacts),
            amounts: fit(amounts),
            quantities: fit(quantities),
            service_payments: fit(service_payments),
            unknown: fit(unknown),
        };
        if payment.patient().is_none() {
            return Err(Remit835Error::Missing {
                path,
                segment: "NM1*QC",
                what: "patient name",
                location: clp.location(),
            });
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
