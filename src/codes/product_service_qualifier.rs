//! [`ProductServiceQualifier`]: the code list of a procedure or product code (SV101-1, SVC01-1,
//! SVD03-1, LIN02).
//!
//! The 837P service line (SV101-1) allows `HC`, `ER`, `IV` and `WK`; drugs are identified
//! separately by NDC (`N4` in LIN02). The 835 may report any code of the list, as the payer
//! adjudicated it.

use super::code_set::code_set;

code_set! {
    /// Which code list a procedure, service or product code comes from (HCPCS/CPT, NDC, …).
    ///
    /// ```
    /// use x12_claims::codes::ProductServiceQualifier;
    ///
    /// let qualifier = ProductServiceQualifier::new("HC")?;
    /// assert_eq!(qualifier, ProductServiceQualifier::HCPCS);
    /// assert!(qualifier.is_valid_in_sv101());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ProductServiceQualifier;
    example: HCPCS = "HC";

    ///
    /// Covers CPT (HCPCS level I) and HCPCS level II codes.
    HCPCS = "HC" => "HCPCS codes, including CPT";
    JURISDICTION_SPECIFIC = "ER"
        => "Jurisdiction-specific procedure and supply codes (workers' compensation)";
    HOME_INFUSION = "IV" => "Home Infusion EDI Coalition product and service codes";
    ABC_CODES = "WK" => "Advanced Billing Concepts (ABC) codes";
    AMERICAN_DENTAL_ASSOCIATION = "AD" => "American Dental Association codes";
    HIPPS = "HP" => "HIPPS skilled nursing and home health rate codes";
    ///
    /// Eleven digits in the 5-4-2 layout, without hyphens.
    NDC = "N4" => "National Drug Code in 5-4-2 format";
    REVENUE_CODE = "NU" => "NUBC revenue codes";
    OTHER_FORMAT_N6 = "N6" => "Another product code format, rare in professional remittances";
    UPC = "UI" => "U.P.C. consumer package code";
}

impl ProductServiceQualifier {
    /// True for the qualifiers an 837P service line (SV101-1) allows: `HC`, `ER`, `IV`, `WK`.
    ///
    /// ```
    /// use x12_claims::codes::ProductServiceQualifier;
    ///
    /// assert!(ProductServiceQualifier::new("WK")?.is_valid_in_sv101());
    /// assert!(!ProductServiceQualifier::NDC.is_valid_in_sv101());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_valid_in_sv101(&self) -> bool {
        matches!(
            *self,
            Self::HCPCS | Self::JURISDICTION_SPECIFIC | Self::HOME_INFUSION | Self::ABC_CODES
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_which_qualifiers_a_service_line_takes() {
        let cases = [
            ("HC", true, true),
            ("ER", true, true),
            ("IV", true, true),
            ("WK", true, true),
            ("AD", true, false),
            ("HP", true, false),
            ("N4", true, false),
            ("NU", true, false),
            ("N6", true, false),
            ("UI", true, false),
            ("ZZ", false, false),
        ];
        for (text, known, on_line) in cases {
            let qualifier = ProductServiceQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), known, "{text}");
            assert_eq!(qualifier.is_valid_in_sv101(), on_line, "{text}");
        }
    }
}
