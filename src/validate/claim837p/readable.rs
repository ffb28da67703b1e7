//! [`ReadableLoops`]: the loops of an 837P set that does not read whole, each typed on its own,
//! for the rules.

use super::tree::{LevelClaims, Tree, TreeLevel, claims_of, control_number};
use crate::claim837p::{Claim, Claim837Error, Header, Level, LoopPath, SubmissionIndex};
use crate::envelope::TransactionSet;
use crate::segments::Hl;
use crate::syntax::Location;
use crate::syntax::location::{in_file_order, others_in_file_order};

/// The loops of an 837P set that does not read whole (one that [`Submission::parse`](crate::claim837p::Submission::parse)
/// refuses) that type on their own, for the rules to check: the header when it types, every
/// level that types whole with its claims, and of a level that does not, its own segments
/// and name loops (up to its first claim) and each claim that types alone. What does not type
/// is what reading names ([`other_reading_errors`](super::other_reading_errors)); the rules
/// pass over it.
///
/// A sender fixing a batch wants the rules' findings on every claim that reads beside the
/// claims that do not, not one kind of error per run. Where the set reads whole, the rules
/// find here what they find over its [`Submission`](crate::claim837p::Submission).
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
/// let loops = ReadableLoops::of(set);
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
    errors: Vec<Claim837Error>,
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
    /// Types each loop of `set` on its own through its [`SubmissionIndex`]. Of a set the
    /// index refuses (one that is not a 5010 837P, or whose HL tree or framing cannot be read)
    /// no loop can be placed: it has none, and the index's error is its one error.
    pub fn of(set: &TransactionSet<'a>) -> Self {
        let index = match SubmissionIndex::parse(set) {
            Ok(index) => index,
            Err(error) => {
                return ReadableLoops {
                    st: set.location(),
                    header: None,
                    levels: Vec::new(),
                    errors: vec![error],
                };
            }
        };
        let mut errors = Vec::new();
        let header = typed(index.header(), &mut errors);
        let mut levels: Vec<ReadableLevel<'a>> = Vec::with_capacity(index.level_count());
        for i in 0..index.level_count() {
            let (Some(hl), Some(path), Some(level)) =
                (index.hl(i), index.level_path(i), index.level(i))
            else {
                continue;
            };
            let read = match typed(level, &mut errors) {
                Some(level) => LevelRead::Whole(level),
                None => LevelRead::Part {
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
            // The claims of a level that types whole type too.
            if let Some(LevelRead::Part { places, claims, .. }) = read {
                places.push(claim.location());
                if let Some(typed) = typed(claim.to_claim(), &mut errors) {
                    claims.push((claim.path(), typed));
                }
            }
        }
        ReadableLoops {
            st: set.location(),
            header,
            levels,
            errors: in_file_order(errors, Claim837Error::location),
        }
    }

    /// Every loop of the set that does not type, each with the first error typing it meets, in
    /// file order: what [`SubmissionIndex::errors`] gives, met while typing the others; or the
    /// index's error, when it refuses the set.
    pub fn errors(&self) -> &[Claim837Error] {
        &self.errors
    }

    /// [`errors`](Self::errors) but `first`, the error [`Submission::parse`] gave: what
    /// [`other_reading_errors`](super::other_reading_errors) gives, without typing the set's
    /// loops again.
    ///
    /// [`Submission::parse`]: crate::claim837p::Submission::parse
    pub fn into_other_reading_errors(self, first: &Claim837Error) -> Vec<Claim837Error> {
        others_in_file_order(first, self.errors, Claim837Error::location)
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

/// The loop `read` typed, or its error kept in `errors`.
fn typed<T>(read: Result<T, Claim837Error>, errors: &mut Vec<Claim837Error>) -> Option<T> {
    read.map_err(|error| errors.push(error)).ok()
}
