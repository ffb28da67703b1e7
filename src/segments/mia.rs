//! MIA — inpatient adjudication information (835 loop 2100, institutional claims).
//!
//! | element | holds | use |
//! |---|---|---|
//! | MIA01 | covered days or visits | required |
//! | MIA02 | PPS operating outlier amount | optional |
//! | MIA03 | lifetime psychiatric days | optional |
//! | MIA04 | claim DRG amount | optional |
//! | MIA05 | first claim payment remark code (RARC) | optional |
//! | MIA06 | claim disproportionate share amount | optional |
//! | MIA07 | claim MSP pass-through amount | optional |
//! | MIA08 | claim PPS capital amount | optional |
//! | MIA09 | PPS capital federal specific DRG amount | optional |
//! | MIA10 | PPS capital hospital specific DRG amount | optional |
//! | MIA11 | PPS capital disproportionate share DRG amount | optional |
//! | MIA12 | old capital amount | optional |
//! | MIA13 | PPS capital indirect medical education amount | optional |
//! | MIA14 | PPS operating hospital specific DRG amount | optional |
//! | MIA15 | cost report day count | optional |
//! | MIA16 | PPS operating federal specific DRG amount | optional |
//! | MIA17 | claim PPS capital outlier amount | optional |
//! | MIA18 | claim indirect teaching amount | optional |
//! | MIA19 | non-payable professional component amount | optional |
//! | MIA20–23 | further claim payment remark codes | optional |
//! | MIA24 | PPS capital exception amount | optional |

