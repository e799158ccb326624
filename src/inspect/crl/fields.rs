//! What both halves of the CRL reader share: its error and its time field.
//! Kept apart from `crl` so [`super::entries`] reads entries without
//! importing the module that declares it.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::time::Timestamp;
use crate::inspect::tlv::Tlv;
use x509_parser::prelude::FromDer;
use x509_parser::time::ASN1Time;

/// Why DER is not a CRL certscope can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrlError(pub String);

impl std::fmt::Display for CrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a Time (UTCTime or GeneralizedTime) element.
pub(crate) fn time(element: &Tlv<'_>) -> Option<Timestamp> {
    ASN1Time::from_der(element.raw)
        .ok()
        .map(|(_, t)| Timestamp(t.timestamp()))
}
