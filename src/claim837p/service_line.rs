//! 2400 service line, with its 2410 drug and 2440 form loops.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::line_adjudication::LineAdjudication;
use super::parse::{
    LoopWriter, UnknownSegment, Up, Walk, insert_ranked, own_segments, pick, push_tight, take_own,
    unstage,
};
use super::party::{Holder, Party, PartyRole, find, read_party};
use crate::segments::{
    Amt, Cn1, Cr1, Cr3, Crc, Ctp, Dtp, Frm, Hcp, K3, Lin, Lq, Lx, Mea, Nte, Ps1, Pwk, Qty, Ref,
    Sv1, Sv5,
};
use crate::syntax::{Segment, WriteError, Writer};

own_segments! {
    /// A segment of a 2400 service line after its LX and SV1, in guide order.
    pub enum LineSegment {
        Sv5, Pwk, Cr1, Cr3, Crc, Dtp, Qty, Mea, Cn1, Ref, Amt, K3, Nte, Ps1, Hcp,
    }
}

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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ServiceLine<'a> {
    lx: Lx<'a>,
    sv1: Sv1<'a>,
    own: Vec<LineSegment<'a>>,
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
            segment.segment_id().as_bytes(),
            b"SV5"
                | b"PWK"
                | b"CR1"
                | b"CR3"
                | b"CRC"
                | b"DTP"
                | b"QTY"
                | b"MEA"
                | b"CN1"
                | b"REF"
                | b"AMT"
                | b"K3"
                | b"NTE"
                | b"PS1"
                | b"HCP"
                | b"LIN"
                | b"SVD"
                | b"LQ"
        ) || PartyRole::of(Holder::Line, segment).is_some()
    }

    /// Reads a 2400 loop starting at its LX.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let lx = walk.typed(path, Lx::parse)?;
        let here = |s: &Segment<'_>| Self::accepts(s) || up(s);
        // SV1 must be the next segment the model knows; foreign ones before it are kept.
        let mut unknown = Vec::new();
        loop {
            match walk.peek() {
                Some(s) if s.segment_id() == "SV1" => break,
                Some(s) if !here(&s) => walk.unknown(1, &mut unknown),
                _ => {
                    return Err(Claim837Error::Missing {
                        path,
                        location: walk.cursor.location(),
                        segment: "SV1",
                        what: "professional service",
                    });
                }
            }
        }
        let sv1 = walk.typed(path, Sv1::parse)?;
        let mut line = ServiceLine {
            unknown,
            ..ServiceLine::new(lx, sv1)
        };
        let mut own = 2;
        let mark = walk.staged.line.len();
        while let Some(segment) = walk.peek() {
            let staged = &mut walk.staged.line;
            if take_own(walk.cursor, &segment, path, LineSegment::read, staged)? {
                own += 1;
                continue;
            }
            match segment.segment_id().as_bytes() {
                b"LIN" => {
                    let child = path.child("2410", line.drugs.len() + 1);
                    line.drugs.push(Drug::parse(walk, child, &here)?);
                }
                b"SVD" => {
                    let child = path.child("2430", line.adjudications.len() + 1);
                    line.adjudications
                        .push(LineAdjudication::parse(walk, child, &here)?);
                }
                b"LQ" => {
                    let child = path.child("2440", line.forms.len() + 1);
                    line.forms.push(Form::parse(walk, child, &here)?);
                }
                _ => {
                    if let Some(role) = PartyRole::of(Holder::Line, &segment) {
                        read_party(walk, role, &mut line.parties, path, &here)?;
                    } else if up(&segment) {
                        break;
                    } else {
                        walk.unknown(own, &mut line.unknown);
                    }
                }
            }
        }
        line.own = unstage(&mut walk.staged.line, mark);
        shrink(&mut line.drugs);
        shrink(&mut line.parties);
        shrink(&mut line.adjudications);
        shrink(&mut line.forms);
        shrink(&mut line.unknown);
        Ok(line)
    }

    /// A service line built from its LX and SV1, for writing; add its other segments with
    /// [`with`](Self::with), its provider loops with [`with_party`](Self::with_party) and its
    /// drug, adjudication and form loops with [`with_drug`](Self::with_drug),
    /// [`with_adjudication`](Self::with_adjudication) and [`with_form`](Self::with_form). Child
    /// loops are written in guide order (2410, 2420, 2430, 2440) whatever the order of the calls.
    pub fn new(lx: Lx<'a>, sv1: Sv1<'a>) -> Self {
        ServiceLine {
            lx,
            sv1,
            own: Vec::new(),
            drugs: Vec::new(),
            parties: Vec::new(),
            adjudications: Vec::new(),
            forms: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (DTP, REF, NTE ...), placed in guide order whatever the order of the calls.
    pub fn with(mut self, segment: impl Into<LineSegment<'a>>) -> Self {
        insert_ranked(&mut self.own, segment.into());
        self
    }

    /// Adds a drug loop (2410, the NDC of a drug billed on the line) after those added before
    /// it.
    pub fn with_drug(mut self, drug: Drug<'a>) -> Self {
        self.drugs.push(drug);
        self
    }

    /// Adds a 2420 provider loop, after those added before it.
    pub fn with_party(mut self, party: Party<'a>) -> Self {
        self.parties.push(party);
        self
    }

    /// Adds an earlier payer's adjudication of the line (2430) after those added before it.
    pub fn with_adjudication(mut self, adjudication: LineAdjudication<'a>) -> Self {
        self.adjudications.push(adjudication);
        self
    }

    /// Adds a form (2440) after those added before it.
    pub fn with_form(mut self, form: Form<'a>) -> Self {
        self.forms.push(form);
        self
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

    /// The line's segments after LX and SV1 (not those of its child loops), in the order read.
    pub fn segments(&self) -> &[LineSegment<'a>] {
        &self.own
    }

    /// SV5: durable medical equipment.
    #[doc(alias = "SV5")]
    pub fn dme(&self) -> Option<&Sv5<'a>> {
        pick!(self.own, LineSegment::Sv5).next()
    }

    /// PWK: line attachments.
    #[doc(alias = "PWK")]
    pub fn paperwork(&self) -> impl Iterator<Item = &Pwk<'a>> {
        pick!(self.own, LineSegment::Pwk)
    }

    /// CR1: ambulance transport.
    #[doc(alias = "CR1")]
    pub fn ambulance(&self) -> Option<&Cr1<'a>> {
        pick!(self.own, LineSegment::Cr1).next()
    }

    /// CR3: DME certification.
    #[doc(alias = "CR3")]
    pub fn dme_certification(&self) -> Option<&Cr3<'a>> {
        pick!(self.own, LineSegment::Cr3).next()
    }

    /// CRC: condition indicators.
    #[doc(alias = "CRC")]
    pub fn conditions(&self) -> impl Iterator<Item = &Crc<'a>> {
        pick!(self.own, LineSegment::Crc)
    }

    /// DTP: line dates, the service date (`472`) first of all.
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> impl Iterator<Item = &Dtp<'a>> {
        pick!(self.own, LineSegment::Dtp)
    }

    /// DTP*472: the date (or range) of service.
    pub fn service_date(&self) -> Option<&Dtp<'a>> {
        // The qualifier as written: no code to build for each date.
        let is_service = |d: &&Dtp<'a>| {
            d.raw()
                .view()
                .element(1)
                .is_some_and(|q| q.as_bytes() == b"472")
        };
        self.dates().find(is_service)
    }

    /// QTY: ambulance patient count, anesthesia units.
    #[doc(alias = "QTY")]
    pub fn quantities(&self) -> impl Iterator<Item = &Qty<'a>> {
        pick!(self.own, LineSegment::Qty)
    }

    /// MEA: test results.
    #[doc(alias = "MEA")]
    pub fn measurements(&self) -> impl Iterator<Item = &Mea<'a>> {
        pick!(self.own, LineSegment::Mea)
    }

    /// CN1: line contract information.
    #[doc(alias = "CN1")]
    pub fn contract(&self) -> Option<&Cn1<'a>> {
        pick!(self.own, LineSegment::Cn1).next()
    }

    /// REF: line references.
    #[doc(alias = "REF")]
    pub fn references(&self) -> impl Iterator<Item = &Ref<'a>> {
        pick!(self.own, LineSegment::Ref)
    }

    /// REF*6R: the provider's line item control number, echoed in the 835.
    pub fn line_control_number(&self) -> Option<&str> {
        self.references()
            .find(|r| r.qualifier().as_str() == "6R")
            .map(|r| r.value())
    }

    /// AMT: sales tax, postage.
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> impl Iterator<Item = &Amt<'a>> {
        pick!(self.own, LineSegment::Amt)
    }

    /// K3: file information.
    #[doc(alias = "K3")]
    pub fn file_info(&self) -> impl Iterator<Item = &K3<'a>> {
        pick!(self.own, LineSegment::K3)
    }

    /// NTE: line notes.
    #[doc(alias = "NTE")]
    pub fn notes(&self) -> impl Iterator<Item = &Nte<'a>> {
        pick!(self.own, LineSegment::Nte)
    }

    /// PS1: purchased service.
    #[doc(alias = "PS1")]
    pub fn purchased_service(&self) -> Option<&Ps1<'a>> {
        pick!(self.own, LineSegment::Ps1).next()
    }

    /// HCP: line repricing.
    #[doc(alias = "HCP")]
    pub fn pricing(&self) -> Option<&Hcp<'a>> {
        pick!(self.own, LineSegment::Hcp).next()
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
            own: owned(self.own, LineSegment::into_owned),
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
        w.own_all(&self.own)?;
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

