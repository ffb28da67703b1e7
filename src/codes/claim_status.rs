//! [`ClaimStatus`]: how the payer settled a claim (835 CLP02).
//!
//! A payer that re-adjudicates a paid claim sends the old result back as a reversal (`22`, with
//! negated amounts) and the new result as a separate claim payment. `4` is a denial of the whole
//! claim; the `19`–`21` and `23` statuses say the claim was forwarded to another payer (named in
//! NM1*TT).

use super::code_set::code_set;

code_set! {
    /// The adjudication status of one claim in an 835.
    ///
    /// ```
    /// use x12_claims::codes::ClaimStatus;
    ///
    /// let status = ClaimStatus::new("22")?;
    /// assert!(status.is_reversal());
    /// assert!(!status.is_denial());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ClaimStatus;
    example: PROCESSED_AS_PRIMARY = "1";

    PROCESSED_AS_PRIMARY = "1" => "Processed as primary";
    PROCESSED_AS_SECONDARY = "2" => "Processed as secondary";
    PROCESSED_AS_TERTIARY = "3" => "Processed as tertiary";
    ///
    /// The whole claim was denied; adjustments (usually `CO`) and remark codes say why.
    DENIED = "4" => "Denied";
    PRIMARY_FORWARDED = "19" => "Processed as primary and forwarded to another payer";
    SECONDARY_FORWARDED = "20" => "Processed as secondary and forwarded to another payer";
    TERTIARY_FORWARDED = "21" => "Processed as tertiary and forwarded to another payer";
    ///
    /// Undoes an earlier payment of this claim: the amounts are the original ones negated, and
    /// the posting that took the original must be reversed.
    REVERSAL = "22" => "Reversal of a previous payment";
    NOT_OUR_CLAIM_FORWARDED = "23" => "Not this payer's claim; forwarded to another payer";
    PREDETERMINATION_ONLY = "25" => "Predetermination pricing only, no payment";
}

impl ClaimStatus {
    /// True for `22`, the reversal of an earlier payment.
    ///
    /// ```
    /// use x12_claims::codes::ClaimStatus;
    ///
    /// assert!(ClaimStatus::REVERSAL.is_reversal());
    /// assert!(!ClaimStatus::new("1")?.is_reversal());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_reversal(&self) -> bool {
        *self == Self::REVERSAL
    }

    /// True for `4`, a denied claim.
    ///
    /// ```
    /// use x12_claims::codes::ClaimStatus;
    ///
    /// assert!(ClaimStatus::new("4")?.is_denial());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_denial(&self) -> bool {
        *self == Self::DENIED
    }

    /// True when the payer forwarded the claim to another payer: `19`, `20`, `21`, `23`.
    ///
    /// ```
    /// use x12_claims::codes::ClaimStatus;
    ///
    /// assert!(ClaimStatus::new("19")?.is_forwarded());
    /// assert!(!ClaimStatus::PROCESSED_AS_PRIMARY.is_forwarded());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_forwarded(&self) -> bool {
        matches!(
            *self,
            Self::PRIMARY_FORWARDED
                | Self::SECONDARY_FORWARDED
                | Self::TERTIARY_FORWARDED
                | Self::NOT_OUR_CLAIM_FORWARDED
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_statuses() {
        // (text, known, reversal, denial, forwarded)
        let cases = [
            ("1", true, false, false, false),
            ("2", true, false, false, false),
            ("3", true, false, false, false),
            ("4", true, false, true, false),
            ("19", true, false, false, true),
            ("20", true, false, false, true),
            ("21", true, false, false, true),
            ("22", true, true, false, false),
            ("23", true, false, false, true),
            ("25", true, false, false, false),
            ("5", false, false, false, false),
            ("24", false, false, false, false),
        ];
        for (text, known, reversal, denial, forwarded) in cases {
            let status = ClaimStatus::new(text).unwrap();
            assert_eq!(status.is_known(), known, "{text}");
            assert_eq!(status.is_reversal(), reversal, "{text}");
            assert_eq!(status.is_denial(), denial, "{text}");
            assert_eq!(status.is_forwarded(), forwarded, "{text}");
        }
    }
}
