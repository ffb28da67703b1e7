//! Checking an 835 segment where its loop places it, without keeping it: what the typed
//! readers of the loops refuse, for readers that check a whole set without building its loops.

use super::error::{LoopPath, Remit835Error};
use crate::segments::{
    Amt, Bpr, Cas, Clp, Cur, Dtm, Lq, Lx, Mia, Moa, N1, N3, N4, Nm1, Per, Plb, Qty, Rdm, Ref, Svc,
    Trn, Ts2, Ts3,
};
use crate::syntax::Segment;

/// Checks a segment that the 835 loop at `path` types: the first segment of a loop (N1, LX,
/// CLP, SVC) or one placed in guide order (see [`Observer`](super::Observer)). Each identifier
/// names one typed segment wherever the 835 places it, so the identifier chooses the check;
/// the error is the one the loop's typed reader gives. Identifiers no 835 loop places pass.
pub(crate) fn check_placed(segment: &Segment<'_>, path: LoopPath) -> Result<(), Remit835Error> {
    let checked = match segment.segment_id().as_bytes() {
        b"BPR" => Bpr::check(segment),
        b"TRN" => Trn::check(segment),
        b"CUR" => Cur::check(segment),
        b"REF" => Ref::check(segment),
        b"DTM" => Dtm::check(segment),
        b"N1" => N1::check(segment),
        b"N3" => N3::check(segment),
        b"N4" => N4::check(segment),
        b"PER" => Per::check(segment),
        b"RDM" => Rdm::check(segment),
        b"LX" => Lx::check(segment),
        b"TS3" => Ts3::check(segment),
        b"TS2" => Ts2::check(segment),
        b"CLP" => Clp::check(segment),
        b"CAS" => Cas::check(segment),
        b"NM1" => Nm1::check(segment),
        b"MIA" => Mia::check(segment),
        b"MOA" => Moa::check(segment),
        b"AMT" => Amt::check(segment),
        b"QTY" => Qty::check(segment),
        b"SVC" => Svc::check(segment),
        b"LQ" => Lq::check(segment),
        b"PLB" => Plb::check(segment),
        _ => Ok(()),
    };
    checked.map_err(|source| Remit835Error::Segment { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remit835::layout::{
        CLAIM_PAYMENT, HEADER, HEADER_NUMBER, PAYEE, PAYER, SERVICE_PAYMENT, SUMMARY,
    };
    use crate::segments::SegmentError;
    use crate::syntax::{Delimiters, Segments};

    #[test]
    fn every_kind_a_loop_places_is_checked_as_itself() {
        // A byte that is not text in the first element, which every typed segment declares:
        // a kind that is checked is refused there, and by its own check, not another kind's.
        let layouts = [
            &HEADER,
            &PAYER,
            &PAYEE,
            &HEADER_NUMBER,
            &CLAIM_PAYMENT,
            &SERVICE_PAYMENT,
            &SUMMARY,
        ];
        let openers = ["N1", "LX", "CLP", "SVC"];
        let kinds = layouts
            .iter()
            .flat_map(|l| l.slots.iter().map(|(id, _)| id.to_string()))
            .chain(openers.iter().map(|s| s.to_string()));
        for kind in kinds {
            let mut bytes = format!("{kind}*").into_bytes();
            bytes.extend_from_slice(b"\xff~");
            let segment = Segments::resume(&bytes, 0, 0, Delimiters::default())
                .next()
                .unwrap()
                .unwrap();
            match check_placed(&segment, LoopPath::Header) {
                Err(Remit835Error::Segment {
                    source: SegmentError::Invalid { location, .. },
                    ..
                }) => assert_eq!(location.element.map(|e| e.element), Some(1), "{kind}"),
                other => panic!("{kind}: {other:?}"),
            }
        }
        let foreign = Segments::resume(b"ZZZ*\xff~", 0, 0, Delimiters::default())
            .next()
            .unwrap()
            .unwrap();
        assert!(check_placed(&foreign, LoopPath::Header).is_ok());
    }
}
