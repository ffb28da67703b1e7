//! PER — administrative communications contact.
//!
//! | element | holds | use |
//! |---|---|---|
//! | PER01 | contact function (`IC` information contact, `BL` technical department in the 835 ...) | required |
//! | PER02 | contact name | optional |
//! | PER03 | kind of the first number (`TE` telephone, `EM` e-mail, `FX` fax, `EX` extension, `UR` web address) | optional |
//! | PER04 | the first number | optional |
//! | PER05, PER06 | kind and value of a second number | optional |
//! | PER07, PER08 | kind and value of a third number | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// PER — a contact: name and up to three qualified numbers (telephone, e-mail, fax ...).
    ///
    /// ```
    /// use x12_claims::segments::Per;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"PER*IC*BILLING DEPT*TE*5555551234*EM*BILLING@EXAMPLE.COM~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let per = Per::parse(&segment)?;
    /// assert_eq!(per.name(), Some("BILLING DEPT"));
    /// let numbers: Vec<_> = per.numbers().collect();
    /// assert_eq!(numbers, [("TE", "5555551234"), ("EM", "BILLING@EXAMPLE.COM")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Per = "PER";
    /// PER01: the contact's function.
    #[doc(alias = "PER01")]
    function: &'s str = required(1), "contact function code";
    /// PER02: the contact's name.
    #[doc(alias = "PER02")]
    name: &'s str = optional(2), "contact name";
    /// PER03: kind of the first number.
    #[doc(alias = "PER03")]
    number_qualifier: &'s str = optional(3), "communication number qualifier";
    /// PER04: the first number.
    #[doc(alias = "PER04")]
    number: &'s str = optional(4), "communication number";
    /// PER05: kind of the second number.
    #[doc(alias = "PER05")]
    number2_qualifier: &'s str = optional(5), "communication number qualifier";
    /// PER06: the second number.
    #[doc(alias = "PER06")]
    number2: &'s str = optional(6), "communication number";
    /// PER07: kind of the third number.
    #[doc(alias = "PER07")]
    number3_qualifier: &'s str = optional(7), "communication number qualifier";
    /// PER08: the third number.
    #[doc(alias = "PER08")]
    number3: &'s str = optional(8), "communication number";
}

impl<'a> Per<'a> {
    /// The numbers given, as (kind, number) pairs in order; pairs without a number are skipped.
    pub fn numbers(&self) -> impl Iterator<Item = (&str, &str)> {
        [
            (self.number_qualifier(), self.number()),
            (self.number2_qualifier(), self.number2()),
            (self.number3_qualifier(), self.number3()),
        ]
        .into_iter()
        .filter_map(|(kind, number)| Some((kind.unwrap_or(""), number?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_three_numbers() {
        let per = Per::parse(&segment("PER*IC*JANE*TE*5551234*EX*12*FX*5554321~")).unwrap();
        assert_eq!(per.function(), "IC");
        assert_eq!(per.number3_qualifier(), Some("FX"));
        assert_eq!(
            per.numbers().collect::<Vec<_>>(),
            [("TE", "5551234"), ("EX", "12"), ("FX", "5554321")]
        );
    }

    #[test]
    fn function_is_required() {
        assert_eq!(
            Per::parse(&segment("PER**JANE~")).unwrap_err().to_string(),
            "segment 1 PER01 (byte 0): required contact function code is missing"
        );
    }
}
