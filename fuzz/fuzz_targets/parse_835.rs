//! Any bytes: reading every transaction set as an 835 never panics, and for a set the model
//! reads, writing it is a fixed point: what is written reads back to the same model, and writes
//! the same bytes again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::remit835::Remittance;
use x12_claims::envelope::Document;
use x12_claims::syntax::{WriteOptions, Writer};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::parse_unchecked(data) else {
        return;
    };
    for set in doc.transaction_sets() {
        let Ok(remittance) = Remittance::parse(set) else {
            continue;
        };
        let _ = remittance.claim_payments().count();
        let once = write(&remittance);
        // The written set, framed again in place of the original and read again, writes the
        // same bytes.
        let framed = reframe(data, set.as_bytes(), &once);
        let again = Document::parse_unchecked(&framed).expect("a written set frames");
        let offset = set.location().offset;
        let set = again
            .transaction_sets()
            .find(|s| s.location().offset == offset)
            .expect("the written set is where the original was");
        let reread = Remittance::parse(set).expect("a written remittance reads back");
        assert!(write(&reread) == once, "writing is not a fixed point");
    }
});

fn write(remittance: &Remittance<'_>) -> Vec<u8> {
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    remittance.write(&mut out).expect("writing to memory");
    out.into_inner()
}

/// The input with `old` (one set's bytes) replaced by `new`, cut to the interchange holding it.
fn reframe(input: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    let start = old.as_ptr() as usize - input.as_ptr() as usize;
    let mut out = input[..start].to_vec();
    out.extend_from_slice(new);
    out.extend_from_slice(&input[start + old.len()..]);
    out
}
