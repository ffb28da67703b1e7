//! [`RemittanceIndex`]: the loop structure of one 835, found in a single pass over segment
//! identifiers, with each loop typed only when it is asked for.
//!
//! [`Remittance::parse`](super::Remittance::parse) checks every element of every segment and
//! keeps a record of each. Readers that need a few fields of every claim, or every field of a
//! few claims, pay for much less with the index: it frames the set, places each segment in its
//! loop by the same layout tables as the typed readers, keeps the byte range of each loop (a
//! few dozen bytes per claim payment) and checks the structure the guide requires (BPR, TRN,
//! N1*PR, N1*PE, each claim's NM1*QC, LX before CLP, CLP before SVC, SE). Elements are checked
//! when a loop or segment is typed: [`ClaimPaymentRef::to_claim_payment`] gives exactly the
//! loop [`Remittance::parse`](super::Remittance::parse) would have read, or its error.
//! [`validate::set835`](crate::validate::set835) checks every element while it builds the
//! index instead, refusing what `Remittance::parse` refuses.

use std::ops::Range;

use super::error::{before_claim, before_header_number, take_se, take_st, typed};
use super::layout::{self, Layout, Order};
use super::remittance::{check_header, check_kind};
use super::support::Staged;
use super::{
    ClaimPayment, Header, HeaderNumber, LoopPath, Payee, Payer, Remit835Error, ServicePayment,
};
use crate::envelope::{EnvelopeError, ReadDocument, SetHeader, TransactionSet};
use crate::segments::one_pass::{OnePass, read_document};
use crate::segments::span::{Mark, Span, SpanSource, TooLarge};
use crate::segments::{Cas, Clp, Plb, SegmentCursor, SegmentError, Svc};
use crate::syntax::location::in_file_order;
use crate::syntax::{Location, Segment, SegmentId};

impl<'a> OnePass<'a> for RemittanceIndex<'a> {
    type Output = Result<Self, Remit835Error>;

    fn accepts(header: &SetHeader<'_>) -> bool {
        check_header(header, Location::default()).is_ok()
    }

    fn read_open(source: SpanSource<'a>, cursor: &mut SegmentCursor<'a>) -> Option<Self> {
        Self::read_open_observed(source, cursor, &mut ())
    }

    fn close(self, set: &TransactionSet<'a>) -> Self::Output {
        self.close_on(set)
    }

    fn read_set(set: &TransactionSet<'a>) -> Self::Output {
        Self::parse(set)
    }
}

/// What the opening segments of loops 2100 (CLP) and 2110 (SVC) are, for errors.
const CLAIM_PAYMENT: &str = "claim payment information";
const SERVICE_PAYMENT: &str = "service payment information";

/// The spans' source for `set`; a set too large for spans is refused.
fn set_source<'a>(set: &TransactionSet<'a>) -> Result<SpanSource<'a>, Remit835Error> {
    SpanSource::new(set).map_err(|TooLarge| Remit835Error::TooLarge {
        location: set.location(),
        bytes: set.as_bytes().len() as u64,
    })
}

/// Loop 2100: its own segments (CLP to the first SVC) and its service payments.
#[derive(Clone, Debug)]
struct ClaimSpan {
    own: Span,
    services: Range<u32>,
    /// 1-based numbers of the header number loop and of the claim inside it.
    header_number: u32,
    number: u32,
}

