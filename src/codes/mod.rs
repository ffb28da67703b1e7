//! Open code sets for 837P claims and 835 remittances.
//!
//! Every code set is a small `Copy` newtype over [`Code`] with named constants for the codes we
//! know, in the style of the gimli crate: an unknown code is *not* a parse error. External code
//! lists (place of service, CARC, RARC, provider adjustment reasons) change several times a year,
//! and a file carrying a newer code must still read;
//! [`is_known`](crate::codes::PlaceOfService::is_known) tells the validation layer whether a code
//! is in our snapshot.
//!
//! ```
//! use x12_claims::codes::{AdjustmentGroup, PlaceOfService};
//!
//! let pos = PlaceOfService::new("10")?;
//! let setting = match pos {
//!     PlaceOfService::TELEHEALTH_IN_HOME => "telehealth, patient at home",
//!     PlaceOfService::OFFICE => "office",
//!     _ => "elsewhere",
//! };
//! assert_eq!(setting, "telehealth, patient at home");
//! assert!(!AdjustmentGroup::new("XX")?.is_known());
//! # Ok::<(), x12_claims::codes::CodeError>(())
//! ```
//!
//! Each set has `new`, `as_str`, `description` (a short paraphrase in our own words), `is_known`,
//! `describe` (preferring a user-supplied [`DescriptionTable`], for the licensed full CARC/RARC
//! texts) and the constant list `KNOWN`; with the `serde` feature it serializes as its plain
//! string. All sets are declared by one macro, so they behave alike.
//!
//! | set | elements |
//! |---|---|
//! | [`PlaceOfService`] | CLM05-1, SV105, CLP08 |
//! | [`ClaimFrequency`] | CLM05-3, CLP09 |
//! | [`ClaimFilingIndicator`] | SBR09, CLP06 |
//! | [`PayerResponsibility`] | SBR01 |
//! | [`IndividualRelationship`] | SBR02, PAT01 |
//! | [`InsuranceType`] | SBR05 |
//! | [`EntityIdentifier`] | NM101, N101 |
//! | [`EntityType`] | NM102 |
//! | [`IdCodeQualifier`] | NM108, N103 |
//! | [`ReferenceQualifier`] | REF01 |
//! | [`FacilityCodeQualifier`] | CLM05-2 |
//! | [`UnitBasis`] | SV103 |
//! | [`DiagnosisQualifier`] | HI01-1 … HI12-1 |
//! | [`ProductServiceQualifier`] | SV101-1, SVC01-1 |
//! | [`DateQualifier`] | DTP01, DTM01 |
//! | [`DateFormatQualifier`] | DTP02 |
//! | [`AmountQualifier`] | AMT01 |
//! | [`QuantityQualifier`] | QTY01 |
//! | [`Gender`] | DMG03 |
//! | [`StateOrProvince`] | N402, CLM11-4 |
//! | [`Country`] | N404, CLM11-5 |
//! | [`Currency`] | CUR02 |
//! | [`ClaimStatus`] | CLP02 |
//! | [`AdjustmentGroup`] | CAS01 |
//! | [`Carc`] | CAS02/05/…, CARC list |
//! | [`Rarc`] | LQ02, MOA03–07, RARC list |
//! | [`ProviderAdjustmentReason`] | PLB03-1/05-1/… |
//! | [`PaymentMethod`] | BPR04 |
//! | [`TransactionHandling`] | BPR01 |
//! | [`CreditDebit`] | BPR03 |
//!
//! [`Code`]: crate::codes::Code
//! [`DescriptionTable`]: crate::codes::DescriptionTable
//! [`PlaceOfService`]: crate::codes::PlaceOfService
//! [`ClaimFrequency`]: crate::codes::ClaimFrequency
//! [`ClaimFilingIndicator`]: crate::codes::ClaimFilingIndicator
//! [`PayerResponsibility`]: crate::codes::PayerResponsibility
//! [`IndividualRelationship`]: crate::codes::IndividualRelationship
//! [`InsuranceType`]: crate::codes::InsuranceType
//! [`EntityIdentifier`]: crate::codes::EntityIdentifier
//! [`EntityType`]: crate::codes::EntityType
//! [`IdCodeQualifier`]: crate::codes::IdCodeQualifier
//! [`ReferenceQualifier`]: crate::codes::ReferenceQualifier
//! [`FacilityCodeQualifier`]: crate::codes::FacilityCodeQualifier
//! [`UnitBasis`]: crate::codes::UnitBasis
//! [`DiagnosisQualifier`]: crate::codes::DiagnosisQualifier
//! [`ProductServiceQualifier`]: crate::codes::ProductServiceQualifier
//! [`DateQualifier`]: crate::codes::DateQualifier
//! [`DateFormatQualifier`]: crate::codes::DateFormatQualifier
//! [`AmountQualifier`]: crate::codes::AmountQualifier
//! [`QuantityQualifier`]: crate::codes::QuantityQualifier
//! [`Gender`]: crate::codes::Gender
//! [`StateOrProvince`]: crate::codes::StateOrProvince
//! [`Country`]: crate::codes::Country
//! [`Currency`]: crate::codes::Currency
//! [`ClaimStatus`]: crate::codes::ClaimStatus
//! [`AdjustmentGroup`]: crate::codes::AdjustmentGroup
//! [`Carc`]: crate::codes::Carc
//! [`Rarc`]: crate::codes::Rarc
//! [`ProviderAdjustmentReason`]: crate::codes::ProviderAdjustmentReason
//! [`PaymentMethod`]: crate::codes::PaymentMethod
//! [`TransactionHandling`]: crate::codes::TransactionHandling
//! [`CreditDebit`]: crate::codes::CreditDebit

