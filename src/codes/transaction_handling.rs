//! [`TransactionHandling`]: whether an 835 carries money, remittance detail or both (BPR01).

use super::code_set::code_set;

code_set! {
    /// What the 835 transaction does with payment and remittance information.
    ///
    /// ```
    /// use x12_claims::codes::TransactionHandling;
    ///
    /// assert_eq!(TransactionHandling::new("I")?, TransactionHandling::REMITTANCE_ONLY);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct TransactionHandling;
    example: REMITTANCE_ONLY = "I";

    PAYMENT_WITH_REMITTANCE = "C" => "Payment accompanies the remittance advice";
    PAYMENT_ONLY = "D" => "Make payment only, without remittance detail";
    ///
    /// Used when nothing is paid, for example when every claim was denied.
    NOTIFICATION_ONLY = "H" => "Notification only";
    ///
    /// The usual choice for EFT: the money travels separately through the banks.
    REMITTANCE_ONLY = "I" => "Remittance information only";
    PRENOTIFICATION = "P" => "Prenotification of future transfers";
    SPLIT = "U" => "Split payment and remittance";
    HANDLING_PARTY_OPTION = "X" => "Handling party's option to split payment and remittance";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("C", Some(TransactionHandling::PAYMENT_WITH_REMITTANCE)),
            ("D", Some(TransactionHandling::PAYMENT_ONLY)),
            ("H", Some(TransactionHandling::NOTIFICATION_ONLY)),
            ("I", Some(TransactionHandling::REMITTANCE_ONLY)),
            ("P", Some(TransactionHandling::PRENOTIFICATION)),
            ("U", Some(TransactionHandling::SPLIT)),
            ("X", Some(TransactionHandling::HANDLING_PARTY_OPTION)),
            ("Z", None),
        ];
        for (text, constant) in cases {
            let handling = TransactionHandling::new(text).unwrap();
            assert_eq!(handling.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(handling, constant);
            }
        }
    }
}
