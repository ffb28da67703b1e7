//! The 835 balancing rules (B1–B6): every amount of a remittance adds up, from each service
//! line to the payment total. Exact decimal arithmetic; reversals (CLP02 `22`, every amount
//! negated) balance by the same rules.
//!
//! | rule | level | check | severity |
//! |---|---|---|---|
//! | `835-B1` | service line | SVC02 − Σ line CAS = SVC03 | error |
//! | `835-B2` | claim | CLP03 − Σ claim CAS − Σ line CAS = CLP04 | error |
//! | `835-B3` | claim with lines | Σ SVC03 − Σ claim CAS = CLP04 (so CLP04 = Σ SVC03 without claim-level CAS) | error |
//! | `835-B4` | claim | CLP05 = Σ `PR` adjustments, claim and line level (CLP05 absent counts as 0) | warning |
//! | `835-B5` | payment | BPR02 = Σ CLP04 − Σ PLB amounts | error |
//! | `835-B6` | payment | BPR02 ≥ 0 | error |
//! | `835-B7` | any | an amount a rule needs is a number, and is there when required (over an index only: the typed model requires both) | error |
//!
//! A CAS amount reduces the payment (negative ones increase it); a PLB amount reduces BPR02
//! (negative ones, such as interest paid, increase it).
//!
//! [`check`] balances a typed [`Remittance`], whose every amount parsing has checked.
//! [`check_index`] balances a [`RemittanceIndex`] and reads only the amounts; it finds the same
//! diagnostics, and reports an amount that is not a number, or a required one left out, as
//! `835-B7`. [`index_and_check`]
//! builds the index and balances in the same pass, at about a third of the cost of typing the
//! set and balancing it (see the README's Performance section).
//!
//! All three feed one balancer the segments that carry money (BPR, CLP, SVC, CAS, PLB) in
//! guide order, so they cannot drift apart.

use std::borrow::Cow;

use super::exact::Exact;
use super::{Diagnostic, Rule, Severity};
use crate::codes::AdjustmentGroup;
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::remit835::{LoopPath, Observer, Remit835Error, Remittance, RemittanceIndex, typed};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::SpanSource;
use crate::segments::{Bpr, Plb, SegmentCursor};
use crate::syntax::{Location, Segment};

/// Checks every balancing rule of one remittance.
///
/// ```
/// # use x12_claims::envelope::Document;
/// # use x12_claims::remit835::Remittance;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/spec/examples/telehealth-90837.835.x12"));
/// # let Ok(input) = input else { return Ok(()) };
/// let doc = Document::parse(&input)?;
/// let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// assert!(x12_claims::validate::balance835::check(&remittance).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(remittance: &Remittance<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_into(remittance, &mut out);
    out
}

/// Checks every balancing rule of one remittance, adding the findings to `out`.
pub fn check_into(remittance: &Remittance<'_>, out: &mut Vec<Diagnostic>) {
    let mut balancer = Balancer::new(out);
    balancer.financial(&remittance.header.financial.raw().view());
    for claim in remittance.claim_payments() {
        let payment = claim.claim;
        balancer.claim(&payment.claim.raw().view(), claim.path);
        for cas in &payment.adjustments {
            balancer.claim_adjustment(&cas.raw().view());
        }
        for line in &payment.service_payments {
            balancer.service(&line.service.raw().view());
            for cas in &line.adjustments {
                balancer.service_adjustment(&cas.raw().view());
            }
        }
        balancer.claim_end();
    }
    for plb in &remittance.provider_adjustments {
        balancer.provider_adjustment(&plb.raw().view());
    }
    balancer.finish();
}

/// Checks every balancing rule over an [`RemittanceIndex`], without typing the whole set:
/// the same findings as [`check`] gives for the [`Remittance`] of the same set.
///
/// Balancing reads the amounts of CLP, SVC and CAS (each checked as a number as it is read)
/// and types the BPR and PLB segments. An amount that is not a number or a required one left
/// out (never counted as zero), or a BPR or PLB that does not type, is reported as `835-B7`
/// and the rules that need it are skipped. The other
/// elements of the set are not checked here: type the loops to check them.
///
/// ```
/// # use x12_claims::envelope::Document;
/// # use x12_claims::remit835::RemittanceIndex;
/// use x12_claims::validate::{Rule, balance835};
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
/// TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
/// CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*50~CAS*PR*3*30~\
/// SE*12*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let index = RemittanceIndex::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// let rules: Vec<_> = balance835::check_index(&index).iter().map(|d| d.rule).collect();
/// assert_eq!(rules, [Rule::LineBalance, Rule::ClaimBalance]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_index(index: &RemittanceIndex<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_index_into(index, &mut out);
    out
}

