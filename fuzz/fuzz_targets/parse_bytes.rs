//! Any bytes: reading segments, their elements, components and repetitions, and rendering
//! errors and locations never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::hint::black_box;
use x12_claims::syntax::Segments;

fuzz_target!(|data: &[u8]| {
    let mut segments = Segments::new(data);
    black_box(segments.preamble());
    for item in segments.by_ref() {
        let segment = match item {
            Ok(segment) => segment,
            Err(e) => {
                black_box(e.to_string());
                black_box(e.location());
                break;
            }
        };
        black_box((
            segment.id(),
            segment.data(),
            segment.tail(),
            segment.layout(),
        ));
        black_box((segment.is_terminated(), segment.location().to_string()));
        let count = segment.element_count();
        for (n, element) in segment.elements().enumerate() {
            black_box((element.as_bytes(), element.as_str()));
            for component in element.components() {
                black_box(component);
            }
            for repetition in element.repetitions() {
                black_box(repetition.components().count());
            }
            black_box(segment.element(n + 1));
            black_box(segment.component(n + 1, 2));
            black_box(segment.repetitions(n + 1).count());
        }
        black_box(segment.element(count + 1));
        black_box(segment.element(0));
        black_box(segment.component(1, 0));
    }
    black_box(segments.position());
});
