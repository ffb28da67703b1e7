//! What the X12 standard and the 835 guide ask of each element of an 835, which the typed model
//! leaves open so that nothing is lost: a payer name of 61 characters, a BPR05 of three letters,
//! a CLP02 of `ZZ` or a second TRN still read.
//!
//! | rule | check | severity |
//! |---|---|---|
//! | `835-S1` | every segment is one the guide places where it stands: none kept untyped (out of guide order, or foreign) but one `835-S10` reports as sent too often | error |
//! | `835-S5` | every element and component of a typed segment is as long as the X12 data element dictionary allows (a payer name of at most 60 characters, a TRN03 of ten), and none is sent past the last the guide gives its segment | error |
//! | `835-S6` | a segment keeps the X12 syntax notes: BPR06 with BPR07, N103 with N104, PER03 with PER04 ... | error |
//! | `835-S7` | no segment ends with an element separator, and no element with a component separator | error |
//! | `835-S8` | each coded element holds a code the guide lists for it in its loop (CLP02 a claim status, CAS01 `CO`, `OA`, `PI` or `PR`, a 2100 NM101 one of its seven names, a PLB reason ...); an address in the US or Canada has a state or province of theirs, a country is an ISO 3166 code and a currency an ISO 4217 one; an adjustment reason, remark code, facility type (CLP08, TS302) or revenue code (SVC04) has the form of its list's codes | error |
//! | `835-S9` | the elements the guide requires in the loop are there (the payee's N102 ...), and those it does not use there are not (TS309 ...); a US or Canadian address has its state | error |
//! | `835-S10` | no use of a segment repeats in one loop more often than the guide allows (one TRN, five other claim related REF, two service dates ...), segments kept untyped included; a loop has one date of each kind (DTM01), and a line's date of service is one date (472) or a period (150, 151), not both; no claim payment has more than 999 service payments | error |
//!
//! Which use of a segment a loop has is told by its qualifier (REF01, DTM01, NM101 ...); the
//! guide's uses are in `remit835::loop_elements`, which the conformance check holds to an
//! independent validator's map. Of a segment kept untyped only the use is told, to count it.
//! Of the code lists kept outside the guide, states, countries and currencies (CUR02,
//! [`Currency`](crate::codes::Currency)) are looked up, adjustment reasons (CAS02 ...), remark
//! codes (MOA, MIA, LQ*HE), facility types (CLP08, TS302: a place of service or the first two
//! digits of a type of bill) and revenue codes (SVC04: the NUBC's four digits) are held to the
//! form of their codes ([`Carc::is_well_formed`](crate::codes::Carc::is_well_formed),
//! [`Rarc::is_well_formed`](crate::codes::Rarc::is_well_formed), digits).

use super::element_syntax::{self, Kind};
use super::loop_uses::{self, Kept, Problem};
use super::repeats835::{self, Repeats};
use super::{Diagnostic, Rule, Severity};
use crate::envelope::TransactionSet;
use crate::remit835::loop_elements::loop_elements;
use crate::remit835::{LoopPath, Observer, RemittanceIndex};
use crate::segments::loop_uses::LAST_CODED;
use crate::syntax::Segment;

/// Checks the elements of every typed segment of one 835 set, and how often each use of a
/// segment comes in its loop, in reading order. A set the index refuses gives the findings of
/// the segments read before it stopped (reading the set gives the error); a set over 4 GiB,
/// which no index takes, gives none.
///
/// [`set835::check`](super::set835::check) gives these after the balancing and structure
/// findings, in the same pass.
///
/// ```
/// # use x12_claims::envelope::Document;
/// use x12_claims::validate::elements835;
/// // BPR06 (a bank id qualifier) without BPR07 (the bank id), a TRN03 of nine digits and a
/// // TRN01 of 2, which an 835 does not use.
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON**01**********20240405~\
/// TRN*2*N1*123456789~N1*PR*ACME HEALTH~N3*PO BOX 1~N4*SALEM*OR*97301~PER*BL*EDI*TE*5035550100~\
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
///         "error 835-S8 header TRN01 at segment 5 (byte 206): \"2\" is not a code the guide lists \
///          here (1)",
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

/// The findings of the segments seen so far, and how often each use of a segment has come in
/// the loop instance read now.
#[derive(Default)]
pub(crate) struct Elements {
    pub(crate) found: Vec<Diagnostic>,
    repeats: Repeats,
}

