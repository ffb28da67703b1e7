//! What the 835 model reads leniently but the guide requires, and what it could not type.
//!
//! | rule | check | severity |
//! |---|---|---|
//! | `835-S1` | every segment was typed: none kept as unknown (out of guide order, or foreign) | warning |
//! | `835-S2` | BPR16, the check issue or EFT effective date, is present | error |
//! | `835-S3` | the payer (1000A) has its address: N3 and N4 | error |
//! | `835-S4` | the payer has a technical contact, PER*BL | error |

use super::{Diagnostic, Rule, Severity};
use crate::remit835::{LoopPath, Payer, Remittance};
use crate::segments::Bpr;
use crate::syntax::Location;

/// Checks the structure rules of one remittance.
///
/// ```
/// # use x12_claims::envelope::Document;
/// # use x12_claims::remit835::Remittance;
/// use x12_claims::validate::structure835;
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON************20240405~\
/// TRN*1*N1*1234567890~N1*PR*ACME HEALTH~N3*PO BOX 1~N4*SALEM*OR*97301~N1*PE*CLINIC*XX*1234567893~SE*8*0001~\
/// GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// let found: Vec<String> = structure835::check(&remittance).iter().map(|d| d.to_string()).collect();
/// assert_eq!(
///     found,
///     ["error 835-S4 1000A N1 at segment 6 (byte 224): the payer has no technical contact (PER*BL)"]
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(remittance: &Remittance<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_into(remittance, &mut out);
    out
}

/// Checks the structure rules of one remittance, adding the findings to `out`.
pub fn check_into(remittance: &Remittance<'_>, out: &mut Vec<Diagnostic>) {
    let unknown = remittance
        .unknown_segments()
        .map(|(path, unknown)| (path, unknown.raw.location()));
    check_parts(
        unknown,
        &remittance.header.financial,
        &remittance.payer,
        out,
    );
}

/// The structure rules over what they need of a remittance: where its unknown segments are
/// (in reading order, with their loops), its BPR and its payer loop.
pub(super) fn check_parts(
    unknown: impl IntoIterator<Item = (LoopPath, Location)>,
    bpr: &Bpr<'_>,
    payer: &Payer<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let finding = |rule, severity, location, path, message: &'static str| {
        Diagnostic::new(rule, severity, path, location, message)
    };
    for (path, location) in unknown {
        out.push(finding(
            Rule::UnknownSegment,
            Severity::Warning,
            location,
            path,
            "a segment the guide does not place here was kept as it is, untyped",
        ));
    }
    if bpr.payment_date().is_none() {
        out.push(finding(
            Rule::PaymentDate,
            Severity::Error,
            bpr.location().with_element(16),
            LoopPath::Header,
            "the check issue or EFT effective date is missing",
        ));
    }
    let at: Location = payer.name.location();
    if payer.address.is_none() || payer.city.is_none() {
        out.push(finding(
            Rule::PayerAddress,
            Severity::Error,
            at,
            LoopPath::Payer,
            "the payer has no address (N3 and N4)",
        ));
    }
    if payer.contact("BL").is_none() {
        out.push(finding(
            Rule::PayerTechnicalContact,
            Severity::Error,
            at,
            LoopPath::Payer,
            "the payer has no technical contact (PER*BL)",
        ));
    }
}
