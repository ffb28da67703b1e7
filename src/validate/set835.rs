//! [`check`]: every 835 rule of the `validate` module for one transaction set, in one pass.
//!
//! Checking a remittance the plain way takes four steps: [`Remittance::parse`] (every element
//! of every segment checked, a record of each kept in the loop tree), then
//! [`balance835::check`] and [`structure835::check`] over the tree, and [`elements835::check`]
//! over the set. [`check`] gives the same
//! result from the one pass that builds the set's [`RemittanceIndex`]: each segment is checked
//! where its loop places it and dropped, and balancing and the structure rules take what they
//! need on the way. No loop tree is built or dropped, which saves about a quarter of the work
//! (see the README's Performance section); `x12 validate` checks 835s this way. For a set that
//! does not read, [`other_reading_errors`] names every loop that does not type and
//! [`check_readable`] holds the others to the same rules.

use super::balance835::Balancer;
use super::elements835::Elements;
use super::{Diagnostic, Rule, balance835, elements835, structure835};
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::remit835::{
    LoopPath, Observer, Remit835Error, Remittance, RemittanceIndex, check_placed,
};
use crate::segments::SegmentCursor;
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::SpanSource;
use crate::syntax::location::others_in_file_order;
use crate::syntax::{Location, Segment};

/// Checks one 835 set: refuses it with the error [`Remittance::parse`] gives, or gives the
/// findings of [`balance835::check`] followed by those of [`structure835::check`] on the
/// remittance it reads, and those of [`elements835::check`]: the same result as those four,
/// without building the loop tree. For a set it refuses, [`other_reading_errors`] names every
/// other loop that does not read.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::{Rule, set835};
/// // The line's CAS add up to 80, not the 90 the line charge less the line payment needs;
/// // the payer has no address or technical contact.
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
/// TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
/// CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*50~CAS*PR*3*30~\
/// SE*12*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// let rules: Vec<_> = set835::check(set)?.iter().map(|d| d.rule).collect();
/// assert_eq!(
///     rules,
///     [Rule::LineBalance, Rule::ClaimBalance, Rule::PayerAddress, Rule::PayerTechnicalContact]
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(set: &TransactionSet<'_>) -> Result<Vec<Diagnostic>, Remit835Error> {
    match check_indexed(set) {
        Ok((_, findings)) => Ok(findings),
        // A set too large for the index's byte ranges is read the plain way.
        Err(Remit835Error::TooLarge { .. }) => plain(set),
        Err(error) => Err(error),
    }
}

/// Why `set` cannot be read, besides `first`, the error [`check`] (and
/// [`Remittance::parse`]) gave: the error of every other loop that does not type
/// ([`RemittanceIndex::errors`]), or the index's own when the set's structure cannot be read,
/// in file order. Reading stops at its first error; a posting pipeline wants every claim
/// payment that will not read, to post the others and set those aside. Indexes the set again
/// and types one loop at a time, never building its tree.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::set835;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
/// // The payment total and the claim payment's amount are not numbers.
/// let input = String::from_utf8(input)?
///     .replacen("BPR*I*100*", "BPR*I*1OO*", 1)
///     .replacen("CLP*FVC-0001*1*150*100", "CLP*FVC-0001*1*150*1OO", 1);
/// let doc = Document::parse(input.as_bytes())?;
/// let set = doc.transaction_sets().find(|s| s.id() == "835").ok_or("no 835")?;
/// let first = set835::check(set).err().ok_or("the set reads")?;
/// assert!(first.to_string().starts_with("header BPR02"), "{first}");
/// let others = set835::other_reading_errors(set, &first);
/// assert_eq!(others.len(), 1, "{others:?}");
/// assert!(others[0].to_string().starts_with("2000[1]/2100[1] CLP04"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn other_reading_errors(set: &TransactionSet<'_>, first: &Remit835Error) -> Vec<Remit835Error> {
    let errors = match RemittanceIndex::parse(set) {
        Ok(index) => index.errors(),
        Err(error) => vec![error],
    };
    others_in_file_order(first, errors, Remit835Error::location)
}

