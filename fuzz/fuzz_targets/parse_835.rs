//! Any bytes: reading every transaction set as an 835 and balancing it never panics, and for a
//! set the model reads, writing it is a fixed point. The index reads such a set too, types its
//! claims to the same loops and balances them with the same findings, whether it balances while
//! indexing or after. Checking a set in one pass (`set835`) refuses it with the model's error or
//! finds what balancing and the structure rules find over the model. Indexing (and balancing or
//! checking) the whole input, or reading it into loop trees, in one pass gives what doing it set
//! by set gives. A set the model does not read is reported whole (`set835::other_reading_errors`),
//! and the rules over the loops of it that read (`set835::check_readable`) never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::remit835::{Remit835Error, Remittance, RemittanceIndex};
use x12_claims::validate::{Rule, balance835, elements835, set835, structure835};

mod fixed_point;
// What the integration tests hold validation's report of a set that does not read to.
#[path = "../../tests/integration/reading.rs"]
mod reading;

fuzz_target!(|data: &[u8]| {
    fixed_point::same_in_one_pass(
        data,
        RemittanceIndex::parse_document(data),
        RemittanceIndex::parse,
    );
    fixed_point::same_in_one_pass(
        data,
        balance835::index_and_check_document(data),
        balance835::index_and_check,
    );
    fixed_point::same_in_one_pass(data, Remittance::parse_document(data), Remittance::parse);
    fixed_point::same_in_one_pass(
        data,
        set835::check_document_with(data, |_, checked| checked),
        set835::check_indexed,
    );
    fixed_point::check(
        data,
        |set| {
            let plain = Remittance::parse(set).map(|r| {
                let mut found = balance835::check(&r);
                found.extend(structure835::check(&r));
                found.extend(elements835::check(set));
                found
            });
            let one_pass = set835::check(set);
            // Going on past reading's error refuses with the same error; the rules over the
            // loops that read find what the one pass finds when the set reads, and do not say
            // reading's errors again when it does not.
            let readable = set835::check_readable(set);
            assert_eq!(
                readable.refused.as_ref().map(ToString::to_string),
                one_pass.as_ref().err().map(ToString::to_string)
            );
            match &one_pass {
                Ok(found) => assert_eq!(&readable.findings, found),
                Err(_) => assert!(readable.findings.iter().all(|d| d.rule != Rule::Unreadable)),
            }
            assert_eq!(
                format!("{:?}", one_pass.map_err(|e| e.to_string())),
                format!("{:?}", plain.map_err(|e| e.to_string()))
            );
            let index = RemittanceIndex::parse(set);
            let in_one_pass = balance835::index_and_check(set);
            assert_eq!(index.is_ok(), in_one_pass.is_ok());
            if let (Ok(index), Ok((_, findings))) = (&index, &in_one_pass) {
                assert_eq!(*findings, balance835::check_index(index));
                for claim in index.claim_payments() {
                    let _ = claim.to_claim_payment();
                }
            }
            // A set that does not read is reported whole.
            let parsed = Remittance::parse(set);
            reading::reported_whole(
                parsed.as_ref().err(),
                |first| set835::other_reading_errors(set, first),
                Remit835Error::location,
            );
            let remittance = parsed.ok()?;
            let index = index.expect("the index reads what the model reads");
            let typed: Vec<_> = index
                .claim_payments()
                .map(|c| c.to_claim_payment().expect("a claim the model read types"))
                .collect();
            let claims: Vec<_> = remittance
                .claim_payments()
                .map(|c| c.claim.clone())
                .collect();
            assert_eq!(typed, claims);
            assert_eq!(
                balance835::check_index(&index),
                balance835::check(&remittance)
            );
            let remittance = remittance.into_owned();
            let _ = balance835::check(&remittance);
            Some(remittance)
        },
        |remittance, out| remittance.write(out),
    );
});
