//! Checks beyond what reading needs, reported as [`Diagnostic`]s instead of errors: a check
//! never stops at the first problem, and a file that fails one still reads.
//!
//! | module | checks |
//! |---|---|
//! | [`balance835`] | the 835 balancing rules: lines, claims, the payment total (over a typed remittance or an index) |
//! | [`structure835`] | what the 835 model reads leniently but the guide requires; untyped segments |
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
mod exact;
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
    /// `835-B7`: an amount a balancing rule reads is not a number; the rules that need it were
    /// skipped. Only [`balance835::check_index`] can meet one: a typed parse refuses such a
    /// segment before balancing.
    Unreadable,
    /// `835-S1`: a segment was kept as unknown (foreign, or out of guide order).
    UnknownSegment,
    /// `835-S2`: BPR16 is missing.
    PaymentDate,
    /// `835-S3`: the payer's N3 or N4 is missing.
    PayerAddress,
    /// `835-S4`: the payer's PER*BL is missing.
    PayerTechnicalContact,
}

impl Rule {
    /// The stable id, `835-B1` ...
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
            Rule::PaymentDate => "835-S2",
            Rule::PayerAddress => "835-S3",
            Rule::PayerTechnicalContact => "835-S4",
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule.
    pub rule: Rule,
    /// How serious.
    pub severity: Severity,
    /// The element holding the reported value (`CLP04`, `BPR02` ...).
    pub location: Location,
    /// The loop holding it.
    pub path: LoopPath,
    /// What the rule computes the value should be.
    pub expected: Option<Decimal>,
    /// The value reported.
    pub actual: Option<Decimal>,
    /// What is wrong, in words (static for the rules here, so reporting allocates nothing).
    pub message: Cow<'static, str>,
}

impl fmt::Display for Diagnostic {
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
