//! [`EntityIdentifier`]: the role of a party named in NM101 or N101.
//!
//! Each NM1/N1 loop opens with the role of the party it names; the loop is recognised by it
//! (`NM1*85` is the billing provider, `N1*PR` the 835 payer). This is the subset of the X12 list
//! that the 837P and 835 use.

use super::code_set::code_set;

code_set! {
    /// The role of a named party: billing provider, subscriber, payer, …
    ///
    /// ```
    /// use x12_claims::codes::EntityIdentifier;
    ///
    /// assert_eq!(EntityIdentifier::new("85")?, EntityIdentifier::BILLING_PROVIDER);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct EntityIdentifier;
    example: BILLING_PROVIDER = "85";

    SUBMITTER = "41" => "Submitter (837 loop 1000A)";
    RECEIVER = "40" => "Receiver (837 loop 1000B)";
    BILLING_PROVIDER = "85" => "Billing provider";
    PAY_TO_PROVIDER = "87" => "Pay-to provider";
    PAYEE = "PE" => "Payee (837 pay-to plan, 835 payee)";
    INSURED = "IL" => "Insured or subscriber";
    PATIENT = "QC" => "Patient";
    PAYER = "PR" => "Payer";
    REFERRING_PROVIDER = "DN" => "Referring provider";
    PRIMARY_CARE_PROVIDER = "P3" => "Primary care provider";
    RENDERING_PROVIDER = "82" => "Rendering provider";
    SERVICE_LOCATION = "77" => "Service location";
    SUPERVISING_PHYSICIAN = "DQ" => "Supervising physician";
    ORDERING_PHYSICIAN = "DK" => "Ordering physician";
    PURCHASED_SERVICE_PROVIDER = "QB" => "Purchased service provider";
    PICK_UP_ADDRESS = "PW" => "Ambulance pick-up address";
    DROP_OFF_LOCATION = "45" => "Ambulance drop-off location";
    CORRECTED_INSURED = "74" => "Corrected insured (835)";
    TRANSFER_TO = "TT" => "Transfer to: the crossover carrier (835)";
    OTHER_INSURED = "GB" => "Other insured (835)";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes() {
        let cases = [
            ("41", Some(EntityIdentifier::SUBMITTER)),
            ("85", Some(EntityIdentifier::BILLING_PROVIDER)),
            ("IL", Some(EntityIdentifier::INSURED)),
            ("QC", Some(EntityIdentifier::PATIENT)),
            ("TT", Some(EntityIdentifier::TRANSFER_TO)),
            ("1P", None),
        ];
        for (text, constant) in cases {
            let entity = EntityIdentifier::new(text).unwrap();
            assert_eq!(entity.is_known(), constant.is_some(), "{text}");
            if let Some(constant) = constant {
                assert_eq!(entity, constant);
            }
        }
        assert_eq!(EntityIdentifier::KNOWN.len(), 20);
    }
}
