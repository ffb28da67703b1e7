//! `837P-S2` for the typed segments: each stands in the guide's order.
//!
//! Reading takes a loop's own segments and name loops in whatever order they come (an N4
//! before its N3, a payer's name loop after the claims), so that nothing is lost; writing puts
//! them back in the guide's order. A payer reads a file in the guide's order and refuses a
//! segment where the guide does not place it. So the order the writer gives the segments read,
//! against the order they were read in, names the segments out of place: the fewest whose
//! moving puts the rest in order. A segment kept untyped is left out: it is reported as such.

use std::io;

use super::Report;
use super::tree::TreeLevel;
use crate::claim837p::{Claim, Header, Level, LoopPath, Party, party_paths};
use crate::syntax::{Location, Noting, WriteError, WriteOptions, Writer};

/// Reports each typed segment of the header that stands out of the guide's order.
pub(super) fn header(header: &Header<'_>, report: &mut Report) {
    let write = |out: &mut Writer<io::Sink>| header.write(out, None);
    if let Some(places) = out_of_order_places(write) {
        let mut starts = vec![(0, LoopPath::root())];
        parties(&mut starts, header.parties(), LoopPath::root());
        out_of_order(&places, LoopStarts::sorted(starts), report);
    }
}

/// Reports each typed segment of a level that stands out of the guide's order, its claims
/// included. A level's segments run from its HL to the next, so none can stand out of order
/// with another level's.
pub(super) fn level(level: &TreeLevel<'_, '_>, report: &mut Report) {
    let write = |out: &mut Writer<io::Sink>| {
        if let Some(typed) = level.typed {
            typed.write(out)?;
        }
        // A level typed whole writes its claims; of one that is not, each claim that reads.
        if !level.claims.written_with_level() {
            for (_, claim) in level.claims.typed() {
                claim.write(out)?;
            }
        }
        Ok(())
    };
    let Some(places) = out_of_order_places(write) else {
        return;
    };
    let mut starts = vec![(level.hl.location().segment, level.path)];
    parties(
        &mut starts,
        level.typed.map_or(&[], Level::parties),
        level.path,
    );
    for (path, claim) in level.claims.typed() {
        claim_loops(&mut starts, claim, path);
    }
    out_of_order(&places, LoopStarts::sorted(starts), report);
}

/// When the segments read that `write` writes do not come in the order it writes them (the
/// guide's), where each was read, in that order. `None` when they do, or when the writer
/// refuses a segment (one built, not read: it has no place).
fn out_of_order_places(
    write: impl Fn(&mut Writer<io::Sink>) -> Result<(), WriteError>,
) -> Option<Vec<Location>> {
    let noted = |noting| {
        let mut out = Writer::new(io::sink(), WriteOptions::default());
        out.note(noting);
        write(&mut out).ok()?;
        out.take_noted()
    };
    // Most sets are in order: the order alone is noted first, each place only when needed.
    let order = noted(Noting::Order {
        last: 0,
        in_order: true,
    })?;
    if matches!(order, Noting::Order { in_order: true, .. }) {
        return None;
    }
    match noted(Noting::Places(Vec::new()))? {
        Noting::Places(places) => Some(places),
        Noting::Order { .. } => None,
    }
}

/// Reports the fewest of `places` whose moving puts the rest in order, each in its loop.
fn out_of_order(places: &[Location], loops: LoopStarts, report: &mut Report) {
    let kept = longest_in_order(places);
    for (i, at) in places.iter().enumerate() {
        if kept.get(i).copied().unwrap_or(true) {
            continue;
        }
        // The segment the guide places it before, or else the one it places it after.
        let next = (places.iter().zip(&kept).skip(i + 1)).find(|(_, kept)| **kept);
        let before = (places.iter().zip(&kept).take(i).rev()).find(|(_, kept)| **kept);
        let (side, other) = match (next, before) {
            (Some((next, _)), _) => ("before", next),
            (None, Some((before, _))) => ("after", before),
            (None, None) => continue,
        };
        let message = format!(
            "{} stands out of the guide's order: the guide places it {side} the {} at segment {}",
            id(at),
            id(other),
            other.segment
        );
        report.out_of_order(loops.path_of(at), *at, message);
    }
}

