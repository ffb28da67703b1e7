//! 2300 claim information, with its 2310A–F name loops, 2320 other subscribers and 2400 lines.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::other_subscriber::OtherSubscriber;
use super::parse::{LoopWriter, UnknownSegment, Up, Walk};
use super::party::{Holder, Party, PartyRole, find};
use super::service_line::{ServiceLine, owned};
use crate::segments::{Amt, Clm, Cn1, Cr1, Cr2, Crc, Diagnosis, Dtp, Hcp, Hi, K3, Nte, Pwk, Ref};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2300: one claim — CLM and the claim-level dates, references, notes and diagnoses (HI),
/// the 2310 providers and locations, the 2320 other payers and the 2400 service lines.
///
/// ```
/// use x12_claims::claim837p::Submission;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// # let doc = x12_claims::envelope::Document::parse(&input)?;
/// # let set = doc.transaction_sets().next().ok_or("no set")?;
/// let submission = Submission::parse(set)?;
/// let claim = submission.claims().next().ok_or("no claim")?.claim();
/// assert_eq!(claim.info().patient_control_number(), "TH-0001");
/// let codes: Vec<_> = claim.diagnoses().map(|d| d.code).collect();
/// assert_eq!(codes, ["F411"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "2300")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim<'a> {
    clm: Clm<'a>,
    dates: Vec<Dtp<'a>>,
    paperwork: Vec<Pwk<'a>>,
    contract: Option<Cn1<'a>>,
    amounts: Vec<Amt<'a>>,
    references: Vec<Ref<'a>>,
    file_info: Vec<K3<'a>>,
    notes: Vec<Nte<'a>>,
    ambulance: Option<Cr1<'a>>,
    spinal_manipulation: Option<Cr2<'a>>,
    conditions: Vec<Crc<'a>>,
    health_info: Vec<Hi<'a>>,
    pricing: Option<Hcp<'a>>,
    parties: Vec<Party<'a>>,
    other_subscribers: Vec<OtherSubscriber<'a>>,
    lines: Vec<ServiceLine<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Claim<'a> {
    fn accepts(segment: &Segment<'_>) -> bool {
        matches!(
            segment.id(),
            "DTP"
                | "PWK"
                | "CN1"
                | "AMT"
                | "REF"
                | "K3"
                | "NTE"
                | "CR1"
                | "CR2"
                | "CRC"
                | "HI"
                | "HCP"
                | "SBR"
                | "LX"
        ) || PartyRole::of(Holder::Claim, segment).is_some()
    }

    /// Reads a 2300 loop starting at its CLM.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut claim = Claim {
            clm: walk.typed(path, Clm::parse)?,
            dates: Vec::new(),
            paperwork: Vec::new(),
            contract: None,
            amounts: Vec::new(),
            references: Vec::new(),
            file_info: Vec::new(),
            notes: Vec::new(),
            ambulance: None,
            spinal_manipulation: None,
            conditions: Vec::new(),
            health_info: Vec::new(),
            pricing: None,
            parties: Vec::new(),
            other_subscribers: Vec::new(),
            lines: Vec::new(),
            unknown: Vec::new(),
        };
        let here = |s: &Segment<'_>| Self::accepts(s) || up(s);
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.id() {
                "DTP" => claim.dates.push(walk.typed(path, Dtp::parse)?),
                "PWK" => claim.paperwork.push(walk.typed(path, Pwk::parse)?),
                "CN1" if claim.contract.is_none() => {
                    claim.contract = Some(walk.typed(path, Cn1::parse)?);
                }
                "AMT" => claim.amounts.push(walk.typed(path, Amt::parse)?),
                "REF" => claim.references.push(walk.typed(path, Ref::parse)?),
                "K3" => claim.file_info.push(walk.typed(path, K3::parse)?),
                "NTE" => claim.notes.push(walk.typed(path, Nte::parse)?),
                "CR1" if claim.ambulance.is_none() => {
                    claim.ambulance = Some(walk.typed(path, Cr1::parse)?);
                }
                "CR2" if claim.spinal_manipulation.is_none() => {
                    claim.spinal_manipulation = Some(walk.typed(path, Cr2::parse)?);
                }
                "CRC" => claim.conditions.push(walk.typed(path, Crc::parse)?),
                "HI" => claim.health_info.push(walk.typed(path, Hi::parse)?),
                "HCP" if claim.pricing.is_none() => {
                    claim.pricing = Some(walk.typed(path, Hcp::parse)?);
                }
                "SBR" => {
                    let child = path.child("2320", claim.other_subscribers.len() + 1);
                    claim
                        .other_subscribers
                        .push(OtherSubscriber::parse(walk, child, &here)?);
                    continue;
                }
                "LX" => {
                    let child = path.child("2400", claim.lines.len() + 1);
                    claim.lines.push(ServiceLine::parse(walk, child, &here)?);
                    continue;
                }
                _ => {
                    if let Some(role) = PartyRole::of(Holder::Claim, &segment) {
                        let n = claim.parties.iter().filter(|p| p.role() == role).count();
                        let child = path.child(role.loop_id(), n + 1);
                        claim.parties.push(Party::parse(walk, role, child, &here)?);
                    } else if up(&segment) {
                        break;
                    } else {
                        walk.unknown(own, &mut claim.unknown);
                    }
                    continue;
                }
            }
            own += 1;
        }
        Ok(claim)
    }

    /// CLM: claim id, total charge, place of service, frequency, signatures.
    #[doc(alias = "CLM")]
    pub fn info(&self) -> &Clm<'a> {
        &self.clm
    }

    /// DTP: claim dates (onset, accident, admission ...).
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> &[Dtp<'a>] {
        &self.dates
    }

    /// PWK: attachments.
    #[doc(alias = "PWK")]
    pub fn paperwork(&self) -> &[Pwk<'a>] {
        &self.paperwork
    }

    /// CN1: contract information.
    #[doc(alias = "CN1")]
    pub fn contract(&self) -> Option<&Cn1<'a>> {
        self.contract.as_ref()
    }

    /// AMT: patient amount paid (`F5`).
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> &[Amt<'a>] {
        &self.amounts
    }

    /// REF: claim references (prior authorization, payer claim number, referral ...).
    #[doc(alias = "REF")]
    pub fn references(&self) -> &[Ref<'a>] {
        &self.references
    }

    /// The value of the first REF with this qualifier (`"F8"`, `"G1"` ...).
    pub fn reference(&self, qualifier: &str) -> Option<&str> {
        self.references
            .iter()
            .find(|r| r.qualifier().as_str() == qualifier)
            .map(|r| r.value())
    }

    /// K3: file information.
    #[doc(alias = "K3")]
    pub fn file_info(&self) -> &[K3<'a>] {
        &self.file_info
    }

    /// NTE: claim note (box 19).
    #[doc(alias = "NTE")]
    pub fn notes(&self) -> &[Nte<'a>] {
        &self.notes
    }

    /// CR1: ambulance transport.
    #[doc(alias = "CR1")]
    pub fn ambulance(&self) -> Option<&Cr1<'a>> {
        self.ambulance.as_ref()
    }

    /// CR2: spinal manipulation.
    #[doc(alias = "CR2")]
    pub fn spinal_manipulation(&self) -> Option<&Cr2<'a>> {
        self.spinal_manipulation.as_ref()
    }

    /// CRC: condition indicators.
    #[doc(alias = "CRC")]
    pub fn conditions(&self) -> &[Crc<'a>] {
        &self.conditions
    }

    /// HI: every HI segment (diagnoses, anesthesia procedures, condition codes).
    #[doc(alias = "HI")]
    pub fn health_info(&self) -> &[Hi<'a>] {
        &self.health_info
    }

    /// The diagnoses (box 21): the codes of the first HI segment, in the order SV107 points at.
    pub fn diagnoses(&self) -> impl Iterator<Item = Diagnosis<'_>> {
        self.health_info.first().into_iter().flat_map(Hi::diagnoses)
    }

    /// HCP: claim repricing.
    #[doc(alias = "HCP")]
    pub fn pricing(&self) -> Option<&Hcp<'a>> {
        self.pricing.as_ref()
    }

    /// Loops 2310A–F: claim-level providers and locations, in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// The 2310 loop of a role, e.g. [`PartyRole::RenderingProvider`] (2310B).
    pub fn party(&self, role: PartyRole) -> Option<&Party<'a>> {
        find(&self.parties, role)
    }

    /// Loops 2320: other payers (coordination of benefits).
    #[doc(alias = "2320")]
    pub fn other_subscribers(&self) -> &[OtherSubscriber<'a>] {
        &self.other_subscribers
    }

    /// Loops 2400: the service lines.
    #[doc(alias = "2400")]
    pub fn lines(&self) -> &[ServiceLine<'a>] {
        &self.lines
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Claim<'static> {
        Claim {
            clm: self.clm.into_owned(),
            dates: owned(self.dates, Dtp::into_owned),
            paperwork: owned(self.paperwork, Pwk::into_owned),
            contract: self.contract.map(Cn1::into_owned),
            amounts: owned(self.amounts, Amt::into_owned),
            references: owned(self.references, Ref::into_owned),
            file_info: owned(self.file_info, K3::into_owned),
            notes: owned(self.notes, Nte::into_owned),
            ambulance: self.ambulance.map(Cr1::into_owned),
            spinal_manipulation: self.spinal_manipulation.map(Cr2::into_owned),
            conditions: owned(self.conditions, Crc::into_owned),
            health_info: owned(self.health_info, Hi::into_owned),
            pricing: self.pricing.map(Hcp::into_owned),
            parties: owned(self.parties, Party::into_owned),
            other_subscribers: owned(self.other_subscribers, OtherSubscriber::into_owned),
            lines: owned(self.lines, ServiceLine::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop and its child loops in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.clm.raw())?;
        for s in &self.dates {
            w.own(s.raw())?;
        }
        for s in &self.paperwork {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.contract {
            w.own(s.raw())?;
        }
        for s in &self.amounts {
            w.own(s.raw())?;
        }
        for s in &self.references {
            w.own(s.raw())?;
        }
        for s in &self.file_info {
            w.own(s.raw())?;
        }
        for s in &self.notes {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.ambulance {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.spinal_manipulation {
            w.own(s.raw())?;
        }
        for s in &self.conditions {
            w.own(s.raw())?;
        }
        for s in &self.health_info {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.pricing {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        for o in &self.other_subscribers {
            o.write(out)?;
        }
        for l in &self.lines {
            l.write(out)?;
        }
        Ok(())
    }
}
