//! [`TransactionSet`]: one ST..SE, borrowed from the input.

use std::borrow::Cow;

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

    /// The same set owning a copy of its bytes: what a reader that lends its sets (such as
    /// [`StreamReader`](super::StreamReader)) hands to another thread.
    ///
    /// ```
    /// use x12_claims::envelope::{Item, StreamReader};
    /// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12");
    /// let mut reader = StreamReader::new(std::fs::File::open(path)?);
    /// let mut kept = Vec::new();
    /// while let Some(item) = reader.next_item() {
    ///     if let Item::TransactionSet(set) = item? {
    ///         kept.push(set.to_owned_set());
    ///     }
    /// }
    /// let checked = std::thread::spawn(move || {
    ///     kept.iter().map(|owned| owned.as_set().segment_count()).sum::<u64>()
    /// });
    /// assert!(checked.join().map_err(|_| "the thread panicked")? > 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_owned_set(&self) -> OwnedTransactionSet {
        OwnedTransactionSet {
            header: self.header.clone().into_owned(),
            trailer: self.trailer.clone().into_owned(),
            bytes: self.bytes.to_vec(),
            offset: self.offset,
            number: self.number,
            count: self.count,
            delimiters: self.delimiters,
        }
    }
}

/// A [`TransactionSet`] that owns its bytes; [`as_set`](OwnedTransactionSet::as_set) lends it
/// as a `TransactionSet` again, with the same places in the original input.
#[derive(Clone, Debug)]
pub struct OwnedTransactionSet {
    header: SetHeader<'static>,
    trailer: Trailer<'static>,
    bytes: Vec<u8>,
    offset: u64,
    number: u64,
    count: u64,
    delimiters: Delimiters,
}

impl OwnedTransactionSet {
    /// The set, borrowed from this copy: every reader of a `TransactionSet` reads it.
    pub fn as_set(&self) -> TransactionSet<'_> {
        TransactionSet {
            header: SetHeader {
                id: Cow::Borrowed(&self.header.id),
                control_number: Cow::Borrowed(&self.header.control_number),
                implementation: self.header.implementation.as_deref().map(Cow::Borrowed),
            },
            trailer: Trailer {
                count: Cow::Borrowed(&self.trailer.count),
                control_number: Cow::Borrowed(&self.trailer.control_number),
            },
            bytes: &self.bytes,
            offset: self.offset,
            number: self.number,
            count: self.count,
            delimiters: self.delimiters,
        }
    }

    /// How many bytes the set holds, ST through SE's terminator and layout.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the set holds no bytes (never, for a set that was read).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::Document;

    #[test]
    fn an_owned_set_reads_as_the_set_it_was_copied_from() {
        let input = b"ISA*00*          *00*          *ZZ*A              *ZZ*B              *240405*0800*^*00501*000000501*0*P*:~\r\n\
GS*HP*A*B*20240405*0800*501*X*005010X221A1~\r\nST*835*0007~\r\nBPR*I*0*C*NON~\r\nTRN*1*X*1~\r\nSE*4*0007~\r\n\
GE*1*501~\r\nIEA*1*000000501~\r\n";
        let doc = Document::parse(input).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let owned = set.to_owned_set();
        drop(doc);
        let again = owned.as_set();
        assert_eq!(again.header().control_number, "0007");
        assert_eq!(again.trailer().count_value(), Some(4));
        assert_eq!(again.id(), "835");
        assert_eq!(again.segment_count(), 4);
        assert_eq!(again.location().to_string(), "segment 3 ST (byte 153)");
        assert_eq!(again.delimiters(), Delimiters::default());
        assert!(again.as_bytes().starts_with(b"ST*835*0007~\r\n"));
        assert!(again.as_bytes().ends_with(b"SE*4*0007~\r\n"));
        assert_eq!(owned.len(), again.as_bytes().len());
        // Its segments keep their places in the original input.
        let trn = again.segments().nth(2).unwrap().unwrap();
        assert_eq!((trn.id(), trn.number(), trn.offset()), ("TRN", 5, 183));
        assert_eq!(&input[183..187], b"TRN*");
    }
}