/// [`check_index`], adding the findings to `out`.
pub fn check_index_into(index: &RemittanceIndex<'_>, out: &mut Vec<Diagnostic>) {
    let mut balancer = Balancer::new(out);
    index.replay(&mut balancer);
    balancer.finish();
}

/// Builds the index of one 835 and checks every balancing rule in the same pass: the findings
/// of [`check_index`] over that index, without framing the claims again to read their amounts.
/// This is the fastest way to balance a remittance (see the README's Performance section).
///
/// Refuses what [`RemittanceIndex::parse`] refuses; the findings come with the index.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::{Rule, balance835};
/// // The line's CAS add up to 80, not the 90 the line charge less the line payment needs.
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
/// TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
/// CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*50~CAS*PR*3*30~\
/// SE*12*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// let (index, findings) = balance835::index_and_check(set)?;
/// let rules: Vec<_> = findings.iter().map(|d| d.rule).collect();
/// assert_eq!(rules, [Rule::LineBalance, Rule::ClaimBalance]);
/// assert_eq!(findings[0].path.to_string(), "2000[1]/2100[1]/2110[1]");
/// // The index is there to type what the findings point at.
/// let claim = index.claim_payments().next().ok_or("no claim")?;
/// assert_eq!(claim.clp()?.patient_control_number(), "PCN1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn index_and_check<'a>(
    set: &TransactionSet<'a>,
) -> Result<(RemittanceIndex<'a>, Vec<Diagnostic>), Remit835Error> {
    let mut out = Vec::new();
    let mut balancer = Balancer::new(&mut out);
    let index = RemittanceIndex::parse_observed(set, &mut balancer)?;
    balancer.finish();
    Ok((index, out))
}

/// What [`index_and_check`] gives for one set.
pub type Checked<'a> = Result<(RemittanceIndex<'a>, Vec<Diagnostic>), Remit835Error>;

/// [`index_and_check`] for every set of an input, framed once: the
/// [`Document`](crate::envelope::Document) that
/// [`Document::parse`](crate::envelope::Document::parse) gives, and for each set what
/// [`index_and_check`] gives. The fastest way to balance a whole file.
///
/// ```
/// use x12_claims::validate::balance835;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// let read = balance835::index_and_check_document(&input)?;
/// for (set, checked) in read.sets() {
///     match checked {
///         Ok((index, findings)) => {
///             assert_eq!((set.id(), index.claim_payment_count()), ("835", 1));
///             assert!(findings.is_empty(), "{findings:?}");
///         }
///         // The file's other set is an 837.
///         Err(refused) => assert_eq!(set.id(), "837", "{refused}"),
///     }
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn index_and_check_document(
    input: &[u8],
) -> Result<ReadDocument<'_, Checked<'_>>, EnvelopeError> {
    index_and_check_document_with(input, |_, checked| checked)
}

/// [`index_and_check_document`], handing each set and what [`index_and_check`] gives for it to
/// `each` as soon as the set is read; what `each` returns is what is kept (see
/// [`RemittanceIndex::parse_document_with`]).
///
/// ```
/// use x12_claims::validate::balance835;
/// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
/// // Keep only the findings of each remittance.
/// let read = balance835::index_and_check_document_with(&input, |set, checked| {
///     checked.map(|(_, findings)| (set.header().control_number.to_string(), findings))
/// })?;
/// let remittances: Vec<_> = read.outputs().iter().filter_map(|r| r.as_ref().ok()).collect();
/// assert_eq!(remittances.len(), 1);
/// assert!(remittances[0].1.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn index_and_check_document_with<'a, T>(
    input: &'a [u8],
    each: impl FnMut(&TransactionSet<'a>, Checked<'a>) -> T,
) -> Result<ReadDocument<'a, T>, EnvelopeError> {
    read_document::<Balanced<'a>, T>(input, each)
}

/// An index and its findings, read in the envelope's pass.
struct Balanced<'a>(RemittanceIndex<'a>, Vec<Diagnostic>);

