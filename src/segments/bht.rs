//! BHT — beginning of hierarchical transaction: the batch header of an 837.
//!
//! | element | holds | use |
//! |---|---|---|
//! | BHT01 | hierarchical structure, `0019` (provider, subscriber, dependent) | required |
//! | BHT02 | `00` original, `18` reissue | required |
//! | BHT03 | the sender's batch reference | required |
//! | BHT04 | creation date | required |
//! | BHT05 | creation time | required |
//! | BHT06 | `CH` chargeable (claims), `RP` reporting (encounters), `31` subrogation demand | optional |

use crate::element::{Date, Time};
use crate::segments::field::typed_segment;

typed_segment! {
    /// BHT — beginning of hierarchical transaction: structure, purpose, batch id, creation time and claim or encounter.
    ///
    /// ```
    /// use x12_claims::segments::Bht;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"BHT*0019*00*BATCH0001*20240315*1200*CH~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let bht = Bht::parse(&segment)?;
    /// assert_eq!(bht.reference(), "BATCH0001");
    /// assert_eq!(bht.date().as_str(), "20240315");
    /// assert_eq!(bht.transaction_type(), Some("CH"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Bht = "BHT";
    /// BHT01: hierarchical structure (`0019`).
    #[doc(alias = "BHT01")]
    structure: &'s str = required(1), "hierarchical structure code";
    /// BHT02: purpose: `00` original, `18` reissue.
    #[doc(alias = "BHT02")]
    purpose: &'s str = required(2), "transaction set purpose code";
    /// BHT03: the sender's batch reference.
    #[doc(alias = "BHT03")]
    reference: &'s str = required(3), "originator application transaction identifier";
    /// BHT04: creation date.
    #[doc(alias = "BHT04")]
    date: Date<'s> = required(4), "transaction set creation date";
    /// BHT05: creation time.
    #[doc(alias = "BHT05")]
    time: Time<'s> = required(5), "transaction set creation time";
    /// BHT06: `CH` claims, `RP` encounters, `31` subrogation demand.
    #[doc(alias = "BHT06")]
    transaction_type: &'s str = optional(6), "claim or encounter identifier";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let bht = Bht::parse(&segment("BHT*0019*18*X1*20240102*093000*RP~")).unwrap();
        assert_eq!((bht.structure(), bht.purpose()), ("0019", "18"));
        assert_eq!(bht.time().as_str(), "093000");
        assert_eq!(bht.transaction_type(), Some("RP"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Bht::parse(&segment("BHT*0019*00*X*2024*1200~"))
                .unwrap_err()
                .to_string(),
            "segment 1 BHT04 (byte 0): transaction set creation date: date \"2024\" is not CCYYMMDD (8 digits)"
        );
    }
}
