//! The header of an 835: BPR, TRN, CUR, REF*EV / REF*F2, DTM*405.

use std::io::Write;

use super::error::{LoopPath, Remit835Error, typed};
use super::layout::{HEADER, Order};
use super::parts::HeaderSegment;
use super::support::{LoopWriter, insert_ranked, owned_vec, push_typed, rank_of, read_body};
use crate::segments::{Bpr, Cur, Dtm, Ref, SegmentCursor, Trn, UnknownSegment};
use crate::syntax::{WriteError, Writer};

/// The header (table 1): the payment (BPR), its trace number (TRN) and the optional currency,
/// receiver and version references and production date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Header<'a> {
    /// BPR: total payment, method, bank accounts, payment date.
    pub financial: Bpr<'a>,
    /// TRN: check or EFT trace number.
    pub trace: Trn<'a>,
    /// CUR: currency, for non-USD payments.
    pub currency: Option<Cur<'a>>,
    /// REF*EV (receiver) and REF*F2 (payer's system version).
    pub references: Vec<Ref<'a>>,
    /// DTM*405: production date.
    pub dates: Vec<Dtm<'a>>,
    /// Segments met in the header that it does not expect there.
    pub unknown: Vec<UnknownSegment<'a>>,
}

/// REF qualifiers of the header in guide order: receiver, then version.
const REFERENCES: &[&[&str]] = &[&["EV"], &["F2"]];

impl<'a> Header<'a> {
    /// A header built from the payment (BPR) and its trace number (TRN), for writing; add the
    /// optional segments with [`with`](Self::with).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal_macros::dec;
    /// use x12_claims::codes::{
    ///     CreditDebit, DateQualifier, PaymentMethod, ReferenceQualifier, TransactionHandling,
    /// };
    /// use x12_claims::element::{Amount, Date};
    /// use x12_claims::remit835::Header;
    /// use x12_claims::segments::{Bpr, Dtm, Ref, Trn};
    ///
    /// let day = Date::new(NaiveDate::from_ymd_opt(2024, 4, 5).ok_or("no such day")?)?;
    /// let bpr = Bpr::builder()
    ///     .handling(TransactionHandling::PAYMENT_WITH_REMITTANCE)
    ///     .total_payment(Amount::new(dec!(90)))
    ///     .credit_debit(CreditDebit::CREDIT)
    ///     .payment_method(PaymentMethod::CHECK)
    ///     .payment_date(day.clone())
    ///     .build()?;
    /// let trn = Trn::builder()
    ///     .trace_type("1")
    ///     .trace_number("CHK1001")
    ///     .payer_identifier("1234567890")
    ///     .build()?;
    /// let production = Dtm::builder().qualifier(DateQualifier::PRODUCTION).date(day).build()?;
    /// let receiver = Ref::builder()
    ///     .qualifier(ReferenceQualifier::RECEIVER_ID)
    ///     .value("CLEARINGHOUSE")
    ///     .build()?;
    /// // Added out of guide order: the header puts REF before DTM.
    /// let header = Header::new(bpr, trn).with(production).with(receiver);
    /// assert_eq!(header.trace.trace_number(), "CHK1001");
    /// assert_eq!(header.references[0].value(), "CLEARINGHOUSE");
    /// assert!(header.production_date().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(financial: Bpr<'a>, trace: Trn<'a>) -> Self {
        Header {
            financial,
            trace,
            currency: None,
            references: Vec::new(),
            dates: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Adds a segment (CUR, REF*EV / REF*F2, DTM*405), placed in guide order whatever the
    /// order of the calls. The header holds one CUR: a second replaces the first.
    pub fn with(mut self, segment: impl Into<HeaderSegment<'a>>) -> Self {
        match segment.into() {
            HeaderSegment::Cur(cur) => self.currency = Some(cur),
            HeaderSegment::Ref(reference) => insert_ranked(&mut self.references, reference, |r| {
                rank_of(r.qualifier().as_str(), REFERENCES)
            }),
            HeaderSegment::Dtm(date) => self.dates.push(date),
        }
        self
    }

    /// Reads the header from the segment after ST up to the first N1 (or a later loop).
    pub(crate) fn read(cursor: &mut SegmentCursor<'a>) -> Result<Self, Remit835Error> {
        let path = LoopPath::Header;
        let start = cursor.location();
        let (mut financial, mut trace, mut currency) = (None, None, None);
        let (mut references, mut dates) = (Vec::new(), Vec::new());
        let unknown = read_body(cursor, &HEADER, Order::empty(), |segment| {
            match segment.segment_id().as_bytes() {
                b"BPR" => financial = Some(typed(path, segment, Bpr::parse)?),
                b"TRN" => trace = Some(typed(path, segment, Trn::parse)?),
                b"CUR" => currency = Some(typed(path, segment, Cur::parse)?),
                b"REF" => push_typed(&mut references, path, segment, Ref::parse)?,
                b"DTM" => push_typed(&mut dates, path, segment, Dtm::parse)?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        let missing = |segment, what| Remit835Error::Missing {
            path,
            segment,
            what,
            location: start,
        };
        Ok(Header {
            financial: financial.ok_or_else(|| missing("BPR", "financial information"))?,
            trace: trace.ok_or_else(|| missing("TRN", "reassociation trace number"))?,
            currency,
            references,
            dates,
            unknown,
        })
    }

    /// DTM*405, the production date, when sent.
    pub fn production_date(&self) -> Option<&Dtm<'a>> {
        self.dates.iter().find(|d| d.qualifier().as_str() == "405")
    }

    /// Writes the header segments in guide order.
    pub(crate) fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        let mut w = LoopWriter::new(out, &self.unknown);
        w.own(self.financial.raw())?;
        w.own(self.trace.raw())?;
        w.all(&self.currency, Cur::raw)?;
        w.all(&self.references, Ref::raw)?;
        w.all(&self.dates, Dtm::raw)?;
        w.finish()?;
        Ok(())
    }

    /// The same header owning its bytes.
    pub fn into_owned(self) -> Header<'static> {
        Header {
            financial: self.financial.into_owned(),
            trace: self.trace.into_owned(),
            currency: self.currency.map(Cur::into_owned),
            references: owned_vec!(self.references),
            dates: owned_vec!(self.dates),
            unknown: owned_vec!(self.unknown),
        }
    }
}
