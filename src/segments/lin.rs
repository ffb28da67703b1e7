//! LIN — item identification: the drug of a service line (2410).
//!
//! | element | holds | use |
//! |---|---|---|
//! | LIN01 | not used by the 837P | optional |
//! | LIN02 | kind of id: `N4` NDC in 5-4-2 format, `EN`/`EO`/`HI`/`ON`/`UK`/`UP` | required |
//! | LIN03 | the product id (an 11-digit NDC) | required |

use crate::codes::ProductServiceQualifier;
use crate::segments::field::typed_segment;

typed_segment! {
    /// LIN — item identification: a qualified product id, the NDC of a drug in the 837P.
    ///
    /// ```
    /// use x12_claims::segments::Lin;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"LIN**N4*01234567891~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let lin = Lin::parse(&segment)?;
    /// assert_eq!(lin.qualifier().as_str(), "N4");
    /// assert_eq!(lin.product_id(), "01234567891");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Lin = "LIN";
    /// LIN01: line id.
    #[doc(alias = "LIN01")]
    line_id: &'s str = optional(1), "assigned identification";
    /// LIN02: kind of product id.
    #[doc(alias = "LIN02")]
    qualifier: ProductServiceQualifier = required(2), "product/service id qualifier";
    /// LIN03: the product id.
    #[doc(alias = "LIN03")]
    product_id: &'s str = required(3), "national drug code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let lin = Lin::parse(&segment("LIN*1*N4*00002143380~")).unwrap();
        assert_eq!(
            (lin.line_id(), lin.product_id()),
            (Some("1"), "00002143380")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Lin::parse(&segment("LIN**N4~")).unwrap_err().to_string(),
            "segment 1 LIN03 (byte 0): required national drug code is missing"
        );
    }
}
