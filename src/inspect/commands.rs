//! Commands and server configuration, written from the certificates that
//! were decoded (issue 5).
//!
//! - [`request`]: the DER OCSPRequest and its RFC 6960 Appendix A transport.
//! - [`shell`]: POSIX quoting.

pub mod request;
pub mod shell;

pub use request::{build_ocsp_request, Transport};
