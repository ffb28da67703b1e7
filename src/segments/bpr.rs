//! BPR — financial information: the money of one 835 and how it moves.
//!
//! | element | holds | use |
//! |---|---|---|
//! | BPR01 | transaction handling: `C` payment with the remittance, `I` remittance only, `H` notification only ... | required |
//! | BPR02 | total actual provider payment (zero or more; must balance against the claims and PLB) | required |
//! | BPR03 | `C` credit, `D` debit | required |
//! | BPR04 | payment method: `ACH`, `CHK`, `BOP`, `FWT`, `NON` | required |
//! | BPR05 | payment format, `CCP` or `CTX`, for ACH | optional |
//! | BPR06–09 | payer's bank: DFI qualifier, routing number, account qualifier, account number | optional |
//! | BPR10 | payer identifier (`1` + tax id) | optional |
//! | BPR11 | originating company supplemental code | optional |
//! | BPR12–15 | provider's bank: DFI qualifier, routing number, account qualifier, account number | optional |
//! | BPR16 | check issue or EFT effective date (required by the guide; some published examples omit it, so a missing one is read as `None`) | optional |

use crate::codes::{CreditDebit, PaymentMethod, TransactionHandling};
use crate::element::{Amount, Date};
use crate::segments::field::typed_segment;

typed_segment! {
    /// BPR — financial information: the total payment, its direction, method and date, and the
    /// bank accounts it moves between.
    ///
    /// ```
    /// use x12_claims::codes::PaymentMethod;
    /// use x12_claims::segments::Bpr;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"BPR*I*90*C*ACH*CCP*01*021000021*DA*123456*1234567890**01*031000053*DA*987654*20240405~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let bpr = Bpr::parse(&segment)?;
    /// assert_eq!(bpr.total_payment().value(), rust_decimal::Decimal::from(90));
    /// assert_eq!(bpr.payment_method(), PaymentMethod::ACH);
    /// assert_eq!(bpr.payment_date().map(|d| d.to_string()).as_deref(), Some("20240405"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Bpr = "BPR";
    /// BPR01: what travels with the remittance (payment, notification only ...).
    #[doc(alias = "BPR01")]
    handling: TransactionHandling = required(1), "transaction handling code";
    /// BPR02: total actual provider payment.
    #[doc(alias = "BPR02")]
    total_payment: Amount<'s> = required(2), "total actual provider payment";
    /// BPR03: credit (`C`) or debit (`D`).
    #[doc(alias = "BPR03")]
    credit_debit: CreditDebit = required(3), "credit/debit flag";
    /// BPR04: payment method (`ACH`, `CHK`, `NON` ...).
    #[doc(alias = "BPR04")]
    payment_method: PaymentMethod = required(4), "payment method";
    /// BPR05: payment format (`CCP`, `CTX`).
    #[doc(alias = "BPR05")]
    payment_format: &'s str = optional(5), "payment format code";
    /// BPR06: payer's bank id qualifier (`01` ABA routing number, `04` Canadian).
    #[doc(alias = "BPR06")]
    sender_bank_qualifier: &'s str = optional(6), "sending bank id qualifier";
    /// BPR07: payer's bank routing number.
    #[doc(alias = "BPR07")]
    sender_bank_id: &'s str = optional(7), "sending bank id";
    /// BPR08: payer's account qualifier (`DA` demand deposit).
    #[doc(alias = "BPR08")]
    sender_account_qualifier: &'s str = optional(8), "sending account qualifier";
    /// BPR09: payer's account number.
    #[doc(alias = "BPR09")]
    sender_account: &'s str = optional(9), "sending account number";
    /// BPR10: payer identifier (`1` + tax id).
    #[doc(alias = "BPR10")]
    payer_identifier: &'s str = optional(10), "originating company identifier";
    /// BPR11: originating company supplemental code.
    #[doc(alias = "BPR11")]
    payer_supplemental_code: &'s str = optional(11), "originating company supplemental code";
    /// BPR12: provider's bank id qualifier.
    #[doc(alias = "BPR12")]
    receiver_bank_qualifier: &'s str = optional(12), "receiving bank id qualifier";
    /// BPR13: provider's bank routing number.
    #[doc(alias = "BPR13")]
    receiver_bank_id: &'s str = optional(13), "receiving bank id";
    /// BPR14: provider's account qualifier (`DA`, `SG`).
    #[doc(alias = "BPR14")]
    receiver_account_qualifier: &'s str = optional(14), "receiving account qualifier";
    /// BPR15: provider's account number.
    #[doc(alias = "BPR15")]
    receiver_account: &'s str = optional(15), "receiving account number";
    /// BPR16: check issue or EFT effective date.
    #[doc(alias = "BPR16")]
    payment_date: Date<'s> = optional(16), "check issue or EFT effective date";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let bpr = Bpr::parse(&segment(
            "BPR*C*1222.5*C*ACH*CCP*01*999999992*DA*123456*1512345678*X*01*999988880*SG*98765*20190316~",
        ))
        .unwrap();
        assert_eq!(bpr.handling().as_str(), "C");
        assert_eq!(bpr.total_payment().as_str(), "1222.5");
        assert_eq!(bpr.credit_debit().as_str(), "C");
        assert_eq!(bpr.payment_method(), PaymentMethod::ACH);
        assert_eq!(bpr.payment_format(), Some("CCP"));
        assert_eq!(
            (
                bpr.sender_bank_qualifier(),
                bpr.sender_bank_id(),
                bpr.sender_account_qualifier(),
                bpr.sender_account()
            ),
            (Some("01"), Some("999999992"), Some("DA"), Some("123456"))
        );
        assert_eq!(bpr.payer_identifier(), Some("1512345678"));
        assert_eq!(bpr.payer_supplemental_code(), Some("X"));
        assert_eq!(
            (
                bpr.receiver_bank_qualifier(),
                bpr.receiver_bank_id(),
                bpr.receiver_account_qualifier(),
                bpr.receiver_account()
            ),
            (Some("01"), Some("999988880"), Some("SG"), Some("98765"))
        );
        assert_eq!(bpr.payment_date().unwrap().as_str(), "20190316");
    }

    #[test]
    fn errors_name_the_element() {
        for (text, message) in [
            (
                "BPR*H*0*C*NON************20002316~",
                "segment 1 BPR16 (byte 0): check issue or EFT effective date: date \"20002316\" is not a calendar date (month 01-12, day within the month)",
            ),
            (
                "BPR*H**C*NON************20240101~",
                "segment 1 BPR02 (byte 0): required total actual provider payment is missing",
            ),
            (
                "BPR*I*12.3.4*C*CHK************20240101~",
                "segment 1 BPR02 (byte 0): total actual provider payment: amount \"12.3.4\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
        ] {
            assert_eq!(Bpr::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
