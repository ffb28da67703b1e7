//! Refusing built name loops that would not read back where they are placed: parsing decides a
//! name loop's role from its NM1 entity code and its place, so a loop built with another role
//! (or holding a segment its role does not) would come back as another loop or as unknown
//! segments.

use super::claim::Claim;
use super::error::{Claim837Error, LoopPath};
use super::header::Header;
use super::party::{Holder, Party, party_paths};
use super::submission::{Level, level_paths};

/// Checks every name loop of a built submission against the place it is in.
pub(crate) fn check(header: &Header<'_>, levels: &[Level<'_>]) -> Result<(), Claim837Error> {
    parties(header.parties(), Holder::Header, LoopPath::root())?;
    for (path, level) in level_paths(levels) {
        match level {
            Level::BillingProvider(l) => parties(l.parties(), Holder::BillingProvider, path)?,
            Level::Subscriber(l) => {
                parties(l.parties(), Holder::Subscriber, path)?;
                claims(l.claims(), path)?;
            }
            Level::Patient(l) => {
                parties(l.parties(), Holder::Patient, path)?;
                claims(l.claims(), path)?;
            }
            Level::Other(_) => {}
        }
    }
    Ok(())
}

fn claims(claims: &[Claim<'_>], path: LoopPath) -> Result<(), Claim837Error> {
    for (i, claim) in claims.iter().enumerate() {
        let path = path.child("2300", i + 1);
        parties(claim.parties(), Holder::Claim, path)?;
        for (j, other) in claim.other_subscribers().iter().enumerate() {
            parties(
                other.parties(),
                Holder::OtherSubscriber,
                path.child("2320", j + 1),
            )?;
        }
        for (j, line) in claim.lines().iter().enumerate() {
            parties(line.parties(), Holder::Line, path.child("2400", j + 1))?;
        }
    }
    Ok(())
}

/// Checks the name loops held directly by the loop at `path`, each at the path parsing gives it.
fn parties(parties: &[Party<'_>], holder: Holder, path: LoopPath) -> Result<(), Claim837Error> {
    for (path, party) in party_paths(parties, path) {
        party.check_placement(holder, path)?;
    }
    Ok(())
}
