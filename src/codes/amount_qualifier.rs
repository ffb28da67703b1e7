//! [`AmountQualifier`]: what a supplemental amount in AMT stands for (AMT01).

use super::code_set::code_set;

code_set! {
    /// The meaning of an AMT amount: patient paid, prior payer paid, allowed, interest, …
    ///
    /// ```
    /// use x12_claims::codes::AmountQualifier;
    ///
    /// assert_eq!(AmountQualifier::new("B6")?, AmountQualifier::ALLOWED_ACTUAL);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct AmountQualifier;
    example: ALLOWED_ACTUAL = "B6";

    PATIENT_PAID = "F5" => "Amount the patient has paid";
    PAYER_PAID = "D" => "Amount a prior payer paid";
    NON_COVERED = "A8" => "Non-covered charges, as a prior payer found them";
    REMAINING_PATIENT_LIABILITY = "EAF" => "Remaining patient liability";
    TAX = "T" => "Tax";
    POSTAGE = "F4" => "Postage claimed";
    COVERAGE = "AU" => "Coverage amount";
    DISCOUNT = "D8" => "Discount amount";
    PER_DAY_LIMIT = "DY" => "Per-day limit";
    INTEREST = "I" => "Interest";
    NEGATIVE_LEDGER_BALANCE = "NL" => "Negative ledger balance";
    TOTAL_BEFORE_TAXES = "T2" => "Total claim amount before taxes";
    FEDERAL_MANDATE_1 = "ZK" => "Federal Medicare or Medicaid payment mandate, category 1";
    FEDERAL_MANDATE_2 = "ZL" => "Federal Medicare or Medicaid payment mandate, category 2";
    FEDERAL_MANDATE_3 = "ZM" => "Federal Medicare or Medicaid payment mandate, category 3";
    FEDERAL_MANDATE_4 = "ZN" => "Federal Medicare or Medicaid payment mandate, category 4";
    FEDERAL_MANDATE_5 = "ZO" => "Federal Medicare or Medicaid payment mandate, category 5";
    ALLOWED_ACTUAL = "B6" => "Allowed amount, actual";
    ///
    /// A reduction for late filing.
    DEDUCTION = "KH" => "Deduction amount";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("F5", Some(AmountQualifier::PATIENT_PAID)),
            ("D", Some(AmountQualifier::PAYER_PAID)),
            ("EAF", Some(AmountQualifier::REMAINING_PATIENT_LIABILITY)),
            ("ZO", Some(AmountQualifier::FEDERAL_MANDATE_5)),
            ("B6", Some(AmountQualifier::ALLOWED_ACTUAL)),
            ("ZZ", None),
        ];
        for (text, constant) in cases {
            let qualifier = AmountQualifier::new(text).unwrap();
            assert_eq!(qualifier.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(qualifier, constant);
            }
        }
        assert_eq!(AmountQualifier::KNOWN.len(), 19);
    }
}