impl<'a> OnePass<'a> for Balanced<'a> {
    type Output = Checked<'a>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        RemittanceIndex::accepts(header)
    }

    fn read_open(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        let mut out = Vec::new();
        let mut balancer = Balancer::new(&mut out);
        let index = RemittanceIndex::read_open_observed(source, cursor, &mut balancer)?;
        balancer.finish();
        Some(Balanced(index, out))
    }

    fn close(self, set: &TransactionSet<'a>) -> Self::Output {
        Ok((self.0.close_on(set)?, self.1))
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        index_and_check(set)
    }
}

/// The balancing rules as a reader of the segments that carry money, in the order an
/// [`Observer`] is shown them: each claim is checked when it ends, the payment total when
/// every segment has been seen.
pub(super) struct Balancer<'a, 'o> {
    out: &'o mut Vec<Diagnostic>,
    paid: Paid,
    /// Σ PLB amounts; `None` when it overflowed.
    adjusted: Option<Exact>,
    bpr: Option<Segment<'a>>,
    /// The open claim payment: its CLP and path, its claim-level sums and its lines.
    clp: Option<(Segment<'a>, LoopPath)>,
    claim_level: Sums,
    lines: Vec<(Segment<'a>, Sums)>,
}

impl<'a, 'o> Balancer<'a, 'o> {
    pub(super) fn new(out: &'o mut Vec<Diagnostic>) -> Self {
        Balancer {
            out,
            paid: Paid::default(),
            adjusted: Some(Exact::ZERO),
            bpr: None,
            clp: None,
            claim_level: Sums::ZERO,
            lines: Vec::new(),
        }
    }

    /// Gives back the findings without the payment total: for a set whose claims were not
    /// all seen.
    pub(super) fn stop(self) -> &'o mut Vec<Diagnostic> {
        self.out
    }

    /// Rules B5 and B6, once every claim and PLB has been seen.
    /// Gives back the findings, for more to be added after balancing's.
    pub(super) fn finish(self) -> &'o mut Vec<Diagnostic> {
        if let Some(bpr) = self.bpr {
            match typed(LoopPath::Header, &bpr, Bpr::parse) {
                Ok(bpr) => check_total(&bpr, self.paid, self.adjusted, self.out),
                Err(error) => self.out.push(untyped(&error, LoopPath::Header)),
            }
        }
        self.out
    }
}

impl<'a> Observer<'a> for Balancer<'a, '_> {
    fn financial(&mut self, bpr: &Segment<'a>) {
        self.bpr = self.bpr.or(Some(*bpr));
    }

    fn claim(&mut self, clp: &Segment<'a>, path: LoopPath) {
        self.clp = Some((*clp, path));
        self.claim_level = Sums::ZERO;
        self.lines.clear();
    }

    fn claim_adjustment(&mut self, cas: &Segment<'a>) {
        self.claim_level.add(cas);
    }

    fn service(&mut self, svc: &Segment<'a>) {
        self.lines.push((*svc, Sums::ZERO));
    }

    fn service_adjustment(&mut self, cas: &Segment<'a>) {
        if let Some((_, sums)) = self.lines.last_mut() {
            sums.add(cas);
        }
    }

    fn claim_end(&mut self) {
        if let Some((clp, path)) = self.clp.take() {
            let payment = check_claim(&clp, &self.claim_level, &self.lines, path, self.out);
            self.paid.add(payment);
            self.lines.clear();
        }
    }

    fn provider_adjustment(&mut self, plb: &Segment<'a>) {
        match typed(LoopPath::Summary, plb, Plb::parse) {
            Ok(plb) => {
                self.adjusted = self
                    .adjusted
                    .and_then(|a| a.checked_add(Exact::of(plb.total()?)));
            }
            Err(error) => {
                self.out.push(untyped(&error, LoopPath::Summary));
                self.paid.unreadable = true;
            }
        }
    }
}

/// The sum of the claim payments so far: `None` when it overflowed; `unreadable` when an
/// amount it needs could not be read or was left out (already reported).
struct Paid {
    sum: Option<Exact>,
    unreadable: bool,
}

impl Default for Paid {
    fn default() -> Self {
        Paid {
            sum: Some(Exact::ZERO),
            unreadable: false,
        }
    }
}

impl Paid {
    fn add(&mut self, payment: Option<Exact>) {
        match payment {
            Some(p) => self.sum = self.sum.and_then(|s| s.checked_add(p)),
            None => self.unreadable = true,
        }
    }
}

