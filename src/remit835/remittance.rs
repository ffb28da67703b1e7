//! [`Remittance`]: one 835 transaction set as a loop tree, and its claim payments with their
//! context.

use std::io::Write;

use super::claim_payment::ClaimPayment;
use super::error::{self, LoopPath, Remit835Error};
use super::header::Header;
use super::header_number::HeaderNumber;
use super::layout;
use super::layout::Order;
use super::parties::{Payee, Payer};
use super::support::{LoopWriter, Staged, owned_vec, push_typed, read_body};
use crate::element::Date;
use crate::envelope::{Document, EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::SpanSource;
use crate::segments::{Plb, RawSegment, SegmentCursor, UnknownSegment};
use crate::syntax::{Location, WriteError, Writer};

/// The implementation convention of the 5010 remittance (GS08, ST03); `005010X221A1` and the
/// older label `005010X221` both start with it.
pub const IMPLEMENTATION: &str = "005010X221";

/// The loop tree read inside the envelope's pass (see [`Remittance::parse_document`]). Its
/// segments borrow the input as a framed set's do, at the same places, so closing it once the
/// set is framed changes nothing.
impl<'a> OnePass<'a> for Remittance<'a> {
    type Output = Result<Self, Remit835Error>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        check_header(header, Location::default()).is_ok()
    }

    fn read_open(_source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        Self::read(cursor).ok()
    }

    fn close(self, _set: &TransactionSet<'a>) -> Self::Output {
        Ok(self)
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        Self::parse(set)
    }
}

/// Refuses a set that is not an 835 (ST01) or whose ST03, when present, names another
/// implementation.
pub(super) fn check_kind(set: &TransactionSet<'_>) -> Result<(), Remit835Error> {
    check_header(set.header(), set.location())
}

/// [`check_kind`] from the set's ST alone, at `st`.
pub(super) fn check_header(header: &SetHeader<'_>, st: Location) -> Result<(), Remit835Error> {
    if header.id != "835" {
        return Err(Remit835Error::NotRemittance {
            location: st,
            found: format!("transaction set {}", header.id),
            expected: "an 835 (claim payment/advice)",
        });
    }
    if let Some(version) = &header.implementation {
        if !version.starts_with(IMPLEMENTATION) {
            return Err(Remit835Error::NotRemittance {
                location: st.with_element(3),
                found: format!("implementation {version}"),
                expected: "005010X221A1",
            });
        }
    }
    Ok(())
}

/// One 835 transaction set: one payment (or notice of non-payment) from one payer to one payee.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Remittance<'a> {
    /// The ST segment.
    pub transaction_header: RawSegment<'a>,
    /// BPR, TRN and the other header segments.
    pub header: Header<'a>,
    /// Loop 1000A.
    pub payer: Payer<'a>,
    /// Loop 1000B.
    pub payee: Payee<'a>,
    /// Loop 2000, each with its claim payments.
    pub header_numbers: Vec<HeaderNumber<'a>>,
    /// PLB segments: provider-level adjustments after the last 2000 loop.
    pub provider_adjustments: Vec<Plb<'a>>,
    /// Segments met after the loops (among or after the PLB segments) that the model does not
    /// expect; `position` counts the PLB segments before each.
    pub unknown: Vec<UnknownSegment<'a>>,
    /// The SE segment.
    pub transaction_trailer: RawSegment<'a>,
}

