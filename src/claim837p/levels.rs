//! The hierarchical levels: 2000A billing provider, 2000B subscriber, 2000C patient (and any
//! other HL level, kept whole).

use std::io::Write;

use super::claim::Claim;
use super::error::{Claim837Error, LoopPath};
use super::parse::{LoopWriter, UnknownSegment, Up, Walk, push_tight};
use super::party::{Holder, Party, PartyRole, find, read_party};
use super::service_line::{owned, shrink};
use crate::segments::{Cur, Hl, Pat, Prv, Sbr, SegmentError};
use crate::syntax::{Segment, WriteError, Writer};

/// Reads a claim of a 2000B or 2000C level.
fn claim<'a>(
    walk: &mut Walk<'_, 'a>,
    claims: &mut Vec<Claim<'a>>,
    path: LoopPath,
    up: Up<'_>,
) -> Result<(), Claim837Error> {
    let child = path.child("2300", claims.len() + 1);
    push_tight(claims, Claim::parse(walk, child, up)?);
    Ok(())
}

/// Reads a name loop of `holder` if the segment starts one; `Ok(false)` otherwise.
fn party<'a>(
    walk: &mut Walk<'_, 'a>,
    holder: Holder,
    segment: &Segment<'_>,
    parties: &mut Vec<Party<'a>>,
    path: LoopPath,
    up: Up<'_>,
) -> Result<bool, Claim837Error> {
    let Some(role) = PartyRole::of(holder, segment) else {
        return Ok(false);
    };
    read_party(walk, role, parties, path, up)?;
    Ok(true)
}

/// The loops and segments a level holds besides its own segments: the name loops of `holder`,
/// its claims (a subscriber or patient level; `None` for a billing provider) and the segments
/// it does not expect.
struct Children<'l, 'a> {
    holder: Holder,
    parties: &'l mut Vec<Party<'a>>,
    claims: Option<&'l mut Vec<Claim<'a>>>,
    unknown: &'l mut Vec<UnknownSegment<'a>>,
}

/// Reads the segments of a level after its HL, up to the first one `up` takes back.
///
/// `own` reads the segment met when it is one of the level's own (PRV, CUR, SBR, PAT) that the
/// level still lacks, and says whether it did. Otherwise a CLM starts a claim, an NM1 of the
/// holder's roles a name loop, and anything else is kept as unknown in its place. `holds` tells
/// the segments a claim or name loop of the level ends before.
fn walk_level<'a>(
    walk: &mut Walk<'_, 'a>,
    path: LoopPath,
    up: Up<'_>,
    holds: fn(&Segment<'_>) -> bool,
    mut children: Children<'_, 'a>,
    mut own: impl FnMut(&mut Walk<'_, 'a>, &[u8]) -> Result<bool, Claim837Error>,
) -> Result<(), Claim837Error> {
    let here = |s: &Segment<'_>| holds(s) || up(s);
    let mut rank = 1;
    while let Some(segment) = walk.peek() {
        let id = segment.segment_id();
        if own(walk, id.as_bytes())? {
            rank += 1;
            continue;
        }
        if let (b"CLM", Some(claims)) = (id.as_bytes(), children.claims.as_deref_mut()) {
            claim(walk, claims, path, &here)?;
            continue;
        }
        if !party(
            walk,
            children.holder,
            &segment,
            children.parties,
            path,
            &here,
        )? {
            if up(&segment) {
                break;
            }
            walk.unknown(rank, children.unknown);
        }
    }
    shrink(children.parties);
    if let Some(claims) = children.claims {
        shrink(claims);
    }
    shrink(children.unknown);
    Ok(())
}

/// Reads the level's own segment into `slot` when the walk is at it and the slot is empty
/// (a second one is not the level's); says whether it read it.
fn own_once<'a, T>(
    walk: &mut Walk<'_, 'a>,
    slot: &mut Option<T>,
    path: LoopPath,
    parse: impl FnOnce(&Segment<'a>) -> Result<T, SegmentError>,
) -> Result<bool, Claim837Error> {
    if slot.is_some() {
        return Ok(false);
    }
    *slot = Some(walk.typed(path, parse)?);
    Ok(true)
}

