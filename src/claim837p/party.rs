//! Name loops: every loop that starts with NM1 (1000A/B, 2010AA–CA, 2310A–F, 2330A–G,
//! 2420A–H). They share one shape — a name with an optional specialty, address, demographics,
//! dates, references and contacts — and differ in which of those the guide lets them carry.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::parse::{
    LoopWriter, UnknownSegment, Up, Walk, first, insert_ranked, own_segments, pick, push_tight,
    take_own, unstage,
};
use crate::segments::{Dmg, Dtp, N3, N4, Nm1, Per, Prv, Ref};
use crate::syntax::{Segment, WriteError, Writer};

/// The role of a name loop, which the loop's place and NM101 entity code decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum PartyRole {
    /// 1000A, NM1*41.
    Submitter,
    /// 1000B, NM1*40.
    Receiver,
    /// 2010AA, NM1*85.
    BillingProvider,
    /// 2010AB, NM1*87.
    PayToAddress,
    /// 2010AC, NM1*PE.
    PayToPlan,
    /// 2010BA, NM1*IL.
    Subscriber,
    /// 2010BB, NM1*PR.
    Payer,
    /// 2010CA, NM1*QC.
    Patient,
    /// 2310A, NM1*DN or NM1*P3.
    ReferringProvider,
    /// 2310B, NM1*82.
    RenderingProvider,
    /// 2310C, NM1*77.
    ServiceFacility,
    /// 2310D, NM1*DQ.
    SupervisingProvider,
    /// 2310E, NM1*PW.
    AmbulancePickUp,
    /// 2310F, NM1*45.
    AmbulanceDropOff,
    /// 2330A, NM1*IL under 2320.
    OtherSubscriber,
    /// 2330B, NM1*PR under 2320.
    OtherPayer,
    /// 2330C, NM1*DN or NM1*P3 under 2320.
    OtherPayerReferringProvider,
    /// 2330D, NM1*82 under 2320.
    OtherPayerRenderingProvider,
    /// 2330E, NM1*77 under 2320.
    OtherPayerServiceFacility,
    /// 2330F, NM1*DQ under 2320.
    OtherPayerSupervisingProvider,
    /// 2330G, NM1*85 under 2320.
    OtherPayerBillingProvider,
    /// 2420A, NM1*82 under 2400.
    LineRenderingProvider,
    /// 2420B, NM1*QB.
    PurchasedServiceProvider,
    /// 2420C, NM1*77 under 2400.
    LineServiceFacility,
    /// 2420D, NM1*DQ under 2400.
    LineSupervisingProvider,
    /// 2420E, NM1*DK.
    OrderingProvider,
    /// 2420F, NM1*DN or NM1*P3 under 2400.
    LineReferringProvider,
    /// 2420G, NM1*PW under 2400.
    LineAmbulancePickUp,
    /// 2420H, NM1*45 under 2400.
    LineAmbulanceDropOff,
}

/// Each name loop of one loop with the path reading gives it: its role's loop id and its place
/// among the loops of that role there (`2310A[2]`: the claim's second referring provider).
pub(crate) fn party_paths<'p, 'a>(
    parties: &'p [Party<'a>],
    path: LoopPath,
) -> impl Iterator<Item = (LoopPath, &'p Party<'a>)> {
    // How many loops of each role came before: a loop holds a few roles, however many loops.
    let mut counts: Vec<(PartyRole, usize)> = Vec::new();
    parties.iter().map(move |party| {
        let role = party.role();
        let n = match counts.iter_mut().find(|(r, _)| *r == role) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counts.push((role, 1));
                1
            }
        };
        (path.child(role.loop_id(), n), party)
    })
}

/// Where a name loop can start: the loop that holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holder {
    Header,
    BillingProvider,
    Subscriber,
    Patient,
    Claim,
    OtherSubscriber,
    Line,
}

const PRV: u8 = 1;
const ADDRESS: u8 = 2;
const DMG: u8 = 4;
const DTP: u8 = 8;
const REF: u8 = 16;
const PER: u8 = 32;

/// The flag of a segment a name loop can hold after its NM1; 0 for any other.
fn flag(id: &[u8]) -> u8 {
    match id {
        b"PRV" => PRV,
        b"N3" | b"N4" => ADDRESS,
        b"DMG" => DMG,
        b"DTP" => DTP,
        b"REF" => REF,
        b"PER" => PER,
        _ => 0,
    }
}

