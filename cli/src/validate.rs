//! `x12 validate`: checks each transaction set against its typed model and reports what is
//! wrong, as the file streams by. 835 sets are checked against the balancing and structure rules
//! in one pass (`validate::set835`), 837P sets against the claim rules (`validate::claim837p`)
//! once read; 837P and 835 sets that cannot be read as their model are reported with the loop
//! and place.
//!
//! The reading thread hands each set to a pool of workers (one per core) and writes the reports
//! back in input order, so the output does not depend on how many cores check.

use std::collections::VecDeque;
use std::fmt::Display;
use std::io::{Read, Write};

use serde_json::{Value, json};
use x12_claims::claim837p::{Claim837Error, LoopPath, Submission};
use x12_claims::envelope::{GroupHeader, Item, StreamReader, TransactionSet};
use x12_claims::remit835::Remit835Error;
use x12_claims::syntax::Location;
use x12_claims::validate::claim837p::{self, ControlNumbers, ReadableLoops};
use x12_claims::validate::{Diagnostic, Severity, set835};

use crate::error::{CliError, one_line};
use crate::pool::{self, Pool};

/// How many findings of each kind a file gave.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Transaction sets read.
    pub sets: u64,
    /// Errors: broken rules, sets that cannot be read as their model, trailer problems.
    pub errors: u64,
    /// Warnings.
    pub warnings: u64,
}

/// One finding, ready for either output form.
struct Finding {
    severity: Severity,
    rule: String,
    place: String,
    location: Option<Location>,
    expected: Option<String>,
    actual: Option<String>,
    message: String,
    /// The whole finding on one line, for text output.
    line: String,
}

impl Finding {
    fn from_diagnostic<P: Display>(d: &Diagnostic<P>) -> Self {
        Finding {
            severity: d.severity,
            rule: d.rule.id().to_owned(),
            place: d.path.to_string(),
            location: Some(d.location),
            expected: d.expected.map(|v| v.to_string()),
            actual: d.actual.map(|v| v.to_string()),
            message: d.message.to_string(),
            line: one_line(&d.to_string()),
        }
    }

    /// An error whose message already names its place.
    fn error(rule: &str, location: Option<Location>, message: String) -> Self {
        let message = one_line(&message);
        Finding {
            line: format!("error {rule} {message}"),
            severity: Severity::Error,
            rule: rule.to_owned(),
            place: String::new(),
            location,
            expected: None,
            actual: None,
            message,
        }
    }

    fn json(&self) -> Value {
        json!({
            "severity": self.severity.to_string(),
            "rule": self.rule,
            "loop": self.place,
            "segment": self.location.map(|l| l.segment),
            "offset": self.location.map(|l| l.offset),
            "expected": self.expected,
            "actual": self.actual,
            "message": self.message,
        })
    }
}

/// What checking one transaction set gave: enough to write it in either form, so that a set
/// can be checked on one thread and written on another.
struct SetReport {
    id: String,
    control: String,
    location: Location,
    status: &'static str,
    findings: Vec<Finding>,
    /// An 837P's patient control numbers (CLM01), with their claims, for the check across the
    /// sets of the file.
    control_numbers: Vec<(String, LoopPath, Location)>,
}

/// Checks one transaction set.
fn check_set(set: &TransactionSet<'_>) -> SetReport {
    let (status, findings, control_numbers) = findings(set);
    SetReport {
        id: set.id().to_owned(),
        control: set.header().control_number.to_string(),
        location: set.location(),
        status,
        findings,
        control_numbers,
    }
}

/// What checking one transaction set gave: its status, its findings and, for an 837P, its
/// patient control numbers.
type Checked = (
    &'static str,
    Vec<Finding>,
    Vec<(String, LoopPath, Location)>,
);

