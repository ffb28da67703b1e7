//! [`Header`]: the segments of an 837P set before its first HL level (BHT, 1000A submitter,
//! 1000B receiver).

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::parse::{LoopWriter, UnknownSegment, Walk};
use super::party::{Holder, Party, PartyRole, find};
use super::service_line::owned;
use crate::segments::{Bht, RawSegment};
use crate::syntax::{Segment, WriteError, Writer};

/// The header of the set: BHT and the 1000A submitter and 1000B receiver name loops.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Header<'a> {
    bht: Option<Bht<'a>>,
    parties: Vec<Party<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Header<'a> {
    /// A header built from its BHT, for writing; add the submitter and receiver with
    /// [`with_party`](Self::with_party).
    pub fn new(bht: Bht<'a>) -> Self {
        Header {
            bht: Some(bht),
            parties: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a name loop (1000A submitter, 1000B receiver), after those added before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// BHT: batch purpose, reference, creation time and claim/encounter flag.
    #[doc(alias = "BHT")]
    pub fn bht(&self) -> Option<&Bht<'a>> {
        self.bht.as_ref()
    }

    /// Loop 1000A: the submitter and its EDI contact.
    #[doc(alias = "1000A")]
    pub fn submitter(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Submitter)
    }

    /// Loop 1000B: the receiver.
    #[doc(alias = "1000B")]
    pub fn receiver(&self) -> Option<&Party<'a>> {
        find(&self.parties, PartyRole::Receiver)
    }

    /// The name loops (1000A, 1000B) in the order read or added.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// Segments met in the header that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same header owning its bytes.
    pub(super) fn into_owned(self) -> Header<'static> {
        Header {
            bht: self.bht.map(Bht::into_owned),
            parties: owned(self.parties, Party::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the header in guide order, after the set's ST when `st` is given; without it the
    /// ST still counts as the header's first own segment, for the places of kept segments.
    pub(crate) fn write<W: Write>(
        &self,
        out: &mut Writer<W>,
        st: Option<&RawSegment<'_>>,
    ) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        match st {
            Some(st) => w.own(st)?,
            None => w.skip(),
        }
        if let Some(bht) = &self.bht {
            w.own(bht.raw())?;
        }
        let out = w.finish()?;
        for p in &self.parties {
            p.write(out)?;
        }
        Ok(())
    }
}

pub(super) fn parse_header<'a>(walk: &mut Walk<'_, 'a>) -> Result<Header<'a>, Claim837Error> {
    let root = LoopPath::root();
    let mut header = Header {
        bht: None,
        parties: Vec::new(),
        unknown: Vec::new(),
    };
    let up = |s: &Segment<'_>| {
        matches!(s.segment_id().as_bytes(), b"BHT" | b"HL" | b"SE")
            || PartyRole::of(Holder::Header, s).is_some()
    };
    let mut own = 1;
    while let Some(segment) = walk.peek() {
        match segment.segment_id().as_bytes() {
            b"HL" | b"SE" => break,
            b"BHT" if header.bht.is_none() => {
                header.bht = Some(walk.typed(root, Bht::parse)?);
                own += 1;
            }
            _ => {
                if let Some(role) = PartyRole::of(Holder::Header, &segment) {
                    let n = header.parties.iter().filter(|p| p.role() == role).count();
                    let path = root.child(role.loop_id(), n + 1);
                    header.parties.push(Party::parse(walk, role, path, &up)?);
                } else {
                    walk.unknown(own, &mut header.unknown);
                }
            }
        }
    }
    Ok(header)
}
