//! [`DescriptionTable`]: code descriptions supplied by the user at run time.
//!
//! The descriptions built into the code sets are short paraphrases. The official CARC and RARC
//! texts are licensed and change several times a year, so users who hold the full lists load them
//! from a tab-separated file and pass the table to `describe` (for example
//! [`Carc::describe`](super::Carc::describe)), which prefers it over the built-in text.

use std::collections::HashMap;
use std::io::BufRead;

use super::{Code, CodeError};

/// A failure to load a [`DescriptionTable`]; `line` counts from 1.
///
/// ```
/// use x12_claims::codes::{DescriptionTable, TableError};
///
/// let err = DescriptionTable::load_tsv("45\tover the fee schedule\nno tab here\n".as_bytes())
///     .unwrap_err();
/// assert!(matches!(err, TableError::Malformed { line: 2, .. }));
/// # Ok::<(), TableError>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The reader failed.
    #[error("line {line}: could not read the description table")]
    Io {
        /// The line being read.
        line: usize,
        /// What the reader reported.
        #[source]
        source: std::io::Error,
    },
    /// The line is not `code<TAB>text` with both parts non-empty.
    #[error("line {line}: {found:?} is not a code, a tab and a description")]
    Malformed {
        /// The line number.
        line: usize,
        /// The line's text.
        found: String,
    },
    /// The code before the tab is not a valid code.
    #[error("line {line}: {source}")]
    Code {
        /// The line number.
        line: usize,
        /// Why the code is not valid.
        #[source]
        source: CodeError,
    },
    /// The code was already described on an earlier line.
    #[error("line {line}: code {found:?} is described twice")]
    Duplicate {
        /// The line number of the second description.
        line: usize,
        /// The code.
        found: String,
    },
}

/// Descriptions of codes, keyed by [`Code`].
///
/// ```
/// use x12_claims::codes::{Carc, DescriptionTable};
///
/// let table = DescriptionTable::load_tsv("45\tCharge exceeds the fee schedule.\n".as_bytes())?;
/// assert_eq!(Carc::CHARGE_EXCEEDS_FEE_SCHEDULE.describe(Some(&table)),
///            Some("Charge exceeds the fee schedule."));
/// # Ok::<(), x12_claims::codes::TableError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DescriptionTable {
    entries: HashMap<Code, String>,
}

