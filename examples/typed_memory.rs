//! How much memory a borrowed typed parse takes beside its input: generates an 837P or 835 file
//! of the given size, reads every transaction set into its typed model and keeps them all, and
//! prints the growth of the resident set per input byte (Linux: read from /proc/self/status).
//!
//! ```text
//! cargo run --release --example typed_memory -- 837p 10000000
//! cargo run --release --example typed_memory -- 835 10000000
//! cargo run --release --example typed_memory -- 837p-index 10000000
//! cargo run --release --example typed_memory -- 835-index 10000000
//! ```
//!
//! The `-index` kinds keep a `SubmissionIndex` or `RemittanceIndex` of every set instead.
#![allow(clippy::print_stdout)]

#[path = "../benches/support/generate.rs"]
mod generate;

use x12_claims::claim837p::{Submission, SubmissionIndex};
use x12_claims::envelope::Document;
use x12_claims::remit835::{Remittance, RemittanceIndex};

const USAGE: &str = "usage: typed_memory 837p|835|837p-index|835-index BYTES";

/// The resident set size in bytes, from /proc/self/status.
fn resident() -> Result<u64, Box<dyn std::error::Error>> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .ok_or("no VmRSS line")?;
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .ok_or("no VmRSS value")?
        .parse()?;
    Ok(kib * 1024)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let kind = args.next().ok_or(USAGE)?;
    let size: usize = args.next().ok_or(USAGE)?.parse()?;
    let input = match kind.as_str() {
        "837p" | "837p-index" => generate::generate_837p(size),
        "835" | "835-index" => generate::generate_835(size),
        _ => return Err(USAGE.into()),
    };
    let doc = Document::parse(&input)?;
    let before = resident()?;
    let (sets, after) = match kind.as_str() {
        "837p" => {
            let models = doc
                .transaction_sets()
                .map(Submission::parse)
                .collect::<Result<Vec<_>, _>>()?;
            (models.len(), resident()?)
        }
        "837p-index" => {
            let models = doc
                .transaction_sets()
                .map(SubmissionIndex::parse)
                .collect::<Result<Vec<_>, _>>()?;
            (models.len(), resident()?)
        }
        "835-index" => {
            let models = doc
                .transaction_sets()
                .map(RemittanceIndex::parse)
                .collect::<Result<Vec<_>, _>>()?;
            (models.len(), resident()?)
        }
        _ => {
            let models = doc
                .transaction_sets()
                .map(Remittance::parse)
                .collect::<Result<Vec<_>, _>>()?;
            (models.len(), resident()?)
        }
    };
    let grown = after.saturating_sub(before);
    println!(
        "{kind}: {} input bytes, {sets} sets; typed models hold {grown} bytes = {:.2} x the input",
        input.len(),
        grown as f64 / input.len() as f64
    );
    Ok(())
}
