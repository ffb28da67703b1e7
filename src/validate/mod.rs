//! Checks beyond what reading needs, reported as [`Diagnostic`]s instead of errors: a check
//! never stops at the first problem, and a file that fails one still reads.
//!
//! | module | checks |
//! |---|---|
//! | [`balance835`] | the 835 balancing rules: lines, claims, the payment total (over a typed remittance or an index) |
//! | [`structure835`] | what the 835 model reads leniently but the guide requires; untyped segments |
//! | [`elements835`] | each element of an 835 against the X12 standard (lengths, syntax notes, trailing separators) and the guide's loop (codes, uses, repeats) |
//! | [`claim837p`] | what a payer refuses in an 837P the guide's syntax allows: codes, sums, pointers, identifiers, the HL shape |
//!
//! ```
//! use x12_claims::envelope::Document;
//! use x12_claims::remit835::Remittance;
//! use x12_claims::validate::{Rule, balance835};
//!
//! let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
//! GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*95*C*CHK************20240405~\
//! TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*RIVERSIDE THERAPY*XX*1234567893~LX*1~\
//! CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
//! SE*12*0001~GE*1*501~IEA*1*000000501~";
//! let doc = Document::parse(input)?;
//! let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
//! let diagnostics = balance835::check(&remittance);
//! assert_eq!(diagnostics.len(), 1);
//! assert_eq!(diagnostics[0].rule, Rule::PaymentTotal);
//! assert_eq!(
//!     diagnostics[0].to_string(),
//!     "error 835-B5 header BPR02 at segment 4 (byte 170): the payment total is not the claim \
//!      payments less the provider adjustments: expected 90, found 95"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod balance835;
pub mod claim837p;
mod element_syntax;
pub mod elements835;
mod exact;
mod loop_uses;
mod repeats835;
pub mod set835;
pub mod structure835;

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;

