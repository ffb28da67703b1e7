//! Throughput of the syntax layer on generated 835 input, against the memchr floor.
//!
//! Every function reads the same bytes; the first, `floor`, only counts segment terminators
//! and so bounds what any tokenizer can reach. Then come tokenizing, reading every element,
//! writing, and the envelope walk (whole document, and through the streaming reader). The 20 MB input shows that the cost grows
//! linearly. To add a function, write `fn(&[u8], &mut Vec<u8>) -> usize` and list it in
//! [`FUNCTIONS`].
//!
//! ```text
//! cargo bench --bench syntax
//! ```
#![allow(clippy::expect_used, missing_docs)]

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use x12_claims::envelope::{Document, Item, StreamReader};
use x12_claims::syntax::{Segments, WriteOptions, Writer};

#[path = "support/config.rs"]
mod config;
#[path = "support/generate.rs"]
mod generate;

/// A benchmarked function: reads `input`, may use `scratch` as an output buffer, and returns a
/// count so the work cannot be optimised away.
type Function = fn(&[u8], &mut Vec<u8>) -> usize;

/// The functions of the group, in order; the floor comes first.
const FUNCTIONS: &[(&str, Function)] = &[
    ("floor", floor),
    ("tokenize", tokenize),
    ("tokenize+elements", tokenize_elements),
    ("write", write),
    ("envelope", envelope),
    ("envelope-stream", envelope_stream),
];

/// Input sizes in MB: the second is twice the first.
const SIZES_MB: &[usize] = &[10, 20];

/// Segment terminators counted with memchr (its `count` is vectorised): no tokenizer can be
/// faster than finding the terminators.
fn floor(input: &[u8], _: &mut Vec<u8>) -> usize {
    memchr::memchr_iter(b'~', input).count()
}

/// Every segment, without looking inside.
fn tokenize(input: &[u8], _: &mut Vec<u8>) -> usize {
    let mut n = 0;
    for segment in Segments::new(input) {
        let segment = segment.expect("generated input is valid");
        black_box(segment.segment_id());
        n += 1;
    }
    n
}

/// Every element of every segment.
fn tokenize_elements(input: &[u8], _: &mut Vec<u8>) -> usize {
    let mut n = 0;
    for segment in Segments::new(input) {
        let segment = segment.expect("generated input is valid");
        black_box(segment.segment_id());
        for element in segment.elements() {
            black_box(element.as_bytes());
            n += 1;
        }
    }
    n
}

/// Every segment read and written again with default options (the exact bytes).
fn write(input: &[u8], scratch: &mut Vec<u8>) -> usize {
    scratch.clear();
    let mut segments = Segments::new(input);
    let mut writer = Writer::new(&mut *scratch, WriteOptions::default());
    writer
        .write_preamble(segments.preamble())
        .expect("a Vec accepts every write");
    for segment in segments.by_ref() {
        let segment = segment.expect("generated input is valid");
        writer.write_segment(&segment).expect("same delimiters");
    }
    scratch.len()
}

/// The whole input as a document: interchanges, groups and sets framed, headers typed and
/// every trailer count checked.
fn envelope(input: &[u8], _: &mut Vec<u8>) -> usize {
    let document = Document::parse(input).expect("generated input is valid");
    document
        .transaction_sets()
        .map(|set| set.segment_count() as usize)
        .sum()
}

/// The same walk through the streaming reader, which copies the input through its own bounded
/// buffer as a file reader would.
fn envelope_stream(input: &[u8], _: &mut Vec<u8>) -> usize {
    let mut reader = StreamReader::new(input);
    let mut n = 0;
    while let Some(item) = reader.next_item() {
        if let Item::TransactionSet(set) = item.expect("generated input is valid") {
            n += set.segment_count() as usize;
        }
    }
    n
}

fn syntax(c: &mut Criterion) {
    let mut group = c.benchmark_group("syntax");
    for &mb in SIZES_MB {
        let input = generate::generate_835(mb * 1_000_000);
        check(&input);
        let mut scratch = Vec::with_capacity(input.len());
        group.throughput(Throughput::Bytes(input.len() as u64));
        for &(name, function) in FUNCTIONS {
            group.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &input, |b, i| {
                b.iter(|| function(black_box(i), &mut scratch))
            });
        }
    }
    group.finish();
}

/// The functions agree with each other before they are timed.
fn check(input: &[u8]) {
    let mut scratch = Vec::new();
    assert_eq!(tokenize(input, &mut scratch), floor(input, &mut scratch));
    assert_eq!(write(input, &mut scratch), input.len());
    let in_sets = envelope(input, &mut scratch);
    assert!(in_sets > 0 && in_sets < floor(input, &mut scratch));
    assert_eq!(envelope_stream(input, &mut scratch), in_sets);
    assert!(scratch == input, "the writer does not reproduce the input");
}

criterion_group! {
    name = benches;
    config = config::config();
    targets = syntax
}
criterion_main!(benches);
