//! `x12 validate`: reads each transaction set into its typed model and reports what is wrong,
//! one set at a time as the file streams by. 835 sets are checked against the balancing and
//! structure rules;
//! 837P and 835 sets that cannot be read as their model are reported with the loop and place.

use std::io::{Read, Write};

use serde_json::{Value, json};
use x12_claims::claim837p::Submission;
use x12_claims::envelope::{Item, StreamReader, TransactionSet};
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

/// The findings of one transaction set.
fn check_set(set: &TransactionSet<'_>) -> (&'static str, Vec<Finding>) {
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

/// Validates one input, writing its findings to `out` as text lines or (with `json`) as one
/// JSON object. Returns the tally; a framing error ends the file and is returned as the error.
pub fn validate<R: Read>(
    name: &str,
    source: R,
    json: bool,
    out: &mut dyn Write,
) -> Result<(Tally, Option<CliError>), CliError> {
    let mut reader = StreamReader::new(source);
    let mut tally = Tally::default();
    let mut fatal = None;
    let mut first_set = true;
    if json {
        write!(out, "{{\"file\":{},\"transaction_sets\":[", json!(name))?;
    }
    let mut envelope_problems = Vec::new();
    while let Some(item) = reader.next_item() {
        match item {
            Ok(Item::TransactionSet(set)) => {
                tally.sets += 1;
                let (status, findings) = check_set(&set);
                for finding in &findings {
                    match finding.severity {
                        Severity::Error => tally.errors += 1,
                        _ => tally.warnings += 1,
                    }
                }
                let control = set.header().control_number.to_string();
                if json {
                    if !first_set {
                        out.write_all(b",")?;
                    }
                    first_set = false;
                    let value = json!({
                        "id": set.id(),
                        "control_number": control,
                        "segment": set.location().segment,
                        "offset": set.location().offset,
                        "status": status,
                        "findings": findings.iter().map(Finding::json).collect::<Vec<_>>(),
                    });
                    serde_json::to_writer(&mut *out, &value).map_err(std::io::Error::from)?;
                } else {
                    for finding in &findings {
                        writeln!(out, "{name}: set {} {control}: {}", set.id(), finding.line)?;
                    }
                }
            }
            Ok(_) => {}
            Err(e) if e.is_trailer_problem() => {
                tally.errors += 1;
                envelope_problems.push(Finding::error("envelope", e.location(), e.to_string()));
            }
            Err(e) => {
                tally.errors += 1;
                fatal = Some(CliError::from(e));
                break;
            }
        }
    }
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