use crate::remit835::{At, LoopPath};
use crate::syntax::Location;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Severity {
    /// Something to look at; the file may still be right.
    Warning,
    /// A rule of the implementation guide is broken.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// The rule a diagnostic reports on, with a stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// `835-B1`: SVC02 − Σ line CAS = SVC03.
    LineBalance,
    /// `835-B2`: CLP03 − Σ claim CAS − Σ line CAS = CLP04.
    ClaimBalance,
    /// `835-B3`: with service lines, Σ SVC03 − Σ claim CAS = CLP04 (Σ SVC03 when there is no
    /// claim-level CAS).
    ClaimLines,
    /// `835-B4`: CLP05 = Σ PR adjustments of the claim and its lines (a warning).
    PatientResponsibility,
    /// `835-B5`: BPR02 = Σ CLP04 − Σ PLB amounts.
    PaymentTotal,
    /// `835-B6`: BPR02 ≥ 0.
    PaymentNotNegative,
    /// `835-B0`: amounts too large to add up in a decimal; the rule that needed them was skipped.
    Arithmetic,
    /// `835-B7`: an amount a balancing rule reads is not a number, or is required and left out
    /// (CLP03, CLP04, SVC02, SVC03, the amount after a CAS reason); the rules that need it were
    /// skipped rather than count it as zero. Only the readers over an index
    /// ([`balance835::check_index`] and those that balance while indexing) can meet one: a
    /// typed parse refuses such a segment before balancing.
    Unreadable,
    /// `835-S1`: a segment was kept as unknown (foreign, or out of guide order).
    UnknownSegment,
    /// `835-S3`: the payer's N3 or N4 is missing.
    PayerAddress,
    /// `835-S4`: the payer's PER*BL is missing.
    PayerTechnicalContact,
    /// `835-S5`: an element is longer or shorter than the X12 data element dictionary allows,
    /// or sent past the last the guide gives its segment.
    RemitElementLength,
    /// `835-S6`: a segment breaks an X12 syntax note (BPR06 without BPR07 ...).
    RemitElementSyntax,
    /// `835-S7`: a segment ends with an element separator, or an element with a component
    /// separator.
    RemitTrailingSeparator,
    /// `835-S8`: a code the guide does not list for its place in this loop (CLP02 `ZZ`, a
    /// `CAS*CR` in 5010 ...), or a state or province that is none of the US or Canada's.
    RemitElementCode,
    /// `835-S9`: an element the guide requires in this loop is missing (the payee's N102 ...),
    /// or one it does not use there is sent.
    RemitElementUsage,
    /// `835-S10`: a segment repeats more often in one instance of its loop than the guide
    /// allows (a second TRN, a sixth other claim related REF, a second DTM*232 ...), a line
    /// gives its date of service both as a date and as a period, or a claim payment has more
    /// than 999 service payments.
    RemitRepeat,
    /// `835-S11`: a header number (2000) holds no claim payment (2100).
    HeaderNumberClaims,
    /// `835-S12`: the payment method (BPR04) lacks its details: an ACH payment its format, an
    /// electronic payment the bank accounts and payer identifier; or a non-payment (`NON`) has
    /// a total other than 0.
    PaymentDetails,
    /// `835-S13`: BPR10 and TRN03, or BPR11 and TRN04, name the payer differently (a warning).
    PayerIdentifier,
    /// `837P-P03`: an 837P's ST03 names the guide its group's GS08 names.
    Implementation,
    /// `837P-P05`: HL01 numbers the levels 1, 2, 3 in order, HL03 is a level an 837P has (`20`,
    /// `22`, `23`), and HL04 says whether a child level follows, and one does.
    HierarchyCodes,
    /// `837P-P06`: a subscriber level holds its claims (SBR02 `18`, the subscriber is the
    /// patient) or patient levels (SBR02 empty), never both.
    SubscriberShape,
    /// `837P-P07`: the patient's name loop (2010BA when the subscriber is the patient, else
    /// 2010CA) has the patient's address and demographics: N3, N4, DMG.
    PatientDetails,
    /// `837P-P08`: the billing provider's address (2010AA N301) is a street address, not a post
    /// office box, lock box or mailbox.
    BillingStreetAddress,
    /// `837P-P09`: a US ZIP code of the billing provider or a service facility (2010AA, 2310C,
    /// 2420C N403) has nine digits.
    PostalCode,
    /// `837P-P10`: the billing provider has its tax id, `REF*EI` or `REF*SY`, of nine digits.
    BillingTaxId,
    /// `837P-P11`: every NPI (NM109 with NM108 `XX`) has ten digits and a valid check digit.
    NpiCheckDigit,
    /// `837P-P12`: CLM01 is unique in the set and short enough (20 characters) to come back
    /// whole in an 835.
    PatientControlNumber,
    /// `837P-P13`: CLM02 = Σ SV102 of the claim's lines.
    ClaimCharge,
    /// `837P-P14`: CLM05 holds a place of service, `B` and a claim frequency (`1`, `7`, `8`);
    /// SV105 a place of service.
    ClaimCodes,
    /// `837P-P15`: a replacement or void (CLM05-3 `7`, `8`) carries the payer's claim number
    /// in `REF*F8`; an original does not.
    PayerClaimNumber,
    /// `837P-P16`: the diagnoses (the first HI) start with the principal (`ABK`), go on with
    /// others (`ABF`), hold no code twice and no decimal point.
    DiagnosisCodes,
    /// `837P-P17`: every SV107 pointer names a diagnosis of the claim, and no pointer of a line
    /// is repeated.
    DiagnosisPointers,
    /// `837P-P18`: LX01 numbers the claim's lines 1, 2, 3 ... in order.
    LineNumber,
    /// `837P-P19`: charges are not negative and have at most two decimals; units are positive
    /// with at most three.
    LineAmounts,
    /// `837P-P20`: SV105 is sent only when it differs from CLM05-1 (a warning).
    LinePlaceOfService,
    /// `837P-P21`: no rendering provider (2310B) that is the billing provider (same NPI) (a
    /// warning).
    RenderingProvider,
    /// `837P-P22`: no service facility (2310C) at the billing provider's address: the loop is
    /// for services given elsewhere.
    ServiceFacility,
    /// `837P-P23`: every line has its date of service (DTP*472), a range from its start to its
    /// end.
    ServiceDate,
    /// `837P-P24`: the diagnoses use the code set in use on the dates of service: ICD-10-CM
    /// from 1 October 2015, ICD-9-CM before.
    DiagnosisCodeSet,
    /// `837P-P25`: line item control numbers (`REF*6R`) are unique in the claim.
    LineControlNumber,
    /// `837P-P26`: a claim sent on to a later payer balances against what each earlier payer
    /// did with it: its lines (2430) and its whole (2320).
    CobBalance,
    /// `837P-P27`: a chargeable claim (BHT06 `CH`) has a charge above zero (a warning).
    ChargeableClaim,
    /// `837P-P28`: a provider taxonomy code (PRV03) has the NUCC form: ten letters or digits,
    /// the last `X`.
    Taxonomy,
    /// `837P-S1`: no loop repeats more often than the guide allows where it stands (50 lines
    /// in a claim, one rendering provider ...).
    LoopRepeat,
    /// `837P-S2`: every segment stands where the guide places it (none kept untyped: out of
    /// guide order, past its maximum use, or foreign).
    SegmentPlacement,
    /// `837P-S3`: the segments and loops the guide requires are there (BHT, the submitter's
    /// contact, SBR, the payer's name loop, a service facility's address ...).
    RequiredPart,
    /// `837P-S4`: a segment repeats no more than its maximum use in its loop (one N3, one
    /// DTP of each kind in a claim ...).
    SegmentRepeat,
    /// `837P-S5`: every element is as long as the data element dictionary allows (a name of
    /// at most 60 characters, a ZIP code of at least 3 ...).
    ElementLength,
    /// `837P-S6`: a coded element whose list is the same in every loop holds a code the guide
    /// lists (CLM06 `Y` or `N`, SV103 `UN` or `MJ` ...).
    ElementCode,
    /// `837P-S7`: a segment keeps the X12 syntax notes: elements that go together (NM108 and
    /// NM109), that call for others, that exclude each other, or of which one is required.
    ElementSyntax,
    /// `837P-S8`: the elements the guide requires in every loop that carries their segment are
    /// sent (BHT06, HL04 ...), and those it uses in none are not (CLM03, NM106 ...).
    ElementUsage,
    /// `837P-S9`: no segment ends with an element separator, and no element with a component
    /// separator: X12 leaves trailing empty elements and components out.
    TrailingSeparator,
}

