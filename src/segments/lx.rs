//! LX — transaction set line number: starts an 837P service line (2400) or an 835 claim
//! group (2000).
//!
//! | element | holds | use |
//! |---|---|---|
//! | LX01 | the number (837P lines count 1, 2, 3 ... within the claim) | required |

use crate::element::Count;
use crate::segments::field::typed_segment;

typed_segment! {
    /// LX — a line or group number.
    ///
    /// ```
    /// use x12_claims::segments::Lx;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let segment = Segments::resume(b"LX*2~", 0, 0, Delimiters::default())
    ///     .next()
    ///     .ok_or("none")??;
    /// assert_eq!(Lx::parse(&segment)?.number().value(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Lx = "LX";
    /// LX01: the number.
    #[doc(alias = "LX01")]
    number: Count<'s> = required(1), "assigned number";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn the_number_is_a_whole_number() {
        assert_eq!(
            Lx::parse(&segment("LX*10~")).unwrap().number().as_str(),
            "10"
        );
        assert!(
            Lx::parse(&segment("LX*1.5~"))
                .unwrap_err()
                .to_string()
                .starts_with("segment 1 LX01 (byte 0): assigned number: ")
        );
    }
}
