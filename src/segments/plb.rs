//! PLB — provider level adjustment (835, after the last 2000 loop).
//!
//! | element | holds | use |
//! |---|---|---|
//! | PLB01 | provider identifier (NPI, or tax id) | required |
//! | PLB02 | last day of the provider's fiscal year (`CCYY1231` when unknown) | required |
//! | PLB03-1 | adjustment reason: `WO` overpayment recovery, `L6` interest, `FB` forwarding balance, `72` authorized return ... | required |
//! | PLB03-2 | reference: usually the payer claim number the adjustment relates to | optional |
//! | PLB04 | adjustment amount: positive takes money from the provider, negative pays it | required |
//! | PLB05/06 … PLB13/14 | up to five more reason/amount pairs, same layout | optional |

use crate::codes::ProviderAdjustmentReason;
use crate::element::{Amount, Date};
use crate::segments::SegmentError;
use crate::segments::field::{Fields, at, typed_segment};

typed_segment! {
    /// PLB — money moved outside any claim: interest, recoveries, forwarded balances. One
    /// segment carries up to six [`ProviderAdjustment`]s.
    ///
    /// ```
    /// use x12_claims::codes::ProviderAdjustmentReason;
    /// use x12_claims::segments::Plb;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PLB*1234567893*20241231*L6:ACME24099000789*-2.15*WO:ICN1*10~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let plb = Plb::parse(&segment)?;
    /// let adjustments: Vec<_> = plb.adjustments().collect();
    /// assert_eq!(adjustments.len(), 2);
    /// assert_eq!(adjustments[0].reason, ProviderAdjustmentReason::INTEREST_OWED);
    /// assert_eq!(adjustments[0].reference, Some("ACME24099000789"));
    /// assert_eq!(adjustments[0].amount.as_str(), "-2.15");
    /// assert_eq!(plb.total().map(|t| t.to_string()).as_deref(), Some("7.85"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Plb = "PLB", check = check_pairs;
    /// PLB01: provider identifier.
    #[doc(alias = "PLB01")]
    provider_id: &'s str = required(1), "provider identifier";
    /// PLB02: last day of the provider's fiscal year.
    #[doc(alias = "PLB02")]
    fiscal_period_end: Date<'s> = required(2), "fiscal period date";
    /// PLB03-1: first adjustment reason.
    #[doc(alias = "PLB03")]
    reason: ProviderAdjustmentReason = required(3, 1), "adjustment reason code";
    /// PLB03-2: first adjustment reference.
    reference: &'s str = optional(3, 2), "provider adjustment identifier";
    /// PLB04: first adjustment amount.
    #[doc(alias = "PLB04")]
    amount: Amount<'s> = required(4), "provider adjustment amount";
    /// PLB05-1: second adjustment reason.
    #[doc(alias = "PLB05")]
    reason_2: ProviderAdjustmentReason = optional(5, 1), "adjustment reason code";
    /// PLB05-2: second adjustment reference.
    reference_2: &'s str = optional(5, 2), "provider adjustment identifier";
    /// PLB06: second adjustment amount.
    #[doc(alias = "PLB06")]
    amount_2: Amount<'s> = optional(6), "provider adjustment amount";
    /// PLB07-1: third adjustment reason.
    #[doc(alias = "PLB07")]
    reason_3: ProviderAdjustmentReason = optional(7, 1), "adjustment reason code";
    /// PLB07-2: third adjustment reference.
    reference_3: &'s str = optional(7, 2), "provider adjustment identifier";
    /// PLB08: third adjustment amount.
    #[doc(alias = "PLB08")]
    amount_3: Amount<'s> = optional(8), "provider adjustment amount";
    /// PLB09-1: fourth adjustment reason.
    #[doc(alias = "PLB09")]
    reason_4: ProviderAdjustmentReason = optional(9, 1), "adjustment reason code";
    /// PLB09-2: fourth adjustment reference.
    reference_4: &'s str = optional(9, 2), "provider adjustment identifier";
    /// PLB10: fourth adjustment amount.
    #[doc(alias = "PLB10")]
    amount_4: Amount<'s> = optional(10), "provider adjustment amount";
    /// PLB11-1: fifth adjustment reason.
    #[doc(alias = "PLB11")]
    reason_5: ProviderAdjustmentReason = optional(11, 1), "adjustment reason code";
    /// PLB11-2: fifth adjustment reference.
    reference_5: &'s str = optional(11, 2), "provider adjustment identifier";
    /// PLB12: fifth adjustment amount.
    #[doc(alias = "PLB12")]
    amount_5: Amount<'s> = optional(12), "provider adjustment amount";
    /// PLB13-1: sixth adjustment reason.
    #[doc(alias = "PLB13")]
    reason_6: ProviderAdjustmentReason = optional(13, 1), "adjustment reason code";
    /// PLB13-2: sixth adjustment reference.
    reference_6: &'s str = optional(13, 2), "provider adjustment identifier";
    /// PLB14: sixth adjustment amount.
    #[doc(alias = "PLB14")]
    amount_6: Amount<'s> = optional(14), "provider adjustment amount";
}

