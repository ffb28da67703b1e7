//! What validation reports of a set that does not read, held to reading, for either
//! transaction (`validate::claim837p::reading_errors`, `validate::set835::reading_errors`).

use std::fmt::Display;

use x12_claims::syntax::Location;

/// `reported`, what validation gives for a set that reading refused with `refused` (or that
/// reading accepted, `None`): nothing for a set that reads; otherwise reading's error among
/// others, in the order of their places (`at`). A broken 837P HL link is found once every level
/// is read, so it may come before the error reading met first.
pub fn reported_whole<E: Display>(
    refused: Option<&E>,
    reported: &[E],
    at: impl Fn(&E) -> Option<Location>,
) {
    let lines: Vec<String> = reported.iter().map(ToString::to_string).collect();
    match refused {
        None => assert!(reported.is_empty(), "{lines:?}"),
        Some(e) => assert!(lines.contains(&e.to_string()), "{e} not in {lines:?}"),
    }
    let places: Vec<_> = reported.iter().map(|e| at(e).map(|l| l.segment)).collect();
    assert!(places.is_sorted(), "{lines:?}");
}