/// The findings of one transaction set.
fn findings(set: &TransactionSet<'_>) -> Checked {
    match set.id() {
        // One pass over the set: the findings of parsing it and checking the remittance,
        // without building its loop tree. A set that does not read has every loop that does
        // not read named, then what the rules find in those that do.
        "835" => {
            let checked = set835::check_readable(set);
            let found = checked.findings.iter().map(Finding::from_diagnostic);
            match checked.refused {
                None => ("checked", found.collect(), Vec::new()),
                Some(first) => {
                    let others = set835::other_reading_errors(set, &first);
                    let mut refused = unread("835-model", &first, &others, Remit835Error::location);
                    refused.extend(found);
                    ("refused", refused, Vec::new())
                }
            }
        }
        "837" => match Submission::parse(set) {
            Ok(submission) => (
                "checked",
                claim837p::check(&submission)
                    .iter()
                    .map(Finding::from_diagnostic)
                    .collect(),
                owned_numbers(claim837p::patient_control_numbers(&submission)),
            ),
            // Every claim and level that does not read, not only the first; then what the
            // rules find in the loops that do.
            Err(first) => {
                let loops = ReadableLoops::of(set);
                let rules = loops.check();
                let numbers = owned_numbers(loops.patient_control_numbers());
                let others = loops.into_other_reading_errors(&first);
                let mut found = unread("837P-model", &first, &others, Claim837Error::location);
                found.extend(rules.iter().map(Finding::from_diagnostic));
                ("refused", found, numbers)
            }
        },
        _ => ("skipped", Vec::new(), Vec::new()),
    }
}

/// Patient control numbers with their claims, kept past the set they were read from.
fn owned_numbers<'n>(
    numbers: impl Iterator<Item = (&'n str, LoopPath, Location)>,
) -> Vec<(String, LoopPath, Location)> {
    (numbers.map(|(number, path, at)| (number.to_owned(), path, at))).collect()
}

/// The findings of a set that does not read: the error reading stopped at (`first`) and those
/// of the other loops that do not type, in file order.
fn unread<E: Display>(
    rule: &str,
    first: &E,
    others: &[E],
    location: impl Fn(&E) -> Option<Location>,
) -> Vec<Finding> {
    let mut found: Vec<Finding> = std::iter::once(first)
        .chain(others)
        .map(|e| Finding::error(rule, location(e), e.to_string()))
        .collect();
    found.sort_by_key(|f| f.location.map(|at| (at.segment, at.offset)));
    found
}

/// Writes set reports and keeps the tally.
struct ReportWriter<'o> {
    name: &'o str,
    json: bool,
    out: &'o mut dyn Write,
    tally: Tally,
    /// The patient control numbers of the file's 837P sets written so far.
    control_numbers: ControlNumbers,
    /// For each set sent to be checked and not yet written, in file order: what the reading
    /// thread found of it against its envelope (an 837P's ST03 against GS08).
    framed: VecDeque<Option<Finding>>,
}

impl ReportWriter<'_> {
    fn write(&mut self, mut report: SetReport) -> Result<(), CliError> {
        if let Some(found) = self.framed.pop_front().flatten() {
            report.findings.insert(0, found);
        }
        // A claim whose number an earlier set of the file used (the sets come in file order).
        for (number, path, at) in &report.control_numbers {
            if let Some(found) = self.control_numbers.add(number, *path, *at) {
                report.findings.push(Finding::from_diagnostic(&found));
            }
        }
        self.control_numbers.close_set(&report.control);
        self.tally.sets += 1;
        for finding in &report.findings {
            match finding.severity {
                Severity::Error => self.tally.errors += 1,
                _ => self.tally.warnings += 1,
            }
        }
        if self.json {
            if self.tally.sets > 1 {
                self.out.write_all(b",")?;
            }
            let value = json!({
                "id": report.id,
                "control_number": report.control,
                "segment": report.location.segment,
                "offset": report.location.offset,
                "status": report.status,
                "findings": report.findings.iter().map(Finding::json).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut *self.out, &value).map_err(std::io::Error::from)?;
        } else {
            for finding in &report.findings {
                let (name, id, control) = (self.name, &report.id, &report.control);
                writeln!(self.out, "{name}: set {id} {control}: {}", finding.line)?;
            }
        }
        Ok(())
    }
}

/// Validates one input, writing its findings to `out` as text lines or (with `json`) as one
/// JSON object. Returns the tally; a framing error ends the file and is returned as the error.
///
/// The file is read on the calling thread; its sets are checked on one thread per core (see
/// [`pool`]) and written in input order, so the output is the same as one
/// thread's.
pub fn validate<R: Read>(
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
) -> Result<(Tally, Option<CliError>), CliError> {
    validate_on(pool::cores(), name, source, json, out)
}

