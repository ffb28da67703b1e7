//! What the 835 model reads leniently but the guide requires of a remittance as a whole.
//!
//! | rule | check | severity |
//! |---|---|---|
//! | `835-S3` | the payer (1000A) has its address: N3 and N4 | error |
//! | `835-S4` | the payer has a technical contact, PER*BL | error |
//! | `835-S11` | every header number (2000) holds a claim payment (2100) | error |
//! | `835-S12` | the payment method (BPR04) has its details: an ACH payment its format (BPR05); an ACH, BOP or wire payment the payer's bank account (BPR06 to BPR09), the payer's identifier (BPR10) and the provider's bank account (BPR12 to BPR15); a non-payment (`NON`) a total of 0 | error |
//! | `835-S13` | the payer's identifier and supplemental code in BPR10 and BPR11, when sent, are TRN03's and TRN04's | warning |

use super::{Diagnostic, Rule, Severity};
use crate::codes::PaymentMethod;
use crate::remit835::{LoopPath, Payer, Remittance};
use crate::segments::{Bpr, Trn};
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
    let empty = (remittance.header_numbers.iter().enumerate())
        .filter(|(_, number)| number.claim_payments.is_empty())
        .map(|(i, number)| (LoopPath::HeaderNumber(i + 1), number.number.location()));
    let header = &remittance.header;
    let parts = (&header.financial, &header.trace, &remittance.payer);
    check_parts(parts, empty, out);
}

/// The structure rules over what they need of a remittance: its BPR, TRN and payer loop, and
/// where its header numbers without a claim payment are.
pub(super) fn check_parts(
    (bpr, trn, payer): (&Bpr<'_>, &Trn<'_>, &Payer<'_>),
    empty: impl IntoIterator<Item = (LoopPath, Location)>,
    out: &mut Vec<Diagnostic>,
) {
    let finding = |rule, severity, location, path, message: &'static str| {
        Diagnostic::new(rule, severity, path, location, message)
    };
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
    for (path, location) in empty {
        out.push(finding(
            Rule::HeaderNumberClaims,
            Severity::Error,
            location,
            path,
            "the header number (2000) holds no claim payment (2100): the guide requires one",
        ));
    }
    payment_details(bpr, out);
    let pairs = [
        (
            10,
            bpr.payer_identifier(),
            3,
            trn.payer_identifier(),
            "identifier",
        ),
        (
            11,
            bpr.payer_supplemental_code(),
            4,
            trn.payer_supplemental_code(),
            "supplemental code",
        ),
    ];
    for (n, in_bpr, m, in_trn, what) in pairs {
        if let (Some(in_bpr), Some(in_trn)) = (in_bpr, in_trn)
            && in_bpr != in_trn
        {
            out.push(Diagnostic::new(
                Rule::PayerIdentifier,
                Severity::Warning,
                LoopPath::Header,
                bpr.location().with_element(n),
                format!(
                    "the payer's {what} is {in_bpr:?} in BPR{n:02} and {in_trn:?} in TRN{m:02}: \
                     the guide has them the same"
                ),
            ));
        }
    }
}

/// `835-S12`: what the payment method (BPR04) asks of the rest of the BPR.
fn payment_details(bpr: &Bpr<'_>, out: &mut Vec<Diagnostic>) {
    let method = bpr.payment_method();
    let at = |element| bpr.location().with_element(element);
    if method == PaymentMethod::NON_PAYMENT && !bpr.total_payment().value().is_zero() {
        let message = format!(
            "a non-payment (BPR04 NON) has a total payment (BPR02) of 0, not {}",
            bpr.total_payment().as_str()
        );
        out.push(Diagnostic::new(
            Rule::PaymentDetails,
            Severity::Error,
            LoopPath::Header,
            at(2),
            message,
        ));
        return;
    }
    let electronic = [
        PaymentMethod::ACH,
        PaymentMethod::FINANCIAL_INSTITUTION_OPTION,
        PaymentMethod::WIRE,
    ];
    if !electronic.contains(&method) {
        return;
    }
    let ach = method == PaymentMethod::ACH;
    let sent = [
        (5, bpr.payment_format()),
        (6, bpr.sender_bank_qualifier()),
        (7, bpr.sender_bank_id()),
        (8, bpr.sender_account_qualifier()),
        (9, bpr.sender_account()),
        (10, bpr.payer_identifier()),
        (12, bpr.receiver_bank_qualifier()),
        (13, bpr.receiver_bank_id()),
        (14, bpr.receiver_account_qualifier()),
        (15, bpr.receiver_account()),
    ];
    let groups: [(&[u16], &str); 4] = [
        (if ach { &[5] } else { &[] }, "its format"),
        (&[6, 7, 8, 9], "the payer's bank account"),
        (&[10], "the payer's identifier"),
        (&[12, 13, 14, 15], "the provider's bank account"),
    ];
    for (elements, what) in groups {
        let missing: Vec<u16> = (elements.iter().copied())
            .filter(|&n| sent.iter().any(|&(m, value)| m == n && value.is_none()))
            .collect();
        let Some(&first) = missing.first() else {
            continue;
        };
        let names: Vec<String> = missing.iter().map(|n| format!("BPR{n:02}")).collect();
        let message = format!(
            "a payment by {} gives {what}: {} missing",
            method.as_str(),
            match names.as_slice() {
                [one] => format!("{one} is"),
                _ => format!("{} are", names.join(", ")),
            }
        );
        let finding = Diagnostic::new(
            Rule::PaymentDetails,
            Severity::Error,
            LoopPath::Header,
            at(first),
            message,
        );
        out.push(finding);
    }
}
