//! What every loop shares: guide order while reading, unknown segments kept in place, and
//! writing own segments with the unknown ones interleaved.

use super::error::{LoopPath, Remit835Error, typed};
use crate::segments::SegmentError;
use crate::segments::{RawSegment, SegmentCursor, UnknownSegment};
use crate::syntax::Segment;

/// Tracks guide order inside one loop. Each kind of segment a loop holds has a slot number in
/// guide order; a segment is accepted when its slot comes after the last one taken (or is the
/// same slot and that slot repeats). Anything else is kept as an [`UnknownSegment`].
#[derive(Debug, Default)]
pub(crate) struct Order<'a> {
    last: u8,
    own: u32,
    pub(crate) unknown: Vec<UnknownSegment<'a>>,
}

impl<'a> Order<'a> {
    /// Order after the loop's first segment (slot 0) was taken.
    pub(crate) fn started() -> Self {
        Order {
            last: 0,
            own: 1,
            unknown: Vec::new(),
        }
    }

    /// Whether a segment of `slot` may come now; if so it counts as taken.
    pub(crate) fn accept(&mut self, slot: u8, repeats: bool) -> bool {
        let ok = slot > self.last || (repeats && slot == self.last);
        if ok {
            self.last = slot;
            self.own += 1;
        }
        ok
    }

    /// Keeps a segment the loop does not expect here.
    pub(crate) fn keep(&mut self, segment: &Segment<'a>) {
        self.unknown.push(UnknownSegment {
            position: self.own,
            raw: RawSegment::from_segment(segment),
        });
    }
}

/// Checks a segment as its typed form and adds it to a loop's list (see [`push_tight`]).
#[inline]
pub(crate) fn push_typed<'a, T>(
    list: &mut Vec<T>,
    path: LoopPath,
    segment: &Segment<'a>,
    parse: impl FnOnce(&Segment<'a>) -> Result<T, SegmentError>,
) -> Result<(), Remit835Error> {
    push_tight(list, typed(path, segment, parse)?);
    Ok(())
}

/// Reads the rest of a loop after its first segment: every segment up to one of `stop` goes to
/// `put`, which takes it into a slot (returning `true`) or declines; declined segments are kept
/// as unknown.
pub(crate) fn read_body<'a>(
    cursor: &mut SegmentCursor<'a>,
    stop: &[&str],
    mut put: impl FnMut(&mut Order<'a>, &Segment<'a>) -> Result<bool, Remit835Error>,
) -> Result<Vec<UnknownSegment<'a>>, Remit835Error> {
    let mut order = Order::started();
    while let Some(segment) = cursor.peek() {
        if stop.iter().any(|id| segment.segment_id() == *id) {
            break;
        }
        let Some(segment) = cursor.take() else { break };
        if !put(&mut order, &segment)? {
            order.keep(&segment);
        }
    }
    Ok(order.unknown)
}

pub(crate) use crate::segments::unknown::LoopWriter;

pub(crate) use crate::segments::order::{insert_ranked, push_tight};

/// The rank of a qualifier among the guide's positions for one kind of segment: the index of
/// the first position listing it, or after every position when none does.
pub(crate) fn rank_of(qualifier: &str, positions: &[&[&str]]) -> usize {
    positions
        .iter()
        .position(|codes| codes.contains(&qualifier))
        .unwrap_or(positions.len())
}

/// `into_owned` over a vector of segments or loops.
macro_rules! owned_vec {
    ($v:expr) => {
        $v.into_iter().map(|x| x.into_owned()).collect()
    };
}
pub(crate) use owned_vec;