impl Elements {
    /// `835-S5` to `835-S10` over one typed segment of the loop at `path`.
    pub(crate) fn check(&mut self, segment: &Segment<'_>, path: LoopPath) {
        let mut kept = Kept::new(segment.delimiters());
        let masks = element_syntax::segment(segment, &mut kept, |kind, location, message| {
            let rule = match kind {
                Kind::Length | Kind::Past => Rule::RemitElementLength,
                Kind::Note => Rule::RemitElementSyntax,
                Kind::Trailing => Rule::RemitTrailingSeparator,
            };
            let found = Diagnostic::new(rule, Severity::Error, path, location, message);
            self.found.push(found);
        });
        let id = segment.segment_id();
        let here = loop_elements(path.loop_id(), id.as_bytes());
        let found = &mut self.found;
        let mut emit = |problem, location, message: String| {
            let rule = match problem {
                Problem::Code => Rule::RemitElementCode,
                Problem::Usage => Rule::RemitElementUsage,
            };
            found.push(Diagnostic::new(
                rule,
                Severity::Error,
                path,
                location,
                message,
            ));
        };
        let chosen = loop_uses::which(segment, &kept, here, masks, Some(&mut emit));
        if let Some((_, chosen)) = chosen {
            loop_uses::check_use(segment, &kept, &chosen.2, masks, &mut emit);
        }
        match id.as_bytes() {
            b"N4" => loop_uses::address(segment, &kept, &mut emit),
            b"CUR" => loop_uses::currency(segment, &kept, &mut emit),
            b"SVC" => loop_uses::revenue_code(segment, &kept, &mut emit),
            b"CAS" | b"MOA" | b"MIA" | b"LQ" | b"CLP" | b"TS3" => {
                loop_uses::external_codes(segment, &mut emit)
            }
            _ => {}
        }
        if let Some(chosen) = chosen {
            let dated = (id == "DTM").then(|| kept.part((1, 0)));
            (self.repeats).seen(chosen, dated, segment, path, &mut self.found);
        }
        repeats835::service_payments(segment, path, &mut self.found);
    }

    /// A segment kept untyped in the loop at `path`: `835-S10` when it is a use of the loop
    /// sent once too often (it is kept so, and counts), else `835-S1`. Either way it is
    /// reported once.
    pub(crate) fn unknown(&mut self, segment: &Segment<'_>, path: LoopPath) {
        if !self.past_its_use(segment, path) {
            self.found.push(Diagnostic::new(
                Rule::UnknownSegment,
                Severity::Error,
                path,
                segment.location(),
                "a segment the guide does not place here was kept as it is, untyped",
            ));
        }
    }

    /// Counts a segment kept untyped among the uses of its loop; true when it is one too many
    /// (reported as such).
    fn past_its_use(&mut self, segment: &Segment<'_>, path: LoopPath) -> bool {
        let here = loop_elements(path.loop_id(), segment.segment_id().as_bytes());
        if here.is_empty() {
            return false;
        }
        let mut kept = Kept::new(segment.delimiters());
        let mut present = 0u64;
        for (n, value) in (1..=u16::from(LAST_CODED)).zip(segment.short_elements()) {
            kept.keep(n, value);
            if !value.is_empty() {
                present |= 1 << n;
            }
        }
        loop_uses::which(segment, &kept, here, (present, 0), None)
            .is_some_and(|chosen| (self.repeats).seen(chosen, None, segment, path, &mut self.found))
    }
}

impl<'a> Observer<'a> for Elements {
    fn segment(&mut self, segment: &Segment<'a>, path: LoopPath) {
        self.check(segment, path);
    }

    fn unknown(&mut self, segment: &Segment<'a>, path: LoopPath) {
        Elements::unknown(self, segment, path);
    }
}

#[cfg(test)]
mod tests {
    use crate::envelope::Document;
    use crate::validate::{elements835, set835};

    /// A sound 835 paying nothing, with `payer` as its payer name loop and `rest` after the
    /// payee's name.
    fn remittance(payer: &str, rest: &str) -> String {
        enclose(&format!(
            "ST*835*0001~BPR*H*0*C*NON************20240405~TRN*1*N1*1234567890~{payer}\
             N1*PE*CLINIC*XX*1234567893~{rest}"
        ))
    }

    /// An interchange of one set: `body` from its ST, and the SE that counts it.
    fn enclose(body: &str) -> String {
        let count = body.matches('~').count() + 1;
        format!(
            "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
             GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~{body}SE*{count}*0001~\
             GE*1*501~IEA*1*000000501~"
        )
    }

    const PAYER: &str = "N1*PR*ACME HEALTH~N3*PO BOX 1~N4*SALEM*OR*97301~PER*BL*EDI*TE*5035550100~";

