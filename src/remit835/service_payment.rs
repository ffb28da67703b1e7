//! Loop 2110 — service payment information.

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::layout::{Order, SERVICE_PAYMENT};
use super::parts::ServicePaymentSegment;
use super::support::{LoopWriter, Staged, insert_ranked, owned_vec, rank_of, read_body, take};
use crate::segments::{Amt, Cas, Dtm, Lq, Qty, Ref, SegmentCursor, Svc, UnknownSegment};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2110 — how one service line was paid: SVC, its dates, adjustments (CAS), identifiers
/// (REF*6R line item control number ...), amounts (AMT*B6 allowed), quantities and remark
/// codes (LQ*HE).
#[doc(alias = "2110")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ServicePayment<'a> {
    /// SVC: procedure, charge, payment, units.
    pub service: Svc<'a>,
    /// DTM*472 service date or DTM*150/151 from/through.
    pub dates: Vec<Dtm<'a>>,
    /// CAS: line adjustments.
    pub adjustments: Vec<Cas<'a>>,
    /// REF: line identifiers (6R line item control number, rendering provider ids ...).
    pub references: Vec<Ref<'a>>,
    /// AMT: B6 allowed amount, KH deduction ...
    pub amounts: Vec<Amt<'a>>,
    /// QTY: federal mandate quantities.
    pub quantities: Vec<Qty<'a>>,
    /// LQ: remark codes.
    pub remarks: Vec<Lq<'a>>,
    /// Segments met in the loop that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

/// REF qualifiers of the loop in guide order: service identifiers, line item control number,
/// rendering provider identifiers, health care policy.
const REFERENCES: &[&[&str]] = &[
    &["1S", "APC", "BB", "E9", "G1", "G3", "LU", "RB"],
    &["6R"],
    &[
        "0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "HPI", "SY", "TJ",
    ],
    &["0K"],
];

