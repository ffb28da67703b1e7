//! Loops 1000A (payer) and 1000B (payee).

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::layout::{Order, PAYEE, PAYER};
use super::parts::{PayeeSegment, PayerSegment};
use super::support::{LoopWriter, insert_ranked, owned_vec, push_typed, rank_of, read_body};
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

/// PER functions of the payer loop in guide order: business, technical, web site.
const CONTACTS: &[&[&str]] = &[&["CX"], &["BL"], &["IC"]];

impl<'a> Payer<'a> {
    /// Loop 1000A built from its N1*PR, for writing; add its address, identifiers and contacts
    /// with [`with`](Self::with).
    ///
    /// ```
    /// use x12_claims::codes::EntityIdentifier;
    /// use x12_claims::remit835::Payer;
    /// use x12_claims::segments::{N1, N3, N4, Per};
    ///
    /// let n1 = N1::builder().entity(EntityIdentifier::PAYER).name("ACME HEALTH").build()?;
    /// let technical = Per::builder()
    ///     .function("BL")
    ///     .name("EDI SUPPORT")
    ///     .number_qualifier("TE")
    ///     .number("8005550100")
    ///     .build()?;
    /// let business = Per::builder().function("CX").name("CLAIMS").build()?;
    /// let payer = Payer::new(n1)
    ///     .with(technical)
    ///     .with(N3::builder().address("PO BOX 100").build()?)
    ///     .with(N4::builder().city("DALLAS").state("TX").postal_code("75201").build()?)
    ///     // PER*CX comes before PER*BL in the guide, whatever the order of the calls.
    ///     .with(business);
    /// assert_eq!(payer.name.name(), Some("ACME HEALTH"));
    /// let functions: Vec<_> = payer.contacts.iter().map(|p| p.function()).collect();
    /// assert_eq!(functions, ["CX", "BL"]);
    /// assert_eq!(payer.contact("BL").and_then(|p| p.number()), Some("8005550100"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(name: N1<'a>) -> Self {
        Payer {
            name,
            address: None,
            city: None,
            references: Vec::new(),
            contacts: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (N3, N4, REF, PER), placed in guide order whatever the order of the
    /// calls. The loop holds one N3 and one N4: a second replaces the first.
    pub fn with(mut self, segment: impl Into<PayerSegment<'a>>) -> Self {
        match segment.into() {
            PayerSegment::N3(n3) => self.address = Some(n3),
            PayerSegment::N4(n4) => self.city = Some(n4),
            PayerSegment::Ref(reference) => self.references.push(reference),
            PayerSegment::Per(contact) => insert_ranked(&mut self.contacts, contact, |p| {
                rank_of(p.function(), CONTACTS)
            }),
        }
        self
    }

    /// Reads loop 1000A at N1*PR.
    pub(crate) fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let path = LoopPath::Payer;
        let name = opening(cursor, path, "PR", "N1*PR", "payer identification")?;
        let mut payer = Payer::new(name);
        payer.unknown = read_body(cursor, &PAYER, Order::started(), |segment| {
            match segment.segment_id().as_bytes() {
                b"N3" => payer.address = Some(typed(path, segment, N3::parse)?),
                b"N4" => payer.city = Some(typed(path, segment, N4::parse)?),
                b"REF" => push_typed(&mut payer.references, path, segment, Ref::parse)?,
                b"PER" => push_typed(&mut payer.contacts, path, segment, Per::parse)?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(payer)
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
    /// Loop 1000B built from its N1*PE, for writing; add its address, identifiers and delivery
    /// method with [`with`](Self::with).
    ///
    /// ```
    /// use x12_claims::codes::{EntityIdentifier, IdCodeQualifier, ReferenceQualifier};
    /// use x12_claims::remit835::Payee;
    /// use x12_claims::segments::{N1, Ref};
    ///
    /// let n1 = N1::builder()
    ///     .entity(EntityIdentifier::PAYEE)
    ///     .name("RIVERSIDE THERAPY")
    ///     .id_qualifier(IdCodeQualifier::NPI)
    ///     .id("1234567893")
    ///     .build()?;
    /// let tax_id = Ref::builder()
    ///     .qualifier(ReferenceQualifier::FEDERAL_TAXPAYER_ID)
    ///     .value("371234567")
    ///     .build()?;
    /// let payee = Payee::new(n1).with(tax_id);
    /// assert_eq!(payee.name.id(), Some("1234567893"));
    /// assert_eq!(payee.references[0].value(), "371234567");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(name: N1<'a>) -> Self {
        Payee {
            name,
            address: None,
            city: None,
            references: Vec::new(),
            delivery: None,
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (N3, N4, REF, RDM), placed in guide order whatever the order of the
    /// calls. The loop holds one N3, one N4 and one RDM: a second replaces the first.
    pub fn with(mut self, segment: impl Into<PayeeSegment<'a>>) -> Self {
        match segment.into() {
            PayeeSegment::N3(n3) => self.address = Some(n3),
            PayeeSegment::N4(n4) => self.city = Some(n4),
            PayeeSegment::Ref(reference) => self.references.push(reference),
            PayeeSegment::Rdm(rdm) => self.delivery = Some(rdm),
        }
        self
    }

    /// Reads loop 1000B at N1*PE.
    pub(crate) fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let path = LoopPath::Payee;
        let name = opening(cursor, path, "PE", "N1*PE", "payee identification")?;
        let mut payee = Payee::new(name);
        payee.unknown = read_body(cursor, &PAYEE, Order::started(), |segment| {
            match segment.segment_id().as_bytes() {
                b"N3" => payee.address = Some(typed(path, segment, N3::parse)?),
                b"N4" => payee.city = Some(typed(path, segment, N4::parse)?),
                b"REF" => push_typed(&mut payee.references, path, segment, Ref::parse)?,
                b"RDM" => payee.delivery = Some(typed(path, segment, Rdm::parse)?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(payee)
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
