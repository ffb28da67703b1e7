//! The tokenizer shared by the slice reader and the streaming reader: finds the next segment in
//! a buffer. Like nom's streaming parsers, it answers `Incomplete` when the buffer ends before it
//! can decide, unless the caller says the input ends there.

use super::find::{find, find_wide};

use super::delimiters::{ISA_LEN, IsaFault, isa_header};
use super::error::{SyntaxError, excerpt};
use super::location::{Location, SegmentId};
use super::segment::Segment;
use super::{ByteText, Delimiters};

/// What the tokenizer carries from one segment to the next.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScanState {
    /// How to read the current interchange (nothing before the first ISA).
    pub scanner: Option<Scanner>,
    /// Number of segments read so far.
    pub count: u64,
}

impl ScanState {
    /// Delimiters of the current interchange (none before the first ISA).
    pub fn delimiters(&self) -> Option<Delimiters> {
        self.scanner.map(|s| s.delimiters)
    }
}

/// The delimiters of an interchange, with what the tokenizer derives from them once per
/// interchange header rather than once per segment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scanner {
    /// The interchange's delimiters.
    pub delimiters: Delimiters,
    /// Whether a line feed after a terminator is layout: it is, unless it is a delimiter.
    line_feed_is_layout: bool,
}

impl Scanner {
    /// How to read an interchange that declared `delimiters`.
    pub fn new(delimiters: Delimiters) -> Self {
        Scanner {
            delimiters,
            line_feed_is_layout: delimiters.is_layout(b'\n'),
        }
    }
}

/// The outcome of one tokenizer step.
#[derive(Debug)]
pub(crate) enum Step<'a> {
    /// A segment, and how many bytes of the buffer it took (data and tail).
    Segment(Segment<'a>, usize),
    /// The buffer ends before the segment (or its trailing layout) does.
    Incomplete,
    /// No more input.
    End,
    /// The input cannot be read further (boxed: errors are rare and the step stays small).
    Error(Box<SyntaxError>),
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The first bytes of the compressed files and archives X12 files travel in: what each is, and
/// what to do with it. None of them can start an X12 interchange.
const COMPRESSED: [(&[u8], &str, &str); 5] = [
    (b"\x1F\x8B", "gzip-compressed", "decompress it"),
    (
        b"PK\x03\x04",
        "a ZIP archive",
        "extract the X12 file from it",
    ),
    (b"BZh", "bzip2-compressed", "decompress it"),
    (b"\xFD7zXZ\x00", "xz-compressed", "decompress it"),
    (b"\x28\xB5\x2F\xFD", "zstd-compressed", "decompress it"),
];

/// How far a streaming reader looks for an interchange header behind leading text.
const NOT_X12_LOOKAHEAD: usize = 64 * 1024;

/// Length of the preamble (UTF-8 byte order mark and white space) in front of the first ISA;
/// `Ok(None)` when the buffer ends before that can be decided.
pub(crate) fn preamble_len(buf: &[u8], eof: bool) -> Result<Option<usize>, SyntaxError> {
    let start = Location::new(0, 0);
    if buf.starts_with(b"\xFF\xFE") || buf.starts_with(b"\xFE\xFF") || buf.get(1) == Some(&0) {
        return Err(SyntaxError::Utf16 { location: start });
    }
    if let Some(&(_, format, remedy)) = COMPRESSED.iter().find(|(magic, ..)| buf.starts_with(magic))
    {
        return Err(SyntaxError::Compressed {
            location: start,
            format,
            remedy,
        });
    }
    if buf.len() < BOM.len() && BOM.starts_with(buf) && !buf.is_empty() && !eof {
        return Ok(None);
    }
    let after_bom = if buf.starts_with(BOM) { BOM.len() } else { 0 };
    let rest = buf.get(after_bom..).unwrap_or_default();
    let skipped = rest
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .count();
    let len = after_bom + skipped;
    let rest = buf.get(len..).unwrap_or_default();
    if rest.len() < 3 && !eof {
        return Ok(None);
    }
    if buf.is_empty() || rest.starts_with(b"ISA") {
        return Ok(Some(len));
    }
    if !eof && rest.len() < NOT_X12_LOOKAHEAD {
        // Read on, so the error can show what is there and where an ISA starts, if anywhere.
        return Ok(None);
    }
    let found = if rest.is_empty() {
        "(end of input)".into()
    } else {
        excerpt(rest, 20)
    };
    let isa_at = memchr::memmem::find_iter(rest, b"ISA")
        .find(|&at| rest.get(at + 3).is_some_and(|b| !b.is_ascii_alphanumeric()))
        .map(|at| (len + at) as u64);
    Err(SyntaxError::NotX12 {
        location: Location::new(len as u64, 0),
        found,
        isa_at,
    })
}

/// Reads the next segment from `buf`, which starts where the previous segment's tail ended.
/// `offset` is the position of `buf[0]` in the whole input.
///
/// This is the hot path of every reader, so it is kept small enough to inline: interchange
/// headers and errors are handled out of line.
#[inline]
pub(crate) fn next_segment<'a>(
    buf: &'a [u8],
    offset: u64,
    state: &mut ScanState,
    eof: bool,
) -> Step<'a> {
    if buf.is_empty() {
        return if eof { Step::End } else { Step::Incomplete };
    }
    let could_be_isa = buf.starts_with(b"ISA") || (buf.len() < 3 && b"ISA".starts_with(buf));
    match state.scanner.filter(|_| !could_be_isa) {
        Some(scanner) => plain_segment(buf, scanner, offset, state, eof),
        None => header_or_error(buf, offset, state, eof),
    }
}

