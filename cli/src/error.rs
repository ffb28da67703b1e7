//! The command's errors and the exit code each one gives.

use std::fmt;
use std::io;

use x12_claims::envelope::EnvelopeError;
use x12_claims::syntax::WriteError;

/// Exit code for success.
pub const OK: u8 = 0;
/// Exit code for input that is not valid X12 (or that the chosen output cannot represent).
pub const INVALID: u8 = 1;
/// Exit code for a usage or I/O error (clap uses 2 for usage errors too).
pub const USAGE_OR_IO: u8 = 2;

/// Why a command failed on one file.
#[derive(Debug)]
pub enum CliError {
    /// The input is not valid X12; the message names the place.
    Invalid(String),
    /// Reading the input or writing the output failed.
    Io(io::Error),
    /// The reader of the command's output went away (`x12 ... | head`): stop quietly.
    BrokenPipe,
}

impl CliError {
    /// The process exit code this error gives.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Invalid(_) => INVALID,
            CliError::Io(_) => USAGE_OR_IO,
            CliError::BrokenPipe => OK,
        }
    }

    /// `"invalid"` or `"io"`, for machine-readable output.
    pub fn kind(&self) -> &'static str {
        match self {
            CliError::Invalid(_) => "invalid",
            CliError::Io(_) | CliError::BrokenPipe => "io",
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Invalid(message) => f.write_str(message),
            CliError::Io(e) => write!(f, "{e}"),
            CliError::BrokenPipe => f.write_str("broken pipe"),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Io(e)
        }
    }
}

impl From<EnvelopeError> for CliError {
    fn from(e: EnvelopeError) -> Self {
        match e {
            EnvelopeError::Io(e) => e.into(),
            EnvelopeError::Write(e) => e.into(),
            other => CliError::Invalid(one_line(&other.to_string())),
        }
    }
}

impl From<WriteError> for CliError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Io(e) => e.into(),
            other => CliError::Invalid(one_line(&other.to_string())),
        }
    }
}

/// The message on one line, whatever the input held.
pub fn one_line(message: &str) -> String {
    message.replace(['\r', '\n'], " ")
}
