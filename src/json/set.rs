//! [`SetForm`]: a transaction set in the JSON document.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::envelope::TransactionSet;
use crate::segments::RawSegment;
use crate::syntax::{WriteError, Writer};

/// A transaction set in the JSON document: typed where the crate models it, otherwise its
/// segments in order. `kind` tells which.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SetForm<'a> {
    /// The segments from ST to SE, untyped.
    Segments {
        /// Why the set is not typed, when it is of a kind the crate models but could not be
        /// read as one (for information; ignored when reading).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// ST to SE.
        segments: Vec<RawSegment<'a>>,
    },
}

impl<'a> SetForm<'a> {
    /// The form of a set read from input.
    pub fn read(set: &TransactionSet<'a>) -> SetForm<'a> {
        let mut segments = Vec::with_capacity(usize::try_from(set.segment_count()).unwrap_or(0));
        let mut note = None;
        for segment in set.segments() {
            match segment {
                Ok(segment) => segments.push(RawSegment::from_segment(&segment)),
                Err(error) => {
                    note = Some(error.to_string());
                    break;
                }
            }
        }
        SetForm::Segments { note, segments }
    }

    /// Writes the set's segments.
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        match self {
            SetForm::Segments { segments, .. } => {
                for segment in segments {
                    segment.write(out)?;
                }
                Ok(())
            }
        }
    }
}
