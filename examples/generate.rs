//! Writes a generated X12 interchange of a given size, for trying the crate on big files:
//!
//! ```text
//! cargo run --release --example generate -- 835 100000000 /tmp/big.835
//! cargo run --release --example generate -- 837p 5000000 /tmp/claims.837
//! ```
//!
//! The bytes are those the benchmarks use: the same kind and size always give the same file.

#[path = "../benches/support/generate.rs"]
mod generate;

const USAGE: &str = "usage: generate 835|837p BYTES PATH";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let kind = args.next().ok_or(USAGE)?;
    let bytes: usize = args.next().ok_or(USAGE)?.parse()?;
    let path = args.next().ok_or(USAGE)?;
    let data = match kind.to_ascii_lowercase().as_str() {
        "835" => generate::generate_835(bytes),
        "837" | "837p" => generate::generate_837p(bytes),
        _ => return Err(USAGE.into()),
    };
    std::fs::write(&path, &data)?;
    eprintln!("wrote {} bytes to {path}", data.len());
    Ok(())
}