/// [`check`] that goes on past the error reading stops at: that error, if any, and the findings
/// over the loops of `set` that read. Those are every balancing rule whose amounts read, the
/// structure rules when the header and payer read, and the element rules of every segment that
/// types. For a set that reads, what [`check`] gives, for the same work.
///
/// For a set it refuses, the errors that stop reading are `refused` and
/// [`other_reading_errors`]; they are not said again in the findings (no `835-B7`, an amount
/// that is not a number), and the rules that need them are skipped. A set whose structure the
/// index refuses gives the findings of what it read before it stopped, without the payment
/// total (835-B5) or the structure rules; a set over 4 GiB, which no index takes, is read the
/// plain way and gives findings only when it reads.
///
/// A posting pipeline sets aside the claim payments that do not read and posts the others;
/// this tells what else is wrong in those it posts, in the same run. `x12 validate` checks 835s
/// this way.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::{Rule, set835};
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
/// // The claim payment's date of service is 31 February (it does not read), and its line's
/// // payment is 10 more than its adjustments allow.
/// let input = String::from_utf8(input)?
///     .replacen("DTM*472*20250102", "DTM*472*20250231", 1)
///     .replacen("SVC*HC:90834:95*150*100", "SVC*HC:90834:95*150*110", 1);
/// let doc = Document::parse(input.as_bytes())?;
/// let set = doc.transaction_sets().find(|s| s.id() == "835").ok_or("no 835")?;
/// let checked = set835::check_readable(set);
/// let first = checked.refused.ok_or("the set reads")?;
/// assert!(first.to_string().starts_with("2000[1]/2100[1]/2110[1] DTM02"), "{first}");
/// let rules: Vec<Rule> = checked.findings.iter().map(|d| d.rule).collect();
/// assert_eq!(rules, [Rule::LineBalance, Rule::ClaimLines]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_readable(set: &TransactionSet<'_>) -> ReadableCheck {
    let mut findings = Vec::new();
    let mut pass = Pass::new(&mut findings);
    let read = RemittanceIndex::parse_observed(set, &mut pass);
    let refused = match read {
        // A set too large for the index's byte ranges is read the plain way, whole or not at all.
        Err(Remit835Error::TooLarge { .. }) => match plain(set) {
            Ok(found) => {
                findings = found;
                None
            }
            Err(error) => Some(error),
        },
        read => pass.finish_readable(read),
    };
    ReadableCheck { refused, findings }
}

/// What [`check_readable`] gives for one set.
#[derive(Debug)]
pub struct ReadableCheck {
    /// The error [`check`] refuses the set with, if it does.
    pub refused: Option<Remit835Error>,
    /// The findings over the loops that read: when the set reads, those [`check`] gives.
    pub findings: Vec<Diagnostic>,
}

/// [`check`], keeping the set's index: what a posting pipeline reads the claims from once the
/// set is known to be sound. Every element of the set has been checked, so typing a loop or
/// segment through the index cannot fail on one.
///
/// Refuses a set too large for an index (over 4 GiB), which [`check`] reads the plain way.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::set835;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let doc = Document::parse(&input)?;
/// let set = doc.transaction_sets().find(|s| s.id() == "835").ok_or("no 835")?;
/// let (index, findings) = set835::check_indexed(set)?;
/// assert!(findings.is_empty());
/// for claim in index.claim_payments() {
///     let clp = claim.clp()?;
///     assert_eq!(clp.payment().as_str(), "100");
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_indexed<'a>(
    set: &TransactionSet<'a>,
) -> Result<(RemittanceIndex<'a>, Vec<Diagnostic>), Remit835Error> {
    let mut out = Vec::new();
    let mut pass = Pass::new(&mut out);
    let read = RemittanceIndex::parse_observed(set, &mut pass);
    pass.finish(read).map(|index| (index, out))
}

