//! Typed 837P throughput on a generated 10 MB file, beside the floors in the same group.
//!
//! The generator builds every transaction set from values with the typed builders and writes it
//! with the crate's writer (`support/claims.rs`); before timing, the input is checked to come
//! back byte for byte through a typed parse and write. Functions: `floor-count` (memchr's
//! vectorised count), `floor-each` (each terminator found with memchr, one call per segment),
//! `tokenize`, `typed parse` (`Submission::parse_document_with`: envelope and every set read
//! into its loop tree in one pass, claims walked), `typed parse set by set` (envelope, then
//! `Submission::parse` of every set),
//! `index` (`SubmissionIndex::parse_document_with`: envelope and every set indexed in one
//! pass, each set's claims walked as it is read), `index+CLM` (the same, each claim's CLM
//! typed), `index set by set`
//! (envelope, then `SubmissionIndex::parse` of every set: the input framed twice) and `typed
//! write` (every parsed submission written to memory).
//!
//! ```text
//! cargo bench --bench claim837p
//! ```
#![allow(clippy::expect_used, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use x12_claims::claim837p::{Submission, SubmissionIndex};
use x12_claims::envelope::Document;

#[path = "support/config.rs"]
mod config;
#[path = "support/generate.rs"]
mod generate;
#[path = "support/typed.rs"]
mod typed;

const SIZE: usize = 10_000_000;

fn input() -> Vec<u8> {
    typed::checked_input(generate::generate_837p(SIZE), |set, out| {
        Submission::parse(set)?.write(out)?;
        Ok(())
    })
}

/// The service lines of a submission's claims, each claim walked.
fn lines(submission: &Submission<'_>) -> usize {
    submission
        .claims()
        .map(|c| black_box(c.claim()).lines().len())
        .sum()
}

/// Reads every set into its loop tree in one pass (`Submission::parse_document_with`), walking
/// each tree as its set is read. Returns the service lines seen.
fn parse(input: &[u8]) -> usize {
    let read =
        Submission::parse_document_with(input, |_, submission| lines(&submission.expect("837P")));
    read.expect("valid input").outputs().iter().sum()
}

/// [`parse`], the envelope framed first and each set read after it.
fn parse_set_by_set(input: &[u8]) -> usize {
    let doc = Document::parse(input).expect("valid input");
    doc.transaction_sets()
        .map(|set| lines(&Submission::parse(set).expect("837P")))
        .sum()
}

/// Indexes every set in one pass and walks its claims as each set is read; with `clm`, types
/// each claim's CLM and reads its total charge. Returns the claims seen.
fn index(input: &[u8], clm: bool) -> usize {
    let read = SubmissionIndex::parse_document_with(input, |_, index| {
        let index = index.expect("837P");
        index
            .claims()
            .filter(|c| !clm || black_box(c.clm().expect("CLM").total_charge()).value() >= 0.into())
            .count()
    })
    .expect("valid input");
    read.outputs().iter().sum()
}

/// [`index`] without CLM, the envelope framed first and each set indexed after it.
fn index_set_by_set(input: &[u8]) -> usize {
    let doc = Document::parse(input).expect("valid input");
    doc.transaction_sets()
        .map(|set| SubmissionIndex::parse(set).expect("837P").claims().count())
        .sum()
}

fn claim837p(c: &mut Criterion) {
    let input = input();
    let doc = Document::parse(&input).expect("valid input");
    let submissions: Vec<Submission<'_>> = doc
        .transaction_sets()
        .map(|set| Submission::parse(set).expect("837P"))
        .collect();
    eprintln!(
        "input: {} bytes, {} sets, {} lines",
        input.len(),
        submissions.len(),
        parse(&input)
    );

    let mut group = c.benchmark_group("claim837p");
    group.throughput(Throughput::Bytes(input.len() as u64));
    typed::bench_floors(&mut group, &input);
    typed::bench_tokenize(&mut group, &input);
    assert_eq!(
        parse_set_by_set(&input),
        parse(&input),
        "set by set, the same"
    );
    group.bench_function("typed parse", |b| b.iter(|| parse(black_box(&input))));
    group.bench_function("typed parse set by set", |b| {
        b.iter(|| parse_set_by_set(black_box(&input)))
    });
    let claims: usize = submissions.iter().map(|s| s.claims().count()).sum();
    assert_eq!(index(&input, false), claims, "the index finds every claim");
    assert_eq!(index(&input, true), claims, "every CLM types");
    assert_eq!(index_set_by_set(&input), claims, "set by set, the same");
    group.bench_function("index", |b| b.iter(|| index(black_box(&input), false)));
    group.bench_function("index+CLM", |b| b.iter(|| index(black_box(&input), true)));
    group.bench_function("index set by set", |b| {
        b.iter(|| index_set_by_set(black_box(&input)))
    });
    typed::bench_write(&mut group, &submissions, |submission, out| {
        Ok(submission.write(out)?)
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = config::config();
    targets = claim837p
}
criterion_main!(benches);