/// Rules B5 and B6: the payment total against the claim payments and provider adjustments.
fn check_total(bpr: &Bpr<'_>, paid: Paid, adjusted: Option<Exact>, out: &mut Vec<Diagnostic>) {
    let total = bpr.total_payment().value();
    let at = bpr.location().with_element(2);
    if !paid.unreadable {
        compare(
            out,
            (Rule::PaymentTotal, Severity::Error),
            at,
            LoopPath::Header,
            difference(paid.sum, adjusted),
            Exact::of(total),
            "the payment total is not the claim payments less the provider adjustments",
        );
    }
    if total.is_sign_negative() && !total.is_zero() {
        out.push(Diagnostic {
            rule: Rule::PaymentNotNegative,
            severity: Severity::Error,
            location: at,
            path: LoopPath::Header,
            expected: None,
            actual: Some(total),
            message: Cow::Borrowed(
                "the payment total is negative; a net amount owed by the provider is carried with PLB, BPR02 stays 0",
            ),
        });
    }
}

/// Sums of a set of adjustments: all of them, and the patient's share (`PR`); `gap`
/// holds the first amount that is not a number, or is left out after its reason.
#[derive(Clone, Copy)]
struct Sums {
    all: Option<Exact>,
    patient: Option<Exact>,
    gap: Option<Gap>,
}

impl Sums {
    const ZERO: Sums = Sums {
        all: Some(Exact::ZERO),
        patient: Some(Exact::ZERO),
        gap: None,
    };

    /// Adds the amounts of a CAS segment (CAS03, 06, 09 ...), in one pass over its elements.
    fn add(&mut self, cas: &Segment<'_>) {
        let mut elements = cas.short_elements();
        let patient_group = AdjustmentGroup::PATIENT_RESPONSIBILITY.code();
        let patient = elements.next() == Some(patient_group.as_bytes());
        // Each adjustment is a reason, an amount and a quantity.
        let mut position = 3;
        while let Some(reason) = elements.next() {
            let at = || cas.location().with_element(element_number(position));
            let amount = match Exact::read(elements.next().unwrap_or_default()) {
                Ok(Some(amount)) => Some(amount),
                Ok(None) if reason.is_empty() => None,
                Ok(None) => {
                    self.gap = self.gap.or(Some(Gap::missing(at())));
                    None
                }
                Err(()) => {
                    self.gap = self.gap.or(Some(Gap::not_a_number(at())));
                    None
                }
            };
            elements.next();
            position += 3;
            let Some(amount) = amount else {
                continue;
            };
            self.all = self.all.and_then(|a| a.checked_add(amount));
            if patient {
                self.patient = self.patient.and_then(|p| p.checked_add(amount));
            }
        }
    }

    /// Adds the sums of another set of adjustments to these, in place (a `Sums` is large
    /// enough for copies to show in balancing's profile).
    fn absorb(&mut self, other: &Sums) {
        self.all = sum(self.all, other.all);
        self.patient = sum(self.patient, other.patient);
        self.gap = self.gap.or(other.gap);
    }
}

/// `a + b` of running sums that are `None` once they overflowed (and stay so).
fn sum(a: Option<Exact>, b: Option<Exact>) -> Option<Exact> {
    a?.checked_add(b?)
}

/// `a − b` of running sums that are `None` once they overflowed.
fn difference(a: Option<Exact>, b: Option<Exact>) -> Option<Exact> {
    a?.checked_sub(b?)
}

/// An element's number as a location holds it.
fn element_number(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn overflow(location: Location, path: LoopPath) -> Diagnostic {
    Diagnostic::new(
        Rule::Arithmetic,
        Severity::Warning,
        path,
        location,
        "the amounts are too large to add up; the balancing rule was skipped",
    )
}

/// An amount a balancing rule needs that it does not have: one that is not a number, or a
/// required one left out. Counting it as zero would report amounts that were never sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Gap {
    location: Location,
    missing: bool,
}

impl Gap {
    fn not_a_number(location: Location) -> Self {
        Gap {
            location,
            missing: false,
        }
    }

    fn missing(location: Location) -> Self {
        Gap {
            location,
            missing: true,
        }
    }
}