/// Loop 2000A: a billing provider — HL (level `20`), PRV, CUR and the 2010AA billing provider,
/// 2010AB pay-to address and 2010AC pay-to plan name loops.
#[doc(alias = "2000A")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct BillingProvider<'a> {
    hl: Hl<'a>,
    specialty: Option<Prv<'a>>,
    currency: Option<Cur<'a>>,
    parties: Vec<Party<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> BillingProvider<'a> {
    /// Whether the level holds a segment: its own or a name loop's NM1. A name loop under the
    /// level ends before such a segment.
    fn holds(s: &Segment<'_>) -> bool {
        matches!(s.segment_id().as_bytes(), b"PRV" | b"CUR")
            || PartyRole::of(Holder::BillingProvider, s).is_some()
    }

    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut level = BillingProvider::new(walk.typed(path, Hl::parse)?);
        let BillingProvider {
            specialty,
            currency,
            parties,
            unknown,
            ..
        } = &mut level;
        let children = Children {
            holder: Holder::BillingProvider,
            parties,
            claims: None,
            unknown,
        };
        walk_level(walk, path, up, Self::holds, children, |walk, id| match id {
            b"PRV" => own_once(walk, specialty, path, Prv::parse),
            b"CUR" => own_once(walk, currency, path, Cur::parse),
            _ => Ok(false),
        })?;
        Ok(level)
    }

    /// A billing provider level built from its HL, for writing.
    pub fn new(hl: Hl<'a>) -> Self {
        BillingProvider {
            hl,
            specialty: None,
            currency: None,
            parties: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Sets the PRV*BI taxonomy segment.
    pub fn with_specialty(mut self, prv: Prv<'a>) -> Self {
        self.specialty = Some(prv);
        self
    }

    /// Sets the CUR segment (the currency of the amounts, when not US dollars).
    pub fn with_currency(mut self, cur: Cur<'a>) -> Self {
        self.currency = Some(cur);
        self
    }

    /// Adds a name loop (2010AA billing provider, 2010AB pay-to address ...), after those added
    /// before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// HL: the level's id.
    #[doc(alias = "HL")]
    pub fn hl(&self) -> &Hl<'a> {
        &self.hl
    }

    /// PRV: the billing provider's taxonomy.
    #[doc(alias = "PRV")]
    pub fn specialty(&self) -> Option<&Prv<'a>> {
        self.specialty.as_ref()
    }

    /// CUR: the currency, when not US dollars.
    #[doc(alias = "CUR")]
    pub fn currency(&self) -> Option<&Cur<'a>> {
        self.currency.as_ref()
    }

    /// Loop 2010AA: the billing provider's name, address and tax id.
    #[doc(alias = "2010AA")]
    pub fn name(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::BillingProvider)
    }

    /// Loop 2010AB: the pay-to address.
    #[doc(alias = "2010AB")]
    pub fn pay_to_address(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::PayToAddress)
    }

    /// Loop 2010AC: the pay-to plan.
    #[doc(alias = "2010AC")]
    pub fn pay_to_plan(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::PayToPlan)
    }

    /// The 2010 loops in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> BillingProvider<'static> {
        BillingProvider {
            hl: self.hl.into_owned(),
            specialty: self.specialty.map(Prv::into_owned),
            currency: self.currency.map(Cur::into_owned),
            parties: owned(self.parties, Party::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the level (not its child levels) in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.hl.raw())?;
        if let Some(s) = &self.specialty {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.currency {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        Ok(())
    }
}

/// Loop 2000B: a subscriber — HL (level `22`), SBR, PAT, the 2010BA subscriber and 2010BB
/// payer name loops, and the claims (2300) when the patient is the subscriber.
#[doc(alias = "2000B")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Subscriber<'a> {
    hl: Hl<'a>,
    sbr: Option<Sbr<'a>>,
    pat: Option<Pat<'a>>,
    parties: Vec<Party<'a>>,
    claims: Vec<Claim<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Subscriber<'a> {
    /// Whether the level holds a segment: its own, a claim's CLM or a name loop's NM1. A
    /// claim under the level ends before such a segment.
    pub(super) fn holds(s: &Segment<'_>) -> bool {
        matches!(s.segment_id().as_bytes(), b"SBR" | b"PAT" | b"CLM")
            || PartyRole::of(Holder::Subscriber, s).is_some()
    }

    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut level = Subscriber::bare(walk.typed(path, Hl::parse)?);
        let Subscriber {
            sbr,
            pat,
            parties,
            claims,
            unknown,
            ..
        } = &mut level;
        let children = Children {
            holder: Holder::Subscriber,
            parties,
            claims: Some(claims),
            unknown,
        };
        walk_level(walk, path, up, Self::holds, children, |walk, id| match id {
            b"SBR" => own_once(walk, sbr, path, Sbr::parse),
            b"PAT" => own_once(walk, pat, path, Pat::parse),
            _ => Ok(false),
        })?;
        Ok(level)
    }

    /// HL: the level's id and its parent's.
    #[doc(alias = "HL")]
    pub fn hl(&self) -> &Hl<'a> {
        &self.hl
    }

    /// A subscriber level built from its HL and SBR, for writing.
    pub fn new(hl: Hl<'a>, sbr: Sbr<'a>) -> Self {
        Subscriber {
            sbr: Some(sbr),
            ..Subscriber::bare(hl)
        }
    }

    /// The level with its HL alone, as parsing starts it.
    fn bare(hl: Hl<'a>) -> Self {
        Subscriber {
            hl,
            sbr: None,
            pat: None,
            parties: Vec::new(),
            claims: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Sets the PAT segment (for a subscriber who is the patient: death date, weight,
    /// pregnancy).
    pub fn with_patient_info(mut self, pat: Pat<'a>) -> Self {
        self.pat = Some(pat);
        self
    }

    /// Adds a name loop (2010BA subscriber, 2010BB payer), after those added before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// Adds a claim of the subscriber as patient, after those added before it.
    pub fn with_claim(mut self, claim: Claim<'a>) -> Self {
        self.claims.push(claim);
        self
    }

    /// SBR: payer sequence, relationship, group and claim filing indicator.
    #[doc(alias = "SBR")]
    pub fn info(&self) -> Option<&Sbr<'a>> {
        self.sbr.as_ref()
    }

    /// PAT: patient facts, when the patient is the subscriber.
    #[doc(alias = "PAT")]
    pub fn patient_info(&self) -> Option<&Pat<'a>> {
        self.pat.as_ref()
    }

    /// Loop 2010BA: the subscriber's name, member id, address and demographics.
    #[doc(alias = "2010BA")]
    pub fn name(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Subscriber)
    }

    /// Loop 2010BB: the payer's name and payer id.
    #[doc(alias = "2010BB")]
    pub fn payer(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Payer)
    }

    /// The 2010 loops in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// Loops 2300 directly under the subscriber (the patient is the subscriber).
    #[doc(alias = "2300")]
    pub fn claims(&self) -> &[Claim<'a>] {
        &self.claims
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Subscriber<'static> {
        Subscriber {
            hl: self.hl.into_owned(),
            sbr: self.sbr.map(Sbr::into_owned),
            pat: self.pat.map(Pat::into_owned),
            parties: owned(self.parties, Party::into_owned),
            claims: owned(self.claims, Claim::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the level and its claims (not its child levels) in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.hl.raw())?;
        if let Some(s) = &self.sbr {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.pat {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        for c in &self.claims {
            c.write(out)?;
        }
        Ok(())
    }
}

/// Loop 2000C: a patient who is not the subscriber — HL (level `23`), PAT, the 2010CA patient
/// name loop and the patient's claims (2300).
#[doc(alias = "2000C")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Patient<'a> {
    hl: Hl<'a>,
    pat: Option<Pat<'a>>,
    parties: Vec<Party<'a>>,
    claims: Vec<Claim<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Patient<'a> {
    /// Whether the level holds a segment: its own, a claim's CLM or a name loop's NM1. A
    /// claim under the level ends before such a segment.
    pub(super) fn holds(s: &Segment<'_>) -> bool {
        matches!(s.segment_id().as_bytes(), b"PAT" | b"CLM")
            || PartyRole::of(Holder::Patient, s).is_some()
    }

    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut level = Patient::bare(walk.typed(path, Hl::parse)?);
        let Patient {
            pat,
            parties,
            claims,
            unknown,
            ..
        } = &mut level;
        let children = Children {
            holder: Holder::Patient,
            parties,
            claims: Some(claims),
            unknown,
        };
        walk_level(walk, path, up, Self::holds, children, |walk, id| match id {
            b"PAT" => own_once(walk, pat, path, Pat::parse),
            _ => Ok(false),
        })?;
        Ok(level)
    }

    /// HL: the level's id and its parent's.
    #[doc(alias = "HL")]
    pub fn hl(&self) -> &Hl<'a> {
        &self.hl
    }

    /// A patient level built from its HL and PAT (the relationship to the subscriber), for
    /// writing.
    pub fn new(hl: Hl<'a>, pat: Pat<'a>) -> Self {
        Patient {
            pat: Some(pat),
            ..Patient::bare(hl)
        }
    }

    /// The level with its HL alone, as parsing starts it.
    fn bare(hl: Hl<'a>) -> Self {
        Patient {
            hl,
            pat: None,
            parties: Vec::new(),
            claims: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds the 2010CA name loop.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// Adds a claim of the patient, after those added before it.
    pub fn with_claim(mut self, claim: Claim<'a>) -> Self {
        self.claims.push(claim);
        self
    }

    /// PAT: the patient's relationship to the subscriber.
    #[doc(alias = "PAT")]
    pub fn info(&self) -> Option<&Pat<'a>> {
        self.pat.as_ref()
    }

    /// Loop 2010CA: the patient's name, address and demographics.
    #[doc(alias = "2010CA")]
    pub fn name(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Patient)
    }

    /// The 2010 loops in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// Loops 2300: the patient's claims.
    #[doc(alias = "2300")]
    pub fn claims(&self) -> &[Claim<'a>] {
        &self.claims
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Patient<'static> {
        Patient {
            hl: self.hl.into_owned(),
            pat: self.pat.map(Pat::into_owned),
            parties: owned(self.parties, Party::into_owned),
            claims: owned(self.claims, Claim::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the level and its claims in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.hl.raw())?;
        if let Some(s) = &self.pat {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        for c in &self.claims {
            c.write(out)?;
        }
        Ok(())
    }
}

/// An HL level the 837P does not define (HL03 other than `20`, `22`, `23`): its HL and every
/// segment up to the next HL, kept as read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OtherLevel<'a> {
    hl: Hl<'a>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> OtherLevel<'a> {
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut level = OtherLevel {
            hl: walk.typed(path, Hl::parse)?,
            unknown: Vec::new(),
        };
        while let Some(segment) = walk.peek() {
            if up(&segment) {
                break;
            }
            walk.unknown(1, &mut level.unknown);
        }
        Ok(level)
    }

    /// HL: the level's id, parent and level code.
    #[doc(alias = "HL")]
    pub fn hl(&self) -> &Hl<'a> {
        &self.hl
    }

    /// The segments of the level after its HL.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> OtherLevel<'static> {
        OtherLevel {
            hl: self.hl.into_owned(),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the level as read.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.hl.raw())?;
        w.finish()?;
        Ok(())
    }
}
