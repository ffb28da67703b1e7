//! FRM — supporting documentation: one answer of a form (2440).
//!
//! | element | holds | use |
//! |---|---|---|
//! | FRM01 | question number | required |
//! | FRM02 | `Y`, `N` or `W` | optional |
//! | FRM03 | text answer | optional |
//! | FRM04 | date answer | optional |
//! | FRM05 | percent answer | optional |

use crate::element::Date;
use crate::segments::field::typed_segment;

typed_segment! {
    /// FRM — supporting documentation: a question number and its answer (yes/no, text, date or percent).
    ///
    /// ```
    /// use x12_claims::segments::Frm;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"FRM*1A*Y~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let frm = Frm::parse(&segment)?;
    /// assert_eq!((frm.question(), frm.yes_no()), ("1A", Some("Y")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Frm = "FRM";
    /// FRM01: question number.
    #[doc(alias = "FRM01")]
    question: &'s str = required(1), "assigned identification";
    /// FRM02: yes/no answer.
    #[doc(alias = "FRM02")]
    yes_no: &'s str = optional(2), "yes/no condition or response code";
    /// FRM03: text answer.
    #[doc(alias = "FRM03")]
    text: &'s str = optional(3), "question response";
    /// FRM04: date answer.
    #[doc(alias = "FRM04")]
    date: Date<'s> = optional(4), "question response date";
    /// FRM05: percent answer.
    #[doc(alias = "FRM05")]
    percent: &'s str = optional(5), "question response percent";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let frm = Frm::parse(&segment("FRM*4**TEXT*20240101*50~")).unwrap();
        assert_eq!(frm.text(), Some("TEXT"));
        assert_eq!(
            frm.date().map(|d| d.as_str().to_owned()).as_deref(),
            Some("20240101")
        );
        assert_eq!(frm.percent(), Some("50"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Frm::parse(&segment("FRM**Y~")).unwrap_err().to_string(),
            "segment 1 FRM01 (byte 0): required assigned identification is missing"
        );
    }
}
