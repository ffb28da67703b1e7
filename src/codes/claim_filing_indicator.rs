//! [`ClaimFilingIndicator`]: the kind of insurance plan (837 SBR09, 835 CLP06).
//!
//! The same code list serves both transactions, except that four codes valid on the 837 (`11`,
//! `BL`, `CI`, `FI`) are not part of the 5010 835 list; [`ClaimFilingIndicator::is_valid_in_835`]
//! tells.

use super::code_set::code_set;

code_set! {
    /// The type of plan a claim is filed with (commercial, Medicare Part B, Medicaid, …).
    ///
    /// ```
    /// use x12_claims::codes::ClaimFilingIndicator;
    ///
    /// let plan = ClaimFilingIndicator::new("MB")?;
    /// assert_eq!(plan, ClaimFilingIndicator::MEDICARE_PART_B);
    /// assert!(plan.is_valid_in_835());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct ClaimFilingIndicator;
    example: MEDICARE_PART_B = "MB";

    OTHER_NON_FEDERAL = "11" => "Other non-federal program";
    PPO = "12" => "Preferred provider organization (PPO)";
    POINT_OF_SERVICE = "13" => "Point of service plan";
    EPO = "14" => "Exclusive provider organization (EPO)";
    INDEMNITY = "15" => "Indemnity insurance";
    HMO_MEDICARE_RISK = "16" => "HMO Medicare risk (Medicare Advantage HMO)";
    DENTAL_MAINTENANCE = "17" => "Dental maintenance organization";
    AUTOMOBILE_MEDICAL = "AM" => "Automobile medical";
    BLUE_CROSS_BLUE_SHIELD = "BL" => "Blue Cross / Blue Shield";
    CHAMPUS = "CH" => "CHAMPUS (TRICARE)";
    COMMERCIAL = "CI" => "Commercial insurance company";
    DISABILITY = "DS" => "Disability";
    FEDERAL_EMPLOYEES_PROGRAM = "FI" => "Federal Employees Program";
    HMO = "HM" => "Health maintenance organization";
    LIABILITY_MEDICAL = "LM" => "Liability medical";
    MEDICARE_PART_A = "MA" => "Medicare Part A";
    MEDICARE_PART_B = "MB" => "Medicare Part B";
    MEDICAID = "MC" => "Medicaid";
    OTHER_FEDERAL = "OF" => "Other federal program (such as black lung)";
    TITLE_V = "TV" => "Title V";
    VETERANS_AFFAIRS = "VA" => "Veterans Affairs plan";
    WORKERS_COMPENSATION = "WC" => "Workers' compensation health claim";
    ///
    /// Used when the kind of plan is not known.
    MUTUALLY_DEFINED = "ZZ" => "Mutually defined";
}

impl ClaimFilingIndicator {
    /// True when the code may appear in an 835 CLP06: every known code except `11`, `BL`, `CI`
    /// and `FI`, which only the 837 uses. Unknown codes are not valid.
    ///
    /// ```
    /// use x12_claims::codes::ClaimFilingIndicator;
    ///
    /// assert!(ClaimFilingIndicator::new("12")?.is_valid_in_835());
    /// assert!(!ClaimFilingIndicator::COMMERCIAL.is_valid_in_835());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_valid_in_835(&self) -> bool {
        self.is_known()
            && !matches!(
                *self,
                Self::OTHER_NON_FEDERAL
                    | Self::BLUE_CROSS_BLUE_SHIELD
                    | Self::COMMERCIAL
                    | Self::FEDERAL_EMPLOYEES_PROGRAM
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_which_codes_the_835_uses() {
        let cases = [
            ("11", true, false),
            ("12", true, true),
            ("BL", true, false),
            ("CI", true, false),
            ("FI", true, false),
            ("MB", true, true),
            ("MC", true, true),
            ("ZZ", true, true),
            ("XX", false, false),
        ];
        for (text, known, in_835) in cases {
            let indicator = ClaimFilingIndicator::new(text).unwrap();
            assert_eq!(indicator.is_known(), known, "{text}");
            assert_eq!(indicator.is_valid_in_835(), in_835, "{text}");
        }
        assert_eq!(ClaimFilingIndicator::KNOWN.len(), 23);
        let in_835 = ClaimFilingIndicator::KNOWN
            .iter()
            .filter(|c| c.is_valid_in_835())
            .count();
        assert_eq!(in_835, 19);
    }
}
