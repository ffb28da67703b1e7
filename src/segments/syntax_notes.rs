//! The syntax notes of the X12 standard for the segments an 837P carries: which elements go
//! together (`P0809`: NM108 and NM109 both or neither), which call for others (`C1110`), which
//! exclude each other (`E0207`) and which of a list one is required (`R0203`). Facts of the
//! standard, the same in every loop; the conformance check compares them with the maps of an
//! independent guide validator. Reading does not hold segments to them, so that nothing is
//! lost; the claim rules report them (`837P-S7`).

/// A syntax note as the standard writes it, a letter (`P` paired, `R` required, `E` exclusion,
/// `C` conditional, `L` list conditional) and the positions it names, two digits each, with the
/// masks that test it. The masks are worked out when the crate is compiled: a segment is held
/// to its notes with a few bit operations, and a note written wrong fails the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Note {
    /// The note as written (`P0809`).
    pub(crate) text: &'static str,
    kind: u8,
    /// The first position's bit (bit n for element n).
    first: u64,
    /// Every position's bit.
    all: u64,
}

impl Note {
    /// Reads `text` when compiling; a note that is not a known letter followed by pairs of
    /// digits naming elements 1 to 63 stops the build.
    // Only ever evaluated when compiling (in `notes!`'s constants): an index out of bounds or a
    // failed assertion fails the build, not a run.
    #[allow(clippy::indexing_slicing)]
    const fn new(text: &'static str) -> Note {
        let bytes = text.as_bytes();
        assert!(
            bytes.len() >= 3 && bytes.len() % 2 == 1,
            "a letter, then pairs of digits"
        );
        let kind = bytes[0];
        assert!(
            matches!(kind, b'P' | b'R' | b'E' | b'C' | b'L'),
            "not a note's letter"
        );
        let (mut first, mut all, mut at) = (0u64, 0u64, 1);
        while at < bytes.len() {
            let (tens, ones) = (bytes[at], bytes[at + 1]);
            assert!(
                tens.is_ascii_digit() && ones.is_ascii_digit(),
                "not a position"
            );
            let n = (tens - b'0') as u32 * 10 + (ones - b'0') as u32;
            assert!(n >= 1 && n < 64, "a position from 1 to 63");
            if at == 1 {
                first = 1 << n;
            }
            all |= 1 << n;
            at += 2;
        }
        Note {
            text,
            kind,
            first,
            all,
        }
    }

    /// Whether a segment whose elements there are the bits of `present` (bit n for element n)
    /// keeps the note.
    #[inline]
    pub(crate) fn holds(&self, present: u64) -> bool {
        let there = self.all & present;
        let first_there = self.first & present != 0;
        let rest = self.all & !self.first;
        match self.kind {
            b'P' => there == 0 || there == self.all,
            b'R' => there != 0,
            b'E' => there.count_ones() <= 1,
            b'C' => !first_there || rest & !present == 0,
            b'L' => !first_there || rest & present != 0,
            _ => true,
        }
    }
}

/// The notes listed, each read into a [`Note`] when compiling.
macro_rules! notes {
    [$($note:literal),* $(,)?] => {{
        const NOTES: &[Note] = &[$(Note::new($note)),*];
        NOTES
    }};
}