/// Where a segment other than an interchange header ends: the length of its data and of its
/// data and tail, and its identifier. `None` when the segment needs a closer look (it is
/// incomplete, empty, or its identifier is not one), which the caller leaves to
/// [`next_segment`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    pub data_len: usize,
    pub consumed: usize,
    pub id: SegmentId,
}

/// The common case of the tokenizer, with no error to build: readers call it first and fall
/// back to [`next_segment`] when it answers `None`.
#[inline(always)]
pub(crate) fn plain_span(buf: &[u8], scanner: Scanner, eof: bool) -> Option<Span> {
    let d = scanner.delimiters;
    let data_len = match find_wide(d.segment, buf) {
        Some(end) => end,
        None if eof => buf.len(),
        None => return None,
    };
    let data = buf.get(..data_len)?;
    let id_len = match *data {
        [_, _, sep, ..] if sep == d.element => 2,
        [_, _, _, sep, ..] if sep == d.element => 3,
        [_, _] => 2,
        [_, _, _] => 3,
        _ => return None,
    };
    // An interchange header sets new delimiters, which the general path reads.
    let id = data
        .get(..id_len)
        .and_then(SegmentId::new)
        .filter(|id| *id != SegmentId::ISA)?;
    let consumed = data_len + tail_len(buf.get(data_len..)?, scanner);
    if consumed == buf.len() && !eof {
        return None;
    }
    Some(Span {
        data_len,
        consumed,
        id,
    })
}

/// Terminator and layout at the start of `after` (what follows a segment's data).
#[inline(always)]
fn tail_len(after: &[u8], scanner: Scanner) -> usize {
    // The common cases first: nothing after the terminator but the next segment's identifier,
    // or a single line feed before it.
    match after {
        [_, next, ..] if *next > b' ' => return 1,
        [_, b'\n', next, ..] if *next > b' ' && scanner.line_feed_is_layout => return 2,
        _ => {}
    }
    let terminated = usize::from(!after.is_empty());
    let layout = after
        .get(terminated..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| scanner.delimiters.is_layout(b))
        .count();
    terminated + layout
}

/// A segment other than an interchange header.
#[inline]
fn plain_segment<'a>(
    buf: &'a [u8],
    scanner: Scanner,
    offset: u64,
    state: &mut ScanState,
    eof: bool,
) -> Step<'a> {
    let d = scanner.delimiters;
    let data = match find_wide(d.segment, buf) {
        Some(end) => buf.get(..end).unwrap_or_default(),
        None if eof => buf,
        None => return Step::Incomplete,
    };
    let head = data.get(..4).unwrap_or(data);
    let id_len = find(d.element, head).unwrap_or(head.len());
    let Some(id) = data.get(..id_len).and_then(SegmentId::new) else {
        return segment_error(data, offset, state);
    };
    finish(buf, data, id, scanner, offset, state, eof)
}

