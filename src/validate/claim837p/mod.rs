//! The 837P rules that reading does not enforce: what a payer's front end refuses in a claim
//! that reads, checked over a typed [`Submission`] before it is sent.
//!
//! Reading already refuses what breaks the model (a missing CLM, an HL whose parent does not
//! exist, a value of the wrong type). It stops at the first such error;
//! [`other_reading_errors`] names every other claim and level of the set that does not read,
//! and [`ReadableLoops`] holds the loops that do read to these rules. Codes from open lists
//! are kept when unknown, so that a file with a newer code still reads, and so is every loop
//! met, however often it repeats; the rules below say which codes a claim may not carry and
//! how often each loop may come.
//!
//! Each finding names its loop, element and rule, e.g. `error 837P-P14 2000B[1]/2300[3]
//! CLM05-3 at segment 27 (byte 1042): frequency code "X" is not a claim frequency code (1
//! original, 7 replacement, 8 void)`. A built submission is checked the same way, before it is
//! written; its findings name the element alone (`CLM05-3`).
//!
//! | rule | check | severity |
//! |---|---|---|
//! | `837P-P03` | ST03 names the guide GS08 names ([`check_version`], over the set as framed) | error |
//! | `837P-P05` | HL01 numbers the levels 1, 2, 3 in order; HL03 is `20`, `22` or `23`; HL04 is `1` when a child level follows and `0` when none does | error |
//! | `837P-P06` | a subscriber level holds claims (SBR02 `18`) or patient levels (SBR02 empty), not both | error |
//! | `837P-P07` | the patient's name loop (2010BA when the subscriber is the patient, else 2010CA) has N3, N4 and DMG (error); 2010BA has none of them when the patient is someone else (warning) | both |
//! | `837P-P08` | the billing provider's address (2010AA N301) is not a post office box, lock box or private mailbox | error |
//! | `837P-P09` | a US ZIP code of the billing provider or a service facility (2010AA, 2310C, 2420C N403) has nine digits | error |
//! | `837P-P10` | the billing provider has `REF*EI` (EIN) or `REF*SY` (SSN) of nine digits, no hyphen | error |
//! | `837P-P11` | every NPI (NM109 after NM108 `XX`) passes its check digit | error |
//! | `837P-P12` | CLM01 is unique in the set (error; across the sets of a batch with [`ControlNumbers`]) and at most 20 characters, what an 835 gives back whole (warning) | both |
//! | `837P-P13` | CLM02 = Σ SV102 of the claim's lines, in exact decimal arithmetic | error |
//! | `837P-P14` | CLM05-1 and SV105 are known places of service, CLM05-2 is `B`, CLM05-3 is `1`, `7` or `8` | error |
//! | `837P-P15` | CLM05-3 `7` (replacement) or `8` (void) has `REF*F8`, the payer's claim number; `1` has none | error |
//! | `837P-P16` | the first HI starts with `ABK` (`BK`), goes on with `ABF` (`BF`), repeats no code, has no decimal point; the claim's other HI are `BP` (anesthesia procedures) or `BG` (conditions) | error |
//! | `837P-P17` | every SV107 pointer names one of the claim's diagnoses, none twice on a line | error |
//! | `837P-P18` | LX01 numbers the claim's lines 1, 2, 3 ... in order | error |
//! | `837P-P19` | CLM02 and SV102 are not negative, with at most 2 decimals; SV104 is above zero, with at most 3 | error |
//! | `837P-P20` | SV105 is sent only when it differs from CLM05-1 | warning |
//! | `837P-P21` | no rendering provider (2310B) with the billing provider's NPI | warning |
//! | `837P-P22` | no service facility (2310C) at the billing provider's address; its REF only when NM109 gives no NPI | error |
//! | `837P-P23` | every line has DTP*472, and a range ends on or after its start | error |
//! | `837P-P24` | the diagnoses are ICD-10-CM (`ABK`) for services from 1 October 2015, ICD-9-CM (`BK`) before | error |
//! | `837P-P25` | line item control numbers (`REF*6R`) are unique in the claim | error |
//! | `837P-P26` | a claim sent on to a later payer balances: for each line an earlier payer adjudicated (2430) SV102 − Σ its CAS = SVD02, and SVD01 names one of the claim's other payers; for each earlier payer with `AMT*D`, CLM02 − Σ its claim CAS (2320) − Σ its line CAS (2430) = AMT*D | error |
//! | `837P-P27` | a chargeable claim (BHT06 `CH`) charges more than zero | warning |
//! | `837P-P28` | every provider taxonomy code (PRV03) has the NUCC's form: ten letters or digits, the last `X` | error |
//! | `837P-S1` | no loop repeats more often than the guide allows where it stands: 100 claims under a level, 50 lines and 10 other payers in a claim, one drug and 15 adjudications on a line, two referring providers (2310A, 2330C, 2420F) and one of every other name loop | error |
//! | `837P-S2` | every segment stands where the guide places it: none kept untyped (out of guide order, past its maximum use, or foreign), and the typed ones of each loop in the guide's order (an N3 after its N4, a payer's name loop after the claims, a claim's DTP after its HI) | error |
//! | `837P-S3` | the segments and loops the guide requires are there: BHT, the submitter (1000A) and its PER, the receiver (1000B), the billing provider's name loop, SBR and the subscriber's and payer's name loops, PAT and the patient's name loop, N3 and N4 where care was given or a patient picked up (2010AA/AB/AC, 2310C/E/F, 2420C/G/H), OI and the 2330A/B loops of a 2320, CTP of a drug, DTP*573 of a line adjudication, FRM of a form | error |
//! | `837P-S4` | a segment repeats no more than its maximum use in its loop: one PRV, N3, N4 and DMG in a name loop, one tax id (REF*EI or REF*SY) in the billing provider's, two PER in the submitter's and billing provider's and one elsewhere, each use of REF as often as its loop allows (three other ids of a payer, four secondary ids of a rendering provider ...); one DTP, REF and AMT of each qualifier in a claim (two DTP*090/091), ten PWK and K3, three CRC, one CN1, NTE, CR1, CR2, HCP, one diagnosis HI and two condition HI; in a line one of each DTP, QTY, REF (five G1 and 9F), AMT and NTE kind, five MEA, one certificate of medical necessity (PWK*CT) beside ten other PWK; five CAS and one AMT and DTP of each kind in a 2320 or 2430 | error |
//! | `837P-S5` | every element and component of a typed segment is as long as the X12 data element dictionary allows: at most 60 characters in a name (NM103), 55 in an address line, at least 3 in a ZIP code, at most 18 digits in an amount (sign and decimal point not counted) ... | error |
//! | `837P-S6` | a coded element holds a code the guide lists for it: in every loop (BHT01/02/06, CLM06–12 and CLM20, DMG01/03, SBR01/05/09, PAT01, SV101-1, SV103, OI03/04/06 ...; 58 positions) and in the loop at hand (NM101/102/108 of each name loop, PER03 of each contact, PRV01, the REF01, DTP01, AMT01, QTY01, NTE01, CRC and PWK qualifiers each loop lists, DTP02 of each date; 154 uses of a segment in a loop); N402 and CLM11-4 a US state or territory or Canadian province, for an address in those countries; a country (N404, CLM11-5) an ISO 3166 code; a currency (CUR02) an ISO 4217 one; an adjustment reason (CAS) or remark code (MOA) of the form of its list's codes | error |
//! | `837P-S7` | a segment keeps the X12 syntax notes: elements that go together (NM108 and NM109, PER03 and PER04), that call for others (N407 for N404), that exclude each other (N402 and N407), or of which one is required (REF02 or REF03) | error |
//! | `837P-S8` | the elements the guide requires in every loop that carries their segment are sent (BHT06, HL04, PER04 ...), and those it uses in none are not (CLM03, CLM04, NM106, SBR08 ...; 235 elements); so are those it requires or does not use in the loop at hand (NM103 of a payer, NM104–NM107 of an organization-only name loop, REF04 ...); no element comes past the last the guide gives its segment (CLM21); and the state of a US or Canadian address (N402) or of an auto accident (CLM11-4) | error |
//! | `837P-S9` | no segment ends with an element separator, and no element with a component separator (`N4*CITY*IL*`): X12 leaves trailing empty elements and components out | error |
//!
//! The S rules hold the loop tree to the guide's usage and repeat counts, each element to its
//! length, each segment to the standard's syntax notes, and each element to the codes and use
//! the guide gives it, in every loop (`segments::code_lists`, `segments::usage`) and in its own
//! (`claim837p::loop_elements`). Code lists kept outside the guide are held for places of
//! service (P14), states and provinces, countries and currencies (S6); adjustment reasons (CAS)
//! and remark codes (MOA) are held to the form of their lists' codes (S6).
//!
//! The P numbers follow the crate's 837P rule list; the ones missing here are enforced
//! elsewhere: the envelope counts and control numbers (P01, P02) and the ISA's width (P04) by
//! [`envelope`](crate::envelope), HL parents (the rest of P05) and the guide ST03 names by
//! reading, calendar dates by the types. Should two 2320 loops name one payer, P26 gives its
//! 2430 lines to the first.
//!
//! [`check_document`] holds every 837 set of a file to all of these in file order, P03 and
//! the control numbers across sets included.
//!
//! Checking reads the values it needs through the segments' accessors, and costs about 2.4
//! times what reading the set into its loop tree did (1.37 G instructions per 10 MB of
//! generated claims, of which about 0.7 G for the elements' lengths, codes, syntax notes and
//! uses and 0.04 G for the order of the segments; the typed parse 0.56 G); it takes time linear
//! in the size of the set.
//!
//! ```
//! use x12_claims::claim837p::Submission;
//! use x12_claims::envelope::Document;
//! use x12_claims::validate::{Rule, claim837p};
//!
//! # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
//! let doc = Document::parse(&input)?;
//! let submission = Submission::parse(doc.transaction_sets().next().ok_or("no set")?)?;
//! assert!(claim837p::check(&submission).is_empty());
//!
//! // The same claim sent as a replacement, without the payer's claim number.
//! let replacement = String::from_utf8(input.clone())?.replace(":B:1*", ":B:7*");
//! let doc = Document::parse(replacement.as_bytes())?;
//! let submission = Submission::parse(doc.transaction_sets().next().ok_or("no set")?)?;
//! let found = claim837p::check(&submission);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].rule, Rule::PayerClaimNumber);
//! assert_eq!(found[0].path.to_string(), "2000B[1]/2300[1]");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod batch;
mod claims;
mod cob;
mod document;
mod element_values;
mod levels;
mod lines;
mod order;
mod parties;
mod readable;
mod repeats;
mod structure;
#[cfg(test)]
mod tests;
mod tree;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::{Diagnostic, Rule, Severity};
use crate::claim837p::{Level, LoopPath, Submission};
use crate::envelope::TransactionSet;
use crate::syntax::Location;

