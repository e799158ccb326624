//! `certscope inspect --connect` (issue 30) against servers on 127.0.0.1:
//! `openssl s_server` (an independent TLS stack, staple from `-status_file`),
//! an in-process rustls server that staples only from its second handshake
//! (nginx's first handshake after a reload), and sockets that refuse, never
//! answer or answer in plain HTTP. What the CLI read must be what the server
//! was given, and judged as the files themselves are.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

mod common;

use common::{fixture, tool_present};
use serde_json::Value;
use std::io::{BufRead as _, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const AT: &str = "2026-11-23T01:00:00Z";
const NAME: &str = "www.example.test";

fn fixtures() -> String {
    format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"))
}

/// `certscope ARGS`: exit code, JSON report (when one was printed), stderr.
fn certscope(args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap(),
        json,
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `openssl s_server` on an ephemeral port, stopped when dropped.
struct SServer {
    child: Child,
    port: u16,
}

impl SServer {
    /// Serves `leaf` (pki/LEAF.pem with its key) and R2.
    fn start(leaf: &str, extra: &[&str]) -> SServer {
        // The port is free when picked; s_server binds it a moment later.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new("openssl")
            .args(["s_server", "-accept", &format!("127.0.0.1:{port}")])
            .args(["-cert", &format!("pki/{leaf}.pem")])
            .args(["-key", &format!("pki/keys/{leaf}.key")])
            .args(["-cert_chain", "pki/int-rsa.pem"])
            .args(extra)
            .current_dir(fixtures())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // It prints ACCEPT once it listens.
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        assert!(
            lines.any(|l| l.is_ok_and(|l| l.starts_with("ACCEPT"))),
            "s_server did not start"
        );
        // Keep reading so s_server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        SServer { child, port }
    }
    fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

impl Drop for SServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

/// A report's verdicts with the inputs' names taken out: findings as
/// (severity, code), the certificates in pooled order, the staples without
/// their input index.
fn verdicts(report: &Value) -> Value {
    let findings: Vec<Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["code"].as_str().unwrap().starts_with("connect-"))
        .map(|f| serde_json::json!([f["severity"], f["code"]]))
        .collect();
    let mut staples = report["staples"].clone();
    for s in staples.as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("input");
    }
    serde_json::json!({
        "summary": report["summary"]["code"],
        "findings": findings,
        "certificates": report["certificates"],
        "staples": staples,
        "chains": report["chains"].as_array().unwrap().iter().map(|c| c["order"].clone()).collect::<Vec<_>>(),
    })
}

#[test]
fn a_served_chain_and_staple_are_read_as_the_files_the_server_was_given() {
    if !tool_present("openssl", "version") {
        return;
    }
    // (staple file the server is given, TLS version, why)
    let table = [
        ("staples/good.der", "-tls1_3", "a good staple"),
        (
            "staples/good.der",
            "-tls1_2",
            "TLS 1.2 staples in CertificateStatus",
        ),
        (
            "staples/revoked.der",
            "-tls1_3",
            "a staple for another certificate",
        ),
        ("staples/stale.der", "-tls1_2", "a stale staple"),
    ];
    for (staple, version, why) in table {
        let server = SServer::start("leaf", &["-status_file", staple, version]);
        let (code, live, stderr) = certscope(&[
            "inspect",
            "--json",
            "--at",
            AT,
            "--connect",
            &server.server(),
            "--servername",
            NAME,
        ]);
        let (want_code, files, _) = certscope(&[
            "inspect",
            "--json",
            "--at",
            AT,
            "--host",
            NAME,
            // pki/leaf.pem then pki/int-rsa.pem, as s_server is given them
            "chains/correct.pem",
            staple,
        ]);
        assert_eq!(code, want_code, "{why}: {stderr}");
        assert_eq!(verdicts(&live), verdicts(&files), "{why}");
        let inputs = live["inputs"].as_array().unwrap();
        assert_eq!(inputs.len(), 2, "{why}");
        assert_eq!(
            inputs[0]["name"],
            format!("{} (sent chain)", server.server())
        );
        assert_eq!(inputs[1]["name"], format!("{} (staple)", server.server()));
        assert_eq!(
            inputs[1]["size"],
            fixture(staple).len(),
            "{why}: the staple's bytes"
        );
        let connection = &live["connections"][0];
        assert_eq!(connection["server_name"], NAME);
        assert_eq!(
            connection["handshakes"].as_array().unwrap().len(),
            1,
            "{why}: stapled at once"
        );
        assert_eq!(connection["handshakes"][0]["certificates_sent"], 2);
        assert_eq!(connection["handshakes"][0]["staple"], true);
        let protocol = version.replace("-tls1_", "TLSv1.");
        assert_eq!(connection["handshakes"][0]["protocol"], protocol, "{why}");
        assert!(
            !codes(&live).iter().any(|c| c.starts_with("connect-")),
            "{why}"
        );
    }
}

#[test]
fn no_staple_is_said_and_tried_twice_unless_once() {
    if !tool_present("openssl", "version") {
        return;
    }
    let server = SServer::start("leaf", &[]);
    let args = |once: bool| {
        let mut a = vec![
            "inspect".to_string(),
            "--json".into(),
            "--at".into(),
            AT.into(),
            "--connect".into(),
            server.server(),
            "--servername".into(),
            NAME.into(),
        ];
        if once {
            a.push("--connect-once".into());
        }
        a
    };
    for (once, handshakes) in [(false, 2), (true, 1)] {
        let a = args(once);
        let (code, report, _) = certscope(&a.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(
            code, 0,
            "no staple is not an error for a leaf without Must-Staple"
        );
        assert!(codes(&report).contains(&"connect-no-staple".to_string()));
        let finding = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "connect-no-staple")
            .unwrap();
        assert!(finding["message"]
            .as_str()
            .unwrap()
            .contains("the server sent no staple"));
        assert_eq!(
            report["connections"][0]["handshakes"]
                .as_array()
                .unwrap()
                .len(),
            handshakes,
            "--connect-once {once}"
        );
    }
}

/// A rustls server that staples only from its second handshake on, as an
/// nginx worker does after a start or reload.
mod late {
    use super::*;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    use rustls::server::{ClientHello, ResolvesServerCert};
    use rustls::sign::CertifiedKey;

    fn pem_blocks(text: &[u8]) -> Vec<Vec<u8>> {
        use base64::Engine as _;
        let text = String::from_utf8(text.to_vec()).unwrap();
        text.split("-----BEGIN ")
            .skip(1)
            .map(|block| {
                let body: String = block
                    .lines()
                    .skip(1)
                    .take_while(|l| !l.starts_with("-----END"))
                    .collect();
                base64::engine::general_purpose::STANDARD
                    .decode(body)
                    .unwrap()
            })
            .collect()
    }

    #[derive(Debug)]
    struct Late {
        key: CertifiedKey,
        staple: Vec<u8>,
        handshakes: AtomicUsize,
    }

    impl ResolvesServerCert for Late {
        fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
            let mut key = self.key.clone();
            if self.handshakes.fetch_add(1, Ordering::SeqCst) > 0 {
                key.ocsp = Some(self.staple.clone());
            }
            Some(Arc::new(key))
        }
    }

    /// Serves `count` handshakes on an ephemeral port; returns the port.
    pub fn serve(count: usize) -> u16 {
        #[allow(deprecated)] // the ring provider, as the CLI uses it
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut chain: Vec<CertificateDer<'static>> = Vec::new();
        for file in ["pki/leaf.pem", "pki/int-rsa.pem"] {
            chain.extend(
                pem_blocks(&fixture(file))
                    .into_iter()
                    .map(CertificateDer::from),
            );
        }
        let key_der = pem_blocks(&fixture("pki/keys/leaf.key")).remove(0);
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key_der));
        let signing = provider.key_provider.load_private_key(key).unwrap();
        let resolver = Late {
            key: CertifiedKey::new(chain, signing),
            staple: fixture("staples/good.der"),
            handshakes: AtomicUsize::new(0),
        };
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_cert_resolver(Arc::new(resolver));
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for socket in listener.incoming().take(count) {
                let mut socket = socket.unwrap();
                let mut tls = rustls::ServerConnection::new(config.clone()).unwrap();
                while tls.is_handshaking() {
                    if tls.complete_io(&mut socket).is_err() {
                        break;
                    }
                }
                let _ = tls.complete_io(&mut socket);
            }
        });
        port
    }
}

