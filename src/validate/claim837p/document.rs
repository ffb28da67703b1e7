//! Every 837P set of a framed document held to the rules, in file order: what a sender runs
//! on a whole batch before it goes out.

use super::{ControlNumbers, Finding, ReadableLoops, check_into, check_version};
use crate::claim837p::{Claim837Error, Submission, SubmissionIndex};
use crate::envelope::{Document, TransactionSet};
use crate::syntax::location::others_in_file_order;
use crate::validate::Severity;

/// One 837 set of a document and what checking it gave. See [`check_document`].
#[derive(Debug)]
pub struct SetCheck<'d, 'a> {
    /// The set as framed.
    pub set: &'d TransactionSet<'a>,
    /// Its loop tree, kept for what comes after checking (writing, posting), or why it cannot
    /// be read as an 837P.
    pub submission: Result<Submission<'a>, Claim837Error>,
    /// When the set cannot be read: every other loop of it that does not type, besides the one
    /// `submission` names, with its error, in file order ([`other_reading_errors`]). Empty when
    /// it was read.
    pub other_reading_errors: Vec<Claim837Error>,
    /// What the rules found, in file order: ST03 against its group's GS08 (`837P-P03`, checked
    /// even when the set cannot be read), then the claim rules and its patient control numbers
    /// that an earlier set of the document used (`837P-P12`). When the set cannot be read, the
    /// rules check the loops of it that type on their own ([`ReadableLoops`]).
    pub findings: Vec<Finding>,
}

impl SetCheck<'_, '_> {
    /// Whether the set can go out: it was read, and no rule found an error (warnings allowed).
    pub fn passes(&self) -> bool {
        self.submission.is_ok() && (self.findings.iter()).all(|f| f.severity != Severity::Error)
    }
}

/// Checks every 837 set of `doc` in file order, each when the iterator reaches it: ST03
/// against its group's GS08 ([`check_version`]), the set read into its loop tree, the claim
/// rules ([`check`](super::check)), and [`ControlNumbers`] across the sets. A set that does
/// not read has every loop that does not type named ([`other_reading_errors`]) and the rest
/// held to the rules ([`ReadableLoops`]), so one run reports the whole batch. Sets of other
/// transactions (an 835 in the same file) are passed over; an 837 of another guide (837I,
/// 4010) is refused by reading, and says so.
///
/// One loop tree is built per set and handed over in its [`SetCheck`]: drop it to hold one
/// at a time. The control numbers of the sets checked so far are kept (a few dozen bytes a
/// claim).
///
/// ```
/// use x12_claims::envelope::Document;
/// use x12_claims::validate::claim837p;
///
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
/// // Two claim sets and a remittance; the second set sends its claim under the first's number.
/// let batch = String::from_utf8(input)?.replace("CLM*FVC-0002", "CLM*FVC-0001");
/// let doc = Document::parse(batch.as_bytes())?;
/// let checked: Vec<_> = claim837p::check_document(&doc).collect();
/// assert_eq!(checked.len(), 2);
/// assert!(checked[0].passes());
/// assert!(!checked[1].passes());
/// assert_eq!(checked[1].set.header().control_number, "0002");
/// assert_eq!(
///     checked[1].findings[0].to_string(),
///     "error 837P-P12 2000B[1]/2300[1] CLM01 at segment 47 (byte 1297): patient control number \
///      \"FVC-0001\" is also the one of claim 2000B[1]/2300[1] of set 0001"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_document<'d, 'a>(
    doc: &'d Document<'a>,
) -> impl Iterator<Item = SetCheck<'d, 'a>> + 'd {
    let mut batch = ControlNumbers::default();
    doc.interchanges()
        .iter()
        .flat_map(|interchange| interchange.groups())
        .flat_map(|group| {
            let gs08 = group.header().version.as_ref();
            (group.transaction_sets().iter())
                .filter(|set| set.id() == "837")
                .map(move |set| (gs08, set))
        })
        .map(move |(gs08, set)| {
            let mut findings: Vec<Finding> = check_version(gs08, set).into_iter().collect();
            let submission = Submission::parse(set);
            let mut others = Vec::new();
            match &submission {
                Ok(submission) => {
                    check_into(submission, &mut findings);
                    findings.extend(batch.check(submission));
                }
                // Every other loop that does not read; the rules over those that do, and their
                // claims' numbers.
                Err(first) => {
                    let loops = ReadableLoops::of(set);
                    loops.check_into(&mut findings);
                    let control = &set.header().control_number;
                    findings.extend(batch.add_set(loops.patient_control_numbers(), control));
                    others = loops.into_other_reading_errors(first);
                }
            }
            SetCheck {
                set,
                submission,
                other_reading_errors: others,
                findings,
            }
        })
}

