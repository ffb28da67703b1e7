//! CR3 — durable medical equipment certification.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CR301 | `I` initial, `R` renewal, `S` revised | required |
//! | CR302 | `MO` months | required |
//! | CR303 | length of medical necessity | required |

use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// CR3 — durable medical equipment certification: initial, renewal or revision, and its length.
    ///
    /// ```
    /// use x12_claims::segments::Cr3;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CR3*I*MO*6~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let cr3 = Cr3::parse(&segment)?;
    /// assert_eq!(cr3.certification_type(), "I");
    /// assert_eq!(cr3.duration().as_str(), "6");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cr3 = "CR3";
    /// CR301: certification type.
    #[doc(alias = "CR301")]
    certification_type: &'s str = required(1), "certification type code";
    /// CR302: unit of CR303 (`MO`).
    #[doc(alias = "CR302")]
    unit: &'s str = required(2), "unit or basis for measurement code";
    /// CR303: length of medical necessity.
    #[doc(alias = "CR303")]
    duration: Quantity<'s> = required(3), "durable medical equipment duration";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let cr3 = Cr3::parse(&segment("CR3*R*MO*12~")).unwrap();
        assert_eq!(
            (
                cr3.certification_type(),
                cr3.unit(),
                cr3.duration().as_str()
            ),
            ("R", "MO", "12")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Cr3::parse(&segment("CR3*I*MO~")).unwrap_err().to_string(),
            "segment 1 CR303 (byte 0): required durable medical equipment duration is missing"
        );
    }
}