/// Drops a list's spare capacity once its loop is read: loops are many, and a list of more than
/// three items (see `push_tight`) may hold room for as many again.
pub(crate) fn shrink<T>(items: &mut Vec<T>) {
    items.shrink_to_fit();
}

/// Converts every element of a list.
pub(crate) fn owned<T, U>(items: Vec<T>, f: impl FnMut(T) -> U) -> Vec<U> {
    items.into_iter().map(f).collect()
}

/// Loop 2410: drug identification — LIN (NDC), CTP (quantity) and REF (prescription number).
#[doc(alias = "2410")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Drug<'a> {
    lin: Lin<'a>,
    quantity: Option<Ctp<'a>>,
    references: Vec<Ref<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Drug<'a> {
    fn parse(walk: &mut Walk<'_, 'a>, path: LoopPath, up: Up<'_>) -> Result<Self, Claim837Error> {
        let mut drug = Drug::new(walk.typed(path, Lin::parse)?);
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.segment_id().as_bytes() {
                b"CTP" if drug.quantity.is_none() => {
                    drug.quantity = Some(walk.typed(path, Ctp::parse)?);
                }
                b"REF" => push_tight(&mut drug.references, walk.typed(path, Ref::parse)?),
                _ if up(&segment) => break,
                _ => {
                    walk.unknown(own, &mut drug.unknown);
                    continue;
                }
            }
            own += 1;
        }
        shrink(&mut drug.references);
        shrink(&mut drug.unknown);
        Ok(drug)
    }

    /// A 2410 loop built from its LIN (the NDC), for writing.
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::claim837p::Drug;
    /// use x12_claims::codes::ProductServiceQualifier;
    /// use x12_claims::element::Quantity;
    /// use x12_claims::segments::{Ctp, Lin};
    ///
    /// let lin = Lin::builder()
    ///     .qualifier(ProductServiceQualifier::new("N4")?)
    ///     .product_id("00002143380")
    ///     .build()?;
    /// let ctp = Ctp::builder().quantity(Quantity::new(dec!(2))).component(5, 1, "UN").build()?;
    /// let drug = Drug::new(lin).with_quantity(ctp);
    /// assert_eq!(drug.item().product_id(), "00002143380");
    /// assert_eq!(drug.quantity().map(|c| c.unit()), Some("UN"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(lin: Lin<'a>) -> Self {
        Drug {
            lin,
            quantity: None,
            references: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Sets the CTP segment: quantity dispensed and unit (the loop holds one).
    pub fn with_quantity(mut self, ctp: Ctp<'a>) -> Self {
        self.quantity = Some(ctp);
        self
    }

    /// Adds a REF (prescription number, `XZ`, or compound link, `VY`) after those added before
    /// it.
    pub fn with_reference(mut self, reference: Ref<'a>) -> Self {
        self.references.push(reference);
        self
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Form<'a> {
    lq: Lq<'a>,
    answers: Vec<Frm<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Form<'a> {
    fn parse(walk: &mut Walk<'_, 'a>, path: LoopPath, up: Up<'_>) -> Result<Self, Claim837Error> {
        let mut form = Form::new(walk.typed(path, Lq::parse)?);
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.segment_id().as_bytes() {
                b"FRM" => form.answers.push(walk.typed(path, Frm::parse)?),
                _ if up(&segment) => break,
                _ => {
                    walk.unknown(own, &mut form.unknown);
                    continue;
                }
            }
            own += 1;
        }
        shrink(&mut form.answers);
        shrink(&mut form.unknown);
        Ok(form)
    }

    /// A 2440 loop built from its LQ (the form), for writing; add answers with
    /// [`with_answer`](Self::with_answer).
    pub fn new(lq: Lq<'a>) -> Self {
        Form {
            lq,
            answers: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds an answer (FRM) after those added before it.
    pub fn with_answer(mut self, frm: Frm<'a>) -> Self {
        self.answers.push(frm);
        self
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
