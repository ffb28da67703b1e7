//! [`ReferenceQualifier`]: what kind of reference number a REF segment carries (REF01).
//!
//! The subset of the X12 list that the 837P and 835 use. `PXC` (provider taxonomy) belongs to
//! the same code list but appears in PRV02, not in a REF.

use super::code_set::code_set;

code_set! {
    /// The kind of reference number in REF02: tax id, prior authorization, payer claim number, …
    ///
    /// ```
    /// use x12_claims::codes::ReferenceQualifier;
    ///
    /// let qualifier = ReferenceQualifier::new("F8")?;
    /// assert_eq!(qualifier, ReferenceQualifier::ORIGINAL_REFERENCE_NUMBER);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ReferenceQualifier;
    example: EMPLOYER_ID = "EI";

    EMPLOYER_ID = "EI" => "Employer's identification number (EIN)";
    SOCIAL_SECURITY_NUMBER = "SY" => "Social security number";
    FEDERAL_TAXPAYER_ID = "TJ" => "Federal taxpayer's identification number";
    STATE_LICENSE = "0B" => "State license number";
    PROVIDER_UPIN = "1G" => "Provider UPIN";
    PROVIDER_COMMERCIAL_NUMBER = "G2" => "Provider commercial number assigned by the payer";
    LOCATION_NUMBER = "LU" => "Location number";
    BLUE_CROSS_PROVIDER = "1A" => "Blue Cross provider number";
    BLUE_SHIELD_PROVIDER = "1B" => "Blue Shield provider number";
    MEDICARE_PROVIDER = "1C" => "Medicare provider number";
    MEDICAID_PROVIDER = "1D" => "Medicaid provider number";
    CHAMPUS_ID = "1H" => "CHAMPUS identification number";
    ///
    /// In 837P loop 2300 this qualifier carries the care plan oversight number.
    FACILITY_ID = "1J" => "Facility identification number";
    NCPDP_PHARMACY = "D3" => "NCPDP pharmacy number";
    NPI = "HPI" => "CMS National Provider Identifier, sent as a reference";
    PAYEE_ID = "PQ" => "Payee identification";
    PAYER_ID = "2U" => "Payer identification number";
    CLAIM_OFFICE = "FY" => "Claim office number";
    NAIC_CODE = "NF" => "NAIC code";
    SUBMITTER_ID = "EO" => "Submitter identification number";
    HEALTH_INDUSTRY_NUMBER = "HI" => "Health industry number";
    RECEIVER_ID = "EV" => "Receiver identification number";
    VERSION_CODE_LOCAL = "F2" => "Version code, local";
    ///
    /// Replacement and void claims (frequency `7`, `8`) carry the payer's claim control number
    /// of the claim they act on under this qualifier.
    ORIGINAL_REFERENCE_NUMBER = "F8"
        => "Original reference number (the payer's claim control number)";
    PRIOR_AUTHORIZATION = "G1" => "Prior authorization number";
    REFERRAL_NUMBER = "9F" => "Referral number";
    SPECIAL_PAYMENT_REFERENCE = "4N"
        => "Special payment reference (service authorization exception)";
    MEDICARE_VERSION_CODE = "F5" => "Medicare version code (section 4081 crossover indicator)";
    MAMMOGRAPHY_CERTIFICATION = "EW" => "Mammography certification number";
    CLIA_NUMBER = "X4" => "CLIA certification number";
    REFERRING_CLIA_FACILITY = "F4" => "Referring CLIA facility identification";
    REPRICED_CLAIM = "9A" => "Repriced claim reference number";
    ADJUSTED_REPRICED_CLAIM = "9C" => "Adjusted repriced claim reference number";
    REPRICED_LINE_ITEM = "9B" => "Repriced line item reference number";
    ADJUSTED_REPRICED_LINE_ITEM = "9D" => "Adjusted repriced line item reference number";
    INVESTIGATIONAL_DEVICE_EXEMPTION = "LX" => "Investigational device exemption number";
    CLAIM_NUMBER = "D9" => "Claim number (value-added network trace number)";
    MEDICAL_RECORD_NUMBER = "EA" => "Medical record identification number";
    PROJECT_CODE = "P4" => "Project code (demonstration project)";
    PROVIDER_CONTROL_NUMBER = "6R" => "Provider control number (line item control number)";
    IMMUNIZATION_BATCH = "BT" => "Immunization batch number";
    LINK_SEQUENCE_NUMBER = "VY" => "Link sequence number";
    PRESCRIPTION_NUMBER = "XZ" => "Pharmacy prescription number";
    AGENCY_CLAIM_NUMBER = "Y4" => "Agency claim number (property and casualty)";
    MEMBER_ID = "1W" => "Member identification number";
    SIGNAL_CODE = "T4" => "Signal code (other payer claim adjustment indicator)";
    GROUP_OR_POLICY_NUMBER = "1L" => "Group or policy number";
    EMPLOYEE_ID = "28" => "Employee identification number";
    GROUP_NUMBER = "6P" => "Group number";
    INSURANCE_POLICY_NUMBER = "IG" => "Insurance policy number";
    AUTHORIZATION_NUMBER = "BB" => "Authorization number";
    CLASS_OF_CONTRACT = "CE" => "Class of contract code";
    PREDETERMINATION_ID = "G3" => "Predetermination of benefits identification number";
    AMBULATORY_PATIENT_GROUP = "1S" => "Ambulatory patient group number";
    AMBULATORY_PAYMENT_CLASSIFICATION = "APC" => "Ambulatory payment classification";
    ATTACHMENT_CODE = "E9" => "Attachment code";
    RATE_CODE = "RB" => "Rate code number";
    POLICY_FORM_ID = "0K" => "Policy form identifying number";
    ///
    /// Used in PRV02, not in REF01.
    TAXONOMY_CODE = "PXC" => "Health care provider taxonomy code";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("EI", Some(ReferenceQualifier::EMPLOYER_ID)),
            ("F8", Some(ReferenceQualifier::ORIGINAL_REFERENCE_NUMBER)),
            ("G1", Some(ReferenceQualifier::PRIOR_AUTHORIZATION)),
            ("6R", Some(ReferenceQualifier::PROVIDER_CONTROL_NUMBER)),
            ("HPI", Some(ReferenceQualifier::NPI)),
            ("0K", Some(ReferenceQualifier::POLICY_FORM_ID)),
            ("ZZ", None),
        ];
        for (text, constant) in cases {
            let qualifier = ReferenceQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(qualifier, constant);
            }
        }
        assert_eq!(ReferenceQualifier::KNOWN.len(), 59);
    }
}
