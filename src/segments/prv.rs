//! PRV — provider information: a provider's role and taxonomy code.
//!
//! | element | holds | use |
//! |---|---|---|
//! | PRV01 | role: `BI` billing, `PE` performing (rendering), `RF` referring | required |
//! | PRV02 | `PXC` (taxonomy code) | required |
//! | PRV03 | the 10-character NUCC taxonomy code | required |

use crate::segments::field::typed_segment;

typed_segment! {
    /// PRV — provider information: the provider's role (`BI` billing, `PE` performing) and NUCC taxonomy.
    ///
    /// ```
    /// use x12_claims::segments::Prv;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PRV*BI*PXC*207Q00000X~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let prv = Prv::parse(&segment)?;
    /// assert_eq!(prv.role(), "BI");
    /// assert_eq!(prv.taxonomy(), "207Q00000X");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Prv = "PRV";
    /// PRV01: the provider's role.
    #[doc(alias = "PRV01")]
    role: &'s str = required(1), "provider code";
    /// PRV02: kind of identifier (`PXC`).
    #[doc(alias = "PRV02")]
    qualifier: &'s str = required(2), "reference identification qualifier";
    /// PRV03: the taxonomy code.
    #[doc(alias = "PRV03")]
    taxonomy: &'s str = required(3), "provider taxonomy code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let prv = Prv::parse(&segment("PRV*PE*PXC*103T00000X~")).unwrap();
        assert_eq!(
            (prv.role(), prv.qualifier(), prv.taxonomy()),
            ("PE", "PXC", "103T00000X")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Prv::parse(&segment("PRV*BI*PXC~")).unwrap_err().to_string(),
            "segment 1 PRV03 (byte 0): required provider taxonomy code is missing"
        );
    }
}
