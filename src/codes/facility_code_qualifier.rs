//! [`FacilityCodeQualifier`]: the code list of the place of service in CLM05-1 (CLM05-2).
//!
//! An 837P has a single value, `B`; institutional claims use others (type of bill), which are
//! unknown here.

use super::code_set::code_set;

code_set! {
    /// Says which code list CLM05-1 is taken from; always `B` on a professional claim.
    ///
    /// ```
    /// use x12_claims::codes::FacilityCodeQualifier;
    ///
    /// assert_eq!(FacilityCodeQualifier::new("B")?, FacilityCodeQualifier::PLACE_OF_SERVICE);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct FacilityCodeQualifier;
    example: PLACE_OF_SERVICE = "B";

    PLACE_OF_SERVICE = "B" => "Place of service codes for professional services";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_only_b() {
        let cases = [("B", true), ("A", false), ("b", false)];
        for (text, known) in cases {
            assert_eq!(
                FacilityCodeQualifier::new(text).unwrap().is_known(),
                known,
                "{text}"
            );
        }
    }
}