/// One 835 transaction set as the places of its loops. Built by [`RemittanceIndex::parse`];
/// each loop is typed on request.
///
/// ```
/// use x12_claims::envelope::Document;
/// use x12_claims::remit835::RemittanceIndex;
///
/// let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
/// GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~\
/// BPR*I*90*C*CHK************20240405~TRN*1*CHK1*1234567890~N1*PR*ACME HEALTH~\
/// N1*PE*CLINIC*XX*1234567893~LX*1~CLP*PCN1*1*180*90*30*12*ICN1~NM1*QC*1*DOE*JANE~\
/// SVC*HC:90837*180*90~CAS*CO*45*60~CAS*PR*3*30~SE*12*0001~GE*1*501~IEA*1*000000501~";
/// let doc = Document::parse(input)?;
/// let index = RemittanceIndex::parse(doc.transaction_sets().next().ok_or("no set")?)?;
/// for claim in index.claim_payments() {
///     let clp = claim.clp()?;
///     assert_eq!(clp.patient_control_number(), "PCN1");
///     assert_eq!(claim.path().to_string(), "2000[1]/2100[1]");
///     for line in claim.service_payments() {
///         let reasons: Vec<_> = line
///             .adjustments()
///             .map(|cas| cas.map(|c| c.group().to_string()))
///             .collect::<Result<_, _>>()?;
///         assert_eq!(reasons, ["CO", "PR"]);
///     }
///     // The whole loop, typed and checked, as Remittance::parse reads it.
///     let payment = claim.to_claim_payment()?;
///     assert_eq!(payment.patient().and_then(|n| n.last_name()), Some("DOE"));
/// }
/// assert_eq!(index.header()?.trace.trace_number(), "CHK1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct RemittanceIndex<'a> {
    source: SpanSource<'a>,
    header: Span,
    payer: Span,
    payee: Span,
    /// Loop 2000 own segments (LX, TS3, TS2); claims know their header number.
    header_numbers: Vec<Span>,
    claims: Vec<ClaimSpan>,
    services: Vec<Span>,
    summary: Span,
}

