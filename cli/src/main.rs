//! The `x12` command.
fn main() {}
