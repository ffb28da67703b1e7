//! Typed 835 throughput on a generated 10 MB file, beside the floors in the same group.
//!
//! The input comes from the generator and is checked, before timing, to come back byte for byte
//! through the typed model (every transaction set parsed into a `Remittance` and written back),
//! so what is timed is also exactly what the crate's typed writer writes. Functions:
//! `floor-count` (memchr's vectorised count), `floor-each` (each terminator found with memchr,
//! one call per segment), `tokenize`, `typed
//! parse` (`Remittance::parse_document_with`: envelope and every set read into its loop tree in
//! one pass, claims walked), `typed parse set by set` (envelope, then `Remittance::parse` of
//! every set), `typed parse+balance` (the one-pass read and every balancing rule), `index` (`RemittanceIndex::parse_document_with`:
//! envelope and every set indexed in one pass, each set's claims walked as it is read),
//! `index+balance` (`balance835::index_and_check_document_with`: the same and every balancing
//! rule),
//! `checked index+balance` (`set835::check_document_with`: the same with every element checked
//! and the structure rules, what `x12 validate` does), `index+balance set by set` (envelope,
//! then `balance835::index_and_check` of every set: the input framed twice) and `typed write`.
//!
//! ```text
//! cargo bench --bench remit835
//! ```
#![allow(clippy::expect_used, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use x12_claims::envelope::Document;
use x12_claims::remit835::{Remittance, RemittanceIndex};
use x12_claims::validate::{balance835, set835};

#[path = "support/config.rs"]
mod config;
#[path = "support/generate.rs"]
mod generate;
#[path = "support/typed.rs"]
mod typed;

const SIZE: usize = 10_000_000;

fn input() -> Vec<u8> {
    typed::checked_input(generate::generate_835(SIZE), |set, out| {
        Remittance::parse(set)?.write(out)?;
        Ok(())
    })
}

/// Reads every set into its loop tree in one pass (`Remittance::parse_document_with`); with
/// `balance`, checks every balancing rule too as each set is read. Returns claims seen plus
/// findings.
fn parse(input: &[u8], balance: bool) -> usize {
    let read = Remittance::parse_document_with(input, |_, remittance| {
        walk(&remittance.expect("835"), balance)
    });
    read.expect("valid input").outputs().iter().sum()
}

/// [`parse`] without balancing, the envelope framed first and each set read after it.
fn parse_set_by_set(input: &[u8]) -> usize {
    let doc = Document::parse(input).expect("valid input");
    doc.transaction_sets()
        .map(|set| walk(&Remittance::parse(set).expect("835"), false))
        .sum()
}

/// Claims seen in a remittance, plus its findings with `balance`.
fn walk(remittance: &Remittance<'_>, balance: bool) -> usize {
    let claims = remittance.claim_payments().map(black_box).count();
    claims
        + if balance {
            balance835::check(remittance).len()
        } else {
            0
        }
}

/// Indexes every set in one pass, walking each set's claims as it is read; with `balance`,
/// checks every balancing rule while indexing (`index_and_check_document_with`). Returns claims
/// seen plus findings, as [`parse`] does.
fn index(input: &[u8], balance: bool) -> usize {
    let claims = |index: &RemittanceIndex<'_>| index.claim_payments().map(black_box).count();
    let read = if balance {
        balance835::index_and_check_document_with(input, |_, checked| {
            let (index, findings) = checked.expect("835");
            claims(&index) + findings.len()
        })
    } else {
        RemittanceIndex::parse_document_with(input, |_, index| claims(&index.expect("835")))
    };
    read.expect("valid input").outputs().iter().sum()
}

/// Checks every set in one pass as `x12 validate` does, every element included
/// (`set835::check_document_with`), walking each set's claims. Returns claims seen plus
/// findings, as [`parse`] does.
fn checked(input: &[u8]) -> usize {
    let read = set835::check_document_with(input, |_, checked| {
        let (index, findings) = checked.expect("835");
        index.claim_payments().map(black_box).count() + findings.len()
    });
    read.expect("valid input").outputs().iter().sum()
}

/// [`index`] with `balance`, the envelope framed first and each set indexed after it.
fn index_set_by_set(input: &[u8]) -> usize {
    let doc = Document::parse(input).expect("valid input");
    doc.transaction_sets()
        .map(|set| {
            let (index, findings) = balance835::index_and_check(set).expect("835");
            index.claim_payments().map(black_box).count() + findings.len()
        })
        .sum()
}

fn remit835(c: &mut Criterion) {
    let input = input();
    let doc = Document::parse(&input).expect("valid input");
    let remittances: Vec<Remittance<'_>> = doc
        .transaction_sets()
        .map(|set| Remittance::parse(set).expect("835"))
        .collect();
    let claims = parse(&input, false);
    assert_eq!(
        parse(&input, true),
        claims,
        "the generated input does not balance"
    );
    assert_eq!(index(&input, false), claims, "the index finds every claim");
    assert_eq!(index(&input, true), claims, "the index balances the same");
    assert_eq!(index_set_by_set(&input), claims, "set by set, the same");
    assert_eq!(checked(&input), claims, "every element checks, no finding");
    eprintln!(
        "input: {} bytes, {} sets, {claims} claims",
        input.len(),
        remittances.len()
    );

    let mut group = c.benchmark_group("remit835");
    group.throughput(Throughput::Bytes(input.len() as u64));
    typed::bench_floors(&mut group, &input);
    typed::bench_tokenize(&mut group, &input);
    assert_eq!(
        parse_set_by_set(&input),
        parse(&input, false),
        "set by set, the same"
    );
    group.bench_function("typed parse", |b| {
        b.iter(|| parse(black_box(&input), false))
    });
    group.bench_function("typed parse set by set", |b| {
        b.iter(|| parse_set_by_set(black_box(&input)))
    });
    group.bench_function("typed parse+balance", |b| {
        b.iter(|| parse(black_box(&input), true))
    });
    group.bench_function("index", |b| b.iter(|| index(black_box(&input), false)));
    group.bench_function("index+balance", |b| {
        b.iter(|| index(black_box(&input), true))
    });
    group.bench_function("checked index+balance", |b| {
        b.iter(|| checked(black_box(&input)))
    });
    group.bench_function("index+balance set by set", |b| {
        b.iter(|| index_set_by_set(black_box(&input)))
    });
    typed::bench_write(&mut group, &remittances, |remittance, out| {
        Ok(remittance.write(out)?)
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = config::config();
    targets = remit835
}
criterion_main!(benches);
