//! What the 835 guide asks of each use of a segment in each of its loops: the elements required
//! and not used there, the codes it lists there, and how often the use may repeat in one
//! instance of the loop. The X12 standard's own rules (lengths, syntax notes) are in
//! `segments::lengths` and `segments::syntax_notes`; this table is the guide's. Facts of the
//! guide, which the conformance check compares with the map of an independent guide validator.
//!
//! Reading keeps a `CLP02` of `ZZ`, a `CAS*CR` or a second `TRN` as they are, so that nothing
//! is lost; the validator reports them (`835-S8` for a code, `835-S9` for an element sent or
//! left out, `835-S10` for a repeat). Loops are named as [`LoopPath::loop_id`] names them
//! (`"2100"`, and `"header"` and `"summary"` for the tables around the loops).
//!
//! Not held here: codes kept in external lists. States and provinces
//! ([`crate::codes::StateOrProvince`]) and countries ([`crate::codes::Country`]) are held in
//! every N4, adjustment reason codes (CAS02 ...) and remark codes (MIA, MOA, LQ02) held to
//! the form of their codes; currencies are not.
//!
//! [`LoopPath::loop_id`]: super::LoopPath::loop_id

use crate::segments::loop_uses::LoopElements;
use LoopElements as E;
use LoopUse as U;

/// One use of a segment in a loop: the guide's name for it, how often it may repeat in one
/// instance of the loop ([`MANY`] when the guide sets no limit) and what it asks of its
/// elements.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LoopUse(
    pub(crate) &'static str,
    pub(crate) u16,
    pub(crate) LoopElements,
);

impl AsRef<LoopElements> for LoopUse {
    fn as_ref(&self) -> &LoopElements {
        &self.2
    }
}

/// A use the guide lets repeat without a limit (its ">1").
pub(crate) const MANY: u16 = u16::MAX;

/// Service payments (2110) of one claim payment.
pub(crate) const SERVICE_PAYMENTS: usize = 999;

/// The provider adjustment reasons (PLB03-1 and the reasons after it).
#[rustfmt::skip]
const PLB_REASONS: &[&str] = &[
    "50", "51", "72", "90", "AH", "AM", "AP", "B2", "B3", "BD", "BN", "C5", "CR",
    "CS", "CT", "CV", "CW", "DM", "E3", "FB", "FC", "GO", "HM", "IP", "IR", "IS",
    "J1", "L3", "L6", "LE", "LS", "OA", "OB", "PI", "PL", "RA", "RE", "SL", "TL",
    "WO", "WU",
];

