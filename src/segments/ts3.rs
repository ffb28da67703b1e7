//! TS3 — provider summary information (835 loop 2000; mainly institutional remits).
//!
//! | element | holds | use |
//! |---|---|---|
//! | TS301 | provider identifier | required |
//! | TS302 | facility type or place of service code | required |
//! | TS303 | last day of the provider's fiscal period | required |
//! | TS304 | number of claims in the group | required |
//! | TS305 | total reported charges | required |
//! | TS313 | total Medicare secondary payer (MSP) payer amount | optional |
//! | TS315 | total non-lab charges | optional |
//! | TS317 | total HCPCS reported charges | optional |
//! | TS318 | total HCPCS payable amount | optional |
//! | TS320 | total professional component amount | optional |
//! | TS321 | total MSP patient liability met | optional |
//! | TS322 | total patient reimbursement | optional |
//! | TS323 | total periodic interim payment (PIP) claim count | optional |
//! | TS324 | total PIP adjustment | optional |

use crate::element::{Amount, Date, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// TS3 — totals for one provider's group of claims.
    ///
    /// ```
    /// use x12_claims::segments::Ts3;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"TS3*123456*11*20191231*3*1200~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let ts3 = Ts3::parse(&segment)?;
    /// assert_eq!(ts3.provider_id(), "123456");
    /// assert_eq!(ts3.total_charge().as_str(), "1200");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Ts3 = "TS3";
    /// TS301: provider identifier.
    #[doc(alias = "TS301")]
    provider_id: &'s str = required(1), "provider identifier";
    /// TS302: facility type or place of service code.
    #[doc(alias = "TS302")]
    facility_code: &'s str = required(2), "facility code value";
    /// TS303: last day of the provider's fiscal period.
    #[doc(alias = "TS303")]
    fiscal_period_end: Date<'s> = required(3), "fiscal period date";
    /// TS304: number of claims.
    #[doc(alias = "TS304")]
    claim_count: Quantity<'s> = required(4), "total claim count";
    /// TS305: total reported charges.
    #[doc(alias = "TS305")]
    total_charge: Amount<'s> = required(5), "total claim charge amount";
    /// TS313: total MSP payer amount.
    #[doc(alias = "TS313")]
    total_msp_payer: Amount<'s> = optional(13), "total MSP payer amount";
    /// TS315: total non-lab charges.
    #[doc(alias = "TS315")]
    total_non_lab_charge: Amount<'s> = optional(15), "total non-lab charge amount";
    /// TS317: total HCPCS reported charges.
    #[doc(alias = "TS317")]
    total_hcpcs_reported: Amount<'s> = optional(17), "total HCPCS reported charge amount";
    /// TS318: total HCPCS payable.
    #[doc(alias = "TS318")]
    total_hcpcs_payable: Amount<'s> = optional(18), "total HCPCS payable amount";
    /// TS320: total professional component.
    #[doc(alias = "TS320")]
    total_professional_component: Amount<'s> = optional(20), "total professional component amount";
    /// TS321: total MSP patient liability met.
    #[doc(alias = "TS321")]
    total_msp_patient_liability: Amount<'s> = optional(21), "total MSP patient liability met amount";
    /// TS322: total patient reimbursement.
    #[doc(alias = "TS322")]
    total_patient_reimbursement: Amount<'s> = optional(22), "total patient reimbursement amount";
    /// TS323: total PIP claim count.
    #[doc(alias = "TS323")]
    total_pip_claims: Quantity<'s> = optional(23), "total PIP claim count";
    /// TS324: total PIP adjustment.
    #[doc(alias = "TS324")]
    total_pip_adjustment: Amount<'s> = optional(24), "total PIP adjustment amount";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_required_and_late_elements() {
        let ts3 = Ts3::parse(&segment(
            "TS3*1234567890*13*20191231*2*1500.25********100**********5*12.5~",
        ))
        .unwrap();
        assert_eq!(ts3.provider_id(), "1234567890");
        assert_eq!(ts3.facility_code(), "13");
        assert_eq!(ts3.fiscal_period_end().as_str(), "20191231");
        assert_eq!(ts3.claim_count().as_str(), "2");
        assert_eq!(ts3.total_charge().as_str(), "1500.25");
        assert_eq!(ts3.total_msp_payer().unwrap().as_str(), "100");
        assert_eq!(ts3.total_pip_claims().unwrap().as_str(), "5");
        assert_eq!(ts3.total_pip_adjustment().unwrap().as_str(), "12.5");
        assert!(ts3.total_non_lab_charge().is_none());
    }

    #[test]
    fn charge_is_required() {
        assert_eq!(
            Ts3::parse(&segment("TS3*1*13*20191231*2~"))
                .unwrap_err()
                .to_string(),
            "segment 1 TS305 (byte 0): required total claim charge amount is missing"
        );
    }
}