/// `835-B7` for a gap: the rules that need the amount are skipped.
fn skipped(gap: Gap, path: LoopPath) -> Diagnostic {
    let message = if gap.missing {
        "the amount is missing; the balancing rules that need it were skipped"
    } else {
        "the amount is not a number; the balancing rules that need it were skipped"
    };
    Diagnostic::new(
        Rule::Unreadable,
        Severity::Error,
        path,
        gap.location,
        message,
    )
}

/// A BPR or PLB that does not type: the rules that need its amounts are skipped.
fn untyped(error: &Remit835Error, path: LoopPath) -> Diagnostic {
    Diagnostic {
        rule: Rule::Unreadable,
        severity: Severity::Error,
        location: error.location().unwrap_or_default(),
        path,
        expected: None,
        actual: None,
        message: Cow::Owned(format!(
            "{error}; the balancing rules that need it were skipped"
        )),
    }
}

/// Pushes a diagnostic when `expected` (None: overflow) differs from `actual`.
fn compare(
    out: &mut Vec<Diagnostic>,
    (rule, severity): (Rule, Severity),
    location: Location,
    path: LoopPath,
    expected: Option<Exact>,
    actual: Exact,
    message: &'static str,
) {
    let Some(expected) = expected else {
        return out.push(overflow(location, path));
    };
    if expected.same_value(actual) {
        return;
    }
    match (expected.to_decimal(), actual.to_decimal()) {
        (Some(expected), Some(actual)) => out.push(Diagnostic {
            rule,
            severity,
            location,
            path,
            expected: Some(expected),
            actual: Some(actual),
            message: Cow::Borrowed(message),
        }),
        // An actual amount was read as a decimal; an expected one too large for a decimal
        // cannot be reported as one.
        _ => out.push(overflow(location, path)),
    }
}

/// The values of the amounts at element positions `at` (1-based, ascending), read in one pass
/// over the segment. The first `required` of them must be there; an optional one absent or
/// empty reads as zero. The first that is not a number, or is required and left out, gives
/// its place.
fn amounts<const N: usize>(
    segment: &Segment<'_>,
    at: [usize; N],
    required: usize,
) -> Result<[Exact; N], Gap> {
    let place = |position: usize| segment.location().with_element(element_number(position));
    let mut values = [Exact::ZERO; N];
    let mut next = 0;
    for (n, element) in segment.short_elements().enumerate() {
        let (Some(&position), Some(value)) = (at.get(next), values.get_mut(next)) else {
            break;
        };
        if position == n + 1 {
            match Exact::read(element) {
                Ok(Some(amount)) => *value = amount,
                Ok(None) if next < required => return Err(Gap::missing(place(position))),
                Ok(None) => {}
                Err(()) => return Err(Gap::not_a_number(place(position))),
            }
            next += 1;
        }
    }
    // The segment ended before a required amount.
    match at.get(next) {
        Some(&position) if next < required => Err(Gap::missing(place(position))),
        _ => Ok(values),
    }
}

