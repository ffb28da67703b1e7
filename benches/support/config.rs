//! The measurement settings every benchmark of the crate uses: few samples of 10 MB inputs, so
//! that the whole suite runs in minutes on two cores; ratios within a group are what is read.

use std::time::Duration;

use criterion::Criterion;

/// Ten samples, one second of warm-up, five seconds of measurement per function.
pub fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
}
