//! The syntax notes of the X12 standard for the segments an 837P carries: which elements go
//! together (`P0809`: NM108 and NM109 both or neither), which call for others (`C1110`), which
//! exclude each other (`E0207`) and which of a list one is required (`R0203`). Facts of the
//! standard, the same in every loop; the conformance check compares them with the maps of an
//! independent guide validator. Reading does not hold segments to them, so that nothing is
//! lost; the claim rules report them (`837P-S7`).

/// The notes of a segment: a letter (`P` paired, `R` required, `E` exclusion, `C` conditional,
/// `L` list conditional) and the positions it names, two digits each; empty for a segment
/// without notes.
pub(crate) fn notes(id: &[u8]) -> &'static [&'static str] {
    match id {
        [b'B', b'P', b'R'] => &["C0809", "C1415", "C2021", "P0607", "P1213", "P1819"],
        [b'C', b'A', b'S'] => &[
            "C0605", "C0705", "C0908", "C1008", "C1211", "C1311", "C1514", "C1614", "C1817",
            "C1917", "L050607", "L080910", "L111213", "L141516", "L171819",
        ],
        [b'C', b'R', b'1'] => &["P0102", "P0506"],
        [b'C', b'R', b'2'] => &["C0403", "P0102", "P0506"],
        [b'C', b'R', b'3'] => &["P0203"],
        [b'C', b'T', b'P'] => &["C0607", "C0902", "C1002", "C1103", "P0405"],
        [b'C', b'U', b'R'] => &[
            "C0807", "C0907", "C1110", "C1210", "C1413", "C1513", "C1716", "C1816", "C2019",
            "C2119", "L101112", "L131415", "L161718", "L192021",
        ],
        [b'D', b'M', b'G'] => &["C1105", "P0102", "P1011"],
        [b'D', b'T', b'M'] => &["C0403", "P0506", "R020305"],
        [b'F', b'R', b'M'] => &["R02030405"],
        [b'H', b'C', b'P'] => &["P0910", "P1112", "R0113"],
        [b'L', b'I', b'N'] => &[
            "P0405", "P0607", "P0809", "P1011", "P1213", "P1415", "P1617", "P1819", "P2021",
            "P2223", "P2425", "P2627", "P2829", "P3031",
        ],
        [b'L', b'Q'] => &["C0102"],
        [b'M', b'E', b'A'] => &[
            "E0803",
            "L050412",
            "L060412",
            "L07030506",
            "P1112",
            "R03050608",
        ],
        [b'N', b'1'] => &["P0304", "R0203"],
        [b'N', b'4'] => &["C0605", "C0704", "E0207"],
        [b'N', b'M', b'1'] => &["C1110", "C1203", "P0809"],
        [b'P', b'A', b'T'] => &["P0506", "P0708"],
        [b'P', b'E', b'R'] => &["P0304", "P0506", "P0708"],
        [b'P', b'L', b'B'] => &["P0506", "P0708", "P0910", "P1112", "P1314"],
        [b'P', b'R', b'V'] => &["P0203"],
        [b'P', b'W', b'K'] => &["P0506"],
        [b'Q', b'T', b'Y'] => &["E0204", "R0204"],
        [b'R', b'E', b'F'] => &["R0203"],
        [b'S', b'V', b'1'] => &["P0304"],
        [b'S', b'V', b'5'] => &["C0604", "R0405"],
        _ => &[],
    }
}

/// Whether a segment whose elements there are the bits of `present` (bit n for element n)
/// keeps a note; with no allocation, for the many segments that do.
pub(crate) fn holds(note: &str, present: u64) -> bool {
    let bytes = note.as_bytes();
    let Some((&kind, digits)) = bytes.split_first() else {
        return true;
    };
    let bit = |pair: &[u8]| match pair {
        [tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
            let n = u32::from(tens - b'0') * 10 + u32::from(ones - b'0');
            1u64.checked_shl(n).unwrap_or(0)
        }
        _ => 0,
    };
    let first = digits.get(..2).map_or(0, bit);
    // A conditional note whose first element is not there holds: most do (CAS has ten).
    if matches!(kind, b'C' | b'L') && first & present == 0 {
        return true;
    }
    let all = digits.chunks(2).fold(0, |mask, pair| mask | bit(pair));
    let (there, rest) = (all & present, all & !first);
    let first_there = first & present != 0;
    match kind {
        b'P' => there == 0 || there == all,
        b'R' => there != 0,
        b'E' => there.count_ones() <= 1,
        b'C' => !first_there || rest & !present == 0,
        b'L' => !first_there || rest & present != 0,
        _ => true,
    }
}

