//! The crate's top-level error: any layer's error, with the place it concerns.

use crate::claim837p::Claim837Error;
use crate::envelope::EnvelopeError;
use crate::remit835::Remit835Error;
use crate::syntax::{Location, SyntaxError, WriteError};

/// Any error of the crate. Each layer has its own enum; this one gathers them so that `?` works
/// across layers, and [`location`](Error::location) says where in the input the problem is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Input that cannot be split into segments.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// Input whose envelope does not frame or add up.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    /// A transaction set that cannot be read as an 837P loop tree.
    #[error(transparent)]
    Claim837(#[from] Claim837Error),
    /// A transaction set that cannot be read as an 835 remittance.
    #[error(transparent)]
    Remit835(#[from] Remit835Error),
    /// Output that cannot be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// Where the problem is, when it concerns a place in the input (or output, for writing).
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// let err = x12_claims::Error::from(Document::parse(b"GS*HC~").unwrap_err());
    /// assert_eq!(err.location().map(|l| l.offset), Some(0));
    /// ```
    pub fn location(&self) -> Option<Location> {
        match self {
            Error::Syntax(e) => Some(e.location()),
            Error::Envelope(e) => e.location(),
            Error::Claim837(e) => e.location(),
            Error::Remit835(e) => e.location(),
            Error::Write(e) => e.location(),
            Error::Io(_) => None,
        }
    }
}
