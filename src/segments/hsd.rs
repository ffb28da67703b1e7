//! HSD — health care services delivery: how often and over what period services are delivered.
//!
//! | element | holds | use |
//! |---|---|---|
//! | HSD01 | what is counted (`VS` visits ...) | optional |
//! | HSD02 | how many | optional |
//! | HSD03 | unit | optional |
//! | HSD04 | sample selection modulus | optional |
//! | HSD05 | kind of period (`7` day, `34` month ...) | optional |
//! | HSD06 | number of periods | optional |
//! | HSD07 | delivery pattern | optional |
//! | HSD08 | delivery time | optional |

use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// HSD — health care services delivery: quantity, unit, period and delivery pattern.
    ///
    /// ```
    /// use x12_claims::segments::Hsd;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"HSD*VS*12**WK*34*1~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let hsd = Hsd::parse(&segment)?;
    /// assert_eq!(hsd.quantity_qualifier(), Some("VS"));
    /// assert_eq!(hsd.quantity().map(|q| q.as_str().to_owned()).as_deref(), Some("12"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Hsd = "HSD";
    /// HSD01: what is counted.
    #[doc(alias = "HSD01")]
    quantity_qualifier: &'s str = optional(1), "quantity qualifier";
    /// HSD02: how many.
    #[doc(alias = "HSD02")]
    quantity: Quantity<'s> = optional(2), "quantity";
    /// HSD03: unit.
    #[doc(alias = "HSD03")]
    unit: &'s str = optional(3), "unit or basis for measurement code";
    /// HSD04: sample selection modulus.
    #[doc(alias = "HSD04")]
    sample_modulus: &'s str = optional(4), "sample selection modulus";
    /// HSD05: kind of period.
    #[doc(alias = "HSD05")]
    period_qualifier: &'s str = optional(5), "time period qualifier";
    /// HSD06: number of periods.
    #[doc(alias = "HSD06")]
    periods: &'s str = optional(6), "number of periods";
    /// HSD07: delivery pattern.
    #[doc(alias = "HSD07")]
    calendar_pattern: &'s str = optional(7), "ship/delivery or calendar pattern code";
    /// HSD08: delivery time.
    #[doc(alias = "HSD08")]
    time_pattern: &'s str = optional(8), "ship/delivery pattern time code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let hsd = Hsd::parse(&segment("HSD*VS*2*DA*1*7*3*SA*D~")).unwrap();
        assert_eq!(
            (
                hsd.unit(),
                hsd.sample_modulus(),
                hsd.period_qualifier(),
                hsd.periods()
            ),
            (Some("DA"), Some("1"), Some("7"), Some("3"))
        );
        assert_eq!(
            (hsd.calendar_pattern(), hsd.time_pattern()),
            (Some("SA"), Some("D"))
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Hsd::parse(&segment("HSD*VS*X~")).unwrap_err().to_string(),
            "segment 1 HSD02 (byte 0): quantity: quantity \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)"
        );
    }
}
