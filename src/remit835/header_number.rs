//! Loop 2000 — header number: a group of claim payments.

use std::io::Write;

use super::claim_payment::ClaimPayment;
use super::error::{LoopPath, Remit835Error, typed};
use super::support::{LoopWriter, owned_vec, read_body};
use crate::segments::{Lx, SegmentCursor, Ts2, Ts3, UnknownSegment};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2000 — a numbered group of claim payments (LX), with optional provider summary totals
/// (TS3, TS2).
#[doc(alias = "2000")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HeaderNumber<'a> {
    /// LX: the group number.
    pub number: Lx<'a>,
    /// TS3: provider summary.
    pub provider_summary: Option<Ts3<'a>>,
    /// TS2: provider supplemental summary (DRG totals).
    pub provider_supplemental_summary: Option<Ts2<'a>>,
    /// Loop 2100, the claims of the group.
    pub claim_payments: Vec<ClaimPayment<'a>>,
    /// Segments met in the loop (before its first claim) that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> HeaderNumber<'a> {
    /// Reads loop 2000 starting at its LX, with its claims.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        lx: &Segment<'a>,
        index: usize,
    ) -> Result<Self, Remit835Error> {
        let path = LoopPath::HeaderNumber(index);
        let number = typed(path, lx, Lx::parse)?;
        let (mut provider_summary, mut provider_supplemental_summary) = (None, None);
        let stop = ["SVC", "CLP", "LX", "PLB", "SE"];
        let unknown = read_body(cursor, &stop, |order, segment| {
            match segment.id() {
                "TS3" if order.accept(1, false) => {
                    provider_summary = Some(typed(path, segment, Ts3::parse)?);
                }
                "TS2" if order.accept(2, false) => {
                    provider_supplemental_summary = Some(typed(path, segment, Ts2::parse)?);
                }
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        if let Some(svc) = cursor.peek().filter(|s| s.segment_id() == "SVC") {
            return Err(Remit835Error::Misplaced {
                path,
                found: "SVC".to_owned(),
                expected: "a service payment (2110) follows its claim payment (CLP)",
                location: svc.location(),
            });
        }
        let mut claim_payments = Vec::new();
        while let Some(clp) = cursor.take_if("CLP") {
            let claim = LoopPath::ClaimPayment(index, claim_payments.len() + 1);
            claim_payments.push(ClaimPayment::read(cursor, &clp, claim)?);
        }
        Ok(HeaderNumber {
            number,
            provider_summary,
            provider_supplemental_summary,
            claim_payments,
            unknown,
        })
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.number.raw())?;
        w.all(&self.provider_summary, Ts3::raw)?;
        w.all(&self.provider_supplemental_summary, Ts2::raw)?;
        let out = w.finish()?;
        for claim in &self.claim_payments {
            claim.write(out)?;
        }
        Ok(())
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> HeaderNumber<'static> {
        HeaderNumber {
            number: self.number.into_owned(),
            provider_summary: self.provider_summary.map(Ts3::into_owned),
            provider_supplemental_summary: self.provider_supplemental_summary.map(Ts2::into_owned),
            claim_payments: owned_vec!(self.claim_payments),
            unknown: owned_vec!(self.unknown),
        }
    }
}