pub use batch::{ControlNumbers, patient_control_numbers};
pub use document::{SetCheck, check_document, other_reading_errors};
pub use readable::ReadableLoops;

use tree::{LevelClaims, Tree};

/// A finding of these rules: a [`Diagnostic`] placed by an 837P loop path.
pub type Finding = Diagnostic<LoopPath>;

/// Checks every rule over one submission.
pub fn check(submission: &Submission<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    check_into(submission, &mut out);
    out
}

/// Checks every rule over one submission, adding the findings to `out` in the order of the
/// loops they are found in.
pub fn check_into(submission: &Submission<'_>, out: &mut Vec<Finding>) {
    check_tree(&Tree::of_submission(submission), out);
}

/// The rules over the loops of `tree` that type. A level whose own segments do not type is
/// held to the rules of its HL alone (P05); each claim that types, to the rules of a claim.
fn check_tree(tree: &Tree<'_, '_>, out: &mut Vec<Finding>) {
    let start = out.len();
    let mut report = Report {
        out,
        out_of_order: Vec::new(),
    };
    let bht = tree.header.and_then(|header| header.bht());
    let chargeable = bht.and_then(|bht| bht.transaction_type()) == Some("CH");
    if let Some(header) = tree.header {
        order::header(header, &mut report);
        structure::header(header, tree.st, &mut report);
        parties::each_party(header.parties(), LoopPath::root(), &mut report);
    }
    let mut control_numbers = HashMap::new();
    let below = Below::of(tree);
    for (i, entry) in tree.levels.iter().enumerate() {
        let path = entry.path;
        let (has_children, has_patients) = below.level(i);
        order::level(entry, &mut report);
        levels::child_code(entry.hl, has_children, path, &mut report);
        if let Some(level) = entry.typed {
            structure::level(level, path, &mut report);
        }
        levels::number(entry.hl, i + 1, path, &mut report);
        match entry.typed {
            Some(Level::BillingProvider(billing)) => {
                parties::billing_provider(billing, path, &mut report);
                parties::each_party(billing.parties(), path, &mut report);
                continue;
            }
            Some(Level::Subscriber(subscriber)) => {
                let has_claims = entry.claims.count() > 0;
                levels::subscriber(subscriber, has_claims, has_patients, path, &mut report);
                parties::each_party(subscriber.parties(), path, &mut report);
            }
            Some(Level::Patient(patient)) => {
                levels::patient(patient, path, &mut report);
                parties::each_party(patient.parties(), path, &mut report);
            }
            Some(Level::Other(other)) => {
                levels::other(other, path, &mut report);
                continue;
            }
            None => {}
        }
        repeats::claims(entry.claims, path, &mut report);
        let billing = tree.billing_provider(i).and_then(|b| b.name());
        let around = claims::Around {
            billing,
            chargeable,
        };
        for (path, claim) in entry.claims.typed() {
            structure::claim(claim, path, &mut report);
            claims::check(claim, path, &around, &mut control_numbers, &mut report);
        }
    }
    report.drop_order_of_repeats(start);
}

