//! Rules of the name loops: `837P-P08` to `837P-P10` for the billing provider (2010AA),
//! `837P-P09` and `837P-P22` for service facilities, `837P-P11` for every NPI and `837P-P28`
//! for every taxonomy code.

use super::{Report, structure};
use crate::claim837p::{BillingProvider, LoopPath, Party, PartyRole, party_paths};
use crate::element::{is_digits, is_valid_npi};
use crate::segments::Prv;
use crate::validate::Rule;

/// The rules every name loop is held to over the name loops held by the loop at `path`.
pub(super) fn each_party(parties: &[Party<'_>], path: LoopPath, report: &mut Report) {
    for (path, party) in party_paths(parties, path) {
        every_party(party, path, report);
    }
}

/// The rules every name loop is held to, wherever it stands: the structure rules, `837P-P11`
/// (its NPI) and `837P-P28` (its taxonomy code).
pub(super) fn every_party(party: &Party<'_>, path: LoopPath, report: &mut Report) {
    structure::party(party, path, report);
    npi(party, path, report);
    if let Some(prv) = party.specialty() {
        taxonomy(prv, path, report);
    }
}

/// `837P-P28`: a taxonomy code (PRV03) has the form of the NUCC's codes, ten letters or digits
/// of which the last is `X` (`207Q00000X`). The code itself is not looked up: the list is the
/// NUCC's, and payers take the provider's enrolled one.
fn taxonomy(prv: &Prv<'_>, path: LoopPath, report: &mut Report) {
    let code = prv.taxonomy();
    let bytes = code.as_bytes();
    if bytes.len() == 10 && bytes.ends_with(b"X") && bytes.iter().all(u8::is_ascii_alphanumeric) {
        return;
    }
    report.error(
        Rule::Taxonomy,
        path,
        prv.location().with_element(3),
        format!(
            "{code:?} is not a provider taxonomy code: the NUCC's are ten letters or digits, the \
             last X (207Q00000X)"
        ),
    );
}

/// `837P-P11`: NM109 after NM108 `XX` is a valid NPI.
fn npi(party: &Party<'_>, path: LoopPath, report: &mut Report) {
    let Some(npi) = party.npi() else { return };
    if is_valid_npi(npi) {
        return;
    }
    let problem = if is_digits(npi, 10) {
        "its check digit is wrong"
    } else {
        "an NPI is ten digits"
    };
    report.error(
        Rule::NpiCheckDigit,
        path,
        party.nm1().location().with_element(9),
        format!("{npi:?} is not a valid NPI: {problem}"),
    );
}

/// `837P-P08`, `837P-P09` and `837P-P10` for the billing provider's name loop (2010AA), and
/// `837P-P28` for its level's taxonomy code (2000A PRV).
pub(super) fn billing_provider(billing: &BillingProvider<'_>, path: LoopPath, report: &mut Report) {
    if let Some(prv) = billing.specialty() {
        taxonomy(prv, path, report);
    }
    // A billing provider level without its name loop is refused by reading.
    let Some(name) = billing.name() else { return };
    let path = path.child(PartyRole::BillingProvider.loop_id(), 1);
    if let Some(n3) = name.address() {
        for (element, line) in [(1, Some(n3.address())), (2, n3.address2())] {
            if let Some(kind) = line.and_then(mailbox) {
                report.error(
                    Rule::BillingStreetAddress,
                    path,
                    n3.location().with_element(element),
                    format!(
                        "the billing provider's address is a {kind}; it must be where the \
                         provider is (send a box as the pay-to address, 2010AB)"
                    ),
                );
            }
        }
    }
    postal_code(name, path, report);
    tax_id(name, path, report);
}

/// `837P-P09`: a US ZIP code of a name loop (N403, when N404 is absent or `US`) has nine
/// digits. Only the billing provider and service facility loops are held to it.
pub(super) fn postal_code(party: &Party<'_>, path: LoopPath, report: &mut Report) {
    let Some(n4) = party.city() else { return };
    if n4.country().is_some_and(|country| country != "US") {
        return;
    }
    let Some(code) = n4.postal_code() else { return };
    if is_digits(code, 9) {
        return;
    }
    report.error(
        Rule::PostalCode,
        path,
        n4.location().with_element(3),
        format!("ZIP code {code:?} is not nine digits (ZIP+4, no hyphen)"),
    );
}

/// `837P-P22`: a service facility (2310C) is not at the billing provider's address, and sends
/// its secondary ids (REF) only when it has no NPI.
pub(super) fn service_facility(
    facility: &Party<'_>,
    billing: Option<&Party<'_>>,
    path: LoopPath,
    report: &mut Report,
) {
    if billing.is_some_and(|billing| same_address(billing, facility)) {
        report.error(
            Rule::ServiceFacility,
            path,
            facility.nm1().location(),
            "the service facility is at the billing provider's address: leave 2310C out, it is \
             only for services given elsewhere",
        );
    }
    if facility.npi().is_some() {
        for reference in facility.references() {
            report.error(
                Rule::ServiceFacility,
                path,
                reference.location().with_element(1),
                format!(
                    "REF*{} with an NPI in NM109: a service facility's secondary ids are sent \
                     only when it has no NPI",
                    reference.qualifier().as_str()
                ),
            );
        }
    }
}

/// Whether two name loops give the same address (N3 and N4), ignoring case and spaces around
/// the values.
fn same_address(a: &Party<'_>, b: &Party<'_>) -> bool {
    fn values(party: &Party<'_>) -> Option<[Option<String>; 6]> {
        let (n3, n4) = (party.address()?, party.city()?);
        let norm = |text: Option<&str>| text.map(|t| t.trim().to_ascii_uppercase());
        Some([
            norm(Some(n3.address())),
            norm(n3.address2()),
            norm(Some(n4.city())),
            norm(n4.state()),
            norm(n4.postal_code()),
            norm(n4.country()),
        ])
    }
    values(a).is_some_and(|a| values(b) == Some(a))
}

/// `837P-P10`: `REF*EI` or `REF*SY` of nine digits.
fn tax_id(name: &Party<'_>, path: LoopPath, report: &mut Report) {
    let tax_id = name
        .references()
        .find(|r| matches!(r.qualifier().as_str(), "EI" | "SY"));
    let Some(reference) = tax_id else {
        report.error(
            Rule::BillingTaxId,
            path,
            name.nm1().location(),
            "the billing provider has no tax id: REF*EI (employer id) or REF*SY (social \
             security number)",
        );
        return;
    };
    let value = reference.value();
    if !is_digits(value, 9) {
        report.error(
            Rule::BillingTaxId,
            path,
            reference.location().with_element(2),
            format!("tax id {value:?} is not nine digits (no hyphen)"),
        );
    }
}

/// What kind of mailbox an address line names, if it names one: a post office box (`PO BOX 12`,
/// `P.O. Box 12`, `Post Office Box 12`), a lock box or a private mailbox (`PMB 7`).
fn mailbox(line: &str) -> Option<&'static str> {
    let words: Vec<String> = line
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '.')
        .map(|word| word.replace('.', "").to_ascii_uppercase())
        .filter(|word| !word.is_empty())
        .collect();
    let starts = |at: usize, sequence: &[&str]| {
        words
            .get(at..at + sequence.len())
            .is_some_and(|found| found.iter().zip(sequence).all(|(w, s)| w == s))
    };
    (0..words.len()).find_map(|at| {
        if starts(at, &["PO", "BOX"])
            || starts(at, &["P", "O", "BOX"])
            || starts(at, &["POBOX"])
            || starts(at, &["POST", "OFFICE", "BOX"])
        {
            Some("post office box")
        } else if starts(at, &["LOCKBOX"]) || starts(at, &["LOCK", "BOX"]) {
            Some("lock box")
        } else if starts(at, &["PMB"]) {
            Some("private mailbox")
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::mailbox;

    #[test]
    fn mailboxes_are_told_from_streets() {
        for (line, kind) in [
            ("PO BOX 123", Some("post office box")),
            ("P.O. Box 123", Some("post office box")),
            ("P O BOX 9", Some("post office box")),
            ("POBOX 9", Some("post office box")),
            ("Post Office Box 9", Some("post office box")),
            ("123 MAIN ST PMB 45", Some("private mailbox")),
            ("LOCKBOX 77", Some("lock box")),
            ("Lock Box 77", Some("lock box")),
            ("123 MAIN ST", None),
            ("1 BOXWOOD LN", None),
            ("44 POST RD", None),
            ("9 POBOXER WAY", None),
            ("", None),
        ] {
            assert_eq!(mailbox(line), kind, "{line}");
        }
    }
}
