//! `x12 validate`: reads each transaction set into its typed model and reports what is wrong,
//! as the file streams by. 835 sets are checked against the balancing and structure rules; 837P
//! and 835 sets that cannot be read as their model are reported with the loop and place.
//!
//! The reading thread hands each set to a pool of workers (one per core) and writes the reports
//! back in input order, so the output does not depend on how many cores check.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::{Mutex, mpsc};

use serde_json::{Value, json};
use x12_claims::claim837p::Submission;
use x12_claims::envelope::{Item, OwnedTransactionSet, StreamReader, TransactionSet};
use x12_claims::remit835::Remittance;
use x12_claims::syntax::Location;
use x12_claims::validate::{Diagnostic, Severity, balance835, structure835};

use crate::error::{CliError, one_line};

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
    fn from_diagnostic(d: &Diagnostic) -> Self {
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
}

/// Checks one transaction set.
fn check_set(set: &TransactionSet<'_>) -> SetReport {
    let (status, findings) = findings(set);
    SetReport {
        id: set.id().to_owned(),
        control: set.header().control_number.to_string(),
        location: set.location(),
        status,
        findings,
    }
}

/// The findings of one transaction set.
fn findings(set: &TransactionSet<'_>) -> (&'static str, Vec<Finding>) {
    match set.id() {
        "835" => match Remittance::parse(set) {
            Ok(remittance) => {
                let mut diagnostics = balance835::check(&remittance);
                structure835::check_into(&remittance, &mut diagnostics);
                (
                    "checked",
                    diagnostics.iter().map(Finding::from_diagnostic).collect(),
                )
            }
            Err(e) => (
                "refused",
                vec![Finding::error("835-model", e.location(), e.to_string())],
            ),
        },
        "837" => match Submission::parse(set) {
            Ok(_) => ("checked", Vec::new()),
            Err(e) => (
                "refused",
                vec![Finding::error("837P-model", e.location(), e.to_string())],
            ),
        },
        _ => ("skipped", Vec::new()),
    }
}

/// Writes set reports in input order, whatever order they are finished in, and keeps the tally.
struct ReportWriter<'o> {
    name: &'o str,
    json: bool,
    out: &'o mut dyn Write,
    tally: Tally,
    /// The number of the next set to write, and the reports finished before it.
    next: u64,
    waiting: BTreeMap<u64, SetReport>,
}

impl ReportWriter<'_> {
    /// Takes the report of set `n` (counted from 0) and writes every report now in order.
    fn add(&mut self, n: u64, report: SetReport) -> Result<(), CliError> {
        self.waiting.insert(n, report);
        while let Some(report) = self.waiting.remove(&self.next) {
            self.write(&report)?;
            self.next += 1;
        }
        Ok(())
    }

    fn write(&mut self, report: &SetReport) -> Result<(), CliError> {
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

/// At most this many threads check sets.
const MAX_WORKERS: usize = 8;

/// A set larger than this is checked on the reading thread: a copy for another thread would
/// hold it in memory twice.
const COPY_LIMIT: usize = 8 << 20;

/// Validates one input, writing its findings to `out` as text lines or (with `json`) as one
/// JSON object. Returns the tally; a framing error ends the file and is returned as the error.
///
/// The file is read on the calling thread; its sets are checked on one thread per core (each
/// set copied to its worker, at most a few sets waiting at a time) and written in input order,
/// so the output is the same as one thread's.
pub fn validate<R: Read>(
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
) -> Result<(Tally, Option<CliError>), CliError> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    validate_on(cores, name, source, json, out)
}

