//! N1 — party identification (835: payer `PR` in 1000A, payee `PE` in 1000B).
//!
//! | element | holds | use |
//! |---|---|---|
//! | N101 | the party's role: `PR` payer, `PE` payee | required |
//! | N102 | name | optional |
//! | N103 | what N104 is: `XX` NPI, `FI` tax id, `XV` CMS plan id | optional |
//! | N104 | the identifier | optional |

use crate::codes::{EntityIdentifier, IdCodeQualifier};
use crate::segments::field::typed_segment;

typed_segment! {
    /// N1 — a party named by its role, with an optional identifier.
    ///
    /// ```
    /// use x12_claims::segments::N1;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"N1*PE*RIVERSIDE THERAPY*XX*1234567893~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let n1 = N1::parse(&segment)?;
    /// assert_eq!(n1.entity().as_str(), "PE");
    /// assert_eq!(n1.name(), Some("RIVERSIDE THERAPY"));
    /// assert_eq!(n1.id(), Some("1234567893"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct N1 = "N1";
    /// N101: the party's role.
    #[doc(alias = "N101")]
    entity: EntityIdentifier = required(1), "entity identifier code";
    /// N102: the party's name.
    #[doc(alias = "N102")]
    name: &'s str = optional(2), "name";
    /// N103: what kind of identifier N104 is.
    #[doc(alias = "N103")]
    id_qualifier: IdCodeQualifier = optional(3), "identification code qualifier";
    /// N104: the identifier.
    #[doc(alias = "N104")]
    id: &'s str = optional(4), "identification code";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_every_element() {
        let n1 = N1::parse(&segment("N1*PR*ACME HEALTH PLAN*XV*12345~")).unwrap();
        assert_eq!(n1.entity().as_str(), "PR");
        assert_eq!(n1.name(), Some("ACME HEALTH PLAN"));
        assert_eq!(n1.id_qualifier().unwrap().as_str(), "XV");
        assert_eq!(n1.id(), Some("12345"));
    }

    #[test]
    fn role_is_required() {
        assert_eq!(
            N1::parse(&segment("N1**NAME~")).unwrap_err().to_string(),
            "segment 1 N101 (byte 0): required entity identifier code is missing"
        );
    }
}
