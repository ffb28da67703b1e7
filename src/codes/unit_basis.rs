//! [`UnitBasis`]: how the service quantity in SV104 is measured (SV103).

use super::code_set::code_set;

code_set! {
    /// Units or minutes: the measure of SV104.
    ///
    /// ```
    /// use x12_claims::codes::UnitBasis;
    ///
    /// assert_eq!(UnitBasis::new("UN")?, UnitBasis::UNITS);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct UnitBasis;
    example: UNITS = "UN";

    UNITS = "UN" => "Units (how many times the procedure was done)";
    ///
    /// Used for anesthesia time.
    MINUTES = "MJ" => "Minutes";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("UN", Some(UnitBasis::UNITS)),
            ("MJ", Some(UnitBasis::MINUTES)),
            ("F2", None),
        ];
        for (text, constant) in cases {
            let unit = UnitBasis::new(text).unwrap();
            assert_eq!(unit.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(unit, constant);
            }
        }
    }
}
