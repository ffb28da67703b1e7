//! [`SegmentCursor`]: one segment of lookahead over a transaction set, for assembling loops.

use crate::syntax::{Location, Segment, Segments, SyntaxError};

/// Walks the segments of a transaction set with one segment of lookahead, which is all an
/// implementation guide's loop structure needs: a loop starts at a known segment (often with a
/// known qualifier) and ends where the next segment belongs elsewhere.
///
/// The cursor tokenizes lazily, so it holds no list of segments. A syntax error ends the walk;
/// it is kept and returned by [`finish`](SegmentCursor::finish) (a set framed by the envelope
/// layer has already been tokenized once, so this does not happen in practice).
///
/// ```
/// use x12_claims::segments::SegmentCursor;
/// use x12_claims::syntax::{Delimiters, Segments};
/// let text = b"NM1*85*2*CLINIC~N3*1 MAIN ST~REF*EI*123456789~REF*G2*X~CLM*1*10~";
/// let mut cursor = SegmentCursor::new(Segments::resume(text, 0, 0, Delimiters::default()));
/// assert!(cursor.take_if("NM1").is_some());
/// assert!(cursor.take_if("N4").is_none());
/// assert!(cursor.take_if("N3").is_some());
/// assert!(cursor.take_if_qualified("REF", &["EI", "SY"]).is_some());
/// assert_eq!(cursor.take_while("REF").count(), 1);
/// assert_eq!(cursor.peek_id(), Some("CLM"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct SegmentCursor<'a> {
    segments: Segments<'a>,
    next: Option<Segment<'a>>,
    error: Option<SyntaxError>,
    end: Location,
    bound: Bound,
}

/// Where a cursor's walk ends besides the end of its segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    /// Nowhere else: the cursor is over a set's bytes alone (or any run of segments).
    None,
    /// The cursor is over a set inside a whole input, its SE not yet met: the walk ends after
    /// SE, and before any other envelope segment.
    Set,
    /// As `Set`, with SE met: nothing follows it.
    Closed(Location),
}

impl<'a> SegmentCursor<'a> {
    /// A cursor at the first segment.
    pub fn new(segments: Segments<'a>) -> Self {
        let mut cursor = SegmentCursor {
            segments,
            next: None,
            error: None,
            end: Location::default(),
            bound: Bound::None,
        };
        cursor.advance();
        cursor
    }

    /// A cursor at the ST of a set inside a whole input (`segments` starts at ST and runs on
    /// past the set): the walk ends after the set's SE, or before any other envelope segment
    /// (a set whose SE is missing). [`closed_at`](Self::closed_at) then tells where SE is.
    pub(crate) fn within_input(segments: Segments<'a>) -> Self {
        // ST itself is read as any segment; the bound holds from the segment after it.
        let mut cursor = Self::new(segments);
        cursor.bound = Bound::Set;
        cursor
    }

    #[inline]
    fn advance(&mut self) {
        if self.bound == Bound::None {
            self.frame();
        } else {
            self.frame_within_set();
        }
    }

    /// [`frame`](Self::frame) for a cursor bounded by its set.
    fn frame_within_set(&mut self) {
        if let Bound::Closed(_) = self.bound {
            self.next = None;
            return;
        }
        let end = self.end;
        self.frame();
        let Some(next) = &self.next else { return };
        let id = next.segment_id();
        if !id.is_envelope() {
            return;
        }
        if id == "SE" {
            self.bound = Bound::Closed(next.location());
        } else {
            self.next = None;
            self.end = end;
        }
    }

    /// Frames the next segment into `next`.
    #[inline]
    fn frame(&mut self) {
        // The common path's segment is stored as it comes (see `Segments::next_plain`).
        if let Some(segment) = self.segments.next_plain() {
            self.end = after(&segment);
            self.next = Some(segment);
            return;
        }
        self.next = match self.segments.next_general() {
            Some(Ok(segment)) => {
                self.end = after(&segment);
                Some(segment)
            }
            Some(Err(error)) => {
                self.error = Some(error);
                None
            }
            None => None,
        };
    }

