//! `x12 json` and `x12 from-json`: X12 to the crate's JSON form and back, losslessly.

use std::io::{Read, Write};
use std::path::Path;

use x12_claims::json::{JsonError, read_json, write_json};

use crate::error::{CliError, one_line};

impl From<JsonError> for CliError {
    fn from(e: JsonError) -> Self {
        match e {
            JsonError::Envelope(e) => e.into(),
            JsonError::Write(e) => e.into(),
            JsonError::Io(e) => e.into(),
            JsonError::Json(e) if e.is_io() => CliError::Io(e.into()),
            other => CliError::Invalid(one_line(&other.to_string())),
        }
    }
}

/// Writes the JSON form of the X12 in `source`, set by set. Trailer problems go to `warn`.
pub fn to_json<R: Read>(
    source: R,
    output: Option<&Path>,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    crate::output::write_to(output, |out: &mut dyn Write| {
        for problem in write_json(source, out)? {
            warn(&one_line(&problem.to_string()));
        }
        Ok(())
    })
}

/// Writes the X12 of the JSON document in `source`.
pub fn from_json<R: Read>(source: R, output: Option<&Path>) -> Result<(), CliError> {
    crate::output::write_to(output, |out: &mut dyn Write| Ok(read_json(source, out)?))
}
