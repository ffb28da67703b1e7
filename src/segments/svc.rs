//! SVC — service payment information (835 loop 2110).
//!
//! | element | holds | use |
//! |---|---|---|
//! | SVC01-1 | adjudicated procedure qualifier: `HC` CPT/HCPCS, `NU` revenue code, `AD` ADA, `N4` NDC ... | required |
//! | SVC01-2 | adjudicated procedure code | required |
//! | SVC01-3 … -6 | procedure modifiers 1–4 | optional |
//! | SVC01-7 | procedure description | optional |
//! | SVC02 | line charge as submitted | required |
//! | SVC03 | line payment | required |
//! | SVC04 | revenue code (institutional) | optional |
//! | SVC05 | units paid | optional |
//! | SVC06 | submitted procedure, same layout as SVC01, when the payer adjudicated another code | optional |
//! | SVC07 | original units submitted | optional |

use crate::codes::ProductServiceQualifier;
use crate::element::{Amount, Quantity};
use crate::segments::field::{Fields, at, typed_segment};
use crate::segments::{FieldProblem, SegmentError};
use crate::syntax::{Element, ElementPosition};

typed_segment! {
    /// SVC — how the payer settled one service line: the procedure it adjudicated, the charge,
    /// the payment and the units.
    ///
    /// ```
    /// use x12_claims::segments::Svc;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"SVC*HC:90837:95*180*90**1~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let svc = Svc::parse(&segment)?;
    /// let procedure = svc.procedure();
    /// assert_eq!((procedure.qualifier.as_str(), procedure.code), ("HC", "90837"));
    /// assert_eq!(procedure.modifiers().collect::<Vec<_>>(), ["95"]);
    /// assert_eq!(svc.charge().as_str(), "180");
    /// assert_eq!(svc.payment().as_str(), "90");
    /// assert!(svc.submitted_procedure().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Svc = "SVC", check = check_procedures;
    /// SVC01-1: qualifier of the adjudicated procedure code; see
    /// [`procedure`](Svc::procedure) for the whole composite.
    #[doc(alias = "SVC01")]
    procedure_qualifier: ProductServiceQualifier = required(1, 1), "product/service id qualifier";
    /// SVC01-2: the adjudicated procedure code.
    procedure_code: &'s str = required(1, 2), "adjudicated procedure code";
    /// SVC02: line charge as submitted.
    #[doc(alias = "SVC02")]
    charge: Amount<'s> = required(2), "line item charge amount";
    /// SVC03: line payment.
    #[doc(alias = "SVC03")]
    payment: Amount<'s> = required(3), "line item provider payment amount";
    /// SVC04: revenue code.
    #[doc(alias = "SVC04")]
    revenue_code: &'s str = optional(4), "national uniform billing committee revenue code";
    /// SVC05: units paid.
    #[doc(alias = "SVC05")]
    units_paid: Quantity<'s> = optional(5), "units of service paid count";
    /// SVC06-1: qualifier of the submitted procedure code; see
    /// [`submitted_procedure`](Svc::submitted_procedure) for the rest of the composite.
    #[doc(alias = "SVC06")]
    submitted_qualifier: ProductServiceQualifier = optional(6, 1), "product/service id qualifier";
    /// SVC07: original units submitted.
    #[doc(alias = "SVC07")]
    original_units: Quantity<'s> = optional(7), "original units of service count";
}

/// A procedure composite of SVC01 or SVC06: qualifier, code, up to four modifiers and a
/// description.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Procedure<'s> {
    /// Component 1: what kind of code (`HC` CPT/HCPCS, `NU` revenue code ...).
    pub qualifier: ProductServiceQualifier,
    /// Component 2: the code.
    pub code: &'s str,
    /// Components 3–6: modifiers; an empty component is `None`.
    pub modifier_slots: [Option<&'s str>; 4],
    /// Component 7: description.
    pub description: Option<&'s str>,
}

impl<'s> Procedure<'s> {
    /// The modifiers present, in order.
    ///
    /// ```
    /// use x12_claims::codes::ProductServiceQualifier;
    /// use x12_claims::segments::Procedure;
    /// let procedure = Procedure {
    ///     qualifier: ProductServiceQualifier::new("HC")?,
    ///     code: "99213",
    ///     modifier_slots: [Some("25"), None, Some("GT"), None],
    ///     description: None,
    /// };
    /// assert_eq!(procedure.modifiers().collect::<Vec<_>>(), ["25", "GT"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn modifiers(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.modifier_slots.iter().copied().flatten()
    }
}

/// Components 1–7 of a procedure composite, as text (a component that is not UTF-8 reads as
/// absent; parsing refuses such a segment).
fn components(element: Option<Element<'_>>) -> [Option<&str>; 7] {
    let mut out = [None; 7];
    if let Some(element) = element {
        for (slot, component) in out.iter_mut().zip(element.components()) {
            *slot = std::str::from_utf8(component)
                .ok()
                .filter(|c| !c.is_empty());
        }
    }
    out
}