/// A reader of a remittance's amounts: shown, in order, the segments that carry money, each
/// placed in its loop by the layout tables. [`RemittanceIndex::parse_observed`] shows them
/// while it builds the index, so the amounts are read without framing the set again;
/// [`RemittanceIndex::replay`] shows the same sequence from an index already built.
///
/// The sequence: the header's BPR; for each claim payment, its CLP, its claim-level CAS, then
/// for each service payment its SVC and the line's CAS, then `claim_end`; then each PLB.
///
/// While the index is built (not on [`replay`](RemittanceIndex::replay)) an observer is also
/// shown every segment of the set between ST and SE in order, with the loop it is read in:
/// through `segment` when [`Remittance::parse`](super::Remittance::parse) types it there (the
/// first segment of each loop, and every segment placed in guide order), through `unknown`
/// when it keeps it untyped as an unknown segment. `segment` comes before the money method
/// for the same segment.
pub(crate) trait Observer<'a> {
    fn segment(&mut self, _segment: &Segment<'a>, _path: LoopPath) {}
    fn unknown(&mut self, _segment: &Segment<'a>, _path: LoopPath) {}
    fn financial(&mut self, _bpr: &Segment<'a>) {}
    fn claim(&mut self, _clp: &Segment<'a>, _path: LoopPath) {}
    fn claim_adjustment(&mut self, _cas: &Segment<'a>) {}
    fn service(&mut self, _svc: &Segment<'a>) {}
    fn service_adjustment(&mut self, _cas: &Segment<'a>) {}
    fn claim_end(&mut self) {}
    fn provider_adjustment(&mut self, _plb: &Segment<'a>) {}
}

/// Watches nothing: the plain index.
impl Observer<'_> for () {}

/// The pass that builds an index: a cursor over the set and the set the spans point into.
struct Builder<'c, 'a> {
    cursor: &'c mut SegmentCursor<'a>,
    source: SpanSource<'a>,
}

impl<'a> Builder<'_, 'a> {
    /// Where the next segment starts.
    fn here(&self) -> Mark {
        self.source.mark(self.cursor)
    }

    fn peek_id(&self) -> Option<SegmentId> {
        self.cursor.peek().map(Segment::segment_id)
    }

    /// Takes the rest of the loop at `path`: every segment up to one that ends it. Each
    /// segment placed in guide order is shown to the observer's `segment`, then to `watch`;
    /// each other one to its `unknown`.
    fn body<O: Observer<'a>>(
        &mut self,
        layout: &Layout,
        mut order: Order,
        path: LoopPath,
        observer: &mut O,
        mut watch: impl FnMut(&Segment<'a>, &mut O),
    ) {
        while let Some(id) = self.peek_id() {
            if layout.ends(id) {
                break;
            }
            let Some(segment) = self.cursor.take() else {
                break;
            };
            if order.place(layout, id) {
                observer.segment(&segment, path);
                watch(&segment, observer);
            } else {
                observer.unknown(&segment, path);
            }
        }
    }

    /// A span from `from` to the next segment.
    fn span(&self, from: Mark) -> Span {
        self.source.span(from, self.cursor)
    }

    /// A loop opened by an N1 with the given entity code; its absence is an error.
    fn party(
        &mut self,
        layout: &Layout,
        path: LoopPath,
        (code, segment, what): (&str, &'static str, &'static str),
        observer: &mut impl Observer<'a>,
    ) -> Result<Span, Remit835Error> {
        let from = self.here();
        let location = self.cursor.location();
        let Some(n1) = self.cursor.take_if_qualified("N1", &[code]) else {
            return Err(Remit835Error::Missing {
                path,
                segment,
                what,
                location,
            });
        };
        observer.segment(&n1, path);
        self.body(layout, Order::started(), path, observer, |_, _| {});
        Ok(self.span(from))
    }
}

impl<'a> RemittanceIndex<'a> {
    /// Finds the loops of one 835 transaction set.
    ///
    /// Refuses what [`Remittance::parse`](super::Remittance::parse) refuses for its structure:
    /// a set that is not a 5010 835, a missing BPR, TRN, N1*PR, N1*PE, claim NM1*QC or SE, a
    /// CLP before any LX or an SVC before any CLP, and segments that cannot be framed. Elements
    /// are not checked here; a set longer than 4 GiB is refused.
    pub fn parse(set: &TransactionSet<'a>) -> Result<Self, Remit835Error> {
        Self::parse_observed(set, &mut ())
    }

    /// [`parse`](Self::parse), showing `observer` the segments that carry money as they are
    /// placed (see [`Observer`]). When the structure is refused, the observer has seen the
    /// segments before the fault.
    pub(crate) fn parse_observed(
        set: &TransactionSet<'a>,
        observer: &mut impl Observer<'a>,
    ) -> Result<Self, Remit835Error> {
        check_kind(set)?;
        let source = set_source(set)?;
        let mut cursor = source.cursor_over_set();
        let index = Self::read(source, &mut cursor, observer)?;
        cursor.finish()?;
        Ok(index)
    }

    /// Frames `input` once and indexes every transaction set in the same pass: the
    /// [`Document`](crate::envelope::Document) that
    /// [`Document::parse`](crate::envelope::Document::parse) gives, and for each set what
    /// [`parse`](Self::parse) gives. It saves the envelope's own pass over every set body
    /// (see the README's Performance section).
    ///
    /// ```
    /// use x12_claims::remit835::RemittanceIndex;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// let read = RemittanceIndex::parse_document(&input)?;
    /// let read: Vec<_> = read.sets().map(|(set, index)| (set.id(), index.is_ok())).collect();
    /// // The file's first set is an 837, which is not a remittance.
    /// assert_eq!(read, [("837", false), ("835", true)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document(
        input: &'a [u8],
    ) -> Result<ReadDocument<'a, Result<Self, Remit835Error>>, EnvelopeError> {
        Self::parse_document_with(input, |_, index| index)
    }

    /// [`parse_document`](Self::parse_document), handing each set and its index (or its
    /// error) to `each` as soon as the set is read; what `each` returns is what is kept. As
    /// with [`SubmissionIndex::parse_document_with`](crate::claim837p::SubmissionIndex::parse_document_with),
    /// reading a set there costs less than after the whole input, and an index `each` does not
    /// return is not kept.
    ///
    /// ```
    /// use x12_claims::remit835::RemittanceIndex;
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/two-interchanges.x12"))?;
    /// // How many claim payments each remittance holds; other sets count as none.
    /// let read = RemittanceIndex::parse_document_with(&input, |_set, index| {
    ///     index.map_or(0, |index| index.claim_payment_count())
    /// })?;
    /// assert_eq!(read.outputs(), [0, 1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_document_with<T>(
        input: &'a [u8],
        each: impl FnMut(&TransactionSet<'a>, Result<Self, Remit835Error>) -> T,
    ) -> Result<ReadDocument<'a, T>, EnvelopeError> {
        read_document::<Self, T>(input, each)
    }

    /// The index of a set read inside the envelope's pass, with `observer` shown its money
    /// segments (see [`OnePass::read_open`]).
    pub(crate) fn read_open_observed(
        source: SpanSource<'a>,
        cursor: &mut SegmentCursor<'a>,
        observer: &mut impl Observer<'a>,
    ) -> Option<Self> {
        Self::read(source, cursor, observer).ok()
    }

    /// The index read by [`read_open_observed`](Self::read_open_observed), its spans moved to
    /// the framed set.
    pub(crate) fn close_on(mut self, set: &TransactionSet<'a>) -> Result<Self, Remit835Error> {
        self.source = set_source(set)?;
        Ok(self)
    }

    /// Reads the index from `cursor`, at ST, its spans taken in `source`.
    fn read(
        source: SpanSource<'a>,
        cursor: &mut SegmentCursor<'a>,
        observer: &mut impl Observer<'a>,
    ) -> Result<Self, Remit835Error> {
        let mut b = Builder { cursor, source };
        take_st(b.cursor)?;

        let from = b.here();
        let start = b.cursor.location();
        let (mut financial, mut trace) = (false, false);
        b.body(
            &layout::HEADER,
            Order::empty(),
            LoopPath::Header,
            observer,
            |s, o| {
                if s.segment_id() == "BPR" {
                    financial = true;
                    o.financial(s);
                }
                trace |= s.segment_id() == "TRN";
            },
        );
        let header = b.span(from);
        for (present, segment, what) in [
            (financial, "BPR", "financial information"),
            (trace, "TRN", "reassociation trace number"),
        ] {
            if !present {
                return Err(Remit835Error::Missing {
                    path: LoopPath::Header,
                    segment,
                    what,
                    location: start,
                });
            }
        }
        let payer = b.party(
            &layout::PAYER,
            LoopPath::Payer,
            ("PR", "N1*PR", "payer identification"),
            observer,
        )?;
        let payee = b.party(
            &layout::PAYEE,
            LoopPath::Payee,
            ("PE", "N1*PE", "payee identification"),
            observer,
        )?;

        let mut header_numbers = Vec::new();
        // Room for the claims and lines of a usual set (tens of claims, a few lines each) from
        // the start: fewer reallocations per set; the room left over is given back at SE.
        let mut claims = Vec::with_capacity(64);
        let mut services = Vec::with_capacity(128);
        loop {
            match b.cursor.peek() {
                Some(lx) if lx.segment_id() == "LX" => {}
                Some(s) => match before_header_number(s) {
                    Some(error) => return Err(error),
                    None => break,
                },
                None => break,
            }
            let group = header_numbers.len() + 1;
            let path = LoopPath::HeaderNumber(group);
            let from = b.here();
            if let Some(lx) = b.cursor.take() {
                observer.segment(&lx, path);
            }
            b.body(
                &layout::HEADER_NUMBER,
                Order::started(),
                path,
                observer,
                |_, _| {},
            );
            let own = b.span(from);
            if let Some(error) = b.cursor.peek().and_then(|s| before_claim(path, s)) {
                return Err(error);
            }
            let first_claim = claims.len();
            header_numbers.push(own);
            while b.peek_id().is_some_and(|id| id == "CLP") {
                let from = b.here();
                let Some(clp) = b.cursor.take() else { break };
                let number = claims.len() - first_claim + 1;
                let claim_path = LoopPath::ClaimPayment(group, number);
                observer.segment(&clp, claim_path);
                observer.claim(&clp, claim_path);
                let mut patient = false;
                b.body(
                    &layout::CLAIM_PAYMENT,
                    Order::started(),
                    claim_path,
                    observer,
                    |s, o| {
                        let id = s.segment_id();
                        if id == "CAS" {
                            o.claim_adjustment(s);
                        }
                        patient |=
                            id == "NM1" && s.element(1).is_some_and(|e| e.as_bytes() == b"QC");
                    },
                );
                let own = b.span(from);
                let first_service = services.len();
                while b.peek_id().is_some_and(|id| id == "SVC") {
                    let from = b.here();
                    let line = services.len() - first_service + 1;
                    let line_path = LoopPath::ServicePayment(group, number, line);
                    if let Some(svc) = b.cursor.take() {
                        observer.segment(&svc, line_path);
                        observer.service(&svc);
                    }
                    b.body(
                        &layout::SERVICE_PAYMENT,
                        Order::started(),
                        line_path,
                        observer,
                        |s, o| {
                            if s.segment_id() == "CAS" {
                                o.service_adjustment(s);
                            }
                        },
                    );
                    services.push(b.span(from));
                }
                observer.claim_end();
                if !patient {
                    return Err(Remit835Error::Missing {
                        path: LoopPath::ClaimPayment(group, number),
                        segment: "NM1*QC",
                        what: "patient name",
                        location: clp.location(),
                    });
                }
                claims.push(ClaimSpan {
                    own,
                    services: index_range(first_service, services.len()),
                    header_number: index32(group),
                    number: index32(number),
                });
            }
        }

        let from = b.here();
        b.body(
            &layout::SUMMARY,
            Order::empty(),
            LoopPath::Summary,
            observer,
            |s, o| {
                if s.segment_id() == "PLB" {
                    o.provider_adjustment(s);
                }
            },
        );
        let summary = b.span(from);
        take_se(b.cursor)?;
        header_numbers.shrink_to_fit();
        claims.shrink_to_fit();
        services.shrink_to_fit();
        Ok(RemittanceIndex {
            source,
            header,
            payer,
            payee,
            header_numbers,
            claims,
            services,
            summary,
        })
    }

    /// The segments of a span, framed again from its bytes.
    fn segments(&self, span: Span) -> impl Iterator<Item = Segment<'a>> + use<'a> {
        self.source.segments(span)
    }

    /// The header (BPR, TRN, CUR, REF, DTM), typed.
    pub fn header(&self) -> Result<Header<'a>, Remit835Error> {
        Header::read(&mut self.source.cursor_from(self.header))
    }

    /// Loop 1000A, typed.
    pub fn payer(&self) -> Result<Payer<'a>, Remit835Error> {
        Payer::read(&mut self.source.cursor_from(self.payer))
    }

    /// Loop 1000B, typed.
    pub fn payee(&self) -> Result<Payee<'a>, Remit835Error> {
        Payee::read(&mut self.source.cursor_from(self.payee))
    }

    /// The BPR segment as the index placed it in the header, untyped.
    fn raw_financial(&self) -> Option<Segment<'a>> {
        placed(self.segments(self.header), &layout::HEADER, Order::empty())
            .find(|s| s.segment_id() == "BPR")
    }

    /// Shows `observer` the segments that carry money, in the order and with the placing
    /// [`parse_observed`](Self::parse_observed) showed them, framed again from the spans.
    pub(crate) fn replay(&self, observer: &mut impl Observer<'a>) {
        if let Some(bpr) = self.raw_financial() {
            observer.financial(&bpr);
        }
        for claim in self.claim_payments() {
            let mut segments = claim.segments();
            // Every indexed claim payment starts with its CLP, and a service payment with its SVC.
            let Some(clp) = segments.next() else { continue };
            observer.claim(&clp, claim.path());
            for cas in placed_kind(segments, &layout::CLAIM_PAYMENT, "CAS") {
                observer.claim_adjustment(&cas);
            }
            for line in claim.service_payments() {
                let mut segments = line.segments();
                let Some(svc) = segments.next() else { continue };
                observer.service(&svc);
                for cas in placed_kind(segments, &layout::SERVICE_PAYMENT, "CAS") {
                    observer.service_adjustment(&cas);
                }
            }
            observer.claim_end();
        }
        for plb in placed(
            self.segments(self.summary),
            &layout::SUMMARY,
            Order::empty(),
        ) {
            observer.provider_adjustment(&plb);
        }
    }

    /// The BPR segment, typed: the payment total (BPR02) and how it was paid.
    pub fn financial(&self) -> Result<crate::segments::Bpr<'a>, Remit835Error> {
        match self.raw_financial() {
            Some(bpr) => typed(LoopPath::Header, &bpr, crate::segments::Bpr::parse),
            // Building the index checked that a BPR is placed in the header.
            None => Err(Remit835Error::Missing {
                path: LoopPath::Header,
                segment: "BPR",
                what: "financial information",
                location: self.location(self.header),
            }),
        }
    }

    /// The first segment of a loop (the one the index found there) and a cursor after it,
    /// running to the end of the set as a whole parse would.
    fn opening(
        &self,
        span: Span,
        path: LoopPath,
        segment: &'static str,
        what: &'static str,
    ) -> Result<(Segment<'a>, SegmentCursor<'a>), Remit835Error> {
        let mut cursor = self.source.cursor_from(span);
        let first = cursor.take().ok_or(Remit835Error::Missing {
            path,
            segment,
            what,
            location: self.location(span),
        })?;
        Ok((first, cursor))
    }

    /// [`opening`](Self::opening)'s segment alone, framed without the one after it.
    fn first(
        &self,
        span: Span,
        path: LoopPath,
        segment: &'static str,
        what: &'static str,
    ) -> Result<Segment<'a>, Remit835Error> {
        // The index opened every claim and service payment span with its CLP or SVC.
        self.source.first(span).ok_or(Remit835Error::Missing {
            path,
            segment,
            what,
            location: self.location(span),
        })
    }

    /// Where a span starts.
    fn location(&self, span: Span) -> Location {
        self.source.location(span)
    }

    /// How many claim payments the set holds.
    pub fn claim_payment_count(&self) -> usize {
        self.claims.len()
    }

    /// How many header number loops (2000) the set holds.
    pub fn header_number_count(&self) -> usize {
        self.header_numbers.len()
    }

    /// The own segments of header number loop `n` (1-based), typed: LX, TS3, TS2. Its claim
    /// payments are the [`claim_payments`](Self::claim_payments) whose path names `n`; the
    /// loop returned holds none.
    pub fn header_number(&self, n: usize) -> Option<Result<HeaderNumber<'a>, Remit835Error>> {
        let span = *self.header_numbers.get(n.checked_sub(1)?)?;
        // Bounded: HeaderNumber::read would go on to read the claims.
        let mut cursor = self.source.cursor_in(span);
        let lx = cursor.take()?;
        Some(HeaderNumber::read(
            &mut cursor,
            &mut Staged::default(),
            &lx,
            n,
        ))
    }

    /// Every loop of the set that does not type, each with the first error typing it meets, in
    /// file order: the header, the payer and payee, each header number's own segments, each
    /// claim payment and each provider adjustment. A typed parse stops at the first of them;
    /// this names them all, so that a pipeline can post the claim payments that read and set
    /// the others aside. Empty when every loop types.
    ///
    /// ```
    /// use x12_claims::envelope::Document;
    /// use x12_claims::remit835::RemittanceIndex;
    ///
    /// # let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ta1-two-groups.x12"))?;
    /// // The remittance's claim payment pays an amount that is not a number.
    /// let input = String::from_utf8(input)?.replacen("CLP*FVC-0001*1*150*100", "CLP*FVC-0001*1*150*1OO", 1);
    /// let doc = Document::parse(input.as_bytes())?;
    /// let set = doc.transaction_sets().nth(2).ok_or("no remittance")?;
    /// let index = RemittanceIndex::parse(set)?;
    /// let errors: Vec<String> = index.errors().iter().map(ToString::to_string).collect();
    /// assert_eq!(errors.len(), 1);
    /// assert!(errors[0].starts_with("2000[1]/2100[1] CLP04"), "{}", errors[0]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn errors(&self) -> Vec<Remit835Error> {
        let parties = [self.header().err(), self.payer().err(), self.payee().err()];
        let numbers = (1..=self.header_number_count()).filter_map(|n| self.header_number(n)?.err());
        let claims = (self.claim_payments()).filter_map(|claim| claim.to_claim_payment().err());
        let adjustments = self.provider_adjustments().filter_map(Result::err);
        let errors = (parties.into_iter().flatten())
            .chain(numbers)
            .chain(claims)
            .chain(adjustments)
            .collect();
        in_file_order(errors, Remit835Error::location)
    }

    /// Every claim payment (2100), in order.
    pub fn claim_payments(&self) -> impl Iterator<Item = ClaimPaymentRef<'_, 'a>> + '_ {
        self.claims
            .iter()
            .map(move |claim| ClaimPaymentRef { index: self, claim })
    }

    /// The PLB segments of the summary, typed one by one.
    pub fn provider_adjustments(&self) -> impl Iterator<Item = Result<Plb<'a>, Remit835Error>> {
        placed(
            self.segments(self.summary),
            &layout::SUMMARY,
            Order::empty(),
        )
        .map(|plb| typed(LoopPath::Summary, &plb, Plb::parse))
    }
}