/// Takes the terminator and the layout after `data` and makes the segment.
#[inline]
fn finish<'a>(
    buf: &'a [u8],
    data: &'a [u8],
    id: SegmentId,
    scanner: Scanner,
    offset: u64,
    state: &mut ScanState,
    eof: bool,
) -> Step<'a> {
    let consumed = data.len() + tail_len(buf.get(data.len()..).unwrap_or_default(), scanner);
    if consumed == buf.len() && !eof {
        // More line-break or indentation bytes may follow in the next read.
        return Step::Incomplete;
    }
    let bytes = buf.get(..consumed).unwrap_or_default();
    state.count += 1;
    Step::Segment(
        Segment::from_parts(
            bytes,
            data.len(),
            offset,
            state.count,
            id,
            scanner.delimiters,
        ),
        consumed,
    )
}

/// An interchange header (which sets the delimiters), or the error of input that has none.
#[cold]
#[inline(never)]
fn header_or_error<'a>(buf: &'a [u8], offset: u64, state: &mut ScanState, eof: bool) -> Step<'a> {
    let location = Location::new(offset, state.count + 1);
    if !(buf.starts_with(b"ISA") || (buf.len() < 3 && b"ISA".starts_with(buf) && !eof)) {
        if let Some(scanner) = state.scanner {
            // A short last segment that only looked like the start of a header.
            return plain_segment(buf, scanner, offset, state, eof);
        }
        return Step::Error(Box::new(SyntaxError::NotX12 {
            location,
            found: excerpt(buf, 20),
            isa_at: None,
        }));
    }
    match isa_header(buf) {
        Ok((_, d)) => {
            let data = buf.get(..ISA_LEN - 1).unwrap_or_default();
            let scanner = Scanner::new(d);
            state.scanner = Some(scanner);
            finish(buf, data, SegmentId::ISA, scanner, offset, state, eof)
        }
        Err(nom::Err::Incomplete(_)) if !eof => Step::Incomplete,
        Err(nom::Err::Incomplete(_)) => Step::Error(Box::new(SyntaxError::IsaTruncated {
            location: location.with_id(SegmentId::new(b"ISA")),
            len: buf.len(),
        })),
        Err(nom::Err::Error(fault) | nom::Err::Failure(fault)) => {
            Step::Error(Box::new(isa_error(fault, location)))
        }
    }
}

/// The error for a segment that is empty or whose identifier is not one.
#[cold]
#[inline(never)]
fn segment_error<'a>(data: &[u8], offset: u64, state: &ScanState) -> Step<'a> {
    let location = Location::new(offset, state.count + 1);
    Step::Error(Box::new(if data.is_empty() {
        SyntaxError::EmptySegment { location }
    } else {
        SyntaxError::SegmentId {
            location,
            found: excerpt(data, 12),
        }
    }))
}

fn isa_error(fault: IsaFault, location: Location) -> SyntaxError {
    let location = location.with_id(SegmentId::new(b"ISA"));
    match fault {
        IsaFault::Layout {
            index: 0,
            expected,
            found,
        } if expected.starts_with('"') => SyntaxError::IsaLayout {
            location,
            index: 0,
            expected,
            found: ByteText(found),
        },
        IsaFault::Layout {
            index,
            expected,
            found,
        } => SyntaxError::IsaLayout {
            location: location.with_element(isa_element_before(index)),
            index,
            expected,
            found: ByteText(found),
        },
        IsaFault::Delimiters(problem) => SyntaxError::Delimiters { location, problem },
        IsaFault::DelimiterInField { index, found } => SyntaxError::IsaDelimiterInData {
            location: location.with_element(isa_element_before(index)),
            index,
            found: ByteText(found),
        },
    }
}

