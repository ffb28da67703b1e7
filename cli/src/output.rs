//! Where a command writes its output: standard output, or a file replaced whole.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::error::CliError;

/// Output buffer size: large writes, few system calls.
const BUFFER: usize = 256 * 1024;

/// Runs `fill` on a buffered writer to `path`, or to standard output when there is none, and
/// gives back what it returns.
///
/// A file is written through a temporary file beside it, renamed at the end: a reader of `path`
/// never sees a half-written file, and a failure leaves `path` as it was.
pub fn write_to<T>(
    path: Option<&Path>,
    fill: impl FnOnce(&mut dyn Write) -> Result<T, CliError>,
) -> Result<T, CliError> {
    let Some(path) = path else {
        let mut out = BufWriter::with_capacity(BUFFER, io::stdout().lock());
        let value = fill(&mut out)?;
        out.flush()?;
        return Ok(value);
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".x12-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let mut out = BufWriter::with_capacity(BUFFER, temp.as_file());
    let value = fill(&mut out)?;
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
    Ok(value)
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
