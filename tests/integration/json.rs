//! X12 -> JSON -> X12 gives back the input, byte for byte, for every file the crate reads.

use crate::fixtures::{all_shared_samples, name, own_file, own_files};
use x12_claims::claim837p::Submission;
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
    let input = own_file("two-interchanges.x12");
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
    let input = own_file("two-interchanges.x12");
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
    let input = own_file("telehealth.837p.x12");
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

/// JSON text of `value` with each object's keys in the order `order` gives them.
fn printed(
    value: &serde_json::Value,
    order: &dyn Fn(&serde_json::Map<String, serde_json::Value>) -> Vec<String>,
) -> String {
    match value {
        serde_json::Value::Object(map) => {
            let fields: Vec<String> = order(map)
                .iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        serde_json::Value::from(k.as_str()),
                        printed(&map[k], order)
                    )
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        serde_json::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|v| printed(v, order)).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

/// Every object's keys in reverse order (a `Value` prints them sorted).
fn reversed_keys(value: &serde_json::Value) -> String {
    printed(value, &|map| map.keys().rev().cloned().collect())
}

/// The document, interchange and group keys in the order the writer puts them, except that
/// each group's sets come before its header and trailer.
fn sets_before_group_headers(value: &serde_json::Value) -> String {
    printed(value, &|map| {
        let mut keys = writer_order(map);
        if map.contains_key("transaction_sets") {
            keys.sort_by_key(|k| k != "transaction_sets");
        }
        keys
    })
}

/// The keys of a document, interchange or group object in the order the writer puts them.
fn writer_order(map: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    const ORDER: [&str; 9] = [
        "format",
        "preamble",
        "interchanges",
        "delimiters",
        "header",
        "acknowledgments",
        "groups",
        "transaction_sets",
        "trailer",
    ];
    let mut keys: Vec<String> = map.keys().cloned().collect();
    keys.sort_by_key(|k| ORDER.iter().position(|o| o == k));
    keys
}

/// Sorted keys put `groups` before an interchange's `header` and a group's `trailer` before its
/// sets; reversed keys put `format` last and `groups` first; and a group's sets may come before
/// its header while the interchange is written as it is read. Every part must still land in its
/// place in the X12.
#[test]
fn keys_in_any_order_give_the_same_x12() {
    let mut checked = 0;
    for path in all_shared_samples().into_iter().chain(own_files()) {
        let input = std::fs::read(&path).unwrap();
        let Some((json, _)) = round_trip(&input) else {
            continue;
        };
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        if value.get("preamble").is_some() {
            continue; // below
        }
        for (order, text) in [
            ("sorted", value.to_string()),
            ("reversed", reversed_keys(&value)),
            ("sets-first", sets_before_group_headers(&value)),
        ] {
            assert_ne!(text, json);
            let mut back = Vec::new();
            read_json(text.as_bytes(), &mut back).unwrap();
            assert!(back == input, "{} with {order} keys", name(&path));
        }
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} files checked");
}

/// The X12 is written as the JSON is read: a document cut short has already given the
/// interchanges and sets before the cut.
#[test]
fn json_is_turned_into_x12_as_it_is_read() {
    let input = own_file("two-interchanges.x12");
    let (json, _) = round_trip(&input).unwrap();
    // Cut inside the second interchange's trailer.
    let cut = json.rfind("\"IEA\"").unwrap();
    let mut back = Vec::new();
    let error = read_json(&json.as_bytes()[..cut], &mut back).unwrap_err();
    assert!(error.to_string().contains("EOF"), "{error}");
    let second_iea = String::from_utf8_lossy(&input).rfind("IEA").unwrap();
    assert_eq!(back, &input[..second_iea], "everything up to the cut");
}

#[test]
fn a_preamble_after_written_interchanges_is_refused_and_keys_are_not_repeated() {
    let input = own_file("bom-newline-terminator.x12");
    let (json, back) = round_trip(&input).unwrap();
    assert_eq!(back, input);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(!value["preamble"].as_str().unwrap().is_empty());
    // Sorted: "format", "interchanges", "preamble".
    let error = read_json(value.to_string().as_bytes(), Vec::new()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("\"preamble\" comes after \"interchanges\""),
        "{error}"
    );
    // Reversed, the preamble comes first and all is well.
    let mut back = Vec::new();
    read_json(reversed_keys(&value).as_bytes(), &mut back).unwrap();
    assert_eq!(back, input);

    let twice = json.replacen(
        "\"format\":\"x12-claims/1\"",
        "\"format\":\"x12-claims/1\",\"format\":\"x12-claims/1\"",
        1,
    );
    let error = read_json(twice.as_bytes(), Vec::new()).unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `format`"),
        "{error}"
    );
}