    /// A denied claim of one line, balanced.
    const CLAIM: &str =
        "LX*1~CLP*A*4*100*0**12*ICN1~NM1*QC*1*DOE~SVC*HC:99213*100*0~CAS*CO*45*100~";

    /// The rule, loop and element of each finding, by both ways of checking.
    fn found(payer: &str) -> Vec<(&'static str, String, String)> {
        found_in(payer, "")
    }

    /// [`found`] with `rest` after the payee's name.
    fn found_in(payer: &str, rest: &str) -> Vec<(&'static str, String, String)> {
        found_for(&remittance(payer, rest))
    }

    /// The rule, loop and element of each finding in `input`, by both ways of checking.
    fn found_for(input: &str) -> Vec<(&'static str, String, String)> {
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

    /// What [`elements835::check`] says, in full.
    fn said(payer: &str, rest: &str) -> Vec<String> {
        let input = remittance(payer, rest);
        let doc = Document::parse(input.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        elements835::check(set)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// A finding of `rule` at `path` on `element` (or the segment's id) of the segment that
    /// starts with `marker` in `input`.
    fn at(
        rule: &'static str,
        path: &str,
        element: &str,
        (input, marker): (&str, &str),
    ) -> (&'static str, String, String) {
        let place = site(input, marker).replacen(" (", &format!(" {element} ("), 1);
        (rule, path.to_owned(), place)
    }

    /// The place of the segment that starts with `marker` in `input`, counted here from the
    /// text: its number from the ISA on, and the byte it starts at.
    fn site(input: &str, marker: &str) -> String {
        let byte = input.find(marker).unwrap();
        let segment = input[..byte].matches('~').count() + 1;
        format!("segment {segment} (byte {byte})")
    }

    #[test]
    fn a_sound_claim_has_none() {
        assert_eq!(found_in(PAYER, CLAIM), []);
    }

    #[test]
    fn codes_of_the_loop() {
        let (claim_path, line_path) = ("2000[1]/2100[1]", "2000[1]/2100[1]/2110[1]");
        let cases = [
            ("CLP*A*4*", "CLP*A*ZZ*", claim_path, "CLP02"),
            // CR left the 835's group codes with 5010.
            ("CAS*CO*", "CAS*CR*", line_path, "CAS01"),
            ("SVC*HC:", "SVC*ZZ:", line_path, "SVC01-1"),
        ];
        for (from, to, path, element) in cases {
            let rest = CLAIM.replace(from, to);
            let input = remittance(PAYER, &rest);
            assert_eq!(
                found_in(PAYER, &rest),
                [at("835-S8", path, element, (&input, to))]
            );
        }
        // A PLB reason past the first is held to the same list.
        let plb = format!("{CLAIM}PLB*1234567893*20241231*L6*0*ZZ*0~");
        let input = remittance(PAYER, &plb);
        assert_eq!(
            found_in(PAYER, &plb),
            [at("835-S8", "summary", "PLB05-1", (&input, "PLB*"))]
        );
        // A qualifier none of the loop's uses lists is named with those it does list.
        let rest = CLAIM.replace("NM1*QC*", "NM1*ZZ*");
        let place = site(&remittance(PAYER, &rest), "NM1*ZZ");
        assert_eq!(
            said(PAYER, &rest),
            [format!(
                "error 835-S8 2000[1]/2100[1] NM101 at {place}: \"ZZ\" is not a code the guide \
                 lists here (QC, IL, 74, 82, TT, PR, GB)"
            )]
        );
    }

    #[test]
    fn reasons_remarks_facility_types_and_revenue_codes_have_the_form_of_their_lists() {
        let line = "2000[1]/2100[1]/2110[1]";
        const CLP: &str = "CLP*A*4*100*0**12*ICN1~";
        const SVC: &str = "SVC*HC:99213*100*0~";
        let cases = [
            ("CAS*CO*45*100~", "CAS*CO*ZZ*100~", line, "CAS02"),
            // The second reason of the segment, after a first that is sound.
            ("CAS*CO*45*100~", "CAS*CO*45*60**B13*40~", line, ""),
            ("CAS*CO*45*100~", "CAS*CO*45*60**B1300*40~", line, "CAS05"),
            ("CAS*CO*45*100~", "CAS*CO*45*100~LQ*HE*ZZ~", line, "LQ02"),
            // LQ*RX carries pharmacy reject codes, which are not remarks.
            ("CAS*CO*45*100~", "CAS*CO*45*100~LQ*RX*ZZ~", line, ""),
            (
                "NM1*QC*1*DOE~",
                "NM1*QC*1*DOE~MOA***N362*45~",
                "2000[1]/2100[1]",
                "MOA04",
            ),
            (
                "NM1*QC*1*DOE~",
                "NM1*QC*1*DOE~MIA*0****ZZ~",
                "2000[1]/2100[1]",
                "MIA05",
            ),
            // A facility type is a place of service or the start of a type of bill: digits.
            (
                CLP,
                "CLP*A*4*100*0**12*ICN1*ZZ~",
                "2000[1]/2100[1]",
                "CLP08",
            ),
            (CLP, "CLP*A*4*100*0**12*ICN1*11~", "", ""),
            (CLP, "CLP*A*4*100*0**12*ICN1*13*1~", "", ""),
            (
                "LX*1~",
                "LX*1~TS3*1234567893*Z1*20241231*1*100~",
                "2000[1]",
                "TS302",
            ),
            ("LX*1~", "LX*1~TS3*1234567893*11*20241231*1*100~", "", ""),
            // A revenue code is four digits.
            (SVC, "SVC*HC:99213*100*0*0450~", "", ""),
            (SVC, "SVC*HC:99213*100*0*ZZ~", line, "SVC04"),
            (SVC, "SVC*HC:99213*100*0*450~", line, "SVC04"),
        ];
        for (from, to, path, element) in cases {
            let rest = CLAIM.replace(from, to);
            let input = remittance(PAYER, &rest);
            let marker = to.rsplit('~').nth(1).unwrap_or(to);
            let expected: Vec<_> = match element {
                "" => vec![],
                _ => vec![at("835-S8", path, element, (&input, marker))],
            };
            assert_eq!(found_in(PAYER, &rest), expected, "{to}");
        }
    }

    #[test]
    fn elements_required_and_not_used_in_the_loop() {
        let input = remittance(PAYER, "").replace("N1*PE*CLINIC*", "N1*PE**");
        let doc = Document::parse(input.as_bytes()).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let found: Vec<_> = (elements835::check(set).iter())
            .map(|d| (d.rule.id(), d.path.to_string(), d.location.to_string()))
            .collect();
        assert_eq!(found, [at("835-S9", "1000B", "N102", (&input, "N1*PE"))]);
        // TS309 and TS311 left the provider summary with 5010.
        let summary = CLAIM.replace("LX*1~", "LX*1~TS3*1234567893*11*20241231*1*100****5**7~");
        let input = remittance(PAYER, &summary);
        assert_eq!(
            found_in(PAYER, &summary),
            [
                at("835-S9", "2000[1]", "TS309", (&input, "TS3*")),
                at("835-S9", "2000[1]", "TS311", (&input, "TS3*")),
            ]
        );
    }

    #[test]
    fn states_of_us_and_canadian_addresses() {
        let state = |n4: &str| found(&PAYER.replace("N4*SALEM*OR*97301~", n4));
        assert_eq!(state("N4*MONTREAL*QC*H2Y1C6*CA~"), []);
        assert_eq!(state("N4*MEXICO*DF*01000*MX~"), []);
        let input = remittance(PAYER, "");
        assert_eq!(
            state("N4*MEXICO*DF*01000*XX~"),
            [at("835-S8", "1000A", "N404", (&input, "N4*"))]
        );
        let input = remittance(PAYER, "");
        let n402 = |rule| at(rule, "1000A", "N402", (&input, "N4*"));
        assert_eq!(state("N4*SALEM*ZZ*97301~"), [n402("835-S8")]);
        assert_eq!(state("N4*SALEM**97301~"), [n402("835-S9")]);
    }

    #[test]
    fn a_currency_is_an_iso_4217_code() {
        let input = |code: &str| {
            enclose(&format!(
                "ST*835*0001~BPR*H*0*C*NON************20240405~TRN*1*N1*1234567890~\
                 CUR*PR*{code}~{PAYER}N1*PE*CLINIC*XX*1234567893~"
            ))
        };
        let currency = |code: &str| found_for(&input(code));
        assert_eq!(currency("CAD"), []);
        // HRK was withdrawn when Croatia took the euro; ZZZ never was a code.
        let cur02 = [at("835-S8", "header", "CUR02", (&input("ZZZ"), "CUR*"))];
        assert_eq!(currency("HRK"), cur02);
        assert_eq!(currency("ZZZ"), cur02);
    }

    #[test]
    fn uses_repeated_past_what_the_guide_allows() {
        // A claim may carry five other claim related ids, and a line two dates.
        let refs = "REF*EA*1~REF*F8*2~REF*G1*3~REF*BB*4~REF*1L*5~";
        let five = CLAIM.replace("SVC*", &format!("{refs}SVC*"));
        assert_eq!(found_in(PAYER, &five), []);
        let six = CLAIM.replace("SVC*", &format!("{refs}REF*9A*6~SVC*"));
        let place = site(&remittance(PAYER, &six), "REF*9A");
        assert_eq!(
            said(PAYER, &six),
            [format!(
                "error 835-S10 2000[1]/2100[1] REF at {}: one REF (Other Claim Related \
                 Identification) too many: the guide allows it 5 times here",
                place
            )]
        );
        // Rendering provider ids are counted apart from them.
        let rendering = CLAIM.replace("SVC*", &format!("{refs}REF*1G*6~SVC*"));
        assert_eq!(found_in(PAYER, &rendering), []);
        let dates = "DTM*150*20240101~DTM*151*20240102~DTM*472*20240101~";
        let three = CLAIM.replace("CAS*", &format!("{dates}CAS*"));
        let input = remittance(PAYER, &three);
        assert_eq!(
            found_in(PAYER, &three),
            [at(
                "835-S10",
                "2000[1]/2100[1]/2110[1]",
                "DTM",
                (&input, "DTM*472")
            )]
        );
        // One date of each kind, and a date of service or a period, not both.
        let twice = CLAIM.replace("SVC*", "DTM*232*20240101~DTM*232*20240102~SVC*");
        let place = site(&remittance(PAYER, &twice), "DTM*232*20240102");
        assert_eq!(
            said(PAYER, &twice),
            [format!(
                "error 835-S10 2000[1]/2100[1] DTM at {place}: one DTM*232 too many: a loop has \
                 one date of each kind"
            )]
        );
        let period = CLAIM.replace("CAS*", "DTM*150*20240101~DTM*151*20240102~CAS*");
        assert_eq!(found_in(PAYER, &period), []);
        let both = CLAIM.replace("CAS*", "DTM*472*20240101~DTM*151*20240102~CAS*");
        let place = site(&remittance(PAYER, &both), "DTM*151");
        assert_eq!(
            said(PAYER, &both),
            [format!(
                "error 835-S10 2000[1]/2100[1]/2110[1] DTM at {place}: a line's date of service \
                 is one date (DTM*472) or a period (DTM*150 and DTM*151), not both"
            )]
        );
        // A second claim starts its counts again.
        let second = CLAIM.replace("LX*1~", "").replace("CLP*A", "CLP*B");
        assert_eq!(found_in(PAYER, &format!("{six}{second}")).len(), 1);
    }

    #[test]
    fn a_segment_kept_untyped_is_reported_once() {
        // What the one pass says of a set with `header` after its BPR and `rest` after the
        // payee's name.
        let shown = |header: &str, rest: &str| {
            let input = enclose(&format!(
                "ST*835*0001~BPR*H*0*C*NON************20240405~{header}{PAYER}\
                 N1*PE*CLINIC*XX*1234567893~{rest}"
            ));
            let doc = Document::parse(input.as_bytes()).unwrap();
            let set = doc.transaction_sets().next().unwrap();
            let found: Vec<String> = (set835::check(set).unwrap().iter())
                .map(ToString::to_string)
                .collect();
            (input, found)
        };
        // The second TRN is kept untyped, and is one too many: said so, and only so.
        let (input, found) = shown("TRN*1*N1*1234567890~TRN*1*N2*1234567890~", "");
        assert_eq!(
            found,
            [format!(
                "error 835-S10 header TRN at {}: one TRN (Reassociation Trace Number) too \
                 many: the guide allows it once here",
                site(&input, "TRN*1*N2")
            )]
        );
        // A segment no loop here uses is kept untyped: 835-S1.
        let (input, found) = shown("TRN*1*N1*1234567890~", "ZZZ*1~");
        assert_eq!(
            found,
            [format!(
                "error 835-S1 1000B ZZZ at {}: a segment the guide does not place here was \
                 kept as it is, untyped",
                site(&input, "ZZZ*1")
            )]
        );
    }

    #[test]
    fn a_claim_payment_of_a_thousand_service_payments() {
        let lines = |n: usize| {
            let line = "SVC*HC:99213*0*0~";
            format!("LX*1~CLP*A*1*0*0**12*ICN1~NM1*QC*1*DOE~{}", line.repeat(n))
        };
        assert_eq!(found_in(PAYER, &lines(999)), []);
        // The thousandth line starts where the text of 999 has its SE.
        let input = remittance(PAYER, &lines(999));
        let place = site(&input, "SE*");
        assert_eq!(
            said(PAYER, &lines(1000)),
            [format!(
                "error 835-S10 2000[1]/2100[1]/2110[1000] SVC at {}: one service payment (2110) \
                 too many: the guide allows 999 in a claim payment",
                place
            )]
        );
    }
}
