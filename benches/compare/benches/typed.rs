//! Typed parsing: x12-claims against x12-types 0.12 (its 005010 837 and 835 models) on the same
//! generated 10 MB inputs, each group starting with the memchr floors.
//!
//! x12-types reads `&str` and builds owned `String`s for every element, checking no value;
//! x12-claims borrows and checks every element it types. The 835 group times x12-claims with
//! balancing (every rule), typed whole, through the index (which checks the amounts it reads)
//! and through the index with every element checked (`set835`, as `x12 validate` reads),
//! against the peer's parse alone; the 837P group adds the index with each claim's CLM typed.
//! Both sides are checked to read every claim before anything is timed.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use x12_claims::claim837p::{Submission, SubmissionIndex};
use x12_claims::remit835::Remittance;
use x12_claims::validate::{balance835, set835};
use x12_types::util::Parser as _;
use x12_types::v005010::{_835, _837, Transmission};

#[path = "../../support/config.rs"]
mod config;
#[path = "../../support/generate.rs"]
mod generate;
#[path = "../../support/typed.rs"]
mod typed;

const SIZE: usize = 10_000_000;

/// Every set read into its loop tree, the input framed once (`parse_document_with`).
fn ours_837(input: &[u8]) -> usize {
    let read = Submission::parse_document_with(input, |_, submission| {
        submission.expect("837P").claims().count()
    });
    read.expect("valid input").outputs().iter().sum()
}

/// The claims through the index (the input framed once), each claim's CLM typed as its set
/// is read.
fn ours_837_index(input: &[u8]) -> usize {
    let read = SubmissionIndex::parse_document_with(input, |_, index| {
        let index = index.expect("837P");
        index.claims().filter(|c| c.clm().is_ok()).count()
    })
    .expect("valid input");
    read.outputs().iter().sum()
}

fn peer_837(text: &str) -> usize {
    let (_, transmission) = Transmission::<_837>::parse(text).expect("the peer reads the input");
    transmission
        .functional_group
        .iter()
        .flat_map(|group| group.segments.iter())
        .flat_map(|set| set.loop_2000.iter())
        .map(|hl| hl.loop_2300.len())
        .sum()
}

/// Every set read into its loop tree and balanced, the input framed once.
fn ours_835(input: &[u8]) -> usize {
    let read = Remittance::parse_document_with(input, |_, remittance| {
        let remittance = remittance.expect("835");
        let findings = balance835::check(&remittance);
        assert!(findings.is_empty(), "the generated input balances");
        remittance.claim_payments().count()
    });
    read.expect("valid input").outputs().iter().sum()
}

/// The same through the index: envelope, structure and every balancing rule, in one pass.
fn ours_835_index(input: &[u8]) -> usize {
    let read = balance835::index_and_check_document_with(input, |_, checked| {
        let (index, findings) = checked.expect("835");
        assert!(findings.is_empty(), "the generated input balances");
        index.claim_payments().count()
    })
    .expect("valid input");
    read.outputs().iter().sum()
}

/// The same with every element checked and the structure rules too, as `x12 validate` reads a
/// set: one pass, no loop tree.
fn ours_835_checked(input: &[u8]) -> usize {
    let read = set835::check_document_with(input, |_, checked| {
        let (index, findings) = checked.expect("835");
        assert!(findings.is_empty(), "the generated input checks");
        index.claim_payments().count()
    })
    .expect("valid input");
    read.outputs().iter().sum()
}

fn peer_835(text: &str) -> usize {
    let (_, transmission) = Transmission::<_835>::parse(text).expect("the peer reads the input");
    transmission
        .functional_group
        .iter()
        .flat_map(|group| group.segments.iter())
        .flat_map(|set| set.loop_2000.iter())
        .map(|lx| lx.loop_2100.len())
        .sum()
}

/// A typed reader's claim count on the raw input (ours) or on its text (the peer's).
type Readers = (fn(&[u8]) -> usize, fn(&str) -> usize);

fn typed_compare(c: &mut Criterion) {
    for kind in ["837P", "835"] {
        let input = match kind {
            "837P" => generate::generate_837p(SIZE),
            _ => generate::generate_835(SIZE),
        };
        let text = std::str::from_utf8(&input).expect("generated input is ASCII");
        let (ours, peer): Readers = match kind {
            "837P" => (ours_837, peer_837),
            _ => (ours_835, peer_835),
        };
        let claims = ours(&input);
        assert_eq!(
            claims,
            peer(text),
            "{kind}: the two read different claim counts"
        );
        eprintln!("{kind}: {} bytes, {claims} claims", input.len());

        let mut group = c.benchmark_group(format!("typed {kind}"));
        group.throughput(Throughput::Bytes(input.len() as u64));
        typed::bench_floors(&mut group, &input);
        let what = if kind == "835" {
            "parse+balance"
        } else {
            "parse"
        };
        group.bench_function(format!("x12-claims {what}"), |b| {
            b.iter(|| ours(black_box(&input)))
        });
        let (name, index): (&str, fn(&[u8]) -> usize) = if kind == "835" {
            ("x12-claims index+balance", ours_835_index)
        } else {
            ("x12-claims index+CLM", ours_837_index)
        };
        assert_eq!(index(&input), claims, "{kind}: the index finds every claim");
        group.bench_function(name, |b| b.iter(|| index(black_box(&input))));
        if kind == "835" {
            assert_eq!(
                ours_835_checked(&input),
                claims,
                "835: checked, every claim"
            );
            group.bench_function("x12-claims checked index+balance", |b| {
                b.iter(|| ours_835_checked(black_box(&input)))
            });
        }
        group.bench_function("x12-types parse", |b| b.iter(|| peer(black_box(text))));
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = config::config();
    targets = typed_compare
}
criterion_main!(benches);