impl PartyRole {
    /// The role of an NM1 segment met directly inside `holder`, if it starts a name loop there.
    pub(crate) fn of(holder: Holder, segment: &Segment<'_>) -> Option<PartyRole> {
        if segment.segment_id() != "NM1" {
            return None;
        }
        use PartyRole::*;
        let role = match (holder, first(segment)) {
            (Holder::Header, b"41") => Submitter,
            (Holder::Header, b"40") => Receiver,
            (Holder::BillingProvider, b"85") => BillingProvider,
            (Holder::BillingProvider, b"87") => PayToAddress,
            (Holder::BillingProvider, b"PE") => PayToPlan,
            (Holder::Subscriber, b"IL") => Subscriber,
            (Holder::Subscriber, b"PR") => Payer,
            (Holder::Patient, b"QC") => Patient,
            (Holder::Claim, b"DN" | b"P3") => ReferringProvider,
            (Holder::Claim, b"82") => RenderingProvider,
            (Holder::Claim, b"77") => ServiceFacility,
            (Holder::Claim, b"DQ") => SupervisingProvider,
            (Holder::Claim, b"PW") => AmbulancePickUp,
            (Holder::Claim, b"45") => AmbulanceDropOff,
            (Holder::OtherSubscriber, b"IL") => OtherSubscriber,
            (Holder::OtherSubscriber, b"PR") => OtherPayer,
            (Holder::OtherSubscriber, b"DN" | b"P3") => OtherPayerReferringProvider,
            (Holder::OtherSubscriber, b"82") => OtherPayerRenderingProvider,
            (Holder::OtherSubscriber, b"77") => OtherPayerServiceFacility,
            (Holder::OtherSubscriber, b"DQ") => OtherPayerSupervisingProvider,
            (Holder::OtherSubscriber, b"85") => OtherPayerBillingProvider,
            (Holder::Line, b"82") => LineRenderingProvider,
            (Holder::Line, b"QB") => PurchasedServiceProvider,
            (Holder::Line, b"77") => LineServiceFacility,
            (Holder::Line, b"DQ") => LineSupervisingProvider,
            (Holder::Line, b"DK") => OrderingProvider,
            (Holder::Line, b"DN" | b"P3") => LineReferringProvider,
            (Holder::Line, b"PW") => LineAmbulancePickUp,
            (Holder::Line, b"45") => LineAmbulanceDropOff,
            _ => return None,
        };
        Some(role)
    }

    /// The loop identifier, e.g. `"2310B"`.
    pub fn loop_id(self) -> &'static str {
        use PartyRole::*;
        match self {
            Submitter => "1000A",
            Receiver => "1000B",
            BillingProvider => "2010AA",
            PayToAddress => "2010AB",
            PayToPlan => "2010AC",
            Subscriber => "2010BA",
            Payer => "2010BB",
            Patient => "2010CA",
            ReferringProvider => "2310A",
            RenderingProvider => "2310B",
            ServiceFacility => "2310C",
            SupervisingProvider => "2310D",
            AmbulancePickUp => "2310E",
            AmbulanceDropOff => "2310F",
            OtherSubscriber => "2330A",
            OtherPayer => "2330B",
            OtherPayerReferringProvider => "2330C",
            OtherPayerRenderingProvider => "2330D",
            OtherPayerServiceFacility => "2330E",
            OtherPayerSupervisingProvider => "2330F",
            OtherPayerBillingProvider => "2330G",
            LineRenderingProvider => "2420A",
            PurchasedServiceProvider => "2420B",
            LineServiceFacility => "2420C",
            LineSupervisingProvider => "2420D",
            OrderingProvider => "2420E",
            LineReferringProvider => "2420F",
            LineAmbulancePickUp => "2420G",
            LineAmbulanceDropOff => "2420H",
        }
    }

    /// How many loops of this role the guide allows in the loop that holds them: two
    /// referring providers (2310A, 2330C, 2420F: the referrer and the primary care provider),
    /// one of every other role.
    ///
    /// ```
    /// use x12_claims::claim837p::PartyRole;
    /// assert_eq!(PartyRole::ReferringProvider.repeat(), 2);
    /// assert_eq!(PartyRole::RenderingProvider.repeat(), 1);
    /// ```
    pub fn repeat(self) -> usize {
        use PartyRole::*;
        match self {
            ReferringProvider | OtherPayerReferringProvider | LineReferringProvider => 2,
            _ => 1,
        }
    }

    /// Which segments after NM1 the guide places in this loop.
    fn carries(self) -> u8 {
        use PartyRole::*;
        match self {
            Submitter => PER,
            Receiver => 0,
            BillingProvider => ADDRESS | REF | PER,
            PayToAddress | AmbulancePickUp | AmbulanceDropOff => ADDRESS,
            LineAmbulancePickUp | LineAmbulanceDropOff => ADDRESS,
            PayToPlan | Payer | OtherSubscriber | LineServiceFacility => ADDRESS | REF,
            Subscriber | Patient => ADDRESS | DMG | REF | PER,
            ReferringProvider | SupervisingProvider => REF,
            RenderingProvider | LineRenderingProvider => PRV | REF,
            ServiceFacility | OrderingProvider => ADDRESS | REF | PER,
            OtherPayer => ADDRESS | DTP | REF,
            OtherPayerReferringProvider
            | OtherPayerRenderingProvider
            | OtherPayerServiceFacility
            | OtherPayerSupervisingProvider
            | OtherPayerBillingProvider => REF,
            PurchasedServiceProvider | LineSupervisingProvider | LineReferringProvider => REF,
        }
    }
}

