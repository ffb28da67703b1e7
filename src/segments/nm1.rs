//! NM1 — individual or organizational name (starts most party loops of the 837P and 835).
//!
//! | element | holds | use |
//! |---|---|---|
//! | NM101 | who the party is (entity code: `85` billing provider, `IL` subscriber, `PR` payer, `QC` patient, `82` rendering provider ...) | required |
//! | NM102 | `1` person, `2` organization | required |
//! | NM103 | last name or organization name | optional |
//! | NM104 | first name | optional |
//! | NM105 | middle name or initial | optional |
//! | NM106 | name prefix (not used by 837P/835) | optional |
//! | NM107 | name suffix | optional |
//! | NM108 | kind of identifier (`XX` NPI, `MI` member id, `PI` payer id, `46` ETIN ...) | optional |
//! | NM109 | the identifier | optional |
//! | NM110–NM112 | relationship and entity codes (not used by 837P/835) | optional |

use crate::codes::{EntityIdentifier, EntityType, IdCodeQualifier};
use crate::segments::field::typed_segment;

typed_segment! {
    /// NM1 — individual or organizational name: who a party is, its name and its identifier.
    ///
    /// ```
    /// use x12_claims::codes::EntityIdentifier;
    /// use x12_claims::segments::Nm1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let nm1 = Nm1::parse(&segment)?;
    /// assert_eq!(nm1.entity(), EntityIdentifier::new("85")?);
    /// assert_eq!(nm1.last_name(), Some("RIVERSIDE CLINIC"));
    /// assert_eq!(nm1.id(), Some("1234567893"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Nm1 = "NM1";
    /// NM101: the party's role.
    #[doc(alias = "NM101")]
    entity: EntityIdentifier = required(1), "entity identifier code";
    /// NM102: person (`1`) or organization (`2`).
    #[doc(alias = "NM102")]
    entity_type: EntityType = required(2), "entity type qualifier";
    /// NM103: last name, or the organization's name.
    #[doc(alias = "NM103")]
    last_name: &'s str = optional(3), "last or organization name";
    /// NM104: first name.
    #[doc(alias = "NM104")]
    first_name: &'s str = optional(4), "first name";
    /// NM105: middle name or initial.
    #[doc(alias = "NM105")]
    middle_name: &'s str = optional(5), "middle name";
    /// NM106: name prefix.
    #[doc(alias = "NM106")]
    prefix: &'s str = optional(6), "name prefix";
    /// NM107: name suffix.
    #[doc(alias = "NM107")]
    suffix: &'s str = optional(7), "name suffix";
    /// NM108: what kind of identifier NM109 is.
    #[doc(alias = "NM108")]
    id_qualifier: IdCodeQualifier = optional(8), "identification code qualifier";
    /// NM109: the party's identifier (NPI, member id, payer id ...).
    #[doc(alias = "NM109")]
    id: &'s str = optional(9), "identification code";
    /// NM110: entity relationship code.
    #[doc(alias = "NM110")]
    relationship: &'s str = optional(10), "entity relationship code";
    /// NM111: a second entity identifier code.
    #[doc(alias = "NM111")]
    second_entity: &'s str = optional(11), "entity identifier code";
    /// NM112: a second name (organization) part.
    #[doc(alias = "NM112")]
    second_name: &'s str = optional(12), "name";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_a_person() {
        let nm1 = Nm1::parse(&segment("NM1*IL*1*DOE*JANE*Q**JR*MI*W123456789~")).unwrap();
        assert_eq!(nm1.entity().as_str(), "IL");
        assert_eq!(nm1.entity_type().as_str(), "1");
        assert_eq!(
            (nm1.last_name(), nm1.first_name(), nm1.middle_name()),
            (Some("DOE"), Some("JANE"), Some("Q"))
        );
        assert_eq!(nm1.prefix(), None);
        assert_eq!(nm1.suffix(), Some("JR"));
        assert_eq!(
            nm1.id_qualifier().map(|q| q.to_string()).as_deref(),
            Some("MI")
        );
        assert_eq!(nm1.id(), Some("W123456789"));
    }

    #[test]
    fn an_organization_may_carry_no_name() {
        let nm1 = Nm1::parse(&segment("NM1*87*2~")).unwrap();
        assert_eq!(nm1.last_name(), None);
        assert_eq!(nm1.id(), None);
    }

    #[test]
    fn errors_name_the_element() {
        for (text, message) in [
            (
                "NM1*85~",
                "segment 1 NM102 (byte 0): required entity type qualifier is missing",
            ),
            (
                "NM1**2*X~",
                "segment 1 NM101 (byte 0): required entity identifier code is missing",
            ),
        ] {
            assert_eq!(Nm1::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn a_field_that_is_not_text_is_named() {
        use crate::syntax::{Delimiters, Segments};
        let text = b"NM1*85*2*CLINIC*\xFF\xFE~";
        let segment = Segments::resume(text, 0, 0, Delimiters::default())
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(
            Nm1::parse(&segment).unwrap_err().to_string(),
            "segment 1 NM104 (byte 0): first name: the value is not UTF-8 text"
        );
    }
}
