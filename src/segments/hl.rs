//! HL — hierarchical level: one node of the billing provider / subscriber / patient tree.
//!
//! | element | holds | use |
//! |---|---|---|
//! | HL01 | this level's id, unique in the transaction | required |
//! | HL02 | the parent level's id (empty at the top) | optional |
//! | HL03 | `20` billing provider, `22` subscriber, `23` patient | required |
//! | HL04 | `1` children follow, `0` none | optional |

use crate::segments::field::typed_segment;

typed_segment! {
    /// HL — hierarchical level: its id, its parent's id, its level and whether children follow.
    ///
    /// ```
    /// use x12_claims::segments::Hl;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"HL*2*1*22*0~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let hl = Hl::parse(&segment)?;
    /// assert_eq!((hl.id(), hl.parent(), hl.level()), ("2", Some("1"), "22"));
    /// assert!(!hl.has_children());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Hl = "HL";
    /// HL01: this level's id.
    #[doc(alias = "HL01")]
    id: &'s str = required(1), "hierarchical id number";
    /// HL02: the parent's id.
    #[doc(alias = "HL02")]
    parent: &'s str = optional(2), "hierarchical parent id number";
    /// HL03: the level: `20`, `22` or `23`.
    #[doc(alias = "HL03")]
    level: &'s str = required(3), "hierarchical level code";
    /// HL04: `1` when children follow, `0` otherwise.
    #[doc(alias = "HL04")]
    child_code: &'s str = optional(4), "hierarchical child code";
}

impl<'a> Hl<'a> {
    /// Whether HL04 says children follow (`1`).
    pub fn has_children(&self) -> bool {
        self.child_code() == Some("1")
    }

    /// HL01, HL02 and HL03 ([`id`](Self::id), [`parent`](Self::parent),
    /// [`level`](Self::level)) read in one pass over the segment, for readers that resolve
    /// every level of a set, where the three accessors would read it three times.
    pub(crate) fn links(&self) -> (&str, Option<&str>, &str) {
        let view = self.raw().view();
        let mut elements = view
            .short_elements()
            .map(|e| std::str::from_utf8(e).unwrap_or_default());
        let id = elements.next().unwrap_or_default();
        let parent = elements.next().filter(|p| !p.is_empty());
        let level = elements.next().unwrap_or_default();
        (id, parent, level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_the_elements() {
        let hl = Hl::parse(&segment("HL*1**20*1~")).unwrap();
        assert_eq!(hl.parent(), None);
        assert!(hl.has_children());
    }

    #[test]
    fn links_are_what_the_accessors_read() {
        for text in ["HL*1**20*1~", "HL*2*1*22*0~", "HL*B7*A3*23~", "HL*10*9*22~"] {
            let hl = Hl::parse(&segment(text)).unwrap();
            assert_eq!(hl.links(), (hl.id(), hl.parent(), hl.level()), "{text}");
        }
    }

    #[test]
    fn errors_name_the_element() {
        assert_eq!(
            Hl::parse(&segment("HL*3*2~")).unwrap_err().to_string(),
            "segment 1 HL03 (byte 0): required hierarchical level code is missing"
        );
    }
}
