//! Shared by the typed-model benchmarks: the floors every group starts with, and the input
//! written through a typed model.
#![allow(dead_code)]

use std::hint::black_box;

use std::error::Error;
use x12_claims::envelope::{Document, TransactionSet};

use x12_claims::syntax::{WriteOptions, Writer};

/// Segment terminators counted with memchr's vectorised count: the bound on reading.
pub fn floor_count(input: &[u8]) -> usize {
    memchr::memchr_iter(b'~', input).count()
}

/// Every segment terminator found one at a time with memchr, as a tokenizer must: the floor
/// the ratios are measured against.
pub fn floor_each(input: &[u8]) -> usize {
    let mut n = 0;
    for at in memchr::memchr_iter(b'~', input) {
        n += black_box(at) & 1;
    }
    n
}

/// The input written again with every transaction set going through `write_set` (a typed
/// model's parse and write); the envelope segments are copied.
pub fn rewrite(
    input: &[u8],
    write_set: impl Fn(&TransactionSet<'_>, &mut Writer<&mut Vec<u8>>) -> Result<(), Box<dyn Error>>,
) -> Vec<u8> {
    let doc = Document::parse(input).expect("generated input is valid");
    let mut out = Vec::with_capacity(input.len());
    let mut writer = Writer::new(&mut out, WriteOptions::default());
    writer
        .write_preamble(doc.preamble())
        .expect("a Vec accepts every write");
    for interchange in doc.interchanges() {
        writer
            .write_segment(interchange.header_segment())
            .expect("same delimiters");
        for group in interchange.groups() {
            writer
                .write_segment(group.header_segment())
                .expect("same delimiters");
            for set in group.transaction_sets() {
                write_set(set, &mut writer).expect("typed write");
            }
            writer
                .write_segment(group.trailer_segment())
                .expect("same delimiters");
        }
        writer
            .write_segment(interchange.trailer_segment())
            .expect("same delimiters");
    }
    out
}
