//! The HL hierarchy of an 837P set: the kind of level each HL03 opens, and each level's parent
//! found from the id its HL02 gives.

use std::collections::HashMap;

use super::error::{Claim837Error, LoopPath};
use crate::segments::Hl;
use crate::syntax::Segment;

/// The kind of level an HL03 code opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LevelKind {
    BillingProvider,
    Subscriber,
    Patient,
    Other,
}

impl LevelKind {
    /// The kind an HL03 code names (`20`, `22`, `23`; anything else is `Other`).
    pub fn of(code: &[u8]) -> Self {
        match code {
            b"20" => LevelKind::BillingProvider,
            b"22" => LevelKind::Subscriber,
            b"23" => LevelKind::Patient,
            _ => LevelKind::Other,
        }
    }

    /// The kind of level an HL segment opens.
    pub fn of_hl(hl: &Segment<'_>) -> Self {
        LevelKind::of(hl.element(3).map_or(&[][..], |e| e.as_bytes()))
    }

    /// Whether claims (2300) hang in levels of this kind.
    pub fn holds_claims(self) -> bool {
        matches!(self, LevelKind::Subscriber | LevelKind::Patient)
    }

    /// The kind of level this kind must hang under, and how to name it.
    fn parent(self) -> Option<(LevelKind, &'static str)> {
        match self {
            LevelKind::Subscriber => Some((LevelKind::BillingProvider, "a billing provider (20)")),
            LevelKind::Patient => Some((LevelKind::Subscriber, "a subscriber (22)")),
            LevelKind::BillingProvider | LevelKind::Other => None,
        }
    }

    /// The path of the next level of this kind, counting the levels of each kind read so far.
    pub fn next_path(self, counts: &mut [usize; 4]) -> LoopPath {
        let id = match self {
            LevelKind::BillingProvider => "2000A",
            LevelKind::Subscriber => "2000B",
            LevelKind::Patient => "2000C",
            LevelKind::Other => "2000",
        };
        let n = counts.get_mut(self as usize).map_or(0, |c| {
            *c += 1;
            *c
        });
        LoopPath::root().child(id, n)
    }
}

/// The HL01 ids read so far, to find a level by the id its child gives in HL02.
///
/// The guide numbers levels 1, 2, 3 ... in order; while a set does, a level's id is its index
/// plus one and no map is needed. The first id out of that sequence switches to a map of
/// every id, with the standard hasher: ids are chosen by the sender, and a set built to
/// collide under a cheaper hash would make the lookups quadratic.
#[derive(Default)]
struct HlIds<'h> {
    /// How many levels were numbered in sequence (when `map` is `None`).
    count: u32,
    map: Option<HashMap<&'h str, u32>>,
}

/// The number an id in the guide's sequence stands for: digits without a leading zero.
fn sequence_number(id: &str) -> Option<u32> {
    let canonical = !id.starts_with('0') && id.len() <= 9 && id.bytes().all(|b| b.is_ascii_digit());
    if canonical { id.parse().ok() } else { None }
}

impl<'h> HlIds<'h> {
    /// Adds the id of level `index`; `false` when an earlier level has it.
    fn insert(&mut self, id: &'h str, index: u32, hls: &[&'h Hl<'_>]) -> bool {
        if self.map.is_none() {
            if sequence_number(id) == index.checked_add(1) {
                self.count = index + 1;
                return true;
            }
            let earlier = hls
                .iter()
                .take(index as usize)
                .zip(0..)
                .map(|(hl, j)| (hl.id(), j));
            let mut map = HashMap::with_capacity(hls.len());
            map.extend(earlier);
            self.map = Some(map);
        }
        self.map
            .as_mut()
            .is_some_and(|map| map.insert(id, index).is_none())
    }

    /// The index of the level with this id.
    fn get(&self, id: &str) -> Option<u32> {
        match &self.map {
            Some(map) => map.get(id).copied(),
            None => sequence_number(id)
                .filter(|n| (1..=self.count).contains(n))
                .map(|n| n - 1),
        }
    }
}

