//! What the 837P guide asks of a segment in one loop, beyond what it asks of that segment in
//! every loop (`segments::usage`, `segments::code_lists`): NM103 is required in the payer's name
//! loop (2010BB) and not used in the pay-to address (2010AB); NM108 is `PI` or `XV` for a payer
//! and `XX` for a provider; a claim's REF01 is one of the fourteen references the guide lists in
//! 2300, and the DTP02 of each date is `D8` or `RD8` as that date allows. Facts of the guide,
//! which the conformance check compares with the maps of an independent guide validator.
//!
//! Reading keeps such a segment as it is, so that nothing is lost; the claim rules report it
//! (`837P-S6` for a code, `837P-S8` for an element sent or left out). Not held here:
//!
//! * HL03 and HL04, which decide a level's kind and which the hierarchy rule (P05) checks, and
//!   the subscriber level's SBR02, which P06 checks;
//! * the qualifiers of a claim's HI segments, which the diagnosis rule (P16) checks, since it
//!   knows which HI comes first;
//! * codes kept in external lists: places of service (P14), states and provinces
//!   ([`crate::codes::StateOrProvince`]) and countries ([`crate::codes::Country`]), held in
//!   every N4 and CLM11, adjustment reasons and remark codes (held to their codes' form) and
//!   currencies.

use crate::segments::loop_uses::LoopElements;
use LoopElements as E;

