//! PWK — paperwork: an attachment sent separately or available on request.
//!
//! | element | holds | use |
//! |---|---|---|
//! | PWK01 | kind of attachment (`OZ` support data, `CT` certification ...) | required |
//! | PWK02 | how it is sent: `BM` mail, `EL` electronically, `FX` fax, `AA` available on request ... | required |
//! | PWK03 | not used by the 837P | optional |
//! | PWK04 | not used by the 837P | optional |
//! | PWK05 | `AC` attachment control number | optional |
//! | PWK06 | attachment control number | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// PWK — paperwork: what kind of attachment, how it is sent and its control number.
    ///
    /// ```
    /// use x12_claims::segments::Pwk;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PWK*OZ*BM***AC*DMN0012~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let pwk = Pwk::parse(&segment)?;
    /// assert_eq!((pwk.report_type(), pwk.transmission()), ("OZ", "BM"));
    /// assert_eq!(pwk.control_number(), Some("DMN0012"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Pwk = "PWK";
    /// PWK01: kind of attachment.
    #[doc(alias = "PWK01")]
    report_type: &'s str = required(1), "report type code";
    /// PWK02: how it is sent.
    #[doc(alias = "PWK02")]
    transmission: &'s str = required(2), "report transmission code";
    /// PWK03: copies needed.
    #[doc(alias = "PWK03")]
    copies: &'s str = optional(3), "report copies needed";
    /// PWK04: entity identifier code.
    #[doc(alias = "PWK04")]
    entity: &'s str = optional(4), "entity identifier code";
    /// PWK05: kind of PWK06 (`AC`).
    #[doc(alias = "PWK05")]
    id_qualifier: &'s str = optional(5), "identification code qualifier";
    /// PWK06: attachment control number.
    #[doc(alias = "PWK06")]
    control_number: &'s str = optional(6), "attachment control number";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let pwk = Pwk::parse(&segment("PWK*CT*AD~")).unwrap();
        assert_eq!(pwk.report_type(), "CT");
        assert_eq!(pwk.control_number(), None);
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Pwk::parse(&segment("PWK*OZ~")).unwrap_err().to_string(),
            "segment 1 PWK02 (byte 0): required report transmission code is missing"
        );
    }
}
