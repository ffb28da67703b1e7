//! What the X12 standard asks of each element of an 835, which the typed model leaves open so
//! that nothing is lost: a payer name of 61 characters or a BPR05 of three letters still reads.
//!
//! | rule | check | severity |
//! |---|---|---|
//! | `835-S5` | every element and component of a typed segment is as long as the X12 data element dictionary allows (a payer name of at most 60 characters, a TRN03 of ten), and none is sent past the last the guide gives its segment | error |
//! | `835-S6` | a segment keeps the X12 syntax notes: BPR06 with BPR07, N103 with N104, PER03 with PER04 ... | error |
//! | `835-S7` | no segment ends with an element separator, and no element with a component separator | error |
//!
//! Segments kept untyped (`835-S1`) are not held to these. The codes the guide lists in each
//! loop, and which elements it requires there, are not checked yet.

use super::element_syntax::{self, Kind};
use super::{Diagnostic, Rule, Severity};
use crate::envelope::TransactionSet;
use crate::remit835::{LoopPath, Observer, RemittanceIndex};
use crate::syntax::Segment;

/// Checks the elements of every typed segment of one 835 set, in reading order. A set the
/// index refuses gives the findings of the segments read before it stopped (reading the set
/// gives the error); a set over 4 GiB, which no index takes, gives none.
///
/// [`set835::check`](super::set835::check) gives these after the balancing and structure
/// findings, in the same pass.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::elements835;
/// // BPR06 (a bank id qualifier) without BPR07 (the bank id), and a TRN03 of nine digits.
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON**01**********20240405~\
/// TRN*1*N1*123456789~N1*PR*ACME HEALTH~N3*PO BOX 1~N4*SALEM*OR*97301~PER*BL*EDI*TE*5035550100~\
/// N1*PE*CLINIC*XX*1234567893~SE*9*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let set = doc.transaction_sets().next().ok_or("no set")?;
/// let found: Vec<String> = elements835::check(set).iter().map(|d| d.to_string()).collect();
/// assert_eq!(
///     found,
///     [
///         "error 835-S6 header BPR07 at segment 4 (byte 170): BPR06 sent without BPR07: they go \
///          together (X12 syntax note P0607)",
///         "error 835-S5 header TRN03 at segment 5 (byte 206): \"123456789\" is 9 characters long; \
///          the element takes at least 10",
///     ]
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check(set: &TransactionSet<'_>) -> Vec<Diagnostic> {
    let mut elements = Elements::default();
    // The index's own errors are reading's: the findings so far are what this check gives.
    let _ = RemittanceIndex::parse_observed(set, &mut elements);
    elements.found
}

/// The findings of the segments seen so far.
#[derive(Default)]
pub(crate) struct Elements {
    pub(crate) found: Vec<Diagnostic>,
}

impl Elements {
    /// `835-S5` to `835-S7` over one typed segment of the loop at `path`.
    pub(crate) fn check(&mut self, segment: &Segment<'_>, path: LoopPath) {
        element_syntax::segment(segment, |kind, location, message| {
            let rule = match kind {
                Kind::Length | Kind::Past => Rule::RemitElementLength,
                Kind::Note => Rule::RemitElementSyntax,
                Kind::Trailing => Rule::RemitTrailingSeparator,
            };
            let found = Diagnostic::new(rule, Severity::Error, path, location, message);
            self.found.push(found);
        });
    }
}

impl<'a> Observer<'a> for Elements {
    fn segment(&mut self, segment: &Segment<'a>, path: LoopPath) {
        self.check(segment, path);
    }
}

#[cfg(test)]
mod tests {
    use crate::envelope::Document;
    use crate::validate::{elements835, set835};

    /// A sound 835 with `payer` as its payer name loop.
    fn remittance(payer: &str) -> String {
        format!(
            "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
             GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~\
             BPR*H*0*C*NON************20240405~TRN*1*N1*1234567890~{payer}\
             N1*PE*CLINIC*XX*1234567893~SE*9*0001~GE*1*501~IEA*1*000000501~"
        )
    }

    const PAYER: &str = "N1*PR*ACME HEALTH~N3*PO BOX 1~N4*SALEM*OR*97301~PER*BL*EDI*TE*5035550100~";

    /// The rule, loop and element of each finding, by both ways of checking.
    fn found(payer: &str) -> Vec<(&'static str, String, String)> {
        let input = remittance(payer);
        let doc = Document::parse(input.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let found: Vec<_> = (elements835::check(set).iter())
            .map(|d| (d.rule.id(), d.path.to_string(), d.location.to_string()))
            .collect();
        let one_pass: Vec<_> = (set835::check(set).unwrap().iter())
            .map(|d| (d.rule.id(), d.path.to_string(), d.location.to_string()))
            .collect();
        assert_eq!(found, one_pass, "the one pass gives the same");
        found
    }

    #[test]
    fn a_sound_remittance_has_none() {
        assert_eq!(found(PAYER), []);
    }

    #[test]
    fn lengths_notes_and_separators() {
        let long = format!("N1*PR*{}~", "X".repeat(61));
        let at = |element: &str| format!("segment 6 {element} (byte 224)");
        assert_eq!(
            found(&PAYER.replace("N1*PR*ACME HEALTH~", &long)),
            [("835-S5", "1000A".to_owned(), at("N102"))]
        );
        assert_eq!(
            found(&PAYER.replace("PER*BL*EDI*TE*5035550100~", "PER*BL*EDI*TE~")),
            [(
                "835-S6",
                "1000A".to_owned(),
                "segment 9 PER04 (byte 272)".to_owned()
            )]
        );
        assert_eq!(
            found(&PAYER.replace("N4*SALEM*OR*97301~", "N4*SALEM*OR*97301*~")),
            [(
                "835-S7",
                "1000A".to_owned(),
                "segment 8 N404 (byte 254)".to_owned()
            )]
        );
        // N3 has two elements; a third is past its last.
        assert_eq!(
            found(&PAYER.replace("N3*PO BOX 1~", "N3*PO BOX 1**X~")),
            [(
                "835-S5",
                "1000A".to_owned(),
                "segment 7 N303 (byte 242)".to_owned()
            )]
        );
    }
}
