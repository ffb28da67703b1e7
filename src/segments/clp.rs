//! CLP — claim payment information (835 loop 2100).
//!
//! | element | holds | use |
//! |---|---|---|
//! | CLP01 | patient control number: the 837 CLM01 | required |
//! | CLP02 | claim status: `1`/`2`/`3` processed as primary/secondary/tertiary, `4` denied, `22` reversal ... | required |
//! | CLP03 | total claim charge | required |
//! | CLP04 | claim payment (zero allowed, negative on reversals) | required |
//! | CLP05 | patient responsibility: the sum of the `PR` adjustments | optional |
//! | CLP06 | claim filing indicator (`12`, `MB`, `MC`, `HM` ...) | required |
//! | CLP07 | payer claim control number (ICN/DCN) | required |
//! | CLP08 | facility type code (place of service for professional claims) | optional |
//! | CLP09 | claim frequency code | optional |
//! | CLP11 | DRG code | optional |
//! | CLP12 | DRG weight | optional |
//! | CLP13 | discharge fraction | optional |

use crate::codes::{ClaimFilingIndicator, ClaimFrequency, ClaimStatus};
use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// CLP — how the payer settled one claim: its status, charge, payment and patient share.
    ///
    /// ```
    /// use x12_claims::codes::ClaimStatus;
    /// use x12_claims::segments::Clp;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CLP*PCN20240315A*1*180*90*30*12*ACME24099000123*10*1~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let clp = Clp::parse(&segment)?;
    /// assert_eq!(clp.patient_control_number(), "PCN20240315A");
    /// assert_eq!(clp.status(), ClaimStatus::PROCESSED_AS_PRIMARY);
    /// assert_eq!(clp.payment().value(), rust_decimal::Decimal::from(90));
    /// assert_eq!(clp.payer_claim_control_number(), "ACME24099000123");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Clp = "CLP";
    /// CLP01: the practice's claim id as sent in CLM01.
    #[doc(alias = "CLP01")]
    patient_control_number: &'s str = required(1), "patient control number";
    /// CLP02: claim status.
    #[doc(alias = "CLP02")]
    status: ClaimStatus = required(2), "claim status code";
    /// CLP03: total claim charge.
    #[doc(alias = "CLP03")]
    total_charge: Amount<'s> = required(3), "total claim charge amount";
    /// CLP04: claim payment.
    #[doc(alias = "CLP04")]
    payment: Amount<'s> = required(4), "claim payment amount";
    /// CLP05: patient responsibility.
    #[doc(alias = "CLP05")]
    patient_responsibility: Amount<'s> = optional(5), "patient responsibility amount";
    /// CLP06: claim filing indicator.
    #[doc(alias = "CLP06")]
    filing_indicator: ClaimFilingIndicator = required(6), "claim filing indicator code";
    /// CLP07: the payer's claim control number (ICN/DCN).
    #[doc(alias = "CLP07")]
    payer_claim_control_number: &'s str = required(7), "payer claim control number";
    /// CLP08: facility type code (place of service on professional claims).
    #[doc(alias = "CLP08")]
    facility_type: &'s str = optional(8), "facility type code";
    /// CLP09: claim frequency.
    #[doc(alias = "CLP09")]
    frequency: ClaimFrequency = optional(9), "claim frequency type code";
    /// CLP11: DRG code.
    #[doc(alias = "CLP11")]
    drg_code: &'s str = optional(11), "diagnosis related group code";
    /// CLP12: DRG weight.
    #[doc(alias = "CLP12")]
    drg_weight: Quantity<'s> = optional(12), "DRG weight";
    /// CLP13: discharge fraction.
    #[doc(alias = "CLP13")]
    discharge_fraction: Quantity<'s> = optional(13), "discharge fraction";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let clp = Clp::parse(&segment(
            "CLP*7722337*1*211366.97*138018.4**MA*119932404007801*11*1**A1*1.5*0.25~",
        ))
        .unwrap();
        assert_eq!(clp.patient_control_number(), "7722337");
        assert_eq!(clp.status(), ClaimStatus::PROCESSED_AS_PRIMARY);
        assert_eq!(clp.total_charge().as_str(), "211366.97");
        assert_eq!(clp.payment().as_str(), "138018.4");
        assert!(clp.patient_responsibility().is_none());
        assert_eq!(clp.filing_indicator().as_str(), "MA");
        assert_eq!(clp.payer_claim_control_number(), "119932404007801");
        assert_eq!(clp.facility_type(), Some("11"));
        assert_eq!(clp.frequency(), Some(ClaimFrequency::ORIGINAL));
        assert_eq!(clp.drg_code(), Some("A1"));
        assert_eq!(clp.drg_weight().unwrap().as_str(), "1.5");
        assert_eq!(clp.discharge_fraction().unwrap().as_str(), "0.25");
    }

    #[test]
    fn reversal_amounts_are_negative() {
        let clp = Clp::parse(&segment("CLP*PCN1*22*-180*-90*-30*12*ICN1*10*1~")).unwrap();
        assert!(clp.status().is_reversal());
        assert!(clp.payment().value().is_sign_negative());
    }

    #[test]
    fn errors_name_the_element() {
        for (text, message) in [
            (
                "CLP*A*1*100*X*0*12*ICN~",
                "segment 1 CLP04 (byte 0): claim payment amount: amount \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
            (
                "CLP*A*1*100*50*0*12~",
                "segment 1 CLP07 (byte 0): required payer claim control number is missing",
            ),
        ] {
            assert_eq!(Clp::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