/// The segments of a loop that its layout places, in order (unknown ones left out).
fn placed<'a>(
    segments: impl Iterator<Item = Segment<'a>>,
    layout: &'static Layout,
    mut order: Order,
) -> impl Iterator<Item = Segment<'a>> {
    segments.filter(move |s| order.place(layout, s.segment_id()))
}

/// The placed segments of one kind among the segments after a loop's first.
fn placed_kind<'a>(
    after_first: impl Iterator<Item = Segment<'a>>,
    layout: &'static Layout,
    id: &'static str,
) -> impl Iterator<Item = Segment<'a>> {
    placed(after_first, layout, Order::started()).filter(move |s| s.segment_id() == id)
}

/// The placed segments of one kind, typed.
fn typed_all<'a, T>(
    segments: impl Iterator<Item = Segment<'a>>,
    layout: &'static Layout,
    id: &'static str,
    path: LoopPath,
    parse: fn(&Segment<'a>) -> Result<T, SegmentError>,
) -> impl Iterator<Item = Result<T, Remit835Error>> {
    placed_kind(segments.skip(1), layout, id).map(move |s| typed(path, &s, parse))
}

fn index32(n: usize) -> u32 {
    // Counts of loops are below the set's segment count, checked to fit a u32.
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn index_range(from: usize, to: usize) -> Range<u32> {
    index32(from)..index32(to)
}

/// One claim payment (2100) of a [`RemittanceIndex`].
#[derive(Clone, Copy, Debug)]
pub struct ClaimPaymentRef<'i, 'a> {
    index: &'i RemittanceIndex<'a>,
    claim: &'i ClaimSpan,
}

impl<'i, 'a> ClaimPaymentRef<'i, 'a> {
    /// Where the loop sits: `2000[n]/2100[c]`.
    pub fn path(&self) -> LoopPath {
        LoopPath::ClaimPayment(
            self.claim.header_number as usize,
            self.claim.number as usize,
        )
    }

    /// The claim's own segments, CLP up to its first SVC, as read (unknown ones included).
    pub fn segments(&self) -> impl Iterator<Item = Segment<'a>> + use<'a> {
        self.index.segments(self.claim.own)
    }

    /// CLP, typed and checked.
    pub fn clp(&self) -> Result<Clp<'a>, Remit835Error> {
        let clp = self
            .index
            .first(self.claim.own, self.path(), "CLP", CLAIM_PAYMENT)?;
        typed(self.path(), &clp, Clp::parse)
    }

    fn opening(&self) -> Result<(Segment<'a>, SegmentCursor<'a>), Remit835Error> {
        self.index
            .opening(self.claim.own, self.path(), "CLP", CLAIM_PAYMENT)
    }

    /// The claim-level CAS segments placed in guide order, typed one by one.
    pub fn adjustments(&self) -> impl Iterator<Item = Result<Cas<'a>, Remit835Error>> + use<'a> {
        let segments = self.segments();
        typed_all(
            segments,
            &layout::CLAIM_PAYMENT,
            "CAS",
            self.path(),
            Cas::parse,
        )
    }

    /// The claim's service payments (2110), in order.
    pub fn service_payments(&self) -> impl Iterator<Item = ServicePaymentRef<'i, 'a>> + 'i {
        let (index, claim) = (self.index, self.claim);
        let range = claim.services.start as usize..claim.services.end as usize;
        index
            .services
            .get(range)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(move |(n, &span)| ServicePaymentRef {
                index,
                span,
                path: LoopPath::ServicePayment(
                    claim.header_number as usize,
                    claim.number as usize,
                    n + 1,
                ),
            })
    }

    /// The whole loop typed and checked, service payments included: the same
    /// [`ClaimPayment`] (or the same error) as [`Remittance::parse`](super::Remittance::parse)
    /// reads at this place.
    pub fn to_claim_payment(&self) -> Result<ClaimPayment<'a>, Remit835Error> {
        let (clp, mut cursor) = self.opening()?;
        ClaimPayment::read(&mut cursor, &mut Staged::default(), &clp, self.path())
    }
}