impl Rule {
    /// The stable id, `835-B1` ... for the 835 rules, `837P-P13` ... for the 837P ones (numbered
    /// as in the crate's 837P rule list; the gaps are rules other checks enforce) and
    /// `837P-S1` ... for what the 837P guide requires of the loop tree.
    ///
    /// ```
    /// assert_eq!(x12_claims::validate::Rule::ClaimBalance.id(), "835-B2");
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            Rule::LineBalance => "835-B1",
            Rule::ClaimBalance => "835-B2",
            Rule::ClaimLines => "835-B3",
            Rule::PatientResponsibility => "835-B4",
            Rule::PaymentTotal => "835-B5",
            Rule::PaymentNotNegative => "835-B6",
            Rule::Arithmetic => "835-B0",
            Rule::Unreadable => "835-B7",
            Rule::UnknownSegment => "835-S1",
            Rule::PayerAddress => "835-S3",
            Rule::PayerTechnicalContact => "835-S4",
            Rule::RemitElementLength => "835-S5",
            Rule::RemitElementSyntax => "835-S6",
            Rule::RemitTrailingSeparator => "835-S7",
            Rule::RemitElementCode => "835-S8",
            Rule::RemitElementUsage => "835-S9",
            Rule::RemitRepeat => "835-S10",
            Rule::HeaderNumberClaims => "835-S11",
            Rule::PaymentDetails => "835-S12",
            Rule::PayerIdentifier => "835-S13",
            Rule::Implementation => "837P-P03",
            Rule::HierarchyCodes => "837P-P05",
            Rule::SubscriberShape => "837P-P06",
            Rule::PatientDetails => "837P-P07",
            Rule::BillingStreetAddress => "837P-P08",
            Rule::PostalCode => "837P-P09",
            Rule::BillingTaxId => "837P-P10",
            Rule::NpiCheckDigit => "837P-P11",
            Rule::PatientControlNumber => "837P-P12",
            Rule::ClaimCharge => "837P-P13",
            Rule::ClaimCodes => "837P-P14",
            Rule::PayerClaimNumber => "837P-P15",
            Rule::DiagnosisCodes => "837P-P16",
            Rule::DiagnosisPointers => "837P-P17",
            Rule::LineNumber => "837P-P18",
            Rule::LineAmounts => "837P-P19",
            Rule::LinePlaceOfService => "837P-P20",
            Rule::RenderingProvider => "837P-P21",
            Rule::ServiceFacility => "837P-P22",
            Rule::ServiceDate => "837P-P23",
            Rule::DiagnosisCodeSet => "837P-P24",
            Rule::LineControlNumber => "837P-P25",
            Rule::CobBalance => "837P-P26",
            Rule::ChargeableClaim => "837P-P27",
            Rule::Taxonomy => "837P-P28",
            Rule::LoopRepeat => "837P-S1",
            Rule::SegmentPlacement => "837P-S2",
            Rule::RequiredPart => "837P-S3",
            Rule::SegmentRepeat => "837P-S4",
            Rule::ElementLength => "837P-S5",
            Rule::ElementCode => "837P-S6",
            Rule::ElementSyntax => "837P-S7",
            Rule::ElementUsage => "837P-S8",
            Rule::TrailingSeparator => "837P-S9",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One finding: which rule, how serious, where (loop path and element), the amounts compared
/// and a sentence saying what is wrong.
///
/// `P` is the loop path of the transaction the rule reads: an 835
/// [`remit835::LoopPath`](crate::remit835::LoopPath) (the default) or an 837P
/// [`claim837p::LoopPath`](crate::claim837p::LoopPath).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic<P = LoopPath> {
    /// The rule.
    pub rule: Rule,
    /// How serious.
    pub severity: Severity,
    /// The element holding the reported value (`CLP04`, `BPR02` ...).
    pub location: Location,
    /// The loop holding it.
    pub path: P,
    /// What the rule computes the value should be.
    pub expected: Option<Decimal>,
    /// The value reported.
    pub actual: Option<Decimal>,
    /// What is wrong, in words (static for the rules here, so reporting allocates nothing).
    pub message: Cow<'static, str>,
}

impl<P> Diagnostic<P> {
    /// A finding that compares no amounts.
    pub(crate) fn new(
        rule: Rule,
        severity: Severity,
        path: P,
        location: Location,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Diagnostic {
            rule,
            severity,
            location,
            path,
            expected: None,
            actual: None,
            message: message.into(),
        }
    }

    /// The same finding with the amount the rule computes and the one found.
    pub(crate) fn with_amounts(mut self, expected: Decimal, actual: Decimal) -> Self {
        self.expected = Some(expected);
        self.actual = Some(actual);
        self
    }
}

impl<P: fmt::Display> fmt::Display for Diagnostic<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {}: {}",
            self.severity,
            self.rule,
            self.path,
            At(&self.location),
            self.message
        )?;
        match (self.expected, self.actual) {
            (Some(expected), Some(actual)) => write!(f, ": expected {expected}, found {actual}"),
            (None, Some(actual)) => write!(f, ": found {actual}"),
            _ => Ok(()),
        }
    }
}