/// What a note asks of the elements it names, as a complaint about the segment at hand, or
/// `None` when it holds. `present` tells whether element `n` is there.
pub(crate) fn broken(note: &str, present: impl Fn(usize) -> bool) -> Option<Broken> {
    let mut chars = note.chars();
    let kind = chars.next()?;
    let digits = chars.as_str().as_bytes();
    let positions: Vec<usize> = (digits.chunks(2))
        .filter_map(|pair| std::str::from_utf8(pair).ok()?.parse().ok())
        .collect();
    let (first, rest) = positions.split_first()?;
    let there: Vec<usize> = positions.iter().copied().filter(|&n| present(n)).collect();
    let missing = |among: &[usize]| among.iter().copied().filter(|&n| !present(n)).collect();
    match kind {
        'P' if !there.is_empty() && there.len() < positions.len() => Some(Broken::Paired {
            there,
            missing: missing(&positions),
        }),
        'R' if there.is_empty() => Some(Broken::Required { among: positions }),
        'E' if there.len() > 1 => Some(Broken::Exclusive { there }),
        'C' if present(*first) && rest.iter().any(|&n| !present(n)) => Some(Broken::Conditional {
            first: *first,
            missing: missing(rest),
        }),
        'L' if present(*first) && !rest.iter().any(|&n| present(n)) => {
            Some(Broken::ListConditional {
                first: *first,
                among: rest.to_vec(),
            })
        }
        _ => None,
    }
}

/// How a segment breaks a syntax note; positions are element numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Broken {
    /// Some of a paired set are there and others not.
    Paired {
        there: Vec<usize>,
        missing: Vec<usize>,
    },
    /// None of a set of which one is required.
    Required { among: Vec<usize> },
    /// More than one of a set that exclude each other.
    Exclusive { there: Vec<usize> },
    /// The first is there without the others it calls for.
    Conditional { first: usize, missing: Vec<usize> },
    /// The first is there without any of those of which it calls for one.
    ListConditional { first: usize, among: Vec<usize> },
}

#[cfg(test)]
mod tests {
    use super::{Broken, broken, holds, notes};

    #[test]
    fn each_kind_of_note_is_read() {
        let with = |there: &'static [usize]| move |n: usize| there.contains(&n);
        assert_eq!(
            broken("P0809", with(&[8])),
            Some(Broken::Paired {
                there: vec![8],
                missing: vec![9]
            })
        );
        assert_eq!(broken("P0809", with(&[])), None);
        assert_eq!(broken("P0809", with(&[8, 9])), None);
        assert_eq!(
            broken("R0203", with(&[])),
            Some(Broken::Required { among: vec![2, 3] })
        );
        assert_eq!(broken("R0203", with(&[3])), None);
        assert_eq!(
            broken("E0207", with(&[2, 7])),
            Some(Broken::Exclusive { there: vec![2, 7] })
        );
        assert_eq!(
            broken("C1110", with(&[11])),
            Some(Broken::Conditional {
                first: 11,
                missing: vec![10]
            })
        );
        assert_eq!(broken("C1110", with(&[10])), None);
        assert_eq!(
            broken("L050607", with(&[5])),
            Some(Broken::ListConditional {
                first: 5,
                among: vec![6, 7]
            })
        );
        assert_eq!(broken("L050607", with(&[5, 7])), None);
        // The quick test agrees with the reading that names what is wrong, on every note of
        // every segment and every set of the first eight elements.
        for id in [
            &b"NM1"[..],
            b"PER",
            b"N4",
            b"CAS",
            b"DMG",
            b"REF",
            b"MEA",
            b"SV5",
            b"HCP",
        ] {
            for note in notes(id) {
                for present in 0u64..512 {
                    let there = |n: usize| n < 64 && present & (1 << n) != 0;
                    assert_eq!(
                        holds(note, present),
                        broken(note, there).is_none(),
                        "{note}"
                    );
                }
            }
        }
        assert!(notes(b"NM1").contains(&"P0809"));
        assert!(notes(b"CLM").is_empty());
    }
}
