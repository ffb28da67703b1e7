//! DMG — demographic information: birth date and gender.
//!
//! | element | holds | use |
//! |---|---|---|
//! | DMG01 | `D8` | required |
//! | DMG02 | birth date CCYYMMDD | required |
//! | DMG03 | `F`, `M` or `U` | optional |

use crate::codes::Gender;
use crate::element::Date;
use crate::segments::field::typed_segment;

typed_segment! {
    /// DMG — demographic information: birth date (`D8`) and gender.
    ///
    /// ```
    /// use x12_claims::segments::Dmg;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"DMG*D8*19800519*F~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let dmg = Dmg::parse(&segment)?;
    /// assert_eq!(dmg.birth_date().as_str(), "19800519");
    /// assert_eq!(dmg.gender().map(|g| g.to_string()).as_deref(), Some("F"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Dmg = "DMG";
    /// DMG01: format of DMG02 (`D8`).
    #[doc(alias = "DMG01")]
    date_format: &'s str = required(1), "date time period format qualifier";
    /// DMG02: birth date.
    #[doc(alias = "DMG02")]
    birth_date: Date<'s> = required(2), "birth date";
    /// DMG03: gender.
    #[doc(alias = "DMG03")]
    gender: Gender = optional(3), "gender code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let dmg = Dmg::parse(&segment("DMG*D8*20010101~")).unwrap();
        assert_eq!(dmg.date_format(), "D8");
        assert_eq!(dmg.gender(), None);
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Dmg::parse(&segment("DMG*D8~")).unwrap_err().to_string(),
            "segment 1 DMG02 (byte 0): required birth date is missing"
        );
    }
}
