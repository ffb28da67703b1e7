//! The codes the 837P guide lists for the coded elements whose list is the same in every loop
//! that uses them (CLM06 `Y`/`N`, SV103 `UN`/`MJ`, DMG03 `F`/`M`/`U` ...): facts of the guide,
//! which the conformance check compares with the maps of an independent guide validator.
//!
//! The typed segments keep these elements open, so that a file with another code still reads
//! and comes back byte for byte; the claim rules report such a code (`837P-S6`). Elements whose
//! list depends on the loop (NM101, REF01, DTP01 ...), lists kept elsewhere (places of service,
//! states) and elements other rules hold to their codes (CLM05-2, SV107) are not listed.

/// One coded position: element, component (0 for a simple element) and the codes the guide
/// lists there.
pub(crate) type Codes = (u8, u8, &'static [&'static str]);

/// The coded positions of a segment, in order; empty for a segment the table does not hold.
pub(crate) fn codes(id: &[u8]) -> &'static [Codes] {
    match id {
        [b'B', b'H', b'T'] => &[
            (1, 0, &["0019"]),
            (2, 0, &["00", "18"]),
            (6, 0, &["CH", "RP"]),
        ],
        [b'C', b'A', b'S'] => &[(1, 0, &["CO", "CR", "OA", "PI", "PR"])],
        [b'C', b'L', b'M'] => &[
            (6, 0, &["N", "Y"]),
            (7, 0, &["A", "B", "C"]),
            (8, 0, &["N", "W", "Y"]),
            (9, 0, &["I", "Y"]),
            (10, 0, &["P"]),
            (11, 1, &["AA", "EM", "OA"]),
            (11, 2, &["AA", "EM", "OA"]),
            (12, 0, &["02", "03", "05", "09"]),
            (
                20,
                0,
                &[
                    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "15",
                ],
            ),
        ],
        [b'C', b'N', b'1'] => &[(1, 0, &["01", "02", "03", "04", "05", "06", "09"])],
        [b'C', b'R', b'1'] => &[
            (1, 0, &["LB"]),
            (4, 0, &["A", "B", "C", "D", "E"]),
            (5, 0, &["DH"]),
        ],
        [b'C', b'R', b'2'] => &[(8, 0, &["A", "C", "D", "E", "F", "G", "M"])],
        [b'C', b'R', b'3'] => &[(1, 0, &["I", "R", "S"]), (2, 0, &["MO"])],
        [b'C', b'T', b'P'] => &[(5, 1, &["F2", "GR", "ME", "ML", "UN"])],
        [b'C', b'U', b'R'] => &[(1, 0, &["85"])],
        [b'D', b'M', b'G'] => &[(1, 0, &["D8"]), (3, 0, &["F", "M", "U"])],
        [b'F', b'R', b'M'] => &[(2, 0, &["N", "W", "Y"])],
        [b'H', b'C', b'P'] => &[
            (9, 0, &["ER", "HC", "IV", "WK"]),
            (11, 0, &["MJ", "UN"]),
            (13, 0, &["T1", "T2", "T3", "T4", "T5", "T6"]),
            (14, 0, &["1", "2", "3", "4", "5"]),
            (15, 0, &["1", "2", "3", "4", "5", "6"]),
        ],
        [b'L', b'I', b'N'] => &[(2, 0, &["EN", "EO", "HI", "N4", "ON", "UK", "UP"])],
        [b'L', b'Q'] => &[(1, 0, &["AS", "UT"])],
        [b'M', b'E', b'A'] => &[
            (1, 0, &["OG", "TR"]),
            (2, 0, &["HT", "R1", "R2", "R3", "R4"]),
        ],
        [b'O', b'I'] => &[
            (3, 0, &["N", "W", "Y"]),
            (4, 0, &["P"]),
            (6, 0, &["I", "Y"]),
        ],
        [b'P', b'A', b'T'] => &[
            (1, 0, &["01", "19", "20", "21", "39", "40", "53", "G8"]),
            (5, 0, &["D8"]),
            (7, 0, &["01"]),
            (9, 0, &["Y"]),
        ],
        [b'P', b'E', b'R'] => &[(1, 0, &["IC"])],
        [b'P', b'R', b'V'] => &[(2, 0, &["PXC"])],
        [b'P', b'W', b'K'] => &[(5, 0, &["AC"])],
        [b'R', b'E', b'F'] => &[(4, 1, &["2U"])],
        [b'S', b'B', b'R'] => &[
            (
                1,
                0,
                &["A", "B", "C", "D", "E", "F", "G", "H", "P", "S", "T", "U"],
            ),
            (
                5,
                0,
                &["12", "13", "14", "15", "16", "41", "42", "43", "47"],
            ),
            (
                9,
                0,
                &[
                    "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI",
                    "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ",
                ],
            ),
        ],
        [b'S', b'V', b'1'] => &[
            (1, 1, &["ER", "HC", "IV", "WK"]),
            (3, 0, &["MJ", "UN"]),
            (9, 0, &["Y"]),
            (11, 0, &["Y"]),
            (12, 0, &["Y"]),
            (15, 0, &["0"]),
        ],
        [b'S', b'V', b'5'] => &[(1, 1, &["HC"]), (2, 0, &["DA"]), (6, 0, &["1", "4", "6"])],
        [b'S', b'V', b'D'] => &[(3, 1, &["ER", "HC", "IV", "WK"])],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::codes;

    #[test]
    fn coded_positions_are_in_order_and_list_codes() {
        for id in [&b"CLM"[..], b"SV1", b"DMG", b"SBR", b"BHT"] {
            let table = codes(id);
            assert!(!table.is_empty());
            assert!(
                table
                    .windows(2)
                    .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1))
            );
            assert!(table.iter().all(|(_, _, codes)| !codes.is_empty()));
        }
        assert!(codes(b"SV1").contains(&(3, 0, &["MJ", "UN"][..])));
        assert!(codes(b"NM1").is_empty());
    }
}
