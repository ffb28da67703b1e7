//! What each element of a typed segment holds, in a few words: for messages that name an
//! element by its position alone (`BPR16 (check issue or EFT effective date) is required`).

use super::*;

/// The typed elements of the segment `id`: element, component (0 for a simple element) and
/// what each holds; none for a segment that is not typed.
fn fields(id: &[u8]) -> &'static [(u8, u8, &'static str)] {
    match id {
        b"AMT" => Amt::FIELDS,
        b"BHT" => Bht::FIELDS,
        b"BPR" => Bpr::FIELDS,
        b"CAS" => Cas::FIELDS,
        b"CLM" => Clm::FIELDS,
        b"CLP" => Clp::FIELDS,
        b"CN1" => Cn1::FIELDS,
        b"CR1" => Cr1::FIELDS,
        b"CR2" => Cr2::FIELDS,
        b"CR3" => Cr3::FIELDS,
        b"CRC" => Crc::FIELDS,
        b"CTP" => Ctp::FIELDS,
        b"CUR" => Cur::FIELDS,
        b"DMG" => Dmg::FIELDS,
        b"DTM" => Dtm::FIELDS,
        b"DTP" => Dtp::FIELDS,
        b"FRM" => Frm::FIELDS,
        b"HCP" => Hcp::FIELDS,
        b"HI" => Hi::FIELDS,
        b"HL" => Hl::FIELDS,
        b"HSD" => Hsd::FIELDS,
        b"K3" => K3::FIELDS,
        b"LIN" => Lin::FIELDS,
        b"LQ" => Lq::FIELDS,
        b"LX" => Lx::FIELDS,
        b"MEA" => Mea::FIELDS,
        b"MIA" => Mia::FIELDS,
        b"MOA" => Moa::FIELDS,
        b"N1" => N1::FIELDS,
        b"N3" => N3::FIELDS,
        b"N4" => N4::FIELDS,
        b"NM1" => Nm1::FIELDS,
        b"NTE" => Nte::FIELDS,
        b"OI" => Oi::FIELDS,
        b"PAT" => Pat::FIELDS,
        b"PER" => Per::FIELDS,
        b"PLB" => Plb::FIELDS,
        b"PRV" => Prv::FIELDS,
        b"PS1" => Ps1::FIELDS,
        b"PWK" => Pwk::FIELDS,
        b"QTY" => Qty::FIELDS,
        b"RDM" => Rdm::FIELDS,
        b"REF" => Ref::FIELDS,
        b"SBR" => Sbr::FIELDS,
        b"SV1" => Sv1::FIELDS,
        b"SV5" => Sv5::FIELDS,
        b"SVC" => Svc::FIELDS,
        b"SVD" => Svd::FIELDS,
        b"TRN" => Trn::FIELDS,
        b"TS2" => Ts2::FIELDS,
        b"TS3" => Ts3::FIELDS,
        _ => &[],
    }
}

/// What element `element` of a segment `id` holds, when its typed segment names it as one
/// element: a simple element, or a composite of which one component is typed. A composite
/// whose components are typed apart (CLM05: place of service, facility qualifier, frequency)
/// has no one name.
pub(crate) fn element_name(id: &[u8], element: u16) -> Option<&'static str> {
    let mut named = (fields(id).iter()).filter(|(at, ..)| u16::from(*at) == element);
    let &(_, component, what) = named.next()?;
    (named.next().is_none() && component <= 1).then_some(what)
}

#[cfg(test)]
mod tests {
    use super::element_name;

    #[test]
    fn elements_are_named_as_their_typed_segment_names_them() {
        assert_eq!(
            element_name(b"BPR", 16),
            Some("check issue or EFT effective date")
        );
        assert_eq!(element_name(b"CLM", 2), Some("total claim charge"));
        // A composite typed component by component has no one name.
        assert_eq!(element_name(b"CLM", 5), None);
        // An element the typed segment does not read, and a segment that is not typed.
        assert_eq!(element_name(b"LX", 2), None);
        assert_eq!(element_name(b"ZZZ", 1), None);
    }
}
