//! Shared by the typed-model benchmarks: the floors every group starts with, and the check that
//! the input comes back through a typed model unchanged.
#![allow(dead_code)]

use std::error::Error;
use std::hint::black_box;

use criterion::BenchmarkGroup;
use criterion::measurement::WallTime;
use x12_claims::envelope::{Document, TransactionSet};
use x12_claims::syntax::{Segments, WriteOptions, Writer};

/// Adds the two memchr floors to `group`: `floor-count` and `floor-each`.
pub fn bench_floors(group: &mut BenchmarkGroup<'_, WallTime>, input: &[u8]) {
    group.bench_function("floor-count", |b| b.iter(|| floor_count(black_box(input))));
    group.bench_function("floor-each", |b| b.iter(|| floor_each(black_box(input))));
}

/// Adds `tokenize` to `group`: every segment read, no element.
pub fn bench_tokenize(group: &mut BenchmarkGroup<'_, WallTime>, input: &[u8]) {
    group.bench_function("tokenize", |b| {
        b.iter(|| {
            Segments::new(black_box(input))
                .filter(|s| s.is_ok())
                .count()
        })
    });
}

/// Adds `typed write` to `group`: every model in `models` written to memory by `write`.
pub fn bench_write<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    models: &[T],
    write: impl Fn(&T, &mut Writer<&mut Vec<u8>>) -> Result<(), Box<dyn Error>>,
) {
    let mut scratch = Vec::new();
    group.bench_function("typed write", |b| {
        b.iter(|| {
            scratch.clear();
            let mut writer = Writer::new(&mut scratch, WriteOptions::default());
            for model in models {
                write(model, &mut writer).expect("write to memory");
            }
            scratch.len()
        })
    });
}

/// `generated`, once checked to come back byte for byte through `write_set` (a typed model's
/// parse and write), so that what is timed is also exactly what the typed writer writes.
pub fn checked_input(
    generated: Vec<u8>,
    write_set: impl Fn(&TransactionSet<'_>, &mut Writer<&mut Vec<u8>>) -> Result<(), Box<dyn Error>>,
) -> Vec<u8> {
    assert!(
        rewrite(&generated, write_set) == generated,
        "the typed round trip changed the generated input"
    );
    generated
}

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
