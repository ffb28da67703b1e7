//! RDM — remittance delivery method (835 loop 1000B).
//!
//! | element | holds | use |
//! |---|---|---|
//! | RDM01 | how the remittance went out: `BM` by mail, `EM` e-mail, `FT` file transfer, `OL` on-line | required |
//! | RDM02 | name of the recipient | optional |
//! | RDM03 | communication number (e-mail address, URL ...) | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// RDM — how a paper or alternate remittance was delivered.
    ///
    /// ```
    /// use x12_claims::segments::Rdm;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"RDM*EM*BILLING*era@example.com~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let rdm = Rdm::parse(&segment)?;
    /// assert_eq!(rdm.method(), "EM");
    /// assert_eq!(rdm.communication_number(), Some("era@example.com"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Rdm = "RDM";
    /// RDM01: delivery method code.
    #[doc(alias = "RDM01")]
    method: &'s str = required(1), "report transmission code";
    /// RDM02: the recipient's name.
    #[doc(alias = "RDM02")]
    name: &'s str = optional(2), "name";
    /// RDM03: e-mail address, URL or other communication number.
    #[doc(alias = "RDM03")]
    communication_number: &'s str = optional(3), "communication number";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let rdm = Rdm::parse(&segment("RDM*BM*ATTN BILLING~")).unwrap();
        assert_eq!(
            (rdm.method(), rdm.name(), rdm.communication_number()),
            ("BM", Some("ATTN BILLING"), None)
        );
        assert!(Rdm::parse(&segment("RDM~")).is_err());
    }
}
