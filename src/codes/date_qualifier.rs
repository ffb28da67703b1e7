//! [`DateQualifier`]: what a date in DTP (837P) or DTM (835) stands for (DTP01, DTM01).

use super::code_set::code_set;

code_set! {
    /// The meaning of a date: service date, onset, admission, claim paid, …
    ///
    /// ```
    /// use x12_claims::codes::DateQualifier;
    ///
    /// assert_eq!(DateQualifier::new("472")?, DateQualifier::SERVICE);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct DateQualifier;
    example: SERVICE = "472";

    SERVICE = "472" => "Service date";
    SERVICE_PERIOD_START = "150" => "Service period start";
    SERVICE_PERIOD_END = "151" => "Service period end";
    STATEMENT_PERIOD_START = "232" => "Claim statement period start";
    STATEMENT_PERIOD_END = "233" => "Claim statement period end";
    COVERAGE_EXPIRATION = "036" => "Coverage expiration";
    RECEIVED = "050" => "Received (by the payer or repricer)";
    PRODUCTION = "405" => "Production date of the remittance";
    CLAIM_PAID = "573" => "Date a prior payer paid the claim (adjudication date)";
    ONSET_OF_CURRENT_ILLNESS = "431" => "Onset of current symptoms or illness";
    LAST_MENSTRUAL_PERIOD = "484" => "Last menstrual period";
    INITIAL_TREATMENT = "454" => "Initial treatment";
    LAST_SEEN = "304" => "Latest visit or consultation";
    ACUTE_MANIFESTATION = "453" => "Acute manifestation of a chronic condition";
    ACCIDENT = "439" => "Accident";
    LAST_X_RAY = "455" => "Last X-ray";
    PRESCRIPTION = "471" => "Prescription";
    DISABILITY = "314" => "Disability";
    INITIAL_DISABILITY_START = "360" => "Initial disability period start";
    INITIAL_DISABILITY_END = "361" => "Initial disability period end";
    LAST_WORKED = "297" => "Last worked";
    RETURN_TO_WORK = "296" => "Authorized return to work";
    ADMISSION = "435" => "Admission";
    DISCHARGE = "096" => "Discharge";
    ASSUMED_CARE = "090" => "Report start: care assumed";
    RELINQUISHED_CARE = "091" => "Report end: care relinquished";
    FIRST_CONTACT = "444" => "First visit or consultation";
    CERTIFICATION_REVISION = "607" => "Certification revision";
    BEGIN_THERAPY = "463" => "Begin therapy";
    LAST_CERTIFICATION = "461" => "Last certification";
    HEMOGLOBIN_OR_HEMATOCRIT_TEST = "738" => "Most recent hemoglobin or hematocrit test";
    SERUM_CREATININE_TEST = "739" => "Most recent serum creatinine test";
    SHIPPED = "011" => "Shipped";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_with_their_leading_zeros() {
        let cases = [
            ("472", Some(DateQualifier::SERVICE)),
            ("036", Some(DateQualifier::COVERAGE_EXPIRATION)),
            ("096", Some(DateQualifier::DISCHARGE)),
            ("011", Some(DateQualifier::SHIPPED)),
            ("36", None),
            ("999", None),
        ];
        for (text, constant) in cases {
            let qualifier = DateQualifier::new(text).unwrap();
            assert_eq!(qualifier.as_str(), text);
            assert_eq!(qualifier.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(qualifier, constant);
            }
        }
        assert_eq!(DateQualifier::KNOWN.len(), 33);
    }
}