use crate::codes::Rarc;
use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// MIA — inpatient adjudication: covered days, DRG and capital amounts, remark codes.
    ///
    /// ```
    /// use x12_claims::segments::Mia;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"MIA*0***138018.4~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let mia = Mia::parse(&segment)?;
    /// assert_eq!(mia.covered_days().as_str(), "0");
    /// assert_eq!(mia.drg_amount().map(|a| a.to_string()).as_deref(), Some("138018.4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Mia = "MIA";
    /// MIA01: covered days or visits.
    #[doc(alias = "MIA01")]
    covered_days: Quantity<'s> = required(1), "covered days or visits count";
    /// MIA02: PPS operating outlier amount.
    #[doc(alias = "MIA02")]
    pps_operating_outlier: Amount<'s> = optional(2), "PPS operating outlier amount";
    /// MIA03: lifetime psychiatric days.
    #[doc(alias = "MIA03")]
    lifetime_psychiatric_days: Quantity<'s> = optional(3), "lifetime psychiatric days count";
    /// MIA04: claim DRG amount.
    #[doc(alias = "MIA04")]
    drg_amount: Amount<'s> = optional(4), "claim DRG amount";
    /// MIA05: first remark code.
    #[doc(alias = "MIA05")]
    remark: Rarc = optional(5), "claim payment remark code";
    /// MIA06: claim disproportionate share amount.
    #[doc(alias = "MIA06")]
    disproportionate_share: Amount<'s> = optional(6), "claim disproportionate share amount";
    /// MIA07: claim MSP pass-through amount.
    #[doc(alias = "MIA07")]
    msp_pass_through: Amount<'s> = optional(7), "claim MSP pass-through amount";
    /// MIA08: claim PPS capital amount.
    #[doc(alias = "MIA08")]
    pps_capital: Amount<'s> = optional(8), "claim PPS capital amount";
    /// MIA09: PPS capital federal specific DRG amount.
    #[doc(alias = "MIA09")]
    pps_capital_fsp_drg: Amount<'s> = optional(9), "PPS capital FSP DRG amount";
    /// MIA10: PPS capital hospital specific DRG amount.
    #[doc(alias = "MIA10")]
    pps_capital_hsp_drg: Amount<'s> = optional(10), "PPS capital HSP DRG amount";
    /// MIA11: PPS capital disproportionate share DRG amount.
    #[doc(alias = "MIA11")]
    pps_capital_dsh_drg: Amount<'s> = optional(11), "PPS capital DSH DRG amount";
    /// MIA12: old capital amount.
    #[doc(alias = "MIA12")]
    old_capital: Amount<'s> = optional(12), "old capital amount";
    /// MIA13: PPS capital indirect medical education amount.
    #[doc(alias = "MIA13")]
    pps_capital_ime: Amount<'s> = optional(13), "PPS capital IME amount";
    /// MIA14: PPS operating hospital specific DRG amount.
    #[doc(alias = "MIA14")]
    pps_operating_hsp_drg: Amount<'s> = optional(14), "PPS operating hospital specific DRG amount";
    /// MIA15: cost report day count.
    #[doc(alias = "MIA15")]
    cost_report_days: Quantity<'s> = optional(15), "cost report day count";
    /// MIA16: PPS operating federal specific DRG amount.
    #[doc(alias = "MIA16")]
    pps_operating_fsp_drg: Amount<'s> = optional(16), "PPS operating federal specific DRG amount";
    /// MIA17: claim PPS capital outlier amount.
    #[doc(alias = "MIA17")]
    pps_capital_outlier: Amount<'s> = optional(17), "claim PPS capital outlier amount";
    /// MIA18: claim indirect teaching amount.
    #[doc(alias = "MIA18")]
    indirect_teaching: Amount<'s> = optional(18), "claim indirect teaching amount";
    /// MIA19: non-payable professional component amount.
    #[doc(alias = "MIA19")]
    nonpayable_professional_component: Amount<'s> = optional(19), "nonpayable professional component amount";
    /// MIA20: second remark code.
    #[doc(alias = "MIA20")]
    remark_2: Rarc = optional(20), "claim payment remark code";
    /// MIA21: third remark code.
    #[doc(alias = "MIA21")]
    remark_3: Rarc = optional(21), "claim payment remark code";
    /// MIA22: fourth remark code.
    #[doc(alias = "MIA22")]
    remark_4: Rarc = optional(22), "claim payment remark code";
    /// MIA23: fifth remark code.
    #[doc(alias = "MIA23")]
    remark_5: Rarc = optional(23), "claim payment remark code";
    /// MIA24: PPS capital exception amount.
    #[doc(alias = "MIA24")]
    pps_capital_exception: Amount<'s> = optional(24), "PPS capital exception amount";
}

impl Mia<'_> {
    /// The remark codes present (MIA05, MIA20–23), in order.
    ///
    /// ```
    /// use x12_claims::segments::Mia;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"MIA*2****MA01***************MA02~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let codes: Vec<String> = Mia::parse(&segment)?.remarks().map(|r| r.to_string()).collect();
    /// assert_eq!(codes, ["MA01", "MA02"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remarks(&self) -> impl Iterator<Item = Rarc> + '_ {
        [
            self.remark(),
            self.remark_2(),
            self.remark_3(),
            self.remark_4(),
            self.remark_5(),
        ]
        .into_iter()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_amounts_and_remarks() {
        let mia = Mia::parse(&segment("MIA*5*10.5**1200*MA01**********3*****N1~")).unwrap();
        assert_eq!(mia.covered_days().as_str(), "5");
        assert_eq!(mia.pps_operating_outlier().unwrap().as_str(), "10.5");
        assert_eq!(mia.drg_amount().unwrap().as_str(), "1200");
        assert_eq!(mia.cost_report_days().unwrap().as_str(), "3");
        let remarks: Vec<String> = mia.remarks().map(|r| r.to_string()).collect();
        assert_eq!(remarks, ["MA01", "N1"]);
    }

    #[test]
    fn covered_days_are_required() {
        assert_eq!(
            Mia::parse(&segment("MIA**1~")).unwrap_err().to_string(),
            "segment 1 MIA01 (byte 0): required covered days or visits count is missing"
        );
    }
}
