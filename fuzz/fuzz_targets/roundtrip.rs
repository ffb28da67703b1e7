//! Whenever the reader accepts a whole input:
//! - writing preamble and segments with default options gives back the input exactly;
//! - writing them with each of a few other delimiter sets (when the data allows it) and reading
//!   the result gives the same segment ids, elements, repetitions and components.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::syntax::{Delimiters, Segment, Segments, WriteError, WriteOptions, Writer};

/// Delimiter sets to re-delimit to, as (element, component, repetition, segment).
const TARGETS: &[(u8, u8, Option<u8>, u8)] = &[
    (b'*', b':', Some(b'^'), b'~'),
    (b'|', b'>', Some(b'!'), b'\n'),
    (0x1d, 0x1f, Some(0x1e), 0x1c),
    (b'+', b':', None, b'\''),
    (b'^', b'*', Some(b'~'), b'|'),
];

/// A segment as values: id, then each element's repetitions, each a list of components.
type Shape = (String, Vec<Vec<Vec<Vec<u8>>>>);

fn shape(segment: &Segment<'_>) -> Shape {
    let elements = segment
        .elements()
        .map(|element| {
            element
                .repetitions()
                .map(|r| r.components().map(<[u8]>::to_vec).collect())
                .collect()
        })
        .collect();
    (segment.id().to_owned(), elements)
}

fn write(
    preamble: &[u8],
    segments: &[Segment<'_>],
    options: WriteOptions,
) -> Result<Vec<u8>, WriteError> {
    let mut writer = Writer::new(Vec::new(), options);
    writer.write_preamble(preamble)?;
    for segment in segments {
        writer.write_segment(segment)?;
    }
    Ok(writer.into_inner())
}

fuzz_target!(|data: &[u8]| {
    let input = data;
    let mut reader = Segments::new(input);
    let Ok(segments) = reader.by_ref().collect::<Result<Vec<_>, _>>() else {
        return;
    };
    let preamble = reader.preamble();

    let same = write(preamble, &segments, WriteOptions::default()).expect("same delimiters");
    assert!(same == input, "default options changed the bytes");

    let shapes: Vec<Shape> = segments.iter().map(shape).collect();
    for &(e, c, r, s) in TARGETS {
        let target = Delimiters::new(e, c, r, s).expect("valid target delimiters");
        let options = WriteOptions::default().with_delimiters(target);
        let Ok(redelimited) = write(preamble, &segments, options) else {
            continue;
        };
        let again: Vec<Shape> = Segments::new(&redelimited)
            .map(|s| s.map(|s| shape(&s)))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("output with {target} is refused: {e}"));
        assert_eq!(
            again.len(),
            shapes.len(),
            "segment count changed with {target}"
        );
        for (n, (before, after)) in shapes.iter().zip(&again).enumerate() {
            assert_eq!(before, after, "segment {} changed with {target}", n + 1);
        }
    }
});