impl<'a> Remittance<'a> {
    /// Reads one transaction set as an 835.
    ///
    /// Refuses sets that are not 835s (ST01) or whose ST03, when present, names another
    /// implementation. A set does not know its GS08; [`remittances`] checks it too.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::Remittance;
    /// # let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// # GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
    /// # TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// # CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
    /// # SE*12*0001~GE*1*501~IEA*1*000000501~";
    /// let doc = Document::parse(input)?;
    /// let set = doc.transaction_sets().next().ok_or("no set")?;
    /// let remittance = Remittance::parse(set)?;
    /// assert_eq!(remittance.header.trace.trace_number(), "CHK1");
    /// assert_eq!(remittance.payee.name.id(), Some("1234567893"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(set: &TransactionSet<'a>) -> Result<Self, Remit835Error> {
        check_kind(set)?;
        let mut cursor = SegmentCursor::new(set.segments());
        let remittance = Self::read(&mut cursor)?;
        cursor.finish()?;
        Ok(remittance)
    }

    /// Frames `input` once and reads every transaction set into its loop tree in the same
    /// pass: the [`Document`] that [`Document::parse`] gives, and for each set what
    /// [`parse`](Self::parse) gives. It saves the envelope's own pass over every set body.
    ///
    /// ```
    /// use x12_claims::remit835::Remittance;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let read = Remittance::parse_document(&input)?;
    /// for (set, remittance) in read.sets() {
    ///     match remittance {
    ///         Ok(remittance) => assert_eq!(set.id(), "835", "{:?}", remittance.claim_payments().count()),
    ///         // The file's other set is an 837P, which is not a remittance.
    ///         Err(refused) => assert_eq!(set.id(), "837", "{refused}"),
    ///     }
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document(
        input: &'a [u8],
    ) -> Result<ReadDocument<'a, Result<Self, Remit835Error>>, EnvelopeError> {
        Self::parse_document_with(input, |_, remittance| remittance)
    }

    /// [`parse_document`](Self::parse_document), handing each set and its loop tree (or its
    /// error) to `each` as soon as the set is read; what `each` returns is what is kept, so a
    /// caller that posts each remittance as it comes holds one loop tree at a time. When the
    /// envelope fails after some sets, `each` has seen them; what it returned is dropped with
    /// the error.
    pub fn parse_document_with<T>(
        input: &'a [u8],
        each: impl FnMut(&TransactionSet<'a>, Result<Self, Remit835Error>) -> T,
    ) -> Result<ReadDocument<'a, T>, EnvelopeError> {
        read_document::<Self, T>(input, each)
    }

    /// Reads from ST (where `cursor` is) through SE.
    fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let st = error::take_st(cursor)?;
        let header = Header::read(cursor)?;
        let payer = Payer::read(cursor)?;
        let payee = Payee::read(cursor)?;
        let mut header_numbers = Vec::new();
        let mut staged = Staged::default();
        loop {
            match cursor.peek() {
                Some(lx) if lx.id() == "LX" => {
                    let lx = *lx;
                    cursor.take();
                    let index = header_numbers.len() + 1;
                    header_numbers.push(HeaderNumber::read(cursor, &mut staged, &lx, index)?);
                }
                Some(s) => match error::before_header_number(s) {
                    Some(error) => return Err(error),
                    None => break,
                },
                _ => break,
            }
        }
        let mut provider_adjustments = Vec::new();
        let unknown = read_body(cursor, &layout::SUMMARY, Order::empty(), |segment| {
            push_typed(
                &mut provider_adjustments,
                LoopPath::Summary,
                segment,
                Plb::parse,
            )?;
            Ok(true)
        })?;
        let se = error::take_se(cursor)?;
        Ok(Remittance {
            transaction_header: RawSegment::from_segment(&st),
            header,
            payer,
            payee,
            header_numbers,
            provider_adjustments,
            unknown,
            transaction_trailer: RawSegment::from_segment(&se),
        })
    }

    /// Every claim payment with the context it was paid in (payer, payee, trace number,
    /// payment date), in order.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::Remittance;
    /// # let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// # GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
    /// # TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// # CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
    /// # SE*12*0001~GE*1*501~IEA*1*000000501~";
    /// # let doc = Document::parse(input)?;
    /// # let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
    /// for claim in remittance.claim_payments() {
    ///     assert_eq!(claim.path.to_string(), "2000[1]/2100[1]");
    ///     assert_eq!(claim.claim.claim.payment().as_str(), "90");
    ///     assert_eq!(claim.payer().name.name(), Some("ACME HEALTH"));
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn claim_payments(&self) -> impl Iterator<Item = ClaimInContext<'_, 'a>> + '_ {
        self.header_numbers
            .iter()
            .enumerate()
            .flat_map(move |(n, header_number)| {
                header_number
                    .claim_payments
                    .iter()
                    .enumerate()
                    .map(move |(c, claim)| ClaimInContext {
                        remittance: self,
                        header_number,
                        claim,
                        path: LoopPath::ClaimPayment(n + 1, c + 1),
                    })
            })
    }

    /// Every segment kept as unknown, with the loop it was met in, in the order of the input.
    /// An empty iterator means the model typed every segment.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::{LoopPath, Remittance};
    /// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON************20240405~\
    /// TRN*1*N1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// CLP*PCN1*4*100*0**12*ICN1~NM1*QC*1*DOE~CAS*CO*16*100~SE*10*0001~GE*1*501~IEA*1*000000501~";
    /// let doc = Document::parse(input)?;
    /// let remittance = Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?;
    /// // A claim-level CAS belongs before the NM1: after it, it is kept but not typed.
    /// let unknown: Vec<_> = remittance.unknown_segments().map(|(path, u)| (path, u.raw.id())).collect();
    /// assert_eq!(unknown, [(LoopPath::ClaimPayment(1, 1), "CAS")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unknown_segments(&self) -> impl Iterator<Item = (LoopPath, &UnknownSegment<'a>)> + '_ {
        let loops = self
            .header_numbers
            .iter()
            .enumerate()
            .flat_map(move |(n, group)| {
                let claims =
                    group
                        .claim_payments
                        .iter()
                        .enumerate()
                        .flat_map(move |(c, claim)| {
                            let lines = claim.service_payments.iter().enumerate().flat_map(
                                move |(l, line)| {
                                    tagged(
                                        LoopPath::ServicePayment(n + 1, c + 1, l + 1),
                                        &line.unknown,
                                    )
                                },
                            );
                            tagged(LoopPath::ClaimPayment(n + 1, c + 1), &claim.unknown)
                                .chain(lines)
                        });
                tagged(LoopPath::HeaderNumber(n + 1), &group.unknown).chain(claims)
            });
        tagged(LoopPath::Header, &self.header.unknown)
            .chain(tagged(LoopPath::Payer, &self.payer.unknown))
            .chain(tagged(LoopPath::Payee, &self.payee.unknown))
            .chain(loops)
            .chain(tagged(LoopPath::Summary, &self.unknown))
    }

    /// Writes ST through SE: the loops in guide order, unknown segments where they were met.
    /// Parsed segments are written exactly as read.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::Remittance;
    /// # let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// # GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
    /// # TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// # CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
    /// # SE*12*0001~GE*1*501~IEA*1*000000501~";
    /// use x12_claims::syntax::{WriteOptions, Writer};
    /// let doc = Document::parse(input)?;
    /// let set = doc.transaction_sets().next().ok_or("no set")?;
    /// let mut out = Writer::new(Vec::new(), WriteOptions::default());
    /// Remittance::parse(set)?.write(&mut out)?;
    /// assert_eq!(out.into_inner(), set.as_bytes());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        self.transaction_header.write(out)?;
        self.write_body(out)?;
        self.transaction_trailer.write(out)
    }

    /// Writes the segments between ST and SE, for an outgoing interchange whose
    /// [`InterchangeWriter`](crate::envelope::InterchangeWriter) writes the ST and computes the
    /// SE (with this set's segment count and the new control number).
    pub fn write_body<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        self.header.write(out)?;
        self.payer.write(out)?;
        self.payee.write(out)?;
        for header_number in &self.header_numbers {
            header_number.write(out)?;
        }
        let mut w = LoopWriter::new(out, &self.unknown);
        w.all(&self.provider_adjustments, Plb::raw)?;
        w.finish()?;
        Ok(())
    }

    /// The same remittance owning its bytes.
    ///
    /// ```
    /// # use x12_claims::envelope::Document;
    /// # use x12_claims::remit835::Remittance;
    /// # let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
    /// # GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*90*C*CHK************20240405~\
    /// # TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~\
    /// # CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~\
    /// # SE*12*0001~GE*1*501~IEA*1*000000501~";
    /// let owned: Remittance<'static> = {
    ///     let doc = Document::parse(&input[..])?;
    ///     Remittance::parse(doc.transaction_sets().next().ok_or("no set")?)?.into_owned()
    /// };
    /// assert_eq!(owned.header_numbers[0].claim_payments[0].claim.patient_control_number(), "PCN1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_owned(self) -> Remittance<'static> {
        Remittance {
            transaction_header: self.transaction_header.into_owned(),
            header: self.header.into_owned(),
            payer: self.payer.into_owned(),
            payee: self.payee.into_owned(),
            header_numbers: owned_vec!(self.header_numbers),
            provider_adjustments: owned_vec!(self.provider_adjustments),
            unknown: owned_vec!(self.unknown),
            transaction_trailer: self.transaction_trailer.into_owned(),
        }
    }
}

