//! SV1 — professional service: one line of a CMS-1500 (box 24).
//!
//! | element | holds | use |
//! |---|---|---|
//! | SV101-1 | code set of the procedure: `HC` HCPCS/CPT, `ER`, `IV`, `WK` | required |
//! | SV101-2 | procedure code (box 24D) | required |
//! | SV101-3 … SV101-6 | up to four modifiers, in order | optional |
//! | SV101-7 | description (unlisted codes) | optional |
//! | SV102 | line charge (box 24F) | required |
//! | SV103 | unit basis: `UN` units, `MJ` minutes | required |
//! | SV104 | units or minutes (box 24G) | required |
//! | SV105 | place of service, only when it differs from CLM05-1 | optional |
//! | SV106 | service type (not used) | optional |
//! | SV107-1 … SV107-4 | diagnosis pointers: positions 1–12 in the claim's HI | SV107-1 required |
//! | SV109 | `Y` emergency (box 24C) | optional |
//! | SV111 | `Y` EPSDT (box 24H) | optional |
//! | SV112 | `Y` family planning (box 24H) | optional |
//! | SV115 | co-pay status, `0` exempt | optional |

use crate::codes::{PlaceOfService, ProductServiceQualifier, UnitBasis};
use crate::element::{Amount, Count, Quantity};
use crate::segments::SegmentError;
use crate::segments::field::{Fields, components_text, typed_segment};
use crate::syntax::ElementPosition;

typed_segment! {
    /// SV1 — professional service: procedure and modifiers, charge, units, place of service and
    /// diagnosis pointers.
    ///
    /// ```
    /// use x12_claims::segments::Sv1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"SV1*HC:99213:95:GT*125*UN*1***1:2~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let sv1 = Sv1::parse(&segment)?;
    /// assert_eq!(sv1.procedure_code(), "99213");
    /// assert_eq!(sv1.modifiers().collect::<Vec<_>>(), ["95", "GT"]);
    /// assert_eq!(sv1.charge().value(), rust_decimal::Decimal::from(125));
    /// assert_eq!(sv1.diagnosis_pointers().collect::<Vec<_>>(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Sv1 = "SV1", check = check_pointers;
    /// SV101-1: code set of the procedure.
    #[doc(alias = "SV101")]
    qualifier: ProductServiceQualifier = required(1, 1), "product/service id qualifier";
    /// SV101-2: procedure code (CPT/HCPCS).
    procedure_code: &'s str = required(1, 2), "procedure code";
    /// SV101-7: description of the procedure.
    description: &'s str = optional(1, 7), "procedure description";
    /// SV102: line charge.
    #[doc(alias = "SV102")]
    charge: Amount<'s> = required(2), "line item charge amount";
    /// SV103: unit basis (`UN` units, `MJ` minutes).
    #[doc(alias = "SV103")]
    unit: UnitBasis = required(3), "unit or basis for measurement code";
    /// SV104: units or minutes.
    #[doc(alias = "SV104")]
    quantity: Quantity<'s> = required(4), "service unit count";
    /// SV105: place of service of this line, when it differs from the claim's.
    #[doc(alias = "SV105")]
    place_of_service: PlaceOfService = optional(5), "place of service code";
    /// SV106: service type code.
    #[doc(alias = "SV106")]
    service_type: &'s str = optional(6), "service type code";
    /// SV107-1: the first (primary) diagnosis pointer.
    #[doc(alias = "SV107")]
    primary_pointer: Count<'s> = required(7, 1), "diagnosis code pointer";
    /// SV109: emergency indicator (`Y`).
    #[doc(alias = "SV109")]
    emergency: &'s str = optional(9), "emergency indicator";
    /// SV111: EPSDT indicator (`Y`).
    #[doc(alias = "SV111")]
    epsdt: &'s str = optional(11), "EPSDT indicator";
    /// SV112: family planning indicator (`Y`).
    #[doc(alias = "SV112")]
    family_planning: &'s str = optional(12), "family planning indicator";
    /// SV115: co-pay status code (`0` exempt).
    #[doc(alias = "SV115")]
    copay_status: &'s str = optional(15), "co-pay status code";
}

