//! [`Carc`]: claim adjustment reason codes (CAS02, CAS05, …; X12 external code list 139).
//!
//! The list is maintained by X12, changes three times a year and its official texts are
//! licensed. What is here is the common subset with short paraphrases in our own words; codes not
//! listed still parse. For the full official texts, load them into a
//! [`DescriptionTable`](super::DescriptionTable) and call [`Carc::describe`].
//!
//! The reason says *why*; the [`AdjustmentGroup`](super::AdjustmentGroup) in CAS01 says *who
//! bears it*. Some reasons come with a mandated group (23 only with `OA`); most travel with the
//! group noted in their documentation.

use super::code_set::code_set;

code_set! {
    /// Why a payer paid less (or more) than billed: deductible, fee schedule, missing
    /// information, …
    ///
    /// ```
    /// use x12_claims::codes::Carc;
    ///
    /// let reason = Carc::new("45")?;
    /// assert_eq!(reason, Carc::CHARGE_EXCEEDS_FEE_SCHEDULE);
    /// assert!(reason.is_known());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct Carc;
    example: DEDUCTIBLE = "1";

    /// Usually with group `PR`.
    DEDUCTIBLE = "1" => "Deductible";
    /// Usually with group `PR`.
    COINSURANCE = "2" => "Coinsurance";
    /// Usually with group `PR`.
    COPAYMENT = "3" => "Copayment";
    MODIFIER_INCONSISTENT = "4"
        => "Procedure code and modifier do not fit together, or a required modifier is missing";
    PLACE_OF_SERVICE_INCONSISTENT = "5"
        => "Procedure code or bill type does not fit the place of service";
    AGE_INCONSISTENT = "6" => "Procedure or revenue code does not fit the patient's age";
    GENDER_INCONSISTENT = "7" => "Procedure or revenue code does not fit the patient's gender";
    PROVIDER_TYPE_INCONSISTENT = "8"
        => "Procedure code does not fit the provider's type or specialty (taxonomy)";
    DIAGNOSIS_INCONSISTENT = "11" => "Diagnosis does not support the procedure";
    ///
    /// A remark code (RARC) says what is missing or wrong.
    MISSING_INFORMATION = "16" => "Claim or service lacks information or has billing errors";
    /// Usually with group `OA`.
    DUPLICATE = "18" => "Exact duplicate claim or service";
    WORK_RELATED = "19" => "Work-related: the workers' compensation carrier is liable";
    COVERED_BY_ANOTHER_PAYER = "22"
        => "Another payer may cover this under coordination of benefits";
    /// Only with group `OA`.
    PRIOR_PAYER_ADJUDICATION = "23" => "Effect of the prior payers' payments and adjustments";
    CAPITATION = "24" => "Covered under a capitation agreement or managed care plan";
    BEFORE_COVERAGE = "26" => "Expenses incurred before coverage began";
    AFTER_COVERAGE = "27" => "Expenses incurred after coverage ended";
    TIMELY_FILING = "29" => "The time limit for filing has expired";
    PATIENT_NOT_IDENTIFIED = "31" => "Patient cannot be identified as the payer's insured";
    NOT_ELIGIBLE_DEPENDENT = "32" => "Patient is not an eligible dependent in the payer's records";
    LIFETIME_MAXIMUM = "35" => "Lifetime benefit maximum reached";
    AUTHORIZATION_DENIED = "39" => "Denied when authorization was requested";
    ///
    /// Usually with group `CO` (a contractual write-off), `PR` when the patient is liable.
    CHARGE_EXCEEDS_FEE_SCHEDULE = "45"
        => "Charge exceeds the fee schedule, maximum allowable or contracted fee";
    ROUTINE_EXAM_NOT_COVERED = "49" => "Routine or preventive exam not covered";
    NOT_MEDICALLY_NECESSARY = "50" => "Not covered: the payer deems it not medically necessary";
    EXPERIMENTAL = "55" => "Considered experimental or investigational";
    INAPPROPRIATE_PLACE_OF_SERVICE = "58"
        => "Rendered in an inappropriate or invalid place of service";
    MULTIPLE_PROCEDURE_REDUCTION = "59" => "Reduced under multiple or concurrent procedure rules";
    /// Usually with group `PR`.
    BLOOD_DEDUCTIBLE = "66" => "Blood deductible";
    PROCESSED_IN_EXCESS_OF_CHARGES = "94" => "Processed in excess of charges";
    ///
    /// A remark code (RARC) says why.
    NON_COVERED_CHARGE = "96" => "Non-covered charge";
    BUNDLED = "97" => "Included in the payment for another service already adjudicated";
    PAID_TO_PATIENT = "100" => "Payment made to the patient, insured or responsible party";
    RELATED_CLAIM_NOT_IDENTIFIED = "107"
        => "The related or qualifying claim or service was not identified";
    NOT_COVERED_BY_THIS_PAYER = "109" => "Not covered by this payer; send to the correct payer";
    BENEFIT_MAXIMUM = "119" => "Benefit maximum for the period or occurrence reached";
    PRIOR_PROCESSING_INCORRECT = "129" => "Prior processing information appears incorrect";
    NEGOTIATED_DISCOUNT = "131" => "Claim-specific negotiated discount";
    ID_NAME_MISMATCH = "140" => "Patient or insured id number and name do not match";
    INCENTIVE_ADJUSTMENT = "144"
        => "Incentive adjustment, such as for a preferred product or service";
    DIAGNOSIS_INVALID_FOR_DATE = "146" => "Diagnosis invalid for the dates of service";
    LEVEL_OF_SERVICE_NOT_SUPPORTED = "150" => "Information does not support this level of service";
    FREQUENCY_NOT_SUPPORTED = "151"
        => "Information does not support this many services or this frequency";
    DIAGNOSIS_NOT_COVERED = "167" => "Diagnosis not covered";
    PROVIDER_TYPE_DENIED = "170" => "Denied when performed or billed by this type of provider";
    PROCEDURE_INVALID_FOR_DATE = "181" => "Procedure code invalid on the date of service";
    MODIFIER_INVALID_FOR_DATE = "182" => "Procedure modifier invalid on the date of service";
    REFERRING_PROVIDER_NOT_ELIGIBLE = "183" => "Referring provider may not refer this service";
    RENDERING_PROVIDER_NOT_ELIGIBLE = "185" => "Rendering provider may not perform this service";
    SPENDING_ACCOUNT = "187" => "Paid from a consumer spending account (FSA, HSA, HRA)";
    UNLISTED_CODE = "189"
        => "Unlisted or not-otherwise-classified code billed where a specific code exists";
    DECISION_MAINTAINED = "193" => "Original payment decision kept after review";
    AUTHORIZATION_ABSENT = "197" => "Precertification, authorization or notification absent";
    AUTHORIZATION_EXCEEDED = "198" => "Precertification or authorization exceeded";
    COVERAGE_LAPSE = "200" => "Expenses incurred during a lapse in coverage";
    NOT_COVERED_BY_PLAN = "204" => "Not covered under the patient's current benefit plan";
    NPI_MISSING = "206" => "NPI missing";
    NPI_INVALID = "207" => "NPI in an invalid format";
    NPI_NOT_MATCHED = "208" => "NPI not matched";
    CONTRACTED_MAXIMUM_EXCEEDED = "222"
        => "Exceeds the contracted maximum hours, days or units for the provider and period";
    PROVIDER_INFORMATION_NOT_PROVIDED = "226"
        => "Information requested from the provider was not given, was late or incomplete";
    PATIENT_INFORMATION_NOT_PROVIDED = "227"
        => "Information requested from the patient or insured was not given or incomplete";
    NOT_PAID_SEPARATELY = "234" => "Procedure not paid separately";
    INCOMPATIBLE_PROCEDURE = "236"
        => "Procedure or modifier combination not compatible with another procedure that day";
    OUT_OF_NETWORK = "242" => "Services not provided by network or primary care providers";
    NOT_AUTHORIZED_BY_NETWORK = "243"
        => "Services not authorized by network or primary care providers";
    ATTACHMENT_REQUIRED = "252" => "An attachment or other documentation is required";
    ///
    /// Never the patient's responsibility.
    SEQUESTRATION = "253" => "Sequestration: reduction of federal payment";
    NOT_PAYABLE_PER_CONTRACT = "256" => "Not payable under the managed care contract";
    GUIDELINES_NOT_MET = "272" => "Coverage or program guidelines not met";
    GUIDELINES_EXCEEDED = "273" => "Coverage or program guidelines exceeded";
    AUTHORIZATION_NOT_APPLICABLE = "284"
        => "Authorization number may be valid but does not apply to the billed services";
    REFERRAL_ABSENT = "288" => "Referral absent";
    PROVIDER_NOT_CERTIFIED = "B7"
        => "Provider not certified or eligible to be paid for this service on this date";
    HOSPICE_ENROLLMENT = "B9" => "Patient is enrolled in hospice";
    TRANSFERRED_TO_PROPER_PAYER = "B11"
        => "Claim sent on to the proper payer; not covered by this payer";
    PREVIOUSLY_PAID = "B13" => "Paid before, possibly on an earlier remittance";
    QUALIFYING_SERVICE_MISSING = "B15"
        => "Needs a qualifying service that has not been received or adjudicated";
    NEW_PATIENT_NOT_MET = "B16" => "New patient qualifications not met";
}

