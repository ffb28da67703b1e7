//! Any bytes: reading every transaction set as an 837P never panics. A set the model does not
//! read is reported whole (`other_reading_errors`), and the loops of it that read are checked
//! (`ReadableLoops`, which meets the loops that do not type that the index names). For a set
//! the model reads, writing it is a fixed point and checking its claim rules never panics; the
//! index reads such a set too and types its claims to the same loops, and the rules over its
//! loops find what they find over the submission. Indexing (or reading into loop trees) the
//! whole input in one pass gives what doing it set by set gives.
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
            // The rules over the loops that type never panic, and find over a set that reads
            // what they find over its submission.
            let loops = claim837p::ReadableLoops::of(set);
            if let Ok(index) = &index {
                let lines = |errors: &[Claim837Error]| -> Vec<String> {
                    errors.iter().map(ToString::to_string).collect()
                };
                assert_eq!(lines(loops.errors()), lines(&index.errors()));
            }
            let loops = loops.check();
            let submission = parsed.ok()?;
            assert_eq!(loops, claim837p::check(&submission));
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