/// Checks one claim payment from its CLP, the sums of its claim-level CAS and, for each
/// service payment, its SVC and the sums of its CAS. Gives back its payment (CLP04) for the
/// payment total, `None` when an amount it needs is not a number or is left out (reported as
/// `835-B7`).
fn check_claim(
    clp: &Segment<'_>,
    claim_level: &Sums,
    lines: &[(Segment<'_>, Sums)],
    path: LoopPath,
    out: &mut Vec<Diagnostic>,
) -> Option<Exact> {
    let mut gap_at = claim_level.gap;
    // CLP05 is situational: a claim without it puts nothing on the patient.
    let claim_amounts = amounts(clp, [3, 4, 5], 2);
    let mut line_level = Sums::ZERO;
    let mut line_payments = Some(Exact::ZERO);
    for (index, (svc, sums)) in lines.iter().enumerate() {
        let line_path = match path {
            LoopPath::ClaimPayment(n, c) => LoopPath::ServicePayment(n, c, index + 1),
            other => other,
        };
        line_level.absorb(sums);
        let [charge, payment] = match (amounts(svc, [2, 3], 2), sums.gap) {
            (Ok(values), None) => values,
            (Err(at), _) | (_, Some(at)) => {
                out.push(skipped(at, line_path));
                line_payments = None;
                gap_at = gap_at.or(Some(at));
                continue;
            }
        };
        line_payments = line_payments.and_then(|p| p.checked_add(payment));
        compare(
            out,
            (Rule::LineBalance, Severity::Error),
            svc.location().with_element(3),
            line_path,
            sums.all.and_then(|a| charge.checked_sub(a)),
            payment,
            "the line payment is not the line charge less the line adjustments",
        );
    }
    let [total_charge, payment, responsibility] = match claim_amounts {
        Ok(values) => values,
        Err(at) => {
            out.push(skipped(at, path));
            return None;
        }
    };
    if let Some(at) = claim_level.gap {
        out.push(skipped(at, path));
    }
    if gap_at.is_some() {
        return Some(payment);
    }
    let at = clp.location().with_element(4);
    let adjustments = sum(claim_level.all, line_level.all);
    compare(
        out,
        (Rule::ClaimBalance, Severity::Error),
        at,
        path,
        difference(Some(total_charge), adjustments),
        payment,
        "the claim payment is not the claim charge less the claim and line adjustments",
    );
    if !lines.is_empty() {
        compare(
            out,
            (Rule::ClaimLines, Severity::Error),
            at,
            path,
            difference(line_payments, claim_level.all),
            payment,
            "the claim payment is not the sum of the line payments less the claim adjustments",
        );
    }
    compare(
        out,
        (Rule::PatientResponsibility, Severity::Warning),
        clp.location().with_element(5),
        path,
        sum(claim_level.patient, line_level.patient),
        responsibility,
        "the patient responsibility is not the sum of the PR adjustments",
    );
    Some(payment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    fn values<const N: usize>(
        segment: &Segment<'_>,
        at: [usize; N],
        required: usize,
    ) -> Vec<Option<Decimal>> {
        let amounts = amounts(segment, at, required).expect("numbers");
        amounts.iter().map(|a| a.to_decimal()).collect()
    }

    #[test]
    fn amounts_are_read_at_their_positions_in_one_pass() {
        let clp = segment("CLP*PCN1*1*180.50*-90**12*ICN1~");
        // CLP05 is empty and, being optional, reads as zero; so do positions past the end.
        assert_eq!(
            values(&clp, [3, 4, 5], 2),
            [Some(dec!(180.50)), Some(dec!(-90)), Some(Decimal::ZERO)]
        );
        assert_eq!(
            values(&clp, [4, 20], 1),
            [Some(dec!(-90)), Some(Decimal::ZERO)]
        );
        let svc = segment("SVC*HC:90837*180*90**1~");
        assert_eq!(values(&svc, [2, 3], 2), [Some(dec!(180)), Some(dec!(90))]);
        // Not a number: the place of the element.
        let bad = segment("CLP*PCN1*1*180*9O~");
        assert_eq!(
            amounts(&bad, [3, 4], 2).map(|_| ()),
            Err(Gap::not_a_number(bad.location().with_element(4)))
        );
        // A required amount left out, empty or past the end: its place.
        for left_out in ["CLP*PCN1*1*180**30~", "CLP*PCN1*1*180~"] {
            let clp = segment(left_out);
            assert_eq!(
                amounts(&clp, [3, 4, 5], 2).map(|_| ()),
                Err(Gap::missing(clp.location().with_element(4))),
                "{left_out}"
            );
        }
    }

    #[test]
    fn an_adjustment_amount_left_out_after_its_reason_is_a_gap() {
        let mut sums = Sums::ZERO;
        // An adjustment not sent at all (CAS05 to CAS07 empty) is no gap.
        sums.add(&segment("CAS*CO*45*20*1****94*5~"));
        assert_eq!(sums.gap, None);
        assert_eq!(sums.all.and_then(Exact::to_decimal), Some(dec!(25)));
        let cas = segment("CAS*CO*45*20**94~");
        sums.add(&cas);
        assert_eq!(sums.gap, Some(Gap::missing(cas.location().with_element(6))));
        let mut sums = Sums::ZERO;
        let cas = segment("CAS*PR*1*2O~");
        sums.add(&cas);
        assert_eq!(
            sums.gap,
            Some(Gap::not_a_number(cas.location().with_element(3)))
        );
    }

    #[test]
    fn patient_share_is_the_pr_group() {
        let mut sums = Sums::ZERO;
        sums.add(&segment("CAS*PR*1*20*1*2*10~"));
        sums.add(&segment("CAS*CO*45*70~"));
        let total = |s: Option<Exact>| s.and_then(Exact::to_decimal);
        assert_eq!(total(sums.all), Some(dec!(100)));
        assert_eq!(total(sums.patient), Some(dec!(30)));
    }
}
