//! LQ — industry code: a remark code in the 835 (2110), a form identifier in the 837P (2440).
//!
//! | element | holds | use |
//! |---|---|---|
//! | LQ01 | code list: `HE` remark codes (RARC), `RX` NCPDP reject codes, `AS`/`UT` forms (837P) | required |
//! | LQ02 | the code | required |

use crate::codes::Rarc;
use crate::segments::field::typed_segment;

typed_segment! {
    /// LQ — a code from a named code list.
    ///
    /// ```
    /// use x12_claims::segments::Lq;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"LQ*HE*N130~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// let lq = Lq::parse(&segment)?;
    /// assert_eq!(lq.code(), "N130");
    /// assert_eq!(lq.remark().map(|r| r.to_string()).as_deref(), Some("N130"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Lq = "LQ";
    /// LQ01: the code list.
    #[doc(alias = "LQ01")]
    list: &'s str = required(1), "code list qualifier code";
    /// LQ02: the code.
    #[doc(alias = "LQ02")]
    code: &'s str = required(2), "industry code";
}

impl<'a> Lq<'a> {
    /// The code as a remark code, when LQ01 is `HE`.
    pub fn remark(&self) -> Option<Rarc> {
        if self.list() != "HE" {
            return None;
        }
        Rarc::new(self.code()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn a_form_id_is_not_a_remark() {
        let lq = Lq::parse(&segment("LQ*UT*01.02~")).unwrap();
        assert_eq!((lq.list(), lq.code()), ("UT", "01.02"));
        assert!(lq.remark().is_none());
    }

    #[test]
    fn code_is_required() {
        assert_eq!(
            Lq::parse(&segment("LQ*HE~")).unwrap_err().to_string(),
            "segment 1 LQ02 (byte 0): required industry code is missing"
        );
    }
}
