//! HCP — health care pricing: repricing by a third party (repricers only).
//!
//! | element | holds | use |
//! |---|---|---|
//! | HCP01 | pricing methodology (`00`–`14`) | required |
//! | HCP02 | repriced allowed amount | required |
//! | HCP03 | repriced saving amount | optional |
//! | HCP04 | repricing organization | optional |
//! | HCP05 | per diem or flat rate | optional |
//! | HCP06 | approved ambulatory patient group code | optional |
//! | HCP07 | approved ambulatory patient group amount | optional |
//! | HCP08 | not used by the 837P | optional |
//! | HCP09 | qualifier of HCP10 (line level) | optional |
//! | HCP10 | repriced approved procedure code (line level) | optional |
//! | HCP11 | `UN` or `MJ` (line level) | optional |
//! | HCP12 | repriced approved units (line level) | optional |
//! | HCP13 | reject reason | optional |
//! | HCP14 | policy compliance | optional |
//! | HCP15 | exception code | optional |

use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// HCP — health care pricing: the pricing method, the repriced amounts and the repricer.
    ///
    /// ```
    /// use x12_claims::segments::Hcp;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"HCP*03*100*10*RPO12345~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let hcp = Hcp::parse(&segment)?;
    /// assert_eq!(hcp.method(), "03");
    /// assert_eq!(hcp.allowed().as_str(), "100");
    /// assert_eq!(hcp.organization(), Some("RPO12345"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Hcp = "HCP";
    /// HCP01: pricing methodology.
    #[doc(alias = "HCP01")]
    method: &'s str = required(1), "pricing methodology";
    /// HCP02: repriced allowed amount.
    #[doc(alias = "HCP02")]
    allowed: Amount<'s> = required(2), "repriced allowed amount";
    /// HCP03: repriced saving amount.
    #[doc(alias = "HCP03")]
    savings: Amount<'s> = optional(3), "repriced saving amount";
    /// HCP04: repricing organization.
    #[doc(alias = "HCP04")]
    organization: &'s str = optional(4), "repricing organization identifier";
    /// HCP05: per diem or flat rate.
    #[doc(alias = "HCP05")]
    rate: &'s str = optional(5), "repricing per diem or flat rate amount";
    /// HCP06: approved ambulatory patient group code.
    #[doc(alias = "HCP06")]
    approved_group: &'s str = optional(6), "repriced approved ambulatory patient group code";
    /// HCP07: approved ambulatory patient group amount.
    #[doc(alias = "HCP07")]
    approved_group_amount: Amount<'s> = optional(7), "repriced approved ambulatory patient group amount";
    /// HCP08: product or service id.
    #[doc(alias = "HCP08")]
    revenue_code: &'s str = optional(8), "product/service id";
    /// HCP09: qualifier of HCP10.
    #[doc(alias = "HCP09")]
    service_qualifier: &'s str = optional(9), "product/service id qualifier";
    /// HCP10: repriced approved procedure code.
    #[doc(alias = "HCP10")]
    procedure_code: &'s str = optional(10), "repriced approved HCPCS code";
    /// HCP11: unit of HCP12.
    #[doc(alias = "HCP11")]
    unit: &'s str = optional(11), "unit or basis for measurement code";
    /// HCP12: repriced approved units.
    #[doc(alias = "HCP12")]
    quantity: Quantity<'s> = optional(12), "repriced approved service unit count";
    /// HCP13: reject reason.
    #[doc(alias = "HCP13")]
    reject_reason: &'s str = optional(13), "reject reason code";
    /// HCP14: policy compliance.
    #[doc(alias = "HCP14")]
    policy_compliance: &'s str = optional(14), "policy compliance code";
    /// HCP15: exception code.
    #[doc(alias = "HCP15")]
    exception: &'s str = optional(15), "exception code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let hcp = Hcp::parse(&segment("HCP*01*80*20*RP*1****HC*99213*UN*2*T1*1*2~")).unwrap();
        assert_eq!(
            hcp.savings().map(|a| a.as_str().to_owned()).as_deref(),
            Some("20")
        );
        assert_eq!(
            (hcp.service_qualifier(), hcp.procedure_code(), hcp.unit()),
            (Some("HC"), Some("99213"), Some("UN"))
        );
        assert_eq!(
            hcp.quantity().map(|q| q.as_str().to_owned()).as_deref(),
            Some("2")
        );
        assert_eq!(
            (
                hcp.reject_reason(),
                hcp.policy_compliance(),
                hcp.exception()
            ),
            (Some("T1"), Some("1"), Some("2"))
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Hcp::parse(&segment("HCP*03~")).unwrap_err().to_string(),
            "segment 1 HCP02 (byte 0): required repriced allowed amount is missing"
        );
    }
}
