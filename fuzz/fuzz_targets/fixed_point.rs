//! Shared by the typed-model targets: for every transaction set a model reads, writing it is a
//! fixed point: what is written, framed again in place of the set and read again, writes the
//! same bytes. And a one-pass reader reads what the envelope and the set reader read in turn.

use std::fmt::Debug;

use x12_claims::envelope::{Document, EnvelopeError, ReadDocument, TransactionSet};
use x12_claims::syntax::{WriteError, WriteOptions, Writer};

/// Checks the fixed point for `read` (a model's parse, which also walks the model, owning its
/// bytes so that one closure serves both readings) and `write`.
pub fn check<M>(
    data: &[u8],
    read: impl Fn(&TransactionSet<'_>) -> Option<M>,
    write: impl Fn(&M, &mut Writer<Vec<u8>>) -> Result<(), WriteError>,
) {
    let Ok(doc) = Document::parse_unchecked(data) else {
        return;
    };
    let written = |model: &M| {
        let mut out = Writer::new(Vec::new(), WriteOptions::default());
        write(model, &mut out).expect("writing to memory");
        out.into_inner()
    };
    for set in doc.transaction_sets() {
        let Some(model) = read(set) else {
            continue;
        };
        let once = written(&model);
        let framed = reframe(data, set.as_bytes(), &once);
        let again = Document::parse_unchecked(&framed).expect("a written set frames");
        let offset = set.location().offset;
        let set = again
            .transaction_sets()
            .find(|s| s.location().offset == offset)
            .expect("the written set is where the original was");
        let reread = read(set).expect("a written set reads back");
        assert!(written(&reread) == once, "writing is not a fixed point");
    }
}

/// Checks that a one-pass read of `data` is `Document::parse` followed by `each` on every set:
/// the same document or envelope error, and for every set the same output (compared through
/// `Debug`, which shows every field).
pub fn same_in_one_pass<'a, T: Debug>(
    data: &'a [u8],
    one_pass: Result<ReadDocument<'a, T>, EnvelopeError>,
    each: impl Fn(&TransactionSet<'a>) -> T,
) {
    match (Document::parse(data), one_pass) {
        (Ok(doc), Ok(read)) => {
            assert_eq!(format!("{doc:?}"), format!("{:?}", read.document()));
            let each: Vec<T> = doc.transaction_sets().map(each).collect();
            assert_eq!(format!("{each:?}"), format!("{:?}", read.outputs()));
        }
        (Err(two), Err(one)) => assert_eq!(format!("{two:?}"), format!("{one:?}")),
        (two, one) => panic!("two passes: {:?}, one pass: {:?}", two.is_ok(), one.is_ok()),
    }
}

/// The input with `old` (one set's bytes) replaced by `new`.
fn reframe(input: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    let start = old.as_ptr() as usize - input.as_ptr() as usize;
    let mut out = input[..start].to_vec();
    out.extend_from_slice(new);
    out.extend_from_slice(&input[start + old.len()..]);
    out
}
