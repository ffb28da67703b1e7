//! Benchmarks of the syntax layer.
#![allow(missing_docs)]
fn main() {}
