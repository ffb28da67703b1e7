//! Which elements the 837P guide requires, or leaves unused, in every loop that carries their
//! segment (BHT06 required, CLM03 and CLM04 not used, NM106 not used ...): facts of the guide,
//! which the conformance check compares with the maps of an independent guide validator.
//! Elements whose use depends on the loop (NM103 is required in most name loops and not used in
//! 2010AB) are not listed. Reading does not hold segments to these, so that nothing is lost; the
//! claim rules report them (`837P-S8`).

/// How the guide uses an element in every loop that carries its segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Usage {
    /// Always sent.
    Required,
    /// Never sent.
    NotUsed,
}

use Usage::{NotUsed, Required};

/// The elements of a segment whose use is the same in every loop, in order; empty for a
/// segment the table does not hold.
pub(crate) fn usage(id: &[u8]) -> &'static [(u8, Usage)] {
    match id {
        [b'A', b'M', b'T'] => &[(1, Required), (2, Required), (3, NotUsed)],
        [b'B', b'H', b'T'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, Required),
            (5, Required),
            (6, Required),
        ],
        [b'C', b'A', b'S'] => &[(1, Required), (2, Required), (3, Required)],
        [b'C', b'L', b'M'] => &[
            (1, Required),
            (2, Required),
            (3, NotUsed),
            (4, NotUsed),
            (5, Required),
            (6, Required),
            (7, Required),
            (8, Required),
            (9, Required),
            (13, NotUsed),
            (14, NotUsed),
            (15, NotUsed),
            (16, NotUsed),
            (17, NotUsed),
            (18, NotUsed),
            (19, NotUsed),
        ],
        [b'C', b'N', b'1'] => &[(1, Required)],
        [b'C', b'R', b'1'] => &[
            (3, NotUsed),
            (4, Required),
            (5, Required),
            (6, Required),
            (7, NotUsed),
            (8, NotUsed),
        ],
        [b'C', b'R', b'2'] => &[
            (1, NotUsed),
            (2, NotUsed),
            (3, NotUsed),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
            (7, NotUsed),
            (8, Required),
            (9, NotUsed),
            (12, NotUsed),
        ],
        [b'C', b'R', b'3'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, NotUsed),
        ],
        [b'C', b'R', b'C'] => &[(1, Required), (2, Required), (3, Required)],
        [b'C', b'T', b'P'] => &[
            (1, NotUsed),
            (2, NotUsed),
            (3, NotUsed),
            (4, Required),
            (5, Required),
            (6, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
        ],
        [b'C', b'U', b'R'] => &[
            (1, Required),
            (2, Required),
            (3, NotUsed),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
            (12, NotUsed),
            (13, NotUsed),
            (14, NotUsed),
            (15, NotUsed),
            (16, NotUsed),
            (17, NotUsed),
            (18, NotUsed),
            (19, NotUsed),
            (20, NotUsed),
            (21, NotUsed),
        ],
        [b'D', b'M', b'G'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
        ],
        [b'D', b'T', b'P'] => &[(1, Required), (2, Required), (3, Required)],
        [b'F', b'R', b'M'] => &[(1, Required)],
        [b'H', b'C', b'P'] => &[(1, Required), (2, Required), (8, NotUsed)],
        [b'H', b'I'] => &[(1, Required)],
        [b'H', b'L'] => &[(1, Required), (3, Required), (4, Required)],
        [b'K', b'3'] => &[(1, Required), (2, NotUsed), (3, NotUsed)],
        [b'L', b'I', b'N'] => &[
            (1, NotUsed),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
            (12, NotUsed),
            (13, NotUsed),
            (14, NotUsed),
            (15, NotUsed),
            (16, NotUsed),
            (17, NotUsed),
            (18, NotUsed),
            (19, NotUsed),
            (20, NotUsed),
            (21, NotUsed),
            (22, NotUsed),
            (23, NotUsed),
            (24, NotUsed),
            (25, NotUsed),
            (26, NotUsed),
            (27, NotUsed),
            (28, NotUsed),
            (29, NotUsed),
            (30, NotUsed),
            (31, NotUsed),
        ],
        [b'L', b'Q'] => &[(1, Required), (2, Required)],
        [b'L', b'X'] => &[(1, Required)],
        [b'M', b'E', b'A'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
            (12, NotUsed),
        ],
        [b'N', b'3'] => &[(1, Required)],
        [b'N', b'4'] => &[(1, Required), (5, NotUsed), (6, NotUsed)],
        [b'N', b'M', b'1'] => &[
            (1, Required),
            (2, Required),
            (6, NotUsed),
            (10, NotUsed),
            (11, NotUsed),
            (12, NotUsed),
        ],
        [b'N', b'T', b'E'] => &[(1, Required), (2, Required)],
        [b'O', b'I'] => &[
            (1, NotUsed),
            (2, NotUsed),
            (3, Required),
            (5, NotUsed),
            (6, Required),
        ],
        [b'P', b'A', b'T'] => &[(2, NotUsed), (3, NotUsed), (4, NotUsed)],
        [b'P', b'E', b'R'] => &[(1, Required), (3, Required), (4, Required), (9, NotUsed)],
        [b'P', b'R', b'V'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, NotUsed),
            (6, NotUsed),
        ],
        [b'P', b'S', b'1'] => &[(1, Required), (2, Required), (3, NotUsed)],
        [b'P', b'W', b'K'] => &[
            (1, Required),
            (2, Required),
            (3, NotUsed),
            (4, NotUsed),
            (7, NotUsed),
            (8, NotUsed),
            (9, NotUsed),
        ],
        [b'Q', b'T', b'Y'] => &[(1, Required), (2, Required), (3, NotUsed), (4, NotUsed)],
        [b'R', b'E', b'F'] => &[(1, Required), (2, Required), (3, NotUsed)],
        [b'S', b'B', b'R'] => &[(1, Required), (6, NotUsed), (7, NotUsed), (8, NotUsed)],
        [b'S', b'V', b'1'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, Required),
            (6, NotUsed),
            (7, Required),
            (8, NotUsed),
            (10, NotUsed),
            (13, NotUsed),
            (14, NotUsed),
            (16, NotUsed),
            (17, NotUsed),
            (18, NotUsed),
            (19, NotUsed),
            (20, NotUsed),
            (21, NotUsed),
        ],
        [b'S', b'V', b'5'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, Required),
            (5, Required),
            (6, Required),
            (7, NotUsed),
        ],
        [b'S', b'V', b'D'] => &[
            (1, Required),
            (2, Required),
            (3, Required),
            (4, NotUsed),
            (5, Required),
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::{NotUsed, Required, usage};

    #[test]
    fn uses_are_listed_in_order() {
        for id in [&b"BHT"[..], b"CLM", b"NM1", b"HL", b"SV1"] {
            let table = usage(id);
            assert!(!table.is_empty());
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert!(usage(b"BHT").contains(&(6, Required)));
        assert!(usage(b"CLM").contains(&(3, NotUsed)));
        assert!(usage(b"ZZZ").is_empty());
    }
}
