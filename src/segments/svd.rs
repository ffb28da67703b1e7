//! SVD — service line adjudication: what another payer paid on a line (837P 2430).
//!
//! | element | holds | use |
//! |---|---|---|
//! | SVD01 | the other payer's id (matches a 2330B NM109) | required |
//! | SVD02 | amount that payer paid on the line | required |
//! | SVD03-1 | code set of the procedure (`HC` ...) | required |
//! | SVD03-2 | procedure code | required |
//! | SVD03-3 … SVD03-6 | modifiers | optional |
//! | SVD03-7 | description | optional |
//! | SVD04 | revenue code (not used by the 837P) | optional |
//! | SVD05 | paid units | required |
//! | SVD06 | bundled or unbundled line number | optional |

use crate::codes::ProductServiceQualifier;
use crate::element::{Amount, Count, Quantity};
use crate::segments::field::{components_text, typed_segment};

typed_segment! {
    /// SVD — line adjudication by another payer: payer, paid amount, procedure and units.
    ///
    /// ```
    /// use x12_claims::segments::Svd;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"SVD*43*55*HC:84550**1~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let svd = Svd::parse(&segment)?;
    /// assert_eq!(svd.payer_id(), "43");
    /// assert_eq!(svd.paid().value(), rust_decimal::Decimal::from(55));
    /// assert_eq!(svd.procedure_code(), "84550");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Svd = "SVD";
    /// SVD01: the other payer's id.
    #[doc(alias = "SVD01")]
    payer_id: &'s str = required(1), "other payer primary identifier";
    /// SVD02: amount paid on the line.
    #[doc(alias = "SVD02")]
    paid: Amount<'s> = required(2), "service line paid amount";
    /// SVD03-1: code set of the procedure.
    #[doc(alias = "SVD03")]
    qualifier: ProductServiceQualifier = required(3, 1), "product/service id qualifier";
    /// SVD03-2: procedure code.
    procedure_code: &'s str = required(3, 2), "procedure code";
    /// SVD03-7: description.
    description: &'s str = optional(3, 7), "procedure code description";
    /// SVD04: revenue code.
    #[doc(alias = "SVD04")]
    revenue_code: &'s str = optional(4), "revenue code";
    /// SVD05: paid units.
    #[doc(alias = "SVD05")]
    paid_units: Quantity<'s> = required(5), "paid service unit count";
    /// SVD06: bundled or unbundled line number.
    #[doc(alias = "SVD06")]
    bundled_line: Count<'s> = optional(6), "bundled or unbundled line number";
}

impl<'a> Svd<'a> {
    /// SVD03-3 … SVD03-6: the procedure modifiers given, in order.
    pub fn modifiers(&self) -> impl Iterator<Item = &str> {
        components_text(self.raw().view(), 3, 3, 6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_modifiers_and_bundling() {
        let svd = Svd::parse(&segment("SVD*PAYER2*0*HC:99213:25::GT**2*3~")).unwrap();
        assert_eq!(svd.modifiers().collect::<Vec<_>>(), ["25", "GT"]);
        assert_eq!(svd.paid_units().as_str(), "2");
        assert_eq!(svd.bundled_line().map(|c| c.value()), Some(3));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Svd::parse(&segment("SVD*43*55*HC:84550~"))
                .unwrap_err()
                .to_string(),
            "segment 1 SVD05 (byte 0): required paid service unit count is missing"
        );
    }
}
