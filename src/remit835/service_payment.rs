//! Loop 2110 — service payment information.

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::support::{LoopWriter, fit, owned_vec, read_body};
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

impl<'a> ServicePayment<'a> {
    /// Reads loop 2110 starting at its SVC.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        svc: &Segment<'a>,
        path: LoopPath,
    ) -> Result<Self, Remit835Error> {
        let service = typed(path, svc, Svc::parse)?;
        let (mut dates, mut adjustments, mut references) = (Vec::new(), Vec::new(), Vec::new());
        let (mut amounts, mut quantities, mut remarks) = (Vec::new(), Vec::new(), Vec::new());
        let stop = ["SVC", "CLP", "LX", "PLB", "SE"];
        let unknown = read_body(cursor, &stop, |order, segment| {
            match segment.id() {
                "DTM" if order.accept(1, true) => dates.push(typed(path, segment, Dtm::parse)?),
                "CAS" if order.accept(2, true) => {
                    adjustments.push(typed(path, segment, Cas::parse)?);
                }
                "REF" if order.accept(3, true) => {
                    references.push(typed(path, segment, Ref::parse)?)
                }
                "AMT" if order.accept(4, true) => amounts.push(typed(path, segment, Amt::parse)?),
                "QTY" if order.accept(5, true) => {
                    quantities.push(typed(path, segment, Qty::parse)?)
                }
                "LQ" if order.accept(6, true) => remarks.push(typed(path, segment, Lq::parse)?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(ServicePayment {
            service,
            dates: fit(dates),
            adjustments: fit(adjustments),
            references: fit(references),
            amounts: fit(amounts),
            quantities: fit(quantities),
            remarks: fit(remarks),
            unknown: fit(unknown),
        })
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
