//! TRN — reassociation trace number: ties the 835 to its check or EFT.
//!
//! | element | holds | use |
//! |---|---|---|
//! | TRN01 | trace type, `1` current transaction | required |
//! | TRN02 | check number or EFT trace number | required |
//! | TRN03 | payer identifier (`1` + tax id, 10 characters) | optional |
//! | TRN04 | originating company supplemental code (payer division) | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// TRN — reassociation trace number: the check or EFT number and the payer that issued it.
    /// (TRN03, TRN02) identify one payment.
    ///
    /// ```
    /// use x12_claims::segments::Trn;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"TRN*1*EFT0405001*1234567890~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let trn = Trn::parse(&segment)?;
    /// assert_eq!(trn.trace_number(), "EFT0405001");
    /// assert_eq!(trn.payer_identifier(), Some("1234567890"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Trn = "TRN";
    /// TRN01: trace type (`1` current transaction trace numbers).
    #[doc(alias = "TRN01")]
    trace_type: &'s str = required(1), "trace type code";
    /// TRN02: the check number or EFT trace number.
    #[doc(alias = "TRN02")]
    trace_number: &'s str = required(2), "check or EFT trace number";
    /// TRN03: payer identifier.
    #[doc(alias = "TRN03")]
    payer_identifier: &'s str = optional(3), "payer identifier";
    /// TRN04: originating company supplemental code.
    #[doc(alias = "TRN04")]
    payer_supplemental_code: &'s str = optional(4), "originating company supplemental code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let trn = Trn::parse(&segment("TRN*1*12345*1512345678*999~")).unwrap();
        assert_eq!(
            (
                trn.trace_type(),
                trn.trace_number(),
                trn.payer_identifier(),
                trn.payer_supplemental_code()
            ),
            ("1", "12345", Some("1512345678"), Some("999"))
        );
    }

    #[test]
    fn trace_number_is_required() {
        assert_eq!(
            Trn::parse(&segment("TRN*1~")).unwrap_err().to_string(),
            "segment 1 TRN02 (byte 0): required check or EFT trace number is missing"
        );
    }
}
