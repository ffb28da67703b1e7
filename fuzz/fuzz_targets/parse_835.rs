//! Any bytes: reading every transaction set as an 835 and balancing it never panics, and for a
//! set the model reads, writing it is a fixed point.
#![no_main]

use libfuzzer_sys::fuzz_target;
use x12_claims::remit835::Remittance;
use x12_claims::validate::balance835;

mod fixed_point;

fuzz_target!(|data: &[u8]| {
    fixed_point::check(
        data,
        |set| {
            let remittance = Remittance::parse(set).ok()?.into_owned();
            let _ = remittance.claim_payments().count();
            let _ = balance835::check(&remittance);
            Some(remittance)
        },
        |remittance, out| remittance.write(out),
    );
});