#[test]
fn a_staple_only_on_the_second_handshake_is_named_in_nginx_words() {
    let port = late::serve(2);
    let server = format!("127.0.0.1:{port}");
    let (code, report, stderr) = certscope(&[
        "inspect",
        "--json",
        "--at",
        AT,
        "--connect",
        &server,
        "--servername",
        NAME,
    ]);
    assert_eq!(code, 0, "{stderr}");
    let handshakes = report["connections"][0]["handshakes"].as_array().unwrap();
    assert_eq!(
        handshakes
            .iter()
            .map(|h| h["staple"].clone())
            .collect::<Vec<_>>(),
        [false, true]
    );
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "connect-staple-late")
        .expect("the late staple is named");
    let message = finding["message"].as_str().unwrap();
    for words in [
        "first handshake",
        "reload",
        "ssl_stapling_file",
        "warm-up request",
    ] {
        assert!(message.contains(words), "{words}: {message}");
    }
    // The staple read is the second handshake's, judged as the file is.
    assert_eq!(report["staples"].as_array().unwrap().len(), 1);
    assert_eq!(
        report["inputs"][1]["size"],
        fixture("staples/good.der").len()
    );
    assert!(!codes(&report).contains(&"connect-no-staple".to_string()));
}

#[test]
fn connection_failures_exit_2_with_a_clear_line() {
    // A port nothing listens on: bound, then closed.
    let refused = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // A listener that accepts (the kernel does) and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    // A listener that answers in plain HTTP.
    let http = TcpListener::bind("127.0.0.1:0").unwrap();
    let http_port = http.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read as _, Write as _};
        for socket in http.incoming().take(1) {
            let mut socket = socket.unwrap();
            let _ = socket.read(&mut [0; 1024]);
            let _ = socket.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
        }
    });
    // (server, stderr words, why)
    let table = [
        (
            format!("127.0.0.1:{refused}"),
            "connection refused",
            "nothing listens",
        ),
        (
            format!("127.0.0.1:{silent_port}"),
            "no answer within 1 s",
            "never answers",
        ),
        (
            format!("127.0.0.1:{http_port}"),
            "did not answer in TLS",
            "plain HTTP",
        ),
        (
            "no-such-host.invalid".to_string(),
            "cannot resolve",
            "no such name",
        ),
    ];
    for (server, words, why) in table {
        let started = std::time::Instant::now();
        let (code, report, stderr) = certscope(&[
            "inspect",
            "--json",
            "--connect",
            &server,
            "--connect-timeout",
            "1",
        ]);
        assert_eq!(code, 2, "{why}: exit 2 for a connection failure");
        assert!(
            stderr.starts_with(&format!("certscope: cannot read {server}"))
                && stderr.contains(words),
            "{why}: {stderr}"
        );
        assert!(started.elapsed().as_secs() < 5, "{why}: the timeout holds");
        assert_eq!(report["summary"]["code"], "connect-failed", "{why}");
        assert!(report["summary"]["headline"]
            .as_str()
            .unwrap()
            .starts_with("Cannot tell: could not connect to "));
        // Not tried twice: a failure is not a missing staple.
        assert!(report["connections"][0]["handshakes"]
            .as_array()
            .unwrap()
            .is_empty());
    }
    drop(silent);
}

