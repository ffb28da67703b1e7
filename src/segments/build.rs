//! [`SegmentBuilder`]: typed segments built from values, for the writing side (a practice's
//! claims mapped to 837P loops, a generated remittance).

use std::fmt;

use super::error::SegmentError;
use super::raw::RawSegment;
use crate::syntax::ElementPosition;

/// Builds one typed segment `T` from values.
///
/// Every typed segment has a `builder()` with one setter per element of its table, named like
/// its accessor and taking the same value type (`Clm::builder().total_charge(Amount::new(..))`).
/// [`build`](Self::build) writes the values with the default delimiters and then checks the
/// segment exactly as a parsed one is checked, so a built segment never holds what parsing would
/// refuse. Written into an interchange, it takes that interchange's delimiters.
///
/// Values are set by position, so setting one twice keeps the last. Positions the typed
/// table does not name (the second to sixth CAS triples, HI02–HI12 ...) are set with
/// [`element`](Self::element) and [`component`](Self::component).
///
/// ```
/// use rust_decimal_macros::dec;
/// use x12_claims::codes::{ClaimFrequency, FacilityCodeQualifier, PlaceOfService};
/// use x12_claims::element::Amount;
/// use x12_claims::segments::Clm;
///
/// let clm = Clm::builder()
///     .patient_control_number("PCN1001")
///     .total_charge(Amount::new(dec!(180.00)))
///     .place_of_service(PlaceOfService::TELEHEALTH_IN_HOME)
///     .facility_qualifier(FacilityCodeQualifier::PLACE_OF_SERVICE)
///     .frequency(ClaimFrequency::ORIGINAL)
///     .provider_signature("Y")
///     .assignment("A")
///     .benefits_assignment("Y")
///     .release_of_information("Y")
///     .build()?;
/// // Amounts are written in canonical form: 180.00 becomes 180.
/// assert_eq!(clm.raw().view().data(), b"CLM*PCN1001*180***10:B:1*Y*A*Y*Y");
/// assert_eq!(clm.place_of_service(), PlaceOfService::TELEHEALTH_IN_HOME);
///
/// // What parsing refuses, building refuses too, naming the element.
/// let error = Clm::builder().patient_control_number("PCN1002").build().unwrap_err();
/// assert!(error.to_string().contains("CLM02"), "{error}");
/// # Ok::<(), x12_claims::segments::SegmentError>(())
/// ```
pub struct SegmentBuilder<T> {
    id: &'static str,
    values: Vec<(ElementPosition, String)>,
    check: fn(RawSegment<'static>) -> Result<T, SegmentError>,
}

impl<T> SegmentBuilder<T> {
    /// A builder for segment `id`, whose result `check` makes typed.
    pub(crate) fn new(
        id: &'static str,
        check: fn(RawSegment<'static>) -> Result<T, SegmentError>,
    ) -> Self {
        SegmentBuilder {
            id,
            values: Vec::new(),
            check,
        }
    }

    /// Sets the value at a position (an empty value leaves it absent).
    pub(crate) fn set(mut self, at: ElementPosition, value: &str) -> Self {
        // A simple element is its own first component, so both spellings are one position.
        let at = ElementPosition {
            element: at.element,
            component: Some(at.component.unwrap_or(1)),
        };
        self.values.retain(|(position, _)| *position != at);
        if !value.is_empty() {
            self.values.push((at, value.to_owned()));
        }
        self
    }

    /// Sets element `n` (1-based), for positions the typed setters do not name.
    pub fn element(self, n: u16, value: &str) -> Self {
        self.set(
            ElementPosition {
                element: n,
                component: None,
            },
            value,
        )
    }

    /// Sets component `m` of element `n` (both 1-based).
    pub fn component(self, n: u16, m: u16, value: &str) -> Self {
        self.set(
            ElementPosition {
                element: n,
                component: Some(m),
            },
            value,
        )
    }

    /// Writes the values and checks the segment as parsing would: a value holding a delimiter,
    /// a missing required element or a value of the wrong type is an error naming the element.
    pub fn build(mut self) -> Result<T, SegmentError> {
        self.values
            .sort_by_key(|(at, _)| (at.element, at.component));
        let last = self.values.last().map_or(0, |(at, _)| at.element);
        let values = &self.values;
        let raw = RawSegment::build(self.id, |w| {
            for n in 1..=last {
                let parts: Vec<&(ElementPosition, String)> =
                    values.iter().filter(|(at, _)| at.element == n).collect();
                let width = parts
                    .iter()
                    .filter_map(|(at, _)| at.component)
                    .max()
                    .unwrap_or(0);
                let mut components = vec![""; usize::from(width)];
                for (at, value) in parts {
                    let slot = usize::from(at.component.unwrap_or(1)).saturating_sub(1);
                    if let Some(place) = components.get_mut(slot) {
                        *place = value.as_str();
                    }
                }
                match components.as_slice() {
                    [] => w.empty(),
                    [single] => w.text(single)?,
                    many => w.composite(many)?,
                };
            }
            Ok(())
        })?;
        (self.check)(raw)
    }
}

impl<T> fmt::Debug for SegmentBuilder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SegmentBuilder")
            .field("id", &self.id)
            .field("values", &self.values)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{AdjustmentGroup, Carc, ClaimStatus};
    use crate::element::{Amount, Count, Quantity};
    use crate::segments::{Cas, Clp, Ref, Sv1};
    use rust_decimal_macros::dec;

