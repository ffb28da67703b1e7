//! [`UnknownSegment`]: a segment a loop model did not expect where it was met, kept in place.

use crate::segments::RawSegment;

/// A segment that a loop model did not expect where it was met. It is kept, with its place
/// among the loop's own segments, so that writing the loop gives it back where it was.
///
/// `position` counts the loop's own (known) segments met before it: an unknown segment right
/// after a CLP has `position` 1. Several unknown segments at the same place keep their order.
///
/// ```
/// use x12_claims::segments::{RawSegment, UnknownSegment};
/// use x12_claims::syntax::{Delimiters, Segments};
/// let segment = Segments::resume(b"ZZZ*1~", 0, 0, Delimiters::default()).next().ok_or("none")??;
/// let unknown = UnknownSegment { position: 1, raw: RawSegment::from_segment(&segment) };
/// assert_eq!(unknown.raw.id(), "ZZZ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownSegment<'a> {
    /// Number of the loop's own segments before this one.
    pub position: usize,
    /// The segment's bytes.
    pub raw: RawSegment<'a>,
}

impl UnknownSegment<'_> {
    /// The same segment owning its bytes.
    pub fn into_owned(self) -> UnknownSegment<'static> {
        UnknownSegment {
            position: self.position,
            raw: self.raw.into_owned(),
        }
    }
}