/// The notes of a segment; empty for a segment without notes.
pub(crate) fn notes(id: &[u8]) -> &'static [Note] {
    match id {
        [b'B', b'P', b'R'] => notes!["C0809", "C1415", "C2021", "P0607", "P1213", "P1819"],
        [b'C', b'A', b'S'] => notes![
            "C0605", "C0705", "C0908", "C1008", "C1211", "C1311", "C1514", "C1614", "C1817",
            "C1917", "L050607", "L080910", "L111213", "L141516", "L171819",
        ],
        [b'C', b'R', b'1'] => notes!["P0102", "P0506"],
        [b'C', b'R', b'2'] => notes!["C0403", "P0102", "P0506"],
        [b'C', b'R', b'3'] => notes!["P0203"],
        [b'C', b'T', b'P'] => notes!["C0607", "C0902", "C1002", "C1103", "P0405"],
        [b'C', b'U', b'R'] => notes![
            "C0807", "C0907", "C1110", "C1210", "C1413", "C1513", "C1716", "C1816", "C2019",
            "C2119", "L101112", "L131415", "L161718", "L192021",
        ],
        [b'D', b'M', b'G'] => notes!["C1105", "P0102", "P1011"],
        [b'D', b'T', b'M'] => notes!["C0403", "P0506", "R020305"],
        [b'F', b'R', b'M'] => notes!["R02030405"],
        [b'H', b'C', b'P'] => notes!["P0910", "P1112", "R0113"],
        [b'L', b'I', b'N'] => notes![
            "P0405", "P0607", "P0809", "P1011", "P1213", "P1415", "P1617", "P1819", "P2021",
            "P2223", "P2425", "P2627", "P2829", "P3031",
        ],
        [b'L', b'Q'] => notes!["C0102"],
        [b'M', b'E', b'A'] => notes![
            "E0803",
            "L050412",
            "L060412",
            "L07030506",
            "P1112",
            "R03050608",
        ],
        [b'N', b'1'] => notes!["P0304", "R0203"],
        [b'N', b'4'] => notes!["C0605", "C0704", "E0207"],
        [b'N', b'M', b'1'] => notes!["C1110", "C1203", "P0809"],
        [b'P', b'A', b'T'] => notes!["P0506", "P0708"],
        [b'P', b'E', b'R'] => notes!["P0304", "P0506", "P0708"],
        [b'P', b'L', b'B'] => notes!["P0506", "P0708", "P0910", "P1112", "P1314"],
        [b'P', b'R', b'V'] => notes!["P0203"],
        [b'P', b'W', b'K'] => notes!["P0506"],
        [b'Q', b'T', b'Y'] => notes!["E0204", "R0204"],
        [b'R', b'E', b'F'] => notes!["R0203"],
        [b'S', b'V', b'1'] => notes!["P0304"],
        [b'S', b'V', b'5'] => notes!["C0604", "R0405"],
        _ => notes![],
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
    use super::{Broken, broken, notes};

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
        assert!(notes(b"NM1").iter().any(|note| note.text == "P0809"));
        assert!(notes(b"CLM").is_empty());
    }

    /// Every segment the table gives notes, as its match lists them.
    const NOTED: [&[u8]; 26] = [
        b"BPR", b"CAS", b"CR1", b"CR2", b"CR3", b"CTP", b"CUR", b"DMG", b"DTM", b"FRM", b"HCP",
        b"LIN", b"LQ", b"MEA", b"N1", b"N4", b"NM1", b"PAT", b"PER", b"PLB", b"PRV", b"PWK",
        b"QTY", b"REF", b"SV1", b"SV5",
    ];

    #[test]
    fn the_masks_agree_with_the_reading_that_names_what_is_wrong() {
        // Every note of every segment, under every choice of the elements it names, beside
        // none, some or all of the others.
        let mut checked = 0;
        for id in NOTED {
            assert!(!notes(id).is_empty(), "{}", String::from_utf8_lossy(id));
            for note in notes(id) {
                let positions: Vec<u32> = (note.text.as_bytes()[1..].chunks(2))
                    .map(|pair| std::str::from_utf8(pair).unwrap().parse().unwrap())
                    .collect();
                let named: u64 = positions.iter().map(|&n| 1u64 << n).sum();
                for choice in 0u64..1 << positions.len() {
                    let chosen: u64 = (positions.iter().enumerate())
                        .filter(|&(i, _)| choice & (1 << i) != 0)
                        .map(|(_, &n)| 1u64 << n)
                        .sum();
                    for others in [0, 0x5555_5555_5555_5554, !1] {
                        let present = chosen | (others & !named);
                        let there = |n: usize| n < 64 && present & (1 << n) != 0;
                        assert_eq!(
                            note.holds(present),
                            broken(note.text, there).is_none(),
                            "{} with {present:#x}",
                            note.text
                        );
                        checked += 1;
                    }
                }
            }
        }
        // 103 notes, each under 4 to 16 choices.
        assert!(checked > 103 * 4 * 3, "{checked}");
    }
}
