//! CR1 — ambulance transport information.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CR101 | `LB` when CR102 is sent | optional |
//! | CR102 | patient weight | optional |
//! | CR103 | not used by the 837P | optional |
//! | CR104 | reason for transport (`A`–`E`) | optional |
//! | CR105 | `DH` miles | optional |
//! | CR106 | transport distance | optional |
//! | CR107 | not used by the 837P | optional |
//! | CR108 | not used by the 837P | optional |
//! | CR109 | purpose of a round trip | optional |
//! | CR110 | purpose of a stretcher | optional |

use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// CR1 — ambulance transport information: patient weight, reason, distance and purpose.
    ///
    /// ```
    /// use x12_claims::segments::Cr1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CR1*LB*140**A*DH*12****UNABLE TO SIT~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let cr1 = Cr1::parse(&segment)?;
    /// assert_eq!(cr1.transport_reason(), Some("A"));
    /// assert_eq!(cr1.distance().map(|d| d.as_str().to_owned()).as_deref(), Some("12"));
    /// assert_eq!(cr1.stretcher_purpose(), Some("UNABLE TO SIT"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cr1 = "CR1";
    /// CR101: unit of CR102 (`LB`).
    #[doc(alias = "CR101")]
    weight_unit: &'s str = optional(1), "unit or basis for measurement code";
    /// CR102: patient weight.
    #[doc(alias = "CR102")]
    patient_weight: Quantity<'s> = optional(2), "patient weight";
    /// CR103: ambulance transport code.
    #[doc(alias = "CR103")]
    ambulance_transport_code: &'s str = optional(3), "ambulance transport code";
    /// CR104: reason for transport.
    #[doc(alias = "CR104")]
    transport_reason: &'s str = optional(4), "ambulance transport reason code";
    /// CR105: unit of CR106 (`DH`).
    #[doc(alias = "CR105")]
    distance_unit: &'s str = optional(5), "unit or basis for measurement code";
    /// CR106: transport distance.
    #[doc(alias = "CR106")]
    distance: Quantity<'s> = optional(6), "transport distance";
    /// CR107: address.
    #[doc(alias = "CR107")]
    address: &'s str = optional(7), "address information";
    /// CR108: second address.
    #[doc(alias = "CR108")]
    address2: &'s str = optional(8), "address information";
    /// CR109: purpose of a round trip.
    #[doc(alias = "CR109")]
    round_trip_purpose: &'s str = optional(9), "round trip purpose description";
    /// CR110: purpose of a stretcher.
    #[doc(alias = "CR110")]
    stretcher_purpose: &'s str = optional(10), "stretcher purpose description";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let cr1 = Cr1::parse(&segment("CR1*LB*180.5**B*DH*3.5*~")).unwrap();
        assert_eq!(
            cr1.patient_weight()
                .map(|w| w.as_str().to_owned())
                .as_deref(),
            Some("180.5")
        );
        assert_eq!(cr1.distance_unit(), Some("DH"));
        assert_eq!(cr1.round_trip_purpose(), None);
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Cr1::parse(&segment("CR1*LB*A~")).unwrap_err().to_string(),
            "segment 1 CR102 (byte 0): patient weight: quantity \"A\" is not an X12 decimal number (digits with an optional leading minus and decimal point)"
        );
    }
}
