//! SBR — subscriber information: payer sequence, relationship, group and plan type.
//!
//! | element | holds | use |
//! |---|---|---|
//! | SBR01 | `P` primary, `S` secondary, `T` tertiary ... | required |
//! | SBR02 | `18` self when the patient is the subscriber (2000B); in 2320 the patient's relationship to that subscriber | optional |
//! | SBR03 | group or policy number (box 11) | optional |
//! | SBR04 | group or plan name | optional |
//! | SBR05 | insurance type, when Medicare is secondary | optional |
//! | SBR06 | not used by the 837P | optional |
//! | SBR07 | not used by the 837P | optional |
//! | SBR08 | not used by the 837P | optional |
//! | SBR09 | claim filing indicator (`CI`, `MB`, `MC`, `BL` ...) | optional |

use crate::codes::{
    ClaimFilingIndicator, IndividualRelationship, InsuranceType, PayerResponsibility,
};
use crate::segments::field::typed_segment;

typed_segment! {
    /// SBR — subscriber information: which payer this is in the sequence, the group, the filing indicator.
    ///
    /// ```
    /// use x12_claims::segments::Sbr;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"SBR*P*18*GRP100******CI~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let sbr = Sbr::parse(&segment)?;
    /// assert_eq!(sbr.responsibility().as_str(), "P");
    /// assert_eq!(sbr.group_number(), Some("GRP100"));
    /// assert_eq!(sbr.filing_indicator().map(|f| f.to_string()).as_deref(), Some("CI"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Sbr = "SBR";
    /// SBR01: the payer's place in the sequence.
    #[doc(alias = "SBR01")]
    responsibility: PayerResponsibility = required(1), "payer responsibility sequence number code";
    /// SBR02: the patient's relationship to the subscriber.
    #[doc(alias = "SBR02")]
    relationship: IndividualRelationship = optional(2), "individual relationship code";
    /// SBR03: group or policy number.
    #[doc(alias = "SBR03")]
    group_number: &'s str = optional(3), "group or policy number";
    /// SBR04: group or plan name.
    #[doc(alias = "SBR04")]
    group_name: &'s str = optional(4), "group name";
    /// SBR05: insurance type.
    #[doc(alias = "SBR05")]
    insurance_type: InsuranceType = optional(5), "insurance type code";
    /// SBR06: coordination of benefits code.
    #[doc(alias = "SBR06")]
    coordination_of_benefits: &'s str = optional(6), "coordination of benefits code";
    /// SBR07: condition response code.
    #[doc(alias = "SBR07")]
    condition_response: &'s str = optional(7), "yes/no condition or response code";
    /// SBR08: employment status code.
    #[doc(alias = "SBR08")]
    employment_status: &'s str = optional(8), "employment status code";
    /// SBR09: claim filing indicator (box 1).
    #[doc(alias = "SBR09")]
    filing_indicator: ClaimFilingIndicator = optional(9), "claim filing indicator code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let sbr = Sbr::parse(&segment("SBR*S**GRP*PLAN NAME*12****MB~")).unwrap();
        assert_eq!(sbr.relationship(), None);
        assert_eq!(sbr.group_name(), Some("PLAN NAME"));
        assert_eq!(
            sbr.insurance_type().map(|t| t.to_string()).as_deref(),
            Some("12")
        );
        assert_eq!(
            sbr.filing_indicator().map(|f| f.to_string()).as_deref(),
            Some("MB")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Sbr::parse(&segment("SBR**18~")).unwrap_err().to_string(),
            "segment 1 SBR01 (byte 0): required payer responsibility sequence number code is missing"
        );
    }
}