/// Each key of the document, interchange and group objects is refused when it comes twice,
/// whether its first value was held for its turn (keys in reverse sorted order) or already
/// written (writer order).
#[test]
fn every_key_given_twice_is_refused() {
    let input = own_file("bom-newline-terminator.x12");
    let (json, _) = round_trip(&input).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    // Each object is told apart by a key only it has.
    let objects: [(&str, &[&str]); 3] = [
        ("format", &["format", "preamble", "interchanges"]),
        (
            "delimiters",
            &[
                "delimiters",
                "header",
                "acknowledgments",
                "groups",
                "trailer",
            ],
        ),
        (
            "transaction_sets",
            &["header", "transaction_sets", "trailer"],
        ),
    ];
    for (marker, keys) in objects {
        for key in keys {
            for reversed in [false, true] {
                let twice = printed(&value, &|map| {
                    let mut keys = match reversed {
                        true => map.keys().rev().cloned().collect(),
                        false => writer_order(map),
                    };
                    if map.contains_key(marker) {
                        let at = keys.iter().position(|k| k == key).expect("key written");
                        keys.insert(at, key.to_string());
                    }
                    keys
                });
                let error = read_json(twice.as_bytes(), Vec::new()).unwrap_err();
                assert!(
                    error
                        .to_string()
                        .contains(&format!("duplicate field `{key}`")),
                    "{marker} object, {key} twice, reversed {reversed}: {error}"
                );
            }
        }
    }
}

/// Each required key of the document, interchange and group objects is named when it is
/// missing, and a key none of them has is named as unknown: a truncated or foreign JSON file
/// never comes out as partial X12 without an error.
#[test]
fn every_missing_or_unknown_key_is_named() {
    let input = own_file("bom-newline-terminator.x12");
    let (json, _) = round_trip(&input).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    // Each object is told apart by a key only it has; the keys it cannot do without.
    let objects: [(&str, &[&str]); 3] = [
        ("format", &["format", "interchanges"]),
        ("delimiters", &["delimiters", "header", "trailer"]),
        ("transaction_sets", &["header", "trailer"]),
    ];
    for (marker, keys) in objects {
        for key in keys {
            let without = printed(&value, &|map| {
                let mut keys = writer_order(map);
                if map.contains_key(marker) {
                    keys.retain(|k| k != key);
                }
                keys
            });
            let error = read_json(without.as_bytes(), Vec::new()).unwrap_err();
            assert!(
                error
                    .to_string()
                    .contains(&format!("missing field `{key}`")),
                "{marker} object without {key}: {error}"
            );
        }
        let mut with_extra = value.clone();
        add_key(&mut with_extra, marker);
        let with_extra = printed(&with_extra, &writer_order);
        let error = read_json(with_extra.as_bytes(), Vec::new()).unwrap_err();
        assert!(
            error.to_string().contains("unknown field `surplus`"),
            "{marker} object with a key of its own: {error}"
        );
    }
}

/// Adds `"surplus": 1` to the first object holding `marker`, searching depth first.
fn add_key(value: &mut serde_json::Value, marker: &str) -> bool {
    match value {
        serde_json::Value::Object(map) if map.contains_key(marker) => {
            map.insert("surplus".to_owned(), 1.into());
            true
        }
        serde_json::Value::Object(map) => map.values_mut().any(|v| add_key(v, marker)),
        serde_json::Value::Array(items) => items.iter_mut().any(|v| add_key(v, marker)),
        _ => false,
    }
}

/// A coded value holding the component separator (NM108 `4:6`, with `:` separating
/// components) is refused by the typed read, which names the separator, so the set goes to
/// JSON untyped and comes back byte for byte. Typed, it went to JSON as the two parts `4` and
/// `6`; with `^` free to occur in data (the repetition separator here is `!`), the segment was
/// rebuilt from them with other separators, and the code read back as `4`, a unit separator
/// and `6`: refused, and the JSON did not convert back.
#[test]
fn a_code_holding_a_separator_comes_back_through_json() {
    let input = String::from_utf8(own_file("telehealth.837p.x12"))
        .unwrap()
        .replacen("*^*00501*", "*!*00501*", 1)
        .replacen(
            "NM1*41*2*RIVERSIDE BEHAVIORAL HEALTH*****46*RBH001~",
            "NM1*41*2*RIVERSIDE ^ BEHAVIORAL HEALTH*****4:6*RBH001~",
            1,
        );
    let doc = Document::parse(input.as_bytes()).unwrap();
    let error = Submission::parse(doc.transaction_sets().next().unwrap()).unwrap_err();
    assert!(
        error.to_string().contains(
            "1000A[1] NM108 at segment 5 (byte 225): identification code qualifier: the value holds the component separator ':'"
        ),
        "{error}"
    );
    let (json, back) = round_trip(input.as_bytes()).unwrap();
    assert!(back == input.as_bytes(), "{json}");
}
