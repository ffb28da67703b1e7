//! PAT — patient information: relationship to the subscriber, death date, weight, pregnancy.
//!
//! | element | holds | use |
//! |---|---|---|
//! | PAT01 | the patient's relationship to the subscriber (2000C: `01` spouse, `19` child ...) | optional |
//! | PAT02 | not used by the 837P | optional |
//! | PAT03 | not used by the 837P | optional |
//! | PAT04 | not used by the 837P | optional |
//! | PAT05 | `D8` when PAT06 is sent | optional |
//! | PAT06 | date of death | optional |
//! | PAT07 | `01` pounds, when PAT08 is sent | optional |
//! | PAT08 | patient weight | optional |
//! | PAT09 | `Y` when the patient is pregnant | optional |

use crate::codes::IndividualRelationship;
use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// PAT — patient information: relationship to the subscriber and a few clinical facts.
    ///
    /// ```
    /// use x12_claims::segments::Pat;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PAT*19~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let pat = Pat::parse(&segment)?;
    /// assert_eq!(pat.relationship().map(|r| r.to_string()).as_deref(), Some("19"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Pat = "PAT";
    /// PAT01: relationship to the subscriber.
    #[doc(alias = "PAT01")]
    relationship: IndividualRelationship = optional(1), "individual relationship code";
    /// PAT02: patient location code.
    #[doc(alias = "PAT02")]
    patient_location: &'s str = optional(2), "patient location code";
    /// PAT03: employment status code.
    #[doc(alias = "PAT03")]
    employment_status: &'s str = optional(3), "employment status code";
    /// PAT04: student status code.
    #[doc(alias = "PAT04")]
    student_status: &'s str = optional(4), "student status code";
    /// PAT05: format of PAT06 (`D8`).
    #[doc(alias = "PAT05")]
    date_format: &'s str = optional(5), "date time period format qualifier";
    /// PAT06: date of death as written.
    #[doc(alias = "PAT06")]
    death_date: &'s str = optional(6), "date of death";
    /// PAT07: unit of PAT08.
    #[doc(alias = "PAT07")]
    weight_unit: &'s str = optional(7), "unit or basis for measurement code";
    /// PAT08: patient weight.
    #[doc(alias = "PAT08")]
    weight: Quantity<'s> = optional(8), "patient weight";
    /// PAT09: `Y` when pregnant.
    #[doc(alias = "PAT09")]
    pregnancy: &'s str = optional(9), "pregnancy indicator";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let pat = Pat::parse(&segment("PAT*****D8*20240101*01*146.5*Y~")).unwrap();
        assert_eq!(pat.relationship(), None);
        assert_eq!(
            (pat.date_format(), pat.death_date()),
            (Some("D8"), Some("20240101"))
        );
        assert_eq!(
            pat.weight().map(|w| w.as_str().to_owned()).as_deref(),
            Some("146.5")
        );
        assert_eq!(pat.pregnancy(), Some("Y"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Pat::parse(&segment("PAT********X~"))
                .unwrap_err()
                .to_string(),
            "segment 1 PAT08 (byte 0): patient weight: quantity \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)"
        );
    }
}
