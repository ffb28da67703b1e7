//! [`PlaceOfService`]: the CMS place of service code set (CLM05-1, SV105, 835 CLP08).
//!
//! The list is maintained by CMS and grows; this is a snapshot of every assigned code. Ranges
//! 28–30, 35–40, 43–48, 59, 63–64, 67–70, 73–80 and 82–98 are unassigned: they still parse, as
//! unknown codes, and the validation layer reports them.

use super::code_set::code_set;

code_set! {
    /// Where a service was rendered: a two-digit CMS place of service code.
    ///
    /// For telehealth, the code depends on **where the patient is** during the visit:
    /// [`TELEHEALTH_IN_HOME`](Self::TELEHEALTH_IN_HOME) (`10`) when at home,
    /// [`TELEHEALTH_OUTSIDE_HOME`](Self::TELEHEALTH_OUTSIDE_HOME) (`02`) anywhere else. Which
    /// code and modifier (95, GT, 93, …) a payer wants is payer policy and belongs in
    /// configuration, not here.
    ///
    /// ```
    /// use x12_claims::codes::PlaceOfService;
    ///
    /// let pos = PlaceOfService::new("11")?;
    /// assert_eq!(pos, PlaceOfService::OFFICE);
    /// assert_eq!(pos.description(), Some("Office"));
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct PlaceOfService;
    example: OFFICE = "11";

    PHARMACY = "01" => "Pharmacy";
    ///
    /// Telehealth provided other than in the patient's home: the patient is somewhere other
    /// than their home (a clinic, a hospital, their workplace) while receiving care over a
    /// telecommunication link. Until 2022 this code was simply "Telehealth" and covered every
    /// telehealth visit; CMS narrowed it when it added `10` (see
    /// [`TELEHEALTH_IN_HOME`](Self::TELEHEALTH_IN_HOME)).
    TELEHEALTH_OUTSIDE_HOME = "02" => "Telehealth, patient not at home";
    SCHOOL = "03" => "School";
    HOMELESS_SHELTER = "04" => "Homeless shelter";
    INDIAN_HEALTH_FREE_STANDING = "05" => "Indian Health Service free-standing facility";
    INDIAN_HEALTH_PROVIDER_BASED = "06" => "Indian Health Service provider-based facility";
    TRIBAL_638_FREE_STANDING = "07" => "Tribal 638 free-standing facility";
    TRIBAL_638_PROVIDER_BASED = "08" => "Tribal 638 provider-based facility";
    PRISON = "09" => "Prison or correctional facility";
    ///
    /// Telehealth provided in the patient's home: the patient is in their own private
    /// residence (not a facility) while receiving care over a telecommunication link. Valid for
    /// dates of service from 2022-01-01; before that, all telehealth used `02`
    /// ([`TELEHEALTH_OUTSIDE_HOME`](Self::TELEHEALTH_OUTSIDE_HOME)). Some payers still ask for
    /// `02` for home visits.
    TELEHEALTH_IN_HOME = "10" => "Telehealth, patient at home";
    OFFICE = "11" => "Office";
    HOME = "12" => "Home (in-person care in a private residence)";
    ASSISTED_LIVING = "13" => "Assisted living facility";
    GROUP_HOME = "14" => "Group home";
    MOBILE_UNIT = "15" => "Mobile unit";
    TEMPORARY_LODGING = "16" => "Temporary lodging";
    WALK_IN_RETAIL_CLINIC = "17" => "Walk-in retail health clinic";
    WORKSITE = "18" => "Place of employment or worksite";
    OFF_CAMPUS_OUTPATIENT_HOSPITAL = "19" => "Off-campus outpatient hospital department";
    URGENT_CARE = "20" => "Urgent care facility";
    INPATIENT_HOSPITAL = "21" => "Inpatient hospital";
    ON_CAMPUS_OUTPATIENT_HOSPITAL = "22" => "On-campus outpatient hospital department";
    EMERGENCY_ROOM = "23" => "Hospital emergency room";
    AMBULATORY_SURGICAL_CENTER = "24" => "Ambulatory surgical center";
    BIRTHING_CENTER = "25" => "Birthing center";
    MILITARY_TREATMENT_FACILITY = "26" => "Military treatment facility";
    OUTREACH_SITE = "27" => "Outreach site or street (care for unsheltered people)";
    SKILLED_NURSING_FACILITY = "31" => "Skilled nursing facility";
    NURSING_FACILITY = "32" => "Nursing facility";
    CUSTODIAL_CARE_FACILITY = "33" => "Custodial care facility";
    HOSPICE = "34" => "Hospice";
    AMBULANCE_LAND = "41" => "Land ambulance";
    AMBULANCE_AIR_OR_WATER = "42" => "Air or water ambulance";
    INDEPENDENT_CLINIC = "49" => "Independent clinic";
    FEDERALLY_QUALIFIED_HEALTH_CENTER = "50" => "Federally qualified health center";
    INPATIENT_PSYCHIATRIC_FACILITY = "51" => "Inpatient psychiatric facility";
    PSYCHIATRIC_PARTIAL_HOSPITALIZATION = "52" => "Psychiatric facility, partial hospitalization";
    COMMUNITY_MENTAL_HEALTH_CENTER = "53" => "Community mental health center";
    INTERMEDIATE_CARE_FACILITY = "54"
        => "Intermediate care facility for individuals with intellectual disabilities";
    RESIDENTIAL_SUBSTANCE_ABUSE_TREATMENT = "55"
        => "Residential substance abuse treatment facility";
    PSYCHIATRIC_RESIDENTIAL_TREATMENT = "56" => "Psychiatric residential treatment center";
    NON_RESIDENTIAL_SUBSTANCE_ABUSE_TREATMENT = "57"
        => "Non-residential substance abuse treatment facility";
    NON_RESIDENTIAL_OPIOID_TREATMENT = "58" => "Non-residential opioid treatment facility";
    MASS_IMMUNIZATION_CENTER = "60" => "Mass immunization center";
    INPATIENT_REHABILITATION = "61" => "Comprehensive inpatient rehabilitation facility";
    OUTPATIENT_REHABILITATION = "62" => "Comprehensive outpatient rehabilitation facility";
    END_STAGE_RENAL_DISEASE = "65" => "End-stage renal disease treatment facility";
    PACE_CENTER = "66" => "Programs of All-Inclusive Care for the Elderly (PACE) center";
    PUBLIC_HEALTH_CLINIC = "71" => "State or local public health clinic";
    RURAL_HEALTH_CLINIC = "72" => "Rural health clinic";
    INDEPENDENT_LABORATORY = "81" => "Independent laboratory";
    OTHER = "99" => "Other place of service";
}