/// A segment's id, for a message.
fn id(at: &Location) -> String {
    at.id
        .map_or_else(|| "segment".to_owned(), |id| id.to_string())
}

/// Which of `places` (by segment number) make up a longest run in file order; the others are
/// the fewest segments whose moving puts the rest in order.
fn longest_in_order(places: &[Location]) -> Vec<bool> {
    // For each length, the index of the place ending the run of that length with the smallest
    // last number; and for each place, the place before it in its run.
    let mut ends: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = Vec::with_capacity(places.len());
    for (i, at) in places.iter().enumerate() {
        let length =
            ends.partition_point(|&e| places.get(e).is_some_and(|p| p.segment < at.segment));
        before.push(length.checked_sub(1).and_then(|l| ends.get(l).copied()));
        match ends.get_mut(length) {
            Some(end) => *end = i,
            None => ends.push(i),
        }
    }
    let mut kept = vec![false; places.len()];
    let mut next = ends.last().copied();
    while let Some(i) = next {
        if let Some(k) = kept.get_mut(i) {
            *k = true;
        }
        next = before.get(i).copied().flatten();
    }
    kept
}

/// Where each loop starts (the segment number of its first segment), with its path: the loop
/// a segment stands in is the last to start at or before it.
struct LoopStarts(Vec<(u64, LoopPath)>);

impl LoopStarts {
    fn sorted(mut starts: Vec<(u64, LoopPath)>) -> Self {
        starts.sort_by_key(|(segment, _)| *segment);
        LoopStarts(starts)
    }

    fn path_of(&self, at: &Location) -> LoopPath {
        let after = self
            .0
            .partition_point(|(segment, _)| *segment <= at.segment);
        after
            .checked_sub(1)
            .and_then(|i| self.0.get(i))
            .map_or(LoopPath::root(), |(_, path)| *path)
    }
}

/// The name loops of `parties`, under the loop at `path`.
fn parties(starts: &mut Vec<(u64, LoopPath)>, parties: &[Party<'_>], path: LoopPath) {
    for (path, party) in party_paths(parties, path) {
        starts.push((party.nm1().location().segment, path));
    }
}

/// A claim and the loops it holds: name loops, other payers and lines with theirs.
fn claim_loops(starts: &mut Vec<(u64, LoopPath)>, claim: &Claim<'_>, path: LoopPath) {
    starts.push((claim.info().location().segment, path));
    parties(starts, claim.parties(), path);
    for (n, other) in claim.other_subscribers().iter().enumerate() {
        let path = path.child("2320", n + 1);
        starts.push((other.subscriber_info().location().segment, path));
        parties(starts, other.parties(), path);
    }
    for (n, line) in claim.lines().iter().enumerate() {
        let path = path.child("2400", n + 1);
        starts.push((line.number().location().segment, path));
        parties(starts, line.parties(), path);
        let children = [
            (
                "2410",
                line.drugs()
                    .iter()
                    .map(|d| d.item().location())
                    .collect::<Vec<_>>(),
            ),
            (
                "2430",
                line.adjudications()
                    .iter()
                    .map(|a| a.service().location())
                    .collect(),
            ),
            (
                "2440",
                line.forms().iter().map(|f| f.form().location()).collect(),
            ),
        ];
        for (id, places) in children {
            for (n, at) in places.into_iter().enumerate() {
                starts.push((at.segment, path.child(id, n + 1)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::longest_in_order;
    use crate::syntax::Location;

    fn kept(numbers: &[u64]) -> Vec<bool> {
        let places: Vec<Location> = numbers.iter().map(|&n| Location::new(0, n)).collect();
        longest_in_order(&places)
    }

    #[test]
    fn the_fewest_segments_out_of_order_are_left_out() {
        assert_eq!(kept(&[1, 2, 3]), [true; 3]);
        // One segment moved later (a payer's name loop after the claim): it alone.
        assert_eq!(kept(&[1, 9, 2, 3, 4]), [true, false, true, true, true]);
        // One moved earlier.
        assert_eq!(kept(&[1, 3, 4, 2, 5]), [true, true, true, false, true]);
        // Two swapped: one of them.
        assert_eq!(kept(&[2, 1]).iter().filter(|k| !**k).count(), 1);
        assert_eq!(kept(&[]), Vec::<bool>::new());
    }
}
