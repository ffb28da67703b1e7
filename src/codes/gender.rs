//! [`Gender`]: the patient's or subscriber's administrative sex (DMG03).

use super::code_set::code_set;

code_set! {
    /// Administrative sex as the payer records it.
    ///
    /// ```
    /// use x12_claims::codes::Gender;
    ///
    /// assert_eq!(Gender::new("F")?, Gender::FEMALE);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct Gender;
    example: FEMALE = "F";

    FEMALE = "F" => "Female";
    MALE = "M" => "Male";
    UNKNOWN = "U" => "Unknown";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("F", Some("Female")),
            ("M", Some("Male")),
            ("U", Some("Unknown")),
            ("X", None),
            ("f", None),
        ];
        for (text, description) in cases {
            assert_eq!(
                Gender::new(text).unwrap().description(),
                description,
                "{text}"
            );
        }
    }
}