/// Why `set` cannot be read, besides `first`, the error [`Submission::parse`] gave: the error
/// of every other loop that does not type ([`SubmissionIndex::errors`]), or the index's own when
/// the set's structure cannot be read, in file order. A typed parse stops at its first error,
/// and a sender fixing a batch wants every claim that will not read, not one per run. The
/// others may stand before `first`: HL links are checked once every level is read, so a broken
/// link can come before the error the parse met first.
///
/// ```
/// use x12_claims::claim837p::Submission;
/// use x12_claims::envelope::Document;
/// use x12_claims::validate::claim837p;
///
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
/// // In the first claim set, the subscriber was born on 31 February and the claim charges an
/// // amount that is not a number.
/// let text = String::from_utf8(input)?
///     .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
///     .replacen("CLM*FVC-0001*150", "CLM*FVC-0001*1S0", 1);
/// let doc = Document::parse(text.as_bytes())?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// let first = Submission::parse(set).err().ok_or("the set reads")?;
/// assert!(first.to_string().starts_with("2000B[1]/2010BA[1] DMG02 at segment 20"), "{first}");
/// let others = claim837p::other_reading_errors(set, &first);
/// assert_eq!(others.len(), 1, "{others:?}");
/// assert!(others[0].to_string().starts_with("2000B[1]/2300[1] CLM02 at segment 22"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn other_reading_errors(set: &TransactionSet<'_>, first: &Claim837Error) -> Vec<Claim837Error> {
    let errors = match SubmissionIndex::parse(set) {
        Ok(index) => index.errors(),
        Err(error) => vec![error],
    };
    others_in_file_order(first, errors, Claim837Error::location)
}

#[cfg(test)]
mod tests {
    use super::check_document;
    use crate::claim837p::Claim837Error;
    use crate::envelope::Document;

    const BATCH: &str = include_str!("../../../tests/data/ta1-two-groups.x12");

    #[test]
    fn a_set_that_is_not_read_still_has_its_version_checked() {
        // The second claim set names the institutional guide; its group names the professional.
        let batch = BATCH.replacen("ST*837*0002*005010X222A1", "ST*837*0002*005010X223A2", 1);
        let doc = Document::parse(batch.as_bytes()).unwrap();
        let checked: Vec<_> = check_document(&doc).collect();
        // The file's 835 is passed over.
        assert_eq!(checked.len(), 2);
        assert!(checked[0].passes(), "{:?}", checked[0].findings);
        let second = &checked[1];
        assert!(!second.passes());
        assert!(matches!(
            second.submission,
            Err(Claim837Error::NotProfessional { .. })
        ));
        let rules: Vec<&str> = second.findings.iter().map(|f| f.rule.id()).collect();
        assert_eq!(rules, ["837P-P03"]);
    }

    #[test]
    fn a_set_that_is_not_read_names_every_loop_that_does_not_type() {
        let batch = BATCH
            .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
            .replacen("CLM*FVC-0001*150", "CLM*FVC-0001*1S0", 1);
        let doc = Document::parse(batch.as_bytes()).unwrap();
        let checked: Vec<_> = check_document(&doc).collect();
        let first = &checked[0];
        assert!(!first.passes());
        let parsed = first.submission.as_ref().err().unwrap().to_string();
        assert!(parsed.contains("DMG02"), "{parsed}");
        let others: Vec<String> = (first.other_reading_errors.iter())
            .map(ToString::to_string)
            .collect();
        assert_eq!(others.len(), 1, "{others:?}");
        assert!(others[0].contains("CLM02"), "{others:?}");
        // The set that reads has none.
        assert!(checked[1].passes());
        assert!(checked[1].other_reading_errors.is_empty());
    }

    #[test]
    fn the_loops_of_a_set_that_is_not_read_are_held_to_the_rules() {
        // In the first set, the subscriber was born on 31 February (its level does not read)
        // and its claim is a replacement without the payer's claim number; the second set
        // sends its claim under the first's number.
        let batch = BATCH
            .replacen("DMG*D8*19900211", "DMG*D8*19900231", 1)
            .replacen("CLM*FVC-0001*150***02:B:1", "CLM*FVC-0001*150***02:B:7", 1)
            .replacen("CLM*FVC-0002", "CLM*FVC-0001", 1);
        let doc = Document::parse(batch.as_bytes()).unwrap();
        let checked: Vec<_> = check_document(&doc).collect();
        let found: Vec<Vec<String>> = (checked.iter())
            .map(|c| {
                c.findings
                    .iter()
                    .map(|f| format!("{} {}", f.rule.id(), f.path))
                    .collect()
            })
            .collect();
        assert_eq!(
            found,
            [
                vec!["837P-P15 2000B[1]/2300[1]"],
                vec!["837P-P12 2000B[1]/2300[1]"]
            ]
        );
        assert!(checked[0].submission.is_err());
        assert!(checked[0].other_reading_errors.is_empty());
        assert!(checked[1].findings[0].message.contains("of set 0001"));
    }

    #[test]
    fn each_set_is_held_to_the_claim_rules() {
        let batch = BATCH.replacen("CLM*FVC-0002*150***02:B:1", "CLM*FVC-0002*150***02:B:7", 1);
        let doc = Document::parse(batch.as_bytes()).unwrap();
        let checked: Vec<_> = check_document(&doc).collect();
        let found: Vec<Vec<&str>> = (checked.iter())
            .map(|c| c.findings.iter().map(|f| f.rule.id()).collect())
            .collect();
        assert_eq!(found, [vec![], vec!["837P-P15"]]);
        let claims = checked[1].submission.as_ref().unwrap().claims().count();
        assert_eq!(claims, 1);
    }
}