impl Carc {
    /// True when the code has the form every claim adjustment reason code has: one to three
    /// digits (`45`, `253`), or a letter and one or two digits (`B13`, `P1`). A code of
    /// another form (`ZZ`, `045`) is on no version of the list; one of this form may still be
    /// unknown here, since the list is not held whole.
    ///
    /// ```
    /// use x12_claims::codes::Carc;
    ///
    /// assert!(Carc::new("253")?.is_well_formed());
    /// assert!(Carc::new("B13")?.is_well_formed());
    /// assert!(!Carc::new("ZZ")?.is_well_formed());
    /// assert!(!Carc::new("045")?.is_well_formed());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_well_formed(&self) -> bool {
        well_formed(self.as_str().as_bytes())
    }
}

/// [`Carc::is_well_formed`] over the bytes of a code, for the validator's pass.
pub(crate) fn well_formed(code: &[u8]) -> bool {
    match code {
        [b'1'..=b'9', rest @ ..] if rest.len() <= 2 => rest.iter().all(u8::is_ascii_digit),
        [b'A'..=b'Z', digits @ ..] if (1..=2).contains(&digits.len()) => {
            digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_code_is_well_formed() {
        for code in Carc::KNOWN {
            assert!(code.is_well_formed(), "{code:?}");
        }
        for text in ["1", "999", "A0", "P32", "W9"] {
            assert!(Carc::new(text).unwrap().is_well_formed(), "{text}");
        }
        for text in ["0", "1000", "ZZ", "A", "A100", "a1", "1A", "CO"] {
            assert!(!Carc::new(text).unwrap().is_well_formed(), "{text}");
        }
    }

    #[test]
    fn reads_common_and_unknown_reasons() {
        let cases = [
            ("1", Some(Carc::DEDUCTIBLE), Some("Deductible")),
            ("2", Some(Carc::COINSURANCE), Some("Coinsurance")),
            ("3", Some(Carc::COPAYMENT), Some("Copayment")),
            ("45", Some(Carc::CHARGE_EXCEEDS_FEE_SCHEDULE), None),
            ("253", Some(Carc::SEQUESTRATION), None),
            ("B16", Some(Carc::NEW_PATIENT_NOT_MET), None),
            ("301", None, None),
            ("P1", None, None),
        ];
        for (text, constant, description) in cases {
            let reason = Carc::new(text).unwrap();
            assert_eq!(reason.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(reason, constant);
            }
            if let Some(description) = description {
                assert_eq!(reason.description(), Some(description));
            }
        }
        assert_eq!(Carc::KNOWN.len(), 79);
    }

    #[test]
    fn a_loaded_table_describes_unknown_codes_too() {
        let table = crate::codes::DescriptionTable::load_tsv(
            "301\tA reason newer than the built-in list\n1\tDeductible amount\n".as_bytes(),
        )
        .unwrap();
        let newer = Carc::new("301").unwrap();
        assert_eq!(
            newer.describe(Some(&table)),
            Some("A reason newer than the built-in list")
        );
        assert_eq!(
            Carc::DEDUCTIBLE.describe(Some(&table)),
            Some("Deductible amount")
        );
        assert_eq!(Carc::COPAYMENT.describe(Some(&table)), Some("Copayment"));
        assert_eq!(newer.describe(None), None);
    }
}