/// What [`check_indexed`] gives for one set.
pub type Checked<'a> = Result<(RemittanceIndex<'a>, Vec<Diagnostic>), Remit835Error>;

/// [`check_indexed`] for every 835 set of an input, framed once: the
/// [`Document`](crate::envelope::Document) that
/// [`Document::parse`](crate::envelope::Document::parse) gives, and for each set what
/// [`check_indexed`] gives, handed to `each` as soon as the set is read (what `each` returns is
/// kept, see [`RemittanceIndex::parse_document_with`]). The fastest way to check every element
/// of a whole file and balance it.
///
/// ```
/// use x12_claims::validate::set835;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let read = set835::check_document_with(&input, |set, checked| {
///     checked.map(|(index, findings)| (set.id().to_owned(), index.claim_payment_count(), findings))
/// })?;
/// let outputs = read.outputs();
/// // The file's other set is an 837, refused as not an 835.
/// assert_eq!(outputs.iter().filter(|o| o.is_err()).count(), 1);
/// let (id, claims, findings) = outputs.iter().find_map(|o| o.as_ref().ok()).ok_or("no 835")?;
/// assert_eq!((id.as_str(), *claims, findings.len()), ("835", 1, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_document_with<'a, T>(
    input: &'a [u8],
    each: impl FnMut(&TransactionSet<'a>, Checked<'a>) -> T,
) -> Result<ReadDocument<'a, T>, EnvelopeError> {
    read_document::<InOnePass<'a>, T>(input, each)
}

/// A set checked in the envelope's pass: its index and findings, or why it is refused.
struct InOnePass<'a>(Checked<'a>);

impl<'a> OnePass<'a> for InOnePass<'a> {
    type Output = Checked<'a>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        RemittanceIndex::accepts(header)
    }

    fn read_open(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        let mut out = Vec::new();
        let mut pass = Pass::new(&mut out);
        // A structure the index refuses is read again once framed (see `OnePass`).
        let index = RemittanceIndex::read_open_observed(source, cursor, &mut pass)?;
        Some(InOnePass(pass.finish(Ok(index)).map(|index| (index, out))))
    }

    fn close(self, set: &TransactionSet<'a>) -> Self::Output {
        let (index, findings) = self.0?;
        Ok((index.close_on(set)?, findings))
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        check_indexed(set)
    }
}

/// The plain way: parse the set, then check the remittance.
fn plain(set: &TransactionSet<'_>) -> Result<Vec<Diagnostic>, Remit835Error> {
    let remittance = Remittance::parse(set)?;
    let mut out = balance835::check(&remittance);
    structure835::check_into(&remittance, &mut out);
    out.extend(elements835::check(set));
    Ok(out)
}

/// What the pass gathers: the amounts (balanced as they come), the first segment whose
/// elements do not check, and where the segments kept untyped are.
struct Pass<'a, 'o> {
    balancer: Balancer<'a, 'o>,
    refused: Option<Remit835Error>,
    elements: Elements,
    header_numbers: HeaderNumbers,
}

/// The header numbers (2000) read so far: those without a claim payment, and the one read now
/// with whether it has one.
#[derive(Default)]
struct HeaderNumbers {
    empty: Vec<(LoopPath, Location)>,
    current: Option<(LoopPath, Location, bool)>,
}

impl HeaderNumbers {
    /// A header number opens at its LX.
    fn open(&mut self, path: LoopPath, lx: Location) {
        self.close();
        self.current = Some((path, lx, false));
    }

    fn claim(&mut self) {
        if let Some((.., claimed)) = &mut self.current {
            *claimed = true;
        }
    }

    fn close(&mut self) {
        if let Some((path, lx, false)) = self.current.take() {
            self.empty.push((path, lx));
        }
    }

    /// Those without a claim payment, once every one is read.
    fn empty(mut self) -> Vec<(LoopPath, Location)> {
        self.close();
        self.empty
    }
}

