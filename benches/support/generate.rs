//! Deterministic X12 input of a requested size, for benchmarks and large-file tests.
//!
//! [`generate_835`] writes one interchange (ISA/GS) of 835 remittance advice and
//! [`generate_837p`] one of 837P professional claims: many ST..SE transaction sets of a few
//! hundred segments each, with varied names, amounts, dates and codes, `~\n` after every
//! segment, and correct SE, GE and IEA counts. The same size always gives the same bytes.
//!
//! Not part of the library: each bench, test and example that needs it includes this file with
//! `#[path = ".../benches/support/generate.rs"] mod generate;`.
#![allow(dead_code)]

use std::io::Write;

/// Seed of the default generators: a fixed value, so every run benchmarks the same bytes.
pub const SEED: u64 = 0x5EED_0835_0837_F11E;

/// An 835 interchange of about `bytes` bytes.
///
/// Transaction sets are added claim by claim until the size is reached, so the result is at
/// least `bytes` long and longer by at most one claim and the trailers (about 2 KB). There is
/// always at least one transaction set with one claim.
pub fn generate_835(bytes: usize) -> Vec<u8> {
    Generator::new(SEED).interchange(Kind::Remittance, bytes)
}

/// An 837P interchange of about `bytes` bytes (the size rule of [`generate_835`]).
pub fn generate_837p(bytes: usize) -> Vec<u8> {
    Generator::new(SEED).interchange(Kind::Claims, bytes)
}

/// Which transaction sets an interchange holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 835 health care claim payment/advice (005010X221A1).
    Remittance,
    /// 837 professional health care claims (005010X222A1).
    Claims,
}

/// A small xorshift64* generator: deterministic, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (any value, zero included).
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One of `items` (the default value when `items` is empty).
    pub fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        let i = self.next_u64() % (items.len().max(1) as u64);
        items.get(i as usize).copied().unwrap_or_default()
    }
}

const LAST: &[&str] = &[
    "SMITH",
    "JOHNSON",
    "WILLIAMS",
    "BROWN",
    "GARCIA",
    "NGUYEN",
    "O'BRIEN",
    "VAN DER BERG",
    "KOWALSKI",
    "HERNANDEZ-LOPEZ",
    "OKAFOR",
    "LINDQVIST",
    "MARTIN",
    "TANAKA",
    "DUBOIS",
];
const FIRST: &[&str] = &[
    "JAMES", "MARY", "ALEX", "PRIYA", "JOSE", "MEI", "AHMED", "SOFIA", "NOAH", "GRACE", "LIAM",
    "FATIMA", "OLIVER", "ZOE",
];
const STREET: &[&str] = &[
    "MAIN ST",
    "OAK AVE",
    "PINE RD",
    "MAPLE DR",
    "CEDAR LN",
    "ELM ST STE 200",
    "PARK BLVD",
    "LAKE SHORE DR",
    "1ST AVE APT 4B",
];
const PLACE: &[(&str, &str, &str)] = &[
    ("PORTLAND", "OR", "97204"),
    ("AUSTIN", "TX", "787011234"),
    ("COLUMBUS", "OH", "43215"),
    ("DENVER", "CO", "802021010"),
    ("ALBANY", "NY", "12207"),
    ("MADISON", "WI", "53703"),
    ("RALEIGH", "NC", "276011450"),
];
const PAYER: &[&str] = &[
    "ACME HEALTH PLAN",
    "BLUE RIVER MUTUAL",
    "STATE MEDICAID",
    "GREAT LAKES INSURANCE CO",
];
const PRACTICE: &[&str] = &[
    "RIVERSIDE FAMILY MEDICINE",
    "NORTHSIDE BEHAVIORAL HEALTH LLC",
    "CITY PHYSICAL THERAPY",
    "SUMMIT PEDIATRICS PC",
];
const CPT: &[&str] = &[
    "99213", "99214", "99203", "90837", "90834", "97110", "97140", "80053", "36415", "71046",
    "93000", "G0439", "J1100",
];
const MODIFIER: &[&str] = &["25", "59", "GT", "95", "LT", "RT", "XU"];
const ICD: &[&str] = &[
    "F411", "I10", "E119", "M545", "J069", "Z0000", "R51", "K219", "F331", "S39012A",
];
const CARC: &[&str] = &[
    "45", "2", "1", "3", "253", "97", "96", "16", "18", "242", "B7",
];
const GROUP: &[&str] = &["CO", "PR", "OA", "PI"];
const RARC: &[&str] = &["N130", "M15", "N362", "MA130", "N4"];
const POS: &[&str] = &["11", "02", "10", "22", "19"];
const TAXONOMY: &[&str] = &["207Q00000X", "103T00000X", "225100000X", "208000000X"];

