//! CN1 — contract information between the payer and the provider.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CN101 | `01` DRG, `02` per diem, `03` variable per diem, `04` flat, `05` capitated, `06` percent, `09` other | required |
//! | CN102 | contract amount | optional |
//! | CN103 | allowance or charge percentage | optional |
//! | CN104 | contract code | optional |
//! | CN105 | terms discount percentage | optional |
//! | CN106 | contract version | optional |

use crate::element::Amount;
use crate::segments::field::typed_segment;

typed_segment! {
    /// CN1 — contract information: contract type, amount, percentage, code and version.
    ///
    /// ```
    /// use x12_claims::segments::Cn1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CN1*02*550~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let cn1 = Cn1::parse(&segment)?;
    /// assert_eq!(cn1.contract_type(), "02");
    /// assert_eq!(cn1.amount().map(|a| a.value()), Some(rust_decimal::Decimal::from(550)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cn1 = "CN1";
    /// CN101: contract type.
    #[doc(alias = "CN101")]
    contract_type: &'s str = required(1), "contract type code";
    /// CN102: contract amount.
    #[doc(alias = "CN102")]
    amount: Amount<'s> = optional(2), "contract amount";
    /// CN103: contract percentage.
    #[doc(alias = "CN103")]
    percent: &'s str = optional(3), "contract percentage";
    /// CN104: contract code.
    #[doc(alias = "CN104")]
    code: &'s str = optional(4), "contract code";
    /// CN105: terms discount percentage.
    #[doc(alias = "CN105")]
    terms_discount: &'s str = optional(5), "terms discount percentage";
    /// CN106: contract version.
    #[doc(alias = "CN106")]
    version: &'s str = optional(6), "contract version identifier";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let cn1 = Cn1::parse(&segment("CN1*05**10*ABC*2*V1~")).unwrap();
        assert_eq!(cn1.amount(), None);
        assert_eq!(
            (
                cn1.percent(),
                cn1.code(),
                cn1.terms_discount(),
                cn1.version()
            ),
            (Some("10"), Some("ABC"), Some("2"), Some("V1"))
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Cn1::parse(&segment("CN1**100~")).unwrap_err().to_string(),
            "segment 1 CN101 (byte 0): required contract type code is missing"
        );
    }
}