/// Every pair after the first is complete: a reason has an amount and an amount a reason.
fn check_pairs(fields: &Fields<'_>) -> Result<(), SegmentError> {
    let reasons = [at!(5, 1), at!(7, 1), at!(9, 1), at!(11, 1), at!(13, 1)];
    let amounts = [at!(6), at!(8), at!(10), at!(12), at!(14)];
    for (reason, amount) in reasons.into_iter().zip(amounts) {
        let has_reason = fields
            .element(usize::from(reason.element))
            .and_then(|e| e.component(1))
            .is_some_and(|c| !c.is_empty());
        let has_amount = fields
            .element(usize::from(amount.element))
            .is_some_and(|e| !e.is_empty());
        if has_reason {
            fields.required::<Amount<'_>>(amount, "provider adjustment amount")?;
        } else if has_amount {
            fields.required::<ProviderAdjustmentReason>(reason, "adjustment reason code")?;
        }
    }
    Ok(())
}

/// One reason/amount pair of a PLB segment (PLB03/04, PLB05/06, … PLB13/14).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProviderAdjustment<'s> {
    /// PLB03-1 (05-1, …): why the money moves.
    pub reason: ProviderAdjustmentReason,
    /// PLB03-2 (05-2, …): what it relates to, usually a payer claim number.
    pub reference: Option<&'s str>,
    /// PLB04 (06, …): positive reduces the payment, negative increases it.
    pub amount: Amount<'s>,
}

impl Plb<'_> {
    /// The reason/amount pairs, in order. Parsing refuses a pair with a reason and no amount or the
    /// other way round.
    pub fn adjustments(&self) -> impl Iterator<Item = ProviderAdjustment<'_>> + '_ {
        let first = Some(ProviderAdjustment {
            reason: self.reason(),
            reference: self.reference(),
            amount: self.amount(),
        });
        let more = [
            (self.reason_2(), self.reference_2(), self.amount_2()),
            (self.reason_3(), self.reference_3(), self.amount_3()),
            (self.reason_4(), self.reference_4(), self.amount_4()),
            (self.reason_5(), self.reference_5(), self.amount_5()),
            (self.reason_6(), self.reference_6(), self.amount_6()),
        ]
        .into_iter()
        .map(|(reason, reference, amount)| {
            Some(ProviderAdjustment {
                reason: reason?,
                reference,
                amount: amount?,
            })
        });
        std::iter::once(first).chain(more).flatten()
    }

    /// The sum of the adjustment amounts: what this segment takes off BPR02 (`None` if the
    /// sum does not fit a decimal).
    pub fn total(&self) -> Option<rust_decimal::Decimal> {
        self.adjustments()
            .try_fold(rust_decimal::Decimal::ZERO, |sum, a| {
                sum.checked_add(a.amount.value())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_six_pairs() {
        let plb = Plb::parse(&segment(
            "PLB*1234567890*20191231*WO:A1*10*L6*-1.5*FB:B2*3*72:C*-4*CS*5*IR:X*0.25~",
        ))
        .unwrap();
        assert_eq!(plb.provider_id(), "1234567890");
        assert_eq!(plb.fiscal_period_end().as_str(), "20191231");
        let pairs: Vec<(String, Option<&str>, String)> = plb
            .adjustments()
            .map(|a| (a.reason.to_string(), a.reference, a.amount.to_string()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("WO".to_owned(), Some("A1"), "10".to_owned()),
                ("L6".to_owned(), None, "-1.5".to_owned()),
                ("FB".to_owned(), Some("B2"), "3".to_owned()),
                ("72".to_owned(), Some("C"), "-4".to_owned()),
                ("CS".to_owned(), None, "5".to_owned()),
                ("IR".to_owned(), Some("X"), "0.25".to_owned()),
            ]
        );
        assert_eq!(plb.total().unwrap().to_string(), "12.75");
    }

    #[test]
    fn incomplete_pairs_are_reported() {
        for (text, message) in [
            (
                "PLB*1*20191231*WO*10**5~",
                "segment 1 PLB05-1 (byte 0): required adjustment reason code is missing",
            ),
            (
                "PLB*1*20191231*L6*-2.15*WO:ICN1~",
                "segment 1 PLB06 (byte 0): required provider adjustment amount is missing",
            ),
        ] {
            assert_eq!(Plb::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn first_pair_is_required() {
        assert_eq!(
            Plb::parse(&segment("PLB*1*20191231*WO~"))
                .unwrap_err()
                .to_string(),
            "segment 1 PLB04 (byte 0): required provider adjustment amount is missing"
        );
    }
}