fn check_pointers(fields: &Fields<'_>) -> Result<(), SegmentError> {
    // Most lines point at one diagnosis: without a component separator there is nothing more.
    let separator = fields.delimiters().component;
    if fields
        .element(7)
        .is_none_or(|pointers| !pointers.as_bytes().contains(&separator))
    {
        return Ok(());
    }
    for component in 2..=4 {
        let at = ElementPosition {
            element: 7,
            component: Some(component),
        };
        fields.optional::<Count<'_>>(at, "diagnosis code pointer")?;
    }
    Ok(())
}

impl<'a> Sv1<'a> {
    /// SV101-3 … SV101-6: the procedure modifiers given, in order.
    pub fn modifiers(&self) -> impl Iterator<Item = &str> {
        components_text(self.raw().view(), 1, 3, 6)
    }

    /// SV107-1 … SV107-4: the diagnosis pointers given (1-based positions in the claim's HI).
    pub fn diagnosis_pointers(&self) -> impl Iterator<Item = u64> {
        components_text(self.raw().view(), 7, 1, 4)
            .filter_map(|text| Count::parse(text).ok().map(|count| count.value()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let sv1 = Sv1::parse(&segment(
            "SV1*HC:99214:25:59:GT:95:OFFICE VISIT*150.5*MJ*30*02**1:3:4:12**Y**Y*Y***0~",
        ))
        .unwrap();
        assert_eq!(sv1.qualifier(), ProductServiceQualifier::HCPCS);
        assert_eq!(
            sv1.modifiers().collect::<Vec<_>>(),
            ["25", "59", "GT", "95"]
        );
        assert_eq!(sv1.description(), Some("OFFICE VISIT"));
        assert_eq!(sv1.charge().as_str(), "150.5");
        assert_eq!(sv1.unit().as_str(), "MJ");
        assert_eq!(sv1.quantity().as_str(), "30");
        assert_eq!(
            sv1.place_of_service().map(|p| p.to_string()).as_deref(),
            Some("02")
        );
        assert_eq!(sv1.diagnosis_pointers().collect::<Vec<_>>(), [1, 3, 4, 12]);
        assert_eq!(sv1.primary_pointer().value(), 1);
        assert_eq!(sv1.emergency(), Some("Y"));
        assert_eq!(sv1.epsdt(), Some("Y"));
        assert_eq!(
            (sv1.family_planning(), sv1.copay_status()),
            (Some("Y"), Some("0"))
        );
    }

    #[test]
    fn no_modifiers() {
        let sv1 = Sv1::parse(&segment("SV1*HC:99213*80*UN*1***1~")).unwrap();
        assert_eq!(sv1.modifiers().count(), 0);
        assert_eq!(sv1.place_of_service(), None);
    }

    #[test]
    fn errors_name_element_and_component() {
        for (text, message) in [
            (
                "SV1*HC*80*UN*1***1~",
                "segment 1 SV101-2 (byte 0): required procedure code is missing",
            ),
            (
                "SV1*HC:99213*80*UN*1~",
                "segment 1 SV107-1 (byte 0): required diagnosis code pointer is missing",
            ),
            (
                "SV1*HC:99213*80*UN*1***1:A~",
                "segment 1 SV107-2 (byte 0): diagnosis code pointer: count \"A\" is not an X12 whole number (digits only, no sign or decimal point)",
            ),
            (
                "SV1*HC:99213*80*UN*1***1:2:3:X~",
                "segment 1 SV107-4 (byte 0): diagnosis code pointer: count \"X\" is not an X12 whole number (digits only, no sign or decimal point)",
            ),
        ] {
            assert_eq!(Sv1::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
