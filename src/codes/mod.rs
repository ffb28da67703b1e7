//! Open code sets for 837P claims and 835 remittances.
//!
//! Every code set is a small `Copy` newtype over [`Code`] with named constants for the codes we
//! know, in the style of the gimli crate: an unknown code is *not* a parse error. External code
//! lists (place of service, CARC, RARC, provider adjustment reasons) change several times a year,
//! and a file carrying a newer code must still read; `is_known` tells the validation layer
//! whether a code is in our snapshot.
//!
//! ```
//! use x12_claims::codes::Carc;
//!
//! let reason = Carc::new("45")?;
//! assert_eq!(reason, Carc::CHARGE_EXCEEDS_FEE_SCHEDULE);
//! assert!(!Carc::new("9999")?.is_known());
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
//! | [`Carc`] | CAS02/05/…, CARC list |
//! | [`Rarc`] | LQ02, MOA03–07, RARC list |
//!
//! [`Code`]: crate::codes::Code
//! [`DescriptionTable`]: crate::codes::DescriptionTable
//! [`Carc`]: crate::codes::Carc
//! [`Rarc`]: crate::codes::Rarc

mod code;
mod code_set;
mod description_table;

mod carc;
mod rarc;

pub use code::{Code, CodeError};
pub use description_table::{DescriptionTable, TableError};

pub use carc::Carc;
pub use rarc::Rarc;