own_segments! {
    /// A segment of a name loop after its NM1, in guide order: PRV, N3, N4, DMG, DTP, REF, PER.
    pub enum PartySegment {
        Prv, N3, N4, Dmg, Dtp, Ref, Per,
    }
}

/// One name loop: NM1 and the segments that follow it (guide order: NM1, PRV, N3, N4, DMG, DTP,
/// REF, PER).
///
/// ```
/// use x12_claims::claim837p::{PartyRole, Submission};
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// # let doc = x12_claims::envelope::Document::parse(&input)?;
/// # let set = doc.transaction_sets().next().ok_or("no set")?;
/// let submission = Submission::parse(set)?;
/// let claim = submission.claims().next().ok_or("no claim")?;
/// let billing = claim.billing_provider().name().ok_or("no 2010AA")?;
/// assert_eq!(billing.role(), PartyRole::BillingProvider);
/// assert_eq!(billing.npi(), Some("1234567893"));
/// assert_eq!(billing.reference("EI"), Some("371234567"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Party<'a> {
    role: PartyRole,
    nm1: Nm1<'a>,
    own: Vec<PartySegment<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

/// Reads a name loop of `role` into `parties` (the holder's), numbered among those of its role.
pub(crate) fn read_party<'a>(
    walk: &mut Walk<'_, 'a>,
    role: PartyRole,
    parties: &mut Vec<Party<'a>>,
    path: LoopPath,
    up: Up<'_>,
) -> Result<(), Claim837Error> {
    let n = parties.iter().filter(|p| p.role() == role).count();
    let party = Party::parse(walk, role, path.child(role.loop_id(), n + 1), up)?;
    push_tight(parties, party);
    Ok(())
}

