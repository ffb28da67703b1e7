//! [`TransactionSet`]: one ST..SE, borrowed from the input.

use super::error::EnvelopeError;
use super::headers::{SetHeader, Trailer};
use crate::syntax::{Delimiters, Location, Segment, Segments};

/// One transaction set, ST to SE inclusive: its typed header and trailer, and its bytes.
///
/// The set keeps only a slice of the input; [`segments`](TransactionSet::segments) tokenizes it
/// again on demand, which costs no memory per segment and reports locations of the whole input.
#[derive(Clone, Debug)]
pub struct TransactionSet<'a> {
    header: SetHeader<'a>,
    trailer: Trailer<'a>,
    bytes: &'a [u8],
    offset: u64,
    number: u64,
    count: u64,
    delimiters: Delimiters,
}

impl<'a> TransactionSet<'a> {
    /// A set from its bytes (ST through the tail of SE) and first and last segment.
    pub(crate) fn new(
        bytes: &'a [u8],
        st: &Segment<'a>,
        se: &Segment<'a>,
    ) -> Result<Self, EnvelopeError> {
        Ok(TransactionSet {
            header: SetHeader::from_segment(st)?,
            trailer: Trailer::from_segment(se)?,
            bytes,
            offset: st.offset(),
            number: st.number(),
            count: se.number() - st.number() + 1,
            delimiters: st.delimiters(),
        })
    }

    /// The typed ST segment.
    pub fn header(&self) -> &SetHeader<'a> {
        &self.header
    }

    /// The typed SE segment.
    pub fn trailer(&self) -> &Trailer<'a> {
        &self.trailer
    }

    /// ST01: `837`, `835`, ...
    pub fn id(&self) -> &str {
        &self.header.id
    }

    /// The segments from ST to SE, with their locations in the whole input.
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let doc = Document::parse(&input)?;
    /// let set = doc.transaction_sets().next().ok_or("no set")?;
    /// let clm = set.segments().filter_map(Result::ok).find(|s| s.id() == "CLM").ok_or("no CLM")?;
    /// assert_eq!(clm.element(1).and_then(|e| e.as_str()), Some("FVC-0001"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn segments(&self) -> Segments<'a> {
        Segments::resume(self.bytes, self.offset, self.number - 1, self.delimiters)
    }

    /// Number of segments from ST to SE inclusive (what SE01 should say).
    pub fn segment_count(&self) -> u64 {
        self.count
    }

    /// The exact bytes from ST through SE's terminator and layout.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Where the ST segment is.
    pub fn location(&self) -> Location {
        Location::new(self.offset, self.number).with_id(crate::syntax::SegmentId::new(b"ST"))
    }

    /// The delimiters of the interchange holding the set.
    pub fn delimiters(&self) -> Delimiters {
        self.delimiters
    }
}
