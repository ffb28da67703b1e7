//! `x12 fmt`: rewrites an input through the streaming reader and the writer, one item at a
//! time. With default options every byte comes back as it was.

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::Path;

use x12_claims::envelope::{Item, StreamReader};
use x12_claims::syntax::{Segment, WriteError, WriteOptions, Writer};

use crate::error::{CliError, one_line};
use crate::inspect::is_trailer_problem;

/// Output buffer size: large writes, few system calls.
const BUFFER: usize = 256 * 1024;

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
            Err(e) if is_trailer_problem(&e) => warn(&one_line(&e.to_string())),
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

/// Rewrites `source` to standard output.
pub fn to_stdout<R: Read>(
    source: R,
    options: WriteOptions,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    let stdout = io::stdout().lock();
    let out = rewrite(
        source,
        BufWriter::with_capacity(BUFFER, stdout),
        options,
        warn,
    )?;
    let mut stdout = out.into_inner().map_err(|e| e.into_error())?;
    stdout.flush()?;
    Ok(())
}

/// Rewrites `source` into a temporary file beside `path`, then renames it to `path`: a reader
/// of `path` never sees a half-written file, and a failure leaves `path` as it was.
pub fn to_file<R: Read>(
    source: R,
    path: &Path,
    options: WriteOptions,
    warn: &mut dyn FnMut(&str),
) -> Result<(), CliError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".x12-fmt-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let out = rewrite(
        source,
        BufWriter::with_capacity(BUFFER, temp.as_file()),
        options,
        warn,
    )?;
    let file: &File = out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    // Keep the permissions of the file replaced; a new file gets the usual ones, not the
    // owner-only ones of a temporary file.
    let permissions = match fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(file)?,
    };
    file.set_permissions(permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions(file: &File) -> io::Result<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let mut permissions = file.metadata()?.permissions();
    permissions.set_mode(0o644);
    Ok(permissions)
}

#[cfg(not(unix))]
fn default_permissions(file: &File) -> io::Result<fs::Permissions> {
    Ok(file.metadata()?.permissions())
}