/// One service payment (2110) of a [`RemittanceIndex`].
#[derive(Clone, Copy, Debug)]
pub struct ServicePaymentRef<'i, 'a> {
    index: &'i RemittanceIndex<'a>,
    span: Span,
    path: LoopPath,
}

impl<'a> ServicePaymentRef<'_, 'a> {
    /// Where the loop sits: `2000[n]/2100[c]/2110[l]`.
    pub fn path(&self) -> LoopPath {
        self.path
    }

    /// The loop's segments, SVC first, as read (unknown ones included).
    pub fn segments(&self) -> impl Iterator<Item = Segment<'a>> + use<'a> {
        self.index.segments(self.span)
    }

    /// SVC, typed and checked.
    pub fn svc(&self) -> Result<Svc<'a>, Remit835Error> {
        let svc = self
            .index
            .first(self.span, self.path, "SVC", SERVICE_PAYMENT)?;
        typed(self.path, &svc, Svc::parse)
    }

    fn opening(&self) -> Result<(Segment<'a>, SegmentCursor<'a>), Remit835Error> {
        self.index
            .opening(self.span, self.path, "SVC", SERVICE_PAYMENT)
    }

    /// The line's CAS segments placed in guide order, typed one by one.
    pub fn adjustments(&self) -> impl Iterator<Item = Result<Cas<'a>, Remit835Error>> + use<'a> {
        typed_all(
            self.segments(),
            &layout::SERVICE_PAYMENT,
            "CAS",
            self.path,
            Cas::parse,
        )
    }

    /// The whole loop typed and checked, as [`Remittance::parse`](super::Remittance::parse)
    /// reads it.
    pub fn to_service_payment(&self) -> Result<ServicePayment<'a>, Remit835Error> {
        let (svc, mut cursor) = self.opening()?;
        ServicePayment::read(&mut cursor, &mut Staged::default(), &svc, self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::Document;

    /// Writes down what an observer is shown.
    #[derive(Default)]
    struct Log(Vec<String>);

    impl<'a> Observer<'a> for Log {
        fn financial(&mut self, bpr: &Segment<'a>) {
            self.0.push(format!("financial {}", bpr.number()));
        }
        fn claim(&mut self, clp: &Segment<'a>, path: LoopPath) {
            self.0.push(format!("claim {} {path}", clp.number()));
        }
        fn claim_adjustment(&mut self, cas: &Segment<'a>) {
            self.0.push(format!("claim CAS {}", cas.number()));
        }
        fn service(&mut self, svc: &Segment<'a>) {
            self.0.push(format!("service {}", svc.number()));
        }
        fn service_adjustment(&mut self, cas: &Segment<'a>) {
            self.0.push(format!("line CAS {}", cas.number()));
        }
        fn claim_end(&mut self) {
            self.0.push("end".to_owned());
        }
        fn provider_adjustment(&mut self, plb: &Segment<'a>) {
            self.0.push(format!("PLB {}", plb.number()));
        }
    }

    #[test]
    fn building_and_replaying_show_the_same_money_segments_in_guide_order() {
        // Segment numbers from ST (3): BPR 4, LX 8, CLP 9, CAS 10, NM1 11, CAS 12 (after NM1:
        // out of guide order, kept as unknown, not shown), SVC 13, CAS 14, REF 15, CAS 16 (after
        // REF: not shown), SVC 17, CLP 18, NM1 19, PLB 20.
        let input = b"ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON~TRN*1*T*1~\
N1*PR*P~N1*PE*C*XX*1234567893~LX*1~CLP*A*1*10*0**12*I~CAS*CO*45*10~NM1*QC*1*DOE~CAS*CO*45*1~\
SVC*HC:99213*10*0~CAS*CO*45*10~REF*6R*1~CAS*CO*45*1~SVC*HC:99214*0*0~CLP*B*4*0*0**12*J~\
NM1*QC*1*ROE~PLB*1234567893*20241231*L6:X*0~SE*19*0001~GE*1*501~IEA*1*000000501~";
        let doc = Document::parse(input).unwrap();
        let set = doc.transaction_sets().next().unwrap();
        let mut built = Log::default();
        let index = RemittanceIndex::parse_observed(set, &mut built).unwrap();
        let mut replayed = Log::default();
        index.replay(&mut replayed);
        assert_eq!(
            built.0,
            [
                "financial 4",
                "claim 9 2000[1]/2100[1]",
                "claim CAS 10",
                "service 13",
                "line CAS 14",
                "service 17",
                "end",
                "claim 18 2000[1]/2100[2]",
                "end",
                "PLB 20",
            ]
        );
        assert_eq!(replayed.0, built.0);
    }
}
