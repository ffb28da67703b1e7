//! [`Segments`]: the segments of an input held in memory, one interchange after another.

use super::error::SyntaxError;
use super::scan::{ScanState, Scanner, Step, next_segment, plain_span, preamble_len};
use super::segment::Segment;
use super::{Delimiters, Location, SegmentId};

/// Iterator over the segments of a whole input held in memory.
///
/// Delimiters are read from each ISA header, so a file holding several interchanges with
/// different delimiters reads correctly. A UTF-8 byte order mark and white space in front of the
/// first ISA form the [preamble](Segments::preamble); line breaks and indentation after each
/// terminator belong to that segment's [tail](Segment::tail). Nothing is skipped: the preamble
/// followed by every segment's data and tail is the input.
///
/// After an error the iterator ends.
///
/// ```
/// use x12_claims::syntax::Segments;
/// let input = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~\nGS*HC*A*B*20240320*1200*1*X*005010X222A1~\n";
/// let ids = Segments::new(input)
///     .map(|s| s.map(|s| s.id().to_owned()))
///     .collect::<Result<Vec<_>, _>>()?;
/// assert_eq!(ids, ["ISA", "GS"]);
/// # Ok::<(), x12_claims::syntax::SyntaxError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Segments<'a> {
    input: &'a [u8],
    base: u64,
    position: usize,
    state: ScanState,
    preamble: Result<usize, SyntaxError>,
    done: bool,
}

impl<'a> Segments<'a> {
    /// Reads `input` from its start.
    pub fn new(input: &'a [u8]) -> Self {
        let preamble = match preamble_len(input, true) {
            Ok(len) => Ok(len.unwrap_or(0)),
            Err(e) => Err(e),
        };
        Segments {
            input,
            base: 0,
            position: *preamble.as_ref().unwrap_or(&0),
            state: ScanState::default(),
            preamble,
            done: false,
        }
    }

    /// Reads segments from a slice cut out of a larger input at a segment boundary, whose
    /// delimiters are already known: `offset` is the slice's position in the whole input and
    /// `segments_before` the number of segments that precede it, so locations stay those of
    /// the whole input.
    ///
    /// ```
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let part = b"N3*1 MAIN ST~N4*BEND*OR~";
    /// let n4 = Segments::resume(part, 500, 9, Delimiters::default()).nth(1).unwrap()?;
    /// assert_eq!(n4.location().to_string(), "segment 11 N4 (byte 513)");
    /// # Ok::<(), x12_claims::syntax::SyntaxError>(())
    /// ```
    pub fn resume(
        input: &'a [u8],
        offset: u64,
        segments_before: u64,
        delimiters: Delimiters,
    ) -> Self {
        Segments {
            input,
            base: offset,
            position: 0,
            state: ScanState {
                scanner: Some(Scanner::new(delimiters)),
                count: segments_before,
            },
            preamble: Ok(0),
            done: false,
        }
    }

    /// Byte order mark and white space before the first ISA.
    pub fn preamble(&self) -> &'a [u8] {
        let len = *self.preamble.as_ref().unwrap_or(&0);
        self.input.get(..len).unwrap_or_default()
    }

    /// Byte offset of the next segment.
    pub fn position(&self) -> usize {
        self.position
    }
}

impl<'a> Iterator for Segments<'a> {
    type Item = Result<Segment<'a>, SyntaxError>;

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        // The common case, small enough to inline into the caller's loop: a segment other than
        // an interchange header, built in place. Before the first header, at the end, after an
        // error and for anything unusual, the general path decides.
        match self.plain(Ok) {
            Some(result) => Some(result),
            None => self.next_general(),
        }
    }
}