/// Writes segments into a buffer and counts them.
struct Out {
    buf: Vec<u8>,
    segments: usize,
}

impl Out {
    fn with_capacity(capacity: usize) -> Self {
        Out {
            buf: Vec::with_capacity(capacity),
            segments: 0,
        }
    }

    fn seg(&mut self, id: &str) -> &mut Self {
        self.segments += 1;
        self.buf.extend_from_slice(id.as_bytes());
        self
    }

    /// Element text (empty for an empty element in the middle).
    fn e(&mut self, value: &str) -> &mut Self {
        self.buf.push(b'*');
        self.buf.extend_from_slice(value.as_bytes());
        self
    }

    /// A number with at least `width` digits (zero-padded).
    fn num(&mut self, value: u64, width: usize) -> &mut Self {
        let _ = write!(self.buf, "*{value:0width$}");
        self
    }

    /// An amount from cents, as payers write them: `125.5`, `80`, `-12.34`.
    fn amount(&mut self, cents: i64) -> &mut Self {
        let sign = if cents < 0 { "-" } else { "" };
        let (whole, frac) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
        let _ = match frac {
            0 => write!(self.buf, "*{sign}{whole}"),
            f if f % 10 == 0 => write!(self.buf, "*{sign}{whole}.{}", f / 10),
            f => write!(self.buf, "*{sign}{whole}.{f:02}"),
        };
        self
    }

    /// A CCYYMMDD date in 2024.
    fn date(&mut self, rng: &mut Rng) -> &mut Self {
        let (month, day) = (rng.range(1, 12), rng.range(1, 28));
        let _ = write!(self.buf, "*2024{month:02}{day:02}");
        self
    }

    /// A composite element from its components.
    fn composite(&mut self, components: &[&str]) -> &mut Self {
        self.buf.push(b'*');
        for (i, c) in components.iter().enumerate() {
            if i > 0 {
                self.buf.push(b':');
            }
            self.buf.extend_from_slice(c.as_bytes());
        }
        self
    }

    fn end(&mut self) {
        self.buf.extend_from_slice(b"~\n");
    }

    fn append(&mut self, other: Out) {
        self.buf.extend_from_slice(&other.buf);
        self.segments += other.segments;
    }
}

/// Builds interchanges from a seeded [`Rng`].
pub struct Generator {
    rng: Rng,
}