/// Resolves each level's parent from HL02 and checks the levels fit (22 under 20, 23 under 22).
pub(super) fn resolve(hls: &[&Hl<'_>]) -> Result<Vec<Option<u32>>, Claim837Error> {
    let mut ids = HlIds::default();
    // Each level's kind, from its HL03 read once: a level's parent is checked against it.
    let mut kinds: Vec<LevelKind> = Vec::with_capacity(hls.len());
    let mut paths = [0usize; 4];
    let mut parents = Vec::with_capacity(hls.len());
    for (i, hl) in hls.iter().enumerate() {
        let (own, parent, code) = hl.links();
        let kind = LevelKind::of(code.as_bytes());
        kinds.push(kind);
        let path = kind.next_path(&mut paths);
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        if !ids.insert(own, index, hls) {
            return Err(Claim837Error::Hierarchy {
                path,
                location: hl.location().with_element(1),
                problem: format!("HL01 id \"{own}\" is used by an earlier level"),
            });
        }
        let parent = match parent {
            None => None,
            Some(p) => match ids.get(p) {
                Some(j) if j != index => Some(j),
                _ => {
                    return Err(Claim837Error::Hierarchy {
                        path,
                        location: hl.location().with_element(2),
                        problem: format!("parent \"{p}\" is not the id of an earlier level"),
                    });
                }
            },
        };
        if let Some((wanted, what)) = kind.parent() {
            let parent_kind = parent.and_then(|j| kinds.get(j as usize));
            if parent_kind != Some(&wanted) {
                let found = match parent.and_then(|j| hls.get(j as usize)) {
                    Some(p) => format!("level {}", p.level()),
                    None => "no parent".to_owned(),
                };
                return Err(Claim837Error::Hierarchy {
                    path,
                    location: hl.location().with_element(2),
                    problem: format!("level {code} must hang under {what}, found {found}"),
                });
            }
        }
        parents.push(parent);
    }
    Ok(parents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    fn hls(texts: &[&'static str]) -> Vec<Hl<'static>> {
        texts
            .iter()
            .map(|t| Hl::parse(&segment(t)).unwrap())
            .collect()
    }

    fn parents(texts: &[&'static str]) -> Result<Vec<Option<u32>>, String> {
        let levels = hls(texts);
        let refs: Vec<&Hl<'_>> = levels.iter().collect();
        resolve(&refs).map_err(|e| e.to_string())
    }

    #[test]
    fn ids_in_the_guides_sequence_resolve_without_a_map() {
        assert_eq!(
            parents(&[
                "HL*1**20*1~",
                "HL*2*1*22*1~",
                "HL*3*2*23*0~",
                "HL*4*1*22*0~"
            ]),
            Ok(vec![None, Some(0), Some(1), Some(0)])
        );
        // "01" is not the id "1".
        let error = parents(&["HL*1**20*1~", "HL*2*01*22*0~"]).unwrap_err();
        assert!(
            error.contains("parent \"01\" is not the id of an earlier level"),
            "{error}"
        );
        // A level is not its own parent, nor can it name a later one.
        let error = parents(&["HL*1**20*1~", "HL*2*2*22*0~"]).unwrap_err();
        assert!(error.contains("parent \"2\""), "{error}");
        let error = parents(&["HL*1**20*1~", "HL*2*3*22*0~", "HL*3*1*20*1~"]).unwrap_err();
        assert!(error.contains("parent \"3\""), "{error}");
    }

    #[test]
    fn ids_out_of_sequence_resolve_through_a_map() {
        assert_eq!(
            parents(&[
                "HL*1**20*1~",
                "HL*B7*1*22*1~",
                "HL*2*B7*23*0~",
                "HL*9*1*22*0~"
            ]),
            Ok(vec![None, Some(0), Some(1), Some(0)])
        );
        // After the switch, ids from the sequence are still found, and repeats refused.
        let error = parents(&["HL*1**20*1~", "HL*X*1*22*1~", "HL*1*X*23*0~"]).unwrap_err();
        assert!(
            error.contains("HL01 id \"1\" is used by an earlier level"),
            "{error}"
        );
        let error = parents(&["HL*5**20*1~", "HL*5*5*22*0~"]).unwrap_err();
        assert!(error.contains("HL01 id \"5\" is used"), "{error}");
    }
}