/// What hangs under each level, found in one pass over the parent links (asking each level
/// for its children would take a pass per level).
struct Below {
    /// Per level: whether some level has it as parent, and whether a patient level does.
    levels: Vec<(bool, bool)>,
}

impl Below {
    fn of(tree: &Tree<'_, '_>) -> Self {
        let mut levels = vec![(false, false); tree.levels.len()];
        for level in &tree.levels {
            let parent = level.parent.and_then(|p| levels.get_mut(p));
            if let Some((has_children, has_patients)) = parent {
                *has_children = true;
                *has_patients |= level.hl.level() == "23";
            }
        }
        Below { levels }
    }

    fn level(&self, i: usize) -> (bool, bool) {
        self.levels.get(i).copied().unwrap_or_default()
    }
}

/// `837P-P03`: the guide an 837P's ST03 names is the one its functional group's GS08 names.
/// (Reading refuses an ST03 that is not a 5010 professional claim; a submission does not hold
/// its group, so this rule is checked on the set as framed.)
///
/// ```
/// use x12_claims::envelope::Document;
/// use x12_claims::validate::claim837p;
///
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/telehealth.837p.x12"))?;
/// let doc = Document::parse(&input)?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// assert!(claim837p::check_version("005010X222A1", set).is_none());
/// let found = claim837p::check_version("005010X222", set).ok_or("no finding")?;
/// assert_eq!(found.rule.id(), "837P-P03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_version(gs08: &str, set: &TransactionSet<'_>) -> Option<Finding> {
    let st03 = set.header().implementation.as_deref()?;
    if set.id() != "837" || st03 == gs08 {
        return None;
    }
    Some(Diagnostic::new(
        Rule::Implementation,
        Severity::Error,
        LoopPath::root(),
        set.location().with_element(3),
        format!("ST03 {st03:?} is not the guide the functional group names in GS08 ({gs08:?})"),
    ))
}

