//! Loops 1000A (payer) and 1000B (payee).

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::support::{LoopWriter, owned_vec, read_body};
use crate::segments::{N1, N3, N4, Per, Rdm, Ref, SegmentCursor, UnknownSegment};
use crate::syntax::{WriteError, Writer};

/// Loop 1000A — the payer: N1*PR, its address, identifiers and contacts (PER*CX business,
/// PER*BL technical, PER*IC web site).
#[doc(alias = "1000A")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Payer<'a> {
    /// N1*PR: the payer's name.
    pub name: N1<'a>,
    /// N3: street address.
    pub address: Option<N3<'a>>,
    /// N4: city, state, ZIP.
    pub city: Option<N4<'a>>,
    /// REF*2U / EO / HI / NF: further payer identifiers.
    pub references: Vec<Ref<'a>>,
    /// PER*CX, PER*BL, PER*IC contacts, in the order read.
    pub contacts: Vec<Per<'a>>,
    /// Segments met in the loop that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

/// Loop 1000B — the payee: N1*PE, its address, identifiers and remittance delivery method.
#[doc(alias = "1000B")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Payee<'a> {
    /// N1*PE: the payee's name and identifier (NPI with `XX`, tax id with `FI`).
    pub name: N1<'a>,
    /// N3: street address.
    pub address: Option<N3<'a>>,
    /// N4: city, state, ZIP.
    pub city: Option<N4<'a>>,
    /// REF*TJ / PQ / 0B / D3: further payee identifiers.
    pub references: Vec<Ref<'a>>,
    /// RDM: how a paper or alternate remittance was delivered.
    pub delivery: Option<Rdm<'a>>,
    /// Segments met in the loop that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

/// The N1 that opens a party loop, or the error naming it as missing.
fn opening<'a>(
    cursor: &mut SegmentCursor<'a>,
    path: LoopPath,
    qualifier: &'static str,
    segment: &'static str,
    what: &'static str,
) -> Result<N1<'a>, Remit835Error> {
    let location = cursor.location();
    match cursor.take_if_qualified("N1", &[qualifier]) {
        Some(n1) => typed(path, &n1, N1::parse),
        None => Err(Remit835Error::Missing {
            path,
            segment,
            what,
            location,
        }),
    }
}

impl<'a> Payer<'a> {
    /// Reads loop 1000A at N1*PR.
    pub(crate) fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let path = LoopPath::Payer;
        let name = opening(cursor, path, "PR", "N1*PR", "payer identification")?;
        let (mut address, mut city) = (None, None);
        let (mut references, mut contacts) = (Vec::new(), Vec::new());
        let stop = ["N1", "LX", "CLP", "SVC", "PLB", "SE"];
        let unknown = read_body(cursor, &stop, |order, segment| {
            match segment.id() {
                "N3" if order.accept(1, false) => address = Some(typed(path, segment, N3::parse)?),
                "N4" if order.accept(2, false) => city = Some(typed(path, segment, N4::parse)?),
                "REF" if order.accept(3, true) => {
                    references.push(typed(path, segment, Ref::parse)?)
                }
                "PER" if order.accept(4, true) => contacts.push(typed(path, segment, Per::parse)?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(Payer {
            name,
            address,
            city,
            references,
            contacts,
            unknown,
        })
    }

    /// The contact of one kind: `CX` business, `BL` technical, `IC` web site.
    pub fn contact(&self, function: &str) -> Option<&Per<'a>> {
        self.contacts.iter().find(|p| p.function() == function)
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.name.raw())?;
        w.all(&self.address, N3::raw)?;
        w.all(&self.city, N4::raw)?;
        w.all(&self.references, Ref::raw)?;
        w.all(&self.contacts, Per::raw)?;
        w.finish()?;
        Ok(())
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Payer<'static> {
        Payer {
            name: self.name.into_owned(),
            address: self.address.map(N3::into_owned),
            city: self.city.map(N4::into_owned),
            references: owned_vec!(self.references),
            contacts: owned_vec!(self.contacts),
            unknown: owned_vec!(self.unknown),
        }
    }
}

impl<'a> Payee<'a> {
    /// Reads loop 1000B at N1*PE.
    pub(crate) fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let path = LoopPath::Payee;
        let name = opening(cursor, path, "PE", "N1*PE", "payee identification")?;
        let (mut address, mut city, mut delivery) = (None, None, None);
        let mut references = Vec::new();
        let stop = ["LX", "CLP", "SVC", "PLB", "SE"];
        let unknown = read_body(cursor, &stop, |order, segment| {
            match segment.id() {
                "N3" if order.accept(1, false) => address = Some(typed(path, segment, N3::parse)?),
                "N4" if order.accept(2, false) => city = Some(typed(path, segment, N4::parse)?),
                "REF" if order.accept(3, true) => {
                    references.push(typed(path, segment, Ref::parse)?)
                }
                "RDM" if order.accept(4, false) => {
                    delivery = Some(typed(path, segment, Rdm::parse)?)
                }
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(Payee {
            name,
            address,
            city,
            references,
            delivery,
            unknown,
        })
    }

    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.name.raw())?;
        w.all(&self.address, N3::raw)?;
        w.all(&self.city, N4::raw)?;
        w.all(&self.references, Ref::raw)?;
        w.all(&self.delivery, Rdm::raw)?;
        w.finish()?;
        Ok(())
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Payee<'static> {
        Payee {
            name: self.name.into_owned(),
            address: self.address.map(N3::into_owned),
            city: self.city.map(N4::into_owned),
            references: owned_vec!(self.references),
            delivery: self.delivery.map(Rdm::into_owned),
            unknown: owned_vec!(self.unknown),
        }
    }
}
