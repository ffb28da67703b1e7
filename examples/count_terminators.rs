//! The floor for any reader of X12: reads a file in 256 KiB chunks and counts `~` segment
//! terminators with memchr. `scripts/measure-streaming.sh` compares `x12 inspect` and `x12 validate` with it.
//!
//! `cargo run --release --example count_terminators -- FILE`

use std::io::{Read, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: count_terminators FILE")?;
    let mut file = std::fs::File::open(&path)?;
    let mut buf = vec![0u8; 256 * 1024];
    let (mut bytes, mut terminators) = (0u64, 0u64);
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        let chunk = buf.get(..n).ok_or("read more than the buffer")?;
        terminators += memchr::memchr_iter(b'~', chunk).count() as u64;
        bytes += n as u64;
    }
    writeln!(
        std::io::stdout().lock(),
        "{terminators} terminators in {bytes} bytes"
    )?;
    Ok(())
}
