//! `835-S10`: how often each use of a segment comes in one instance of its loop, against the
//! guide's count (`remit835::loop_elements`): one TRN, five other claim related REF, two
//! service dates ... Segments kept untyped count too, since a use sent once too often is kept
//! so. Dates are held to one of each kind (DTM01) in a loop, and a line to a date of service
//! (472) or a period (150, 151), not both; a claim payment to 999 service payments.

use super::{Diagnostic, Rule, Severity};
use crate::remit835::LoopPath;
use crate::remit835::loop_elements::{LoopUse, MANY, SERVICE_PAYMENTS};
use crate::syntax::{Location, Segment, SegmentId};

/// What the loop instance read now has held so far.
#[derive(Default)]
pub(super) struct Repeats {
    /// The loop instance whose uses are counted.
    counting: Option<LoopPath>,
    /// Each use seen in it (its segment and place among the segment's uses) and how often.
    counts: Vec<(SegmentId, usize, u16)>,
    /// The dates (DTM01) seen in it.
    dates: Vec<&'static str>,
}

impl Repeats {
    /// A `segment` of use `chosen`, the segment's use number `which` in the loop at `path`;
    /// `dated` is its DTM01 when it is a typed DTM (the dates of a segment kept untyped are
    /// not read). True when it is past its use's count.
    pub(super) fn seen(
        &mut self,
        (which, chosen): (usize, &LoopUse),
        dated: Option<&[u8]>,
        segment: &Segment<'_>,
        path: LoopPath,
        found: &mut Vec<Diagnostic>,
    ) -> bool {
        // A date past its use's count is not reported twice.
        if self.count((which, chosen), segment, path, found) {
            return true;
        }
        let Some(value) = dated else {
            return false;
        };
        let listed = chosen.2.codes().first().map_or(&[][..], |row| row.2);
        if let Some(&date) = listed.iter().find(|code| code.as_bytes() == value) {
            self.date(date, segment, path, found);
        }
        false
    }

    /// Starts counting again when `path` is another loop instance than the last segment's.
    fn enter(&mut self, path: LoopPath) {
        if self.counting != Some(path) {
            self.counting = Some(path);
            self.counts.clear();
            self.dates.clear();
        }
    }

    /// Counts one more `segment` of use `chosen` and finds the one past what the guide allows;
    /// true when `segment` is past it.
    fn count(
        &mut self,
        (which, chosen): (usize, &LoopUse),
        segment: &Segment<'_>,
        path: LoopPath,
        found: &mut Vec<Diagnostic>,
    ) -> bool {
        let LoopUse(name, most, _) = *chosen;
        if most == MANY {
            return false;
        }
        self.enter(path);
        let id = segment.segment_id();
        let key = (id, which);
        let slot = match self.counts.iter().position(|c| (c.0, c.1) == key) {
            Some(i) => i,
            None => {
                self.counts.push((key.0, key.1, 0));
                self.counts.len() - 1
            }
        };
        let Some((.., count)) = self.counts.get_mut(slot) else {
            return false;
        };
        *count = count.saturating_add(1);
        if *count != most.saturating_add(1) {
            return *count > most;
        }
        let times = match most {
            1 => "once".to_owned(),
            2 => "twice".to_owned(),
            n => format!("{n} times"),
        };
        let message = format!(
            "one {} ({name}) too many: the guide allows it {times} here",
            id.as_str()
        );
        found.push(repeat(segment.location(), path, message));
        true
    }

    /// A date (DTM01 `date`) of the loop at `path`: a loop has one date of each kind, and a
    /// line's date of service is one date (472) or a period (150, 151), not both.
    fn date(
        &mut self,
        date: &'static str,
        segment: &Segment<'_>,
        path: LoopPath,
        found: &mut Vec<Diagnostic>,
    ) {
        self.enter(path);
        let message = if self.dates.contains(&date) {
            format!("one DTM*{date} too many: a loop has one date of each kind")
        } else if match date {
            "472" => self.dates.iter().any(|d| matches!(*d, "150" | "151")),
            "150" | "151" => self.dates.contains(&"472"),
            _ => false,
        } {
            "a line's date of service is one date (DTM*472) or a period (DTM*150 and DTM*151), \
             not both"
                .to_owned()
        } else {
            self.dates.push(date);
            return;
        };
        found.push(repeat(segment.location(), path, message));
    }
}

/// The service payment (2110) past the 999 a claim payment may have, at its SVC.
#[inline]
pub(super) fn service_payments(segment: &Segment<'_>, path: LoopPath, found: &mut Vec<Diagnostic>) {
    if let LoopPath::ServicePayment(.., line) = path
        && line == SERVICE_PAYMENTS + 1
        && segment.segment_id() == "SVC"
    {
        let message = format!(
            "one service payment (2110) too many: the guide allows {SERVICE_PAYMENTS} in a \
             claim payment"
        );
        found.push(repeat(segment.location(), path, message));
    }
}

/// An `835-S10` finding.
fn repeat(location: Location, path: LoopPath, message: String) -> Diagnostic {
    Diagnostic::new(Rule::RemitRepeat, Severity::Error, path, location, message)
}
