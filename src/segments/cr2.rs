//! CR2 — chiropractic (spinal manipulation) certification.
//!
//! | element | holds | use |
//! |---|---|---|
//! | CR201 | not used by the 837P | optional |
//! | CR202 | not used by the 837P | optional |
//! | CR203 | not used by the 837P | optional |
//! | CR204 | not used by the 837P | optional |
//! | CR205 | not used by the 837P | optional |
//! | CR206 | not used by the 837P | optional |
//! | CR207 | not used by the 837P | optional |
//! | CR208 | patient condition: `A` acute, `C` chronic, `D` non-acute, `E` non-life threatening, `F` routine, `G` symptomatic, `M` acute manifestation | optional |
//! | CR209 | not used by the 837P | optional |
//! | CR210 | condition description | optional |
//! | CR211 | second condition description | optional |
//! | CR212 | not used by the 837P | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// CR2 — spinal manipulation service information: the patient's condition.
    ///
    /// ```
    /// use x12_claims::segments::Cr2;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CR2********M~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let cr2 = Cr2::parse(&segment)?;
    /// assert_eq!(cr2.condition(), Some("M"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Cr2 = "CR2";
    /// CR201: treatment count.
    #[doc(alias = "CR201")]
    count: &'s str = optional(1), "count";
    /// CR202: quantity.
    #[doc(alias = "CR202")]
    quantity: &'s str = optional(2), "quantity";
    /// CR203: subluxation level.
    #[doc(alias = "CR203")]
    subluxation_level: &'s str = optional(3), "subluxation level code";
    /// CR204: second subluxation level.
    #[doc(alias = "CR204")]
    subluxation_level2: &'s str = optional(4), "subluxation level code";
    /// CR205: unit.
    #[doc(alias = "CR205")]
    unit: &'s str = optional(5), "unit or basis for measurement code";
    /// CR206: second quantity.
    #[doc(alias = "CR206")]
    quantity2: &'s str = optional(6), "quantity";
    /// CR207: third quantity.
    #[doc(alias = "CR207")]
    quantity3: &'s str = optional(7), "quantity";
    /// CR208: patient condition.
    #[doc(alias = "CR208")]
    condition: &'s str = optional(8), "nature of condition code";
    /// CR209: x-ray availability.
    #[doc(alias = "CR209")]
    x_rays: &'s str = optional(9), "yes/no condition or response code";
    /// CR210: condition description.
    #[doc(alias = "CR210")]
    description: &'s str = optional(10), "patient condition description";
    /// CR211: second condition description.
    #[doc(alias = "CR211")]
    description2: &'s str = optional(11), "patient condition description";
    /// CR212: yes/no response.
    #[doc(alias = "CR212")]
    x_rays_available: &'s str = optional(12), "yes/no condition or response code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let cr2 = Cr2::parse(&segment("CR2********A**FIRST*SECOND~")).unwrap();
        assert_eq!(cr2.condition(), Some("A"));
        assert_eq!(
            (cr2.description(), cr2.description2()),
            (Some("FIRST"), Some("SECOND"))
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Cr2::parse(&segment("N3*X~")).unwrap_err().to_string(),
            "segment 1 N3 (byte 0): expected a CR2 segment, found N3"
        );
    }
}
