//! REF — reference identification.
//!
//! | element | holds | use |
//! |---|---|---|
//! | REF01 | what the reference is (qualifier: `EI` employer id, `F8` payer claim number, `6R` line item control number, `G1` prior authorization ...) | required |
//! | REF02 | the reference itself | required |
//! | REF03 | a description (not used by 837P/835) | optional |
//! | REF04 | a composite naming another identifier, e.g. `2U:{payer id}` for line-level authorizations | optional |

use crate::codes::ReferenceQualifier;
use crate::segments::field::typed_segment;

typed_segment! {
    /// REF — reference identification: a qualified identifier (tax id, payer claim number,
    /// line item control number, prior authorization ...).
    ///
    /// ```
    /// use x12_claims::codes::ReferenceQualifier;
    /// use x12_claims::segments::Ref;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"REF*F8*ACME24099000456~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("no segment")??;
    /// let reference = Ref::parse(&segment)?;
    /// assert_eq!(reference.qualifier(), ReferenceQualifier::ORIGINAL_REFERENCE_NUMBER);
    /// assert_eq!(reference.value(), "ACME24099000456");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Ref = "REF";
    /// REF01: what kind of reference this is.
    #[doc(alias = "REF01")]
    qualifier: ReferenceQualifier = required(1), "reference qualifier";
    /// REF02: the reference.
    #[doc(alias = "REF02")]
    value: &'s str = required(2), "reference identification";
    /// REF03: a free-text description.
    #[doc(alias = "REF03")]
    description: &'s str = optional(3), "description";
    /// REF04-1: qualifier of a further identifier (`2U` payer identification).
    #[doc(alias = "REF04")]
    other_qualifier: ReferenceQualifier = optional(4, 1), "other reference qualifier";
    /// REF04-2: the further identifier.
    other_value: &'s str = optional(4, 2), "other reference identification";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_all_elements() {
        let text = "REF*G1*AUTH123**2U:PAYER9~";
        let r = Ref::parse(&segment(text)).unwrap();
        assert_eq!(r.qualifier().as_str(), "G1");
        assert_eq!(r.value(), "AUTH123");
        assert_eq!(r.description(), None);
        assert_eq!(
            r.other_qualifier().map(|q| q.to_string()).as_deref(),
            Some("2U")
        );
        assert_eq!(r.other_value(), Some("PAYER9"));
    }

    #[test]
    fn errors_name_the_element() {
        for (text, message) in [
            (
                "REF*EI~",
                "segment 1 REF02 (byte 0): required reference identification is missing",
            ),
            (
                "REF**1~",
                "segment 1 REF01 (byte 0): required reference qualifier is missing",
            ),
            (
                "N3*X~",
                "segment 1 N3 (byte 0): expected a REF segment, found N3",
            ),
        ] {
            assert_eq!(Ref::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn writes_back_exactly() {
        let text = "REF*6R*LINE-1~\r\n";
        let r = Ref::parse(&segment(text)).unwrap().into_owned();
        let mut out = crate::syntax::Writer::new(Vec::new(), Default::default());
        r.write(&mut out).unwrap();
        assert_eq!(out.into_inner(), text.as_bytes());
    }
}
