//! X12 -> JSON -> X12 gives back the input, byte for byte, for every file the crate reads.

use crate::fixtures::{all_shared_samples, name, own_files};
use x12_claims::envelope::Document;
use x12_claims::json::{JsonDocument, read_json, write_json};

/// Converts to JSON and back; `None` when the crate does not read the file at all.
fn round_trip(input: &[u8]) -> Option<(String, Vec<u8>)> {
    Document::parse_unchecked(input).ok()?;
    let mut json = Vec::new();
    write_json(input, &mut json).unwrap();
    let mut back = Vec::new();
    read_json(&json[..], &mut back).unwrap();
    Some((String::from_utf8(json).unwrap(), back))
}

#[test]
fn every_readable_file_survives_json() {
    let mut converted = 0;
    for path in all_shared_samples().into_iter().chain(own_files()) {
        let input = std::fs::read(&path).unwrap();
        let Some((json, back)) = round_trip(&input) else {
            continue;
        };
        assert!(
            back == input,
            "{}: X12 -> JSON -> X12 changed the bytes",
            name(&path)
        );
        // The JSON is one document of this crate's format.
        let doc: JsonDocument = serde_json::from_str(&json).unwrap();
        assert_eq!(doc.format, "x12-claims/1");
        converted += 1;
    }
    assert!(converted >= 3, "only {converted} files converted");
}

#[test]
fn the_json_names_delimiters_and_keeps_line_breaks() {
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/two-interchanges.x12"
    ))
    .unwrap();
    let (json, _) = round_trip(&input).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let interchanges = doc["interchanges"].as_array().unwrap();
    assert_eq!(interchanges.len(), 2);
    // The first interchange uses `*:^~` and CRLF; the second `|>!` with 0x1D ending segments.
    assert_eq!(interchanges[0]["delimiters"], "*:^~");
    assert_eq!(interchanges[0]["header"]["tail"], "\r\n");
    assert_eq!(interchanges[1]["delimiters"], "|>!\\x1d");
    let gs = &interchanges[0]["groups"][0]["header"];
    assert_eq!(gs["id"], "GS");
    assert_eq!(gs["elements"][0], "HC");
}

#[test]
fn edited_json_writes_edited_x12_with_the_interchange_delimiters() {
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/two-interchanges.x12"
    ))
    .unwrap();
    let (json, _) = round_trip(&input).unwrap();
    // Change the first group's application sender code (GS02).
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let old = doc["interchanges"][1]["groups"][0]["header"]["elements"][1].clone();
    doc["interchanges"][1]["groups"][0]["header"]["elements"][1] = "NEWSENDER".into();
    let mut back = Vec::new();
    read_json(doc.to_string().as_bytes(), &mut back).unwrap();
    let expected = String::from_utf8_lossy(&input).replacen(
        &format!("GS|HP|{}|", old.as_str().unwrap()),
        "GS|HP|NEWSENDER|",
        1,
    );
    assert_ne!(expected, String::from_utf8_lossy(&input));
    assert_eq!(String::from_utf8_lossy(&back), expected);
}

#[test]
fn bad_json_is_refused_with_a_reason() {
    let cases = [
        (r#"{"format":"other/1","interchanges":[]}"#, "format"),
        (
            r#"{"format":"x12-claims/1"}"#,
            "missing field `interchanges`",
        ),
        (
            r#"{"format":"x12-claims/1","interchanges":[{"delimiters":"**","header":{"id":"ISA"},"trailer":{"id":"IEA"}}]}"#,
            "delimiters",
        ),
    ];
    for (json, reason) in cases {
        let error = read_json(json.as_bytes(), Vec::new())
            .unwrap_err()
            .to_string();
        assert!(error.contains(reason), "{json}: {error}");
    }
}

/// The typed JSON of our telehealth claim: every segment in the loop the guide puts it in.
#[test]
fn typed_json_of_the_telehealth_claim() {
    let input = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/telehealth.837p.x12"
    ))
    .unwrap();
    let (json, back) = round_trip(&input).unwrap();
    assert!(back == input);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let set = &doc["interchanges"][0]["groups"][0]["transaction_sets"][0];
    assert_eq!(set["kind"], "837P");
    insta::assert_json_snapshot!("telehealth_837p_typed", set);
}

#[test]
fn corpus_sets_come_out_typed_where_their_segments_are_in_guide_order() {
    let (mut claims, mut remittances, mut untyped) = (0, 0, Vec::new());
    for path in all_shared_samples() {
        let input = std::fs::read(&path).unwrap();
        let Some((json, _)) = round_trip(&input) else {
            continue;
        };
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        for interchange in doc["interchanges"].as_array().unwrap() {
            for group in interchange["groups"].as_array().unwrap() {
                for set in group["transaction_sets"].as_array().unwrap() {
                    match set["kind"].as_str().unwrap() {
                        "837P" => claims += 1,
                        "835" => remittances += 1,
                        _ if set["note"].is_string() => untyped.push(name(&path)),
                        _ => {}
                    }
                }
            }
        }
    }
    if all_shared_samples().is_empty() {
        return;
    }
    assert!(claims >= 15, "{claims} typed 837P sets");
    assert!(remittances >= 170, "{remittances} typed 835 sets");
    // Sets of a modelled kind left untyped, each for a reason its note gives.
    untyped.sort();
    untyped.dedup();
    assert!(
        untyped.contains(&"oopfactory_ProfessionalClaim1.txt".to_owned()),
        "{untyped:?}"
    );
}
