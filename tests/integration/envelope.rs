//! The envelope layer over real and hand-made files: trailer checks with exact messages, the
//! streaming reader agreeing with the in-memory one at every buffer boundary, and G1.

use std::io::Read;

use x12_claims::envelope::{Document, EnvelopeError, Item, StreamReader};
use x12_claims::syntax::{WriteOptions, Writer};

use crate::fixtures;

const ISA: &str = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250102*0905*^*00501*000000007*0*T*:~";

fn message(input: &str) -> String {
    Document::parse(input.as_bytes()).unwrap_err().to_string()
}

#[test]
fn trailer_checks_name_place_found_and_expected() {
    let good = format!(
        "{ISA}GS*HC*S*R*20250102*0905*7*X*005010X222A1~ST*837*0001~BHT*0019~SE*3*0001~GE*1*7~IEA*1*000000007~"
    );
    assert!(Document::parse(good.as_bytes()).is_ok());
    for (from, to, expected) in [
        (
            "SE*3*",
            "SE*4*",
            "segment 5 SE01 (byte 168): declares 4 segments from ST to SE, but 3 were counted",
        ),
        (
            "SE*3*0001",
            "SE*3*0002",
            "segment 5 SE02 (byte 168): control number \"0002\" does not match ST02 \"0001\"",
        ),
        (
            "GE*1*7",
            "GE*2*7",
            "segment 6 GE01 (byte 178): declares 2 transaction sets, but 1 were counted",
        ),
        (
            "GE*1*7",
            "GE*1*8",
            "segment 6 GE02 (byte 178): control number \"8\" does not match GS06 \"7\"",
        ),
        (
            "IEA*1*",
            "IEA*3*",
            "segment 7 IEA01 (byte 185): declares 3 functional groups, but 1 were counted",
        ),
        (
            "IEA*1*000000007",
            "IEA*1*000000008",
            "segment 7 IEA02 (byte 185): control number \"000000008\" does not match ISA13 \"000000007\"",
        ),
        (
            "SE*3*0001~",
            "",
            "segment 5 GE (byte 168): the transaction set opened at segment 3 ST (byte 147) has no SE",
        ),
        (
            "GE*1*7~",
            "",
            "segment 6 IEA (byte 178): the functional group opened at segment 2 GS (byte 106) has no GE",
        ),
        (
            "IEA*1*000000007~",
            "",
            "segment 6 (byte 185): the interchange opened at segment 1 ISA (byte 0) has no IEA",
        ),
        (
            "GS*HC",
            "BHT*X~GS*HC",
            "segment 2 BHT (byte 106): BHT is not allowed here; expected GS, TA1 or IEA",
        ),
        (
            "ST*837*0001~",
            "ST*837~",
            "segment 3 ST02 (byte 147): required element is missing or not UTF-8 text (ST02 control number)",
        ),
    ] {
        let bad = good.replacen(from, to, 1);
        assert_eq!(message(&bad), expected, "{from} -> {to}");
    }
    let stray = format!("{good}GS*HC~");
    assert_eq!(
        message(&stray),
        "segment 8 GS (byte 201): GS is not allowed here; expected ISA (a new interchange)"
    );
    assert_eq!(
        message("\n \n"),
        "byte 3: expected an interchange header \"ISA\", found \"(end of input)\""
    );
    assert!(matches!(
        Document::parse(b"").unwrap_err(),
        EnvelopeError::NoInterchange { .. }
    ));
}

#[test]
fn a_compressed_file_is_named_as_such_by_both_readers() {
    // The first bytes of a gzip file and of a ZIP archive holding an X12 file.
    let gzip = b"\x1F\x8B\x08\x08\xE3\x3E\x17\x6B\x00\x03claims.x12\x00";
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00claims.x12";
    for (input, expected) in [
        (
            &gzip[..],
            "byte 0: the input is gzip-compressed, not X12 text: decompress it first",
        ),
        (
            &zip[..],
            "byte 0: the input is a ZIP archive, not X12 text: extract the X12 file from it first",
        ),
    ] {
        assert_eq!(Document::parse(input).unwrap_err().to_string(), expected);
        // Read a byte at a time, the streaming reader names it once it has the magic bytes.
        let mut reader = StreamReader::new(Trickle {
            data: input,
            step: 1,
        });
        let first = reader.next_item().expect("an item").unwrap_err();
        assert_eq!(first.to_string(), expected);
    }
}