impl Generator {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Generator {
            rng: Rng::new(seed),
        }
    }

    /// One interchange of about `bytes` bytes holding one functional group.
    pub fn interchange(&mut self, kind: Kind, bytes: usize) -> Vec<u8> {
        let mut out = Out::with_capacity(bytes + 4096);
        let (functional_id, version) = match kind {
            Kind::Remittance => ("HP", "005010X221A1"),
            Kind::Claims => ("HC", "005010X222A1"),
        };
        // ISA: fixed-width fields, 106 bytes with the terminator.
        out.buf.extend_from_slice(
            b"ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECEIVER01     *240320*1200*^*00501*000000905*0*P*:~\n",
        );
        out.seg("GS")
            .e(functional_id)
            .e("SENDER01")
            .e("RECEIVER01")
            .e("20240320")
            .e("1200")
            .e("905")
            .e("X")
            .e(version)
            .end();
        let mut sets = 0u64;
        // GE and IEA take about 30 bytes.
        while sets == 0 || out.buf.len() + 30 < bytes {
            sets += 1;
            let budget = bytes.saturating_sub(out.buf.len() + 30);
            let set = match kind {
                Kind::Remittance => self.remittance(sets, budget),
                Kind::Claims => self.claims(sets, budget),
            };
            out.buf.extend_from_slice(&set);
        }
        out.seg("GE").num(sets, 1).e("905").end();
        out.seg("IEA").e("1").e("000000905").end();
        out.buf
    }

    /// One 835 transaction set of 8–20 claims, stopping early once it is `budget` bytes long.
    fn remittance(&mut self, control: u64, budget: usize) -> Vec<u8> {
        let rng = &mut self.rng;
        let claims = rng.range(8, 20);
        let mut body = Out::with_capacity(16 * 1024);
        let (mut total_paid, mut written) = (0i64, 0u64);
        for n in 1..=claims {
            total_paid += Self::remittance_claim(rng, &mut body, n);
            written = n;
            if body.buf.len() >= budget {
                break;
            }
        }
        let mut set = Out::with_capacity(body.buf.len() + 1024);
        set.seg("ST").e("835").num(control, 4).end();
        let payment = total_paid.max(0);
        set.seg("BPR")
            .e(if payment > 0 { "I" } else { "H" })
            .amount(payment)
            .e("C")
            .e(if rng.chance(80) { "ACH" } else { "CHK" })
            .e("CCP")
            .e("01")
            .num(rng.range(10_000_000, 99_999_999), 9)
            .e("DA")
            .num(rng.range(1_000, 99_999_999), 1)
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .e("")
            .e("01")
            .num(rng.range(10_000_000, 99_999_999), 9)
            .e("DA")
            .num(rng.range(1_000, 99_999_999), 1)
            .date(rng)
            .end();
        set.seg("TRN")
            .e("1")
            .num(rng.range(1, 999_999_999_999), 12)
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .end();
        set.seg("REF").e("EV").num(rng.range(1, 99_999), 5).end();
        set.seg("DTM").e("405").date(rng).end();
        let payer = rng.pick(PAYER);
        set.seg("N1").e("PR").e(payer).end();
        Self::address(rng, &mut set);
        set.seg("REF")
            .e("2U")
            .num(rng.range(10_000, 99_999), 5)
            .end();
        set.seg("PER")
            .e("CX")
            .e("CLAIMS DEPT")
            .e("TE")
            .num(rng.range(8_000_000_000, 8_999_999_999), 10)
            .end();
        set.seg("PER")
            .e("BL")
            .e("EDI SUPPORT")
            .e("TE")
            .num(rng.range(8_000_000_000, 8_999_999_999), 10)
            .e("EM")
            .e("edi@payer.example")
            .end();
        set.seg("N1")
            .e("PE")
            .e(rng.pick(PRACTICE))
            .e("XX")
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .end();
        Self::address(rng, &mut set);
        set.seg("REF")
            .e("TJ")
            .num(rng.range(100_000_000, 999_999_999), 9)
            .end();
        set.seg("LX").e("1").end();
        set.seg("TS3")
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .e("11")
            .e("20241231")
            .num(written, 1)
            .amount(total_paid)
            .end();
        set.append(body);
        if rng.chance(20) {
            set.seg("PLB")
                .num(rng.range(1_000_000_000, 1_999_999_999), 10)
                .e("20241231")
                .composite(&["WO", "RECOUP"])
                .amount(rng.range(100, 50_000) as i64)
                .end();
        }
        let count = set.segments + 1;
        set.seg("SE").num(count as u64, 1).num(control, 4).end();
        set.buf
    }

    /// Writes one CLP loop with its service lines; returns the amount paid.
    fn remittance_claim(rng: &mut Rng, out: &mut Out, n: u64) -> i64 {
        let mut lines = Out::with_capacity(1024);
        let (mut charged, mut paid, mut responsibility) = (0i64, 0i64, 0i64);
        for line in 1..=rng.range(1, 6) {
            let charge = rng.range(2_500, 60_000) as i64;
            let allowed = charge * rng.range(40, 100) as i64 / 100;
            let patient = if rng.chance(40) {
                allowed * rng.range(5, 30) as i64 / 100
            } else {
                0
            };
            let line_paid = allowed - patient;
            charged += charge;
            paid += line_paid;
            responsibility += patient;
            let cpt = rng.pick(CPT);
            let units = rng.range(1, 4);
            if rng.chance(30) {
                lines.seg("SVC").composite(&["HC", cpt, rng.pick(MODIFIER)]);
            } else {
                lines.seg("SVC").composite(&["HC", cpt]);
            }
            lines
                .amount(charge)
                .amount(line_paid)
                .e("")
                .num(units, 1)
                .end();
            lines.seg("DTM").e("472").date(rng).end();
            if charge > allowed {
                lines
                    .seg("CAS")
                    .e("CO")
                    .e(rng.pick(&["45", "45", "97", "B7"]))
                    .amount(charge - allowed);
                if rng.chance(25) {
                    lines.e("").e("253").amount(rng.range(1, 200) as i64).e("1");
                }
                lines.end();
            }
            if patient > 0 {
                lines
                    .seg("CAS")
                    .e("PR")
                    .e(rng.pick(&["1", "2", "3"]))
                    .amount(patient)
                    .end();
            }
            lines.seg("REF").e("6R").num(n * 100 + line, 6).end();
            lines.seg("AMT").e("B6").amount(allowed).end();
            if rng.chance(15) {
                lines.seg("LQ").e("HE").e(rng.pick(RARC)).end();
            }
        }
        let status = rng.pick(&["1", "1", "1", "2", "4", "22"]);
        let paid = if status == "4" { 0 } else { paid };
        out.seg("CLP")
            .e(&format!("PCN{:08}", rng.range(1, 99_999_999)))
            .e(status)
            .amount(charged)
            .amount(paid)
            .amount(responsibility)
            .e("12")
            .num(rng.range(1, 999_999_999_999_999), 15)
            .e(rng.pick(POS))
            .e(rng.pick(&["1", "1", "7"]))
            .end();
        if rng.chance(30) {
            out.seg("CAS")
                .e(rng.pick(GROUP))
                .e(rng.pick(CARC))
                .amount(rng.range(100, 9_000) as i64)
                .end();
        }
        Self::person(rng, out, "QC", "MI");
        if rng.chance(30) {
            Self::person(rng, out, "IL", "MI");
        }
        out.seg("NM1")
            .e("82")
            .e("1")
            .e(rng.pick(LAST))
            .e(rng.pick(FIRST))
            .e("")
            .e("")
            .e("")
            .e("XX")
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .end();
        if rng.chance(40) {
            out.seg("REF").e("1L").num(rng.range(1, 9_999_999), 7).end();
        }
        if rng.chance(50) {
            out.seg("REF")
                .e("EA")
                .e(&format!("MRN{}", rng.range(1, 999_999)))
                .end();
        }
        out.seg("DTM").e("232").date(rng).end();
        out.seg("DTM").e("233").date(rng).end();
        out.seg("DTM").e("050").date(rng).end();
        if rng.chance(50) {
            out.seg("AMT").e("AU").amount(charged).end();
        }
        out.append(lines);
        paid
    }

    /// NM1 for a person with a member identifier.
    fn person(rng: &mut Rng, out: &mut Out, entity: &str, qualifier: &str) {
        out.seg("NM1")
            .e(entity)
            .e("1")
            .e(rng.pick(LAST))
            .e(rng.pick(FIRST))
            .e(rng.pick(&["A", "J", "", "M"]))
            .e("")
            .e("")
            .e(qualifier)
            .e(&format!("W{:09}", rng.range(1, 999_999_999)))
            .end();
    }

    /// N3 and N4.
    fn address(rng: &mut Rng, out: &mut Out) {
        out.seg("N3")
            .e(&format!("{} {}", rng.range(1, 9_999), rng.pick(STREET)))
            .end();
        let (city, state, zip) = rng.pick(PLACE);
        out.seg("N4").e(city).e(state).e(zip).end();
    }

    /// One 837P transaction set of 6–16 subscribers, stopping early once it is `budget` bytes.
    fn claims(&mut self, control: u64, budget: usize) -> Vec<u8> {
        let rng = &mut self.rng;
        let mut set = Out::with_capacity(16 * 1024);
        set.seg("ST")
            .e("837")
            .num(control, 4)
            .e("005010X222A1")
            .end();
        set.seg("BHT")
            .e("0019")
            .e("00")
            .num(rng.range(1, 999_999_999), 9)
            .date(rng)
            .num(rng.range(0, 2359), 4)
            .e("CH")
            .end();
        let practice = rng.pick(PRACTICE);
        set.seg("NM1")
            .e("41")
            .e("2")
            .e(practice)
            .e("")
            .e("")
            .e("")
            .e("")
            .e("46")
            .num(rng.range(100_000, 999_999), 6)
            .end();
        set.seg("PER")
            .e("IC")
            .e("BILLING OFFICE")
            .e("TE")
            .num(rng.range(2_000_000_000, 9_999_999_999), 10)
            .end();
        set.seg("NM1")
            .e("40")
            .e("2")
            .e(rng.pick(PAYER))
            .e("")
            .e("")
            .e("")
            .e("")
            .e("46")
            .num(rng.range(10_000, 99_999), 5)
            .end();
        set.seg("HL").e("1").e("").e("20").e("1").end();
        set.seg("PRV").e("BI").e("PXC").e(rng.pick(TAXONOMY)).end();
        set.seg("NM1")
            .e("85")
            .e("2")
            .e(practice)
            .e("")
            .e("")
            .e("")
            .e("")
            .e("XX")
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .end();
        Self::address(rng, &mut set);
        set.seg("REF")
            .e("EI")
            .num(rng.range(100_000_000, 999_999_999), 9)
            .end();
        let mut hl = 1u64;
        for _ in 0..rng.range(6, 16) {
            hl += 1;
            set.seg("HL").num(hl, 1).e("1").e("22").e("0").end();
            set.seg("SBR")
                .e("P")
                .e("18")
                .num(rng.range(1_000, 99_999), 5)
                .e("")
                .e("")
                .e("")
                .e("")
                .e("")
                .e("CI")
                .end();
            Self::person(rng, &mut set, "IL", "MI");
            Self::address(rng, &mut set);
            set.seg("DMG")
                .e("D8")
                .e(&format!("19{:02}0{}15", rng.range(30, 99), rng.range(1, 9)))
                .e(rng.pick(&["F", "M", "U"]))
                .end();
            set.seg("NM1")
                .e("PR")
                .e("2")
                .e(rng.pick(PAYER))
                .e("")
                .e("")
                .e("")
                .e("")
                .e("PI")
                .num(rng.range(10_000, 99_999), 5)
                .end();
            for _ in 0..rng.range(1, 2) {
                Self::claim(rng, &mut set);
            }
            if set.buf.len() >= budget {
                break;
            }
        }
        let count = set.segments + 1;
        set.seg("SE").num(count as u64, 1).num(control, 4).end();
        set.buf
    }

    /// One CLM loop with its service lines.
    fn claim(rng: &mut Rng, out: &mut Out) {
        let mut lines = Out::with_capacity(1024);
        let mut total = 0i64;
        let diagnoses = rng.range(1, 4);
        for n in 1..=rng.range(1, 6) {
            let charge = rng.range(2_500, 60_000) as i64;
            total += charge;
            lines.seg("LX").num(n, 1).end();
            let cpt = rng.pick(CPT);
            if rng.chance(30) {
                lines.seg("SV1").composite(&["HC", cpt, rng.pick(MODIFIER)]);
            } else {
                lines.seg("SV1").composite(&["HC", cpt]);
            }
            lines
                .amount(charge)
                .e("UN")
                .num(rng.range(1, 4), 1)
                .e("")
                .e("");
            if diagnoses > 1 && rng.chance(50) {
                lines.composite(&["1", "2"]);
            } else {
                lines.e("1");
            }
            lines.end();
            lines.seg("DTP").e("472").e("D8").date(rng).end();
            if rng.chance(40) {
                lines.seg("REF").e("6R").num(rng.range(1, 999_999), 6).end();
            }
        }
        let frequency = rng.pick(&["1", "1", "1", "7"]);
        out.seg("CLM")
            .e(&format!("PCN{:08}", rng.range(1, 99_999_999)))
            .amount(total)
            .e("")
            .e("")
            .composite(&[rng.pick(POS), "B", frequency])
            .e("Y")
            .e("A")
            .e("Y")
            .e("Y")
            .end();
        if rng.chance(30) {
            out.seg("DTP").e("431").e("D8").date(rng).end();
        }
        if frequency == "7" {
            out.seg("REF")
                .e("F8")
                .num(rng.range(1, 999_999_999_999), 12)
                .end();
        }
        if rng.chance(20) {
            out.seg("REF")
                .e("D9")
                .num(rng.range(1, 999_999_999), 9)
                .end();
        }
        out.seg("HI").composite(&["ABK", rng.pick(ICD)]);
        for _ in 1..diagnoses {
            out.composite(&["ABF", rng.pick(ICD)]);
        }
        out.end();
        out.seg("NM1")
            .e("82")
            .e("1")
            .e(rng.pick(LAST))
            .e(rng.pick(FIRST))
            .e("")
            .e("")
            .e("")
            .e("XX")
            .num(rng.range(1_000_000_000, 1_999_999_999), 10)
            .end();
        out.seg("PRV").e("PE").e("PXC").e(rng.pick(TAXONOMY)).end();
        out.append(lines);
    }
}
