//! Inputs for the unit tests of the commands that spread sets over threads.

/// An 835 set whose payment total is `total` against claims paying 90 each: balanced when
/// `total` is 90 × `claims`.
fn remittance(control: usize, claims: usize, total: usize) -> String {
    let mut body = format!(
        "ST*835*{control:04}~BPR*I*{total}*C*CHK************20240405~TRN*1*CHK{control}*1234567890~\
         N1*PR*ACME HEALTH~N3*1 MAIN ST~N4*BEND*OR*97701~PER*BL*EDI*TE*5555550100~\
         N1*PE*CLINIC*XX*1234567893~LX*1~"
    );
    for n in 0..claims {
        body.push_str(&format!(
            "CLP*PCN{n}*1*180*90*30*12*ICN{n}~NM1*QC*1*DOE*JANE~SVC*HC:90837*180*90~\
             CAS*CO*45*60~CAS*PR*3*30~"
        ));
    }
    let count = body.matches('~').count() + 1;
    body.push_str(&format!("SE*{count}*{control:04}~"));
    body
}

/// An interchange of 30 835 sets of very different sizes, so that with several workers they
/// finish out of order; every third set (0, 3, 6 ...) is out of balance.
pub fn remittances() -> Vec<u8> {
    let mut sets = String::new();
    let count = 30;
    for n in 0..count {
        let claims = if n % 7 == 0 { 400 } else { 1 };
        let total = if n % 3 == 0 {
            90 * claims + n + 1
        } else {
            90 * claims
        };
        sets.push_str(&remittance(n, claims, total));
    }
    format!(
        "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CLINIC         *240405*0800*^*00501*000000501*0*P*:~\
         GS*HP*PAYER*CLINIC*20240405*0800*501*X*005010X221A1~{sets}GE*{count}*501~IEA*1*000000501~"
    )
    .into_bytes()
}
