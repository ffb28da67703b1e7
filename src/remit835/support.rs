//! What every loop shares: reading in guide order with unknown segments kept in place, and
//! writing own segments with the unknown ones interleaved.

use super::error::{LoopPath, Remit835Error, typed};
use super::layout::{Layout, Order};
use super::service_payment::ServicePayment;
use crate::segments::SegmentError;
use crate::segments::{
    Amt, Cas, Dtm, Lq, Nm1, Per, Qty, RawSegment, Ref, SegmentCursor, UnknownSegment,
};
use crate::syntax::Segment;

/// Where the claim and service payment loops of a set gather their segments, and a claim payment
/// its service payments, until each loop ends (see [`unstage`]). A claim payment's own segments all come
/// before its first SVC, so it moves them out before its service payments are read: every loop
/// finds the lists empty when it begins, and takes all they hold when it ends.
#[derive(Default)]
pub(crate) struct Staged<'a> {
    pub adjustments: Vec<Cas<'a>>,
    pub names: Vec<Nm1<'a>>,
    pub references: Vec<Ref<'a>>,
    pub dates: Vec<Dtm<'a>>,
    pub contacts: Vec<Per<'a>>,
    pub amounts: Vec<Amt<'a>>,
    pub quantities: Vec<Qty<'a>>,
    pub remarks: Vec<Lq<'a>>,
    pub service_payments: Vec<ServicePayment<'a>>,
}

/// Everything gathered in `staged`, in a list of exactly its size.
pub(crate) fn take<T>(staged: &mut Vec<T>) -> Vec<T> {
    unstage(staged, 0)
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

/// Reads the rest of a loop: every segment up to one that ends the loop (see [`Layout`]) is
/// placed in guide order and handed to `put`, which types it and files it (returning `true`);
/// segments out of order, or of kinds the loop does not hold, are kept as unknown.
pub(crate) fn read_body<'a>(
    cursor: &mut SegmentCursor<'a>,
    layout: &Layout,
    mut order: Order,
    mut put: impl FnMut(&Segment<'a>) -> Result<bool, Remit835Error>,
) -> Result<Vec<UnknownSegment<'a>>, Remit835Error> {
    let mut unknown = Vec::new();
    while let Some(segment) = cursor.peek() {
        let id = segment.segment_id();
        if layout.ends(id) {
            break;
        }
        let Some(segment) = cursor.take() else { break };
        if !(order.place(layout, id) && put(&segment)?) {
            unknown.push(UnknownSegment {
                position: order.placed(),
                raw: RawSegment::from_segment(&segment),
            });
        }
    }
    Ok(unknown)
}

pub(crate) use crate::segments::unknown::LoopWriter;

pub(crate) use crate::segments::order::{insert_ranked, push_tight, unstage};

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