/// The uses of segment `id` in loop `loop_id` (`"2010BB"`), in the guide's order; empty when
/// the guide asks nothing of it there beyond what it asks everywhere.
#[rustfmt::skip]
pub(crate) fn loop_elements(loop_id: &str, id: &[u8]) -> &'static [LoopElements] {
    match (loop_id, id) {
        ("1000A", b"NM1") => &[
            // Submitter Name
            E(&[3, 8, 9], &[7], &[(1, 0, &["41"]), (2, 0, &["1", "2"]), (8, 0, &["46"])]),
        ],
        ("1000A", b"PER") => &[
            // Submitter EDI Contact Information
            E(&[], &[], &[
                (3, 0, &["ED", "EM", "FX", "TE"]),
                (5, 0, &["ED", "EM", "EX", "FX", "TE"]),
                (7, 0, &["ED", "EM", "EX", "FX", "TE"]),
            ]),
        ],
        ("1000B", b"NM1") => &[
            // Receiver Name
            E(&[3, 8, 9], &[4, 5, 7], &[(1, 0, &["40"]), (2, 0, &["2"]), (8, 0, &["46"])]),
        ],
        ("2000A", b"HL") => &[
            // Billing Provider Hierarchical Level
            E(&[], &[2], &[]),
        ],
        ("2000A", b"PRV") => &[
            // Billing Provider Specialty Information
            E(&[], &[], &[(1, 0, &["BI"])]),
        ],
        ("2010AA", b"NM1") => &[
            // Billing Provider Name
            E(&[3], &[], &[(1, 0, &["85"]), (2, 0, &["1", "2"]), (8, 0, &["XX"])]),
        ],
        ("2010AA", b"REF") => &[
            // Billing Provider Tax Identification
            E(&[], &[4], &[(1, 0, &["EI", "SY"])]),
            // Billing Provider UPIN/License Information
            E(&[], &[4], &[(1, 0, &["0B", "1G"])]),
        ],
        ("2010AA", b"PER") => &[
            // Billing Provider Contact Information
            E(&[], &[], &[
                (3, 0, &["EM", "FX", "TE"]),
                (5, 0, &["EM", "EX", "FX", "TE"]),
                (7, 0, &["EM", "EX", "FX", "TE"]),
            ]),
        ],
        ("2010AB", b"NM1") => &[
            // Pay-to Address Name
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["87"]), (2, 0, &["1", "2"])]),
        ],
        ("2010AC", b"NM1") => &[
            // Pay-To Plan Name
            E(&[3, 8, 9], &[4, 5, 7], &[(1, 0, &["PE"]), (2, 0, &["2"]), (8, 0, &["PI", "XV"])]),
        ],
        ("2010AC", b"REF") => &[
            // Pay-to Plan Secondary Identification
            E(&[], &[4], &[(1, 0, &["2U", "FY", "NF"])]),
            // Pay-To Plan Tax Identification Number
            E(&[], &[4], &[(1, 0, &["EI"])]),
        ],
        ("2000B", b"HL") => &[
            // Subscriber Hierarchical Level
            E(&[2], &[], &[]),
        ],
        ("2000B", b"PAT") => &[
            // Patient Information
            E(&[], &[1], &[]),
        ],
        ("2010BA", b"NM1") => &[
            // Subscriber Name
            E(&[3, 8, 9], &[], &[(1, 0, &["IL"]), (2, 0, &["1", "2"]), (8, 0, &["II", "MI"])]),
        ],
        ("2010BA", b"REF") => &[
            // Subscriber Secondary Identification
            E(&[], &[4], &[(1, 0, &["SY"])]),
            // Property and Casualty Claim Number
            E(&[], &[4], &[(1, 0, &["Y4"])]),
        ],
        ("2010BA", b"PER") => &[
            // Property and Casualty Subscriber Contact Information
            E(&[], &[7, 8], &[(3, 0, &["TE"]), (5, 0, &["EX"])]),
        ],
        ("2010BB", b"NM1") => &[
            // Payer Name
            E(&[3, 8, 9], &[4, 5, 7], &[(1, 0, &["PR"]), (2, 0, &["2"]), (8, 0, &["PI", "XV"])]),
        ],
        ("2010BB", b"REF") => &[
            // Payer Secondary Identification
            E(&[], &[4], &[(1, 0, &["2U", "EI", "FY", "NF"])]),
            // Billing Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["G2", "LU"])]),
        ],
        ("2300", b"DTP") => &[
            // Date - Onset of Current Illness or Symptom
            E(&[], &[], &[(1, 0, &["431"]), (2, 0, &["D8"])]),
            // Date - Initial Treatment Date
            E(&[], &[], &[(1, 0, &["454"]), (2, 0, &["D8"])]),
            // Date - Last Seen Date
            E(&[], &[], &[(1, 0, &["304"]), (2, 0, &["D8"])]),
            // Date - Acute Manifestation
            E(&[], &[], &[(1, 0, &["453"]), (2, 0, &["D8"])]),
            // Date - Accident
            E(&[], &[], &[(1, 0, &["439"]), (2, 0, &["D8"])]),
            // Date - Last Menstrual Period
            E(&[], &[], &[(1, 0, &["484"]), (2, 0, &["D8"])]),
            // Date - Last X-ray Date
            E(&[], &[], &[(1, 0, &["455"]), (2, 0, &["D8"])]),
            // Date - Hearing and Vision Prescription Date
            E(&[], &[], &[(1, 0, &["471"]), (2, 0, &["D8"])]),
            // Date - Disability Dates
            E(&[], &[], &[(1, 0, &["314", "360", "361"]), (2, 0, &["D8", "RD8"])]),
            // Date - Last Worked
            E(&[], &[], &[(1, 0, &["297"]), (2, 0, &["D8"])]),
            // Date - Authorized Return to Work
            E(&[], &[], &[(1, 0, &["296"]), (2, 0, &["D8"])]),
            // Date - Admission
            E(&[], &[], &[(1, 0, &["435"]), (2, 0, &["D8"])]),
            // Date - Discharge
            E(&[], &[], &[(1, 0, &["096"]), (2, 0, &["D8"])]),
            // Date - Assumed and Relinquished Care Dates
            E(&[], &[], &[(1, 0, &["090", "091"]), (2, 0, &["D8"])]),
            // Date - Property and Casualty Date of First Contact
            E(&[], &[], &[(1, 0, &["444"]), (2, 0, &["D8"])]),
            // Date - Repricer Received Date
            E(&[], &[], &[(1, 0, &["050"]), (2, 0, &["D8"])]),
        ],
        ("2300", b"PWK") => &[
            // Claim Supplemental Information
            E(&[], &[], &[
                (1, 0, &[
                    "03", "04", "05", "06", "07", "08", "09", "10", "11", "13", "15", "21", "A3",
                    "A4", "AM", "AS", "B2", "B3", "B4", "BR", "BS", "BT", "CB", "CK", "CT", "D2",
                    "DA", "DB", "DG", "DJ", "DS", "EB", "HC", "HR", "I5", "IR", "LA", "M1", "MT",
                    "NN", "OB", "OC", "OD", "OE", "OX", "OZ", "P4", "P5", "PE", "PN", "PO", "PQ",
                    "PY", "PZ", "RB", "RR", "RT", "RX", "SG", "V5", "XP",
                ]),
                (2, 0, &["AA", "BM", "EL", "EM", "FT", "FX"]),
            ]),
        ],
        ("2300", b"AMT") => &[
            // Patient Amount Paid
            E(&[], &[], &[(1, 0, &["F5"])]),
        ],
        ("2300", b"REF") => &[
            // Service Authorization Exception Code
            E(&[], &[4], &[(1, 0, &["4N"])]),
            // Mandatory Medicare (Section 4081) Crossover Indicator
            E(&[], &[4], &[(1, 0, &["F5"])]),
            // Mammography Certification Number
            E(&[], &[4], &[(1, 0, &["EW"])]),
            // Referral Number
            E(&[], &[4], &[(1, 0, &["9F"])]),
            // Prior Authorization
            E(&[], &[4], &[(1, 0, &["G1"])]),
            // Payer Claim Control Number
            E(&[], &[4], &[(1, 0, &["F8"])]),
            // Clinical Laboratory Improvement Amendment (CLIA) Number
            E(&[], &[4], &[(1, 0, &["X4"])]),
            // Repriced Claim Number
            E(&[], &[4], &[(1, 0, &["9A"])]),
            // Adjusted Repriced Claim Number
            E(&[], &[4], &[(1, 0, &["9C"])]),
            // Investigational Device Exemption Number
            E(&[], &[4], &[(1, 0, &["LX"])]),
            // Claim Identifier For Transmission Intermediaries
            E(&[], &[4], &[(1, 0, &["D9"])]),
            // Medical Record Number
            E(&[], &[4], &[(1, 0, &["EA"])]),
            // Demonstration Project Identifier
            E(&[], &[4], &[(1, 0, &["P4"])]),
            // Care Plan Oversight
            E(&[], &[4], &[(1, 0, &["1J"])]),
        ],
        ("2300", b"NTE") => &[
            // Claim Note
            E(&[], &[], &[(1, 0, &["ADD", "CER", "DCP", "DGN", "TPO"])]),
        ],
        ("2300", b"CRC") => &[
            // Ambulance Certification
            E(&[], &[], &[
                (1, 0, &["07"]),
                (2, 0, &["N", "Y"]),
                (3, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (4, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (5, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (6, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (7, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
            ]),
            // Patient Condition Information: Vision
            E(&[], &[], &[
                (1, 0, &["E1", "E2", "E3"]),
                (2, 0, &["N", "Y"]),
                (3, 0, &["L1", "L2", "L3", "L4", "L5"]),
                (4, 0, &["L1", "L2", "L3", "L4", "L5"]),
                (5, 0, &["L1", "L2", "L3", "L4", "L5"]),
                (6, 0, &["L1", "L2", "L3", "L4", "L5"]),
                (7, 0, &["L1", "L2", "L3", "L4", "L5"]),
            ]),
            // Homebound Indicator
            E(&[], &[4, 5, 6, 7], &[(1, 0, &["75"]), (2, 0, &["Y"]), (3, 0, &["IH"])]),
            // EPSDT Referral
            E(&[], &[6, 7], &[
                (1, 0, &["ZZ"]),
                (2, 0, &["N", "Y"]),
                (3, 0, &["AV", "NU", "S2", "ST"]),
                (4, 0, &["AV", "NU", "S2", "ST"]),
                (5, 0, &["AV", "NU", "S2", "ST"]),
            ]),
        ],
        ("2300", b"HI") => &[
            // Health Care Diagnosis Code (the other qualifiers are P16's: ABF after ABK, BF
            // after BK)
            E(&[], &[], &[(1, 1, &["ABK", "BK"])]),
            // Anesthesia Related Procedure
            E(&[], &[3, 4, 5, 6, 7, 8, 9, 10, 11, 12], &[(1, 1, &["BP"]), (2, 1, &["BO"])]),
            // Condition Information
            E(&[], &[], &[
                (1, 1, &["BG"]),
                (2, 1, &["BG"]),
                (3, 1, &["BG"]),
                (4, 1, &["BG"]),
                (5, 1, &["BG"]),
                (6, 1, &["BG"]),
                (7, 1, &["BG"]),
                (8, 1, &["BG"]),
                (9, 1, &["BG"]),
                (10, 1, &["BG"]),
                (11, 1, &["BG"]),
                (12, 1, &["BG"]),
            ]),
        ],
        ("2300", b"HCP") => &[
            // Claim Pricing/Repricing Information
            E(&[], &[9, 10, 11, 12], &[
                (1, 0, &[
                    "00", "01", "02", "03", "04", "05", "07", "08", "09", "10", "11", "12", "13",
                    "14",
                ]),
            ]),
        ],
        ("2310A", b"NM1") => &[
            // Referring Provider Name
            E(&[3], &[], &[(1, 0, &["DN", "P3"]), (2, 0, &["1"]), (8, 0, &["XX"])]),
        ],
        ("2310A", b"REF") => &[
            // Referring Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2"])]),
        ],
        ("2310B", b"NM1") => &[
            // Rendering Provider Name
            E(&[3], &[], &[(1, 0, &["82"]), (2, 0, &["1", "2"]), (8, 0, &["XX"])]),
        ],
        ("2310B", b"PRV") => &[
            // Rendering Provider Specialty Information
            E(&[], &[], &[(1, 0, &["PE"])]),
        ],
        ("2310B", b"REF") => &[
            // Rendering Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2310C", b"NM1") => &[
            // Service Facility Location Name
            E(&[3], &[4, 5, 7], &[(1, 0, &["77"]), (2, 0, &["2"]), (8, 0, &["XX"])]),
        ],
        ("2310C", b"REF") => &[
            // Service Facility Location Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "G2", "LU"])]),
        ],
        ("2310C", b"PER") => &[
            // Service Facility Contact Information
            E(&[], &[7, 8], &[(3, 0, &["TE"]), (5, 0, &["EX"])]),
        ],
        ("2310D", b"NM1") => &[
            // Supervising Provider Name
            E(&[3], &[], &[(1, 0, &["DQ"]), (2, 0, &["1"]), (8, 0, &["XX"])]),
        ],
        ("2310D", b"REF") => &[
            // Supervising Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2310E", b"NM1") => &[
            // Ambulance Pick-up Location
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["PW"]), (2, 0, &["2"])]),
        ],
        ("2310F", b"NM1") => &[
            // Ambulance Drop-off Location
            E(&[], &[4, 5, 7, 8, 9], &[(1, 0, &["45"]), (2, 0, &["2"])]),
        ],
        ("2320", b"SBR") => &[
            // Other Subscriber Information
            E(&[2], &[], &[(2, 0, &["01", "18", "19", "20", "21", "39", "40", "53", "G8"])]),
        ],
        ("2320", b"AMT") => &[
            // Coordination of Benefits (COB) Payer Paid Amount
            E(&[], &[], &[(1, 0, &["D"])]),
            // Coordination of Benefits (COB) Total Non-Covered Amount
            E(&[], &[], &[(1, 0, &["A8"])]),
            // Remaining Patient Liability
            E(&[], &[], &[(1, 0, &["EAF"])]),
        ],
        ("2330A", b"NM1") => &[
            // Other Subscriber Name
            E(&[3, 8, 9], &[], &[(1, 0, &["IL"]), (2, 0, &["1", "2"]), (8, 0, &["II", "MI"])]),
        ],
        ("2330A", b"REF") => &[
            // Other Subscriber Secondary Identification
            E(&[], &[4], &[(1, 0, &["SY"])]),
        ],
        ("2330B", b"NM1") => &[
            // Other Payer Name
            E(&[3, 8, 9], &[4, 5, 7], &[(1, 0, &["PR"]), (2, 0, &["2"]), (8, 0, &["PI", "XV"])]),
        ],
        ("2330B", b"DTP") => &[
            // Claim Check or Remittance Date
            E(&[], &[], &[(1, 0, &["573"]), (2, 0, &["D8"])]),
        ],
        ("2330B", b"REF") => &[
            // Other Payer Secondary Identifier
            E(&[], &[4], &[(1, 0, &["2U", "EI", "FY", "NF"])]),
            // Other Payer Prior Authorization Number
            E(&[], &[4], &[(1, 0, &["G1"])]),
            // Other Payer Referral Number
            E(&[], &[4], &[(1, 0, &["9F"])]),
            // Other Payer Claim Adjustment Indicator
            E(&[], &[4], &[(1, 0, &["T4"])]),
            // Other Payer Claim Control Number
            E(&[], &[4], &[(1, 0, &["F8"])]),
        ],
        ("2330C", b"NM1") => &[
            // Other Payer Referring Provider
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["DN", "P3"]), (2, 0, &["1"])]),
        ],
        ("2330C", b"REF") => &[
            // Other Payer Referring Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2"])]),
        ],
        ("2330D", b"NM1") => &[
            // Other Payer Rendering Provider
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["82"]), (2, 0, &["1", "2"])]),
        ],
        ("2330D", b"REF") => &[
            // Other Payer Rendering Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2330E", b"NM1") => &[
            // Other Payer Service Facility Location
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["77"]), (2, 0, &["2"])]),
        ],
        ("2330E", b"REF") => &[
            // Other Payer Service Facility Location Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "G2", "LU"])]),
        ],
        ("2330F", b"NM1") => &[
            // Other Payer Supervising Provider
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["DQ"]), (2, 0, &["1"])]),
        ],
        ("2330F", b"REF") => &[
            // Other Payer Supervising Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2330G", b"NM1") => &[
            // Other Payer Billing Provider
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["85"]), (2, 0, &["1", "2"])]),
        ],
        ("2330G", b"REF") => &[
            // Other Payer Billing Provider Secondary Identification
            E(&[], &[4], &[(1, 0, &["G2", "LU"])]),
        ],
        ("2400", b"PWK") => &[
            // Line Supplemental Information
            E(&[], &[], &[
                (1, 0, &[
                    "03", "04", "05", "06", "07", "08", "09", "10", "11", "13", "15", "21", "A3",
                    "A4", "AM", "AS", "B2", "B3", "B4", "BR", "BS", "BT", "CB", "CK", "CT", "D2",
                    "DA", "DB", "DG", "DJ", "DS", "EB", "HC", "HR", "I5", "IR", "LA", "M1", "MT",
                    "NN", "OB", "OC", "OD", "OE", "OX", "OZ", "P4", "P5", "PE", "PN", "PO", "PQ",
                    "PY", "PZ", "RB", "RR", "RT", "RX", "SG", "V5", "XP",
                ]),
                (2, 0, &["AA", "BM", "EL", "EM", "FT", "FX"]),
            ]),
            // Durable Medical Equipment Certificate of Medical Necessity Indicator
            E(&[], &[5, 6], &[(1, 0, &["CT"]), (2, 0, &["AB", "AD", "AF", "AG", "NS"])]),
        ],
        ("2400", b"CRC") => &[
            // Ambulance Certification
            E(&[], &[], &[
                (1, 0, &["07"]),
                (2, 0, &["N", "Y"]),
                (3, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (4, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (5, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (6, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
                (7, 0, &["01", "04", "05", "06", "07", "08", "09", "12"]),
            ]),
            // Hospice Employee Indicator
            E(&[], &[4, 5, 6, 7], &[(1, 0, &["70"]), (2, 0, &["N", "Y"]), (3, 0, &["65"])]),
            // Condition Indicator/Durable Medical Equipment
            E(&[], &[5, 6, 7], &[
                (1, 0, &["09"]),
                (2, 0, &["N", "Y"]),
                (3, 0, &["38", "ZV"]),
                (4, 0, &["38", "ZV"]),
            ]),
        ],
        ("2400", b"DTP") => &[
            // Date - Service Date
            E(&[], &[], &[(1, 0, &["472"]), (2, 0, &["D8", "RD8"])]),
            // Date - Prescription Date
            E(&[], &[], &[(1, 0, &["471"]), (2, 0, &["D8"])]),
            // DATE - Certification Revision/Recertification Date
            E(&[], &[], &[(1, 0, &["607"]), (2, 0, &["D8"])]),
            // Date - Begin Therapy Date
            E(&[], &[], &[(1, 0, &["463"]), (2, 0, &["D8"])]),
            // Date - Last Certification Date
            E(&[], &[], &[(1, 0, &["461"]), (2, 0, &["D8"])]),
            // Date - Last Seen Date
            E(&[], &[], &[(1, 0, &["304"]), (2, 0, &["D8"])]),
            // Date - Test Date
            E(&[], &[], &[(1, 0, &["738", "739"]), (2, 0, &["D8"])]),
            // Date - Shipped Date
            E(&[], &[], &[(1, 0, &["011"]), (2, 0, &["D8"])]),
            // Date - Last X-ray Date
            E(&[], &[], &[(1, 0, &["455"]), (2, 0, &["D8"])]),
            // Date - Initial Treatment Date
            E(&[], &[], &[(1, 0, &["454"]), (2, 0, &["D8"])]),
        ],
        ("2400", b"QTY") => &[
            // Ambulance Patient Count
            E(&[], &[], &[(1, 0, &["PT"])]),
            // Obstetric Anesthesia Additional Units
            E(&[], &[], &[(1, 0, &["FL"])]),
        ],
        ("2400", b"REF") => &[
            // Repriced Line Item Reference Number
            E(&[], &[4], &[(1, 0, &["9B"])]),
            // Adjusted Repriced Line Item Reference Number
            E(&[], &[4], &[(1, 0, &["9D"])]),
            // Prior Authorization
            E(&[], &[], &[(1, 0, &["G1"])]),
            // Line Item Control Number
            E(&[], &[4], &[(1, 0, &["6R"])]),
            // Mammography Certification Number
            E(&[], &[4], &[(1, 0, &["EW"])]),
            // Clinical Laboratory Improvement Amendment (CLIA) Number
            E(&[], &[4], &[(1, 0, &["X4"])]),
            // Referring Clinical Laboratory Improvement Amendment (CLIA) Facility Identification
            E(&[], &[4], &[(1, 0, &["F4"])]),
            // Immunization Batch Number
            E(&[], &[4], &[(1, 0, &["BT"])]),
            // Referral Number
            E(&[], &[], &[(1, 0, &["9F"])]),
        ],
        ("2400", b"AMT") => &[
            // Sales Tax Amount
            E(&[], &[], &[(1, 0, &["T"])]),
            // Postage Claimed Amount
            E(&[], &[], &[(1, 0, &["F4"])]),
        ],
        ("2400", b"NTE") => &[
            // Line Note
            E(&[], &[], &[(1, 0, &["ADD", "DCP"])]),
            // Third Party Organization Notes
            E(&[], &[], &[(1, 0, &["TPO"])]),
        ],
        ("2400", b"HCP") => &[
            // Line Pricing/Repricing Information
            E(&[], &[], &[
                (1, 0, &[
                    "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                    "13", "14",
                ]),
            ]),
        ],
        ("2410", b"REF") => &[
            // Prescription or Compound Drug Association Number
            E(&[], &[4], &[(1, 0, &["VY", "XZ"])]),
        ],
        ("2420A", b"NM1") => &[
            // Rendering Provider Name
            E(&[3], &[], &[(1, 0, &["82"]), (2, 0, &["1", "2"]), (8, 0, &["XX"])]),
        ],
        ("2420A", b"PRV") => &[
            // Rendering Provider Specialty Information
            E(&[], &[], &[(1, 0, &["PE"])]),
        ],
        ("2420A", b"REF") => &[
            // Rendering Provider Secondary Identification
            E(&[], &[], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2420B", b"NM1") => &[
            // Purchased Service Provider Name
            E(&[], &[3, 4, 5, 7], &[(1, 0, &["QB"]), (2, 0, &["1", "2"]), (8, 0, &["XX"])]),
        ],
        ("2420B", b"REF") => &[
            // Purchased Service Provider Secondary Identification
            E(&[], &[], &[(1, 0, &["0B", "1G", "G2"])]),
        ],
        ("2420C", b"NM1") => &[
            // Service Facility Location Name
            E(&[3], &[4, 5, 7], &[(1, 0, &["77"]), (2, 0, &["2"]), (8, 0, &["XX"])]),
        ],
        ("2420C", b"REF") => &[
            // Service Facility Location Secondary Identification
            E(&[], &[], &[(1, 0, &["G2", "LU"])]),
        ],
        ("2420D", b"NM1") => &[
            // Supervising Provider Name
            E(&[3], &[], &[(1, 0, &["DQ"]), (2, 0, &["1"]), (8, 0, &["XX"])]),
        ],
        ("2420D", b"REF") => &[
            // Supervising Provider Secondary Identification
            E(&[], &[], &[(1, 0, &["0B", "1G", "G2", "LU"])]),
        ],
        ("2420E", b"NM1") => &[
            // Ordering Provider Name
            E(&[3], &[], &[(1, 0, &["DK"]), (2, 0, &["1"]), (8, 0, &["XX"])]),
        ],
        ("2420E", b"REF") => &[
            // Ordering Provider Secondary Identification
            E(&[], &[], &[(1, 0, &["0B", "1G", "G2"])]),
        ],
        ("2420E", b"PER") => &[
            // Ordering Provider Contact Information
            E(&[], &[], &[
                (3, 0, &["EM", "FX", "TE"]),
                (5, 0, &["EM", "EX", "FX", "TE"]),
                (7, 0, &["EM", "EX", "FX", "TE"]),
            ]),
        ],
        ("2420F", b"NM1") => &[
            // Referring Provider Name
            E(&[3], &[], &[(1, 0, &["DN", "P3"]), (2, 0, &["1"]), (8, 0, &["XX"])]),
        ],
        ("2420F", b"REF") => &[
            // Referring Provider Secondary Identification
            E(&[], &[], &[(1, 0, &["0B", "1G", "G2"])]),
        ],
        ("2420G", b"NM1") => &[
            // Ambulance Pick-up Location
            E(&[], &[3, 4, 5, 7, 8, 9], &[(1, 0, &["PW"]), (2, 0, &["2"])]),
        ],
        ("2420H", b"NM1") => &[
            // Ambulance Drop-off Location
            E(&[], &[4, 5, 7, 8, 9], &[(1, 0, &["45"]), (2, 0, &["2"])]),
        ],
        ("2430", b"DTP") => &[
            // Line Check or Remittance Date
            E(&[], &[], &[(1, 0, &["573"]), (2, 0, &["D8"])]),
        ],
        ("2430", b"AMT") => &[
            // Remaining Patient Liability
            E(&[], &[], &[(1, 0, &["EAF"])]),
        ],
        ("2000C", b"HL") => &[
            // Patient Hierarchical Level
            E(&[2], &[], &[]),
        ],
        ("2000C", b"PAT") => &[
            // Patient Information
            E(&[1], &[], &[]),
        ],
        ("2010CA", b"NM1") => &[
            // Patient Name
            E(&[3], &[8, 9], &[(1, 0, &["QC"]), (2, 0, &["1"])]),
        ],
        ("2010CA", b"REF") => &[
            // Property and Casualty Claim Number
            E(&[], &[4], &[(1, 0, &["Y4"])]),
            // Property and Casualty Patient Identifier
            E(&[], &[4], &[(1, 0, &["1W", "SY"])]),
        ],
        ("2010CA", b"PER") => &[
            // Property and Casualty Patient Contact Information
            E(&[], &[7, 8], &[(3, 0, &["TE"]), (5, 0, &["EX"])]),
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::loop_uses::LAST_CODED;

    /// Every loop id and segment id the table could be asked for.
    fn every_use() -> Vec<&'static LoopElements> {
        let loops = [
            "1000A", "1000B", "2000A", "2000B", "2000C", "2010AA", "2010AB", "2010AC",
        ];
        let loops = loops
            .into_iter()
            .chain(["2010BA", "2010BB", "2010CA", "2300", "2310A"]);
        let loops = loops.chain(["2310B", "2310C", "2310D", "2310E", "2310F", "2320", "2330A"]);
        let loops = loops.chain(["2330B", "2330C", "2330D", "2330E", "2330F", "2330G", "2400"]);
        let loops = loops.chain(["2410", "2420A", "2420B", "2420C", "2420D", "2420E", "2420F"]);
        let loops: Vec<&str> = loops.chain(["2420G", "2420H", "2430", "2440"]).collect();
        let segments = [
            "NM1", "N3", "N4", "REF", "PER", "PRV", "HL", "SBR", "PAT", "DMG", "CLM",
        ];
        let segments = segments.into_iter().chain([
            "DTP", "PWK", "AMT", "NTE", "CRC", "HI", "HCP", "CAS", "OI", "MOA", "LX", "SV1", "QTY",
            "CUR", "CN1", "K3", "CR1", "CR2", "LIN", "CTP", "SVD", "FRM", "MEA", "PS1", "SV5",
            "CR3",
        ]);
        let segments: Vec<&str> = segments.collect();
        loops
            .iter()
            .flat_map(|l| {
                segments
                    .iter()
                    .flat_map(move |s| loop_elements(l, s.as_bytes()))
            })
            .collect()
    }

    #[test]
    fn the_table_is_found_under_the_loop_ids_the_tree_uses() {
        // 154 uses of a segment in a loop (the conformance check holds each to the map).
        assert_eq!(every_use().len(), 154);
    }

    #[test]
    fn positions_are_within_what_the_check_reads() {
        for uses in every_use() {
            for element in uses.0.iter().chain(uses.1) {
                assert!((1..64).contains(element), "{uses:?}");
            }
            for row in uses.codes() {
                assert!((1..=LAST_CODED).contains(&row.0), "{uses:?}");
            }
        }
    }
}
