//! Integration tests: one binary with a module per area (one link step on two cores).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::print_stdout,
    missing_docs
)]

mod balance835;
mod build835;
mod build837p;
mod claim837p;
mod enclose;
mod envelope;
mod fixtures;
#[path = "../../benches/support/generate.rs"]
mod generate;
mod generated;
mod index835;
mod index837p;
mod json;
mod one_pass;
mod outgoing;
mod properties;
mod reading;
mod remit835;
mod rules837p;
mod syntax;
