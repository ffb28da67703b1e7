//! K3 — file information: payer-specific fixed-format data.
//!
//! | element | holds | use |
//! |---|---|---|
//! | K301 | the data | required |
//! | K302 | not used by the 837P | optional |
//! | K303-1 | not used by the 837P | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// K3 — file information: a line of fixed-format data a payer asked for.
    ///
    /// ```
    /// use x12_claims::segments::K3;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"K3*STATE DATA 123~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let k3 = K3::parse(&segment)?;
    /// assert_eq!(k3.data(), "STATE DATA 123");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct K3 = "K3";
    /// K301: the data.
    #[doc(alias = "K301")]
    data: &'s str = required(1), "fixed format information";
    /// K302: record format code.
    #[doc(alias = "K302")]
    record_format: &'s str = optional(2), "record format code";
    /// K303-1: first component of the composite unit of measure.
    #[doc(alias = "K303")]
    composite: &'s str = optional(3, 1), "unit or basis for measurement code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let k3 = K3::parse(&segment("K3*X*Y~")).unwrap();
        assert_eq!((k3.data(), k3.record_format()), ("X", Some("Y")));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            K3::parse(&segment("K3~")).unwrap_err().to_string(),
            "segment 1 K301 (byte 0): required fixed format information is missing"
        );
    }
}
