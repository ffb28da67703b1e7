//! [`IndividualRelationship`]: how the patient is related to the subscriber (SBR02, PAT01).
//!
//! In loop 2000B, SBR02 is sent only when the subscriber is the patient, and then it is `18`
//! (self). A dependent patient (loop 2000C) names the relationship in PAT01 with the other codes;
//! loop 2320 SBR02 may use any of them.

use super::code_set::code_set;

code_set! {
    /// The patient's relationship to the insured person.
    ///
    /// ```
    /// use x12_claims::codes::IndividualRelationship;
    ///
    /// let relationship = IndividualRelationship::new("19")?;
    /// assert_eq!(relationship, IndividualRelationship::CHILD);
    /// assert!(!relationship.is_self());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct IndividualRelationship;
    example: CHILD = "19";

    SPOUSE = "01" => "Spouse";
    ///
    /// The only value of 2000B SBR02: the subscriber is the patient.
    SELF = "18" => "Self";
    CHILD = "19" => "Child";
    EMPLOYEE = "20" => "Employee";
    UNKNOWN = "21" => "Unknown";
    ORGAN_DONOR = "39" => "Organ donor";
    CADAVER_DONOR = "40" => "Cadaver donor";
    LIFE_PARTNER = "53" => "Life partner";
    OTHER = "G8" => "Other relationship";
}

impl IndividualRelationship {
    /// True for `18`: the patient is the subscriber.
    ///
    /// ```
    /// use x12_claims::codes::IndividualRelationship;
    ///
    /// assert!(IndividualRelationship::new("18")?.is_self());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_self(&self) -> bool {
        *self == Self::SELF
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("18", Some("Self"), true),
            ("01", Some("Spouse"), false),
            ("G8", Some("Other relationship"), false),
            ("1", None, false),
            ("17", None, false),
        ];
        for (text, description, is_self) in cases {
            let relationship = IndividualRelationship::new(text).unwrap();
            assert_eq!(relationship.description(), description, "{text}");
            assert_eq!(relationship.is_self(), is_self, "{text}");
        }
    }
}