impl<'a, 'o> Pass<'a, 'o> {
    fn new(out: &'o mut Vec<Diagnostic>) -> Self {
        Pass {
            balancer: Balancer::new(out),
            refused: None,
            elements: Elements::default(),
            header_numbers: HeaderNumbers::default(),
        }
    }

    /// The outcome once the index is read (or refused): the first fault in reading order, or
    /// the index with the balancing and then the structure findings added to `out`.
    fn finish(
        self,
        read: Result<RemittanceIndex<'a>, Remit835Error>,
    ) -> Result<RemittanceIndex<'a>, Remit835Error> {
        // The typed readers stop at the first fault in reading order, and the index finds each
        // structure fault at the place they do: a segment that does not check, seen before the
        // index stopped, is the fault they report.
        if let Some(error) = self.refused {
            return Err(error);
        }
        let index = read?;
        self.conclude(&index).1?;
        Ok(index)
    }

    /// The error reading stops at (as [`finish`](Self::finish) gives it) and the findings
    /// over what reads, whether the set reads or not ([`check_readable`]).
    fn finish_readable(
        mut self,
        read: Result<RemittanceIndex<'a>, Remit835Error>,
    ) -> Option<Remit835Error> {
        let refused = self.refused.take();
        let (out, error) = match read {
            Ok(index) => {
                let (out, parts) = self.conclude(&index);
                (out, refused.or(parts.err()))
            }
            // Without the index nothing is placed: the claims balanced and the segments
            // checked before it stopped, and no payment total.
            Err(error) => {
                let out = self.balancer.stop();
                out.extend(self.elements.found);
                (out, refused.or(Some(error)))
            }
        };
        // What reading names is not said again: an amount that is not a number (835-B7).
        out.retain(|found| found.rule != Rule::Unreadable);
        error
    }

    /// Once every segment is seen: the payment total, the structure rules (when the header
    /// and payer type) and the elements' findings, in that order, added to the findings; with
    /// the error of a header or payer that does not type.
    fn conclude(
        self,
        index: &RemittanceIndex<'a>,
    ) -> (&'o mut Vec<Diagnostic>, Result<(), Remit835Error>) {
        let out = self.balancer.finish();
        let parts = index
            .header()
            .and_then(|header| Ok((header, index.payer()?)));
        if let Ok((header, payer)) = &parts {
            let parts = (&header.financial, &header.trace, payer);
            structure835::check_parts(parts, self.header_numbers.empty(), out);
        }
        out.extend(self.elements.found);
        (out, parts.map(drop))
    }
}

impl<'a> Observer<'a> for Pass<'a, '_> {
    fn segment(&mut self, segment: &Segment<'a>, path: LoopPath) {
        if let LoopPath::HeaderNumber(_) = path
            && segment.segment_id() == "LX"
        {
            self.header_numbers.open(path, segment.location());
        }
        // Past the first segment that does not check, the others are still checked: for
        // [`check_readable`], which reports them; the other readers report that first one.
        match check_placed(segment, path) {
            Ok(()) => self.elements.check(segment, path),
            Err(error) => {
                self.refused.get_or_insert(error);
            }
        }
    }

    fn unknown(&mut self, segment: &Segment<'a>, path: LoopPath) {
        self.elements.unknown(segment, path);
    }

    fn financial(&mut self, bpr: &Segment<'a>) {
        self.balancer.financial(bpr);
    }

    fn claim(&mut self, clp: &Segment<'a>, path: LoopPath) {
        self.header_numbers.claim();
        self.balancer.claim(clp, path);
    }

    fn claim_adjustment(&mut self, cas: &Segment<'a>) {
        self.balancer.claim_adjustment(cas);
    }

    fn service(&mut self, svc: &Segment<'a>) {
        self.balancer.service(svc);
    }

    fn service_adjustment(&mut self, cas: &Segment<'a>) {
        self.balancer.service_adjustment(cas);
    }

    fn claim_end(&mut self) {
        self.balancer.claim_end();
    }

    fn provider_adjustment(&mut self, plb: &Segment<'a>) {
        self.balancer.provider_adjustment(plb);
    }
}
