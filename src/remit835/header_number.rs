//! Loop 2000 — header number: a group of claim payments.

use std::io::Write;

use super::claim_payment::ClaimPayment;
use super::error::{LoopPath, Remit835Error, before_claim, typed};
use super::layout::{HEADER_NUMBER, Order};
use super::parts::HeaderNumberSegment;
use super::support::{LoopWriter, Staged, owned_vec, read_body};
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
    /// Loop 2000 built from its LX, for writing; add the provider summaries with
    /// [`with`](Self::with) and the claim payments with [`with_claim`](Self::with_claim).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::codes::{
    ///     ClaimFilingIndicator, ClaimStatus, EntityIdentifier, EntityType,
    /// };
    /// use x12_claims::element::{Amount, Count};
    /// use x12_claims::remit835::{ClaimPayment, HeaderNumber};
    /// use x12_claims::segments::{Clp, Lx, Nm1};
    ///
    /// let clp = Clp::builder()
    ///     .patient_control_number("PCN1")
    ///     .status(ClaimStatus::DENIED)
    ///     .total_charge(Amount::new(dec!(100)))
    ///     .payment(Amount::new(dec!(0)))
    ///     .filing_indicator(ClaimFilingIndicator::PPO)
    ///     .payer_claim_control_number("ICN1")
    ///     .build()?;
    /// let patient = Nm1::builder()
    ///     .entity(EntityIdentifier::PATIENT)
    ///     .entity_type(EntityType::PERSON)
    ///     .last_name("DOE")
    ///     .build()?;
    /// let group = HeaderNumber::new(Lx::builder().number(Count::new(1)).build()?)
    ///     .with_claim(ClaimPayment::new(clp).with(patient));
    /// assert_eq!(group.number.number().value(), 1);
    /// assert_eq!(group.claim_payments[0].claim.patient_control_number(), "PCN1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(number: Lx<'a>) -> Self {
        HeaderNumber {
            number,
            provider_summary: None,
            provider_supplemental_summary: None,
            claim_payments: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a provider summary (TS3 or TS2); each is placed in guide order whatever the order
    /// of the calls, and a second of one kind replaces the first.
    pub fn with(mut self, segment: impl Into<HeaderNumberSegment<'a>>) -> Self {
        match segment.into() {
            HeaderNumberSegment::Ts3(ts3) => self.provider_summary = Some(ts3),
            HeaderNumberSegment::Ts2(ts2) => self.provider_supplemental_summary = Some(ts2),
        }
        self
    }

    /// Adds a claim payment (2100) after those added before it.
    pub fn with_claim(mut self, claim: ClaimPayment<'a>) -> Self {
        self.claim_payments.push(claim);
        self
    }

    /// Reads loop 2000 starting at its LX, with its claims.
    pub(crate) fn read(
        cursor: &mut SegmentCursor<'a>,
        staged: &mut Staged<'a>,
        lx: &Segment<'a>,
        index: usize,
    ) -> Result<Self, Remit835Error> {
        let path = LoopPath::HeaderNumber(index);
        let mut group = HeaderNumber::new(typed(path, lx, Lx::parse)?);
        group.unknown = read_body(cursor, &HEADER_NUMBER, Order::started(), |segment| {
            match segment.segment_id().as_bytes() {
                b"TS3" => {
                    group.provider_summary = Some(typed(path, segment, Ts3::parse)?);
                }
                b"TS2" => {
                    group.provider_supplemental_summary = Some(typed(path, segment, Ts2::parse)?);
                }
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        if let Some(error) = cursor.peek().and_then(|s| before_claim(path, s)) {
            return Err(error);
        }
        while let Some(clp) = cursor.take_if("CLP") {
            let claim = LoopPath::ClaimPayment(index, group.claim_payments.len() + 1);
            group
                .claim_payments
                .push(ClaimPayment::read(cursor, staged, &clp, claim)?);
        }
        Ok(group)
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
