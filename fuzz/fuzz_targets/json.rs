//! The JSON layer on any input, read both ways:
//! - as X12: whenever the envelope reader frames the whole input, X12 → JSON → X12 gives back
//!   the input exactly, or the JSON writer refuses with a reason (bytes that are not UTF-8
//!   text, which JSON cannot carry);
//! - as JSON: `read_json` never panics, and the X12 of a document it accepts, when it frames,
//!   converts to JSON and back to the same X12.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::envelope::Document;
use x12_claims::json::{JsonError, read_json, write_json};

/// X12 → JSON → X12 for input the envelope reader frames; `None` when it does not.
fn through_json(x12: &[u8]) -> Option<Vec<u8>> {
    Document::parse_unchecked(x12).ok()?;
    let mut json = Vec::new();
    match write_json(x12, &mut json) {
        Ok(_) => {}
        Err(JsonError::Json(_)) => return None,
        Err(other) => panic!("framed input refused by the JSON writer: {other}"),
    }
    let mut back = Vec::new();
    read_json(&json[..], &mut back).expect("the JSON written reads back");
    Some(back)
}

fuzz_target!(|data: &[u8]| {
    if let Some(back) = through_json(data) {
        assert!(back == data, "X12 -> JSON -> X12 changed the bytes");
    }
    let mut x12 = Vec::new();
    if read_json(data, &mut x12).is_ok() {
        if let Some(back) = through_json(&x12) {
            assert!(back == x12, "the X12 of accepted JSON changed through JSON");
        }
    }
});
