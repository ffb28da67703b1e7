//! [`QuantityQualifier`]: what a supplemental quantity in QTY counts (QTY01).

use super::code_set::code_set;

code_set! {
    /// The meaning of a QTY quantity: covered days, visits, ambulance patients, …
    ///
    /// ```
    /// use x12_claims::codes::QuantityQualifier;
    ///
    /// assert_eq!(QuantityQualifier::new("CA")?, QuantityQualifier::COVERED_ACTUAL);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct QuantityQualifier;
    example: COVERED_ACTUAL = "CA";

    PATIENTS = "PT" => "Patients (ambulance patient count)";
    UNITS = "FL" => "Units (additional obstetric anesthesia units)";
    COVERED_ACTUAL = "CA" => "Covered, actual";
    CO_INSURED_ACTUAL = "CD" => "Co-insured, actual";
    LIFETIME_RESERVE_ACTUAL = "LA" => "Lifetime reserve, actual";
    LIFETIME_RESERVE_ESTIMATED = "LE" => "Lifetime reserve, estimated";
    NON_COVERED_ESTIMATED = "NE" => "Non-covered, estimated";
    NOT_REPLACED_BLOOD_UNITS = "NR" => "Blood units not replaced";
    OUTLIER_DAYS = "OU" => "Outlier days";
    PRESCRIPTIONS = "PS" => "Prescriptions";
    VISITS = "VS" => "Visits";
    FEDERAL_MANDATE_1 = "ZK" => "Federal Medicare or Medicaid payment mandate, category 1";
    FEDERAL_MANDATE_2 = "ZL" => "Federal Medicare or Medicaid payment mandate, category 2";
    FEDERAL_MANDATE_3 = "ZM" => "Federal Medicare or Medicaid payment mandate, category 3";
    FEDERAL_MANDATE_4 = "ZN" => "Federal Medicare or Medicaid payment mandate, category 4";
    FEDERAL_MANDATE_5 = "ZO" => "Federal Medicare or Medicaid payment mandate, category 5";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("PT", Some(QuantityQualifier::PATIENTS)),
            ("FL", Some(QuantityQualifier::UNITS)),
            ("VS", Some(QuantityQualifier::VISITS)),
            ("ZK", Some(QuantityQualifier::FEDERAL_MANDATE_1)),
            ("DY", None),
        ];
        for (text, constant) in cases {
            let qualifier = QuantityQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(qualifier, constant);
            }
        }
        assert_eq!(QuantityQualifier::KNOWN.len(), 16);
    }
}
