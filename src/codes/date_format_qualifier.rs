//! [`DateFormatQualifier`]: how the date in DTP03 is written (DTP02).

use super::code_set::code_set;

code_set! {
    /// A single date (`D8`) or a range of two dates (`RD8`).
    ///
    /// ```
    /// use x12_claims::codes::DateFormatQualifier;
    ///
    /// assert!(DateFormatQualifier::new("RD8")?.is_range());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct DateFormatQualifier;
    example: DATE = "D8";

    ///
    /// Read it with [`Date`](crate::element::Date).
    DATE = "D8" => "Date, CCYYMMDD";
    ///
    /// Read it with [`DateRange`](crate::element::DateRange).
    DATE_RANGE = "RD8" => "Date range, CCYYMMDD-CCYYMMDD";
}

impl DateFormatQualifier {
    /// True for `RD8`.
    ///
    /// ```
    /// use x12_claims::codes::DateFormatQualifier;
    ///
    /// assert!(!DateFormatQualifier::DATE.is_range());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_range(&self) -> bool {
        *self == Self::DATE_RANGE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("D8", true, false),
            ("RD8", true, true),
            ("D6", false, false),
        ];
        for (text, known, range) in cases {
            let format = DateFormatQualifier::new(text).unwrap();
            assert_eq!(format.is_known(), known, "{text}");
            assert_eq!(format.is_range(), range, "{text}");
        }
    }
}