/// Collects the findings.
struct Report<'o> {
    out: &'o mut Vec<Finding>,
    /// Where the findings of segments out of the guide's order are in `out`.
    out_of_order: Vec<usize>,
}

impl Report<'_> {
    /// A typed segment out of the guide's order (`837P-S2`).
    fn out_of_order(&mut self, path: LoopPath, at: Location, message: String) {
        self.out_of_order.push(self.out.len());
        self.error(Rule::SegmentPlacement, path, at, message);
    }

    /// Leaves out the order of a segment repeated past its use, among the findings from
    /// `start` on: it is reported as repeated (`837P-S4`), and where it stands against its
    /// twin says nothing more.
    fn drop_order_of_repeats(self, start: usize) {
        if self.out_of_order.is_empty() {
            return;
        }
        let repeated: HashSet<u64> = (self.out.iter().skip(start))
            .filter(|found| found.rule == Rule::SegmentRepeat)
            .map(|found| found.location.segment)
            .collect();
        // `out_of_order` holds ascending places in `out`.
        let mut at = 0;
        self.out.retain(|found| {
            let order = self.out_of_order.binary_search(&at).is_ok();
            at += 1;
            !(order && repeated.contains(&found.location.segment))
        });
    }

    /// A broken rule.
    fn error(&mut self, rule: Rule, path: LoopPath, at: Location, message: impl Into<Message>) {
        let found = Diagnostic::new(rule, Severity::Error, path, at, message);
        self.out.push(found);
    }

    /// Something a payer may refuse, or that is likely a mistake.
    fn warning(&mut self, rule: Rule, path: LoopPath, at: Location, message: impl Into<Message>) {
        let found = Diagnostic::new(rule, Severity::Warning, path, at, message);
        self.out.push(found);
    }

    /// A broken rule that compares an amount with what the rule computes from others.
    fn mismatch(&mut self, rule: Rule, path: LoopPath, at: Location, amounts: Mismatch) {
        let found = Diagnostic::new(rule, Severity::Error, path, at, amounts.message);
        self.out
            .push(found.with_amounts(amounts.expected, amounts.actual));
    }
}

/// What a finding says: fixed, or with the values found.
type Message = Cow<'static, str>;

/// An amount that is not what a rule computes.
struct Mismatch {
    /// What the rule computes.
    expected: Decimal,
    /// What the claim says.
    actual: Decimal,
    /// What differs, in words.
    message: &'static str,
}
