//! MEA — measurements: test results (dialysis, oxygen therapy).
//!
//! | element | holds | use |
//! |---|---|---|
//! | MEA01 | `OG` original, `TR` test results | required |
//! | MEA02 | what was measured: `HT` height, `R1`/`R2` hemoglobin, `R3`/`R4` hematocrit / epoetin | required |
//! | MEA03 | the measured value | required |

use crate::element::Quantity;
use crate::segments::field::typed_segment;

typed_segment! {
    /// MEA — measurements: what was measured and the value.
    ///
    /// ```
    /// use x12_claims::segments::Mea;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"MEA*TR*R1*11.2~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let mea = Mea::parse(&segment)?;
    /// assert_eq!(mea.qualifier(), "R1");
    /// assert_eq!(mea.value().as_str(), "11.2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Mea = "MEA";
    /// MEA01: `OG` original or `TR` test results.
    #[doc(alias = "MEA01")]
    reference: &'s str = required(1), "measurement reference id code";
    /// MEA02: what was measured.
    #[doc(alias = "MEA02")]
    qualifier: &'s str = required(2), "measurement qualifier";
    /// MEA03: the measured value.
    #[doc(alias = "MEA03")]
    value: Quantity<'s> = required(3), "measurement value";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let mea = Mea::parse(&segment("MEA*OG*HT*60~")).unwrap();
        assert_eq!(
            (mea.reference(), mea.qualifier(), mea.value().as_str()),
            ("OG", "HT", "60")
        );
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Mea::parse(&segment("MEA*TR*R1~")).unwrap_err().to_string(),
            "segment 1 MEA03 (byte 0): required measurement value is missing"
        );
    }
}
