//! 2430 line adjudication: what an earlier payer did with a service line.

use std::io::Write;

use super::error::{Claim837Error, LoopPath};
use super::parse::{LoopWriter, UnknownSegment, Up, Walk};
use super::service_line::{owned, shrink};
use crate::segments::{Amt, Cas, Dtp, Svd};
use crate::syntax::{WriteError, Writer};

/// Loop 2430: an earlier payer's adjudication of the line — SVD (paid amount), CAS
/// (adjustments), DTP*573 (adjudication date), AMT*EAF (remaining patient liability).
#[doc(alias = "2430")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineAdjudication<'a> {
    svd: Svd<'a>,
    adjustments: Vec<Cas<'a>>,
    dates: Vec<Dtp<'a>>,
    amounts: Vec<Amt<'a>>,
    unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> LineAdjudication<'a> {
    /// Reads a 2430 loop starting at its SVD.
    pub(crate) fn parse(
        walk: &mut Walk<'_, 'a>,
        path: LoopPath,
        up: Up<'_>,
    ) -> Result<Self, Claim837Error> {
        let mut adjudication = LineAdjudication::new(walk.typed(path, Svd::parse)?);
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.segment_id().as_bytes() {
                b"CAS" => adjudication.adjustments.push(walk.typed(path, Cas::parse)?),
                b"DTP" => adjudication.dates.push(walk.typed(path, Dtp::parse)?),
                b"AMT" => adjudication.amounts.push(walk.typed(path, Amt::parse)?),
                _ if up(&segment) => break,
                _ => {
                    walk.unknown(own, &mut adjudication.unknown);
                    continue;
                }
            }
            own += 1;
        }
        shrink(&mut adjudication.adjustments);
        shrink(&mut adjudication.dates);
        shrink(&mut adjudication.amounts);
        shrink(&mut adjudication.unknown);
        Ok(adjudication)
    }

    /// A 2430 loop built from its SVD, for writing; the guide asks for the adjudication date
    /// (DTP*573) too, added with [`with_date`](Self::with_date).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use x12_claims::claim837p::LineAdjudication;
    /// use x12_claims::codes::*;
    /// use x12_claims::element::{Amount, Date, Quantity};
    /// use x12_claims::segments::{Cas, Dtp, Svd};
    ///
    /// let svd = Svd::builder()
    ///     .payer_id("11111")
    ///     .paid(Amount::new(dec!(80)))
    ///     .qualifier(ProductServiceQualifier::HCPCS)
    ///     .procedure_code("99213")
    ///     .paid_units(Quantity::new(dec!(1)))
    ///     .build()?;
    /// let cas = Cas::builder()
    ///     .group(AdjustmentGroup::CONTRACTUAL_OBLIGATION)
    ///     .reason(Carc::new("45")?)
    ///     .amount(Amount::new(dec!(20)))
    ///     .build()?;
    /// let adjudication = LineAdjudication::new(svd).with_adjustment(cas);
    /// assert_eq!(adjudication.service().paid().value(), dec!(80));
    /// assert_eq!(adjudication.adjustments().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(svd: Svd<'a>) -> Self {
        LineAdjudication {
            svd,
            adjustments: Vec::new(),
            dates: Vec::new(),
            amounts: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a line adjustment (CAS) after those added before it.
    pub fn with_adjustment(mut self, cas: Cas<'a>) -> Self {
        self.adjustments.push(cas);
        self
    }

    /// Adds a date (DTP*573 adjudication or payment date) after those added before it.
    pub fn with_date(mut self, dtp: Dtp<'a>) -> Self {
        self.dates.push(dtp);
        self
    }

    /// Adds an amount (AMT*EAF remaining patient liability) after those added before it.
    pub fn with_amount(mut self, amt: Amt<'a>) -> Self {
        self.amounts.push(amt);
        self
    }

    /// SVD: the payer, what it paid and for which procedure.
    #[doc(alias = "SVD")]
    pub fn service(&self) -> &Svd<'a> {
        &self.svd
    }

    /// CAS: the payer's line adjustments.
    #[doc(alias = "CAS")]
    pub fn adjustments(&self) -> &[Cas<'a>] {
        &self.adjustments
    }

    /// DTP: the adjudication date (`573`).
    #[doc(alias = "DTP")]
    pub fn dates(&self) -> &[Dtp<'a>] {
        &self.dates
    }

    /// AMT: remaining patient liability (`EAF`).
    #[doc(alias = "AMT")]
    pub fn amounts(&self) -> &[Amt<'a>] {
        &self.amounts
    }

    /// Segments met in the loop that the model does not place there.
    pub fn unknown(&self) -> &[UnknownSegment<'a>] {
        &self.unknown
    }

    /// The same loop owning its bytes.
    pub fn into_owned(self) -> LineAdjudication<'static> {
        LineAdjudication {
            svd: self.svd.into_owned(),
            adjustments: owned(self.adjustments, Cas::into_owned),
            dates: owned(self.dates, Dtp::into_owned),
            amounts: owned(self.amounts, Amt::into_owned),
            unknown: owned(self.unknown, UnknownSegment::into_owned),
        }
    }

    /// Writes the loop in guide order.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.svd.raw())?;
        for s in &self.adjustments {
            w.own(s.raw())?;
        }
        for s in &self.dates {
            w.own(s.raw())?;
        }
        for s in &self.amounts {
            w.own(s.raw())?;
        }
        w.finish()?;
        Ok(())
    }
}
