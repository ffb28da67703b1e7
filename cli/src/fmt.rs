//! `x12 fmt`: rewrites an input through the streaming reader and the writer, one item at a
//! time. With default options every byte comes back as it was.

use std::io::{Read, Write};
use std::path::Path;

use x12_claims::envelope::{Item, StreamReader};
use x12_claims::syntax::{Segment, WriteError, WriteOptions, Writer};

use crate::error::{CliError, one_line};

/// Rewrites `source` into `out` with `options`. Trailer problems are passed to `warn` and do
/// not stop the rewriting.
pub fn rewrite<R: Read, W: Write>(
    source: R,
    out: W,
    options: WriteOptions,
    warn: &mut dyn FnMut(&str),
) -> Result<W, CliError> {
    let mut reader = StreamReader::new(source);
    let mut writer = Writer::new(out, options);
    while let Some(item) = reader.next_item() {
        match item {
            Ok(Item::Preamble(bytes)) => writer.write_preamble(bytes)?,
            Ok(Item::TransactionSet(set)) => {
                for segment in set.segments() {
                    let segment = segment.map_err(x12_claims::envelope::EnvelopeError::from)?;
                    write(&mut writer, &segment)?;
                }
            }
            Ok(
                Item::InterchangeHeader(segment)
                | Item::Acknowledgment(segment)
                | Item::GroupHeader(segment)
                | Item::GroupTrailer(segment)
                | Item::InterchangeTrailer(segment),
            ) => write(&mut writer, &segment)?,
            Ok(_) => {
                return Err(CliError::Invalid(
                    "the input holds an envelope item this version cannot write".to_owned(),
                ));
            }
            Err(e) if e.is_trailer_problem() => warn(&one_line(&e.to_string())),
            Err(e) => return Err(e.into()),
        }
    }
    writer.flush()?;
    Ok(writer.into_inner())
}

/// Writes one segment; a data byte that would become a delimiter is reported at its place in
/// the input, not in the output.
fn write<W: Write>(writer: &mut Writer<W>, segment: &Segment<'_>) -> Result<(), CliError> {
    match writer.write_segment(segment) {
        Err(WriteError::DelimiterInData { byte, .. }) => Err(CliError::Invalid(format!(
            "{}: the data contains {byte}, which is a delimiter in the output; X12 has no escape, so choose other delimiters",
            segment.location()
        ))),
        other => Ok(other?),
    }
}

/// Rewrites `source` to `output` (a file, replaced whole, or standard output).
pub fn to_output<R: Read>(
    source: R,
    output: Option<&Path>,
    options: WriteOptions,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    crate::output::write_to(output, |out| {
        rewrite(source, out, options, warn)?;
        Ok(())
    })
}
