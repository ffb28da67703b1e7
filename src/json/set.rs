//! [`SetForm`]: a transaction set in the JSON document.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::claim837p::{Claim837Error, Submission};
use crate::envelope::TransactionSet;
use crate::remit835::Remittance;
use crate::segments::RawSegment;
use crate::syntax::{WriteError, WriteOptions, Writer};

/// Why a set the model reads is still given untyped.
const OUT_OF_ORDER: &str = "some segments are out of guide order: the typed model would write \
                            them in guide order, so the set is given untyped to keep its bytes";

/// Whether writing the typed model of `set` gives back its exact bytes (its known segments come
/// in guide order), so that its JSON converts back to the same bytes.
fn gives_back(
    set: &TransactionSet<'_>,
    write: impl FnOnce(&mut Writer<&mut Vec<u8>>) -> Result<(), WriteError>,
) -> bool {
    let mut bytes = Vec::with_capacity(set.as_bytes().len());
    let mut out = Writer::new(&mut bytes, WriteOptions::default());
    write(&mut out).is_ok() && bytes == set.as_bytes()
}

/// A transaction set in the JSON document: typed where the crate models it (`"kind": "837P"`
/// with the [`Submission`] loop tree, `"kind": "835"` with the [`Remittance`] loop tree),
/// otherwise its segments in order (`"kind": "segments"`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
#[non_exhaustive]
pub enum SetForm<'a> {
    /// An 837P professional claim set as its loop tree.
    #[serde(rename = "837P")]
    Claims {
        /// The loops.
        claims: Box<Submission<'a>>,
    },
    /// An 835 remittance set as its loop tree.
    #[serde(rename = "835")]
    Remittance {
        /// The loops.
        remittance: Box<Remittance<'a>>,
    },
    /// The segments from ST to SE, untyped.
    #[serde(rename = "segments")]
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
    /// The form of a set read from input: typed when it is an 837P or an 835 the models
    /// read, otherwise untyped with a note saying why.
    pub fn read(set: &TransactionSet<'a>) -> SetForm<'a> {
        let note = match set.id() {
            "837" => match Submission::parse(set) {
                Ok(claims) if gives_back(set, |out| claims.write(out)) => {
                    return SetForm::Claims {
                        claims: Box::new(claims),
                    };
                }
                Ok(_) => Some(OUT_OF_ORDER.to_owned()),
                // Another kind of 837 (institutional, dental) is simply not typed.
                Err(Claim837Error::NotProfessional { .. }) => None,
                Err(e) => Some(e.to_string()),
            },
            "835" => match Remittance::parse(set) {
                Ok(remittance) if gives_back(set, |out| remittance.write(out)) => {
                    return SetForm::Remittance {
                        remittance: Box::new(remittance),
                    };
                }
                Ok(_) => Some(OUT_OF_ORDER.to_owned()),
                Err(e) => Some(e.to_string()),
            },
            _ => None,
        };
        Self::untyped(set, note)
    }

    /// The untyped form of a set.
    pub fn untyped(set: &TransactionSet<'a>, mut note: Option<String>) -> SetForm<'a> {
        let mut segments = Vec::with_capacity(usize::try_from(set.segment_count()).unwrap_or(0));
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
            SetForm::Claims { claims } => claims.write(out),
            SetForm::Remittance { remittance } => remittance.write(out),
            SetForm::Segments { segments, .. } => {
                for segment in segments {
                    segment.write(out)?;
                }
                Ok(())
            }
        }
    }
}