impl<'a> Party<'a> {
    /// Reads a name loop starting at the NM1 the cursor is on.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        role: PartyRole,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let nm1 = walk.typed(path, Nm1::parse)?;
        let mut party = Party::new(role, nm1);
        let carries = role.carries();
        let mut own = 1;
        let mark = walk.staged.party.len();
        while let Some(segment) = walk.peek() {
            let flag = flag(segment.segment_id().as_bytes());
            let staged = &mut walk.staged.party;
            if carries & flag != 0
                && take_own(walk.cursor, &segment, path, PartySegment::read, staged)?
            {
                own += 1;
            } else if up(&segment) {
                break;
            } else {
                walk.unknown(own, &mut party.unknown);
            }
        }
        party.own = unstage(&mut walk.staged.party, mark);
        party.unknown.shrink_to_fit();
        Ok(party)
    }

    /// A name loop built from its NM1, for writing; add its other segments with
    /// [`with`](Self::with). The role must be the one the NM1's entity code takes where the loop
    /// is placed (NM1*85 under a billing provider is [`PartyRole::BillingProvider`]).
    pub fn new(role: PartyRole, nm1: Nm1<'a>) -> Self {
        Party {
            role,
            nm1,
            own: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (N3, N4, REF ...); it is placed in guide order whatever the order of the
    /// calls.
    pub fn with(mut self, segment: impl Into<PartySegment<'a>>) -> Self {
        insert_ranked(&mut self.own, segment.into());
        self
    }

    /// Refuses a built loop that would be read back as something else where it is placed
    /// (`holder`, at `path`): its NM1 entity code must start a loop of its role there, and the
    /// role must hold each of its segments.
    pub(crate) fn check_placement(
        &self,
        holder: Holder,
        path: LoopPath,
    ) -> Result<(), Claim837Error> {
        let nm1 = self.nm1.raw().view();
        let code = || first(&nm1).escape_ascii().to_string();
        let problem = match PartyRole::of(holder, &nm1) {
            Some(role) if role == self.role => None,
            Some(role) => Some(format!(
                "NM1*{} here starts loop {}, not loop {} as given",
                code(),
                role.loop_id(),
                self.role.loop_id()
            )),
            None => Some(format!(
                "NM1*{} starts no name loop here, so loop {} would not read back",
                code(),
                self.role.loop_id()
            )),
        };
        if let Some(problem) = problem {
            return Err(Claim837Error::Misplaced {
                path,
                location: self.nm1.location().with_element(1),
                problem,
            });
        }
        let carries = self.role.carries();
        match self
            .own
            .iter()
            .find(|s| carries & flag(s.raw().id().as_bytes()) == 0)
        {
            None => Ok(()),
            Some(segment) => Err(Claim837Error::Misplaced {
                path,
                location: segment.raw().location(),
                problem: format!(
                    "loop {} does not hold a {} segment",
                    self.role.loop_id(),
                    segment.raw().id()
                ),
            }),
        }
    }

    /// The loop's role (and with it, its loop identifier).
    pub fn role(&self) -> PartyRole {
        self.role
    }

    /// NM1: the name and identifier.
    #[doc(alias = "NM1")]
    pub fn nm1(&self) -> &Nm1<'a> {
        &self.nm1
    }

    /// NM109 when NM108 is `XX`: the party's NPI.
    pub fn npi(&self) -> Option<&str> {
        // NM108 and NM109 read in one pass over the segment.
        let mut elements = self.nm1.raw().view().elements().skip(7);
        if elements.next()?.as_bytes() != b"XX" {
            return None;
        }
        let id = elements.next()?.as_bytes();
        if id.is_empty() {
            return None;
        }
        std::str::from_utf8(id).ok()
    }

    /// The segments after NM1, in the order read.
    pub fn segments(&self) -> &[PartySegment<'a>] {
        &self.own
    }

    /// PRV: specialty (taxonomy), for rendering providers.
    #[doc(alias = "PRV")]
    pub fn specialty(&self) -> Option<&Prv<'a>> {
        pick!(self.own, PartySegment::Prv).next()
    }

    /// N3: street address.
    #[doc(alias = "N3")]
    pub fn address(&self) -> Option<&N3<'a>> {
        pick!(self.own, PartySegment::N3).next()
    }

    /// N4: city, state and postal code.
    #[doc(alias = "N4")]
    pub fn city(&self) -> Option<&N4<'a>> {
        pick!(self.own, PartySegment::N4).next()
    }

    /// DMG: birth date and gender (subscriber, patient).
    #[doc(alias = "DMG")]
    pub fn demographics(&self) -> Option<&Dmg<'a>> {
        pick!(self.own, PartySegment::Dmg).next()
    }

    /// DTP: dates (the other payer's adjudication date in 2330B).
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> impl Iterator<Item = &Dtp<'a>> {
        pick!(self.own, PartySegment::Dtp)
    }

    /// REF: secondary identifiers (tax id, payer-assigned numbers ...).
    #[doc(alias = "REF")]
    pub fn references(&self) -> impl Iterator<Item = &Ref<'a>> {
        pick!(self.own, PartySegment::Ref)
    }

    /// The value of the first REF with this qualifier (`"EI"`, `"G2"` ...).
    pub fn reference(&self, qualifier: &str) -> Option<&str> {
        self.references()
            .find(|r| r.qualifier().as_str() == qualifier)
            .map(|r| r.value())
    }

    /// PER: contacts.
    #[doc(alias = "PER")]
    pub fn contacts(&self) -> impl Iterator<Item = &Per<'a>> {
        pick!(self.own, PartySegment::Per)
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Party<'static> {
        Party {
            role: self.role,
            nm1: self.nm1.into_owned(),
            own: self.own.into_iter().map(PartySegment::into_owned).collect(),
            unknown: self
                .unknown
                .into_iter()
                .map(UnknownSegment::into_owned)
                .collect(),
        }
    }

    /// Writes the loop in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.nm1.raw())?;
        w.own_all(&self.own)?;
        w.finish()?;
        Ok(())
    }
}

/// The party of a given role in a list of name loops.
pub(crate) fn find<'p, 'a>(parties: &'p [Party<'a>], role: PartyRole) -> Option<&'p Party<'a>> {
    parties.iter().find(|p| p.role == role)
}
