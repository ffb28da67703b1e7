//! The loops of one 837P set as the rules walk them: every loop of a [`Submission`], or those
//! of a set that does not read whole that type on their own
//! ([`ReadableLoops`](super::ReadableLoops)).

use crate::claim837p::{BillingProvider, Claim, Header, Level, LoopPath, Submission, level_paths};
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

    /// Whether the claims are those of the level typed whole, which writes them.
    pub fn written_with_level(self) -> bool {
        matches!(self, LevelClaims::Typed { .. })
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
pub(super) fn claims_of<'s, 'a>(level: &'s Level<'a>, path: LoopPath) -> LevelClaims<'s, 'a> {
    let claims = match level {
        Level::Subscriber(subscriber) => subscriber.claims(),
        Level::Patient(patient) => patient.claims(),
        Level::BillingProvider(_) | Level::Other(_) => &[],
    };
    LevelClaims::Typed { path, claims }
}

/// A claim's patient control number (CLM01), its path and its place.
pub(super) fn control_number<'s>(
    (path, claim): (LoopPath, &'s Claim<'_>),
) -> (&'s str, LoopPath, Location) {
    let clm = claim.info();
    let number = clm.patient_control_number();
    (number, path, clm.location().with_element(1))
}
