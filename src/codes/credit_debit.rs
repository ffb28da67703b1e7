//! [`CreditDebit`]: the direction of the 835 payment (BPR03).

use super::code_set::code_set;

code_set! {
    /// Credit (money to the provider, the normal case) or debit.
    ///
    /// ```
    /// use x12_claims::codes::CreditDebit;
    ///
    /// assert_eq!(CreditDebit::new("C")?, CreditDebit::CREDIT);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct CreditDebit;
    example: CREDIT = "C";

    CREDIT = "C" => "Credit";
    DEBIT = "D" => "Debit";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [("C", Some("Credit")), ("D", Some("Debit")), ("X", None)];
        for (text, description) in cases {
            assert_eq!(
                CreditDebit::new(text).unwrap().description(),
                description,
                "{text}"
            );
        }
    }
}
