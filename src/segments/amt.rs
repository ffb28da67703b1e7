//! AMT — monetary amount.
//!
//! | element | holds | use |
//! |---|---|---|
//! | AMT01 | what the amount is (`F5` patient paid, `D` payer paid, `EAF` remaining patient liability, `AU` coverage amount ...) | required |
//! | AMT02 | the amount | required |
//! | AMT03 | credit/debit flag (not used by 837P/835) | optional |

use crate::codes::AmountQualifier;
use crate::element::Amount;
use crate::segments::field::typed_segment;

typed_segment! {
    /// AMT — a qualified monetary amount.
    ///
    /// ```
    /// use x12_claims::segments::Amt;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"AMT*F5*25.00~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// let amt = Amt::parse(&segment)?;
    /// assert_eq!(amt.qualifier().as_str(), "F5");
    /// assert_eq!(amt.amount().value(), rust_decimal::Decimal::new(2500, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Amt = "AMT";
    /// AMT01: what the amount is.
    #[doc(alias = "AMT01")]
    qualifier: AmountQualifier = required(1), "amount qualifier code";
    /// AMT02: the amount.
    #[doc(alias = "AMT02")]
    amount: Amount<'s> = required(2), "monetary amount";
    /// AMT03: credit (`C`) or debit (`D`).
    #[doc(alias = "AMT03")]
    credit_debit: &'s str = optional(3), "credit/debit flag code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_a_negative_amount() {
        let amt = Amt::parse(&segment("AMT*D*-12.5~")).unwrap();
        assert_eq!(amt.amount().as_str(), "-12.5");
        assert_eq!(amt.credit_debit(), None);
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Amt::parse(&segment("AMT*F5~")).unwrap_err().to_string(),
            "segment 1 AMT02 (byte 0): required monetary amount is missing"
        );
        assert!(
            Amt::parse(&segment("AMT*F5*$5~"))
                .unwrap_err()
                .to_string()
                .starts_with("segment 1 AMT02 (byte 0): monetary amount: ")
        );
    }
}
