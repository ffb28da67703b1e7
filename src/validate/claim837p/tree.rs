//! The loops of one 837P set as the rules walk them: every loop of a [`Submission`], or those
//! of a set that does not read whole that type on their own ([`ReadableLoops`]).

use crate::claim837p::{
    BillingProvider, Claim, Claim837Error, Header, Level, LoopPath, Submission, SubmissionIndex,
    level_paths,
};
use crate::envelope::TransactionSet;
use crate::segments::Hl;
use crate::syntax::Location;

/// One level of a [`Tree`].
pub(super) struct TreeLevel<'s, 'a> {
    pub hl: &'s Hl<'a>,
    pub path: LoopPath,
    pub parent: Option<usize>,
    /// The level's own segments and name loops, typed; `None` when they do not type.
    pub typed: Option<&'s Level<'a>>,
    pub claims: LevelClaims<'s, 'a>,
}

/// The claims of a level.
#[derive(Clone, Copy)]
pub(super) enum LevelClaims<'s, 'a> {
    /// Every claim, typed with the level.
    Typed {
        path: LoopPath,
        claims: &'s [Claim<'a>],
    },
    /// Where each claim starts, as the index found them, and those that type alone with their
    /// paths.
    Part {
        places: &'s [Location],
        typed: &'s [(LoopPath, Claim<'a>)],
    },
}

impl<'s, 'a> LevelClaims<'s, 'a> {
    /// How many claims the level holds, typed or not.
    pub fn count(self) -> usize {
        match self {
            LevelClaims::Typed { claims, .. } => claims.len(),
            LevelClaims::Part { places, .. } => places.len(),
        }
    }

    /// Where claim `n` (0-based, typed or not) starts: its CLM.
    pub fn place(self, n: usize) -> Option<Location> {
        match self {
            LevelClaims::Typed { claims, .. } => claims.get(n).map(|c| c.info().location()),
            LevelClaims::Part { places, .. } => places.get(n).copied(),
        }
    }

    /// The claims that type, each with its path.
    pub fn typed(self) -> impl Iterator<Item = (LoopPath, &'s Claim<'a>)> {
        let (path, whole, part) = match self {
            LevelClaims::Typed { path, claims } => (path, claims, &[][..]),
            LevelClaims::Part { typed, .. } => (LoopPath::root(), &[][..], typed),
        };
        let whole = (whole.iter().enumerate()).map(move |(n, c)| (path.child("2300", n + 1), c));
        whole.chain(part.iter().map(|(path, claim)| (*path, claim)))
    }
}

/// A set's loops for the rules, borrowed from where they were typed.
pub(super) struct Tree<'s, 'a> {
    /// Where the set starts (its ST): the place of what the header lacks.
    pub st: Location,
    /// The header, when it types.
    pub header: Option<&'s Header<'a>>,
    pub levels: Vec<TreeLevel<'s, 'a>>,
}

impl<'s, 'a> Tree<'s, 'a> {
    /// Every loop of a submission, all of them typed.
    pub fn of_submission(submission: &'s Submission<'a>) -> Self {
        let levels = level_paths(submission.levels())
            .enumerate()
            .map(|(i, (path, level))| TreeLevel {
                hl: level.hl(),
                path,
                parent: submission.parent(i),
                typed: Some(level),
                claims: claims_of(level, path),
            })
            .collect();
        Tree {
            st: submission.st().location(),
            header: Some(submission.header()),
            levels,
        }
    }

    /// The billing provider (2000A) that level `i` hangs under, or is, when it types.
    pub fn billing_provider(&self, mut i: usize) -> Option<&'s BillingProvider<'a>> {
        // A patient sits under a subscriber, under a billing provider: three steps at most.
        // The bound keeps a malformed (built) tree from looping.
        for _ in 0..3 {
            let level = self.levels.get(i)?;
            match level.typed {
                Some(Level::BillingProvider(billing)) => return Some(billing),
                _ => i = level.parent?,
            }
        }
        None
    }

    /// Every claim that types, with its path, in file order.
    pub fn claims(&self) -> impl Iterator<Item = (LoopPath, &'s Claim<'a>)> + '_ {
        self.levels.iter().flat_map(|level| level.claims.typed())
    }
}

/// The claims of a level typed whole (none but under a subscriber or patient level).
fn claims_of<'s, 'a>(level: &'s Level<'a>, path: LoopPath) -> LevelClaims<'s, 'a> {
    let claims = match level {
        Level::Subscriber(subscriber) => subscriber.claims(),
        Level::Patient(patient) => patient.claims(),
        Level::BillingProvider(_) | Level::Other(_) => &[],
    };
    LevelClaims::Typed { path, claims }
}

