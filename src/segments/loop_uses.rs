//! The shape of what an implementation guide asks of one use of a segment in one loop, beyond
//! what the X12 standard asks of it everywhere: the elements required there, those not used
//! there, the codes listed there and how often the use may repeat in one instance of its loop.
//! Each transaction's loops keep their own table of these (`claim837p::loop_elements`,
//! `remit835::loop_elements`); the validator checks segments against them.

use super::code_lists::Codes;

/// What the guide asks of one use of a segment in a loop: the elements required there, those
/// not used there, and the coded positions (element, component or 0 for a simple element,
/// codes). When a loop uses a segment several ways, the first coded position is the qualifier
/// that tells them apart (REF01, DTP01, HI01-1 ...).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LoopElements(
    pub(crate) &'static [u8],
    pub(crate) &'static [u8],
    pub(crate) &'static [Codes],
);

impl LoopElements {
    /// The elements required here, bit n for element n.
    pub(crate) fn required(&self) -> u64 {
        mask(self.0)
    }

    /// The elements not used here, bit n for element n.
    pub(crate) fn not_used(&self) -> u64 {
        mask(self.1)
    }

    /// The coded positions, in element order.
    pub(crate) fn codes(&self) -> &'static [Codes] {
        self.2
    }
}

impl AsRef<LoopElements> for LoopElements {
    fn as_ref(&self) -> &LoopElements {
        self
    }
}

fn mask(elements: &[u8]) -> u64 {
    elements.iter().fold(0, |mask, &n| {
        mask | 1u64.checked_shl(u32::from(n)).unwrap_or(0)
    })
}

/// No coded position of a loop table is past this element (BPR14, the 835's furthest), so a
/// check keeps the values of this many elements to read them again.
pub(crate) const LAST_CODED: u8 = 14;
