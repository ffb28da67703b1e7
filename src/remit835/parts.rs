//! The segments each loop's `with` takes: one enum per loop, with a variant (and a `From`
//! conversion) per kind of segment the loop holds after its first segment.

/// Declares the enum of the segments a loop takes in `with`, one variant per typed segment,
/// named like it.
macro_rules! loop_segments {
    ($(#[$attr:meta])* pub enum $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name<'a> {
            $(
                #[doc = concat!("A typed ", stringify!($variant), " segment.")]
                $variant(crate::segments::$variant<'a>),
            )+
        }

        $(
            impl<'a> From<crate::segments::$variant<'a>> for $name<'a> {
                fn from(segment: crate::segments::$variant<'a>) -> Self {
                    $name::$variant(segment)
                }
            }
        )+
    };
}

loop_segments! {
    /// A segment of the header after BPR and TRN: CUR, REF (EV, F2), DTM (405).
    pub enum HeaderSegment {
        Cur, Ref, Dtm,
    }
}

loop_segments! {
    /// A segment of loop 1000A after N1*PR: N3, N4, REF, PER.
    pub enum PayerSegment {
        N3, N4, Ref, Per,
    }
}

loop_segments! {
    /// A segment of loop 1000B after N1*PE: N3, N4, REF, RDM.
    pub enum PayeeSegment {
        N3, N4, Ref, Rdm,
    }
}

loop_segments! {
    /// A segment of loop 2000 after LX: TS3, TS2.
    pub enum HeaderNumberSegment {
        Ts3, Ts2,
    }
}

loop_segments! {
    /// A segment of loop 2100 after CLP: CAS, NM1, MIA, MOA, REF, DTM, PER, AMT, QTY.
    pub enum ClaimPaymentSegment {
        Cas, Nm1, Mia, Moa, Ref, Dtm, Per, Amt, Qty,
    }
}

loop_segments! {
    /// A segment of loop 2110 after SVC: DTM, CAS, REF, AMT, QTY, LQ.
    pub enum ServicePaymentSegment {
        Dtm, Cas, Ref, Amt, Qty, Lq,
    }
}