/// Unknown segments of one loop, with its path.
fn tagged<'r, 'a>(
    path: LoopPath,
    list: &'r [UnknownSegment<'a>],
) -> impl Iterator<Item = (LoopPath, &'r UnknownSegment<'a>)> + 'r {
    list.iter().map(move |u| (path, u))
}

/// A claim payment with the remittance it belongs to: what a posting needs from the header.
#[derive(Clone, Copy, Debug)]
pub struct ClaimInContext<'r, 'a> {
    /// The whole remittance.
    pub remittance: &'r Remittance<'a>,
    /// The 2000 loop holding the claim.
    pub header_number: &'r HeaderNumber<'a>,
    /// The claim payment (2100).
    pub claim: &'r ClaimPayment<'a>,
    /// Where the claim is.
    pub path: LoopPath,
}

impl<'r, 'a> ClaimInContext<'r, 'a> {
    /// Loop 1000A.
    pub fn payer(&self) -> &'r Payer<'a> {
        &self.remittance.payer
    }

    /// Loop 1000B.
    pub fn payee(&self) -> &'r Payee<'a> {
        &self.remittance.payee
    }

    /// TRN02: the check or EFT trace number of the payment.
    pub fn trace_number(&self) -> &'r str {
        self.remittance.header.trace.trace_number()
    }

    /// BPR16: check issue or EFT effective date (`None` when the payer left it out).
    pub fn payment_date(&self) -> Option<Date<'r>> {
        self.remittance.header.financial.payment_date()
    }
}

