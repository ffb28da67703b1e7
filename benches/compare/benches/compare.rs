//! x12-claims against x12-stream-parser 0.1.0 on the same generated 10 MB 835, in one
//! criterion group whose first function is the memchr floor.
//!
//! Both read every element of every segment and pass its bytes to `black_box`. The peer needs
//! its delimiters up front (read here from the ISA header), keeps the line break after each
//! terminator at the start of the next segment's id, and reports the final line break as an
//! unterminated segment; so its error on that last item is ignored, and the segment counts of
//! both are checked to agree before anything is timed.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use x12_claims::syntax::Segments;

#[path = "../../support/config.rs"]
mod config;
#[path = "../../support/generate.rs"]
mod generate;

const SIZE: usize = 10_000_000;

/// Segment terminators counted with memchr: the bound for any tokenizer.
fn floor(input: &[u8]) -> usize {
    memchr::memchr_iter(b'~', input).count()
}

/// (segments, elements) read by x12-claims.
fn ours(input: &[u8]) -> (usize, usize) {
    let (mut segments, mut elements) = (0, 0);
    for segment in Segments::new(input) {
        let segment = segment.expect("generated input is valid");
        black_box(segment.segment_id());
        segments += 1;
        for element in segment.elements() {
            black_box(element.as_bytes());
            elements += 1;
        }
    }
    (segments, elements)
}

/// (segments, elements) read by x12-stream-parser; only segments with a non-empty id count.
fn peer(input: &[u8], delimiters: x12_stream_parser::Delimiters) -> (usize, usize) {
    let (mut segments, mut elements) = (0, 0);
    for segment in x12_stream_parser::Parser::new(input, delimiters) {
        // The line break after the last terminator comes back as an unterminated segment.
        let Ok(segment) = segment else { break };
        let id = black_box(segment.id());
        if id.iter().any(|b| !b.is_ascii_whitespace()) {
            segments += 1;
        }
        for element in segment.elements() {
            black_box(element);
            elements += 1;
        }
    }
    (segments, elements)
}

fn compare(c: &mut Criterion) {
    let input = generate::generate_835(SIZE);
    let delimiters =
        x12_stream_parser::Delimiters::from_isa(&input).expect("the input starts with ISA");
    let (our_segments, our_elements) = ours(&input);
    let (peer_segments, peer_elements) = peer(&input, delimiters);
    assert_eq!(our_segments, floor(&input));
    assert_eq!(our_segments, peer_segments, "segment counts differ");
    // The generator writes no trailing empty elements, which the peer would drop.
    assert_eq!(our_elements, peer_elements, "element counts differ");
    eprintln!(
        "input: {} bytes, {our_segments} segments, {our_elements} elements",
        input.len()
    );

    let mut group = c.benchmark_group("compare");
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("floor", |b| b.iter(|| floor(black_box(&input))));
    group.bench_function("x12-claims tokenize+elements", |b| {
        b.iter(|| ours(black_box(&input)))
    });
    group.bench_function("x12-stream-parser segments+elements", |b| {
        b.iter(|| peer(black_box(&input), delimiters))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = config::config();
    targets = compare
}
criterion_main!(benches);
