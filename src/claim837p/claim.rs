//! 2300 claim information, with its 2310A–F name loops, 2320 other subscribers and 2400 lines.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::other_subscriber::OtherSubscriber;
use super::parse::{
    LoopWriter, UnknownSegment, Up, Walk, insert_ranked, own_segments, pick, since, take_own,
    unstage,
};
use super::party::{Holder, Party, PartyRole, find, read_party};
use super::service_line::{ServiceLine, owned, shrink};
use crate::segments::{Amt, Clm, Cn1, Cr1, Cr2, Crc, Diagnosis, Dtp, Hcp, Hi, K3, Nte, Pwk, Ref};
use crate::syntax::{Segment, WriteError, Writer};

own_segments! {
    /// A segment of a 2300 claim after its CLM, in guide order.
    pub enum ClaimSegment {
        Dtp, Pwk, Cn1, Amt, Ref, K3, Nte, Cr1, Cr2, Crc, Hi, Hcp,
    }
}

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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Claim<'a> {
    clm: Clm<'a>,
    own: Vec<ClaimSegment<'a>>,
    parties: Vec<Party<'a>>,
    other_subscribers: Vec<OtherSubscriber<'a>>,
    lines: Vec<ServiceLine<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Claim<'a> {
    fn accepts(segment: &Segment<'_>) -> bool {
        matches!(
            segment.segment_id().as_bytes(),
            b"DTP"
                | b"PWK"
                | b"CN1"
                | b"AMT"
                | b"REF"
                | b"K3"
                | b"NTE"
                | b"CR1"
                | b"CR2"
                | b"CRC"
                | b"HI"
                | b"HCP"
                | b"SBR"
                | b"LX"
        ) || PartyRole::of(Holder::Claim, segment).is_some()
    }

    /// Reads a 2300 loop starting at its CLM.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut claim = Claim::new(walk.typed(path, Clm::parse)?);
        let here = |s: &Segment<'_>| Self::accepts(s) || up(s);
        let mut own = 1;
        let (own_mark, lines_mark) = (walk.staged.claim.len(), walk.staged.lines.len());
        while let Some(segment) = walk.peek() {
            let staged = &mut walk.staged.claim;
            if take_own(walk.cursor, &segment, path, ClaimSegment::read, staged)? {
                own += 1;
            } else if segment.segment_id() == "SBR" {
                let child = path.child("2320", claim.other_subscribers.len() + 1);
                claim
                    .other_subscribers
                    .push(OtherSubscriber::parse(walk, child, &here)?);
            } else if segment.segment_id() == "LX" {
                let child = path.child("2400", since(&walk.staged.lines, lines_mark).len() + 1);
                let line = ServiceLine::parse(walk, child, &here)?;
                walk.staged.lines.push(line);
            } else if let Some(role) = PartyRole::of(Holder::Claim, &segment) {
                read_party(walk, role, &mut claim.parties, path, &here)?;
            } else if up(&segment) {
                break;
            } else {
                walk.unknown(own, &mut claim.unknown);
            }
        }
        claim.own = unstage(&mut walk.staged.claim, own_mark);
        claim.lines = unstage(&mut walk.staged.lines, lines_mark);
        shrink(&mut claim.parties);
        shrink(&mut claim.other_subscribers);
        shrink(&mut claim.unknown);
        Ok(claim)
    }

    /// A claim built from its CLM, for writing; add its segments with [`with`](Self::with), its
    /// provider loops with [`with_party`](Self::with_party) and its service lines with
    /// [`with_line`](Self::with_line).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::claim837p::{Claim, ServiceLine};
    /// use x12_claims::codes::*;
    /// use x12_claims::element::{Amount, Count, Quantity};
    /// use x12_claims::segments::{Clm, Hi, Lx, Sv1};
    ///
    /// let clm = Clm::builder()
    ///     .patient_control_number("TH-0002")
    ///     .total_charge(Amount::new(dec!(150)))
    ///     .place_of_service(PlaceOfService::TELEHEALTH_IN_HOME)
    ///     .facility_qualifier(FacilityCodeQualifier::PLACE_OF_SERVICE)
    ///     .frequency(ClaimFrequency::ORIGINAL)
    ///     .provider_signature("Y")
    ///     .assignment("A")
    ///     .benefits_assignment("Y")
    ///     .release_of_information("Y")
    ///     .build()?;
    /// let hi = Hi::builder().component(1, 1, "ABK").component(1, 2, "F411").build()?;
    /// let sv1 = Sv1::builder()
    ///     .qualifier(ProductServiceQualifier::HCPCS)
    ///     .procedure_code("90834")
    ///     .component(1, 3, "95")
    ///     .charge(Amount::new(dec!(150)))
    ///     .unit(UnitBasis::UNITS)
    ///     .quantity(Quantity::new(dec!(1)))
    ///     .primary_pointer(Count::new(1))
    ///     .build()?;
    /// let line = ServiceLine::new(Lx::builder().number(Count::new(1)).build()?, sv1);
    /// let claim = Claim::new(clm).with(hi).with_line(line);
    /// assert_eq!(claim.diagnoses().map(|d| d.code).collect::<Vec<_>>(), ["F411"]);
    /// assert_eq!(claim.lines()[0].service().modifiers().collect::<Vec<_>>(), ["95"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(clm: Clm<'a>) -> Self {
        Claim {
            clm,
            own: Vec::new(),
            parties: Vec::new(),
            other_subscribers: Vec::new(),
            lines: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (DTP, REF, HI ...), placed in guide order whatever the order of the calls.
    pub fn with(mut self, segment: impl Into<ClaimSegment<'a>>) -> Self {
        insert_ranked(&mut self.own, segment.into());
        self
    }

    /// Adds a 2310 provider loop (referring, rendering, service facility ...), after those added
    /// before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// Adds another payer's loop (2320, coordination of benefits) after those added before it;
    /// 2320 loops are written after the 2310 loops and before the service lines.
    pub fn with_other_subscriber(mut self, other: OtherSubscriber<'a>) -> Self {
        self.other_subscribers.push(other);
        self
    }

    /// Adds a service line (2400) after those added before it.
    pub fn with_line(mut self, line: ServiceLine<'a>) -> Self {
        self.lines.push(line);
        self
    }

    /// CLM: claim id, total charge, place of service, frequency, signatures.
    #[doc(alias = "CLM")]
    pub fn info(&self) -> &Clm<'a> {
        &self.clm
    }

    /// The claim's segments after CLM (not those of its child loops), in the order read.
    pub fn segments(&self) -> &[ClaimSegment<'a>] {
        &self.own
    }

    /// DTP: claim dates (onset, accident, admission ...).
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> impl Iterator<Item = &Dtp<'a>> {
        pick!(self.own, ClaimSegment::Dtp)
    }

    /// PWK: attachments.
    #[doc(alias = "PWK")]
    pub fn paperwork(&self) -> impl Iterator<Item = &Pwk<'a>> {
        pick!(self.own, ClaimSegment::Pwk)
    }

    /// CN1: contract information.
    #[doc(alias = "CN1")]
    pub fn contract(&self) -> Option<&Cn1<'a>> {
        pick!(self.own, ClaimSegment::Cn1).next()
    }

    /// AMT: patient amount paid (`F5`).
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> impl Iterator<Item = &Amt<'a>> {
        pick!(self.own, ClaimSegment::Amt)
    }

    /// REF: claim references (prior authorization, payer claim number, referral ...).
    #[doc(alias = "REF")]
    pub fn references(&self) -> impl Iterator<Item = &Ref<'a>> {
        pick!(self.own, ClaimSegment::Ref)
    }

    /// The value of the first REF with this qualifier (`"F8"`, `"G1"` ...).
    pub fn reference(&self, qualifier: &str) -> Option<&str> {
        self.references()
            .find(|r| r.qualifier().as_str() == qualifier)
            .map(|r| r.value())
    }

    /// K3: file information.
    #[doc(alias = "K3")]
    pub fn file_info(&self) -> impl Iterator<Item = &K3<'a>> {
        pick!(self.own, ClaimSegment::K3)
    }

    /// NTE: claim note (box 19).
    #[doc(alias = "NTE")]
    pub fn notes(&self) -> impl Iterator<Item = &Nte<'a>> {
        pick!(self.own, ClaimSegment::Nte)
    }

    /// CR1: ambulance transport.
    #[doc(alias = "CR1")]
    pub fn ambulance(&self) -> Option<&Cr1<'a>> {
        pick!(self.own, ClaimSegment::Cr1).next()
    }

    /// CR2: spinal manipulation.
    #[doc(alias = "CR2")]
    pub fn spinal_manipulation(&self) -> Option<&Cr2<'a>> {
        pick!(self.own, ClaimSegment::Cr2).next()
    }

    /// CRC: condition indicators.
    #[doc(alias = "CRC")]
    pub fn conditions(&self) -> impl Iterator<Item = &Crc<'a>> {
        pick!(self.own, ClaimSegment::Crc)
    }

    /// HI: every HI segment (diagnoses, anesthesia procedures, condition codes).
    #[doc(alias = "HI")]
    pub fn health_info(&self) -> impl Iterator<Item = &Hi<'a>> {
        pick!(self.own, ClaimSegment::Hi)
    }

    /// The diagnoses (box 21): the codes of the first HI segment, in order; `Hi::numbered` on
    /// [`health_info`](Self::health_info) gives the positions SV107 points at.
    pub fn diagnoses(&self) -> impl Iterator<Item = Diagnosis<'_>> {
        self.health_info()
            .next()
            .into_iter()
            .flat_map(Hi::diagnoses)
    }

    /// HCP: claim repricing.
    #[doc(alias = "HCP")]
    pub fn pricing(&self) -> Option<&Hcp<'a>> {
        pick!(self.own, ClaimSegment::Hcp).next()
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
            own: owned(self.own, ClaimSegment::into_owned),
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
        w.own_all(&self.own)?;
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
