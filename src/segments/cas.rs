//! CAS — claim or service line adjustments: who bears them, why, and how much.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CAS01 | group: `CO` contractual, `PR` patient responsibility, `OA` other, `PI` payer initiated (`CR` in 837 COB loops) | required |
//! | CAS02 | first reason (claim adjustment reason code, CARC) | required |
//! | CAS03 | first amount | required |
//! | CAS04 | first quantity (units adjusted) | optional |
//! | CAS05–07, 08–10, 11–13, 14–16, 17–19 | up to five more reason, amount, quantity triples | optional |
//!
//! A triple that has a reason must have an amount; a triple without a reason must be empty.

use crate::codes::{AdjustmentGroup, Carc};
use crate::element::{Amount, Quantity};
use crate::segments::SegmentError;
use crate::segments::field::{Fields, checked_value, typed_segment};
use crate::syntax::ElementPosition;

typed_segment! {
    /// CAS — up to six adjustments of one group, each a reason, an amount and an optional
    /// quantity.
    ///
    /// ```
    /// use x12_claims::codes::AdjustmentGroup;
    /// use x12_claims::segments::Cas;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CAS*PR*1*20**2*5.5*1~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let cas = Cas::parse(&segment)?;
    /// assert_eq!(cas.group(), AdjustmentGroup::PATIENT_RESPONSIBILITY);
    /// let reasons: Vec<_> = cas.adjustments().map(|a| a.reason.to_string()).collect();
    /// assert_eq!(reasons, ["1", "2"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cas = "CAS", check = check_triples;
    /// CAS01: who bears the adjustments.
    #[doc(alias = "CAS01")]
    group: AdjustmentGroup = required(1), "claim adjustment group code";
    /// CAS02: the first reason.
    #[doc(alias = "CAS02")]
    reason: Carc = required(2), "claim adjustment reason code";
    /// CAS03: the first amount.
    #[doc(alias = "CAS03")]
    amount: Amount<'s> = required(3), "adjustment amount";
    /// CAS04: the first quantity.
    #[doc(alias = "CAS04")]
    quantity: Quantity<'s> = optional(4), "adjustment quantity";
}

/// One adjustment of a [`Cas`] segment: a reason, an amount and an optional quantity, with the
/// segment's group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment<'s> {
    /// CAS01: who bears the adjustment.
    pub group: AdjustmentGroup,
    /// CAS02, 05, 08, 11, 14 or 17: why.
    pub reason: Carc,
    /// CAS03, 06, 09, 12, 15 or 18: how much (positive reduces the payment).
    pub amount: Amount<'s>,
    /// CAS04, 07, 10, 13, 16 or 19: units adjusted.
    pub quantity: Option<Quantity<'s>>,
}

const TRIPLES: u16 = 6;

fn position(element: u16) -> ElementPosition {
    ElementPosition {
        element,
        component: None,
    }
}

fn check_triples(fields: &Fields<'_>) -> Result<(), SegmentError> {
    for k in 1..TRIPLES {
        let first = 2 + 3 * k;
        if fields.ends_before(usize::from(first)) {
            // Most CAS segments hold one triple: nothing further to check.
            break;
        }
        if fields.optional::<Carc>(position(first), "claim adjustment reason code")? {
            fields.required::<Amount<'_>>(position(first + 1), "adjustment amount")?;
            fields.optional::<Quantity<'_>>(position(first + 2), "adjustment quantity")?;
        } else {
            for element in [first + 1, first + 2] {
                if fields.optional::<&str>(position(element), "adjustment")? {
                    return Err(SegmentError::Missing {
                        location: fields.place(position(first)),
                        what: "claim adjustment reason code",
                    });
                }
            }
        }
    }
    Ok(())
}

impl<'a> Cas<'a> {
    /// The adjustments, in order: the first triple and every further triple that has a reason.
    pub fn adjustments(&self) -> impl Iterator<Item = Adjustment<'_>> {
        let view = self.raw().view();
        let group = self.group();
        (0..TRIPLES).filter_map(move |k| {
            let first = 2 + 3 * k;
            let reason = checked_value(&view, position(first))?;
            let amount = checked_value(&view, position(first + 1))?;
            let quantity = checked_value(&view, position(first + 2));
            Some(Adjustment {
                group,
                reason,
                amount,
                quantity,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_six_triples() {
        let cas = Cas::parse(&segment("CAS*CO*45*10*1*253*1.5**A1*2**B1*3*2*B2*4**B3*5~")).unwrap();
        let all: Vec<(String, String, Option<String>)> = cas
            .adjustments()
            .map(|a| {
                assert_eq!(a.group, AdjustmentGroup::CONTRACTUAL_OBLIGATION);
                (
                    a.reason.to_string(),
                    a.amount.as_str().to_owned(),
                    a.quantity.map(|q| q.as_str().to_owned()),
                )
            })
            .collect();
        assert_eq!(
            all,
            [
                ("45".into(), "10".into(), Some("1".into())),
                ("253".into(), "1.5".into(), None),
                ("A1".into(), "2".into(), None),
                ("B1".into(), "3".into(), Some("2".into())),
                ("B2".into(), "4".into(), None),
                ("B3".into(), "5".into(), None),
            ]
        );
    }

    #[test]
    fn a_reason_needs_an_amount() {
        for (text, message) in [
            (
                "CAS*PR*1*20**2~",
                "segment 1 CAS06 (byte 0): required adjustment amount is missing",
            ),
            (
                "CAS*PR*1*20**2*X~",
                "segment 1 CAS06 (byte 0): adjustment amount: amount \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
            (
                "CAS*PR*1*20***5~",
                "segment 1 CAS05 (byte 0): required claim adjustment reason code is missing",
            ),
            (
                "CAS*PR**20~",
                "segment 1 CAS02 (byte 0): required claim adjustment reason code is missing",
            ),
            (
                "CAS*CO*45*10*1*253*1.5**A1*2**B1*3*2*B2*4**B3~",
                "segment 1 CAS18 (byte 0): required adjustment amount is missing",
            ),
        ] {
            assert_eq!(Cas::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
