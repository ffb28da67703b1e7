//! QTY — quantity.
//!
//! | element | holds | use |
//! |---|---|---|
//! | QTY01 | what is counted (`PT` patients, `FL` anesthesia units, `CA` covered days in the 835 ...) | required |
//! | QTY02 | the quantity | required |
//! | QTY03-1 | unit of measure | optional |

use crate::codes::QuantityQualifier;
use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// QTY — a qualified quantity.
    ///
    /// ```
    /// use x12_claims::segments::Qty;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"QTY*PT*2~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// let qty = Qty::parse(&segment)?;
    /// assert_eq!(qty.qualifier().as_str(), "PT");
    /// assert_eq!(qty.quantity().value(), rust_decimal::Decimal::from(2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Qty = "QTY";
    /// QTY01: what is counted.
    #[doc(alias = "QTY01")]
    qualifier: QuantityQualifier = required(1), "quantity qualifier";
    /// QTY02: the quantity.
    #[doc(alias = "QTY02")]
    quantity: Quantity<'s> = required(2), "quantity";
    /// QTY03-1: unit of measure.
    #[doc(alias = "QTY03")]
    unit: &'s str = optional(3, 1), "unit or basis for measurement code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_a_decimal_quantity() {
        let qty = Qty::parse(&segment("QTY*FL*1.5*MJ~")).unwrap();
        assert_eq!(qty.quantity().as_str(), "1.5");
        assert_eq!(qty.unit(), Some("MJ"));
    }

    #[test]
    fn quantity_is_required() {
        assert_eq!(
            Qty::parse(&segment("QTY*PT~")).unwrap_err().to_string(),
            "segment 1 QTY02 (byte 0): required quantity is missing"
        );
    }
}
