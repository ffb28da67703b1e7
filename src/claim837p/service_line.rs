//! 2400 service line, with its 2410 drug and 2440 form loops.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::line_adjudication::LineAdjudication;
use super::parse::{LoopWriter, UnknownSegment, Up, Walk};
use super::party::{Holder, Party, PartyRole, find};
use crate::segments::{
    Amt, Cn1, Cr1, Cr3, Crc, Ctp, Dtp, Frm, Hcp, K3, Lin, Lq, Lx, Mea, Nte, Ps1, Pwk, Qty, Ref,
    Sv1, Sv5,
};
use crate::syntax::{Segment, WriteError, Writer};

/// Loop 2400: one service line (box 24) — LX, SV1 and what qualifies the line, with its drug,
/// providers, prior payers' adjudication and forms.
///
/// ```
/// use x12_claims::claim837p::Submission;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// # let doc = x12_claims::envelope::Document::parse(&input)?;
/// # let set = doc.transaction_sets().next().ok_or("no set")?;
/// let submission = Submission::parse(set)?;
/// let claim = submission.claims().next().ok_or("no claim")?;
/// let line = claim.claim().lines().first().ok_or("no line")?;
/// assert_eq!(line.service().procedure_code(), "90837");
/// assert_eq!(line.line_control_number(), Some("TH-0001-1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "2400")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceLine<'a> {
    lx: Lx<'a>,
    sv1: Sv1<'a>,
    dme: Option<Sv5<'a>>,
    paperwork: Vec<Pwk<'a>>,
    ambulance: Option<Cr1<'a>>,
    dme_certification: Option<Cr3<'a>>,
    conditions: Vec<Crc<'a>>,
    dates: Vec<Dtp<'a>>,
    quantities: Vec<Qty<'a>>,
    measurements: Vec<Mea<'a>>,
    contract: Option<Cn1<'a>>,
    references: Vec<Ref<'a>>,
    amounts: Vec<Amt<'a>>,
    file_info: Vec<K3<'a>>,
    notes: Vec<Nte<'a>>,
    purchased_service: Option<Ps1<'a>>,
    pricing: Option<Hcp<'a>>,
    drugs: Vec<Drug<'a>>,
    parties: Vec<Party<'a>>,
    adjudications: Vec<LineAdjudication<'a>>,
    forms: Vec<Form<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> ServiceLine<'a> {
    /// Whether a segment is placed in a 2400 loop (after its LX) or starts one of its child
    /// loops.
    fn accepts(segment: &Segment<'_>) -> bool {
        matches!(
            segment.id(),
            "SV5"
                | "PWK"
                | "CR1"
                | "CR3"
                | "CRC"
                | "DTP"
                | "QTY"
                | "MEA"
                | "CN1"
                | "REF"
                | "AMT"
                | "K3"
                | "NTE"
                | "PS1"
                | "HCP"
                | "LIN"
                | "SVD"
                | "LQ"
        ) || PartyRole::of(Holder::Line, segment).is_some()
    }

    /// Reads a 2400 loop starting at its LX.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let lx = walk.typed(path, Lx::parse)?;
        match walk.peek() {
            Some(s) if s.id() == "SV1" => {}
            _ => {
                return Err(Claim837Error::Missing {
                    path,
                    location: walk.cursor.location(),
                    segment: "SV1",
                    what: "professional service",
                });
            }
        }
        let sv1 = walk.typed(path, Sv1::parse)?;
        let mut line = ServiceLine {
            lx,
            sv1,
            dme: None,
            paperwork: Vec::new(),
            ambulance: None,
            dme_certification: None,
            conditions: Vec::new(),
            dates: Vec::new(),
            quantities: Vec::new(),
            measurements: Vec::new(),
            contract: None,
            references: Vec::new(),
            amounts: Vec::new(),
            file_info: Vec::new(),
            notes: Vec::new(),
            purchased_service: None,
            pricing: None,
            drugs: Vec::new(),
            parties: Vec::new(),
            adjudications: Vec::new(),
            forms: Vec::new(),
            unknown: Vec::new(),
        };
        let here = |s: &Segment<'_>| Self::accepts(s) || up(s);
        let mut own = 2;
        while let Some(segment) = walk.peek() {
            match segment.id() {
                "SV5" if line.dme.is_none() => line.dme = Some(walk.typed(path, Sv5::parse)?),
                "PWK" => line.paperwork.push(walk.typed(path, Pwk::parse)?),
                "CR1" if line.ambulance.is_none() => {
                    line.ambulance = Some(walk.typed(path, Cr1::parse)?);
                }
                "CR3" if line.dme_certification.is_none() => {
                    line.dme_certification = Some(walk.typed(path, Cr3::parse)?);
                }
                "CRC" => line.conditions.push(walk.typed(path, Crc::parse)?),
                "DTP" => line.dates.push(walk.typed(path, Dtp::parse)?),
                "QTY" => line.quantities.push(walk.typed(path, Qty::parse)?),
                "MEA" => line.measurements.push(walk.typed(path, Mea::parse)?),
                "CN1" if line.contract.is_none() => {
                    line.contract = Some(walk.typed(path, Cn1::parse)?);
                }
                "REF" => line.references.push(walk.typed(path, Ref::parse)?),
                "AMT" => line.amounts.push(walk.typed(path, Amt::parse)?),
                "K3" => line.file_info.push(walk.typed(path, K3::parse)?),
                "NTE" => line.notes.push(walk.typed(path, Nte::parse)?),
                "PS1" if line.purchased_service.is_none() => {
                    line.purchased_service = Some(walk.typed(path, Ps1::parse)?);
                }
                "HCP" if line.pricing.is_none() => {
                    line.pricing = Some(walk.typed(path, Hcp::parse)?);
                }
                "LIN" => {
                    let child = path.child("2410", line.drugs.len() + 1);
                    line.drugs.push(Drug::parse(walk, child, &here)?);
                    continue;
                }
                "SVD" => {
                    let child = path.child("2430", line.adjudications.len() + 1);
                    line.adjudications
                        .push(LineAdjudication::parse(walk, child, &here)?);
                    continue;
                }
                "LQ" => {
                    let child = path.child("2440", line.forms.len() + 1);
                    line.forms.push(Form::parse(walk, child, &here)?);
                    continue;
                }
                _ => {
                    if let Some(role) = PartyRole::of(Holder::Line, &segment) {
                        let n = line.parties.iter().filter(|p| p.role() == role).count();
                        let child = path.child(role.loop_id(), n + 1);
                        line.parties.push(Party::parse(walk, role, child, &here)?);
                    } else if up(&segment) {
                        break;
                    } else {
                        walk.unknown(own, &mut line.unknown);
                    }
                    continue;
                }
            }
            own += 1;
        }
        Ok(line)
    }

    /// LX: the line number.
    #[doc(alias = "LX")]
    pub fn number(&self) -> &Lx<'a> {
        &self.lx
    }

    /// SV1: the professional service (procedure, charge, units, pointers).
    #[doc(alias = "SV1")]
    pub fn service(&self) -> &Sv1<'a> {
        &self.sv1
    }

    /// SV5: durable medical equipment.
    #[doc(alias = "SV5")]
    pub fn dme(&self) -> Option<&Sv5<'a>> {
        self.dme.as_ref()
    }

    /// PWK: line attachments.
    #[doc(alias = "PWK")]
    pub fn paperwork(&self) -> &[Pwk<'a>] {
        &self.paperwork
    }

    /// CR1: ambulance transport.
    #[doc(alias = "CR1")]
    pub fn ambulance(&self) -> Option<&Cr1<'a>> {
        self.ambulance.as_ref()
    }

    /// CR3: DME certification.
    #[doc(alias = "CR3")]
    pub fn dme_certification(&self) -> Option<&Cr3<'a>> {
        self.dme_certification.as_ref()
    }

    /// CRC: condition indicators.
    #[doc(alias = "CRC")]
    pub fn conditions(&self) -> &[Crc<'a>] {
        &self.conditions
    }

    /// DTP: line dates, the service date (`472`) first of all.
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> &[Dtp<'a>] {
        &self.dates
    }

    /// DTP*472: the date (or range) of service.
    pub fn service_date(&self) -> Option<&Dtp<'a>> {
        self.dates.iter().find(|d| d.qualifier().as_str() == "472")
    }

    /// QTY: ambulance patient count, anesthesia units.
    #[doc(alias = "QTY")]
    pub fn quantities(&self) -> &[Qty<'a>] {
        &self.quantities
    }

    /// MEA: test results.
    #[doc(alias = "MEA")]
    pub fn measurements(&self) -> &[Mea<'a>] {
        &self.measurements
    }

    /// CN1: line contract information.
    #[doc(alias = "CN1")]
    pub fn contract(&self) -> Option<&Cn1<'a>> {
        self.contract.as_ref()
    }

    /// REF: line references.
    #[doc(alias = "REF")]
    pub fn references(&self) -> &[Ref<'a>] {
        &self.references
    }

    /// REF*6R: the provider's line item control number, echoed in the 835.
    pub fn line_control_number(&self) -> Option<&str> {
        self.references
            .iter()
            .find(|r| r.qualifier().as_str() == "6R")
            .map(|r| r.value())
    }

    /// AMT: sales tax, postage.
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> &[Amt<'a>] {
        &self.amounts
    }

    /// K3: file information.
    #[doc(alias = "K3")]
    pub fn file_info(&self) -> &[K3<'a>] {
        &self.file_info
    }

    /// NTE: line notes.
    #[doc(alias = "NTE")]
    pub fn notes(&self) -> &[Nte<'a>] {
        &self.notes
    }

    /// PS1: purchased service.
    #[doc(alias = "PS1")]
    pub fn purchased_service(&self) -> Option<&Ps1<'a>> {
        self.purchased_service.as_ref()
    }

    /// HCP: line repricing.
    #[doc(alias = "HCP")]
    pub fn pricing(&self) -> Option<&Hcp<'a>> {
        self.pricing.as_ref()
    }

    /// Loop 2410: the drug billed on the line (the guide allows one).
    #[doc(alias = "2410")]
    pub fn drug(&self) -> Option<&Drug<'a>> {
        self.drugs.first()
    }

    /// Every 2410 loop met.
    pub fn drugs(&self) -> &[Drug<'a>] {
        &self.drugs
    }

    /// Loops 2420A–H: line-level providers and locations, in the order read.
    pub fn parties(&self) -> &[Party<'a>] {
        &self.parties
    }

    /// The line-level party of a role, e.g. [`PartyRole::LineRenderingProvider`] (2420A).
    pub fn party(&self, role: PartyRole) -> Option<&Party<'a>> {
        find(&self.parties, role)
    }

    /// Loops 2430: how earlier payers adjudicated the line.
    #[doc(alias = "2430")]
    pub fn adjudications(&self) -> &[LineAdjudication<'a>] {
        &self.adjudications
    }

    /// Loops 2440: forms.
    #[doc(alias = "2440")]
    pub fn forms(&self) -> &[Form<'a>] {
        &self.forms
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> ServiceLine<'static> {
        ServiceLine {
            lx: self.lx.into_owned(),
            sv1: self.sv1.into_owned(),
            dme: self.dme.map(Sv5::into_owned),
            paperwork: owned(self.paperwork, Pwk::into_owned),
            ambulance: self.ambulance.map(Cr1::into_owned),
            dme_certification: self.dme_certification.map(Cr3::into_owned),
            conditions: owned(self.conditions, Crc::into_owned),
            dates: owned(self.dates, Dtp::into_owned),
            quantities: owned(self.quantities, Qty::into_owned),
            measurements: owned(self.measurements, Mea::into_owned),
            contract: self.contract.map(Cn1::into_owned),
            references: owned(self.references, Ref::into_owned),
            amounts: owned(self.amounts, Amt::into_owned),
            file_info: owned(self.file_info, K3::into_owned),
            notes: owned(self.notes, Nte::into_owned),
            purchased_service: self.purchased_service.map(Ps1::into_owned),
            pricing: self.pricing.map(Hcp::into_owned),
            drugs: owned(self.drugs, Drug::into_owned),
            parties: owned(self.parties, Party::into_owned),
            adjudications: owned(self.adjudications, LineAdjudication::into_owned),
            forms: owned(self.forms, Form::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop and its child loops in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.lx.raw())?;
        w.own(self.sv1.raw())?;
        if let Some(s) = &self.dme {
            w.own(s.raw())?;
        }
        for s in &self.paperwork {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.ambulance {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.dme_certification {
            w.own(s.raw())?;
        }
        for s in &self.conditions {
            w.own(s.raw())?;
        }
        for s in &self.dates {
            w.own(s.raw())?;
        }
        for s in &self.quantities {
            w.own(s.raw())?;
        }
        for s in &self.measurements {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.contract {
            w.own(s.raw())?;
        }
        for s in &self.references {
            w.own(s.raw())?;
        }
        for s in &self.amounts {
            w.own(s.raw())?;
        }
        for s in &self.file_info {
            w.own(s.raw())?;
        }
        for s in &self.notes {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.purchased_service {
            w.own(s.raw())?;
        }
        if let Some(s) = &self.pricing {
            w.own(s.raw())?;
        }
        let out = w.finish()?;
        for d in &self.drugs {
            d.write(out)?;
        }
        for p in &self.parties {
            p.write(out)?;
        }
        for a in &self.adjudications {
            a.write(out)?;
        }
        for f in &self.forms {
            f.write(out)?;
        }
        Ok(())
    }
}

/// Converts every element of a list.
pub(crate) fn owned<T, U>(items: Vec<T>, f: impl FnMut(T) -> U) -> Vec<U> {
    items.into_iter().map(f).collect()
}

/// Loop 2410: drug identification — LIN (NDC), CTP (quantity) and REF (prescription number).
#[doc(alias = "2410")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drug<'a> {
    lin: Lin<'a>,
    quantity: Option<Ctp<'a>>,
    references: Vec<Ref<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Drug<'a> {
    fn parse(walk: &mut Walk<'_, 'a>, path: LoopPath, up: Up<'_>) -> Result<Self, Claim837Error> {
        let mut drug = Drug {
            lin: walk.typed(path, Lin::parse)?,
            quantity: None,
            references: Vec::new(),
            unknown: Vec::new(),
        };
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.id() {
                "CTP" if drug.quantity.is_none() => {
                    drug.quantity = Some(walk.typed(path, Ctp::parse)?);
                }
                "REF" => drug.references.push(walk.typed(path, Ref::parse)?),
                _ if up(&segment) => break,
                _ => {
                    walk.unknown(own, &mut drug.unknown);
                    continue;
                }
            }
            own += 1;
        }
        Ok(drug)
    }

    /// LIN: the drug's NDC.
    #[doc(alias = "LIN")]
    pub fn item(&self) -> &Lin<'a> {
        &self.lin
    }

    /// CTP: the quantity dispensed and its unit.
    #[doc(alias = "CTP")]
    pub fn quantity(&self) -> Option<&Ctp<'a>> {
        self.quantity.as_ref()
    }

    /// REF: prescription or compound drug association number.
    #[doc(alias = "REF")]
    pub fn references(&self) -> &[Ref<'a>] {
        &self.references
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Drug<'static> {
        Drug {
            lin: self.lin.into_owned(),
            quantity: self.quantity.map(Ctp::into_owned),
            references: owned(self.references, Ref::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.lin.raw())?;
        if let Some(s) = &self.quantity {
            w.own(s.raw())?;
        }
        for s in &self.references {
            w.own(s.raw())?;
        }
        w.finish()?;
        Ok(())
    }
}

/// Loop 2440: form identification — LQ names a form, FRM segments answer its questions.
#[doc(alias = "2440")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form<'a> {
    lq: Lq<'a>,
    answers: Vec<Frm<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Form<'a> {
    fn parse(walk: &mut Walk<'_, 'a>, path: LoopPath, up: Up<'_>) -> Result<Self, Claim837Error> {
        let mut form = Form {
            lq: walk.typed(path, Lq::parse)?,
            answers: Vec::new(),
            unknown: Vec::new(),
        };
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.id() {
                "FRM" => form.answers.push(walk.typed(path, Frm::parse)?),
                _ if up(&segment) => break,
                _ => {
                    walk.unknown(own, &mut form.unknown);
                    continue;
                }
            }
            own += 1;
        }
        Ok(form)
    }

    /// LQ: the form's code.
    #[doc(alias = "LQ")]
    pub fn form(&self) -> &Lq<'a> {
        &self.lq
    }

    /// FRM: the answers.
    #[doc(alias = "FRM")]
    pub fn answers(&self) -> &[Frm<'a>] {
        &self.answers
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> Form<'static> {
        Form {
            lq: self.lq.into_owned(),
            answers: owned(self.answers, Frm::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.lq.raw())?;
        for s in &self.answers {
            w.own(s.raw())?;
        }
        w.finish()?;
        Ok(())
    }
}
