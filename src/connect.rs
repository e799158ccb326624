//! `certscope inspect --connect HOST[:PORT]` (issue 30): one TLS handshake
//! with a live server, recording what it sent and judging none of it.
//!
//! Native only (rustls over a TCP socket; the page cannot open one). The
//! verifier accepts everything and only records the certificates in the order
//! sent and the stapled OCSP response: certscope's own analysis judges them,
//! as it judges files. Nothing is sent but the handshake and a close_notify.

use certscope::inspect::connection::{Connection, Handshake};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme};
use std::io::ErrorKind;
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs as _};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait before the second handshake when the first carried no
/// staple: long enough for nginx to have fetched the response it started
/// fetching on the first (on loopback it takes milliseconds; a responder
/// across the internet, a few hundred).
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// One `--connect` as given on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    /// `--servername`, else the host when it is a name.
    pub server_name: Option<String>,
}

impl Target {
    /// `example.com`, `example.com:8443`, `192.0.2.1:443`, `[::1]:8443`, `::1`,
    /// and a pasted `https://example.com/path` (its path ignored).
    pub fn parse(given: &str) -> Result<Target, String> {
        let bad = || format!("--connect '{given}' is not HOST, HOST:PORT or [IPv6]:PORT");
        let text = match given.strip_prefix("https://") {
            Some(url) => url.split('/').next().unwrap_or_default(),
            None => given,
        };
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (host, after) = rest.split_once(']').ok_or_else(bad)?;
            match after {
                "" => (host, None),
                _ => (host, Some(after.strip_prefix(':').ok_or_else(bad)?)),
            }
        } else if text.parse::<IpAddr>().is_ok() {
            (text, None) // a bare IPv6 address: its colons are not a port
        } else {
            match text.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (text, None),
            }
        };
        if host.is_empty() || host.contains(['/', ' ', ':']) && host.parse::<IpAddr>().is_err() {
            return Err(bad());
        }
        let port = match port {
            None => 443,
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|p| *p != 0)
                .ok_or_else(|| format!("--connect '{given}': the port must be 1 to 65535"))?,
        };
        let server_name = host.parse::<IpAddr>().is_err().then(|| host.to_string());
        Ok(Target {
            host: host.to_string(),
            port,
            server_name,
        })
    }

    /// `HOST:PORT` as the inputs are named, IPv6 in brackets.
    pub fn server(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// What a `--connect` read: the record for the report, and the server's
/// certificates (DER, in the order sent) and staple for the inputs.
pub struct Read {
    pub connection: Connection,
    pub chain: Vec<Vec<u8>>,
    pub staple: Option<Vec<u8>>,
}

/// Connects, and when the first handshake has no staple and `once` is not
/// set, connects once more after [`RETRY_AFTER`] (nginx's first handshake
/// after a start or reload carries none).
pub fn read(target: &Target, timeout: Duration, once: bool) -> Read {
    let mut read = Read {
        connection: Connection {
            server: target.server(),
            server_name: target.server_name.clone(),
            ..Connection::default()
        },
        chain: Vec::new(),
        staple: None,
    };
    let first = match attempt(target, timeout, &mut read.connection) {
        Ok(first) => first,
        Err(error) => {
            read.connection.error = Some(error);
            return read;
        }
    };
    let mut seen = first;
    if seen.staple.is_none() && !once {
        std::thread::sleep(RETRY_AFTER);
        // A failed second try leaves the first's record: what was read stands.
        if let Ok(second) = attempt(target, timeout, &mut read.connection) {
            seen = second;
        }
    }
    read.chain = seen.chain;
    read.staple = seen.staple;
    read
}

/// One handshake, recorded into `connection` when it completes.
fn attempt(
    target: &Target,
    timeout: Duration,
    connection: &mut Connection,
) -> Result<Seen, String> {
    let deadline = Instant::now() + timeout;
    let (socket, address) = open(target, deadline, timeout)?;
    connection.address = Some(address.to_string());
    let (seen, handshake) = handshake(socket, target, deadline, timeout)?;
    connection.handshakes.push(handshake);
    Ok(seen)
}

/// A TCP connection to the first of the host's addresses that answers.
fn open(
    target: &Target,
    deadline: Instant,
    timeout: Duration,
) -> Result<(TcpStream, SocketAddr), String> {
    let addresses: Vec<SocketAddr> = (target.host.as_str(), target.port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve the host name {}: {e}", target.host))?
        .collect();
    let mut last = format!("the host name {} has no address", target.host);
    for address in addresses {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(timed_out(timeout, "connecting"));
        }
        match TcpStream::connect_timeout(&address, left) {
            Ok(socket) => return Ok((socket, address)),
            Err(e) => {
                last = match e.kind() {
                    ErrorKind::ConnectionRefused => {
                        format!("connection refused: nothing listens on {address}")
                    }
                    ErrorKind::TimedOut | ErrorKind::WouldBlock => timed_out(
                        timeout,
                        "connecting (a firewall dropping packets, or a wrong address)",
                    ),
                    _ => format!("cannot connect to {address}: {e}"),
                }
            }
        }
    }
    Err(last)
}

fn timed_out(timeout: Duration, doing: &str) -> String {
    format!(
        "no answer within {} s while {doing} (--connect-timeout)",
        timeout.as_secs_f32()
    )
}

/// What the verifier saw.
#[derive(Debug, Default)]
struct Seen {
    chain: Vec<Vec<u8>>,
    staple: Option<Vec<u8>>,
}

/// The TLS handshake over `socket`, then close_notify.
fn handshake(
    mut socket: TcpStream,
    target: &Target,
    deadline: Instant,
    timeout: Duration,
) -> Result<(Seen, Handshake), String> {
    let recorder = Arc::new(Recorder::default());
    let config = config(recorder.clone())?;
    // SNI is the name; an address (RFC 6066 allows none in SNI) sends none.
    let name = target.server_name.as_deref().unwrap_or(&target.host);
    let name = ServerName::try_from(name.to_string())
        .map_err(|_| format!("'{name}' is not a host name that can be sent in SNI"))?;
    let mut tls = ClientConnection::new(Arc::new(config), name)
        .map_err(|e| format!("cannot start a TLS handshake: {e}"))?;
    while tls.is_handshaking() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(timed_out(timeout, "waiting for the TLS handshake"));
        }
        let _ = socket.set_read_timeout(Some(left));
        let _ = socket.set_write_timeout(Some(left));
        if let Err(e) = tls.complete_io(&mut socket) {
            return Err(handshake_error(&e, timeout));
        }
    }
    let handshake = Handshake {
        protocol: match tls.protocol_version() {
            Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
            Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
            other => other.map(|v| format!("{v:?}")).unwrap_or_default(),
        },
        cipher_suite: tls
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default(),
        alpn: tls
            .alpn_protocol()
            .map(|p| String::from_utf8_lossy(p).into_owned()),
        certificates_sent: 0,
        staple: false,
    };
    // Polite, and all that is ever sent after the handshake.
    tls.send_close_notify();
    let _ = tls.complete_io(&mut socket);
    let seen = recorder.take();
    let handshake = Handshake {
        certificates_sent: seen.chain.len(),
        staple: seen.staple.is_some(),
        ..handshake
    };
    Ok((seen, handshake))
}

