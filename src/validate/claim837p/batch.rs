//! `837P-P12` across the sets of a batch: a patient control number (CLM01) that two sets share.

use std::collections::HashMap;

use super::Finding;
use super::tree::{claims_of, control_number};
use crate::claim837p::{LoopPath, Submission, level_paths};
use crate::syntax::Location;
use crate::validate::{Diagnostic, Rule, Severity};

/// The patient control numbers (CLM01) met so far in a batch of transaction sets, to find one
/// that a later set uses again: the 835 that answers could not tell the two claims apart.
/// [`check`](super::check) finds the numbers repeated within one set; this finds those
/// repeated across sets, in the order the sets are given.
///
/// ```
/// use x12_claims::claim837p::Submission;
/// use x12_claims::envelope::Document;
/// use x12_claims::validate::claim837p::ControlNumbers;
///
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// let doc = Document::parse(&input)?;
/// let submission = Submission::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// let mut batch = ControlNumbers::default();
/// assert!(batch.check(&submission).is_empty());
/// // The same set sent twice in one batch.
/// let again = batch.check(&submission);
/// assert_eq!(
///     again[0].to_string(),
///     "error 837P-P12 2000B[1]/2300[1] CLM01 at segment 21 (byte 687): patient control number \
///      \"TH-0001\" is also the one of claim 2000B[1]/2300[1] of set 0001"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct ControlNumbers {
    /// The numbers of the sets closed so far, each with the set (an index into `sets`) and
    /// the claim where it was first met. A file of 100 MB holds a quarter of a million claims:
    /// an entry is kept small.
    seen: HashMap<Box<str>, (u32, LoopPath)>,
    /// The control numbers (ST02) of the sets closed so far.
    sets: Vec<Box<str>>,
    /// The numbers of the set being added, with their claims.
    open: Vec<(Box<str>, LoopPath)>,
}

impl ControlNumbers {
    /// Adds the claims of the batch's next set; the findings are its claims whose number an
    /// earlier set used.
    pub fn check(&mut self, submission: &Submission<'_>) -> Vec<Finding> {
        let st = submission.st().view();
        let set = st.element(2).map(|e| e.as_bytes()).unwrap_or_default();
        let set = String::from_utf8_lossy(set);
        self.add_set(patient_control_numbers(submission), &set)
    }

    /// Adds the numbers of the claims of set `set`, and closes it; the findings are those
    /// claims whose number an earlier set used.
    pub(super) fn add_set<'n>(
        &mut self,
        numbers: impl IntoIterator<Item = (&'n str, LoopPath, Location)>,
        set: &str,
    ) -> Vec<Finding> {
        let found = (numbers.into_iter())
            .filter_map(|(number, path, at)| self.add(number, path, at))
            .collect();
        self.close_set(set);
        found
    }

    /// Adds one claim's number, met at `path` and `at` in the set being added: for readers
    /// that check sets elsewhere (on other threads) and bring their numbers back in order.
    /// The finding, when an earlier set used the number; numbers repeated within one set are
    /// [`check`](super::check)'s to report. Call [`close_set`](Self::close_set) once a set's
    /// numbers are all added.
    pub fn add(&mut self, number: &str, path: LoopPath, at: Location) -> Option<Finding> {
        if let Some(&(set, first)) = self.seen.get(number) {
            let set = self.sets.get(set as usize).map_or("?", |s| s);
            let message = format!(
                "patient control number {number:?} is also the one of claim {first} of set {set}"
            );
            return Some(Diagnostic::new(
                Rule::PatientControlNumber,
                Severity::Error,
                path,
                at,
                message,
            ));
        }
        self.open.push((number.into(), path));
        None
    }

    /// Ends the set being added, whose control number (ST02) is `set`: later sets must not
    /// repeat its numbers.
    pub fn close_set(&mut self, set: &str) {
        // Past 2^32 sets (far more than memory holds) the set is named `?`.
        let index = u32::try_from(self.sets.len()).unwrap_or(u32::MAX);
        self.sets.push(set.into());
        for (number, path) in self.open.drain(..) {
            self.seen.entry(number).or_insert((index, path));
        }
    }
}

/// Each claim's CLM01 with its loop path and place, in the order read.
pub fn patient_control_numbers<'s>(
    submission: &'s Submission<'_>,
) -> impl Iterator<Item = (&'s str, LoopPath, Location)> {
    level_paths(submission.levels())
        .flat_map(|(path, level)| claims_of(level, path).typed().map(control_number))
}