/// Every transaction set of a document read as an 835, checking each functional group's
/// GS08 (`005010X221...`) as well as ST01. Sets of other kinds or versions come out as
/// [`Remit835Error::NotRemittance`].
///
/// ```
/// use x12_claims::envelope::Document;
/// use x12_claims::remit835::{remittances, Remit835Error};
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *040315*1005*U*00401*000000001*0*P*:~\
/// GS*HP*PAYER*CLINIC*20040315*1005*1*X*004010X091A1~ST*835*0001~BPR*H*0*C*NON************20040315~\
/// TRN*1*1*1234567890~N1*PR*PAYER~N1*PE*CLINIC*XX*1234567893~SE*6*0001~GE*1*1~IEA*1*000000001~";
/// let doc = Document::parse(input)?;
/// let error = remittances(&doc).next().ok_or("no set")?.unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "GS08 at segment 2 (byte 106): implementation 004010X091A1 is not 005010X221A1"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn remittances<'d, 'a>(
    doc: &'d Document<'a>,
) -> impl Iterator<Item = Result<Remittance<'a>, Remit835Error>> + 'd {
    doc.interchanges()
        .iter()
        .flat_map(|interchange| interchange.groups())
        .flat_map(|group| {
            let version = &group.header().version;
            let refused = (!version.starts_with(IMPLEMENTATION)).then(|| {
                (
                    group.header_segment().location().with_element(8),
                    version.to_string(),
                )
            });
            group
                .transaction_sets()
                .iter()
                .map(move |set| match &refused {
                    Some((location, version)) => Err(Remit835Error::NotRemittance {
                        location: *location,
                        found: format!("implementation {version}"),
                        expected: "005010X221A1",
                    }),
                    None => Remittance::parse(set),
                })
        })
}