/// The loops of an 837P set that does not read whole (one that [`Submission::parse`]
/// refuses) that type on their own, for the rules to check: the header when it types, every
/// level that types whole with its claims, and of a level that does not, its own segments
/// and name loops (up to its first claim) and each claim that types alone. What does not type
/// is what reading names ([`other_reading_errors`](super::other_reading_errors)); the rules
/// pass over it.
///
/// A sender fixing a batch wants the rules' findings on every claim that reads beside the
/// claims that do not, not one kind of error per run. Where the set reads whole, the rules
/// find here what they find over its [`Submission`].
///
/// ```
/// use x12_claims::claim837p::Submission;
/// use x12_claims::envelope::Document;
/// use x12_claims::validate::{Rule, claim837p::ReadableLoops};
///
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
/// // In the first claim set, the subscriber was born on 31 February (the set does not read)
/// // and the claim is a replacement without the payer's claim number.
/// let text = String::from_utf8(input)?
///     .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
///     .replacen("*02:B:1*", "*02:B:7*", 1);
/// let doc = Document::parse(text.as_bytes())?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// assert!(Submission::parse(set).is_err());
/// let loops = ReadableLoops::of(set)?;
/// let found = loops.check();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].rule, Rule::PayerClaimNumber);
/// assert_eq!(found[0].path.to_string(), "2000B[1]/2300[1]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ReadableLoops<'a> {
    st: Location,
    header: Option<Header<'a>>,
    levels: Vec<ReadableLevel<'a>>,
}

/// A level of [`ReadableLoops`].
#[derive(Debug)]
struct ReadableLevel<'a> {
    hl: Hl<'a>,
    path: LoopPath,
    parent: Option<usize>,
    read: LevelRead<'a>,
}

/// How much of a level types.
#[derive(Debug)]
enum LevelRead<'a> {
    /// The whole level, claims included.
    Whole(Level<'a>),
    /// Not the whole level: its own segments and name loops when they type (its claims left
    /// out), where each of its claims starts, and those of its claims that type alone.
    Part {
        head: Option<Level<'a>>,
        places: Vec<Location>,
        claims: Vec<(LoopPath, Claim<'a>)>,
    },
}

impl<'a> ReadableLoops<'a> {
    /// Types each loop of `set` on its own through its [`SubmissionIndex`]. Refuses what the
    /// index refuses: a set that is not a 5010 837P, or whose HL tree or framing cannot be
    /// read; nothing of such a set can be placed.
    pub fn of(set: &TransactionSet<'a>) -> Result<Self, Claim837Error> {
        let index = SubmissionIndex::parse(set)?;
        let mut levels: Vec<ReadableLevel<'a>> = Vec::with_capacity(index.level_count());
        for i in 0..index.level_count() {
            let (Some(hl), Some(path)) = (index.hl(i), index.level_path(i)) else {
                continue;
            };
            let read = match index.level(i) {
                Some(Ok(level)) => LevelRead::Whole(level),
                _ => LevelRead::Part {
                    head: index.level_head(i).and_then(Result::ok),
                    places: Vec::new(),
                    claims: Vec::new(),
                },
            };
            levels.push(ReadableLevel {
                hl: hl.clone(),
                path,
                parent: index.parent(i),
                read,
            });
        }
        for claim in index.claims() {
            let read = levels.get_mut(claim.level()).map(|level| &mut level.read);
            if let Some(LevelRead::Part { places, claims, .. }) = read {
                places.push(claim.location());
                if let Ok(typed) = claim.to_claim() {
                    claims.push((claim.path(), typed));
                }
            }
        }
        Ok(ReadableLoops {
            st: set.location(),
            header: index.header().ok(),
            levels,
        })
    }

    /// What the rules find in the loops that type, in the order of the loops they are found
    /// in, as [`check`](super::check) gives them for a submission.
    pub fn check(&self) -> Vec<super::Finding> {
        let mut out = Vec::new();
        self.check_into(&mut out);
        out
    }

    /// As [`check`](Self::check), adding the findings to `out`.
    pub fn check_into(&self, out: &mut Vec<super::Finding>) {
        super::check_tree(&self.tree(), out);
    }

    /// The patient control number (CLM01) of every claim that types, with its path and place,
    /// as [`patient_control_numbers`](super::patient_control_numbers) gives them for a
    /// submission: for the check across the sets of a batch.
    pub fn patient_control_numbers(&self) -> impl Iterator<Item = (&str, LoopPath, Location)> {
        let tree = self.tree();
        let numbers: Vec<_> = tree.claims().map(control_number).collect();
        numbers.into_iter()
    }

    /// The loops as the rules walk them.
    fn tree(&self) -> Tree<'_, 'a> {
        let levels = (self.levels.iter())
            .map(|level| {
                let (typed, claims) = match &level.read {
                    LevelRead::Whole(typed) => (Some(typed), claims_of(typed, level.path)),
                    LevelRead::Part {
                        head,
                        places,
                        claims,
                    } => (
                        head.as_ref(),
                        LevelClaims::Part {
                            places,
                            typed: claims,
                        },
                    ),
                };
                TreeLevel {
                    hl: &level.hl,
                    path: level.path,
                    parent: level.parent,
                    typed,
                    claims,
                }
            })
            .collect();
        Tree {
            st: self.st,
            header: self.header.as_ref(),
            levels,
        }
    }
}

/// A claim's patient control number (CLM01), its path and its place.
pub(super) fn control_number<'s>(
    (path, claim): (LoopPath, &'s Claim<'_>),
) -> (&'s str, LoopPath, Location) {
    let clm = claim.info();
    let number = clm.patient_control_number();
    (number, path, clm.location().with_element(1))
}
