//! [`InsuranceType`]: why Medicare is a secondary payer (SBR05).
//!
//! Sent only when Medicare is not the primary payer; the code names the Medicare secondary payer
//! situation.

use super::code_set::code_set;

code_set! {
    /// The Medicare secondary payer type.
    ///
    /// ```
    /// use x12_claims::codes::InsuranceType;
    ///
    /// assert_eq!(InsuranceType::new("12")?, InsuranceType::WORKING_AGED);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct InsuranceType;
    example: WORKING_AGED = "12";

    WORKING_AGED = "12"
        => "Medicare secondary: working-aged beneficiary or spouse with an employer group plan";
    END_STAGE_RENAL_DISEASE = "13"
        => "Medicare secondary: end-stage renal disease beneficiary in the coordination period";
    NO_FAULT = "14" => "Medicare secondary: no-fault insurance, including auto, is primary";
    WORKERS_COMPENSATION = "15" => "Medicare secondary: workers' compensation";
    PUBLIC_HEALTH_SERVICE = "16"
        => "Medicare secondary: public health service or other federal agency";
    BLACK_LUNG = "41" => "Medicare secondary: black lung";
    VETERANS_ADMINISTRATION = "42" => "Medicare secondary: veterans' administration";
    DISABLED_LARGE_GROUP = "43"
        => "Medicare secondary: disabled beneficiary under 65 with a large group health plan";
    OTHER_LIABILITY = "47" => "Medicare secondary: other liability insurance is primary";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("12", Some(InsuranceType::WORKING_AGED)),
            ("41", Some(InsuranceType::BLACK_LUNG)),
            ("47", Some(InsuranceType::OTHER_LIABILITY)),
            ("11", None),
        ];
        for (text, constant) in cases {
            let kind = InsuranceType::new(text).unwrap();
            assert_eq!(kind.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(kind, constant);
            }
        }
        assert_eq!(InsuranceType::KNOWN.len(), 9);
    }
}
