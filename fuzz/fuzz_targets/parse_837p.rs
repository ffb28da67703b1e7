//! Any bytes: reading every transaction set as an 837P never panics; a set the model does not
//! read is reported whole (`other_reading_errors`); for a set the model
//! reads, writing it is a fixed point and checking its claim rules never panics. The index reads such a set too and types its claims to
//! the same loops, and indexing (or reading into loop trees) the whole input in one pass gives
//! what doing it set by set gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::claim837p::{Claim837Error, Submission, SubmissionIndex};
use x12_claims::validate::claim837p;

mod fixed_point;
// What the integration tests hold validation's report of a set that does not read to.
#[path = "../../tests/integration/reading.rs"]
mod reading;

fuzz_target!(|data: &[u8]| {
    fixed_point::same_in_one_pass(
        data,
        SubmissionIndex::parse_document(data),
        SubmissionIndex::parse,
    );
    fixed_point::same_in_one_pass(data, Submission::parse_document(data), Submission::parse);
    fixed_point::check(
        data,
        |set| {
            let index = SubmissionIndex::parse(set);
            if let Ok(index) = &index {
                for claim in index.claims() {
                    let _ = claim.to_claim();
                }
            }
            // A set that does not read is reported whole.
            let parsed = Submission::parse(set);
            reading::reported_whole(
                parsed.as_ref().err(),
                |first| claim837p::other_reading_errors(set, first),
                Claim837Error::location,
            );
            let submission = parsed.ok()?;
            let index = index.expect("the index reads what the submission reads");
            let typed: Vec<_> = index
                .claims()
                .map(|c| c.to_claim().expect("a claim the submission read types"))
                .collect();
            let claims: Vec<_> = submission.claims().map(|c| c.claim().clone()).collect();
            assert_eq!(typed, claims);
            // The claim rules never panic, and find the same in the owned tree.
            let findings = claim837p::check(&submission);
            let submission = submission.into_owned();
            assert_eq!(findings, claim837p::check(&submission));
            Some(submission)
        },
        |submission, out| submission.write(out),
    );
});