impl<'a> Segments<'a> {
    /// The common case of [`next`](Iterator::next) alone: `None` when the general path must
    /// decide (see [`next_general`](Self::next_general)).
    ///
    /// For a caller that keeps the segment in a place of its own: returned bare rather than
    /// inside a `Result`, the segment is written once where it is kept. Moved out of the larger
    /// `Option<Result<..>>`, its small fields are copied with loads that straddle the stores
    /// just made, which stalls the processor on every segment (about a sixth of the time of
    /// framing a set through a cursor).
    #[inline(always)]
    pub(crate) fn next_plain(&mut self) -> Option<Segment<'a>> {
        self.plain(|segment| segment)
    }

    /// Steps over the segments that come next on the common path whose identifier `skip`
    /// accepts, without building them, and returns how many it stepped over. A reader that only
    /// counts some segments (an envelope framer inside a transaction set) takes the rest from
    /// [`next`](Iterator::next) as usual; a segment the common path cannot read is left to it.
    #[inline]
    pub(crate) fn step_over(&mut self, skip: impl Fn(&SegmentId) -> bool) -> u64 {
        let Some(scanner) = self.state.scanner.filter(|_| !self.done) else {
            return 0;
        };
        let before = self.state.count;
        while let Some(span) = self
            .input
            .get(self.position..)
            .and_then(|rest| plain_span(rest, scanner, true))
            .filter(|span| skip(&span.id))
        {
            self.position += span.consumed;
            self.state.count += 1;
        }
        self.state.count - before
    }

    /// Moves on to the segment at `to`, a place further on in the same input that another
    /// reader has framed: the segments in between count as read. Says whether it moved.
    ///
    /// For a reader that lets another frame a run of segments for it. The run must hold no
    /// interchange header (which would change how the rest is read) and no error; a place
    /// behind this one, before the start of the input or past its end is refused.
    pub(crate) fn skip_to(&mut self, to: Location) -> bool {
        let Some(position) = to
            .offset
            .checked_sub(self.base)
            .and_then(|at| usize::try_from(at).ok())
            .filter(|&at| at >= self.position && at <= self.input.len())
        else {
            return false;
        };
        if self.done || to.segment == 0 || to.segment - 1 < self.state.count {
            return false;
        }
        self.position = position;
        self.state.count = to.segment - 1;
        true
    }

    /// How many segments have been read (or stepped over) so far, counted from the start of the
    /// whole input.
    pub(crate) fn read_so_far(&self) -> u64 {
        self.state.count
    }

    /// The common case, with the segment built straight into what `wrap` makes of it.
    #[inline(always)]
    fn plain<T>(&mut self, wrap: impl FnOnce(Segment<'a>) -> T) -> Option<T> {
        let scanner = self.state.scanner.filter(|_| !self.done)?;
        let rest = self.input.get(self.position..).unwrap_or_default();
        let span = plain_span(rest, scanner, true)?;
        let offset = self.base + self.position as u64;
        self.position += span.consumed;
        self.state.count += 1;
        let bytes = rest.get(..span.consumed).unwrap_or_default();
        Some(wrap(Segment::from_parts(
            bytes,
            span.data_len,
            offset,
            self.state.count,
            span.id,
            scanner.delimiters,
        )))
    }

    /// The general path of [`next`](Iterator::next): interchange headers, the end of the
    /// input and errors.
    #[inline(never)]
    pub(crate) fn next_general(&mut self) -> Option<Result<Segment<'a>, SyntaxError>> {
        if self.done {
            return None;
        }
        if let Err(e) = &self.preamble {
            self.done = true;
            return Some(Err(e.clone()));
        }
        let rest = self.input.get(self.position..).unwrap_or_default();
        let offset = self.base + self.position as u64;
        match next_segment(rest, offset, &mut self.state, true) {
            Step::Segment(segment, used) => {
                self.position += used;
                Some(Ok(segment))
            }
            // With the whole input at hand the tokenizer never waits for more.
            Step::End | Step::Incomplete => {
                self.done = true;
                None
            }
            Step::Error(e) => {
                self.done = true;
                Some(Err(*e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISA: &str = "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~";

    fn rebuild(input: &[u8]) -> Vec<u8> {
        let mut segments = Segments::new(input);
        let mut out = Vec::new();
        let collected: Vec<_> = segments.by_ref().collect::<Result<_, _>>().unwrap();
        out.extend_from_slice(segments.preamble());
        for s in collected {
            out.extend_from_slice(s.data());
            out.extend_from_slice(s.tail());
        }
        out
    }

    #[test]
    fn preamble_data_and_tails_are_the_input() {
        for text in [
            format!("{ISA}GS*HC~ST*837*1~"),
            format!("\u{feff}\r\n  {ISA}\r\n  GS*HC~\r\n\tST*837*1~\r\n"),
            format!("{ISA}\nGS*HC~\n\n\nIEA*1*1"),
        ] {
            assert_eq!(rebuild(text.as_bytes()), text.as_bytes(), "{text:?}");
        }
    }

    #[test]
    fn each_interchange_has_its_own_delimiters() {
        let second = ISA
            .replace('*', "|")
            .replace('~', "\n")
            .replace("|^|", "|!|")
            .replace("|:\n", "|>\n");
        let text = format!("{ISA}GS*HC*A:B~IEA*1*1~\n{second}GS|HC|A>B\nIEA|1|1\n");
        let segments: Vec<_> = Segments::new(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        let ids: Vec<_> = segments.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["ISA", "GS", "IEA", "ISA", "GS", "IEA"]);
        assert_eq!(segments[1].component(2, 2), Some(&b"B"[..]));
        assert_eq!(segments[4].component(2, 2), Some(&b"B"[..]));
        assert_eq!(segments[4].delimiters().segment, b'\n');
        assert_eq!(segments[4].tail(), b"\n");
        assert_eq!(segments[5].number(), 6);
    }

    #[test]
    fn newline_terminator_with_blank_line_is_an_empty_segment() {
        let isa = ISA.replace('~', "\n");
        let text = format!("{isa}GS*HC\n\nST*837\n");
        let results: Vec<_> = Segments::new(text.as_bytes()).collect();
        assert_eq!(results.len(), 3);
        let err = results[2].as_ref().unwrap_err();
        assert_eq!(
            err.to_string(),
            "segment 3 (byte 112): empty segment (a segment terminator right after another)"
        );
    }

    #[test]
    fn skip_to_moves_on_to_a_later_segment_with_its_number() {
        let text = format!("{ISA}\nGS*HC~\nST*837*1~\nBHT*1~\nHL*1~\nSE*4*1~\n");
        let at = |id: &str| {
            let all: Vec<_> = Segments::new(text.as_bytes()).map(Result::unwrap).collect();
            all.into_iter().find(|s| s.id() == id).unwrap().location()
        };
        let mut segments = Segments::new(text.as_bytes());
        assert_eq!(segments.by_ref().take(3).count(), 3);
        assert!(segments.skip_to(at("SE")));
        let se = segments.next().unwrap().unwrap();
        assert_eq!((se.id(), se.number(), se.location()), ("SE", 6, at("SE")));
        assert_eq!(segments.read_so_far(), 6);
        // Places behind, or past the end, are ignored.
        let mut segments = Segments::new(text.as_bytes());
        assert_eq!(segments.by_ref().take(4).count(), 4);
        assert!(!segments.skip_to(at("GS")));
        assert!(!segments.skip_to(Location::new(text.len() as u64 + 1, 9)));
        assert_eq!(segments.next().unwrap().unwrap().id(), "HL");
    }

    #[test]
    fn errors_end_the_iteration() {
        let mut it = Segments::new(b"hello");
        assert!(it.next().unwrap().is_err());
        assert!(it.next().is_none());
        assert_eq!(Segments::new(b"").count(), 0);
    }
}