/// The uses of segment `id` in loop `loop_id`, in the guide's order; empty for a segment the
/// guide does not use there.
#[rustfmt::skip]
pub(crate) fn loop_elements(loop_id: &str, id: &[u8]) -> &'static [LoopUse] {
    match (loop_id, id) {
        ("header", b"BPR") => &[
            U("Financial Information", 1, E(&[1, 2, 3, 4, 16], &[17, 18, 19, 20, 21], &[
                (1, 0, &["C", "D", "H", "I", "P", "U", "X"]),
                (3, 0, &["C", "D"]),
                (4, 0, &["ACH", "BOP", "CHK", "FWT", "NON"]),
                (5, 0, &["CCP", "CTX"]),
                (6, 0, &["01", "04"]),
                (8, 0, &["DA"]),
                (12, 0, &["01", "04"]),
                (14, 0, &["DA", "SG"]),
            ])),
        ],
        ("header", b"TRN") => &[
            U("Reassociation Trace Number", 1, E(&[1, 2, 3], &[], &[(1, 0, &["1"])])),
        ],
        ("header", b"CUR") => &[
            U("Foreign Currency Information", 1, E(
                &[1, 2],
                &[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
                &[(1, 0, &["PR"])],
            )),
        ],
        ("header", b"REF") => &[
            U("Receiver Identification", 1, E(&[1, 2], &[3, 4], &[(1, 0, &["EV"])])),
            U("Version Identification", 1, E(&[1, 2], &[3, 4], &[(1, 0, &["F2"])])),
        ],
        ("header", b"DTM") => &[
            U("Production Date", 1, E(&[1, 2], &[3, 4, 5, 6], &[(1, 0, &["405"])])),
        ],
        ("1000A", b"N1") => &[
            U("Payer Identification", 1, E(&[1, 2], &[5, 6], &[(1, 0, &["PR"]), (3, 0, &["XV"])])),
        ],
        ("1000A", b"N3") => &[
            U("Payer Address", 1, E(&[1], &[], &[])),
        ],
        ("1000A", b"N4") => &[
            U("Payer City, State, ZIP Code", 1, E(&[1], &[5, 6], &[])),
        ],
        ("1000A", b"REF") => &[
            U("Additional Payer Identification", 4, E(&[1, 2], &[3, 4], &[
                (1, 0, &["2U", "EO", "HI", "NF"]),
            ])),
        ],
        ("1000A", b"PER") => &[
            U("Payer Business Contact Information", 1, E(&[1], &[9], &[
                (1, 0, &["CX"]),
                (3, 0, &["EM", "FX", "TE"]),
                (5, 0, &["EM", "EX", "FX", "TE"]),
                (7, 0, &["EX"]),
            ])),
            U("Payer Technical Contact Information", MANY, E(&[1], &[9], &[
                (1, 0, &["BL"]),
                (3, 0, &["EM", "TE", "UR"]),
                (5, 0, &["EM", "EX", "FX", "TE", "UR"]),
                (7, 0, &["EM", "EX", "FX", "UR"]),
            ])),
            U("Payer WEB Site", 1, E(&[1, 3, 4], &[2, 5, 6, 7, 8, 9], &[
                (1, 0, &["IC"]),
                (3, 0, &["UR"]),
            ])),
        ],
        ("1000B", b"N1") => &[
            U("Payee Identification", 1, E(&[1, 2, 3, 4], &[5, 6], &[
                (1, 0, &["PE"]),
                (3, 0, &["FI", "XV", "XX"]),
            ])),
        ],
        ("1000B", b"N3") => &[
            U("Payee Address", 1, E(&[1], &[], &[])),
        ],
        ("1000B", b"N4") => &[
            U("Payee City, State, ZIP Code", 1, E(&[1], &[5, 6], &[])),
        ],
        ("1000B", b"REF") => &[
            U("Payee Additional Identification", MANY, E(&[1, 2], &[3, 4], &[
                (1, 0, &["0B", "D3", "PQ", "TJ"]),
            ])),
        ],
        ("1000B", b"RDM") => &[
            U("Remittance Delivery Method", 1, E(&[1], &[4, 5], &[
                (1, 0, &["BM", "EM", "FT", "OL"]),
            ])),
        ],
        ("2000", b"LX") => &[
            U("Header Number", 1, E(&[1], &[], &[])),
        ],
        ("2000", b"TS3") => &[
            U("Provider Summary Information", 1, E(
                &[1, 2, 3, 4, 5],
                &[6, 7, 8, 9, 10, 11, 12, 14, 16, 19],
                &[],
            )),
        ],
        ("2000", b"TS2") => &[
            U("Provider Supplemental Summary Information", 1, E(&[], &[], &[])),
        ],
        ("2100", b"CLP") => &[
            U("Claim Payment Information", 1, E(&[1, 2, 3, 4, 6, 7], &[10, 14], &[
                (2, 0, &["1", "19", "2", "20", "21", "22", "23", "25", "3", "4"]),
                (6, 0, &[
                    "12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA", "MB",
                    "MC", "OF", "TV", "VA", "WC", "ZZ",
                ]),
            ])),
        ],
        ("2100", b"CAS") => &[
            U("Claim Adjustment", 99, E(&[1, 2, 3], &[], &[(1, 0, &["CO", "OA", "PI", "PR"])])),
        ],
        ("2100", b"NM1") => &[
            U("Patient Name", 1, E(&[1, 2], &[6, 10, 11, 12], &[
                (1, 0, &["QC"]),
                (2, 0, &["1"]),
                (8, 0, &["34", "HN", "II", "MI", "MR"]),
            ])),
            U("Insured Name", 1, E(&[1, 2, 8, 9], &[6, 10, 11, 12], &[
                (1, 0, &["IL"]),
                (2, 0, &["1", "2"]),
                (8, 0, &["FI", "II", "MI"]),
            ])),
            U("Corrected Patient/Insured Name", 1, E(&[1, 2], &[6, 10, 11, 12], &[
                (1, 0, &["74"]),
                (2, 0, &["1", "2"]),
                (8, 0, &["C"]),
            ])),
            U("Service Provider Name", 1, E(&[1, 2, 8, 9], &[6, 10, 11, 12], &[
                (1, 0, &["82"]),
                (2, 0, &["1", "2"]),
                (8, 0, &["BD", "BS", "FI", "MC", "PC", "SL", "UP", "XX"]),
            ])),
            U("Crossover Carrier Name", 1, E(&[1, 2, 3, 8, 9], &[4, 5, 6, 7, 10, 11, 12], &[
                (1, 0, &["TT"]),
                (2, 0, &["2"]),
                (8, 0, &["AD", "FI", "NI", "PI", "PP", "XV"]),
            ])),
            U("Corrected Priority Payer Name", 1, E(&[1, 2, 3, 8, 9], &[4, 5, 6, 7, 10, 11, 12], &[
                (1, 0, &["PR"]),
                (2, 0, &["2"]),
                (8, 0, &["AD", "FI", "NI", "PI", "PP", "XV"]),
            ])),
            U("Other Subscriber Name", 1, E(&[1, 2], &[6, 10, 11, 12], &[
                (1, 0, &["GB"]),
                (2, 0, &["1", "2"]),
                (8, 0, &["FI", "II", "MI"]),
            ])),
        ],
        ("2100", b"MIA") => &[
            U("Inpatient Adjudication Information", 1, E(&[1], &[], &[])),
        ],
        ("2100", b"MOA") => &[
            U("Outpatient Adjudication Information", 1, E(&[], &[], &[])),
        ],
        ("2100", b"REF") => &[
            U("Other Claim Related Identification", 5, E(&[1, 2], &[3, 4], &[
                (1, 0, &[
                    "1L", "1W", "28", "6P", "9A", "9C", "BB", "CE", "EA", "F8", "G1", "G3", "IG",
                    "SY",
                ]),
            ])),
            U("Rendering Provider Identification", 10, E(&[1, 2], &[3, 4], &[
                (1, 0, &["0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "LU"]),
            ])),
        ],
        ("2100", b"DTM") => &[
            U("Statement From or To Date", 2, E(&[1, 2], &[3, 4, 5, 6], &[
                (1, 0, &["232", "233"]),
            ])),
            U("Coverage Expiration Date", 1, E(&[1, 2], &[3, 4, 5, 6], &[(1, 0, &["036"])])),
            U("Claim Received Date", 1, E(&[1, 2], &[3, 4, 5, 6], &[(1, 0, &["050"])])),
        ],
        ("2100", b"PER") => &[
            U("Claim Contact Information", 2, E(&[1, 3, 4], &[9], &[
                (1, 0, &["CX"]),
                (3, 0, &["EM", "FX", "TE"]),
                (5, 0, &["EM", "EX", "FX", "TE"]),
                (7, 0, &["EX"]),
            ])),
        ],
        ("2100", b"AMT") => &[
            U("Claim Supplemental Information", 13, E(&[1, 2], &[3], &[
                (1, 0, &[
                    "AU", "D8", "DY", "F5", "I", "NL", "T", "T2", "ZK", "ZL", "ZM", "ZN", "ZO",
                ]),
            ])),
        ],
        ("2100", b"QTY") => &[
            U("Claim Supplemental Information Quantity", 14, E(&[1, 2], &[3, 4], &[
                (1, 0, &[
                    "CA", "CD", "LA", "LE", "NE", "NR", "OU", "PS", "VS", "ZK", "ZL", "ZM", "ZN",
                    "ZO",
                ]),
            ])),
        ],
        ("2110", b"SVC") => &[
            U("Service Payment Information", 1, E(&[1, 2, 3], &[], &[
                (1, 1, &["AD", "ER", "HC", "HP", "IV", "N4", "N6", "NU", "UI", "WK"]),
                (6, 1, &["AD", "ER", "HC", "HP", "IV", "N4", "NU", "WK"]),
            ])),
        ],
        ("2110", b"DTM") => &[
            U("Service Date", 2, E(&[1, 2], &[3, 4, 5, 6], &[(1, 0, &["150", "151", "472"])])),
        ],
        ("2110", b"CAS") => &[
            U("Service Adjustment", 99, E(&[1, 2, 3], &[], &[(1, 0, &["CO", "OA", "PI", "PR"])])),
        ],
        ("2110", b"REF") => &[
            U("Service Identification", 8, E(&[1, 2], &[3, 4], &[
                (1, 0, &["1S", "APC", "BB", "E9", "G1", "G3", "LU", "RB"]),
            ])),
            U("Line Item Control Number", 1, E(&[1, 2], &[3, 4], &[(1, 0, &["6R"])])),
            U("Rendering Provider Information", 10, E(&[1, 2], &[3, 4], &[
                (1, 0, &[
                    "0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "HPI", "SY", "TJ",
                ]),
            ])),
            U("HealthCare Policy Identification", 5, E(&[1, 2], &[3, 4], &[(1, 0, &["0K"])])),
        ],
        ("2110", b"AMT") => &[
            U("Service Supplemental Amount", 9, E(&[1, 2], &[3], &[
                (1, 0, &["B6", "KH", "T", "T2", "ZK", "ZL", "ZM", "ZN", "ZO"]),
            ])),
        ],
        ("2110", b"QTY") => &[
            U("Service Supplemental Quantity", 6, E(&[1, 2], &[3, 4], &[
                (1, 0, &["ZK", "ZL", "ZM", "ZN", "ZO"]),
            ])),
        ],
        ("2110", b"LQ") => &[
            U("Health Care Remark Codes", 99, E(&[1, 2], &[], &[(1, 0, &["HE", "RX"])])),
        ],
        ("summary", b"PLB") => &[
            // PLB05-1 to PLB13-1 take the codes of PLB03-1: the guide lists them once.
            U("Provider Adjustment", MANY, E(&[1, 2, 3, 4], &[], &[
                (3, 1, PLB_REASONS),
                (5, 1, PLB_REASONS),
                (7, 1, PLB_REASONS),
                (9, 1, PLB_REASONS),
                (11, 1, PLB_REASONS),
                (13, 1, PLB_REASONS),
            ])),
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::loop_uses::LAST_CODED;

    const LOOPS: [&str; 7] = [
        "header", "1000A", "1000B", "2000", "2100", "2110", "summary",
    ];
    const SEGMENTS: [&str; 23] = [
        "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N3", "N4", "PER", "RDM", "LX", "TS3", "TS2",
        "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB",
    ];

    /// Every use the table holds.
    fn every_use() -> Vec<&'static LoopUse> {
        (LOOPS.iter())
            .flat_map(|l| SEGMENTS.iter().flat_map(|s| loop_elements(l, s.as_bytes())))
            .collect()
    }

    #[test]
    fn the_table_is_found_under_the_loop_ids_the_paths_give() {
        // 51 uses of a segment in a loop (the conformance check holds each to the map).
        assert_eq!(every_use().len(), 51);
    }

    #[test]
    fn positions_are_within_what_the_check_reads() {
        for LoopUse(name, most, uses) in every_use() {
            assert!(*most >= 1, "{name}");
            for element in uses.0.iter().chain(uses.1) {
                assert!((1..64).contains(element), "{name}");
            }
            for row in uses.codes() {
                assert!((1..=LAST_CODED).contains(&row.0), "{name}");
            }
        }
    }

    /// The codes listed at one position of one use.
    fn listed(loop_id: &str, id: &str, position: (u8, u8)) -> Vec<&'static str> {
        let row = (loop_elements(loop_id, id.as_bytes()).iter())
            .flat_map(|u| u.2.codes())
            .find(|row| (row.0, row.1) == position);
        let mut codes = row.map(|row| row.2.to_vec()).unwrap_or_default();
        codes.sort_unstable();
        codes
    }

    /// Codes, sorted.
    fn sorted<'c>(codes: impl Iterator<Item = &'c str>) -> Vec<&'c str> {
        let mut codes: Vec<&str> = codes.collect();
        codes.sort_unstable();
        codes
    }

    #[test]
    fn lists_agree_with_the_code_sets() {
        use crate::codes::{AdjustmentGroup, ClaimStatus, PaymentMethod};
        use crate::codes::{ProviderAdjustmentReason, TransactionHandling};
        let groups = AdjustmentGroup::KNOWN
            .iter()
            .filter(|g| g.is_valid_in_835());
        let groups = sorted(groups.map(AdjustmentGroup::as_str));
        assert_eq!(listed("2100", "CAS", (1, 0)), groups);
        assert_eq!(listed("2110", "CAS", (1, 0)), groups);
        let statuses = sorted(ClaimStatus::KNOWN.iter().map(ClaimStatus::as_str));
        assert_eq!(listed("2100", "CLP", (2, 0)), statuses);
        let methods = sorted(PaymentMethod::KNOWN.iter().map(PaymentMethod::as_str));
        assert_eq!(listed("header", "BPR", (4, 0)), methods);
        let handling = TransactionHandling::KNOWN.iter();
        assert_eq!(
            listed("header", "BPR", (1, 0)),
            sorted(handling.map(TransactionHandling::as_str))
        );
        let reasons = ProviderAdjustmentReason::KNOWN.iter();
        let reasons = sorted(reasons.map(ProviderAdjustmentReason::as_str));
        for position in [(3, 1), (5, 1), (7, 1), (9, 1), (11, 1), (13, 1)] {
            assert_eq!(listed("summary", "PLB", position), reasons);
        }
    }

    #[test]
    fn uses_of_one_segment_are_told_apart_by_their_first_coded_position() {
        for l in LOOPS {
            for s in SEGMENTS {
                let uses = loop_elements(l, s.as_bytes());
                if uses.len() < 2 {
                    continue;
                }
                let keys: Vec<_> = uses.iter().map(|u| u.2.codes()[0]).collect();
                assert!(
                    keys.iter().all(|k| (k.0, k.1) == (keys[0].0, keys[0].1)),
                    "{l} {s}"
                );
                let mut codes: Vec<&str> = keys.iter().flat_map(|k| k.2.iter().copied()).collect();
                let all = codes.len();
                codes.sort_unstable();
                codes.dedup();
                assert_eq!(codes.len(), all, "{l} {s}: a code names two uses");
            }
        }
    }
}