/// SVC01 and SVC06 are text throughout, and SVC06, when sent, has its qualifier and code.
/// Reads each composite once instead of once per component.
fn check_procedures(fields: &Fields<'_>) -> Result<(), SegmentError> {
    // Text cut at ASCII separators is text: the components need a check of their own only when
    // the segment is not text (or its separators are not ASCII), to say which one is wrong.
    let delimiters = fields.delimiters();
    let split_is_text = fields.is_text()
        && delimiters.component.is_ascii()
        && delimiters.repetition.is_none_or(|r| r.is_ascii());
    let composites: &[u16] = if split_is_text { &[] } else { &[1, 6] };
    for &element in composites {
        let Some(composite) = fields.element(usize::from(element)) else {
            continue;
        };
        for (index, component) in composite.components().enumerate() {
            if std::str::from_utf8(component).is_err() {
                // Places past 65535 are told as 65535.
                let index = u16::try_from(index + 1).unwrap_or(u16::MAX);
                return Err(SegmentError::Invalid {
                    location: fields.place(ElementPosition {
                        element,
                        component: Some(index),
                    }),
                    what: "procedure",
                    problem: FieldProblem::NotText,
                });
            }
        }
    }
    if fields.element(6).is_some_and(|e| !e.is_empty()) {
        fields.required::<ProductServiceQualifier>(at!(6, 1), "product/service id qualifier")?;
        fields.required::<&str>(at!(6, 2), "submitted procedure code")?;
    }
    Ok(())
}

impl Svc<'_> {
    /// SVC01: the procedure the payer adjudicated.
    #[doc(alias = "SVC01")]
    pub fn procedure(&self) -> Procedure<'_> {
        let [_, code, m1, m2, m3, m4, description] = components(self.raw().view().element(1));
        Procedure {
            qualifier: self.procedure_qualifier(),
            code: code.unwrap_or(""),
            modifier_slots: [m1, m2, m3, m4],
            description,
        }
    }

    /// SVC06: the procedure as submitted, when the payer adjudicated a different one. Match the
    /// line to the claim sent with this one when it is present.
    #[doc(alias = "SVC06")]
    pub fn submitted_procedure(&self) -> Option<Procedure<'_>> {
        let qualifier = self.submitted_qualifier()?;
        let [_, code, m1, m2, m3, m4, description] = components(self.raw().view().element(6));
        Some(Procedure {
            qualifier,
            code: code.unwrap_or(""),
            modifier_slots: [m1, m2, m3, m4],
            description,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_both_procedures() {
        let svc = Svc::parse(&segment(
            "SVC*HC:99214:25:GT:::DESC*125.5*80*0450*2*HC:99215:25*3~",
        ))
        .unwrap();
        let p = svc.procedure();
        assert_eq!(p.qualifier.as_str(), "HC");
        assert_eq!(p.code, "99214");
        assert_eq!(p.modifier_slots, [Some("25"), Some("GT"), None, None]);
        assert_eq!(p.description, Some("DESC"));
        assert_eq!(svc.charge().as_str(), "125.5");
        assert_eq!(svc.payment().as_str(), "80");
        assert_eq!(svc.revenue_code(), Some("0450"));
        assert_eq!(svc.units_paid().unwrap().as_str(), "2");
        let s = svc.submitted_procedure().unwrap();
        assert_eq!(s.description, None);
        assert_eq!((s.qualifier.as_str(), s.code), ("HC", "99215"));
        assert_eq!(s.modifiers().collect::<Vec<_>>(), ["25"]);
        assert_eq!(svc.original_units().unwrap().as_str(), "3");
    }

    #[test]
    fn revenue_code_line_without_modifiers() {
        let svc = Svc::parse(&segment("SVC*NU:0300*50*40~")).unwrap();
        assert_eq!(svc.procedure().code, "0300");
        assert_eq!(svc.procedure().modifiers().count(), 0);
        assert!(svc.units_paid().is_none());
    }

    #[test]
    fn errors_name_the_component() {
        for (text, message) in [
            (
                "SVC*HC:99213*100*50**1*:99214~",
                "segment 1 SVC06-1 (byte 0): required product/service id qualifier is missing",
            ),
            (
                "SVC*HC:99213*100*50**1*HC~",
                "segment 1 SVC06-2 (byte 0): required submitted procedure code is missing",
            ),
            (
                "SVC*HC*100*50~",
                "segment 1 SVC01-2 (byte 0): required adjudicated procedure code is missing",
            ),
            (
                "SVC*HC:99213*100~",
                "segment 1 SVC03 (byte 0): required line item provider payment amount is missing",
            ),
        ] {
            assert_eq!(Svc::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn a_component_that_is_not_text_is_named() {
        let input = b"SVC*HC:99213:\xFF*100*50~";
        let read =
            crate::syntax::Segments::resume(input, 0, 0, crate::syntax::Delimiters::default())
                .next()
                .unwrap()
                .unwrap();
        assert_eq!(
            Svc::parse(&read).unwrap_err().to_string(),
            "segment 1 SVC01-3 (byte 0): procedure: the value is not UTF-8 text"
        );
        // Past 65535 components, the place is told as 65535, not wrapped.
        let input = [&b"SVC*HC:99213"[..], &b":".repeat(70_000), b"\xFF*100*50~"].concat();
        let read =
            crate::syntax::Segments::resume(&input, 0, 0, crate::syntax::Delimiters::default())
                .next()
                .unwrap()
                .unwrap();
        assert_eq!(
            Svc::parse(&read).unwrap_err().to_string(),
            "segment 1 SVC01-65535 (byte 0): procedure: the value is not UTF-8 text"
        );
    }
}
