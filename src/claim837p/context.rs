//! [`ClaimContext`]: a claim of an 837P set with the levels around it.

use super::claim::Claim;
use super::levels::{BillingProvider, Patient, Subscriber};
use super::party::Party;

/// A claim with the loops around it: its billing provider (2000A), subscriber (2000B) and,
/// when the patient is not the subscriber, patient (2000C).
#[derive(Clone, Copy, Debug)]
pub struct ClaimContext<'s, 'a> {
    billing_provider: &'s BillingProvider<'a>,
    subscriber: &'s Subscriber<'a>,
    patient: Option<&'s Patient<'a>>,
    claim: &'s Claim<'a>,
}

impl<'s, 'a> ClaimContext<'s, 'a> {
    pub(super) fn new(
        billing_provider: &'s BillingProvider<'a>,
        subscriber: &'s Subscriber<'a>,
        patient: Option<&'s Patient<'a>>,
        claim: &'s Claim<'a>,
    ) -> Self {
        ClaimContext {
            billing_provider,
            subscriber,
            patient,
            claim,
        }
    }

    /// Loop 2300: the claim.
    pub fn claim(&self) -> &'s Claim<'a> {
        self.claim
    }

    /// Loop 2000A: the billing provider level.
    pub fn billing_provider(&self) -> &'s BillingProvider<'a> {
        self.billing_provider
    }

    /// Loop 2000B: the subscriber level.
    pub fn subscriber(&self) -> &'s Subscriber<'a> {
        self.subscriber
    }

    /// Loop 2010BB: the payer the claim is sent to.
    pub fn payer(&self) -> Option<&'s Party<'a>> {
        self.subscriber.payer()
    }

    /// Loop 2000C, when the patient is not the subscriber.
    pub fn patient(&self) -> Option<&'s Patient<'a>> {
        self.patient
    }

    /// The patient's name loop: 2010CA, or 2010BA when the patient is the subscriber.
    pub fn patient_name(&self) -> Option<&'s Party<'a>> {
        match self.patient {
            Some(p) => p.name(),
            None => self.subscriber.name(),
        }
    }
}
