//! Properties of the syntax layer over generated input:
//! - segments built with any usable delimiters read back as the same ids and values;
//! - no input makes the reader panic: random bytes, X12-like noise, real files with a few
//!   bytes flipped, inserted or deleted;
//! - whatever the reader accepts whole is reproduced exactly: preamble, data and tails join to
//!   the input, and the writer with default options writes the input again.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::ValueTree;
use x12_claims::syntax::{Delimiters, Layout, Segment, Segments, WriteOptions, Writer};

use crate::fixtures;

/// Widths of ISA01..ISA16 (the header is 106 bytes with its separators and terminator).
const ISA_WIDTHS: [usize; 16] = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

/// Bytes that may serve as separators or terminator.
const POOL: &[u8] = b"*|^+!~:>\x1d\x1c";

/// An ISA header declaring `d` (version 00501 with a repetition separator, 00401 without).
fn isa(d: &Delimiters) -> Vec<u8> {
    let repetition = d
        .repetition
        .map_or("U".to_owned(), |r| char::from(r).to_string());
    let version = if d.repetition.is_some() {
        "00501"
    } else {
        "00401"
    };
    let component = char::from(d.component).to_string();
    let fields = [
        "00",
        "",
        "00",
        "",
        "ZZ",
        "SUBMITTER",
        "ZZ",
        "RECEIVER",
        "240320",
        "1200",
        &repetition,
        version,
        "000000101",
        "1",
        "T",
        &component,
    ];
    let mut out = b"ISA".to_vec();
    for (field, width) in fields.iter().zip(ISA_WIDTHS) {
        out.push(d.element);
        out.extend_from_slice(format!("{field:<width$}").as_bytes());
    }
    out.push(d.segment);
    assert_eq!(out.len(), 106);
    out
}

/// Distinct delimiters from the pool, with or without a repetition separator, ended by a pool
/// byte or a line feed.
fn delimiters() -> impl Strategy<Value = Delimiters> {
    (
        Just(POOL.to_vec()).prop_shuffle(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(pool, repeats, newline)| {
            let segment = if newline { b'\n' } else { pool[3] };
            Delimiters::new(pool[0], pool[1], repeats.then_some(pool[2]), segment).unwrap()
        })
}

fn layout() -> impl Strategy<Value = Layout> {
    select(vec![Layout::None, Layout::Lf, Layout::CrLf])
}

/// Something like a segment: an id (mostly valid), body codes for [`noise_byte`] (written
/// after an element separator), an ending
/// (0–3: the terminator, 4: a line feed, 5: none) and layout.
fn noise_segment() -> impl Strategy<Value = (&'static str, Vec<u8>, u8, &'static str)> {
    let id = prop_oneof![
        12 => select(vec!["GS", "ST", "CLM", "N3", "SE", "IEA", "SV1", "HI"]),
        1 => select(vec!["ISA", "IS", "ab", "X", "C1X1", ""]),
    ];
    let body = prop::collection::vec(0u8..40, 0..16);
    let layout = select(vec!["", "", "\n", "\r\n", "  ", "\n\n"]);
    (id, body, 0u8..6, layout)
}

/// A body byte: mostly the interchange's own separators and plain data, sometimes a byte that
/// is a delimiter elsewhere or a line feed.
fn noise_byte(code: u8, d: &Delimiters) -> u8 {
    match code {
        0..=5 => d.element,
        6 => d.component,
        7 => d.repetition.unwrap_or(b'^'),
        8 => b'\n',
        9 => b'~',
        10 => b'*',
        11 => b'|',
        _ => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0 "[usize::from(code - 12) % 28],
    }
}

/// A segment as built: id, then elements, each a list of components.
type Built = (String, Vec<Vec<Vec<u8>>>);

fn built_segment() -> impl Strategy<Value = Built> {
    let id = "[A-Z][A-Z0-9]{1,2}".prop_filter("ISA starts a header", |id| id != "ISA");
    let component = prop::collection::vec(0x20u8..0x7f, 0..6);
    let element = prop::collection::vec(component, 0..=3);
    (id, prop::collection::vec(element, 0..=8))
}

/// Elements as X12 writes them: trailing empty components and elements dropped.
fn normalised(elements: &[Vec<Vec<u8>>]) -> Vec<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<Vec<u8>>> = elements
        .iter()
        .map(|components| {
            let used = components
                .iter()
                .rposition(|c| !c.is_empty())
                .map_or(0, |last| last + 1);
            components[..used].to_vec()
        })
        .collect();
    while out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}

/// Elements as read, in the same normal form.
fn read_back(segment: &Segment<'_>) -> Vec<Vec<Vec<u8>>> {
    let elements: Vec<Vec<Vec<u8>>> = segment
        .elements()
        .map(|e| e.components().map(<[u8]>::to_vec).collect())
        .collect();
    normalised(&elements)
}

/// Reads everything there is to read, as a consumer would; returns the segments when the
/// whole input is accepted.
fn read_all(input: &[u8]) -> Option<(Vec<Segment<'_>>, &[u8])> {
    let mut reader = Segments::new(input);
    let mut segments = Vec::new();
    for item in reader.by_ref() {
        match item {
            Ok(segment) => {
                for element in segment.elements() {
                    let _ = element.components().count();
                    for repetition in element.repetitions() {
                        let _ = repetition.components().count();
                    }
                }
                let _ = segment.location().to_string();
                segments.push(segment);
            }
            Err(e) => {
                let _ = e.to_string();
                return None;
            }
        }
    }
    Some((segments, reader.preamble()))
}

