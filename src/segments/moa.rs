//! MOA — outpatient adjudication information (Medicare remark codes and amounts).
//!
//! | element | holds | use |
//! |---|---|---|
//! | MOA01 | reimbursement rate (a percentage) | optional |
//! | MOA02 | HCPCS payable amount | optional |
//! | MOA03–MOA07 | remittance advice remark codes (RARC) | optional |
//! | MOA08 | end-stage renal disease payment amount | optional |
//! | MOA09 | non-payable professional component amount | optional |

use crate::codes::Rarc;
use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// MOA — outpatient adjudication: a rate, amounts and up to five remark codes.
    ///
    /// ```
    /// use x12_claims::segments::Moa;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"MOA***MA01*N130~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// let moa = Moa::parse(&segment)?;
    /// let remarks: Vec<_> = moa.remarks().map(|r| r.to_string()).collect();
    /// assert_eq!(remarks, ["MA01", "N130"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Moa = "MOA";
    /// MOA01: reimbursement rate.
    #[doc(alias = "MOA01")]
    reimbursement_rate: Quantity<'s> = optional(1), "reimbursement rate";
    /// MOA02: HCPCS payable amount.
    #[doc(alias = "MOA02")]
    hcpcs_payable: Amount<'s> = optional(2), "HCPCS payable amount";
    /// MOA03: first remark code.
    #[doc(alias = "MOA03")]
    remark1: Rarc = optional(3), "remark code";
    /// MOA04: second remark code.
    #[doc(alias = "MOA04")]
    remark2: Rarc = optional(4), "remark code";
    /// MOA05: third remark code.
    #[doc(alias = "MOA05")]
    remark3: Rarc = optional(5), "remark code";
    /// MOA06: fourth remark code.
    #[doc(alias = "MOA06")]
    remark4: Rarc = optional(6), "remark code";
    /// MOA07: fifth remark code.
    #[doc(alias = "MOA07")]
    remark5: Rarc = optional(7), "remark code";
    /// MOA08: end-stage renal disease payment amount.
    #[doc(alias = "MOA08")]
    esrd_payment: Amount<'s> = optional(8), "ESRD payment amount";
    /// MOA09: non-payable professional component amount.
    #[doc(alias = "MOA09")]
    non_payable_professional: Amount<'s> = optional(9), "non-payable professional component amount";
}

impl<'a> Moa<'a> {
    /// The remark codes given (MOA03–MOA07), in order.
    pub fn remarks(&self) -> impl Iterator<Item = Rarc> {
        [
            self.remark1(),
            self.remark2(),
            self.remark3(),
            self.remark4(),
            self.remark5(),
        ]
        .into_iter()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_rate_and_amounts() {
        let moa = Moa::parse(&segment("MOA*0.8*12.34*MA01*****5*6.5~")).unwrap();
        assert_eq!(
            moa.reimbursement_rate()
                .map(|r| r.as_str().to_owned())
                .as_deref(),
            Some("0.8")
        );
        assert_eq!(
            moa.hcpcs_payable()
                .map(|a| a.as_str().to_owned())
                .as_deref(),
            Some("12.34")
        );
        assert_eq!(moa.remarks().count(), 1);
        assert_eq!(
            moa.esrd_payment().map(|a| a.as_str().to_owned()).as_deref(),
            Some("5")
        );
        assert_eq!(
            moa.non_payable_professional()
                .map(|a| a.as_str().to_owned())
                .as_deref(),
            Some("6.5")
        );
    }

    #[test]
    fn a_bad_amount_names_its_element() {
        assert!(
            Moa::parse(&segment("MOA**X~"))
                .unwrap_err()
                .to_string()
                .starts_with("segment 1 MOA02 (byte 0): HCPCS payable amount: ")
        );
    }
}
