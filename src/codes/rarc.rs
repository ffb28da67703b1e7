//! [`Rarc`]: remittance advice remark codes (835 LQ*HE, MOA03–07; code source 411).
//!
//! Remark codes explain an adjustment reason or carry an informational alert; they never appear
//! in CAS. Like CARCs, the list changes several times a year and the official texts are
//! licensed: these are the common codes with short paraphrases in our own words. Load the full
//! texts into a [`DescriptionTable`](super::DescriptionTable) and call [`Rarc::describe`].

use super::code_set::code_set;

code_set! {
    /// A remark explaining an adjustment, or an alert for the provider.
    ///
    /// ```
    /// use x12_claims::codes::Rarc;
    ///
    /// let remark = Rarc::new("N290")?;
    /// assert_eq!(remark, Rarc::RENDERING_PROVIDER_ID_INVALID);
    /// assert!(!remark.is_alert());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct Rarc;
    example: RENDERING_PROVIDER_ID_INVALID = "N290";

    BUNDLED_TESTS = "M15"
        => "Separately billed services or tests were bundled as parts of one procedure";
    HCPCS_INVALID = "M20" => "HCPCS code missing, incomplete or invalid";
    PROCEDURE_CODE_INVALID = "M51" => "Procedure code missing, incomplete or invalid";
    AUTHORIZATION_CODE_INVALID = "M62"
        => "Treatment authorization code missing, incomplete or invalid";
    DIAGNOSIS_INVALID = "M76" => "Diagnosis or condition missing, incomplete or invalid";
    PLACE_OF_SERVICE_INVALID = "M77" => "Place of service missing, incomplete or invalid";
    CHARGE_INVALID = "M79" => "Charge missing, incomplete or invalid";
    SAME_SESSION = "M80"
        => "Not covered in the same session or on the same date as a service already processed";
    SIMILAR_PROCEDURE_PAID = "M86"
        => "The same or a similar procedure was already paid within a set time frame";
    NDC_INVALID = "M119" => "NDC missing, incomplete, invalid, deactivated or withdrawn";
    MEDICAL_RECORD_MISSING = "M127" => "Medical record for this service missing";
    APPEAL_RIGHTS = "MA01" => "Alert: how to appeal or ask for review if you disagree";
    PRIMARY_PAYER_INFORMATION_NEEDED = "MA04"
        => "Secondary payment needs the primary payer's identity or payment information";
    FORWARDED_TO_MEDICAID = "MA07" => "Alert: claim information also sent to Medicaid for review";
    CLAIM_SEPARATED = "MA15"
        => "Alert: claim split to speed handling; other services come on another notice";
    FORWARDED_TO_SUPPLEMENTAL_INSURER = "MA18"
        => "Alert: claim information also sent to the patient's supplemental insurer";
    CLIA_NUMBER_INVALID = "MA120" => "CLIA certification number missing, incomplete or invalid";
    ///
    /// The claim cannot be appealed; correct it and send it as a new claim.
    RESUBMIT_AS_NEW_CLAIM = "MA130"
        => "Claim information incomplete or invalid, no appeal rights: send a corrected new claim";
    PRIOR_CARRIER_EOB_INVALID = "N4"
        => "Prior insurance carrier's EOB missing, incomplete or invalid";
    INCIDENTAL_PROCEDURE = "N19" => "Procedure incidental to the primary procedure";
    NOT_PAYABLE_WITH_OTHER_SERVICE = "N20" => "Not payable with another service on the same date";
    PATIENT_INELIGIBLE = "N30" => "Patient ineligible for this service";
    INCONSISTENT_WITH_AUTHORIZATION = "N54"
        => "Claim information does not match the pre-certified or authorized services";
    PROCEDURE_CODE_NOT_VALID = "N56"
        => "Procedure code not correct or valid for the services or date billed";
    PROVIDER_TYPE_MAY_NOT_BILL = "N95"
        => "This provider type or specialty may not bill this service";
    LOCAL_COVERAGE_DETERMINATION = "N115"
        => "Decision based on a Local Coverage Determination (LCD)";
    CONSULT_PLAN_BENEFITS = "N130"
        => "See the plan's benefit documents or guidelines for limits on this service";
    INFORMATION_REQUESTED_FROM_MEMBER = "N179"
        => "More information was asked of the member; charges will be reconsidered on receipt";
    BILLING_PROVIDER_ID_INVALID = "N257"
        => "Billing provider or supplier primary identifier missing, incomplete or invalid";
    ORDERING_PROVIDER_ID_INVALID = "N265"
        => "Ordering provider primary identifier missing, incomplete or invalid";
    REFERRING_PROVIDER_ID_INVALID = "N286"
        => "Referring provider primary identifier missing, incomplete or invalid";
    RENDERING_PROVIDER_ID_INVALID = "N290"
        => "Rendering provider primary identifier missing, incomplete or invalid";
    UNITS_EXCEED_MAXIMUM = "N362" => "Days or units of service exceed the acceptable maximum";
    CONSULT_CONTRACT = "N381"
        => "Alert: see the contract for restrictions, billing or payment information";
    NATIONAL_COVERAGE_DETERMINATION = "N386"
        => "Decision based on a National Coverage Determination (NCD)";
    STATUTORILY_EXCLUDED = "N425" => "Service excluded by statute";
    EOB_MISSING = "N479"
        => "Explanation of benefits missing (coordination of benefits or Medicare secondary payer)";
    CROSSOVER_DUPLICATE = "N522"
        => "Duplicate of a claim processed, or to be processed, as a crossover";
    BILL_WITH_APPROPRIATE_CODE = "N657" => "Bill these services with the appropriate code";
    MODIFIER_MISSING = "N822" => "Procedure modifier missing";
    MODIFIER_INVALID = "N823" => "Procedure modifier incomplete or invalid";
}

