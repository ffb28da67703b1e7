//! HI — health care information codes: the claim's diagnoses (box 21), and in further HI
//! segments anesthesia-related procedures and condition codes.
//!
//! | element | holds | use |
//! |---|---|---|
//! | HI01-1 | code list: `ABK` ICD-10-CM principal, `ABF` other; `BK`/`BF` ICD-9; `BP`/`BO` anesthesia procedures; `BG` condition codes | required |
//! | HI01-2 | the code, without a decimal point | required |
//! | HI01-3 | date format qualifier (not used by the 837P) | optional |
//! | HI01-4 | date (not used by the 837P) | optional |
//! | HI01-5 | amount (not used by the 837P) | optional |
//! | HI01-6 | quantity (not used by the 837P) | optional |
//! | HI01-7 | version (not used by the 837P) | optional |
//! | HI01-8 | second code (not used by the 837P) | optional |
//! | HI01-9 | present on admission indicator (institutional claims) | optional |
//! | HI02 … HI12 | eleven more codes with the same parts | optional |
//!
//! The position of a code (1–12) is what a service line's SV107 points at.

use crate::codes::DiagnosisQualifier;
use crate::element::{Amount, Quantity};
use crate::segments::SegmentError;
use crate::segments::field::{Fields, typed_segment};
use crate::syntax::{Element, ElementPosition};

typed_segment! {
    /// HI — up to twelve qualified codes: diagnoses, anesthesia procedures or condition codes.
    ///
    /// ```
    /// use x12_claims::codes::DiagnosisQualifier;
    /// use x12_claims::segments::Hi;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"HI*ABK:F411*ABF:Z7189~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let hi = Hi::parse(&segment)?;
    /// let codes: Vec<_> = hi.diagnoses().map(|d| d.code).collect();
    /// assert_eq!(codes, ["F411", "Z7189"]);
    /// assert_eq!(hi.diagnosis(1).map(|d| d.qualifier), Some(DiagnosisQualifier::ICD10_PRINCIPAL));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Hi = "HI", check = check_codes;
    /// HI01-1: code list of the first code.
    #[doc(alias = "HI01")]
    first_qualifier: DiagnosisQualifier = required(1, 1), "code list qualifier code";
    /// HI01-2: the first code.
    first_code: &'s str = required(1, 2), "industry code";
}

/// One code of an [`Hi`] segment (one of HI01 … HI12) with its optional parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis<'s> {
    /// HIxx-1: code list (`ABK`, `ABF`, `BG` ...).
    pub qualifier: DiagnosisQualifier,
    /// HIxx-2: the code.
    pub code: &'s str,
    /// HIxx-3: date format qualifier.
    pub date_format: Option<&'s str>,
    /// HIxx-4: date or date range, as written.
    pub date: Option<&'s str>,
    /// HIxx-5: amount.
    pub amount: Option<Amount<'s>>,
    /// HIxx-6: quantity.
    pub quantity: Option<Quantity<'s>>,
    /// HIxx-9: present on admission indicator.
    pub present_on_admission: Option<&'s str>,
}

/// HI01 … HI12.
const CODES: u16 = 12;

fn at(element: u16, component: u16) -> ElementPosition {
    ElementPosition {
        element,
        component: Some(component),
    }
}

fn check_codes(fields: &Fields<'_>) -> Result<(), SegmentError> {
    for element in 2..=CODES {
        if fields.ends_before(usize::from(element)) {
            break;
        }
        if fields
            .element(usize::from(element))
            .is_none_or(|e| e.is_empty())
        {
            continue;
        }
        fields.required::<DiagnosisQualifier>(at(element, 1), "code list qualifier code")?;
        fields.required::<&str>(at(element, 2), "industry code")?;
    }
    for element in 1..=CODES {
        if fields.ends_before(usize::from(element)) {
            break;
        }
        fields.optional::<Amount<'_>>(at(element, 5), "monetary amount")?;
        fields.optional::<Quantity<'_>>(at(element, 6), "quantity")?;
    }
    Ok(())
}

