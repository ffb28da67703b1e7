//! N3 — party location: street address lines.
//!
//! | element | holds | use |
//! |---|---|---|
//! | N301 | first address line (for a billing provider, a street address, never a PO Box) | required |
//! | N302 | second address line | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// N3 — street address, one or two lines.
    ///
    /// ```
    /// use x12_claims::segments::N3;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"N3*123 MAIN ST*SUITE 4~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let n3 = N3::parse(&segment)?;
    /// assert_eq!(n3.address(), "123 MAIN ST");
    /// assert_eq!(n3.address2(), Some("SUITE 4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct N3 = "N3";
    /// N301: first address line.
    #[doc(alias = "N301")]
    address: &'s str = required(1), "address information";
    /// N302: second address line.
    #[doc(alias = "N302")]
    address2: &'s str = optional(2), "second address line";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_one_line() {
        let n3 = N3::parse(&segment("N3*PO BOX 100~")).unwrap();
        assert_eq!((n3.address(), n3.address2()), ("PO BOX 100", None));
    }

    #[test]
    fn first_line_is_required() {
        assert_eq!(
            N3::parse(&segment("N3**SUITE 4~")).unwrap_err().to_string(),
            "segment 1 N301 (byte 0): required address information is missing"
        );
    }
}
