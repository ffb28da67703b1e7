//! Reads an X12 file, lists its transaction sets, checks that writing it back gives the same
//! bytes, and prints it one segment per line.
//!
//! `cargo run --example read_and_rewrite -- tests/data/two-interchanges.x12`

use std::io::Write;

use x12_claims::envelope::Document;
use x12_claims::syntax::{Layout, WriteOptions, Writer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: read_and_rewrite FILE")?;
    let input = std::fs::read(&path)?;
    let doc = Document::parse(&input)?;
    let mut stdout = std::io::stdout().lock();

    for set in doc.transaction_sets() {
        writeln!(
            stdout,
            "{} {} at {}: {} segments",
            set.id(),
            set.header().control_number,
            set.location(),
            set.segment_count()
        )?;
    }

    let mut same = Writer::new(Vec::new(), WriteOptions::default());
    doc.write(&mut same)?;
    if same.into_inner() != input {
        return Err("writing the document back changed it".into());
    }
    writeln!(stdout, "written back byte for byte: {} bytes", input.len())?;

    let mut pretty = Writer::new(stdout, WriteOptions::default().with_layout(Layout::Lf));
    doc.write(&mut pretty)?;
    pretty.flush()?;
    Ok(())
}