/// The code an HI element holds, its parts read in one pass over the element.
fn read(element: Element<'_>) -> Option<Diagnosis<'_>> {
    let mut parts: [Option<&str>; 9] = [None; 9];
    for (slot, bytes) in parts.iter_mut().zip(element.components()) {
        *slot = Some(bytes)
            .filter(|b| !b.is_empty())
            .and_then(|b| std::str::from_utf8(b).ok());
    }
    let [
        qualifier,
        code,
        date_format,
        date,
        amount,
        quantity,
        _,
        _,
        present_on_admission,
    ] = parts;
    Some(Diagnosis {
        qualifier: DiagnosisQualifier::new(qualifier?).ok()?,
        code: code?,
        date_format,
        date,
        amount: amount.and_then(|t| Amount::parse(t).ok()),
        quantity: quantity.and_then(|t| Quantity::parse(t).ok()),
        present_on_admission,
    })
}

impl<'a> Hi<'a> {
    /// The codes given, in order (HI01 first). An empty element is skipped, so a code's place
    /// here is the position SV107 points at only when none is empty; [`numbered`](Self::numbered)
    /// gives the positions.
    pub fn diagnoses(&self) -> impl Iterator<Item = Diagnosis<'_>> {
        let view = self.raw().view();
        view.elements().take(usize::from(CODES)).filter_map(read)
    }

    /// The codes given, each with its 1-based position (HI01 is 1): what an SV107 pointer
    /// names, counting empty elements too.
    ///
    /// ```
    /// # use x12_claims::segments::Hi;
    /// # use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"HI*ABK:F411**ABF:Z7189~";
    /// # let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let hi = Hi::parse(&segment)?;
    /// let codes: Vec<_> = hi.numbered().map(|(n, d)| (n, d.code)).collect();
    /// assert_eq!(codes, [(1, "F411"), (3, "Z7189")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn numbered(&self) -> impl Iterator<Item = (u16, Diagnosis<'_>)> {
        let view = self.raw().view();
        (1..=CODES)
            .zip(view.elements())
            .filter_map(|(position, element)| Some((position, read(element)?)))
    }

    /// The code at a 1-based position (HI01 is 1), as an SV107 pointer names it.
    pub fn diagnosis(&self, position: u16) -> Option<Diagnosis<'_>> {
        if position == 0 || position > CODES {
            return None;
        }
        read(self.raw().view().element(usize::from(position))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_twelve_codes() {
        let hi = Hi::parse(&segment(
            "HI*ABK:A01*ABF:A02*ABF:A03*ABF:A04*ABF:A05*ABF:A06*ABF:A07*ABF:A08*ABF:A09*ABF:A10*ABF:A11*ABF:A12~",
        ))
        .unwrap();
        assert_eq!(hi.diagnoses().count(), 12);
        assert_eq!(hi.diagnosis(12).map(|d| d.code), Some("A12"));
        assert_eq!(hi.diagnosis(13), None);
        assert_eq!(hi.diagnosis(0), None);
    }

    #[test]
    fn reads_the_optional_parts() {
        let hi = Hi::parse(&segment("HI*BG:01*BH:A1:D8:20240101:12.5:2::X:Y~")).unwrap();
        let second = hi.diagnosis(2).unwrap();
        assert_eq!(second.qualifier.as_str(), "BH");
        assert_eq!(
            (second.code, second.date_format, second.date),
            ("A1", Some("D8"), Some("20240101"))
        );
        assert_eq!(
            second.amount.map(|a| a.as_str().to_owned()).as_deref(),
            Some("12.5")
        );
        assert_eq!(
            second.quantity.map(|q| q.as_str().to_owned()).as_deref(),
            Some("2")
        );
        assert_eq!(second.present_on_admission, Some("Y"));
        assert_eq!(hi.first_code(), "01");
    }

    #[test]
    fn errors_name_element_and_component() {
        for (text, message) in [
            (
                "HI*ABK:F411*ABF~",
                "segment 1 HI02-2 (byte 0): required industry code is missing",
            ),
            (
                "HI*ABK~",
                "segment 1 HI01-2 (byte 0): required industry code is missing",
            ),
            (
                "HI*ABK:F411*:Z7189~",
                "segment 1 HI02-1 (byte 0): required code list qualifier code is missing",
            ),
            (
                "HI*ABK:F411*ABF:Z7189:::X~",
                "segment 1 HI02-5 (byte 0): monetary amount: amount \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
            (
                "HI*BG:01*BG:02*BG:03*BG:04*BG:05*BG:06*BG:07*BG:08*BG:09*BG:10*BG:11*BG:12::::X~",
                "segment 1 HI12-6 (byte 0): quantity: quantity \"X\" is not an X12 decimal number (digits with an optional leading minus and decimal point)",
            ),
        ] {
            assert_eq!(Hi::parse(&segment(text)).unwrap_err().to_string(), message);
        }
    }
}
