//! [`ProviderAdjustmentReason`]: why money moves outside any claim (835 PLB03-1, PLB05-1, …).
//!
//! Sign convention of the amount next to the reason: positive takes money from the provider
//! (reduces BPR02), negative pays the provider (increases it). PLB amounts belong on a provider
//! ledger, not on a claim.

use super::code_set::code_set;

code_set! {
    /// The reason for a provider-level adjustment: interest, overpayment recovery, forwarding
    /// balance, …
    ///
    /// ```
    /// use x12_claims::codes::ProviderAdjustmentReason;
    ///
    /// assert_eq!(ProviderAdjustmentReason::new("L6")?, ProviderAdjustmentReason::INTEREST_OWED);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ProviderAdjustmentReason;
    example: INTEREST_OWED = "L6";

    LATE_CHARGE = "50" => "Late charge (penalty for late filing or a late cost report)";
    INTEREST_PENALTY = "51" => "Interest penalty charge for late filing";
    ///
    /// Usually offsets an earlier overpayment recovery (`WO`).
    AUTHORIZED_RETURN = "72" => "Authorized return: acknowledges a refund the provider sent";
    EARLY_PAYMENT_ALLOWANCE = "90" => "Early payment allowance";
    ORIGINATION_FEE = "AH" => "Origination fee (transmission fee not tied to a claim)";
    APPLIED_TO_BORROWER_ACCOUNT = "AM" => "Applied to the borrower's account (loan repayment)";
    ///
    /// The sign tells whether the money is paid out now or withheld.
    ACCELERATION_OF_BENEFITS = "AP" => "Acceleration of benefits (accelerated payment)";
    REBATE = "B2" => "Rebate of provider funds received beyond the requested refund";
    RECOVERY_ALLOWANCE = "B3" => "Recovery allowance for overpayments caused by other payers";
    BAD_DEBT = "BD" => "Bad debt adjustment";
    BONUS = "BN" => "Bonus";
    TEMPORARY_ALLOWANCE = "C5" => "Temporary allowance";
    CAPITATION_INTEREST = "CR" => "Capitation interest";
    ///
    /// The meaning is the payer's; the reference in PLB03-2 explains it.
    ADJUSTMENT = "CS" => "Adjustment";
    CAPITATION_PAYMENT = "CT" => "Capitation payment";
    CAPITAL_PASSTHROUGH = "CV" => "Capital passthrough";
    CRNA_PASSTHROUGH = "CW" => "Certified registered nurse anesthetist passthrough";
    DIRECT_MEDICAL_EDUCATION = "DM" => "Direct medical education passthrough";
    WITHHOLDING = "E3" => "Withholding";
    ///
    /// Moves a balance between remittances: money owed by the provider is carried to a later
    /// 835 instead of making this one negative.
    FORWARDING_BALANCE = "FB" => "Forwarding balance";
    FUND_ALLOCATION = "FC" => "Fund allocation";
    GRADUATE_MEDICAL_EDUCATION = "GO" => "Graduate medical education passthrough";
    HEMOPHILIA_CLOTTING_FACTOR = "HM" => "Hemophilia clotting factor supplement";
    INCENTIVE_PREMIUM = "IP" => "Incentive premium payment";
    IRS_WITHHOLDING = "IR" => "Internal Revenue Service withholding";
    INTERIM_SETTLEMENT = "IS" => "Interim settlement";
    NONREIMBURSABLE = "J1" => "Nonreimbursable";
    PENALTY = "L3" => "Penalty";
    ///
    /// Interest paid to the provider, usually as a negative amount.
    INTEREST_OWED = "L6" => "Interest owed";
    LEVY = "LE" => "Levy";
    LUMP_SUM = "LS" => "Lump sum";
    ORGAN_ACQUISITION = "OA" => "Organ acquisition passthrough";
    AFFILIATED_PROVIDER_OFFSET = "OB" => "Offset for affiliated providers";
    PERIODIC_INTERIM_PAYMENT = "PI" => "Periodic interim payment";
    PAYMENT_FINAL = "PL" => "Payment final";
    RETRO_ACTIVITY = "RA" => "Retro-activity adjustment";
    RETURN_ON_EQUITY = "RE" => "Return on equity";
    STUDENT_LOAN = "SL" => "Student loan repayment";
    THIRD_PARTY_LIABILITY = "TL" => "Third-party liability";
    ///
    /// Positive: money taken back now. Negative: a reversal whose recovery is deferred.
    OVERPAYMENT_RECOVERY = "WO" => "Overpayment recovery";
    UNSPECIFIED_RECOVERY = "WU" => "Unspecified recovery";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_reasons() {
        let cases = [
            ("50", Some(ProviderAdjustmentReason::LATE_CHARGE)),
            ("72", Some(ProviderAdjustmentReason::AUTHORIZED_RETURN)),
            ("FB", Some(ProviderAdjustmentReason::FORWARDING_BALANCE)),
            ("L6", Some(ProviderAdjustmentReason::INTEREST_OWED)),
            ("WO", Some(ProviderAdjustmentReason::OVERPAYMENT_RECOVERY)),
            ("WU", Some(ProviderAdjustmentReason::UNSPECIFIED_RECOVERY)),
            ("ZZ", None),
        ];
        for (text, constant) in cases {
            let reason = ProviderAdjustmentReason::new(text).unwrap();
            assert_eq!(reason.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(reason, constant);
            }
        }
        assert_eq!(ProviderAdjustmentReason::KNOWN.len(), 41);
    }
}
