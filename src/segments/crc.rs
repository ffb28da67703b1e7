//! CRC — conditions indicator: certification conditions (ambulance, vision, homebound, EPSDT, DME).
//!
//! | element | holds | use |
//! |---|---|---|
//! | CRC01 | category: `07` ambulance, `E1`–`E3` vision, `75` homebound, `ZZ` EPSDT, `70` hospice employee, `09` DME | required |
//! | CRC02 | `Y` the conditions apply, `N` they do not | required |
//! | CRC03 | first condition code | required |
//! | CRC04 | second condition code | optional |
//! | CRC05 | third condition code | optional |
//! | CRC06 | fourth condition code | optional |
//! | CRC07 | fifth condition code | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// CRC — conditions indicator: a category, whether the conditions apply, and up to five condition codes.
    ///
    /// ```
    /// use x12_claims::segments::Crc;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"CRC*07*Y*01*04~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let crc = Crc::parse(&segment)?;
    /// assert_eq!(crc.category(), "07");
    /// assert_eq!(crc.conditions().collect::<Vec<_>>(), ["01", "04"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Crc = "CRC";
    /// CRC01: the category.
    #[doc(alias = "CRC01")]
    category: &'s str = required(1), "code category";
    /// CRC02: `Y` when the conditions apply.
    #[doc(alias = "CRC02")]
    applies: &'s str = required(2), "yes/no condition or response code";
    /// CRC03: first condition code.
    #[doc(alias = "CRC03")]
    condition1: &'s str = required(3), "condition indicator";
    /// CRC04: second condition code.
    #[doc(alias = "CRC04")]
    condition2: &'s str = optional(4), "condition indicator";
    /// CRC05: third condition code.
    #[doc(alias = "CRC05")]
    condition3: &'s str = optional(5), "condition indicator";
    /// CRC06: fourth condition code.
    #[doc(alias = "CRC06")]
    condition4: &'s str = optional(6), "condition indicator";
    /// CRC07: fifth condition code.
    #[doc(alias = "CRC07")]
    condition5: &'s str = optional(7), "condition indicator";
}

impl<'a> Crc<'a> {
    /// The condition codes given (CRC03–CRC07), in order.
    pub fn conditions(&self) -> impl Iterator<Item = &str> {
        [
            Some(self.condition1()),
            self.condition2(),
            self.condition3(),
            self.condition4(),
            self.condition5(),
        ]
        .into_iter()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let crc = Crc::parse(&segment("CRC*ZZ*N*NU*AV*S2*ST*NO~")).unwrap();
        assert_eq!(crc.applies(), "N");
        assert_eq!(crc.conditions().count(), 5);
        assert_eq!(crc.condition5(), Some("NO"));
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Crc::parse(&segment("CRC*07*Y~")).unwrap_err().to_string(),
            "segment 1 CRC03 (byte 0): required condition indicator is missing"
        );
    }
}
