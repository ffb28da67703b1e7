//! Any bytes: reading every transaction set as an 837P never panics, and for a set the model
//! reads, writing it is a fixed point.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::claim837p::Submission;

mod fixed_point;

fuzz_target!(|data: &[u8]| {
    fixed_point::check(
        data,
        |set| {
            let submission = Submission::parse(set).ok()?.into_owned();
            let _ = submission.claims().count();
            Some(submission)
        },
        |submission, out| submission.write(out),
    );
});
