//! [`ClaimFrequency`]: the claim frequency type code (837P CLM05-3, 835 CLP09).
//!
//! The code is the last digit of the NUBC type of bill. A professional claim uses only `1`, `7`
//! and `8`; institutional claims also use `0`, `2`–`6` and `9` (interim bills, late charges and
//! so on), which are unknown here, and the validation layer rejects them on an 837P.

use super::code_set::code_set;

code_set! {
    /// Whether a claim is new, replaces an earlier claim, or voids one.
    ///
    /// ```
    /// use x12_claims::codes::ClaimFrequency;
    ///
    /// let frequency = ClaimFrequency::new("7")?;
    /// assert_eq!(frequency, ClaimFrequency::REPLACEMENT);
    /// assert!(frequency.requires_payer_claim_number());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ClaimFrequency;
    example: ORIGINAL = "1";

    ///
    /// The first submission of these services. It must not carry the payer's claim number.
    ORIGINAL = "1" => "Original claim";
    ///
    /// A corrected claim that replaces the whole earlier claim; it carries the payer's claim
    /// control number of the claim it replaces (REF*F8).
    REPLACEMENT = "7" => "Replacement of a prior claim";
    ///
    /// Cancels an earlier claim; it carries the payer's claim control number (REF*F8).
    VOID = "8" => "Void or cancel of a prior claim";
}

impl ClaimFrequency {
    /// True for replacements (`7`) and voids (`8`), which must name the payer's claim control
    /// number of the claim they act on (REF*F8 in loop 2300).
    ///
    /// ```
    /// use x12_claims::codes::ClaimFrequency;
    ///
    /// assert!(ClaimFrequency::VOID.requires_payer_claim_number());
    /// assert!(!ClaimFrequency::new("1")?.requires_payer_claim_number());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn requires_payer_claim_number(&self) -> bool {
        matches!(*self, Self::REPLACEMENT | Self::VOID)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_tells_which_need_the_payer_number() {
        let cases = [
            ("1", true, false),
            ("7", true, true),
            ("8", true, true),
            ("0", false, false),
            ("2", false, false),
            ("9", false, false),
        ];
        for (text, known, needs_number) in cases {
            let frequency = ClaimFrequency::new(text).unwrap();
            assert_eq!(frequency.is_known(), known, "{text}");
            assert_eq!(
                frequency.requires_payer_claim_number(),
                needs_number,
                "{text}"
            );
        }
        assert_eq!(ClaimFrequency::new("8").unwrap(), ClaimFrequency::VOID);
        assert_eq!(ClaimFrequency::KNOWN.len(), 3);
    }
}