impl<'a> ServicePayment<'a> {
    /// Loop 2110 built from its SVC, for writing; add its dates, adjustments, identifiers,
    /// amounts, quantities and remark codes with [`with`](Self::with).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use x12_claims::codes::*;
    /// use x12_claims::element::{Amount, Date};
    /// use x12_claims::remit835::ServicePayment;
    /// use x12_claims::segments::{Amt, Cas, Dtm, Lq, Ref, Svc};
    ///
    /// let svc = Svc::builder()
    ///     .procedure_qualifier(ProductServiceQualifier::HCPCS)
    ///     .procedure_code("90837")
    ///     .component(1, 3, "95")
    ///     .charge(Amount::new(dec!(180)))
    ///     .payment(Amount::new(dec!(90)))
    ///     .build()?;
    /// let day = Date::new(NaiveDate::from_ymd_opt(2024, 3, 28).ok_or("no such day")?)?;
    /// let adjustments = Cas::builder()
    ///     .group(AdjustmentGroup::CONTRACTUAL_OBLIGATION)
    ///     .reason(Carc::new("45")?)
    ///     .amount(Amount::new(dec!(60)))
    ///     .element(5, "253")
    ///     .element(6, "30")
    ///     .build()?;
    /// let allowed = Amt::builder()
    ///     .qualifier(AmountQualifier::new("B6")?)
    ///     .amount(Amount::new(dec!(120)))
    ///     .build()?;
    /// let control = Ref::builder()
    ///     .qualifier(ReferenceQualifier::new("6R")?)
    ///     .value("LINE1")
    ///     .build()?;
    /// let remark = Lq::builder().list("HE").code("N130").build()?;
    /// let date = Dtm::builder().qualifier(DateQualifier::SERVICE).date(day).build()?;
    /// // Added out of guide order: the loop writes DTM, CAS, REF, AMT, LQ.
    /// let line = ServicePayment::new(svc)
    ///     .with(remark)
    ///     .with(allowed)
    ///     .with(control)
    ///     .with(adjustments)
    ///     .with(date);
    /// assert_eq!(line.dates.len(), 1);
    /// assert_eq!(line.line_item_control_number(), Some("LINE1"));
    /// assert_eq!(line.allowed_amount().map(|a| a.amount().value()), Some(dec!(120)));
    /// let reasons: Vec<_> = line.all_adjustments().map(|a| a.reason.to_string()).collect();
    /// assert_eq!(reasons, ["45", "253"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(service: Svc<'a>) -> Self {
        ServicePayment {
            service,
            dates: Vec::new(),
            adjustments: Vec::new(),
            references: Vec::new(),
            amounts: Vec::new(),
            quantities: Vec::new(),
            remarks: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (DTM, CAS, REF, AMT, QTY, LQ), placed in guide order whatever the order
    /// of the calls: by kind, and among REF segments by the guide's order of their qualifiers.
    pub fn with(mut self, segment: impl Into<ServicePaymentSegment<'a>>) -> Self {
        match segment.into() {
            ServicePaymentSegment::Dtm(date) => self.dates.push(date),
            ServicePaymentSegment::Cas(cas) => self.adjustments.push(cas),
            ServicePaymentSegment::Ref(reference) => {
                insert_ranked(&mut self.references, reference, |r| {
                    rank_of(r.qualifier().as_str(), REFERENCES)
                })
            }
            ServicePaymentSegment::Amt(amount) => self.amounts.push(amount),
            ServicePaymentSegment::Qty(quantity) => self.quantities.push(quantity),
            ServicePaymentSegment::Lq(remark) => self.remarks.push(remark),
        }
        self
    }

    /// Reads loop 2110 starting at its SVC.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        staged: &mut Staged<'a>,
        svc: &Segment<'a>,
        path: LoopPath,
    ) -> Result<Self, Remit835Error> {
        let mut line = ServicePayment::new(typed(path, svc, Svc::parse)?);
        line.unknown = read_body(cursor, &SERVICE_PAYMENT, Order::started(), |segment| {
            match segment.segment_id().as_bytes() {
                b"DTM" => staged.dates.push(typed(path, segment, Dtm::parse)?),
                b"CAS" => staged.adjustments.push(typed(path, segment, Cas::parse)?),
                b"REF" => staged.references.push(typed(path, segment, Ref::parse)?),
                b"AMT" => staged.amounts.push(typed(path, segment, Amt::parse)?),
                b"QTY" => staged.quantities.push(typed(path, segment, Qty::parse)?),
                b"LQ" => staged.remarks.push(typed(path, segment, Lq::parse)?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        line.dates = take(&mut staged.dates);
        line.adjustments = take(&mut staged.adjustments);
        line.references = take(&mut staged.references);
        line.amounts = take(&mut staged.amounts);
        line.quantities = take(&mut staged.quantities);
        line.remarks = take(&mut staged.remarks);
        line.unknown.shrink_to_fit();
        Ok(line)
    }

    /// REF*6R, the line item control number sent on the claim: the best key for matching the
    /// line.
    pub fn line_item_control_number(&self) -> Option<&str> {
        self.references
            .iter()
            .find(|r| r.qualifier().as_str() == "6R")
            .map(|r| r.value())
    }

    /// AMT*B6, the allowed amount, when sent.
    pub fn allowed_amount(&self) -> Option<&Amt<'a>> {
        self.amounts.iter().find(|a| a.qualifier().as_str() == "B6")
    }

    /// Every adjustment of the line (all CAS segments, all triples), in order.
    pub fn all_adjustments(&self) -> impl Iterator<Item = crate::segments::Adjustment<'_>> + '_ {
        self.adjustments.iter().flat_map(Cas::adjustments)
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.service.raw())?;
        w.all(&self.dates, Dtm::raw)?;
        w.all(&self.adjustments, Cas::raw)?;
        w.all(&self.references, Ref::raw)?;
        w.all(&self.amounts, Amt::raw)?;
        w.all(&self.quantities, Qty::raw)?;
        w.all(&self.remarks, Lq::raw)?;
        w.finish()?;
        Ok(())
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> ServicePayment<'static> {
        ServicePayment {
            service: self.service.into_owned(),
            dates: owned_vec!(self.dates),
            adjustments: owned_vec!(self.adjustments),
            references: owned_vec!(self.references),
            amounts: owned_vec!(self.amounts),
            quantities: owned_vec!(self.quantities),
            remarks: owned_vec!(self.remarks),
            unknown: owned_vec!(self.unknown),
        }
    }
}