#[test]
fn one_bad_set_does_not_hide_the_others() {
    let set = |n: &str, count: u32| format!("ST*837*{n}~BHT*0019~SE*{count}*{n}~");
    let input = format!(
        "{ISA}GS*HC*S*R*20250102*0905*7*X*005010X222A1~{}{}{}GE*3*7~IEA*1*000000007~",
        set("0001", 3),
        set("0002", 9),
        set("0003", 3)
    );
    let doc = Document::parse_unchecked(input.as_bytes()).unwrap();
    assert_eq!(doc.transaction_sets().count(), 3);
    assert_eq!(doc.problems().len(), 1);
    assert!(
        doc.problems()[0].to_string().starts_with("segment 8 SE01"),
        "{}",
        doc.problems()[0]
    );

    // The streaming reader reports the problem right after the set it concerns, and goes on.
    let mut reader = StreamReader::new(input.as_bytes());
    let mut seen = Vec::new();
    while let Some(item) = reader.next_item() {
        seen.push(match item {
            Ok(Item::TransactionSet(set)) => format!("set {}", set.header().control_number),
            Ok(_) => "segment".to_owned(),
            Err(e) => format!("error {}", e.location().unwrap()),
        });
    }
    assert_eq!(
        seen,
        [
            "segment",
            "segment",
            "set 0001",
            "set 0002",
            "error segment 8 SE01 (byte 199)",
            "set 0003",
            "segment",
            "segment"
        ]
    );
}

#[test]
fn ta1_is_exposed() {
    let path = fixtures::own_files()
        .into_iter()
        .find(|p| p.ends_with("ta1-two-groups.x12"))
        .unwrap();
    let input = std::fs::read(path).unwrap();
    let doc = Document::parse(&input).unwrap();
    let interchange = &doc.interchanges()[0];
    assert_eq!(interchange.acknowledgments().len(), 1);
    assert_eq!(
        interchange.acknowledgments()[0]
            .element(4)
            .unwrap()
            .as_bytes(),
        b"A"
    );
    let groups: Vec<_> = interchange
        .groups()
        .iter()
        .map(|g| {
            (
                g.header().functional_id.as_ref(),
                g.transaction_sets().len(),
            )
        })
        .collect();
    assert_eq!(groups, [("HC", 2), ("HP", 1)]);
}

#[test]
fn pyx12_trailer_error_file_is_reported_like_pyx12() {
    let Some(root) = fixtures::shared() else {
        return;
    };
    let input =
        std::fs::read(root.join("fixtures/public/other/pyx12_trailer_errors_837i_4010.txt"))
            .unwrap();
    let doc = Document::parse_unchecked(&input).unwrap();
    let first = doc.problems()[0].to_string();
    // pyx12: "SE count of 60 for SE02=300207436 is wrong. I count 59"
    assert!(
        first.contains("SE01")
            && first.contains("declares 60 segments from ST to SE, but 59 were counted"),
        "{first}"
    );
}