    #[test]
    fn writes_values_in_element_order_with_gaps_and_composites() {
        let sv1 = Sv1::builder()
            .charge(Amount::new(dec!(150.5)))
            .procedure_code("99214")
            .qualifier(crate::codes::ProductServiceQualifier::HCPCS)
            .component(1, 3, "95")
            .unit(crate::codes::UnitBasis::UNITS)
            .quantity(Quantity::new(dec!(1)))
            .primary_pointer(Count::new(1))
            .build()
            .unwrap();
        assert_eq!(sv1.raw().view().data(), b"SV1*HC:99214:95*150.5*UN*1***1");
        assert_eq!(sv1.modifiers().collect::<Vec<_>>(), ["95"]);
    }

    #[test]
    fn built_segments_read_back_the_values_given() {
        let clp = Clp::builder()
            .patient_control_number("PCN7")
            .status(ClaimStatus::DENIED)
            .total_charge(Amount::new(dec!(200)))
            .payment(Amount::new(dec!(0)))
            .filing_indicator(crate::codes::ClaimFilingIndicator::new("12").unwrap())
            .payer_claim_control_number("ICN7")
            .build()
            .unwrap();
        assert_eq!(clp.raw().view().data(), b"CLP*PCN7*4*200*0**12*ICN7");
        assert_eq!(clp.status(), ClaimStatus::DENIED);
        assert_eq!(clp.total_charge().value(), dec!(200));
        assert!(clp.raw().is_built());
    }

    #[test]
    fn later_values_replace_earlier_and_empty_clears() {
        let r = Ref::builder()
            .qualifier(crate::codes::ReferenceQualifier::new("F8").unwrap())
            .value("OLD")
            .value("ICN123")
            .build()
            .unwrap();
        assert_eq!(r.raw().view().data(), b"REF*F8*ICN123");
        let cleared = Ref::builder()
            .qualifier(crate::codes::ReferenceQualifier::new("EI").unwrap())
            .value("1")
            .description("NOTE")
            .element(3, "")
            .build()
            .unwrap();
        assert_eq!(cleared.raw().view().data(), b"REF*EI*1");
    }

    #[test]
    fn untyped_positions_carry_further_triples() {
        let cas = Cas::builder()
            .group(AdjustmentGroup::PATIENT_RESPONSIBILITY)
            .reason(Carc::new("1").unwrap())
            .amount(Amount::new(dec!(20)))
            .element(5, "2")
            .element(6, "5.5")
            .build()
            .unwrap();
        assert_eq!(cas.raw().view().data(), b"CAS*PR*1*20**2*5.5");
        let reasons: Vec<String> = cas.adjustments().map(|a| a.reason.to_string()).collect();
        assert_eq!(reasons, ["1", "2"]);
    }

    #[test]
    fn refuses_what_parsing_refuses() {
        // A delimiter inside a value.
        let error = Ref::builder()
            .qualifier(crate::codes::ReferenceQualifier::new("F8").unwrap())
            .value("A*B")
            .build()
            .unwrap_err();
        assert!(matches!(error, SegmentError::Write(_)), "{error}");
        // A further triple with an amount but no reason.
        let error = Cas::builder()
            .group(AdjustmentGroup::CONTRACTUAL_OBLIGATION)
            .reason(Carc::new("45").unwrap())
            .amount(Amount::new(dec!(1)))
            .element(6, "2")
            .build()
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "CAS05: required claim adjustment reason code is missing"
        );
        // A required element left out.
        let error = Clp::builder()
            .patient_control_number("P")
            .build()
            .unwrap_err();
        assert!(error.to_string().contains("CLP02"), "{error}");
    }
}
