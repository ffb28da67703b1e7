//! The syntax layer over real files: every accepted file is reproduced exactly, and the files
//! it refuses are refused for the right reason.

use x12_claims::syntax::{Segments, WriteOptions, Writer};

use crate::fixtures;

/// Preamble + each segment through the writer, with default options.
fn rewrite(input: &[u8]) -> Result<Vec<u8>, String> {
    let mut segments = Segments::new(input);
    let mut all = Vec::new();
    for s in segments.by_ref() {
        all.push(s.map_err(|e| e.to_string())?);
    }
    let mut w = Writer::new(Vec::new(), WriteOptions::default());
    w.write_preamble(segments.preamble()).unwrap();
    for s in &all {
        w.write_segment(s).unwrap();
    }
    Ok(w.into_inner())
}

#[test]
fn every_sample_is_tokenized_losslessly_or_refused() {
    let mut accepted = 0;
    let mut refused = Vec::new();
    for path in fixtures::all_shared_samples()
        .into_iter()
        .chain(fixtures::own_files())
    {
        let input = std::fs::read(&path).unwrap();
        match rewrite(&input) {
            Ok(out) => {
                assert!(out == input, "{} is not reproduced", fixtures::name(&path));
                accepted += 1;
            }
            Err(e) => refused.push(format!("{}: {e}", fixtures::name(&path))),
        }
    }
    eprintln!("accepted {accepted}; refused: {refused:#?}");
    // The refused files are exactly those without a usable interchange header.
    let refused_names: Vec<&str> = refused
        .iter()
        .map(|r| r.split(':').next().unwrap())
        .collect();
    if fixtures::shared().is_some() {
        assert_eq!(
            refused_names,
            [
                "imsweb_x12_no_isa_line.txt",
                "edi835parser_blue_cross_nc_sample.txt",
                "stupidedi_X221-case-2.edi",
                "stupidedi_X221-case-3a.edi",
                "stupidedi_recover.txt",
                "oopfactory_837I_Spec_3.1.1.txt",
                "pbx12_example835SpecialCharsOne.txt",
                "silvenga_bad-header.edi",
            ]
        );
        assert!(accepted >= 60, "only {accepted} accepted");
    }
}

#[test]
fn refusals_say_where_and_why() {
    let Some(root) = fixtures::shared() else {
        return;
    };
    for (file, message) in [
        (
            "fixtures/public/835/stupidedi_X221-case-2.edi",
            "byte 0: expected an interchange header \"ISA\", found \"Business Scenario 2\\r...\"; an interchange header starts at byte 254: remove the text before it",
        ),
        (
            "fixtures/public/other/oopfactory_837I_Spec_3.1.1.txt",
            "segment 1 ISA (byte 3): unusable delimiters: the component separator and the repetition separator are both '^'",
        ),
        (
            "fixtures/public/other/silvenga_bad-header.edi",
            "segment 1 ISA06 (byte 0): ISA is not 106 bytes of fixed-width fields: byte 50 of the header should be the element separator, found 'Z'",
        ),
    ] {
        let input = std::fs::read(root.join(file)).unwrap();
        let err = Segments::new(&input).find_map(Result::err).unwrap();
        assert_eq!(err.to_string(), message, "{file}");
    }
}
