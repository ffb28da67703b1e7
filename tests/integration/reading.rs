//! What validation reports of a set that does not read, held to reading, for either
//! transaction (`validate::claim837p::other_reading_errors`,
//! `validate::set835::other_reading_errors`).

use std::fmt::Display;

use x12_claims::syntax::Location;

/// For a set reading refused with `refused` (nothing to hold when it read): `others`, the other
/// loops' errors validation gives beside it, leave it out and come in the order of their places
/// (`at`), each once.
pub fn reported_whole<E: Display>(
    refused: Option<&E>,
    others: impl FnOnce(&E) -> Vec<E>,
    at: impl Fn(&E) -> Option<Location>,
) {
    let Some(first) = refused else {
        return;
    };
    let others = others(first);
    let lines: Vec<String> = others.iter().map(ToString::to_string).collect();
    assert!(!lines.contains(&first.to_string()), "{first} in {lines:?}");
    let places: Vec<_> = others
        .iter()
        .map(|e| at(e).map(|l| (l.segment, l.offset)))
        .collect();
    assert!(places.is_sorted(), "{lines:?}");
    let mut unique = lines.clone();
    unique.dedup();
    assert_eq!(unique, lines);
}