impl Rarc {
    /// True when the code has the form every remittance advice remark code has: `M` or `N`
    /// and one to three digits (`M15`, `N362`), or `MA` and two or three digits (`MA01`,
    /// `MA120`). A code of another form (`ZZ`, `45`) is on no version of the list; one of this
    /// form may still be unknown here, since the list is not held whole.
    ///
    /// ```
    /// use x12_claims::codes::Rarc;
    ///
    /// assert!(Rarc::new("N362")?.is_well_formed());
    /// assert!(Rarc::new("MA01")?.is_well_formed());
    /// assert!(!Rarc::new("ZZ")?.is_well_formed());
    /// assert!(!Rarc::new("45")?.is_well_formed());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_well_formed(&self) -> bool {
        well_formed(self.as_str().as_bytes())
    }

    /// True for known remarks that are informational alerts rather than explanations of an
    /// adjustment (their official text starts with "Alert:"). Unknown codes give `false`.
    ///
    /// ```
    /// use x12_claims::codes::Rarc;
    ///
    /// assert!(Rarc::new("MA01")?.is_alert());
    /// assert!(!Rarc::new("M15")?.is_alert());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_alert(&self) -> bool {
        self.description()
            .is_some_and(|text| text.starts_with("Alert:"))
    }
}

/// [`Rarc::is_well_formed`] over the bytes of a code, for the validator's pass.
pub(crate) fn well_formed(code: &[u8]) -> bool {
    let digits = match code {
        [b'M', b'A', digits @ ..] if (2..=3).contains(&digits.len()) => digits,
        [b'M' | b'N', b'1'..=b'9', rest @ ..] if rest.len() <= 2 => rest,
        _ => return false,
    };
    digits.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_code_is_well_formed() {
        for code in Rarc::KNOWN {
            assert!(code.is_well_formed(), "{code:?}");
        }
        for text in ["M1", "M144", "MA01", "MA130", "N1", "N999"] {
            assert!(Rarc::new(text).unwrap().is_well_formed(), "{text}");
        }
        for text in [
            "M", "M0", "M1000", "MA1", "MA1000", "N", "ZZ", "45", "m15", "MAX1",
        ] {
            assert!(!Rarc::new(text).unwrap().is_well_formed(), "{text}");
        }
    }

    #[test]
    fn reads_remarks_and_spots_alerts() {
        // (text, known, alert)
        let cases = [
            ("M15", true, false),
            ("MA01", true, true),
            ("MA07", true, true),
            ("MA15", true, true),
            ("MA18", true, true),
            ("N381", true, true),
            ("MA130", true, false),
            ("N4", true, false),
            ("N290", true, false),
            ("N9999", false, false),
        ];
        for (text, known, alert) in cases {
            let remark = Rarc::new(text).unwrap();
            assert_eq!(remark.is_known(), known, "{text}");
            assert_eq!(remark.is_alert(), alert, "{text}");
        }
        assert_eq!(Rarc::KNOWN.len(), 41);
    }
}
