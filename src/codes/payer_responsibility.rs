//! [`PayerResponsibility`]: which payer in the sequence a claim goes to (SBR01).

use super::code_set::code_set;

code_set! {
    /// The payer's place in the order of payment: primary, secondary, tertiary, and eight more.
    ///
    /// ```
    /// use x12_claims::codes::PayerResponsibility;
    ///
    /// assert_eq!(PayerResponsibility::new("P")?, PayerResponsibility::PRIMARY);
    /// assert_eq!(PayerResponsibility::SECONDARY.sequence(), Some(2));
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct PayerResponsibility;
    example: PRIMARY = "P";

    PRIMARY = "P" => "Primary";
    SECONDARY = "S" => "Secondary";
    TERTIARY = "T" => "Tertiary";
    FOURTH = "A" => "Fourth payer";
    FIFTH = "B" => "Fifth payer";
    SIXTH = "C" => "Sixth payer";
    SEVENTH = "D" => "Seventh payer";
    EIGHTH = "E" => "Eighth payer";
    NINTH = "F" => "Ninth payer";
    TENTH = "G" => "Tenth payer";
    ELEVENTH = "H" => "Eleventh payer";
    UNKNOWN = "U" => "Unknown (the order cannot be determined)";
}

impl PayerResponsibility {
    /// The payer's position, 1 (primary) to 11; `None` for `U` and unknown codes.
    ///
    /// ```
    /// use x12_claims::codes::PayerResponsibility;
    ///
    /// assert_eq!(PayerResponsibility::new("A")?.sequence(), Some(4));
    /// assert_eq!(PayerResponsibility::UNKNOWN.sequence(), None);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn sequence(&self) -> Option<u8> {
        let position = match *self {
            Self::PRIMARY => 1,
            Self::SECONDARY => 2,
            Self::TERTIARY => 3,
            Self::FOURTH => 4,
            Self::FIFTH => 5,
            Self::SIXTH => 6,
            Self::SEVENTH => 7,
            Self::EIGHTH => 8,
            Self::NINTH => 9,
            Self::TENTH => 10,
            Self::ELEVENTH => 11,
            _ => return None,
        };
        Some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_their_position() {
        let cases = [
            ("P", Some(1)),
            ("S", Some(2)),
            ("T", Some(3)),
            ("A", Some(4)),
            ("H", Some(11)),
            ("U", None),
            ("Z", None),
        ];
        for (text, position) in cases {
            assert_eq!(
                PayerResponsibility::new(text).unwrap().sequence(),
                position,
                "{text}"
            );
        }
        assert!(PayerResponsibility::new("U").unwrap().is_known());
        assert!(!PayerResponsibility::new("Z").unwrap().is_known());
    }
}
