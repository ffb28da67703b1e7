//! TS2 — provider supplemental summary information (835 loop 2000; institutional DRG totals).
//!
//! | element | holds | use |
//! |---|---|---|
//! | TS201 | total DRG amount | optional |
//! | TS202 | total federal specific amount | optional |
//! | TS203 | total hospital specific amount | optional |
//! | TS204 | total disproportionate share amount | optional |
//! | TS205 | total capital amount | optional |
//! | TS206 | total indirect medical education amount | optional |
//! | TS207 | total outlier day count | optional |
//! | TS208 | total day outlier amount | optional |
//! | TS209 | total cost outlier amount | optional |
//! | TS210 | average DRG length of stay | optional |
//! | TS211 | total discharge count | optional |
//! | TS212 | total cost report day count | optional |
//! | TS213 | total covered day count | optional |
//! | TS214 | total non-covered day count | optional |
//! | TS215 | total MSP pass-through amount | optional |
//! | TS216 | average DRG weight | optional |
//! | TS217 | total PPS capital federal specific DRG amount | optional |
//! | TS218 | total PPS capital hospital specific DRG amount | optional |
//! | TS219 | total PPS disproportionate share hospital DRG amount | optional |

use crate::element::{Amount, Quantity};
use crate::segments::field::typed_segment;

typed_segment! {
    /// TS2 — DRG and outlier totals for one provider's group of institutional claims.
    ///
    /// ```
    /// use x12_claims::segments::Ts2;
    /// use x12_claims::syntax::{Delimiters, Segments};
    /// let text = b"TS2*59786.6*55375.77~";
    /// let segment = Segments::resume(text, 0, 0, Delimiters::default()).next().ok_or("none")??;
    /// let ts2 = Ts2::parse(&segment)?;
    /// assert_eq!(ts2.total_drg().map(|a| a.to_string()).as_deref(), Some("59786.6"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Ts2 = "TS2";
    /// TS201: total DRG amount.
    #[doc(alias = "TS201")]
    total_drg: Amount<'s> = optional(1), "total DRG amount";
    /// TS202: total federal specific amount.
    #[doc(alias = "TS202")]
    total_federal_specific: Amount<'s> = optional(2), "total federal specific amount";
    /// TS203: total hospital specific amount.
    #[doc(alias = "TS203")]
    total_hospital_specific: Amount<'s> = optional(3), "total hospital specific amount";
    /// TS204: total disproportionate share amount.
    #[doc(alias = "TS204")]
    total_disproportionate_share: Amount<'s> = optional(4), "total disproportionate share amount";
    /// TS205: total capital amount.
    #[doc(alias = "TS205")]
    total_capital: Amount<'s> = optional(5), "total capital amount";
    /// TS206: total indirect medical education amount.
    #[doc(alias = "TS206")]
    total_indirect_medical_education: Amount<'s> = optional(6), "total indirect medical education amount";
    /// TS207: total outlier day count.
    #[doc(alias = "TS207")]
    total_outlier_days: Quantity<'s> = optional(7), "total outlier day count";
    /// TS208: total day outlier amount.
    #[doc(alias = "TS208")]
    total_day_outlier: Amount<'s> = optional(8), "total day outlier amount";
    /// TS209: total cost outlier amount.
    #[doc(alias = "TS209")]
    total_cost_outlier: Amount<'s> = optional(9), "total cost outlier amount";
    /// TS210: average DRG length of stay.
    #[doc(alias = "TS210")]
    average_length_of_stay: Quantity<'s> = optional(10), "average DRG length of stay";
    /// TS211: total discharge count.
    #[doc(alias = "TS211")]
    total_discharges: Quantity<'s> = optional(11), "total discharge count";
    /// TS212: total cost report day count.
    #[doc(alias = "TS212")]
    total_cost_report_days: Quantity<'s> = optional(12), "total cost report day count";
    /// TS213: total covered day count.
    #[doc(alias = "TS213")]
    total_covered_days: Quantity<'s> = optional(13), "total covered day count";
    /// TS214: total non-covered day count.
    #[doc(alias = "TS214")]
    total_noncovered_days: Quantity<'s> = optional(14), "total noncovered day count";
    /// TS215: total MSP pass-through amount.
    #[doc(alias = "TS215")]
    total_msp_pass_through: Amount<'s> = optional(15), "total MSP pass-through amount";
    /// TS216: average DRG weight.
    #[doc(alias = "TS216")]
    average_drg_weight: Quantity<'s> = optional(16), "average DRG weight";
    /// TS217: total PPS capital federal specific DRG amount.
    #[doc(alias = "TS217")]
    total_pps_capital_fsp_drg: Amount<'s> = optional(17), "total PPS capital FSP DRG amount";
    /// TS218: total PPS capital hospital specific DRG amount.
    #[doc(alias = "TS218")]
    total_pps_capital_hsp_drg: Amount<'s> = optional(18), "total PPS capital HSP DRG amount";
    /// TS219: total PPS disproportionate share hospital DRG amount.
    #[doc(alias = "TS219")]
    total_pps_dsh_drg: Amount<'s> = optional(19), "total PPS DSH DRG amount";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;

    #[test]
    fn reads_amounts_and_counts() {
        let ts2 = Ts2::parse(&segment("TS2*100*****5*2*****3.5~")).unwrap();
        assert_eq!(ts2.total_drg().unwrap().as_str(), "100");
        assert_eq!(
            ts2.total_indirect_medical_education().unwrap().as_str(),
            "5"
        );
        assert_eq!(ts2.total_outlier_days().unwrap().as_str(), "2");
        assert_eq!(ts2.total_discharges(), None);
        assert_eq!(ts2.total_cost_report_days().unwrap().as_str(), "3.5");
        assert!(ts2.average_drg_weight().is_none());
        assert!(Ts2::parse(&segment("TS2*X~")).is_err());
    }
}
