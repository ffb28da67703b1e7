//! The shape of each 835 loop in one table: which segments it holds after its first, in guide
//! order, and which segments end it. Every reader of 835 loops goes through these tables, so
//! all of them agree on where a segment belongs.

use crate::syntax::SegmentId;

/// A table's segment identifier.
const fn id(bytes: &[u8]) -> SegmentId {
    SegmentId::known(bytes)
}

/// One loop's segments after its first, in guide order, and the identifiers that end it.
#[derive(Debug)]
pub(crate) struct Layout {
    /// Each kind of segment the loop holds, in guide order, and whether it repeats. A kind's
    /// slot is its place here counted from 1 (slot 0 is the loop's first segment).
    pub slots: &'static [(SegmentId, bool)],
    /// Identifiers that end the loop: the first segment of a following loop, or SE.
    pub stop: &'static [SegmentId],
}

impl Layout {
    /// The slot of a segment identifier and whether it repeats; `None` when the loop does not
    /// hold that kind.
    #[inline]
    pub fn slot(&self, id: SegmentId) -> Option<(u8, bool)> {
        self.slots
            .iter()
            .position(|(kind, _)| *kind == id)
            .and_then(|i| Some((u8::try_from(i + 1).ok()?, self.slots.get(i)?.1)))
    }

    /// Whether a segment with this identifier ends the loop.
    #[inline]
    pub fn ends(&self, id: SegmentId) -> bool {
        self.stop.contains(&id)
    }
}

/// What ends a loop of the claim part (2000, 2100, 2110): the first segment of any of them, the
/// PLB summary or SE.
const CLAIM_PART_STOP: &[SegmentId] = &[id(b"SVC"), id(b"CLP"), id(b"LX"), id(b"PLB"), id(b"SE")];

/// The header: BPR, TRN, CUR, REF, DTM (there is no first segment of its own).
pub(crate) const HEADER: Layout = Layout {
    slots: &[
        (id(b"BPR"), false),
        (id(b"TRN"), false),
        (id(b"CUR"), false),
        (id(b"REF"), true),
        (id(b"DTM"), true),
    ],
    stop: &[
        id(b"N1"),
        id(b"LX"),
        id(b"CLP"),
        id(b"SVC"),
        id(b"PLB"),
        id(b"SE"),
    ],
};

/// Loop 1000A after its N1*PR.
pub(crate) const PAYER: Layout = Layout {
    slots: &[
        (id(b"N3"), false),
        (id(b"N4"), false),
        (id(b"REF"), true),
        (id(b"PER"), true),
    ],
    stop: &[
        id(b"N1"),
        id(b"LX"),
        id(b"CLP"),
        id(b"SVC"),
        id(b"PLB"),
        id(b"SE"),
    ],
};

/// Loop 1000B after its N1*PE.
pub(crate) const PAYEE: Layout = Layout {
    slots: &[
        (id(b"N3"), false),
        (id(b"N4"), false),
        (id(b"REF"), true),
        (id(b"RDM"), false),
    ],
    stop: &[id(b"LX"), id(b"CLP"), id(b"SVC"), id(b"PLB"), id(b"SE")],
};

/// Loop 2000 after its LX, up to its first claim payment.
pub(crate) const HEADER_NUMBER: Layout = Layout {
    slots: &[(id(b"TS3"), false), (id(b"TS2"), false)],
    stop: CLAIM_PART_STOP,
};

/// Loop 2100 after its CLP, up to its first service payment.
pub(crate) const CLAIM_PAYMENT: Layout = Layout {
    slots: &[
        (id(b"CAS"), true),
        (id(b"NM1"), true),
        (id(b"MIA"), false),
        (id(b"MOA"), false),
        (id(b"REF"), true),
        (id(b"DTM"), true),
        (id(b"PER"), true),
        (id(b"AMT"), true),
        (id(b"QTY"), true),
    ],
    stop: CLAIM_PART_STOP,
};

/// Loop 2110 after its SVC.
pub(crate) const SERVICE_PAYMENT: Layout = Layout {
    slots: &[
        (id(b"DTM"), true),
        (id(b"CAS"), true),
        (id(b"REF"), true),
        (id(b"AMT"), true),
        (id(b"QTY"), true),
        (id(b"LQ"), true),
    ],
    stop: CLAIM_PART_STOP,
};

/// The summary after the last 2000 loop: PLB segments up to SE.
pub(crate) const SUMMARY: Layout = Layout {
    slots: &[(id(b"PLB"), true)],
    stop: &[id(b"SE")],
};

/// Guide order inside one loop, as it is read. A segment is placed when its slot comes after
/// the last one placed (or is the same slot and that slot repeats); anything else is kept as
/// unknown at its position (the number of the loop's segments placed before it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Order {
    last: u8,
    own: u32,
}

impl Order {
    /// Order at the start of a loop with no first segment of its own (the header, the summary).
    pub fn empty() -> Self {
        Order { last: 0, own: 0 }
    }

    /// Order after a loop's first segment (slot 0) was placed.
    pub fn started() -> Self {
        Order { last: 0, own: 1 }
    }

    /// Places a segment of `layout` if it may come now; `false` when it is unknown here.
    #[inline]
    pub fn place(&mut self, layout: &Layout, id: SegmentId) -> bool {
        let Some((slot, repeats)) = layout.slot(id) else {
            return false;
        };
        let ok = slot > self.last || (repeats && slot == self.last);
        if ok {
            self.last = slot;
            self.own += 1;
        }
        ok
    }

    /// How many of the loop's segments have been placed: an unknown segment's position.
    pub fn placed(&self) -> u32 {
        self.own
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_count_from_one_in_guide_order() {
        assert_eq!(CLAIM_PAYMENT.slot(id(b"CAS")), Some((1, true)));
        assert_eq!(CLAIM_PAYMENT.slot(id(b"MIA")), Some((3, false)));
        assert_eq!(CLAIM_PAYMENT.slot(id(b"QTY")), Some((9, true)));
        assert_eq!(CLAIM_PAYMENT.slot(id(b"SVC")), None);
        assert!(CLAIM_PAYMENT.ends(id(b"SVC")) && !CLAIM_PAYMENT.ends(id(b"CAS")));
    }

    #[test]
    fn a_segment_is_placed_only_after_the_slots_before_it() {
        let mut order = Order::started();
        assert!(order.place(&CLAIM_PAYMENT, id(b"CAS")));
        assert!(order.place(&CLAIM_PAYMENT, id(b"CAS")), "CAS repeats");
        assert!(order.place(&CLAIM_PAYMENT, id(b"NM1")));
        assert!(
            !order.place(&CLAIM_PAYMENT, id(b"CAS")),
            "a claim CAS after NM1"
        );
        assert!(order.place(&CLAIM_PAYMENT, id(b"MOA")));
        assert!(
            !order.place(&CLAIM_PAYMENT, id(b"MOA")),
            "MOA does not repeat"
        );
        assert!(
            !order.place(&CLAIM_PAYMENT, id(b"LQ")),
            "not a claim segment"
        );
        assert_eq!(order.placed(), 5);
        assert_eq!(Order::empty().placed(), 0);
    }
}
