//! [`PaymentMethod`]: how the money of an 835 moves (BPR04).

use super::code_set::code_set;

code_set! {
    /// EFT through ACH, check, wire, or no payment at all.
    ///
    /// ```
    /// use x12_claims::codes::PaymentMethod;
    ///
    /// assert_eq!(PaymentMethod::new("ACH")?, PaymentMethod::ACH);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct PaymentMethod;
    example: ACH = "ACH";

    ACH = "ACH" => "Automated Clearing House (EFT)";
    FINANCIAL_INSTITUTION_OPTION = "BOP" => "Financial institution option";
    CHECK = "CHK" => "Check";
    WIRE = "FWT" => "Federal Reserve funds or wire transfer, non-repetitive";
    ///
    /// The remittance moves no money; BPR02 is zero.
    NON_PAYMENT = "NON" => "Non-payment data";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("ACH", Some(PaymentMethod::ACH)),
            ("BOP", Some(PaymentMethod::FINANCIAL_INSTITUTION_OPTION)),
            ("CHK", Some(PaymentMethod::CHECK)),
            ("FWT", Some(PaymentMethod::WIRE)),
            ("NON", Some(PaymentMethod::NON_PAYMENT)),
            ("CCP", None),
        ];
        for (text, constant) in cases {
            let method = PaymentMethod::new(text).unwrap();
            assert_eq!(method.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(method, constant);
            }
        }
    }
}