#[test]
fn connect_arguments_are_checked_before_connecting() {
    // (arguments, stderr words)
    let table: &[(&[&str], &str)] = &[
        (&["inspect", "--connect"], "--connect needs HOST[:PORT]"),
        (
            &["inspect", "--connect", "example.test:0"],
            "port must be 1 to 65535",
        ),
        (
            &["inspect", "--servername", "a.test"],
            "--connect before it",
        ),
        (&["inspect", "--connect", "[::1"], "is not HOST"),
        (
            &["inspect", "--connect", "x.test", "--connect-timeout", "0"],
            "--connect-timeout",
        ),
    ];
    for (args, words) in table {
        let (code, _, stderr) = certscope(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(words), "{args:?}: {stderr}");
    }
}

#[test]
fn a_must_staple_leaf_served_without_a_staple_is_an_error() {
    if !tool_present("openssl", "version") {
        return;
    }
    let server = SServer::start("leaf-must-staple", &[]);
    let (code, report, _) = certscope(&[
        "inspect",
        "--json",
        "--at",
        AT,
        "--connect",
        &server.server(),
        "--servername",
        "must-staple.example.test",
        "--connect-once",
    ]);
    assert_eq!(code, 1);
    assert_eq!(report["summary"]["code"], "staple-not-sent-must-staple");
    assert!(!codes(&report).contains(&"connect-no-staple".to_string()));
    assert!(!codes(&report).contains(&"host-not-covered".to_string()));
}
