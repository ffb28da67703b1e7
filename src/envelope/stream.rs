//! [`StreamReader`]: reads any [`Read`] one envelope item at a time from a reusable buffer, so
//! files of hundreds of megabytes are processed in memory bounded by the largest transaction
//! set.

use std::io::Read;

use super::error::EnvelopeError;
use super::framer::{Framer, Role};
use super::headers::{GroupHeader, InterchangeHeader};
use super::set::TransactionSet;
use crate::syntax::scan::{ScanState, Step, next_segment, plain_span, preamble_len};
use crate::syntax::{Location, Segment, Segments};

/// Bytes asked of the source per read.
const READ_SIZE: usize = 256 * 1024;

/// One item of the envelope, in input order. Writing every item's segments (and the preamble)
/// reproduces the input.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Item<'a> {
    /// Byte order mark and white space before the first interchange (only when not empty).
    Preamble(&'a [u8]),
    /// An ISA segment.
    InterchangeHeader(Segment<'a>),
    /// A TA1 segment between ISA and the first GS.
    Acknowledgment(Segment<'a>),
    /// A GS segment.
    GroupHeader(Segment<'a>),
    /// A whole transaction set, ST to SE.
    TransactionSet(TransactionSet<'a>),
    /// A GE segment.
    GroupTrailer(Segment<'a>),
    /// An IEA segment.
    InterchangeTrailer(Segment<'a>),
}

/// Reads an input item by item without holding more than one transaction set in memory.
///
/// [`next_item`](StreamReader::next_item) lends each item from the reader's buffer, so items are
/// used one at a time (`while let`), not collected. A trailer problem (a wrong SE01, a control
/// number that does not match) is returned as an `Err` after the item it concerns, and reading
/// goes on; a framing or syntax error ends the reading.
///
/// The envelope context of the current item is at hand through
/// [`interchange`](StreamReader::interchange) and [`group`](StreamReader::group).
///
/// ```
/// use x12_claims::envelope::{Item, StreamReader};
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12");
/// let file = std::io::BufReader::new(std::fs::File::open(path)?);
/// let mut reader = StreamReader::new(file);
/// let mut claims_sets = 0;
/// while let Some(item) = reader.next_item() {
///     if let Item::TransactionSet(set) = item? {
///         if set.id() == "837" {
///             claims_sets += 1;
///         }
///     }
/// }
/// assert_eq!(claims_sets, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct StreamReader<R> {
    source: R,
    buf: Vec<u8>,
    /// How much of `buf` holds input.
    filled: usize,
    /// File offset of `buf[0]`.
    base: u64,
    /// Where the next segment starts in `buf`.
    pos: usize,
    /// Start of the transaction set being read, and the number of its ST.
    set_start: Option<(usize, u64)>,
    eof: bool,
    preamble_done: bool,
    failed: bool,
    scan: ScanState,
    framer: Framer,
    interchange: Option<InterchangeHeader<'static>>,
    group: Option<GroupHeader<'static>>,
}

/// Where the item found by one step of the reader lies in the buffer.
enum Found {
    Preamble(usize),
    Segment(Role, usize, usize, u64),
    /// ST start, SE start, end, ST number, SE number.
    Set(usize, usize, usize, u64, u64),
}

impl<R: Read> StreamReader<R> {
    /// A reader over `source`. Wrap unbuffered sources in nothing: the reader buffers itself.
    pub fn new(source: R) -> Self {
        StreamReader {
            source,
            buf: Vec::new(),
            filled: 0,
            base: 0,
            pos: 0,
            set_start: None,
            eof: false,
            preamble_done: false,
            failed: false,
            scan: ScanState::default(),
            framer: Framer::new(),
            interchange: None,
            group: None,
        }
    }

    /// The header of the interchange being read.
    pub fn interchange(&self) -> Option<&InterchangeHeader<'static>> {
        self.interchange.as_ref()
    }

    /// The header of the functional group being read.
    pub fn group(&self) -> Option<&GroupHeader<'static>> {
        self.group.as_ref()
    }

    /// Bytes read from the source so far.
    pub fn bytes_read(&self) -> u64 {
        self.base + self.filled as u64
    }

    /// The next item, `None` at the end of the input (or after an error that ends reading).
    pub fn next_item(&mut self) -> Option<Result<Item<'_>, EnvelopeError>> {
        if !self.framer.problems.is_empty() {
            return Some(Err(self.framer.problems.remove(0)));
        }
        if self.failed {
            return None;
        }
        match self.find() {
            Ok(Some(found)) => Some(self.item(found)),
            Ok(None) => None,
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }

    /// Scans forward to the next item, reading more input as needed.
    fn find(&mut self) -> Result<Option<Found>, EnvelopeError> {
        while !self.preamble_done {
            let rest = self.buf.get(self.pos..self.filled).unwrap_or_default();
            match preamble_len(rest, self.eof)? {
                Some(len) => {
                    self.preamble_done = true;
                    self.pos += len;
                    if len > 0 {
                        return Ok(Some(Found::Preamble(len)));
                    }
                }
                None => self.fill()?,
            }
        }
        loop {
            // Inside a set, the segments between ST and SE only need counting: skip them in a
            // tight loop, without building them.
            if let Some(scanner) = self.scan.scanner.filter(|_| self.framer.in_set()) {
                while let Some(span) = self
                    .buf
                    .get(self.pos..self.filled)
                    .and_then(|rest| plain_span(rest, scanner, self.eof))
                    .filter(|span| Framer::is_plain_body(&span.id))
                {
                    self.pos += span.consumed;
                    self.scan.count += 1;
                    self.framer.count_body(1);
                }
            }
            let rest = self.buf.get(self.pos..self.filled).unwrap_or_default();
            let offset = self.base + self.pos as u64;
            let fast = self
                .scan
                .scanner
                .and_then(|s| Some((s.delimiters, plain_span(rest, s, self.eof)?)));
            let (segment, used) = match fast {
                // The common case, built in place.
                Some((d, span)) => {
                    self.scan.count += 1;
                    let bytes = rest.get(..span.consumed).unwrap_or_default();
                    let number = self.scan.count;
                    let segment =
                        Segment::from_parts(bytes, span.data_len, offset, number, span.id, d);
                    (segment, span.consumed)
                }
                None => match next_segment(rest, offset, &mut self.scan, self.eof) {
                    Step::Segment(segment, used) => (segment, used),
                    Step::Incomplete => {
                        self.fill()?;
                        continue;
                    }
                    Step::End => {
                        let end = Location::new(offset, self.scan.count);
                        self.framer.finish(end)?;
                        return Ok(None);
                    }
                    Step::Error(e) => return Err((*e).into()),
                },
            };
            let role = self.framer.push(&segment)?;
            let start = self.pos;
            let number = segment.number();
            match role {
                Role::InterchangeHeader => {
                    let header = InterchangeHeader::from_segment(&segment)?.into_owned();
                    self.interchange = Some(header);
                }
                Role::GroupHeader => {
                    self.group = Some(GroupHeader::from_segment(&segment)?.into_owned());
                }
                _ => {}
            }
            self.pos += used;
            match role {
                Role::SetHeader => self.set_start = Some((start, number)),
                Role::SetBody => {}
                Role::SetTrailer => {
                    let (st, st_number) = self.set_start.take().unwrap_or((start, number));
                    let found = Found::Set(st, start, self.pos, st_number, number);
                    return Ok(Some(found));
                }
                _ => return Ok(Some(Found::Segment(role, start, used, number))),
            }
        }
    }

    /// Builds the item found, borrowing the buffer.
    fn item(&self, found: Found) -> Result<Item<'_>, EnvelopeError> {
        let delimiters = self.scan.delimiters().unwrap_or_default();
        let segment_at = |start: usize, end: usize, number: u64| {
            let bytes = self.buf.get(start..end).unwrap_or_default();
            let offset = self.base + start as u64;
            match Segments::resume(bytes, offset, number - 1, delimiters).next() {
                Some(segment) => Ok(segment?),
                None => Err(rescan_failed(Location::new(offset, number))),
            }
        };
        Ok(match found {
            Found::Preamble(len) => Item::Preamble(self.buf.get(..len).unwrap_or_default()),
            Found::Segment(role, start, used, number) => {
                let segment = segment_at(start, start + used, number)?;
                match role {
                    Role::Acknowledgment => Item::Acknowledgment(segment),
                    Role::GroupHeader => Item::GroupHeader(segment),
                    Role::GroupTrailer => Item::GroupTrailer(segment),
                    Role::InterchangeTrailer => Item::InterchangeTrailer(segment),
                    _ => Item::InterchangeHeader(segment),
                }
            }
            Found::Set(start, se_start, end, st_number, se_number) => {
                let st = segment_at(start, end, st_number)?;
                let se = segment_at(se_start, end, se_number)?;
                let bytes = self.buf.get(start..end).unwrap_or_default();
                Item::TransactionSet(TransactionSet::new(bytes, &st, &se)?)
            }
        })
    }

    /// Drops what is no longer needed from the buffer and reads more. The buffer is only
    /// grown when the item being read fills all of it.
    fn fill(&mut self) -> Result<(), EnvelopeError> {
        if self.eof {
            return Ok(());
        }
        let keep = self.set_start.map_or(self.pos, |(start, _)| start);
        if keep > 0 && self.filled == self.buf.len() {
            self.buf.copy_within(keep..self.filled, 0);
            self.filled -= keep;
            self.base += keep as u64;
            self.pos -= keep;
            if let Some((start, _)) = self.set_start.as_mut() {
                *start -= keep;
            }
        }
        if self.filled == self.buf.len() {
            let grown = (self.buf.len() * 2).max(READ_SIZE);
            self.buf.resize(grown, 0);
        }
        let read = loop {
            match self
                .source
                .read(self.buf.get_mut(self.filled..).unwrap_or_default())
            {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            }
        };
        self.filled += read;
        self.eof = read == 0;
        Ok(())
    }
}

/// A segment scanned a moment ago could not be read again from the same bytes. It cannot
/// happen; it is reported rather than unwrapped so that no input can cause a panic.
fn rescan_failed(location: Location) -> EnvelopeError {
    EnvelopeError::Unexpected {
        location,
        found: String::new(),
        expected: "the segment scanned before (the buffer changed underneath)",
    }
}