/// [`validate`] on `cores` cores: with one, every set is checked on the reading thread.
fn validate_on<R: Read>(
    cores: usize,
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
) -> Result<(Tally, Option<CliError>), CliError> {
    let workers = if cores > 1 { cores.min(MAX_WORKERS) } else { 0 };
    let (jobs, queue) = mpsc::sync_channel::<(u64, OwnedTransactionSet)>(workers * 2);
    let queue = Mutex::new(queue);
    let (done, reports) = mpsc::channel::<(u64, SetReport)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (queue, done) = (&queue, done.clone());
            scope.spawn(move || {
                loop {
                    // Poisoned only if another worker panicked: stop, the scope reports it.
                    let Ok(job) = queue.lock().map(|q| q.recv()) else {
                        return;
                    };
                    let Ok((n, set)) = job else { return };
                    if done.send((n, check_set(&set.as_set()))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        let jobs = (workers > 0).then_some(jobs);
        let pool = Pool {
            jobs,
            reports: &reports,
        };
        read_and_write(name, source, json, out, pool)
    })
}

/// The checking threads as the reading thread sees them: where a set goes, where its report
/// comes back.
struct Pool<'r> {
    /// `None` on one core: every set is checked on the reading thread.
    jobs: Option<mpsc::SyncSender<(u64, OwnedTransactionSet)>>,
    reports: &'r mpsc::Receiver<(u64, SetReport)>,
}

impl Pool<'_> {
    /// Has set `n` checked, on a worker or here, and writes the reports that are ready.
    fn check(
        &self,
        n: u64,
        set: &TransactionSet<'_>,
        writer: &mut ReportWriter<'_>,
    ) -> Result<(), CliError> {
        let sent = self.jobs.as_ref().is_some_and(|jobs| {
            set.as_bytes().len() <= COPY_LIMIT && jobs.send((n, set.to_owned_set())).is_ok()
        });
        if !sent {
            writer.add(n, check_set(set))?;
        }
        while let Ok((n, report)) = self.reports.try_recv() {
            writer.add(n, report)?;
        }
        Ok(())
    }

    /// No more sets: the workers finish theirs and stop; every report is written.
    fn finish(mut self, writer: &mut ReportWriter<'_>) -> Result<(), CliError> {
        self.jobs = None;
        for (n, report) in self.reports {
            writer.add(n, report)?;
        }
        Ok(())
    }
}

/// The reading side of [`validate`]: hands each set to the pool and writes the reports in
/// order.
fn read_and_write<R: Read>(
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
    pool: Pool<'_>,
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
        next: 0,
        waiting: BTreeMap::new(),
    };
    let mut sets = 0;
    let mut envelope_problems = Vec::new();
    while let Some(item) = reader.next_item() {
        match item {
            Ok(Item::TransactionSet(set)) => {
                pool.check(sets, &set, &mut writer)?;
                sets += 1;
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
    pool.finish(&mut writer)?;
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

    /// An 835 set whose payment total is `total` against claims paying 90 each: balanced when
    /// `total` is 90 × `claims`.
    fn set(control: usize, claims: usize, total: usize) -> String {
        let mut body = format!(
            "ST*835*{control:04}~BPR*I*{total}*C*CHK************20240405~TRN*1*CHK{control}*1234567890~\
             N1*PR*ACME HEALTH~N3*1 MAIN ST~N4*BEND*OR*97701~PER*BL*EDI*TE*5555550100~\
             N1*PE*CLINIC*XX*1234567893~LX*1~"
        );
        for n in 0..claims {
            body.push_str(&format!(
                "CLP*PCN{n}*1*180*90*30*12*ICN{n}~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~\
                 CAS*CO*45*60~CAS*PR*3*30~"
            ));
        }
        let count = body.matches('~').count() + 1;
        body.push_str(&format!("SE*{count}*{control:04}~"));
        body
    }

    /// Sets of very different sizes, so that with several workers they finish out of order;
    /// every third set is out of balance.
    fn input() -> Vec<u8> {
        let mut sets = String::new();
        let count = 30;
        for n in 0..count {
            let claims = if n % 7 == 0 { 400 } else { 1 };
            let total = if n % 3 == 0 {
                90 * claims + n + 1
            } else {
                90 * claims
            };
            sets.push_str(&set(n, claims, total));
        }
        format!(
            "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
             GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~{sets}GE*{count}*501~IEA*1*000000501~"
        )
        .into_bytes()
    }

    fn output(cores: usize, json: bool) -> (String, u64, u64) {
        let mut out = Vec::new();
        let (tally, fatal) = validate_on(cores, "in.835", &input()[..], json, &mut out).unwrap();
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
