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
        let mut adjudication = LineAdjudication {
            svd: walk.typed(path, Svd::parse)?,
            adjustments: Vec::new(),
            dates: Vec::new(),
            amounts: Vec::new(),
            unknown: Vec::new(),
        };
        let mut own = 1;
        while let Some(segment) = walk.peek() {
            match segment.id() {
                "CAS" => adjudication.adjustments.push(walk.typed(path, Cas::parse)?),
                "DTP" => adjudication.dates.push(walk.typed(path, Dtp::parse)?),
                "AMT" => adjudication.amounts.push(walk.typed(path, Amt::parse)?),
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
