//! CLM — claim information (loop 2300 of the 837P; CMS-1500 boxes 22–31).
//!
//! | element | holds | use |
//! |---|---|---|
//! | CLM01 | patient control number: the practice's claim id, echoed in 835 CLP01 (keep ≤ 20 characters) | required |
//! | CLM02 | total claim charge, the sum of the line charges | required |
//! | CLM05-1 | place of service code (`11` office, `02`/`10` telehealth ...) | required |
//! | CLM05-2 | facility code qualifier, `B` for professional claims | required |
//! | CLM05-3 | claim frequency: `1` original, `7` replacement, `8` void | required |
//! | CLM06 | provider signature on file, `Y`/`N` | required |
//! | CLM07 | assignment or plan participation, `A`/`B`/`C` | required |
//! | CLM08 | benefits assigned to the provider, `Y`/`N`/`W` | required |
//! | CLM09 | release of information, `Y`/`I` | required |
//! | CLM10 | patient signature source, `P` | optional |
//! | CLM11-1, -2 | related causes, `AA` auto accident, `EM` employment, `OA` other accident | optional |
//! | CLM11-4 | state of an auto accident | optional |
//! | CLM11-5 | country of an accident | optional |
//! | CLM12 | special program code | optional |
//! | CLM20 | delay reason code (late filing) | optional |

use crate::codes::{ClaimFrequency, FacilityCodeQualifier, PlaceOfService};
use crate::element::Amount;
use crate::segments::field::typed_segment;

typed_segment! {
    /// CLM — claim information: the claim id, total charge, place of service, frequency and
    /// signature/assignment flags.
    ///
    /// ```
    /// use x12_claims::codes::{ClaimFrequency, PlaceOfService};
    /// use x12_claims::segments::Clm;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CLM*PCN20240315A*180***10:B:1*Y*A*Y*Y~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let clm = Clm::parse(&segment)?;
    /// assert_eq!(clm.patient_control_number(), "PCN20240315A");
    /// assert_eq!(clm.total_charge().value(), rust_decimal::Decimal::from(180));
    /// assert_eq!(clm.place_of_service(), PlaceOfService::TELEHEALTH_IN_HOME);
    /// assert_eq!(clm.frequency(), ClaimFrequency::ORIGINAL);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Clm = "CLM";
    /// CLM01: the practice's claim id (patient account number, box 26).
    #[doc(alias = "CLM01")]
    patient_control_number: &'s str = required(1), "patient control number";
    /// CLM02: total claim charge (box 28).
    #[doc(alias = "CLM02")]
    total_charge: Amount<'s> = required(2), "total claim charge";
    /// CLM05-1: place of service (box 24B).
    #[doc(alias = "CLM05")]
    place_of_service: PlaceOfService = required(5, 1), "place of service";
    /// CLM05-2: facility code qualifier (`B`).
    facility_qualifier: FacilityCodeQualifier = required(5, 2), "facility code qualifier";
    /// CLM05-3: claim frequency (box 22).
    frequency: ClaimFrequency = required(5, 3), "claim frequency";
    /// CLM06: provider signature on file (box 31).
    #[doc(alias = "CLM06")]
    provider_signature: &'s str = required(6), "provider signature indicator";
    /// CLM07: assignment or plan participation (box 27).
    #[doc(alias = "CLM07")]
    assignment: &'s str = required(7), "assignment or plan participation code";
    /// CLM08: benefits assignment certification (box 13).
    #[doc(alias = "CLM08")]
    benefits_assignment: &'s str = required(8), "benefits assignment certification";
    /// CLM09: release of information (box 12).
    #[doc(alias = "CLM09")]
    release_of_information: &'s str = required(9), "release of information code";
    /// CLM10: patient signature source (`P`).
    #[doc(alias = "CLM10")]
    patient_signature_source: &'s str = optional(10), "patient signature source code";
    /// CLM11-1: first related cause (box 10).
    #[doc(alias = "CLM11")]
    related_cause: &'s str = optional(11, 1), "related causes code";
    /// CLM11-2: second related cause.
    second_related_cause: &'s str = optional(11, 2), "related causes code";
    /// CLM11-4: state of an auto accident.
    accident_state: &'s str = optional(11, 4), "auto accident state";
    /// CLM11-5: country of an accident.
    accident_country: &'s str = optional(11, 5), "accident country";
    /// CLM12: special program code.
    #[doc(alias = "CLM12")]
    special_program: &'s str = optional(12), "special program code";
    /// CLM20: delay reason code.
    #[doc(alias = "CLM20")]
    delay_reason: &'s str = optional(20), "delay reason code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let clm = Clm::parse(&segment(
            "CLM*A37YH556*500***11:B:7*Y*A*Y*Y*P*AA:EM::NY:US*02********1~",
        ))
        .unwrap();
        assert_eq!(clm.patient_control_number(), "A37YH556");
        assert_eq!(clm.total_charge().as_str(), "500");
        assert_eq!(clm.place_of_service(), PlaceOfService::OFFICE);
        assert_eq!(clm.facility_qualifier().as_str(), "B");
        assert_eq!(clm.frequency(), ClaimFrequency::REPLACEMENT);
        assert_eq!(
            (
                clm.provider_signature(),
                clm.assignment(),
                clm.benefits_assignment(),
                clm.release_of_information()
            ),
            ("Y", "A", "Y", "Y")
        );
        assert_eq!(clm.patient_signature_source(), Some("P"));
        assert_eq!(
            (clm.related_cause(), clm.second_related_cause()),
            (Some("AA"), Some("EM"))
        );
        assert_eq!(
            (clm.accident_state(), clm.accident_country()),
            (Some("NY"), Some("US"))
        );
        assert_eq!(clm.special_program(), Some("02"));
        assert_eq!(clm.delay_reason(), Some("1"));
    }

    #[test]
    fn unknown_frequency_survives_parsing() {
        // Whether 9 is acceptable on an 837P is the validator's call, not the parser's.
        let clm = Clm::parse(&segment("CLM*A*1***11:B:9*Y*A*Y*Y~")).unwrap();
        assert!(!clm.frequency().is_known());
    }

    #[test]
    fn errors_name_element_and_component() {
        for (text, message) in [
            (
                "CLM*A*1***11:B*Y*A*Y*Y~",
                "segment 1 CLM05-3 (byte 0): required claim frequency is missing",
            ),
            (
                "CLM*A*1,000***11:B:1*Y*A*Y*Y~",
                "segment 1 CLM02 (byte 0): total claim charge: amount \"1,000\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
            (
                "CLM*A*1***11:B:1*Y*A*Y~",
                "segment 1 CLM09 (byte 0): required release of information code is missing",
            ),
        ] {
            assert_eq!(Clm::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
