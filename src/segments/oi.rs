//! OI — other health insurance information (2320).
//!
//! | element | holds | use |
//! |---|---|---|
//! | OI01 | not used by the 837P | optional |
//! | OI02 | not used by the 837P | optional |
//! | OI03 | benefits assigned to the provider: `Y`, `N`, `W` | required |
//! | OI04 | `P` signed by the provider for the patient | optional |
//! | OI05 | not used by the 837P | optional |
//! | OI06 | `Y` or `I` | required |

use crate::segments::field::typed_segment;

typed_segment! {
    /// OI — other insurance coverage: assignment, signature source and release of information for another payer.
    ///
    /// ```
    /// use x12_claims::segments::Oi;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"OI***Y*P**Y~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let oi = Oi::parse(&segment)?;
    /// assert_eq!(oi.benefits_assignment(), "Y");
    /// assert_eq!(oi.patient_signature_source(), Some("P"));
    /// assert_eq!(oi.release_of_information(), "Y");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Oi = "OI";
    /// OI01: claim filing indicator.
    #[doc(alias = "OI01")]
    claim_filing_indicator: &'s str = optional(1), "claim filing indicator code";
    /// OI02: claim submission reason.
    #[doc(alias = "OI02")]
    claim_submission_reason: &'s str = optional(2), "claim submission reason code";
    /// OI03: benefits assignment certification.
    #[doc(alias = "OI03")]
    benefits_assignment: &'s str = required(3), "benefits assignment certification indicator";
    /// OI04: patient signature source.
    #[doc(alias = "OI04")]
    patient_signature_source: &'s str = optional(4), "patient signature source code";
    /// OI05: provider agreement.
    #[doc(alias = "OI05")]
    provider_agreement: &'s str = optional(5), "provider agreement code";
    /// OI06: release of information.
    #[doc(alias = "OI06")]
    release_of_information: &'s str = required(6), "release of information code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let oi = Oi::parse(&segment("OI***W***I~")).unwrap();
        assert_eq!(
            (
                oi.benefits_assignment(),
                oi.patient_signature_source(),
                oi.release_of_information()
            ),
            ("W", None, "I")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Oi::parse(&segment("OI***Y*P~")).unwrap_err().to_string(),
            "segment 1 OI06 (byte 0): required release of information code is missing"
        );
    }
}
