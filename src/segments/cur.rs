//! CUR — currency, sent only when amounts are not in US dollars.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CUR01 | whose currency (`85` billing provider, `PR` payer) | required |
//! | CUR02 | ISO 4217 currency code | required |
//! | CUR03 | exchange rate | optional |

use crate::codes::EntityIdentifier;
use crate::segments::field::typed_segment;

typed_segment! {
    /// CUR — the currency amounts are given in.
    ///
    /// ```
    /// use x12_claims::segments::Cur;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"CUR*85*CAD~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// let cur = Cur::parse(&segment)?;
    /// assert_eq!(cur.currency(), "CAD");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cur = "CUR";
    /// CUR01: whose currency.
    #[doc(alias = "CUR01")]
    entity: EntityIdentifier = required(1), "entity identifier code";
    /// CUR02: the currency code.
    #[doc(alias = "CUR02")]
    currency: &'s str = required(2), "currency code";
    /// CUR03: exchange rate.
    #[doc(alias = "CUR03")]
    exchange_rate: &'s str = optional(3), "exchange rate";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_currency_and_rate() {
        let cur = Cur::parse(&segment("CUR*PR*EUR*1.08~")).unwrap();
        assert_eq!(cur.entity().as_str(), "PR");
        assert_eq!(cur.exchange_rate(), Some("1.08"));
        assert_eq!(
            Cur::parse(&segment("CUR*85~")).unwrap_err().to_string(),
            "segment 1 CUR02 (byte 0): required currency code is missing"
        );
    }
}