/// A reader that hands out at most `step` bytes per read, to put buffer boundaries everywhere.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// Everything the streaming reader yields, written back, and the transaction set ids.
fn stream_rewrite(input: &[u8], step: usize) -> Result<(Vec<u8>, Vec<String>, usize), String> {
    let mut reader = StreamReader::new(Trickle { data: input, step });
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    let mut sets = Vec::new();
    let mut problems = 0;
    while let Some(item) = reader.next_item() {
        match item {
            Ok(Item::Preamble(p)) => out.write_preamble(p).unwrap(),
            Ok(Item::TransactionSet(set)) => {
                sets.push(format!("{}@{}", set.id(), set.location()));
                for s in set.segments() {
                    out.write_segment(&s.unwrap()).unwrap();
                }
            }
            Ok(
                Item::InterchangeHeader(s)
                | Item::Acknowledgment(s)
                | Item::GroupHeader(s)
                | Item::GroupTrailer(s)
                | Item::InterchangeTrailer(s),
            ) => out.write_segment(&s).unwrap(),
            Ok(_) => unreachable!(),
            Err(
                e @ (EnvelopeError::CountMismatch { .. } | EnvelopeError::ControlMismatch { .. }),
            ) => {
                let _ = e;
                problems += 1;
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok((out.into_inner(), sets, problems))
}

#[test]
fn streaming_agrees_with_the_document_and_reproduces_every_file() {
    let mut checked = 0;
    for path in fixtures::all_shared_samples()
        .into_iter()
        .chain(fixtures::own_files())
    {
        let input = std::fs::read(&path).unwrap();
        let name = fixtures::name(&path);
        let whole = Document::parse_unchecked(&input);
        for step in [1, 7, 64, 1 << 20] {
            let streamed = stream_rewrite(&input, step);
            match (&whole, streamed) {
                (Ok(doc), Ok((bytes, sets, problems))) => {
                    assert!(bytes == input, "{name} (step {step}) not reproduced");
                    let expected: Vec<String> = doc
                        .transaction_sets()
                        .map(|s| format!("{}@{}", s.id(), s.location()))
                        .collect();
                    assert_eq!(sets, expected, "{name}");
                    assert_eq!(problems, doc.problems().len(), "{name}");
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b, "{name} (step {step})"),
                (a, b) => panic!("{name} (step {step}): document {a:?} but stream {b:?}"),
            }
        }
        if let Ok(doc) = &whole {
            let mut out = Writer::new(Vec::new(), WriteOptions::default());
            doc.write(&mut out).unwrap();
            assert!(out.into_inner() == input, "{name}: document not reproduced");
            checked += 1;
        }
    }
    eprintln!("{checked} files framed and reproduced");
}

#[test]
fn errors_inside_a_set_name_the_same_place_as_a_full_framing() {
    // Document::parse steps over a set's body segments without building them; what it cannot
    // step over is framed as before, and the places in its errors count every segment.
    let gs = "GS*HP*S*R*20250102*0905*7*X*005010X221A1~";
    let end = "SE*4*0001~GE*1*7~IEA*1*000000007~";
    let found: Vec<String> = [
        format!("{ISA}{gs}ST*835*0001~BPR*I*0~TRN*1*X*1~"),
        format!("{ISA}{gs}ST*835*0001~BPR*I*0~Trn*1~{end}"),
        format!("{ISA}{gs}ST*835*0001~BPR*I*0~~TRN*1~{end}"),
        format!("{ISA}{gs}ST*835*0001~BPR*I*0~TRNX*1~{end}"),
    ]
    .iter()
    .map(|input| message(input))
    .collect();
    let not_an_id = "is not a segment identifier (2 or 3 upper-case letters or digits, then the \
                     element separator or terminator)";
    assert_eq!(
        found,
        [
            "segment 5 (byte 177): the transaction set opened at segment 3 ST (byte 147) has no SE"
                .to_owned(),
            format!("segment 5 (byte 167): \"Trn*1\" {not_an_id}"),
            "segment 5 (byte 167): empty segment (a segment terminator right after another)"
                .to_owned(),
            format!("segment 5 (byte 167): \"TRNX*1\" {not_an_id}"),
        ]
    );
}

#[test]
fn trailers_as_read_and_the_parts_of_a_one_pass_read() {
    let input = fixtures::own_file("two-interchanges.x12");
    let doc = Document::parse(&input).unwrap();
    for interchange in doc.interchanges() {
        let iea = interchange.trailer_segment();
        assert_eq!(iea.id(), "IEA");
        assert_eq!(
            iea.element(2).and_then(|e| e.as_str()),
            Some(interchange.header().control_number.as_ref())
        );
        for group in interchange.groups() {
            let ge = group.trailer_segment();
            assert_eq!(ge.id(), "GE");
            assert_eq!(
                ge.element(1).and_then(|e| e.as_str()),
                Some(group.transaction_sets().len().to_string().as_str())
            );
        }
    }
    // A one-pass read gives back the document it framed and what was read from each set.
    let read = x12_claims::claim837p::SubmissionIndex::parse_document(&input).unwrap();
    let kinds: Vec<bool> = read.outputs().iter().map(Result::is_ok).collect();
    let (framed, outputs) = read.into_parts();
    assert_eq!(
        framed.transaction_sets().count(),
        doc.transaction_sets().count()
    );
    assert_eq!(outputs.iter().map(Result::is_ok).collect::<Vec<_>>(), kinds);
    assert_eq!(kinds, [true, false], "the 837 indexes, the 835 is refused");
}