/// [`validate`] on `cores` cores: with one, every set is checked on the reading thread.
fn validate_on<R: Read>(
    cores: usize,
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
) -> Result<(Tally, Option<CliError>), CliError> {
    pool::run(cores, &check_set, |pool| {
        read_and_write(name, source, json, out, pool)
    })
}

/// The reading side of [`validate`]: hands each set to the pool and writes the reports in
/// order.
fn read_and_write<R: Read>(
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
    mut pool: Pool<'_, SetReport>,
) -> Result<(Tally, Option<CliError>), CliError> {
    let mut reader = StreamReader::new(source);
    let mut fatal = None;
    if json {
        write!(out, "{{\"file\":{},\"transaction_sets\":[", json!(name))?;
    }
    let mut writer = ReportWriter {
        name,
        json,
        out,
        tally: Tally::default(),
        control_numbers: ControlNumbers::default(),
        framed: VecDeque::new(),
    };
    // GS08 of the group being read.
    let mut version = String::new();
    let mut envelope_problems = Vec::new();
    while let Some(item) = reader.next_item() {
        match item {
            Ok(Item::GroupHeader(gs)) => {
                version = GroupHeader::from_segment(&gs)
                    .map(|header| header.version.into_owned())
                    .unwrap_or_default();
            }
            Ok(Item::TransactionSet(set)) => {
                let framed = claim837p::check_version(&version, &set);
                writer
                    .framed
                    .push_back(framed.as_ref().map(Finding::from_diagnostic));
                let mut sink = |report: SetReport| writer.write(report);
                if !pool.send(&set, &mut sink)? {
                    pool.ready(check_set(&set), &mut sink)?;
                }
            }
            Ok(_) => {}
            Err(e) if e.is_trailer_problem() => {
                envelope_problems.push(Finding::error("envelope", e.location(), e.to_string()));
            }
            Err(e) => {
                fatal = Some(CliError::from(e));
                break;
            }
        }
    }
    pool.finish(&mut |report: SetReport| writer.write(report))?;
    let ReportWriter { mut tally, out, .. } = writer;
    tally.errors += (envelope_problems.len() + usize::from(fatal.is_some())) as u64;
    if json {
        let problems: Vec<Value> = envelope_problems.iter().map(Finding::json).collect();
        let error = fatal
            .as_ref()
            .map(|e| json!({"kind": e.kind(), "message": e.to_string()}));
        write!(
            out,
            "],\"envelope\":{},\"error\":{},\"sets\":{},\"errors\":{},\"warnings\":{}}}",
            Value::from(problems),
            error.unwrap_or(Value::Null),
            tally.sets,
            tally.errors,
            tally.warnings
        )?;
    } else {
        for problem in &envelope_problems {
            writeln!(out, "{name}: {}", problem.line)?;
        }
        writeln!(
            out,
            "{name}: {} transaction sets, {} errors, {} warnings",
            tally.sets, tally.errors, tally.warnings
        )?;
    }
    Ok((tally, fatal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::remittances;

    fn output(cores: usize, json: bool) -> (String, u64, u64) {
        let mut out = Vec::new();
        let (tally, fatal) =
            validate_on(cores, "in.835", &remittances()[..], json, &mut out).unwrap();
        assert!(fatal.is_none());
        (String::from_utf8(out).unwrap(), tally.sets, tally.errors)
    }

    #[test]
    fn sets_checked_on_several_threads_are_reported_in_input_order() {
        for json in [false, true] {
            let (one, sets, errors) = output(1, json);
            assert_eq!((sets, errors), (30, 10));
            for cores in [2, 4] {
                assert_eq!(
                    output(cores, json),
                    (one.clone(), sets, errors),
                    "{cores} cores"
                );
            }
        }
        // Text: the out-of-balance sets in input order (0, 3, 6 ...), then the summary.
        let (text, _, _) = output(4, false);
        let controls: Vec<_> = text
            .lines()
            .filter_map(|l| l.strip_prefix("in.835: set 835 "))
            .map(|l| l.split(':').next().unwrap_or_default().to_owned())
            .collect();
        let expected: Vec<_> = (0..30).step_by(3).map(|n| format!("{n:04}")).collect();
        assert_eq!(controls, expected);
        assert!(text.ends_with("in.835: 30 transaction sets, 10 errors, 0 warnings\n"));
    }
}
