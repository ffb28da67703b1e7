//! One transaction set written in an interchange of its own, as a sender would send it.

use chrono::{NaiveDate, NaiveTime};
use x12_claims::envelope::{InterchangeWriter, OutgoingInterchange};
use x12_claims::syntax::{WriteError, WriteOptions, Writer};

/// What the envelope around one set says: GS01 and GS08, ST01 and ST03 (the 835 sends none).
pub struct Envelope {
    pub functional_id: &'static str,
    pub guide: &'static str,
    pub set_id: &'static str,
    pub st03: Option<&'static str>,
}

/// An 837P claim submission's envelope.
pub const CLAIMS: Envelope = Envelope {
    functional_id: "HC",
    guide: "005010X222A1",
    set_id: "837",
    st03: Some("005010X222A1"),
};

/// An 835 remittance's envelope.
pub const REMITTANCE: Envelope = Envelope {
    functional_id: "HP",
    guide: "005010X221A1",
    set_id: "835",
    st03: None,
};

/// ISA/GS/ST, the set's body written by `body`, then SE/GE/IEA with the counts the envelope
/// builder computes; default delimiters, control numbers 1 and `0001`.
pub fn enclose(
    envelope: &Envelope,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), WriteError>,
) -> Vec<u8> {
    let header = OutgoingInterchange::new(
        ("ZZ", "SENDER"),
        ("ZZ", "RECEIVER"),
        NaiveDate::from_ymd_opt(2024, 4, 5).unwrap(),
        NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        1,
    );
    let mut out = Writer::new(Vec::new(), WriteOptions::default());
    let mut interchange = InterchangeWriter::begin(&mut out, &header).unwrap();
    interchange
        .begin_group(
            envelope.functional_id,
            "SENDER",
            "RECEIVER",
            1,
            envelope.guide,
        )
        .unwrap();
    interchange
        .begin_set(envelope.set_id, "0001", envelope.st03)
        .unwrap();
    body(interchange.writer()).unwrap();
    interchange.end_set().unwrap();
    interchange.end_group().unwrap();
    interchange.finish().unwrap();
    let bytes = out.into_inner();
    keep_for_conformance(envelope, &bytes);
    bytes
}

/// With `X12_CONFORMANCE_DIR` set, keeps a copy of what was written there, one file per
/// interchange, for the conformance check (`scripts/conformance.sh`) to hand to pyx12.
fn keep_for_conformance(envelope: &Envelope, bytes: &[u8]) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static WRITTEN: AtomicUsize = AtomicUsize::new(0);
    let Some(dir) = std::env::var_os("X12_CONFORMANCE_DIR") else {
        return;
    };
    let n = WRITTEN.fetch_add(1, Ordering::Relaxed);
    let path = std::path::Path::new(&dir).join(format!("built-{}-{n:03}.x12", envelope.set_id));
    std::fs::write(&path, bytes).unwrap();
}