impl PlaceOfService {
    /// True for the two telehealth codes, `02` and `10`.
    ///
    /// ```
    /// use x12_claims::codes::PlaceOfService;
    ///
    /// assert!(PlaceOfService::new("10")?.is_telehealth());
    /// assert!(!PlaceOfService::OFFICE.is_telehealth());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub fn is_telehealth(&self) -> bool {
        matches!(
            *self,
            Self::TELEHEALTH_OUTSIDE_HOME | Self::TELEHEALTH_IN_HOME
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_from_text() {
        let cases = [
            ("01", Some(PlaceOfService::PHARMACY), Some("Pharmacy")),
            (
                "02",
                Some(PlaceOfService::TELEHEALTH_OUTSIDE_HOME),
                Some("Telehealth, patient not at home"),
            ),
            (
                "10",
                Some(PlaceOfService::TELEHEALTH_IN_HOME),
                Some("Telehealth, patient at home"),
            ),
            ("11", Some(PlaceOfService::OFFICE), Some("Office")),
            (
                "99",
                Some(PlaceOfService::OTHER),
                Some("Other place of service"),
            ),
            ("28", None, None),
            ("98", None, None),
            ("1", None, None),
        ];
        for (text, constant, description) in cases {
            let pos = PlaceOfService::new(text).unwrap();
            assert_eq!(pos.as_str(), text);
            if let Some(constant) = constant {
                assert_eq!(pos, constant);
            }
            assert_eq!(pos.description(), description, "{text}");
            assert_eq!(pos.is_known(), description.is_some(), "{text}");
        }
    }

    #[test]
    fn holds_the_whole_assigned_list() {
        assert_eq!(PlaceOfService::KNOWN.len(), 52);
        let unassigned = (28..=30)
            .chain(35..=40)
            .chain(43..=48)
            .chain([59, 63, 64])
            .chain(67..=70)
            .chain(73..=80)
            .chain(82..=98);
        for number in unassigned {
            assert!(
                !PlaceOfService::new(&format!("{number:02}"))
                    .unwrap()
                    .is_known()
            );
        }
    }

    #[test]
    fn constants_match_in_patterns() {
        let where_patient_is = |pos: PlaceOfService| match pos {
            PlaceOfService::TELEHEALTH_IN_HOME => "home",
            PlaceOfService::TELEHEALTH_OUTSIDE_HOME => "elsewhere",
            _ => "in person",
        };
        assert_eq!(where_patient_is(PlaceOfService::new("10").unwrap()), "home");
        assert_eq!(
            where_patient_is(PlaceOfService::new("02").unwrap()),
            "elsewhere"
        );
        assert_eq!(where_patient_is(PlaceOfService::OFFICE), "in person");
        assert!(PlaceOfService::TELEHEALTH_OUTSIDE_HOME.is_telehealth());
        assert!(!PlaceOfService::HOME.is_telehealth());
    }
}
