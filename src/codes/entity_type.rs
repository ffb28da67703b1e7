//! [`EntityType`]: whether a named party is a person or an organization (NM102).

use super::code_set::code_set;

code_set! {
    /// Person or non-person entity. A person has a first name (NM104); an organization has only
    /// NM103.
    ///
    /// ```
    /// use x12_claims::codes::EntityType;
    ///
    /// assert!(EntityType::new("1")?.is_person());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct EntityType;
    example: PERSON = "1";

    PERSON = "1" => "Person";
    NON_PERSON = "2" => "Non-person entity (an organization)";
}

impl EntityType {
    /// True for `1`, a person.
    ///
    /// ```
    /// use x12_claims::codes::EntityType;
    ///
    /// assert!(!EntityType::NON_PERSON.is_person());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_person(&self) -> bool {
        *self == Self::PERSON
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [("1", true, true), ("2", true, false), ("3", false, false)];
        for (text, known, person) in cases {
            let kind = EntityType::new(text).unwrap();
            assert_eq!(kind.is_known(), known, "{text}");
            assert_eq!(kind.is_person(), person, "{text}");
        }
    }
}