impl DescriptionTable {
    /// An empty table.
    ///
    /// ```
    /// use x12_claims::codes::DescriptionTable;
    ///
    /// assert!(DescriptionTable::new().is_empty());
    /// # Ok::<(), x12_claims::codes::TableError>(())
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `code<TAB>description` lines. Spaces around both parts and a trailing `\r` are
    /// dropped; blank lines are skipped. A line without a tab or with an empty part, an invalid
    /// code, or a code seen before is an error naming the line.
    ///
    /// ```
    /// use x12_claims::codes::{Code, DescriptionTable};
    ///
    /// let text = "CO\tContractual obligation\r\n\nPR\tPatient responsibility\r\n";
    /// let table = DescriptionTable::load_tsv(text.as_bytes())?;
    /// assert_eq!(table.len(), 2);
    /// assert_eq!(table.description(Code::new("PR")?), Some("Patient responsibility"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load_tsv<R: BufRead>(reader: R) -> Result<Self, TableError> {
        let mut table = Self::new();
        for (index, line) in reader.lines().enumerate() {
            let line_number = index + 1;
            let line = line.map_err(|source| TableError::Io {
                line: line_number,
                source,
            })?;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let malformed = || TableError::Malformed {
                line: line_number,
                found: line.to_owned(),
            };
            let (code, text) = line.split_once('\t').ok_or_else(malformed)?;
            let (code, text) = (code.trim(), text.trim());
            if code.is_empty() || text.is_empty() {
                return Err(malformed());
            }
            let code = Code::new(code).map_err(|source| TableError::Code {
                line: line_number,
                source,
            })?;
            if table.entries.contains_key(&code) {
                return Err(TableError::Duplicate {
                    line: line_number,
                    found: code.to_string(),
                });
            }
            table.entries.insert(code, text.to_owned());
        }
        Ok(table)
    }

    /// Adds or replaces a description, returning the one it replaced.
    ///
    /// ```
    /// use x12_claims::codes::{Code, DescriptionTable};
    ///
    /// let mut table = DescriptionTable::new();
    /// assert_eq!(table.insert(Code::new("N290")?, "Rendering provider id missing"), None);
    /// assert_eq!(table.len(), 1);
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn insert(&mut self, code: Code, description: impl Into<String>) -> Option<String> {
        self.entries.insert(code, description.into())
    }

    /// The description of `code`, if the table has one.
    ///
    /// ```
    /// use x12_claims::codes::{Code, DescriptionTable};
    ///
    /// let table = DescriptionTable::load_tsv("1\tDeductible amount\n".as_bytes())?;
    /// assert_eq!(table.description(Code::new("1")?), Some("Deductible amount"));
    /// assert_eq!(table.description(Code::new("2")?), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn description(&self, code: Code) -> Option<&str> {
        self.entries.get(&code).map(String::as_str)
    }

    /// Number of codes described.
    ///
    /// ```
    /// use x12_claims::codes::DescriptionTable;
    ///
    /// assert_eq!(DescriptionTable::load_tsv("1\ta\n2\tb\n".as_bytes())?.len(), 2);
    /// # Ok::<(), x12_claims::codes::TableError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no code is described.
    ///
    /// ```
    /// use x12_claims::codes::DescriptionTable;
    ///
    /// assert!(DescriptionTable::load_tsv("\n\n".as_bytes())?.is_empty());
    /// # Ok::<(), x12_claims::codes::TableError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        Code::new(text).unwrap()
    }

    #[test]
    fn loads_tab_separated_lines() {
        let text = "1\tDeductible\n2 \t Coinsurance \r\n\n   \nB7\tNot certified for this date\n";
        let table = DescriptionTable::load_tsv(text.as_bytes()).unwrap();
        assert_eq!(table.len(), 3);
        assert_eq!(table.description(code("1")), Some("Deductible"));
        assert_eq!(table.description(code("2")), Some("Coinsurance"));
        assert_eq!(
            table.description(code("B7")),
            Some("Not certified for this date")
        );
        assert_eq!(table.description(code("3")), None);
    }

    #[test]
    fn keeps_tabs_inside_the_description() {
        let table = DescriptionTable::load_tsv("A\tone\ttwo\n".as_bytes()).unwrap();
        assert_eq!(table.description(code("A")), Some("one\ttwo"));
    }

    #[test]
    fn names_the_line_of_a_malformed_entry() {
        let cases = [
            ("1\tok\nno tab\n", 2, "no tab"),
            ("\tno code\n", 1, "\tno code"),
            ("1\tok\n2\ta\n3\t  \n", 3, "3\t  "),
        ];
        for (text, line, found) in cases {
            match DescriptionTable::load_tsv(text.as_bytes()) {
                Err(TableError::Malformed { line: l, found: f }) => {
                    assert_eq!((l, f.as_str()), (line, found), "{text:?}");
                }
                other => panic!("{text:?}: {other:?}"),
            }
        }
        let err = DescriptionTable::load_tsv("1\tok\nno tab\n".as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2: \"no tab\" is not a code, a tab and a description"
        );
    }

    #[test]
    fn rejects_bad_and_repeated_codes() {
        let long = format!("{}\ttoo long\n", "9".repeat(31));
        assert!(matches!(
            DescriptionTable::load_tsv(long.as_bytes()),
            Err(TableError::Code { line: 1, .. })
        ));
        let err = DescriptionTable::load_tsv("45\ta\n1\tb\n45\tc\n".as_bytes()).unwrap_err();
        assert!(matches!(err, TableError::Duplicate { line: 3, ref found } if found == "45"));
        assert_eq!(err.to_string(), "line 3: code \"45\" is described twice");
    }

    #[test]
    fn reports_invalid_utf8_as_an_io_error_with_its_line() {
        let bytes: &[u8] = b"1\tok\n2\t\xff\n";
        assert!(matches!(
            DescriptionTable::load_tsv(bytes),
            Err(TableError::Io { line: 2, .. })
        ));
    }

    #[test]
    fn insert_replaces() {
        let mut table = DescriptionTable::new();
        assert_eq!(table.insert(code("1"), "a"), None);
        assert_eq!(table.insert(code("1"), "b"), Some("a".to_owned()));
        assert_eq!(table.description(code("1")), Some("b"));
    }
}
