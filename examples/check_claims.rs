//! Holds every 837P claim of a file to the rules payers apply before sending it: each set's
//! ST03 against its group's GS08, the claim rules of each set, and patient control numbers
//! that two sets share (`validate::claim837p::check_document`). Prints one line per finding
//! and exits with status 1 when an error is found.
//!
//! `cargo run --example check_claims -- tests/data/telehealth.837p.x12`
//!
//! `x12 validate` does the same as the file streams by, with the sets checked on every core.

use std::io::Write;
use std::process::ExitCode;

use x12_claims::envelope::Document;
use x12_claims::validate::Severity;
use x12_claims::validate::claim837p;

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: check_claims FILE")?;
    let input = std::fs::read(&path)?;
    let doc = Document::parse(&input)?;
    let mut stdout = std::io::stdout().lock();
    let (mut sets, mut errors) = (0, 0);
    for checked in claim837p::check_document(&doc) {
        sets += 1;
        let control = &checked.set.header().control_number;
        if let Err(refused) = &checked.submission {
            errors += 1;
            writeln!(stdout, "set {control}: not read as an 837P: {refused}")?;
        }
        for finding in &checked.findings {
            errors += usize::from(finding.severity == Severity::Error);
            writeln!(stdout, "set {control}: {finding}")?;
        }
    }
    writeln!(stdout, "{path}: {sets} claim sets, {errors} errors")?;
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