/// rustls with ring, TLS 1.3 and 1.2, ALPN `h2` and `http/1.1` offered as a
/// browser would, and no session resumption: a resumed handshake carries no
/// Certificate message, so the second try would read nothing.
fn config(recorder: Arc<Recorder>) -> Result<ClientConfig, String> {
    let provider = Arc::new(provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(recorder)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    config.resumption = rustls::client::Resumption::disabled();
    Ok(config)
}

/// rustls's ring provider. rustls 0.23.48 deprecates it for lacking the
/// post-quantum key exchange, which only its aws-lc-rs provider has, and that
/// needs cmake and a C toolchain beyond gcc; X25519 and the NIST curves,
/// which every server offers, are all a reading of certificates needs.
#[allow(deprecated)]
fn provider() -> rustls::crypto::CryptoProvider {
    rustls::crypto::ring::default_provider()
}

/// A handshake failure in the user's words.
fn handshake_error(error: &std::io::Error, timeout: Duration) -> String {
    let tls = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    match (error.kind(), tls) {
        (_, Some(rustls::Error::AlertReceived(alert))) => format!(
            "the server ended the TLS handshake with the alert {} (RFC 8446 section 6){}",
            alert_name(*alert),
            match alert {
                rustls::AlertDescription::UnrecognisedName => ": it has no certificate for the name sent in SNI (--servername)",
                rustls::AlertDescription::HandshakeFailure | rustls::AlertDescription::ProtocolVersion => ": it shares no protocol version or cipher suite with certscope (rustls: TLS 1.2 and 1.3, ECDHE with AES-GCM or ChaCha20-Poly1305)",
                _ => "",
            }
        ),
        (
            _,
            Some(
                rustls::Error::InvalidMessage(_)
                | rustls::Error::InappropriateMessage { .. }
                | rustls::Error::InappropriateHandshakeMessage { .. },
            ),
        ) => format!("the server did not answer in TLS (is this port serving plain HTTP or another protocol?): {error}"),
        (_, Some(rustls::Error::PeerIncompatible(why))) => format!(
            "the server and certscope have no TLS version or cipher suite in common ({why:?}); certscope speaks TLS 1.2 and 1.3 with ECDHE"
        ),
        (_, Some(other)) => format!("the TLS handshake failed: {other}"),
        (ErrorKind::UnexpectedEof, None) => {
            "the server closed the connection during the TLS handshake (is this port serving TLS?)".to_string()
        }
        (ErrorKind::ConnectionReset, None) => {
            "the server reset the connection during the TLS handshake".to_string()
        }
        (ErrorKind::WouldBlock | ErrorKind::TimedOut, None) => {
            timed_out(timeout, "waiting for the TLS handshake")
        }
        (_, None) => format!("the TLS handshake failed: {error}"),
    }
}

/// An alert's RFC 8446 name: rustls's `UnrecognizedName` is `unrecognized_name`.
fn alert_name(alert: rustls::AlertDescription) -> String {
    let debug = format!("{alert:?}");
    let mut name = String::with_capacity(debug.len() + 4);
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    // rustls spells it British; the RFC does not.
    name.replace("unrecognised", "unrecognized")
}

/// The verifier that verifies nothing: it records what the server sent and
/// lets the handshake finish, so certscope's analysis can judge it. The
/// handshake signatures are not checked either: nothing is sent over this
/// connection, so proof that the server holds the key protects nothing
/// here, and refusing an odd key would hide the very chain asked about.
#[derive(Debug, Default)]
struct Recorder {
    seen: Mutex<Seen>,
}

impl Recorder {
    fn take(&self) -> Seen {
        self.seen
            .lock()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default()
    }
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // In the order sent (rustls keeps it), the leaf first.
        let chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.as_ref().to_vec())
            .collect();
        // rustls passes an empty slice when no staple came.
        let staple = (!ocsp_response.is_empty()).then(|| ocsp_response.to_vec());
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Seen { chain, staple };
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        // Every scheme ring can verify: a server picks one of these for the
        // key it holds, so offering them all lets any common key through.
        provider()
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse_as_s_client_takes_them() {
        // (argument, host, port, SNI name)
        let table = [
            ("example.com", "example.com", 443, Some("example.com")),
            ("example.com:8443", "example.com", 8443, Some("example.com")),
            ("127.0.0.1:8443", "127.0.0.1", 8443, None),
            ("[::1]:8443", "::1", 8443, None),
            ("[::1]", "::1", 443, None),
            ("::1", "::1", 443, None),
            (
                "https://example.com/a/b",
                "example.com",
                443,
                Some("example.com"),
            ),
            ("https://[::1]:8443/", "::1", 8443, None),
        ];
        for (text, host, port, sni) in table {
            let t = Target::parse(text).unwrap();
            assert_eq!(
                (t.host.as_str(), t.port, t.server_name.as_deref()),
                (host, port, sni),
                "{text}"
            );
        }
        assert_eq!(Target::parse("[::1]:8443").unwrap().server(), "[::1]:8443");
        for bad in [
            "",
            ":443",
            "example.com:0",
            "example.com:x",
            "[::1",
            "a:b:c",
            "example.com:99999",
            "http://example.com",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn alerts_are_named_as_the_rfc_names_them() {
        assert_eq!(
            alert_name(rustls::AlertDescription::UnrecognisedName),
            "unrecognized_name"
        );
        assert_eq!(
            alert_name(rustls::AlertDescription::HandshakeFailure),
            "handshake_failure"
        );
    }
}
