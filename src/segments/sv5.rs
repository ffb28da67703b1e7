//! SV5 — durable medical equipment service: rental or purchase of DME on a service line.
//!
//! | element | holds | use |
//! |---|---|---|
//! | SV501-1 | code set of the procedure (`HC`) | required |
//! | SV501-2 | procedure code | required |
//! | SV502 | unit basis, `DA` days | required |
//! | SV503 | length of medical necessity | required |
//! | SV504 | rental price | optional |
//! | SV505 | purchase price | optional |
//! | SV506 | rental price frequency: `1` weekly, `4` monthly, `6` daily | optional |

use crate::codes::ProductServiceQualifier;
use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// SV5 — durable medical equipment: procedure, length of need and prices.
    ///
    /// ```
    /// use x12_claims::segments::Sv5;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"SV5*HC:E0434*DA*30*50*600*4~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let sv5 = Sv5::parse(&segment)?;
    /// assert_eq!(sv5.procedure_code(), "E0434");
    /// assert_eq!(sv5.duration().as_str(), "30");
    /// assert_eq!(sv5.frequency(), Some("4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Sv5 = "SV5";
    /// SV501-1: code set of the procedure.
    #[doc(alias = "SV501")]
    qualifier: ProductServiceQualifier = required(1, 1), "product/service id qualifier";
    /// SV501-2: procedure code.
    procedure_code: &'s str = required(1, 2), "procedure code";
    /// SV502: unit basis (`DA` days).
    #[doc(alias = "SV502")]
    unit: &'s str = required(2), "unit or basis for measurement code";
    /// SV503: length of medical necessity.
    #[doc(alias = "SV503")]
    duration: Quantity<'s> = required(3), "length of medical necessity";
    /// SV504: rental price.
    #[doc(alias = "SV504")]
    rental_price: Amount<'s> = optional(4), "DME rental price";
    /// SV505: purchase price.
    #[doc(alias = "SV505")]
    purchase_price: Amount<'s> = optional(5), "DME purchase price";
    /// SV506: rental price frequency.
    #[doc(alias = "SV506")]
    frequency: &'s str = optional(6), "rental unit price indicator";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_prices() {
        let sv5 = Sv5::parse(&segment("SV5*HC:K0001*DA*2*12.5*~")).unwrap();
        assert_eq!(sv5.unit(), "DA");
        assert_eq!(
            sv5.rental_price().map(|a| a.as_str().to_owned()).as_deref(),
            Some("12.5")
        );
        assert_eq!(sv5.purchase_price(), None);
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Sv5::parse(&segment("SV5*HC:K0001*DA~"))
                .unwrap_err()
                .to_string(),
            "segment 1 SV503 (byte 0): required length of medical necessity is missing"
        );
    }
}
