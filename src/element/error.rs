//! The one error type of the element layer.
//!
//! Every variant carries the offending text (`found`) and its message says what was expected.
//! It carries no location: this layer only sees one value at a time, so the segment layer above
//! wraps an [`ElementError`] together with the place where the value was read.

/// A data element value that does not fit its X12 data type.
///
/// The error names the value that was found and what the data type expects. It has no location
/// (segment, element, byte offset): the segment layer wraps it with one.
///
/// ```
/// use x12_claims::element::{Amount, ElementError};
///
/// let fine = Amount::parse("1000")?;
/// assert_eq!(fine.as_str(), "1000");
///
/// let err = Amount::parse("1,000").unwrap_err();
/// assert_eq!(err, ElementError::Amount { found: "1,000".to_owned() });
/// assert_eq!(
///     err.to_string(),
///     "amount \"1,000\" is not an X12 decimal number \
///      (digits with an optional leading minus and decimal point)",
/// );
/// # Ok::<(), ElementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ElementError {
    /// An amount (`R`) is not written as an X12 decimal number.
    #[error(
        "amount {found:?} is not an X12 decimal number \
         (digits with an optional leading minus and decimal point)"
    )]
    Amount {
        /// The text that was read.
        found: String,
    },
    /// An amount (`R`) is well formed but has too many digits to hold exactly.
    #[error(
        "amount {found:?} has too many digits \
         (at most 28 significant digits and 28 after the decimal point)"
    )]
    AmountOutOfRange {
        /// The text that was read.
        found: String,
    },
    /// A quantity (`R`) is not written as an X12 decimal number.
    #[error(
        "quantity {found:?} is not an X12 decimal number \
         (digits with an optional leading minus and decimal point)"
    )]
    Quantity {
        /// The text that was read.
        found: String,
    },
    /// A quantity (`R`) is well formed but has too many digits to hold exactly.
    #[error(
        "quantity {found:?} has too many digits \
         (at most 28 significant digits and 28 after the decimal point)"
    )]
    QuantityOutOfRange {
        /// The text that was read.
        found: String,
    },
    /// A count (`N0`) is not a run of digits.
    #[error("count {found:?} is not an X12 whole number (digits only, no sign or decimal point)")]
    Count {
        /// The text that was read.
        found: String,
    },
    /// A count (`N0`) is larger than 18446744073709551615.
    #[error("count {found:?} is too large (at most 18446744073709551615)")]
    CountOutOfRange {
        /// The text that was read.
        found: String,
    },
    /// A date is not eight digits `CCYYMMDD`.
    #[error("date {found:?} is not CCYYMMDD (8 digits)")]
    Date {
        /// The text that was read.
        found: String,
    },
    /// A short date (ISA09) is not six digits `YYMMDD`.
    #[error("date {found:?} is not YYMMDD (6 digits)")]
    ShortDate {
        /// The text that was read.
        found: String,
    },
    /// A date has the right digits but names no day of the calendar.
    #[error("date {found:?} is not a calendar date (month 01-12, day within the month)")]
    NoSuchDate {
        /// The text that was read (one date, also when it came from a range).
        found: String,
    },
    /// A date cannot be written in the requested X12 format.
    #[error("date {found} cannot be written as {expected}")]
    DateNotWritable {
        /// The date, written as ISO 8601.
        found: String,
        /// The format and the years it can hold.
        expected: &'static str,
    },
    /// A date range (`RD8`) is not two dates joined by a hyphen.
    #[error("date range {found:?} is not CCYYMMDD-CCYYMMDD (two 8-digit dates joined by '-')")]
    DateRange {
        /// The text that was read.
        found: String,
    },
    /// A time (`TM`) does not have one of the X12 shapes.
    #[error("time {found:?} is not HHMM, HHMMSS, HHMMSSD or HHMMSSDD (4, 6, 7 or 8 digits)")]
    Time {
        /// The text that was read.
        found: String,
    },
    /// A time (`TM`) has the right shape but an hour, minute or second out of range.
    #[error("time {found:?} is not a time of day (hours 00-23, minutes and seconds 00-59)")]
    NoSuchTime {
        /// The text that was read.
        found: String,
    },
}
