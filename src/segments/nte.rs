//! NTE — note: free text for the claim (box 19) or a line.
//!
//! | element | holds | use |
//! |---|---|---|
//! | NTE01 | what the note is about: `ADD` additional information, `CER` certification, `DCP` goals and plans, `DGN` diagnosis, `TPO` third-party organization | optional |
//! | NTE02 | the note | required |

use crate::segments::field::typed_segment;

typed_segment! {
    /// NTE — note: a reference code and free text.
    ///
    /// ```
    /// use x12_claims::segments::Nte;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"NTE*ADD*PATIENT SEEN VIA VIDEO~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let nte = Nte::parse(&segment)?;
    /// assert_eq!(nte.topic(), Some("ADD"));
    /// assert_eq!(nte.text(), "PATIENT SEEN VIA VIDEO");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Nte = "NTE";
    /// NTE01: what the note is about.
    #[doc(alias = "NTE01")]
    topic: &'s str = optional(1), "note reference code";
    /// NTE02: the note.
    #[doc(alias = "NTE02")]
    text: &'s str = required(2), "description";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let nte = Nte::parse(&segment("NTE*TPO*REPRICED~")).unwrap();
        assert_eq!((nte.topic(), nte.text()), (Some("TPO"), "REPRICED"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Nte::parse(&segment("NTE*ADD~")).unwrap_err().to_string(),
            "segment 1 NTE02 (byte 0): required description is missing"
        );
    }
}
