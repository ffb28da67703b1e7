//! Finding a byte, tuned for the short slices X12 is made of: [`find`] for elements (a handful
//! of bytes) and [`find_wide`] for segments (a few dozen).
//!
//! Both examine a word at a time: a zero byte of `word ^ needle` marks a match, and the lowest
//! one is the first match (the borrow of the zero-byte test can only flag bytes above a true
//! zero). `memchr` costs more to set up than these searches take, so it is only used past the
//! first 64 bytes.

/// Bytes examined a word at a time before handing over to `memchr`.
const SHORT: usize = 64;

macro_rules! word_search {
    ($(#[$doc:meta])* $name:ident, $word:ty, $bytes:literal) => {
        $(#[$doc])*
        #[inline(always)]
        pub(crate) fn $name(needle: u8, haystack: &[u8]) -> Option<usize> {
            const ONES: $word = <$word>::from_ne_bytes([0x01; $bytes]);
            const HIGHS: $word = <$word>::from_ne_bytes([0x80; $bytes]);
            let pattern = ONES.wrapping_mul(<$word>::from(needle));
            let mut chunks = haystack.chunks_exact($bytes);
            let mut start = 0;
            for chunk in chunks.by_ref() {
                let bytes = <[u8; $bytes]>::try_from(chunk).unwrap_or([0; $bytes]);
                let word = <$word>::from_le_bytes(bytes) ^ pattern;
                let zeros = word.wrapping_sub(ONES) & !word & HIGHS;
                if zeros != 0 {
                    return Some(start + (zeros.trailing_zeros() / 8) as usize);
                }
                start += $bytes;
                if start >= SHORT {
                    let rest = haystack.get(start..).unwrap_or_default();
                    return memchr::memchr(needle, rest).map(|at| at + start);
                }
            }
            chunks
                .remainder()
                .iter()
                .position(|&b| b == needle)
                .map(|at| at + start)
        }
    };
}

word_search!(
    /// The position of the first `needle` in `haystack`, eight bytes at a time.
    find, u64, 8
);
word_search!(
    /// The position of the first `needle` in `haystack`, sixteen bytes at a time: for segment
    /// terminators, which are further apart than element separators.
    find_wide, u128, 16
);

/// Every place of `needle` in `word` (eight bytes, the first in the lowest byte) as a mask with
/// the high bit of each matching byte set, exactly: unlike the test [`find`] makes, a byte is
/// never flagged because of its neighbour, so the set bits can be walked one by one.
#[inline(always)]
pub(crate) fn matches_in_word(word: u64, needle: u8) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const LOW_SEVEN: u64 = u64::from_ne_bytes([0x7f; 8]);
    // A matching byte is zero here.
    let zeroed = word ^ ONES.wrapping_mul(u64::from(needle));
    // The low seven bits of each byte plus 0x7f sets its high bit unless they are all zero; no
    // carry crosses into the next byte, since 0x7f + 0x7f < 0x100.
    let low_nonzero = (zeroed & LOW_SEVEN).wrapping_add(LOW_SEVEN);
    !(low_nonzero | zeroed | LOW_SEVEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_plain_search() {
        let mut text: Vec<u8> = (0..200u8).map(|i| b'A' + i % 26).collect();
        for len in 0..text.len() {
            for at in 0..len.min(90) {
                let saved = text[at];
                text[at] = b'~';
                let hay = &text[..len];
                let expected = hay.iter().position(|&b| b == b'~');
                assert_eq!(find(b'~', hay), expected);
                assert_eq!(find_wide(b'~', hay), expected);
                text[at] = saved;
            }
            assert_eq!(find(b'~', &text[..len]), None);
            assert_eq!(find_wide(b'~', &text[..len]), None);
        }
    }

    #[test]
    fn neighbours_of_the_needle_never_match() {
        for needle in [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, b'~'] {
            for len in 0..40 {
                let filler: Vec<u8> = (0..len)
                    .map(|i| {
                        [
                            needle.wrapping_sub(1),
                            needle.wrapping_add(1),
                            needle ^ 0x80,
                        ][i % 3]
                    })
                    .collect();
                assert_eq!(find(needle, &filler), None, "{needle:#x} in {len} bytes");
                assert_eq!(
                    find_wide(needle, &filler),
                    None,
                    "{needle:#x} in {len} bytes"
                );
                for at in 0..len {
                    let mut hay = filler.clone();
                    hay[at] = needle;
                    assert_eq!(find(needle, &hay), Some(at));
                    assert_eq!(find_wide(needle, &hay), Some(at));
                }
            }
        }
    }

    #[test]
    fn word_matches_are_exact() {
        for needle in [0x00, 0x01, b'*', 0x7f, 0x80, 0xfe, 0xff] {
            let others = [
                needle.wrapping_sub(1),
                needle.wrapping_add(1),
                needle ^ 0x80,
                needle ^ 0x01,
                0x00,
                0xff,
            ];
            // Every pattern of matches over eight bytes, the other bytes drawn from the
            // needle's neighbours.
            for pattern in 0u32..256 {
                let bytes: [u8; 8] = std::array::from_fn(|i| {
                    if pattern >> i & 1 == 1 {
                        needle
                    } else {
                        others[(i + pattern as usize) % others.len()]
                    }
                });
                let expected = (0..8)
                    .filter(|&i| bytes[i] == needle)
                    .fold(0u64, |mask, i| mask | 0x80 << (8 * i));
                assert_eq!(
                    matches_in_word(u64::from_le_bytes(bytes), needle),
                    expected,
                    "{needle:#x} in {bytes:x?}"
                );
            }
        }
    }

    #[test]
    fn first_of_several_and_high_bytes() {
        assert_eq!(find(b'*', b"CLM*A*B"), Some(3));
        assert_eq!(find(0x80, b"\x7f\x81\x80\x80"), Some(2));
        assert_eq!(find(0x00, b"\x01\x00\x00"), Some(1));
        assert_eq!(find(0xFF, b"\xFE\xFF"), Some(1));
        // A byte just above a match must not hide it.
        assert_eq!(find(b'~', b"\x7f~\x7f~\x7f~\x7f~"), Some(1));
        let long = [b"\x7f~".as_slice(); 12].concat();
        assert_eq!(find_wide(b'~', &long), Some(1));
    }
}