/// The ISA element that ends right before byte `index` of the header.
fn isa_element_before(index: usize) -> u16 {
    let mut end = 3;
    for (n, width) in super::delimiters::ISA_WIDTHS.iter().enumerate() {
        end += 1 + width;
        if end >= index {
            return u16::try_from(n + 1).unwrap_or(16);
        }
    }
    16
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISA: &[u8] = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~";

    fn input(rest: &[u8]) -> Vec<u8> {
        [ISA, rest].concat()
    }

    #[test]
    fn a_delimiter_inside_an_isa_field_names_the_field() {
        let header = String::from_utf8(ISA.to_vec())
            .unwrap()
            .replace("*RECEIVER       *", "*RECEIVER^      *");
        let Step::Error(error) =
            next_segment(header.as_bytes(), 0, &mut ScanState::default(), true)
        else {
            panic!("accepted")
        };
        assert_eq!(
            error.to_string(),
            "segment 1 ISA08 (byte 0): the ISA field holds '^', one of the interchange's \
             delimiters (byte 62 of the header); only ISA11 and ISA16 may hold delimiters"
        );
    }

    #[test]
    fn streaming_waits_for_layout_and_terminator() {
        let buf = input(b"\r\nGS*HC*A");
        let mut state = ScanState::default();
        // The header and its CRLF are complete, but only because more bytes follow.
        let Step::Segment(isa, used) = next_segment(&buf, 0, &mut state, false) else {
            panic!()
        };
        assert_eq!(isa.tail(), b"~\r\n");
        let rest = &buf[used..];
        assert!(matches!(
            next_segment(rest, used as u64, &mut state, false),
            Step::Incomplete
        ));
        // At the end of input an unterminated segment is accepted as it is.
        let Step::Segment(gs, _) = next_segment(rest, used as u64, &mut state, true) else {
            panic!()
        };
        assert_eq!(
            (gs.data(), gs.tail(), gs.number()),
            (&b"GS*HC*A"[..], &b""[..], 2)
        );
        // A terminator at the very end of the buffer: layout may still follow.
        assert!(matches!(
            next_segment(ISA, 0, &mut ScanState::default(), false),
            Step::Incomplete
        ));
    }

    #[test]
    fn preamble() {
        assert_eq!(preamble_len(b"\xEF\xBB\xBF \r\nISA*", true), Ok(Some(6)));
        assert_eq!(preamble_len(b"", true), Ok(Some(0)));
        assert_eq!(preamble_len(b"  ", false), Ok(None));
        assert!(matches!(
            preamble_len(b"I\0S\0A\0", true),
            Err(SyntaxError::Utf16 { .. })
        ));
        // A compressed file is named by its first bytes, however many follow (the messages
        // are held by the readers' tests).
        for (start, named) in [
            (&b"\x1F\x8B\x08\x08"[..], "gzip-compressed"),
            (b"PK\x03\x04\x14\x00", "a ZIP archive"),
            (b"BZh91AY&SY", "bzip2-compressed"),
            (b"\xFD7zXZ\x00\x00\x04", "xz-compressed"),
            (b"\x28\xB5\x2F\xFD\x24", "zstd-compressed"),
        ] {
            for eof in [true, false] {
                assert!(
                    matches!(
                        preamble_len(start, eof),
                        Err(SyntaxError::Compressed { format, .. }) if format == named
                    ),
                    "{named}"
                );
            }
        }
        let err = preamble_len(b"\n\nGS*HC*X~", true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "byte 2: expected an interchange header \"ISA\", found \"GS*HC*X~\""
        );
        let err = preamble_len(b"Scenario 2\r\n\r\nISA*00*", true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "byte 0: expected an interchange header \"ISA\", found \"Scenario 2\\r\\n\\r\\nISA*00...\"; an interchange header starts at byte 14: remove the text before it"
        );
        let err = preamble_len(b" \n", true).unwrap_err();
        assert!(err.to_string().contains("(end of input)"), "{err}");
    }

    #[test]
    fn bad_segment_identifiers() {
        for (body, found) in [
            (&b"clm*1~"[..], "clm*1"),
            (b"CLMX*1~", "CLMX*1"),
            (b"\xC3\x89T*1~", "\\xc3\\x89T*1"),
        ] {
            let buf = input(body);
            let mut state = ScanState::default();
            let Step::Segment(_, used) = next_segment(&buf, 0, &mut state, true) else {
                panic!()
            };
            let Step::Error(err) = next_segment(&buf[used..], used as u64, &mut state, true) else {
                panic!()
            };
            assert_eq!(
                *err,
                SyntaxError::SegmentId {
                    location: Location::new(106, 2),
                    found: found.into()
                }
            );
        }
    }

    #[test]
    fn isa_layout_errors_name_the_element() {
        let text = String::from_utf8(ISA.to_vec())
            .unwrap()
            .replace("RECEIVER       ", "RECEIVER      ");
        let err = match next_segment(text.as_bytes(), 0, &mut ScanState::default(), true) {
            Step::Error(e) => *e,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err.to_string(),
            "segment 1 ISA08 (byte 0): ISA is not 106 bytes of fixed-width fields: byte 69 of the header should be the element separator, found '2'"
        );
    }
}
