//! 2320 other subscriber information (coordination of benefits), with its 2330A–G name loops.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::parse::{LoopWriter, UnknownSegment, Up, Walk};
use super::party::{Holder, Party, PartyRole, find};
use super::service_line::{owned, shrink};
use crate::segments::{Amt, Cas, Moa, Oi, Sbr};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2320: another payer of the claim — SBR, its claim-level adjustments (CAS), amounts
/// (AMT*D paid, A8 non-covered, EAF remaining liability), OI and MOA, and the 2330 loops
/// naming that payer's subscriber, the payer and its provider ids.
#[doc(alias = "2320")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OtherSubscriber<'a> {
    sbr: Sbr<'a>,
    adjustments: Vec<Cas<'a>>,
    amounts: Vec<Amt<'a>>,
    other_insurance: Option<Oi<'a>>,
    outpatient: Option<Moa<'a>>,
    parties: Vec<Party<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> OtherSubscriber<'a> {
    fn accepts(segment: &Segment<'_>) -> bool {
        matches!(
            segment.segment_id().as_bytes(),
            b"CAS" | b"AMT" | b"OI" | b"MOA"
        ) || PartyRole::of(Holder::OtherSubscriber, segment).is_some()
    }

    /// Reads a 2320 loop starting at its SBR.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut other = OtherSubscriber::new(walk.typed(path, Sbr::parse)?);
        let here = |s: &Segment<'_>| Self::accepts(s) || up(s);
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.segment_id().as_bytes() {
                b"CAS" => other.adjustments.push(walk.typed(path, Cas::parse)?),
                b"AMT" => other.amounts.push(walk.typed(path, Amt::parse)?),
                b"OI" if other.other_insurance.is_none() => {
                    other.other_insurance = Some(walk.typed(path, Oi::parse)?);
                }
                b"MOA" if other.outpatient.is_none() => {
                    other.outpatient = Some(walk.typed(path, Moa::parse)?);
                }
                _ => {
                    if let Some(role) = PartyRole::of(Holder::OtherSubscriber, &segment) {
                        let n = other.parties.iter().filter(|p| p.role() == role).count();
                        let child = path.child(role.loop_id(), n + 1);
                        other.parties.push(Party::parse(walk, role, child, &here)?);
                    } else if up(&segment) {
                        break;
                    } else {
                        walk.unknown(own, &mut other.unknown);
                    }
                    continue;
                }
            }
            own += 1;
        }
        shrink(&mut other.adjustments);
        shrink(&mut other.amounts);
        shrink(&mut other.parties);
        shrink(&mut other.unknown);
        Ok(other)
    }

    /// A 2320 loop built from its SBR (SBR01 that payer's place in the sequence: `P`, `S`,
    /// `T` ...), for writing; add its segments with the `with_...` methods and its 2330 loops with
    /// [`with_party`](Self::with_party). Segments are written in guide order whatever the order
    /// of the calls.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::claim837p::{OtherSubscriber, Party, PartyRole};
    /// use x12_claims::codes::*;
    /// use x12_claims::element::Amount;
    /// use x12_claims::segments::{Amt, Cas, Nm1, Oi, Sbr};
    ///
    /// let sbr = Sbr::builder()
    ///     .responsibility(PayerResponsibility::PRIMARY)
    ///     .relationship(IndividualRelationship::SELF)
    ///     .filing_indicator(ClaimFilingIndicator::COMMERCIAL)
    ///     .build()?;
    /// let paid = Amt::builder()
    ///     .qualifier(AmountQualifier::PAYER_PAID)
    ///     .amount(Amount::new(dec!(80)))
    ///     .build()?;
    /// let cas = Cas::builder()
    ///     .group(AdjustmentGroup::PATIENT_RESPONSIBILITY)
    ///     .reason(Carc::COINSURANCE)
    ///     .amount(Amount::new(dec!(20)))
    ///     .build()?;
    /// let oi = Oi::builder().benefits_assignment("Y").release_of_information("Y").build()?;
    /// let payer = Nm1::builder()
    ///     .entity(EntityIdentifier::PAYER)
    ///     .entity_type(EntityType::NON_PERSON)
    ///     .last_name("FIRST HEALTH PLAN")
    ///     .id_qualifier(IdCodeQualifier::PAYER_ID)
    ///     .id("11111")
    ///     .build()?;
    /// let other = OtherSubscriber::new(sbr)
    ///     .with_other_insurance(oi)
    ///     .with_amount(paid)
    ///     .with_adjustment(cas)
    ///     .with_party(Party::new(PartyRole::OtherPayer, payer));
    /// assert_eq!(other.amounts()[0].amount().value(), dec!(80));
    /// assert_eq!(other.party(PartyRole::OtherPayer).and_then(|p| p.nm1().id()), Some("11111"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(sbr: Sbr<'a>) -> Self {
        OtherSubscriber {
            sbr,
            adjustments: Vec::new(),
            amounts: Vec::new(),
            other_insurance: None,
            outpatient: None,
            parties: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a claim-level adjustment (CAS) by that payer, after those added before it.
    pub fn with_adjustment(mut self, cas: Cas<'a>) -> Self {
        self.adjustments.push(cas);
        self
    }

    /// Adds an amount (AMT*D paid, A8, EAF), after those added before it.
    pub fn with_amount(mut self, amt: Amt<'a>) -> Self {
        self.amounts.push(amt);
        self
    }

    /// Sets the OI segment (the loop holds one).
    pub fn with_other_insurance(mut self, oi: Oi<'a>) -> Self {
        self.other_insurance = Some(oi);
        self
    }

    /// Sets the MOA segment (the loop holds one).
    pub fn with_outpatient(mut self, moa: Moa<'a>) -> Self {
        self.outpatient = Some(moa);
        self
    }

    /// Adds a 2330 loop (A subscriber, B payer, C–G that payer's provider ids), after those
    /// added before it. Its role must be one of the 2330 roles.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// SBR: that payer's place in the sequence, the relationship, group and filing indicator.
    #[doc(alias = "SBR")]
    pub fn subscriber_info(&self) -> &Sbr<'a> {
        &self.sbr
    }

    /// CAS: that payer's claim-level adjustments.
    #[doc(alias = "CAS")]
    pub fn adjustments(&self) -> &[Cas<'a>] {
        &self.adjustments
    }

    /// AMT: amounts (`D` paid, `A8` non-covered, `EAF` remaining patient liability).
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> &[Amt<'a>] {
        &self.amounts
    }

    /// OI: assignment, signature and release for that coverage.
    #[doc(alias = "OI")]
    pub fn other_insurance(&self) -> Option<&Oi<'a>> {
        self.other_insurance.as_ref()
    }

    /// MOA: outpatient adjudication information.
    #[doc(alias = "MOA")]
    pub fn outpatient(&self) -> Option<&Moa<'a>> {
        self.outpatient.as_ref()
    }

    /// Loops 2330A–G, in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// The 2330 loop of a role, e.g. [`PartyRole::OtherPayer`] (2330B).
    pub fn party(&self, role: PartyRole) -> Option<&Party<'a>> {
        find(&self.parties, role)
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> OtherSubscriber<'static> {
        OtherSubscriber {
            sbr: self.sbr.into_owned(),
            adjustments: owned(self.adjustments, Cas::into_owned),
            amounts: owned(self.amounts, Amt::into_owned),
            other_insurance: self.other_insurance.map(Oi::into_owned),
            outpatient: self.outpatient.map(Moa::into_owned),
            parties: owned(self.parties, Party::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop and its 2330 loops in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.sbr.raw())?;
        for s in &self.adjustments {
            w.own(s.raw())?;
        }
        for s in &self.amounts {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.other_insurance {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.outpatient {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        Ok(())
    }
}