    /// The next segment, without taking it.
    #[inline]
    pub fn peek(&self) -> Option<&Segment<'a>> {
        self.next.as_ref()
    }

    /// The identifier of the next segment.
    #[inline]
    pub fn peek_id(&self) -> Option<&str> {
        self.next.as_ref().map(Segment::id)
    }

    /// Whether the next segment has this identifier.
    #[inline]
    pub fn at(&self, id: &str) -> bool {
        self.next.as_ref().is_some_and(|s| s.segment_id() == id)
    }

    /// Whether the next segment has this identifier and its first element is one of
    /// `qualifiers`.
    pub fn at_qualified(&self, id: &str, qualifiers: &[&str]) -> bool {
        self.next.as_ref().is_some_and(|segment| {
            segment.segment_id() == id
                && segment
                    .element(1)
                    .and_then(|e| e.as_str())
                    .is_some_and(|q| qualifiers.contains(&q))
        })
    }

    /// Takes the next segment.
    #[inline]
    pub fn take(&mut self) -> Option<Segment<'a>> {
        let segment = self.next.take();
        if segment.is_some() {
            self.advance();
        }
        segment
    }

    /// Takes the next segment if it has this identifier.
    pub fn take_if(&mut self, id: &str) -> Option<Segment<'a>> {
        if self.at(id) { self.take() } else { None }
    }

    /// Takes the next segment if it has this identifier and one of these first-element
    /// qualifiers.
    pub fn take_if_qualified(&mut self, id: &str, qualifiers: &[&str]) -> Option<Segment<'a>> {
        if self.at_qualified(id, qualifiers) {
            self.take()
        } else {
            None
        }
    }

    /// Takes segments while they have this identifier.
    pub fn take_while<'c>(&'c mut self, id: &'c str) -> impl Iterator<Item = Segment<'a>> + 'c {
        std::iter::from_fn(move || self.take_if(id))
    }

    /// Where the next segment starts, or (at the end) the place just after the last segment.
    pub fn location(&self) -> Location {
        self.next.as_ref().map_or(self.end, Segment::location)
    }

    /// For a cursor [`within_input`](Self::within_input): where the set's SE starts, once the
    /// cursor has reached it.
    pub(crate) fn closed_at(&self) -> Option<Location> {
        match self.bound {
            Bound::Closed(at) => Some(at),
            _ => None,
        }
    }

    /// Whether every segment has been taken.
    pub fn is_done(&self) -> bool {
        self.next.is_none()
    }

    /// Ends the walk: the syntax error that stopped it, if any.
    pub fn finish(self) -> Result<(), SyntaxError> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Where the input stands after a segment: what the cursor reports once it has run out.
#[inline]
fn after(segment: &Segment<'_>) -> Location {
    Location::new(
        segment.offset() + segment.as_bytes().len() as u64,
        segment.number() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Delimiters;

    fn cursor(text: &str) -> SegmentCursor<'_> {
        SegmentCursor::new(Segments::resume(
            text.as_bytes(),
            100,
            4,
            Delimiters::default(),
        ))
    }

    #[test]
    fn peeks_without_taking() {
        let mut c = cursor("HL*1**20*1~PRV*BI~");
        assert_eq!(c.peek_id(), Some("HL"));
        assert_eq!(c.peek_id(), Some("HL"));
        assert_eq!(c.location().segment, 5);
        assert_eq!(c.take().map(|s| s.number()), Some(5));
        assert_eq!(c.peek_id(), Some("PRV"));
    }

    #[test]
    fn qualified_take_checks_the_first_element() {
        let mut c = cursor("NM1*IL*1*DOE~NM1*PR*2*PAYER~");
        assert!(c.take_if_qualified("NM1", &["PR"]).is_none());
        assert!(c.take_if_qualified("NM1", &["IL", "QC"]).is_some());
        assert!(c.at_qualified("NM1", &["PR"]));
        assert!(!c.at_qualified("N3", &["PR"]));
    }

    #[test]
    fn take_while_stops_at_another_id() {
        let mut c = cursor("DTP*472*D8*20240101~DTP*454*D8*20240102~REF*G1*X~");
        assert_eq!(c.take_while("DTP").count(), 2);
        assert_eq!(c.peek_id(), Some("REF"));
    }

    #[test]
    fn end_location_is_after_the_last_segment() {
        let mut c = cursor("SE*2*0001~\n");
        assert!(c.take().is_some());
        assert!(c.is_done());
        assert_eq!(c.location().offset, 111);
        assert_eq!(c.location().segment, 6);
        assert!(c.take().is_none());
        assert!(c.finish().is_ok());
    }

    #[test]
    fn a_cursor_within_an_input_ends_after_se() {
        let mut c = SegmentCursor::within_input(Segments::resume(
            b"ST*837*1~BHT*1~SE*3*1~GE*1*1~IEA*1*1~",
            100,
            4,
            Delimiters::default(),
        ));
        let ids: Vec<_> = std::iter::from_fn(|| c.take())
            .map(|s| s.id().to_owned())
            .collect();
        assert_eq!(ids, ["ST", "BHT", "SE"]);
        assert_eq!(
            c.closed_at().map(|at| (at.offset, at.segment)),
            Some((115, 7))
        );
        assert_eq!(c.location().offset, 122);
        assert!(c.finish().is_ok());
    }

    #[test]
    fn a_cursor_within_an_input_stops_before_another_envelope_segment() {
        for (text, last) in [
            (&b"ST*837*1~BHT*1~GE*1*1~SE*3*1~"[..], "BHT"),
            (b"ST*837*1~BHT*1~ST*837*2~SE*2*2~", "BHT"),
            (b"ST*837*1~HL*1~ISA*00~SE*3*1~", "HL"),
            (b"ST*837*1~IEA*1*1~", "ST"),
        ] {
            let mut c =
                SegmentCursor::within_input(Segments::resume(text, 0, 0, Delimiters::default()));
            let ids: Vec<_> = std::iter::from_fn(|| c.take())
                .map(|s| s.id().to_owned())
                .collect();
            assert_eq!(ids.last().map(String::as_str), Some(last));
            assert_eq!(c.closed_at(), None);
            // Where the walk stopped: just after the last segment taken.
            assert_eq!(c.location().segment, ids.len() as u64 + 1);
        }
    }

    #[test]
    fn a_syntax_error_ends_the_walk_and_is_returned() {
        let mut c = cursor("HL*1~*BAD~");
        assert!(c.take().is_some());
        assert!(c.is_done());
        assert!(c.finish().is_err());
    }
}
