//! [`AdjustmentGroup`]: who bears an adjustment (CAS01).
//!
//! The 5010 835 uses `CO`, `PR`, `OA` and `PI`. `CR` (corrections and reversals) existed in
//! 4010 and was removed from the 835 in 5010: reversals are now a claim with status `22` whose
//! adjustments keep their original groups with negated amounts. The 837 coordination-of-benefits
//! loops (2320, 2430) still accept `CR`, so it stays a known code here;
//! [`AdjustmentGroup::is_valid_in_835`] tells the difference.

use super::code_set::code_set;

code_set! {
    /// The group of a claim adjustment: contractual, patient responsibility, other, payer
    /// initiated.
    ///
    /// ```
    /// use x12_claims::codes::AdjustmentGroup;
    ///
    /// let group = AdjustmentGroup::new("PR")?;
    /// assert_eq!(group, AdjustmentGroup::PATIENT_RESPONSIBILITY);
    /// assert!(group.is_valid_in_835());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct AdjustmentGroup;
    example: CONTRACTUAL_OBLIGATION = "CO";

    ///
    /// A contract or regulation makes the provider absorb the amount; it may not be billed to
    /// the patient.
    CONTRACTUAL_OBLIGATION = "CO" => "Contractual obligation";
    ///
    /// Deductible, coinsurance, copay, and non-covered services the patient is liable for: may
    /// be billed to the patient or a secondary payer.
    PATIENT_RESPONSIBILITY = "PR" => "Patient responsibility";
    ///
    /// For example the effect of a prior payer's payment on a secondary claim, or a duplicate.
    OTHER_ADJUSTMENT = "OA" => "Other adjustment, when no other group applies";
    ///
    /// The payer's own reduction (after medical review, say), neither the patient's share nor
    /// backed by a contract.
    PAYER_INITIATED = "PI" => "Payer-initiated reduction";
    ///
    /// Removed from the 835 in version 5010; still valid in the 837 coordination-of-benefits
    /// loops. See [`AdjustmentGroup::is_valid_in_835`].
    CORRECTION_AND_REVERSAL = "CR" => "Correction and reversal";
}

impl AdjustmentGroup {
    /// True for the groups a 5010 835 may use: `CO`, `PR`, `OA`, `PI`. False for `CR` and
    /// unknown codes.
    ///
    /// ```
    /// use x12_claims::codes::AdjustmentGroup;
    ///
    /// assert!(AdjustmentGroup::new("OA")?.is_valid_in_835());
    /// assert!(!AdjustmentGroup::CORRECTION_AND_REVERSAL.is_valid_in_835());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_valid_in_835(&self) -> bool {
        matches!(
            *self,
            Self::CONTRACTUAL_OBLIGATION
                | Self::PATIENT_RESPONSIBILITY
                | Self::OTHER_ADJUSTMENT
                | Self::PAYER_INITIATED
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_which_groups_the_835_allows() {
        let cases = [
            ("CO", true, true),
            ("PR", true, true),
            ("OA", true, true),
            ("PI", true, true),
            ("CR", true, false),
            ("XX", false, false),
            ("co", false, false),
        ];
        for (text, known, in_835) in cases {
            let group = AdjustmentGroup::new(text).unwrap();
            assert_eq!(group.is_known(), known, "{text}");
            assert_eq!(group.is_valid_in_835(), in_835, "{text}");
        }
    }

    #[test]
    fn groups_match_in_patterns() {
        let billable = |group: AdjustmentGroup| match group {
            AdjustmentGroup::PATIENT_RESPONSIBILITY => true,
            AdjustmentGroup::CONTRACTUAL_OBLIGATION | AdjustmentGroup::PAYER_INITIATED => false,
            _ => false,
        };
        assert!(billable(AdjustmentGroup::new("PR").unwrap()));
        assert!(!billable(AdjustmentGroup::new("CO").unwrap()));
    }
}
