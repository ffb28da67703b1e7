//! PS1 — purchased service information (box 20).
//!
//! | element | holds | use |
//! |---|---|---|
//! | PS101 | purchased service provider identifier | required |
//! | PS102 | purchased service charge | required |

use crate::element::Amount;
use crate::segments::field::typed_segment;

typed_segment! {
    /// PS1 — purchased service: the supplier's identifier and the purchase price.
    ///
    /// ```
    /// use x12_claims::segments::Ps1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PS1*PN222222*110~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let ps1 = Ps1::parse(&segment)?;
    /// assert_eq!(ps1.provider_id(), "PN222222");
    /// assert_eq!(ps1.charge().as_str(), "110");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Ps1 = "PS1";
    /// PS101: purchased service provider identifier.
    #[doc(alias = "PS101")]
    provider_id: &'s str = required(1), "purchased service provider identifier";
    /// PS102: purchased service charge.
    #[doc(alias = "PS102")]
    charge: Amount<'s> = required(2), "purchased service charge amount";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let ps1 = Ps1::parse(&segment("PS1*X1*20.5~")).unwrap();
        assert_eq!(ps1.charge().as_str(), "20.5");
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Ps1::parse(&segment("PS1*X1~")).unwrap_err().to_string(),
            "segment 1 PS102 (byte 0): required purchased service charge amount is missing"
        );
    }
}
