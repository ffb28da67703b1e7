//! N4 — geographic location: city, state, postal code and country.
//!
//! | element | holds | use |
//! |---|---|---|
//! | N401 | city | required |
//! | N402 | state or province code | optional |
//! | N403 | postal code (ZIP: 5 or 9 digits; 9 for the 837P billing provider and service facility) | optional |
//! | N404 | country code, only outside the US | optional |
//! | N405 | location qualifier (not used by 837P/835) | optional |
//! | N406 | location identifier (not used by 837P/835) | optional |
//! | N407 | country subdivision, only outside the US | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// N4 — city, state, postal code and (outside the US) country.
    ///
    /// ```
    /// use x12_claims::segments::N4;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"N4*SPRINGFIELD*IL*627011234~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let n4 = N4::parse(&segment)?;
    /// assert_eq!(n4.city(), "SPRINGFIELD");
    /// assert_eq!(n4.state(), Some("IL"));
    /// assert_eq!(n4.postal_code(), Some("627011234"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct N4 = "N4";
    /// N401: city.
    #[doc(alias = "N401")]
    city: &'s str = required(1), "city name";
    /// N402: state or province.
    #[doc(alias = "N402")]
    state: &'s str = optional(2), "state or province code";
    /// N403: postal (ZIP) code.
    #[doc(alias = "N403")]
    postal_code: &'s str = optional(3), "postal code";
    /// N404: country code.
    #[doc(alias = "N404")]
    country: &'s str = optional(4), "country code";
    /// N405: location qualifier.
    #[doc(alias = "N405")]
    location_qualifier: &'s str = optional(5), "location qualifier";
    /// N406: location identifier.
    #[doc(alias = "N406")]
    location_id: &'s str = optional(6), "location identifier";
    /// N407: country subdivision.
    #[doc(alias = "N407")]
    country_subdivision: &'s str = optional(7), "country subdivision code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_a_foreign_address() {
        let n4 = N4::parse(&segment("N4*TORONTO**M5V2T6*CA***ON~")).unwrap();
        assert_eq!(n4.city(), "TORONTO");
        assert_eq!(n4.state(), None);
        assert_eq!(n4.postal_code(), Some("M5V2T6"));
        assert_eq!(n4.country(), Some("CA"));
        assert_eq!(n4.country_subdivision(), Some("ON"));
    }

    #[test]
    fn city_is_required() {
        assert_eq!(
            N4::parse(&segment("N4**IL*62701~"))
                .unwrap_err()
                .to_string(),
            "segment 1 N401 (byte 0): required city name is missing"
        );
    }
}