/// G1: an accepted input is its preamble, data and tails, and the default writer reproduces
/// it. Returns whether the input was accepted.
fn lossless_when_accepted(input: &[u8]) -> bool {
    let Some((segments, preamble)) = read_all(input) else {
        return false;
    };
    let mut joined = preamble.to_vec();
    for s in &segments {
        joined.extend_from_slice(s.data());
        joined.extend_from_slice(s.tail());
    }
    assert!(
        joined == input,
        "preamble, data and tails differ from the input"
    );
    let mut writer = Writer::new(Vec::new(), WriteOptions::default());
    writer.write_preamble(preamble).unwrap();
    for s in &segments {
        writer.write_segment(s).unwrap();
    }
    assert!(writer.into_inner() == input, "the writer changed the input");
    true
}

/// The real samples and our own fixtures, read once.
pub fn samples() -> &'static [Vec<u8>] {
    static SAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        fixtures::all_shared_samples()
            .into_iter()
            .chain(fixtures::own_files())
            .map(|path| std::fs::read(path).unwrap())
            .collect()
    })
}

/// A change of one byte: replace, insert or delete at a position.
#[derive(Clone, Debug)]
pub enum Mutation {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    // Delimiters, line breaks and header letters break structure more often than random bytes.
    let byte = prop_oneof![any::<u8>(), select(b"*:^~\n\r IS\x1d|".to_vec())];
    prop_oneof![
        (any::<Index>(), byte.clone()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<Index>(), byte).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<Index>().prop_map(Mutation::Delete),
    ]
}

pub fn mutate(mut input: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        match *m {
            Mutation::Flip(i, b) if !input.is_empty() => {
                let at = i.index(input.len());
                input[at] = b;
            }
            Mutation::Insert(i, b) => {
                let at = i.index(input.len() + 1);
                input.insert(at, b);
            }
            Mutation::Delete(i) if !input.is_empty() => {
                input.remove(i.index(input.len()));
            }
            _ => {}
        }
    }
    input
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn built_segments_read_back_with_any_delimiters(
        d in delimiters(),
        layout in layout(),
        mut segments in prop::collection::vec(built_segment(), 0..12),
    ) {
        // X12 has no escapes: data must not contain a delimiter.
        for (_, elements) in &mut segments {
            for component in elements.iter_mut().flatten() {
                component.retain(|&b| !d.is_delimiter(b));
            }
        }
        let mut out = isa(&d);
        out.extend_from_slice(match (layout, d.segment) {
            (_, b'\n') | (Layout::None, _) => b"",
            (Layout::CrLf, _) => b"\r\n",
            _ => b"\n",
        });
        let options = WriteOptions::default().with_delimiters(d).with_layout(layout);
        let mut writer = Writer::new(out, options);
        for (id, elements) in &segments {
            let mut segment = writer.start(id).unwrap();
            for components in elements {
                segment.composite(components).unwrap();
            }
            segment.finish().unwrap();
        }
        let out = writer.into_inner();

        let read: Vec<Segment<'_>> = Segments::new(&out).collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(read.len(), segments.len() + 1);
        prop_assert_eq!(read[0].delimiters(), d);
        for (got, (id, elements)) in read[1..].iter().zip(&segments) {
            prop_assert_eq!(got.id(), id.as_str());
            prop_assert_eq!(read_back(got), normalised(elements));
        }
        prop_assert!(lossless_when_accepted(&out));
    }

    #[test]
    fn random_bytes_never_panic(input in prop::collection::vec(any::<u8>(), 0..512)) {
        lossless_when_accepted(&input);
    }

    #[test]
    fn x12_like_noise_never_panics_and_is_lossless_when_accepted(
        d in delimiters(),
        pieces in prop::collection::vec(noise_segment(), 0..12),
    ) {
        let mut input = isa(&d);
        for (id, body, end, layout) in pieces {
            input.extend_from_slice(id.as_bytes());
            if !body.is_empty() {
                input.push(d.element);
            }
            input.extend(body.iter().map(|&code| noise_byte(code, &d)));
            match end {
                0..=3 => input.push(d.segment),
                4 => input.push(b'\n'),
                _ => {}
            }
            input.extend_from_slice(layout.as_bytes());
        }
        lossless_when_accepted(&input);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn mutated_samples_never_panic_and_are_lossless_when_accepted(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let samples = samples();
        prop_assume!(!samples.is_empty());
        let input = mutate(which.get(samples).clone(), &mutations);
        lossless_when_accepted(&input);
    }
}

#[test]
fn some_mutated_samples_are_still_accepted() {
    // The lossless property above is only worth something if mutated files get through.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = (any::<Index>(), prop::collection::vec(mutation(), 1..3));
    let mut accepted = 0;
    for _ in 0..64 {
        let (which, mutations) = strategy.new_tree(&mut runner).unwrap().current();
        let input = mutate(which.get(samples()).clone(), &mutations);
        accepted += usize::from(lossless_when_accepted(&input));
    }
    assert!(
        accepted >= 16,
        "only {accepted} of 64 mutated samples accepted"
    );
}
