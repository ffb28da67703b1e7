//! CTP — pricing information: the quantity of a drug (2410).
//!
//! | element | holds | use |
//! |---|---|---|
//! | CTP01 | not used by the 837P | optional |
//! | CTP02 | not used by the 837P | optional |
//! | CTP03 | not used by the 837P | optional |
//! | CTP04 | drug quantity | required |
//! | CTP05-1 | `F2` international unit, `GR` gram, `ME` milligram, `ML` milliliter, `UN` unit | required |

use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// CTP — pricing information: drug quantity and its unit.
    ///
    /// ```
    /// use x12_claims::segments::Ctp;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CTP****2*UN~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let ctp = Ctp::parse(&segment)?;
    /// assert_eq!(ctp.quantity().as_str(), "2");
    /// assert_eq!(ctp.unit(), "UN");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Ctp = "CTP";
    /// CTP01: class of trade.
    #[doc(alias = "CTP01")]
    class_of_trade: &'s str = optional(1), "class of trade code";
    /// CTP02: price identifier.
    #[doc(alias = "CTP02")]
    price_qualifier: &'s str = optional(2), "price identifier code";
    /// CTP03: unit price.
    #[doc(alias = "CTP03")]
    unit_price: Amount<'s> = optional(3), "unit price";
    /// CTP04: drug quantity.
    #[doc(alias = "CTP04")]
    quantity: Quantity<'s> = required(4), "national drug unit count";
    /// CTP05-1: unit of the quantity.
    #[doc(alias = "CTP05")]
    unit: &'s str = required(5, 1), "unit or basis for measurement code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let ctp = Ctp::parse(&segment("CTP****0.5*ML~")).unwrap();
        assert_eq!((ctp.quantity().as_str(), ctp.unit()), ("0.5", "ML"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Ctp::parse(&segment("CTP****2~")).unwrap_err().to_string(),
            "segment 1 CTP05-1 (byte 0): required unit or basis for measurement code is missing"
        );
    }
}
