//! [`IdCodeQualifier`]: what kind of identifier follows in NM109 or N104 (NM108, N103).

use super::code_set::code_set;

code_set! {
    /// The kind of identifier a party is given: NPI, member id, payer id, tax id, …
    ///
    /// ```
    /// use x12_claims::codes::IdCodeQualifier;
    ///
    /// assert_eq!(IdCodeQualifier::new("XX")?, IdCodeQualifier::NPI);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct IdCodeQualifier;
    example: NPI = "XX";

    ETIN = "46" => "Electronic transmitter identification number (ETIN)";
    NPI = "XX" => "CMS National Provider Identifier (NPI)";
    MEMBER_ID = "MI" => "Member identification number";
    ///
    /// Defined for the never-implemented national individual identifier; not used in practice.
    UNIQUE_HEALTH_ID = "II" => "Standard unique health identifier for each individual";
    PAYER_ID = "PI" => "Payer identification";
    ///
    /// The HPID was never put into use.
    CMS_PLAN_ID = "XV" => "CMS plan identifier (HPID)";
    FEDERAL_TAXPAYER_ID = "FI" => "Federal taxpayer identification number";
    SOCIAL_SECURITY_NUMBER = "34" => "Social security number";
    HEALTH_INSURANCE_CLAIM_NUMBER = "HN" => "Health insurance claim number (legacy Medicare id)";
    MEDICAID_RECIPIENT_ID = "MR" => "Medicaid recipient identification number";
    CHANGED_INSURED_ID = "C" => "Insured's changed unique identification number";
    BLUE_CROSS_PROVIDER = "BD" => "Blue Cross provider number";
    BLUE_SHIELD_PROVIDER = "BS" => "Blue Shield provider number";
    MEDICAID_PROVIDER = "MC" => "Medicaid provider number";
    PROVIDER_COMMERCIAL_NUMBER = "PC" => "Provider commercial number";
    STATE_LICENSE = "SL" => "State license number";
    UPIN = "UP" => "Unique physician identification number (UPIN)";
    BCBS_PLAN_CODE = "AD" => "Blue Cross Blue Shield Association plan code";
    NAIC_ID = "NI" => "National Association of Insurance Commissioners (NAIC) identifier";
    PHARMACY_PROCESSOR = "PP" => "Pharmacy processor number";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("XX", Some(IdCodeQualifier::NPI)),
            ("MI", Some(IdCodeQualifier::MEMBER_ID)),
            ("PI", Some(IdCodeQualifier::PAYER_ID)),
            ("FI", Some(IdCodeQualifier::FEDERAL_TAXPAYER_ID)),
            ("C", Some(IdCodeQualifier::CHANGED_INSURED_ID)),
            ("24", None),
        ];
        for (text, constant) in cases {
            let qualifier = IdCodeQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(qualifier, constant);
            }
        }
        assert_eq!(IdCodeQualifier::KNOWN.len(), 20);
    }
}
