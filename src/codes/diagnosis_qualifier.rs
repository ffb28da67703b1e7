//! [`DiagnosisQualifier`]: the code list of a health care code in HI (HI01-1 … HI12-1).
//!
//! ICD-10-CM applies to dates of service from 2015-10-01; the ICD-9-CM qualifiers remain for
//! older services. `BP`, `BO` and `BG` are not diagnoses: anesthesia-related procedures and
//! condition codes travel in their own HI segments.

use super::code_set::code_set;

code_set! {
    /// What kind of code an HI component carries: principal or other diagnosis (ICD-10-CM or
    /// ICD-9-CM), anesthesia procedure, or condition code.
    ///
    /// ```
    /// use x12_claims::codes::DiagnosisQualifier;
    ///
    /// let qualifier = DiagnosisQualifier::new("ABK")?;
    /// assert!(qualifier.is_principal() && qualifier.is_icd10());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct DiagnosisQualifier;
    example: ICD10_PRINCIPAL = "ABK";

    ///
    /// Only in HI01, the first diagnosis of the claim.
    ICD10_PRINCIPAL = "ABK" => "ICD-10-CM principal diagnosis";
    ///
    /// HI02 to HI12.
    ICD10_OTHER = "ABF" => "ICD-10-CM other diagnosis";
    ///
    /// For dates of service before 2015-10-01.
    ICD9_PRINCIPAL = "BK" => "ICD-9-CM principal diagnosis";
    ///
    /// For dates of service before 2015-10-01.
    ICD9_OTHER = "BF" => "ICD-9-CM other diagnosis";
    ANESTHESIA_PROCEDURE = "BP" => "Anesthesia-related surgical procedure (HCPCS)";
    ANESTHESIA_PROCEDURE_OTHER = "BO" => "Other anesthesia-related surgical procedure (HCPCS)";
    CONDITION = "BG" => "Condition code";
}

impl DiagnosisQualifier {
    /// True for the principal diagnosis qualifiers `ABK` and `BK`.
    ///
    /// ```
    /// use x12_claims::codes::DiagnosisQualifier;
    ///
    /// assert!(DiagnosisQualifier::new("BK")?.is_principal());
    /// assert!(!DiagnosisQualifier::ICD10_OTHER.is_principal());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_principal(&self) -> bool {
        matches!(*self, Self::ICD10_PRINCIPAL | Self::ICD9_PRINCIPAL)
    }

    /// True for the ICD-10-CM qualifiers `ABK` and `ABF`.
    ///
    /// ```
    /// use x12_claims::codes::DiagnosisQualifier;
    ///
    /// assert!(DiagnosisQualifier::new("ABF")?.is_icd10());
    /// assert!(!DiagnosisQualifier::ICD9_OTHER.is_icd10());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_icd10(&self) -> bool {
        matches!(*self, Self::ICD10_PRINCIPAL | Self::ICD10_OTHER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_qualifiers() {
        let cases = [
            ("ABK", true, true, true),
            ("ABF", true, false, true),
            ("BK", true, true, false),
            ("BF", true, false, false),
            ("BP", true, false, false),
            ("BO", true, false, false),
            ("BG", true, false, false),
            ("ABJ", false, false, false),
        ];
        for (text, known, principal, icd10) in cases {
            let qualifier = DiagnosisQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), known, "{text}");
            assert_eq!(qualifier.is_principal(), principal, "{text}");
            assert_eq!(qualifier.is_icd10(), icd10, "{text}");
        }
    }
}