mod code;
mod code_set;
mod description_table;

mod adjustment_group;
mod amount_qualifier;
pub(crate) mod carc;
mod claim_filing_indicator;
mod claim_frequency;
mod claim_status;
mod country;
mod credit_debit;
mod currency;
mod date_format_qualifier;
mod date_qualifier;
mod diagnosis_qualifier;
mod entity_identifier;
mod entity_type;
mod facility_code_qualifier;
mod gender;
mod id_code_qualifier;
mod individual_relationship;
mod insurance_type;
mod payer_responsibility;
mod payment_method;
mod place_of_service;
mod product_service_qualifier;
mod provider_adjustment_reason;
mod quantity_qualifier;
pub(crate) mod rarc;
mod reference_qualifier;
mod state_or_province;
mod transaction_handling;
mod unit_basis;

pub(crate) use code::is_plain_code;
pub use code::{Code, CodeError};
pub use description_table::{DescriptionTable, TableError};

pub use adjustment_group::AdjustmentGroup;
pub use amount_qualifier::AmountQualifier;
pub use carc::Carc;
pub use claim_filing_indicator::ClaimFilingIndicator;
pub use claim_frequency::ClaimFrequency;
pub use claim_status::ClaimStatus;
pub use country::Country;
pub use credit_debit::CreditDebit;
pub use currency::Currency;
pub use date_format_qualifier::DateFormatQualifier;
pub use date_qualifier::DateQualifier;
pub use diagnosis_qualifier::DiagnosisQualifier;
pub use entity_identifier::EntityIdentifier;
pub use entity_type::EntityType;
pub use facility_code_qualifier::FacilityCodeQualifier;
pub use gender::Gender;
pub use id_code_qualifier::IdCodeQualifier;
pub use individual_relationship::IndividualRelationship;
pub use insurance_type::InsuranceType;
pub use payer_responsibility::PayerResponsibility;
pub use payment_method::PaymentMethod;
pub use place_of_service::PlaceOfService;
pub use product_service_qualifier::ProductServiceQualifier;
pub use provider_adjustment_reason::ProviderAdjustmentReason;
pub use quantity_qualifier::QuantityQualifier;
pub use rarc::Rarc;
pub use reference_qualifier::ReferenceQualifier;
pub use state_or_province::StateOrProvince;
pub use transaction_handling::TransactionHandling;
pub use unit_basis::UnitBasis;
