//! Issue 5: the commands, server configuration and log explanations, checked
//! against OpenSSL and curl themselves and against a real responder.
//!
//! Fixtures are the generated PKI in tests/fixtures (tests/fixtures/
//! generate.sh); certificates with hostile or unusual extensions are made
//! here, with the openssl CLI, in a temporary directory.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use base64::Engine as _;
use certscope::inspect::certificate::Certificate;
use certscope::inspect::commands::request::{get_url, transport, Transport};
use certscope::inspect::commands::{
    self, advise, build_ocsp_request, curl_fetch, explain_log, issuer_of, shell, Command, Paths,
    Purpose,
};
use certscope::{analyze, Input, Report, Timestamp};
use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod common;
use common::tool_present;

/// The fixtures' evaluation time (tests/fixtures/EVALUATION_TIME).
const AT: &str = "2026-11-23T01:00:00Z";

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn at() -> Timestamp {
    Timestamp::parse_rfc3339(AT).unwrap()
}

fn now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Timestamp(i64::try_from(secs).unwrap())
}

fn report_of(files: &[PathBuf], when: Timestamp) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|f| Input::new(f.display().to_string(), std::fs::read(f).unwrap()))
        .collect();
    analyze(&inputs, when)
}

fn fixtures(rels: &[&str]) -> Vec<PathBuf> {
    rels.iter().map(|r| fixture(r)).collect()
}

fn certificates(files: &[PathBuf]) -> Vec<Certificate> {
    report_of(files, at()).certificates
}

/// A directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "certscope-commands-{label}-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs openssl in `dir`; `words` are split on whitespace (none of them
/// holds a space).
fn openssl(dir: &Path, words: &str) -> Output {
    let args: Vec<&str> = words.split_whitespace().collect();
    let out = std::process::Command::new("openssl")
        .args(&args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {words}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `command` with `sh -c` in `dir`, `PATH` led by `path_first`.
fn sh(dir: &Path, command: &str, path_first: Option<&Path>, envs: &[(&str, &Path)]) -> Output {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c").arg(command).current_dir(dir);
    if let Some(first) = path_first {
        let path = std::env::var("PATH").unwrap_or_default();
        cmd.env("PATH", format!("{}:{path}", first.display()));
    }
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// A throwaway CA made with the openssl CLI, for certificates the fixed
/// PKI does not have (https:// responders, hostile URLs, odd serials).
struct ThrowawayCa {
    dir: TempDir,
}

impl ThrowawayCa {
    fn new(label: &str) -> ThrowawayCa {
        let dir = TempDir::new(label);
        openssl(
            dir.path(),
            "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
             -subj /CN=throwaway-ca.example.test -keyout ca.key -out ca.pem -days 3650 \
             -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign",
        );
        ThrowawayCa { dir }
    }

    fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// A leaf signed by the CA with `extensions` (OpenSSL config syntax).
    fn leaf(&self, name: &str, serial: &str, extensions: &str) -> PathBuf {
        let dir = self.dir.path();
        std::fs::write(dir.join(format!("{name}.cnf")), extensions).unwrap();
        openssl(
            dir,
            &format!(
                "req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
                 -subj /CN={name}.example.test -keyout {name}.key -out {name}.csr"
            ),
        );
        openssl(
            dir,
            &format!(
                "x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -set_serial {serial} \
                 -days 30 -extfile {name}.cnf -out {name}.pem"
            ),
        );
        dir.join(format!("{name}.pem"))
    }
}

const SERVER_EXT: &str = "basicConstraints = critical,CA:FALSE\n\
                          keyUsage = critical,digitalSignature\n\
                          extendedKeyUsage = serverAuth\n";

fn by_purpose(commands: &[Command], purpose: Purpose) -> &Command {
    commands
        .iter()
        .find(|c| c.purpose == purpose)
        .unwrap_or_else(|| panic!("no {} command in {commands:#?}", purpose.word()))
}

// ---------------------------------------------------------------------------
// The OCSPRequest, byte for byte

#[test]
fn ocsp_request_is_byte_identical_to_openssl() {
    if !tool_present("openssl", "version") {
        return;
    }
    // The shipped fixture: exactly what openssl wrote for leaf.pem + R2.
    let certs = certificates(&fixtures(&["pki/leaf.pem", "pki/int-rsa.pem"]));
    assert_eq!(
        build_ocsp_request(&certs[0], &certs[1]).unwrap(),
        std::fs::read(fixture("staples/ocsp-request-leaf.der")).unwrap(),
        "staples/ocsp-request-leaf.der"
    );

    let ca = ThrowawayCa::new("request");
    let high_bit = ca.leaf("high-bit", "0x80", SERVER_EXT);
    let negative = ca.leaf("negative", "-5", SERVER_EXT);
    let long = ca.leaf(
        "long-serial",
        "0x7fcafe0123456789abcdef0123456789abcdef01",
        SERVER_EXT,
    );
    // (certificate, issuer, where the case comes from)
    let table: Vec<(PathBuf, PathBuf, &str)> = vec![
        (
            fixture("pki/leaf.pem"),
            fixture("pki/int-rsa.pem"),
            "RSA issuer, 2-byte serial",
        ),
        (
            fixture("pki/leaf-no-ocsp.pem"),
            fixture("pki/int-ecdsa.pem"),
            "ECDSA P-256 issuer",
        ),
        (
            fixture("pki/leaf-ed25519.pem"),
            fixture("pki/int-ecdsa.pem"),
            "Ed25519 leaf",
        ),
        (
            fixture("pki/int-ecdsa.pem"),
            fixture("pki/root-ecdsa.pem"),
            "P-384 issuer",
        ),
        (
            fixture("pki/int-rsa-cross.pem"),
            fixture("pki/root-ecdsa.pem"),
            "cross-signed",
        ),
        (
            fixture("pki/root-rsa.pem"),
            fixture("pki/root-rsa.pem"),
            "self-signed, 1-byte serial",
        ),
        (high_bit, ca.ca(), "serial 0x80: a leading 00 byte"),
        (
            negative,
            ca.ca(),
            "negative serial -5 (ff fb): copied, not normalised",
        ),
        (long, ca.ca(), "20-byte serial, RFC 5280's maximum"),
    ];
    let work = TempDir::new("reqout");
    for (cert, issuer, why) in table {
        std::fs::copy(&cert, work.path().join("cert.pem")).unwrap();
        std::fs::copy(&issuer, work.path().join("issuer.pem")).unwrap();
        openssl(
            work.path(),
            "ocsp -no_nonce -issuer issuer.pem -cert cert.pem -reqout request.der",
        );
        let out = work.path().join("request.der");
        let certs = certificates(&[cert, issuer]);
        let (leaf, issuer) = (&certs[0], certs.get(1).unwrap_or(&certs[0]));
        assert_eq!(
            build_ocsp_request(leaf, issuer).unwrap(),
            std::fs::read(&out).unwrap(),
            "{why}"
        );
    }
}

// ---------------------------------------------------------------------------
// GET or POST, RFC 6960 Appendix A

/// The test's own decoding of a GET URL's last segment: percent-decoding,
/// then base64.
fn decode_get(url: &str) -> Vec<u8> {
    let segment = url.rsplit('/').next().unwrap();
    let mut bytes = Vec::new();
    let mut it = segment.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next().unwrap(), it.next().unwrap()];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
        } else {
            bytes.push(b);
        }
    }
    base64::engine::general_purpose::STANDARD
        .decode(bytes)
        .unwrap()
}

#[test]
fn get_or_post_follows_appendix_a() {
    // fb ff bf 00 is "+/+/AA==" in base64: all three characters URL-encoded.
    let tricky = [0xfb, 0xff, 0xbf, 0x00];
    assert_eq!(
        get_url("http://ocsp.example.test", &tricky),
        "http://ocsp.example.test/%2B%2F%2B%2FAA%3D%3D"
    );
    assert_eq!(decode_get(&get_url("http://o.test", &tricky)), tricky);
    // 180 zero bytes are 240 base64 characters, no escapes.
    let zeros = [0u8; 180];
    let request = std::fs::read(fixture("staples/ocsp-request-leaf.der")).unwrap();
    // (responder URL, request, GET?, why)
    let table: [(&str, &[u8], bool, &str); 6] = [
        ("http://ocsp.example.test/", &request, true, "a real 69-byte request"),
        ("http://ocsp.example.test", &request, true, "no trailing slash: one is added"),
        ("http://o.test", &zeros, true, "13 + 1 + 240 = 254 bytes: still GET"),
        ("http://oo.test", &zeros, false, "14 + 1 + 240 = 255 bytes: POST"),
        ("http://oo.test/", &zeros, false, "a trailing slash is not doubled: 255 bytes"),
        (
            "http://ocsp.example.test/a-very-long-path-that-some-cas-use/and-then-some-more/and-more/",
            &zeros,
            false,
            "a long responder path",
        ),
    ];
    for (url, der, get, why) in table {
        match transport(url, der) {
            Transport::Get(full) => {
                assert!(get, "{why}: GET {full}");
                assert!(full.len() < 255, "{why}");
                assert!(
                    !full.contains("//MEM") && !full.contains("//AAA"),
                    "{why}: {full}"
                );
                assert_eq!(decode_get(&full), der, "{why}");
            }
            Transport::Post(target) => {
                assert!(!get, "{why}: POST");
                assert_eq!(target, url, "{why}: POST goes to the responder URL itself");
            }
        }
    }
    // The POST command sends request.der with the OCSP content type.
    let (post, note) = curl_fetch("http://oo.test", &zeros, &Paths::default());
    assert_eq!(
        post,
        "curl -fsS --data-binary @request.der -H 'Content-Type: application/ocsp-request' -o staple.der http://oo.test"
    );
    assert!(note.contains("| base64 -d > request.der"), "{note}");
}

// ---------------------------------------------------------------------------
// Shell quoting against hostile values

/// Values a certificate or a person can put into a command.
const HOSTILE: &[&str] = &[
    "my leaf.pem",
    "it's.pem",
    "\"double\".pem",
    "$(touch PWNED).pem",
    "`touch PWNED`.pem",
    "$(touch${IFS}PWNED)",
    "`touch${IFS}PWNED`",
    "$HOME",
    "new\nline.pem",
    "semi;colon&pipe|touch PWNED.pem",
    "star*?.pem",
    "back\\slash.pem",
    "~tilde",
    "-dash",
    "",
];

#[test]
fn quoted_words_come_back_from_sh_unchanged() {
    let dir = TempDir::new("quote");
    for value in HOSTILE {
        // printf prints each argument between NULs: one word in, one out.
        let out = sh(
            dir.path(),
            &format!("printf '%s\\0' {}", shell::quote(value)),
            None,
            &[],
        );
        assert!(out.status.success(), "{value:?}");
        assert_eq!(out.stdout, format!("{value}\0").as_bytes(), "{value:?}");
    }
    assert!(!dir.path().join("PWNED").exists());
}

/// Stub programs that record their arguments (NUL-separated, one file per
/// call) in `$STUB_LOG`; the openssl stub also writes any `-respout` file
/// and answers "good", like the real one.
fn stubs(dir: &Path) -> (PathBuf, PathBuf) {
    let bin = dir.join("stub-bin");
    let log = dir.join("stub-log");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(&log).unwrap();
    let script = "#!/bin/sh\n\
        f=$(mktemp \"$STUB_LOG/call.XXXXXX\")\n\
        printf '%s\\0' \"${0##*/}\" \"$@\" > \"$f\"\n\
        if [ \"${0##*/}\" = openssl ]; then\n\
          prev=\n\
          for a in \"$@\"; do\n\
            if [ \"$prev\" = -respout ]; then printf 'stub response' > \"$a\"; fi\n\
            prev=$a\n\
          done\n\
          echo 'stub: good'\n\
        fi\n";
    for name in ["openssl", "curl", "nginx", "systemctl"] {
        let path = bin.join(name);
        std::fs::write(&path, script).unwrap();
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (bin, log)
}

fn calls(log: &Path) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = std::fs::read_dir(log)
        .unwrap()
        .map(|e| {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            let text = String::from_utf8(bytes).unwrap();
            let mut words: Vec<String> = text.split('\0').map(str::to_string).collect();
            assert_eq!(words.pop().as_deref(), Some(""), "NUL-terminated");
            words
        })
        .collect();
    out.sort();
    for entry in std::fs::read_dir(log).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    out
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

fn no_canary(dir: &Path) {
    fn walk(dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            assert_ne!(
                path.file_name().unwrap(),
                "PWNED",
                "a hostile value ran a command: {}",
                path.display()
            );
            if path.is_dir() {
                walk(&path);
            }
        }
    }
    walk(dir);
}

#[test]
fn every_command_survives_hostile_values() {
    if !tool_present("openssl", "version") {
        return;
    }
    let ca = ThrowawayCa::new("hostile");
    // An OCSP URL and a CA Issuers URL with quotes, $(…), backticks and a
    // space, escaped for OpenSSL's config syntax.
    let hostile_leaf = ca.leaf(
        "hostile",
        "0x1234",
        &format!(
            "{SERVER_EXT}subjectAltName = DNS:hostile.example.test\n\
             authorityInfoAccess = OCSP;URI:http://ocsp.example.test/a\\'b\\$(touch PWNED)\\`touch PWNED\\`\\\"q\\\" x, caIssuers;URI:http://ca.example.test/x\\'\\$(touch PWNED).p7c\n"
        ),
    );
    let hostile_url = "http://ocsp.example.test/a'b$(touch PWNED)`touch PWNED`\"q\" x";
    let work = TempDir::new("hostile-run");
    let server_dir = work.path().join("srv $(touch PWNED) 'x'\n`touch PWNED`");
    std::fs::create_dir_all(&server_dir).unwrap();
    let paths = Paths {
        leaf: "my$(touch${IFS}PWNED)leaf.pem".to_string(),
        issuer: "it's `touch PWNED`.pem".to_string(),
        fullchain: "full;touch PWNED.pem`touch${IFS}PWNED`".to_string(),
        trusted: "\"trusted\"\n.pem".to_string(),
        // A line equal to the here-document delimiter must not end it.
        staple: "staple\nCERTSCOPE_EOF\ntouch PWNED\n.der".to_string(),
        request: "req$(touch${IFS}PWNED).der".to_string(),
        server_dir: Some(server_dir.to_str().unwrap().to_string()),
        script_dir: work.path().join("sbin").to_str().unwrap().to_string(),
        unit_dir: work.path().join("units").to_str().unwrap().to_string(),
    };
    std::fs::create_dir_all(&paths.script_dir).unwrap();
    std::fs::create_dir_all(&paths.unit_dir).unwrap();
    let host = "evil host;touch PWNED`touch PWNED`$(touch PWNED)\n'x'";
    let (bin, log) = stubs(work.path());

    // (inputs, the OCSP URL its commands use, why)
    let table: Vec<(Vec<PathBuf>, &str, &str)> = vec![
        (
            fixtures(&["pki/leaf.pem", "pki/int-rsa.pem", "pki/root-rsa.pem"]),
            "http://ocsp.example.test/",
            "the fixture chain, hostile file names and host",
        ),
        (
            vec![hostile_leaf.clone(), ca.ca()],
            hostile_url,
            "a certificate whose OCSP URL is hostile",
        ),
    ];
    for (files, url, why) in table {
        let certs = certificates(&files);
        let advice = advise(&certs, Some(host), &paths);
        let commands: Vec<&Command> = advice
            .commands
            .iter()
            .filter(|c| c.certificate == 0)
            .collect();
        // Both rows include their root (the throwaway CA is its own).
        let (trust, trust_file) = ("-CAfile", paths.trusted.as_str());
        #[rustfmt::skip]
        let expected = |purpose: Purpose| -> Vec<Vec<String>> {
            let host_header = format!("Host={}", commands::url_host(url));
            match purpose {
                Purpose::CheckServer => vec![words(&[
                    "openssl", "s_client", "-connect", &format!("{host}:443"),
                    "-servername", host, "-status", "-showcerts",
                ])],
                Purpose::FetchStapleOpenssl => vec![words(&[
                    "openssl", "ocsp", "-no_nonce", "-issuer", &paths.issuer, "-cert", &paths.leaf,
                    "-url", url, "-header", &host_header, trust, trust_file,
                    "-respout", &paths.staple,
                ])],
                Purpose::FetchStapleCurl => {
                    let der = build_ocsp_request(&certs[0], &certs[1]).unwrap();
                    match transport(url, &der) {
                        Transport::Get(get) => vec![words(&["curl", "-fsS", "-o", &paths.staple, &get])],
                        Transport::Post(_) => vec![words(&[
                            "curl", "-fsS", "--data-binary", &format!("@{}", paths.request),
                            "-H", "Content-Type: application/ocsp-request", "-o", &paths.staple, url,
                        ])],
                    }
                }
                Purpose::VerifyStaple => vec![words(&[
                    "openssl", "ocsp", "-no_nonce", "-respin", &paths.staple, "-issuer", &paths.issuer,
                    "-cert", &paths.leaf, trust, trust_file, "-resp_text",
                ])],
                Purpose::FetchIssuer | Purpose::RefreshStapleFile | Purpose::Renew | Purpose::Replace => vec![],
                // Not made by advise(): the report adds them (tests/crl.rs).
                Purpose::FetchCrl | Purpose::ReadCrl | Purpose::VerifyWithCrl => vec![],
                // A trust bundle's: tests below.
                Purpose::RefreshBundle | Purpose::CleanBundle | Purpose::VerifyWithBundle => vec![],
            }
        };
        for command in &commands {
            let out = sh(
                work.path(),
                &command.command,
                Some(&bin),
                &[("STUB_LOG", &log)],
            );
            assert!(
                out.status.success(),
                "{why}: {}: {}\n{}",
                command.purpose.word(),
                String::from_utf8_lossy(&out.stderr),
                command.command
            );
            let got = calls(&log);
            match command.purpose {
                Purpose::RefreshStapleFile => {
                    // The installer wrote a script and two units, and enabled
                    // the timer; then the script itself fetches with the same
                    // words, keeps the good response and swaps it in.
                    let name = "certscope-staple-site";
                    let script = Path::new(&paths.script_dir).join(name);
                    assert!(
                        Path::new(&paths.unit_dir)
                            .join(format!("{name}.timer"))
                            .exists(),
                        "{why}"
                    );
                    assert!(
                        std::fs::read_to_string(
                            Path::new(&paths.unit_dir).join(format!("{name}.service"))
                        )
                        .unwrap()
                        .contains(&format!("ExecStart={}", script.display())),
                        "{why}"
                    );
                    assert!(
                        got.contains(&words(&["systemctl", "daemon-reload"])),
                        "{why}: {got:?}"
                    );
                    let out = sh(
                        work.path(),
                        &shell::quote(script.to_str().unwrap()),
                        Some(&bin),
                        &[("STUB_LOG", &log)],
                    );
                    assert!(
                        out.status.success(),
                        "{why}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    let fetched = calls(&log);
                    let mut fetch = expected(Purpose::FetchStapleOpenssl).remove(0);
                    *fetch.last_mut().unwrap() = format!("{}.new", paths.staple);
                    assert!(fetched.contains(&fetch), "{why}: {fetched:?}");
                    assert_eq!(
                        std::fs::read_to_string(server_dir.join(&paths.staple)).unwrap(),
                        "stub response",
                        "{why}: the staple was swapped in"
                    );
                    assert!(
                        !server_dir.join(format!("{}.new", paths.staple)).exists(),
                        "{why}"
                    );
                    assert!(
                        fetched.contains(&words(&["systemctl", "reload", "nginx"])),
                        "{why}"
                    );
                }
                purpose => assert_eq!(got, expected(purpose), "{why}: {}", purpose.word()),
            }
        }
        let purposes: Vec<&str> = commands.iter().map(|c| c.purpose.word()).collect();
        assert_eq!(
            purposes,
            [
                "check-server",
                "fetch-staple-openssl",
                "fetch-staple-curl",
                "verify-staple",
                "refresh-staple-file"
            ],
            "{why}"
        );
        // Hostile values never reach a configuration file.
        let config = advice.server_config.unwrap();
        for text in [
            &config.nginx,
            &config.haproxy,
            &config.apache,
            &config.caddy,
        ] {
            assert!(
                !text.contains("PWNED") && !text.contains("evil"),
                "{why}:\n{text}"
            );
        }
    }

    // Without its issuer, the hostile certificate gets fetch-issuer: a
    // .p7c URL, so openssl pkcs7 unpacks what curl downloads.
    let certs = certificates(&[hostile_leaf]);
    let advice = advise(&certs, Some(host), &paths);
    let fetch = by_purpose(&advice.commands, Purpose::FetchIssuer);
    let out = sh(
        work.path(),
        &fetch.command,
        Some(&bin),
        &[("STUB_LOG", &log)],
    );
    assert!(out.status.success());
    assert_eq!(
        calls(&log),
        vec![
            words(&[
                "curl",
                "-fsSL",
                "http://ca.example.test/x'$(touch PWNED).p7c"
            ]),
            words(&[
                "openssl",
                "pkcs7",
                "-inform",
                "DER",
                "-print_certs",
                "-out",
                &paths.issuer
            ]),
        ]
    );
    no_canary(work.path());
}

// ---------------------------------------------------------------------------
// A round trip against a real responder

/// OpenSSL's responder (`openssl ocsp -index … -reqin -respout`, the same
/// code `openssl ocsp -port` runs) behind an HTTP front bound to 127.0.0.1.
///
/// Why not `openssl ocsp -port` itself: OpenSSL 3.0 takes only a port
/// number and listens on every interface (`*:PORT`), and this test must
/// stay on loopback. The front parses GET and POST as RFC 6960 Appendix A
/// says and records what each request decoded to.
/// `(method, request DER)` of every request the front decoded.
type Seen = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

struct LocalResponder {
    port: u16,
    stop: Arc<AtomicBool>,
    seen: Seen,
    thread: Option<std::thread::JoinHandle<()>>,
    _work: TempDir,
}

impl LocalResponder {
    fn start() -> LocalResponder {
        let work = TempDir::new("responder");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let seen: Seen = Arc::new(Mutex::new(Vec::new()));
        let (stop2, seen2, dir) = (stop.clone(), seen.clone(), work.path().to_path_buf());
        let thread = std::thread::spawn(move || {
            for (n, stream) in listener.incoming().enumerate() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    serve(stream, &dir, n, &seen2);
                }
            }
        });
        let responder = LocalResponder {
            port,
            stop,
            seen,
            thread: Some(thread),
            _work: work,
        };
        responder.wait_until_accepting(Duration::from_secs(10));
        responder
    }

    /// Polls with a deadline; never a fixed sleep.
    fn wait_until_accepting(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "the responder never accepted");
            std::thread::yield_now();
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn seen(&self) -> Vec<(String, Vec<u8>)> {
        std::mem::take(&mut *self.seen.lock().unwrap())
    }
}

impl Drop for LocalResponder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(mut stream: TcpStream, dir: &Path, n: usize, seen: &Mutex<Vec<(String, Vec<u8>)>>) {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return, // a probe connection
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
        if buf.len() > 65_536 {
            return;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut parts = head.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or("").to_string(),
        parts.next().unwrap_or(""),
    );
    let request = if method == "GET" {
        decode_get(target)
    } else {
        let length: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        let mut body = buf[head_end..].to_vec();
        while body.len() < length {
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(k) => body.extend_from_slice(&chunk[..k]),
            }
        }
        body
    };
    let (req, resp) = (
        dir.join(format!("req-{n}.der")),
        dir.join(format!("resp-{n}.der")),
    );
    std::fs::write(&req, &request).unwrap();
    seen.lock().unwrap().push((method, request));
    let pki = fixture("pki");
    // Valid for 7 days: long enough to be "fresh", not "expiring".
    let status = std::process::Command::new("openssl")
        .args(["ocsp", "-index"])
        .arg(fixture("staples/index.txt"))
        .arg("-CA")
        .arg(pki.join("int-rsa.pem"))
        .arg("-rsigner")
        .arg(pki.join("int-rsa.pem"))
        .arg("-rkey")
        .arg(pki.join("keys/int-rsa.key"))
        .args(["-ndays", "7", "-reqin"])
        .arg(&req)
        .arg("-respout")
        .arg(&resp)
        .output()
        .unwrap();
    let reply = match std::fs::read(&resp) {
        Ok(body) if status.status.success() => {
            let mut r = format!(
                "HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            r.extend_from_slice(&body);
            r
        }
        _ => b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n".to_vec(),
    };
    let _ = stream.write_all(&reply);
}

/// leaf.pem, issuer.pem and trusted.pem (R2 + R1) in a fresh directory,
/// and the commands for the fixture chain.
fn round_trip_setup() -> (TempDir, Vec<Command>) {
    let dir = TempDir::new("round-trip");
    let pki = fixture("pki");
    std::fs::copy(pki.join("leaf.pem"), dir.path().join("leaf.pem")).unwrap();
    std::fs::copy(pki.join("int-rsa.pem"), dir.path().join("issuer.pem")).unwrap();
    let trusted = [
        std::fs::read(pki.join("int-rsa.pem")).unwrap(),
        std::fs::read(pki.join("root-rsa.pem")).unwrap(),
    ]
    .concat();
    std::fs::write(dir.path().join("trusted.pem"), trusted).unwrap();
    let report = report_of(
        &fixtures(&["pki/leaf.pem", "pki/int-rsa.pem", "pki/root-rsa.pem"]),
        now(),
    );
    let commands = report
        .commands
        .into_iter()
        .filter(|c| c.certificate == 0)
        .collect();
    (dir, commands)
}

/// The command with the certificate's responder swapped for the local one.
fn to_local(command: &str, responder: &LocalResponder) -> String {
    const URL: &str = "http://ocsp.example.test/";
    assert!(command.contains(URL), "{command}");
    command.replace(URL, &responder.url())
}

/// What openssl itself sends for leaf.pem and R2.
fn openssl_request(dir: &Path) -> Vec<u8> {
    openssl(
        dir,
        "ocsp -no_nonce -issuer issuer.pem -cert leaf.pem -reqout openssl-request.der",
    );
    std::fs::read(dir.join("openssl-request.der")).unwrap()
}

fn staple_report(dir: &Path) -> Report {
    let staple = std::fs::read(dir.join("staple.der")).unwrap();
    analyze(
        &[
            Input::new("leaf.pem", std::fs::read(dir.join("leaf.pem")).unwrap()),
            Input::new("issuer.pem", std::fs::read(dir.join("issuer.pem")).unwrap()),
            Input::new(
                "trusted.pem",
                std::fs::read(dir.join("trusted.pem")).unwrap(),
            ),
            Input::new("staple.der", staple),
        ],
        now(),
    )
}

#[test]
fn round_trip_against_a_real_responder() {
    if !tool_present("openssl", "version") || !tool_present("curl", "--version") {
        return;
    }
    let responder = LocalResponder::start();
    let (dir, commands) = round_trip_setup();
    let expected_request = openssl_request(dir.path());
    let run = |command: &str| {
        let out = sh(dir.path(), command, None, &[]);
        assert!(
            out.status.success(),
            "{command}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    let successful = |why: &str| {
        let report = staple_report(dir.path());
        assert_eq!(report.staples.len(), 1, "{why}");
        assert_eq!(report.staples[0].response_status, "successful", "{why}");
        std::fs::remove_file(dir.path().join("staple.der")).unwrap();
    };

    // 1. curl alone, GET: the URL decodes to exactly openssl's request.
    let curl = by_purpose(&commands, Purpose::FetchStapleCurl);
    assert!(
        curl.command.starts_with("curl -fsS -o staple.der http://"),
        "{}",
        curl.command
    );
    run(&to_local(&curl.command, &responder));
    assert_eq!(
        responder.seen(),
        vec![("GET".to_string(), expected_request.clone())]
    );
    assert_eq!(curl.request_der.as_deref(), Some(&expected_request[..]));
    successful("curl GET");

    // 2. curl alone, POST: a responder URL long enough to rule out GET.
    let long = format!("{}{}/", responder.url(), "p".repeat(230));
    let (post, _) = curl_fetch(&long, curl.request_der.as_ref().unwrap(), &Paths::default());
    std::fs::write(
        dir.path().join("request.der"),
        curl.request_der.as_ref().unwrap(),
    )
    .unwrap();
    assert!(post.contains("--data-binary @request.der"), "{post}");
    run(&post);
    assert_eq!(
        responder.seen(),
        vec![("POST".to_string(), expected_request.clone())]
    );
    successful("curl POST");

    // 3. openssl ocsp: fetches, verifies against trusted.pem, says good.
    let fetch = by_purpose(&commands, Purpose::FetchStapleOpenssl);
    let out = run(&to_local(&fetch.command, &responder));
    assert!(String::from_utf8_lossy(&out.stdout).contains("leaf.pem: good"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Response verify OK"));
    assert_eq!(responder.seen().len(), 1);

    // 4. verify-staple accepts what came back.
    let verify = by_purpose(&commands, Purpose::VerifyStaple);
    let out = run(&verify.command);
    assert!(String::from_utf8_lossy(&out.stdout).contains("leaf.pem: good"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Response verify OK"));
    successful("openssl ocsp");
}

/// The staple fetched from the real responder, fed back into certscope,
/// is matched to the leaf, good and fresh.
#[test]
fn round_trip_staple_is_good_and_fresh() {
    if !tool_present("openssl", "version") || !tool_present("curl", "--version") {
        return;
    }
    let responder = LocalResponder::start();
    let (dir, commands) = round_trip_setup();
    let curl = by_purpose(&commands, Purpose::FetchStapleCurl);
    let out = sh(dir.path(), &to_local(&curl.command, &responder), None, &[]);
    assert!(out.status.success());
    let json: serde_json::Value =
        serde_json::from_str(&staple_report(dir.path()).to_json()).unwrap();
    let response = &json["staples"][0]["responses"][0];
    assert_eq!(response["cert_status"], "good");
    assert_eq!(response["freshness"], "fresh");
    assert_eq!(response["certificate"], 0);
}

// ---------------------------------------------------------------------------
// Server configuration, findings, explanations

fn config_of(files: &[PathBuf], when: Timestamp) -> (Report, commands::ServerConfig) {
    let report = report_of(files, when);
    let config = report.server_config.clone().expect("a server certificate");
    (report, config)
}

#[test]
fn server_configuration_fits_what_was_found() {
    let ca = ThrowawayCa::new("config");
    let https = ca.leaf(
        "https",
        "0x10",
        &format!("{SERVER_EXT}authorityInfoAccess = OCSP;URI:https://ocsp.example.test/\n"),
    );
    let must_staple_no_url = ca.leaf(
        "must-staple-no-url",
        "0x11",
        &format!("{SERVER_EXT}tlsfeature = status_request\ncrlDistributionPoints = URI:http://crl.example.test/throwaway.crl\n"),
    );
    // (inputs, evaluation time, snippets that must appear per server
    // (nginx, haproxy, apache, caddy), snippets that must not, finding
    // codes expected, why)
    type Row<'a> = (
        Vec<PathBuf>,
        Timestamp,
        [&'a [&'a str]; 4],
        &'a [&'a str],
        &'a [&'a str],
        &'a str,
    );
    let table: Vec<Row> = vec![
        (
            fixtures(&["chains/with-root.pem"]),
            at(),
            [
                &[
                    "server_name www.example.test example.test;",
                    "ssl_certificate     /etc/ssl/www.example.test/fullchain.pem;",
                    "ssl_stapling        on;",
                    "ssl_stapling_verify on;",
                    "ssl_trusted_certificate /etc/ssl/www.example.test/trusted.pem;",
                    // issue 26 point 5: no resolver line unless one is known to answer.
                    "    # resolver <your DNS server> valid=300s;",
                    "    # resolver_timeout 5s;",
                    "# ssl_stapling_file /etc/ssl/www.example.test/staple.der;",
                    "Recommended, not required.",
                ],
                &[
                    "ocsp-update.mode on",
                    "[ocsp-update on]",
                    ".pem.ocsp",
                    ".pem.issuer",
                ],
                &[
                    "SSLStaplingCache",
                    "SSLUseStapling on",
                    "ServerAlias example.test",
                ],
                &[
                    "www.example.test, example.test {",
                    "tls /etc/ssl/www.example.test/fullchain.pem",
                ],
            ],
            &[
                "ssl_stapling off",
                "    resolver ",
                "resolver 127.0.0.53",
                "the root is not among your inputs",
                "ocsp_stapling off",
                // issue 19 point 6: not with OpenSSL 1.1+.
                "default_server",
                "it needs a resolver",
            ],
            &[],
            "the whole chain: nginx fetches and verifies itself",
        ),
        (
            fixtures(&["chains/correct.pem"]),
            at(),
            [
                &[
                    "the root is not among your inputs, so add it, or such responses fail",
                    "ssl_trusted_certificate",
                ],
                &[],
                &[],
                &[],
            ],
            &[],
            &[],
            "no root: trusted.pem would be incomplete",
        ),
        (
            fixtures(&["pki/leaf.pem"]),
            at(),
            [
                &["Its issuer is not among your inputs"],
                &["(needed: the issuer is not among your inputs)"],
                &["AH02217"],
                &[],
            ],
            &[],
            &[],
            "no issuer: nginx and Apache would not staple",
        ),
        (
            fixtures(&["pki/leaf-must-staple.pem", "pki/int-rsa.pem"]),
            at(),
            [
                &[
                    "Must-Staple",
                    "\n    ssl_stapling_file   /etc/ssl/must-staple.example.test/staple.der;",
                ],
                &["Must-Staple"],
                &["SSLUseStapling on"],
                &["Must-Staple is safe here"],
            ],
            &["ssl_stapling_verify"],
            &[],
            "must-staple: a file route, so the first connection has a staple",
        ),
        (
            fixtures(&["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem"]),
            at(),
            [
                &[
                    "ssl_stapling off;",
                    "SC-063",
                    "http://crl.example.test/e2.crl",
                ],
                &["Leave ocsp-update off", "http://crl.example.test/e2.crl"],
                &["SSLUseStapling off"],
                &["ocsp_stapling off"],
            ],
            &[
                "ocsp-update.mode on",
                "SSLStaplingCache",
                "ssl_stapling_verify",
            ],
            &["ocsp-no-responder-url"],
            "no OCSP URL: nothing to staple, show the CRL",
        ),
        (
            vec![https, ca.ca()],
            now(),
            [
                &["nginx fetches only from http://", "ssl_stapling_file"],
                &[".pem.ocsp"],
                &["AH01940", "SSLUseStapling off"],
                &["tls "],
            ],
            &["ssl_stapling_verify"],
            &["ocsp-https-responder-url"],
            "an https:// responder: nginx refuses it",
        ),
        (
            vec![must_staple_no_url, ca.ca()],
            now(),
            [
                &[
                    "ssl_stapling off;",
                    "have it reissued",
                    "http://crl.example.test/throwaway.crl",
                ],
                &[],
                &["SSLUseStapling off"],
                &["ocsp_stapling off"],
            ],
            &[],
            &["ocsp-must-staple-without-url"],
            "must-staple without an OCSP URL: reissue",
        ),
    ];
    for (files, when, musts, must_nots, codes, why) in table {
        let (report, config) = config_of(&files, when);
        let texts = [
            &config.nginx,
            &config.haproxy,
            &config.apache,
            &config.caddy,
        ];
        for (text, must) in texts.iter().zip(musts) {
            for snippet in must {
                assert!(
                    text.contains(snippet),
                    "{why}: {snippet:?} missing from\n{text}"
                );
            }
        }
        for snippet in must_nots {
            for text in texts {
                assert!(!text.contains(snippet), "{why}: {snippet:?} in\n{text}");
            }
        }
        let found: Vec<&str> = report
            .findings
            .iter()
            .map(|f| f.code)
            .filter(|c| c.starts_with("ocsp-"))
            .collect();
        assert_eq!(found, codes, "{why}");
    }
}

#[test]
fn findings_say_what_to_do() {
    let report = report_of(
        &fixtures(&["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem"]),
        at(),
    );
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "ocsp-no-responder-url")
        .unwrap();
    assert_eq!(finding.certificate, Some(0));
    for words in [
        "nothing to staple",
        "SC-063",
        "May 2025",
        "ssl_stapling off",
        "http://crl.example.test/e2.crl",
    ] {
        assert!(
            finding.message.contains(words),
            "{words}: {}",
            finding.message
        );
    }
    // 498 server certificates: advice for the first ten, and one finding
    // that says so, not 498.
    let report = report_of(&fixtures(&["chains/big-500.pem"]), at());
    let certs: std::collections::BTreeSet<usize> =
        report.commands.iter().map(|c| c.certificate).collect();
    assert_eq!(certs.len(), commands::MAX_SITES);
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.code == "ocsp-advice-truncated")
            .count(),
        1
    );
}

#[test]
fn commands_fit_what_was_found() {
    // (inputs, purposes for certificate 0, why)
    let table: [(&[&str], &[&str], &str); 5] = [
        (
            &["chains/with-root.pem"],
            &[
                "check-server",
                "fetch-staple-openssl",
                "fetch-staple-curl",
                "verify-staple",
                "refresh-staple-file",
                "fetch-crl",
                "read-crl",
                "verify-with-crl",
            ],
            "a complete chain: stapling, then its CRL (issue 14)",
        ),
        (
            &["pki/leaf.pem"],
            &["check-server", "fetch-issuer"],
            "issuer missing: fetch it first",
        ),
        (
            &["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem"],
            &["check-server", "fetch-crl", "read-crl", "verify-with-crl"],
            "no OCSP URL: no staple to fetch, its CRL instead",
        ),
        (
            &["pki/unrelated-leaf.pem"],
            &["check-server"],
            "no issuer and no CA Issuers URL",
        ),
        (
            &["pki/leaf.pem", "pki/wrong-int.pem"],
            &["check-server", "fetch-issuer"],
            "same issuer name, wrong key: not the issuer",
        ),
    ];
    for (files, purposes, why) in table {
        let report = report_of(&fixtures(files), at());
        let got: Vec<&str> = report
            .commands
            .iter()
            .filter(|c| c.certificate == 0)
            .map(|c| c.purpose.word())
            .collect();
        assert_eq!(got, purposes, "{why}");
    }

    let report = report_of(&fixtures(&["chains/with-root.pem"]), at());
    // (purpose, exact command, why)
    let exact = [
        (
            Purpose::CheckServer,
            "openssl s_client -connect www.example.test:443 -servername www.example.test -status -showcerts </dev/null",
            "HOST from the first DNS SAN",
        ),
        (
            Purpose::FetchStapleOpenssl,
            "openssl ocsp -no_nonce -issuer issuer.pem -cert leaf.pem -url http://ocsp.example.test/ -header Host=ocsp.example.test -CAfile trusted.pem -respout staple.der",
            "-issuer before -cert; the root is known, so -CAfile",
        ),
        (
            Purpose::VerifyStaple,
            "openssl ocsp -no_nonce -respin staple.der -issuer issuer.pem -cert leaf.pem -CAfile trusted.pem -resp_text",
            "verification against the chain, never -noverify",
        ),
    ];
    for (purpose, command, why) in exact {
        assert_eq!(
            by_purpose(&report.commands, purpose).command,
            command,
            "{why}"
        );
    }
    // Without the root, the issuer itself is trusted as the responder.
    let report = report_of(&fixtures(&["chains/correct.pem"]), at());
    assert!(by_purpose(&report.commands, Purpose::VerifyStaple)
        .command
        .contains("-VAfile issuer.pem"));
    // The page's host override.
    let certs = certificates(&fixtures(&["chains/correct.pem"]));
    let advice = advise(&certs, Some("staging.example.test"), &Paths::default());
    assert!(by_purpose(&advice.commands, Purpose::CheckServer)
        .command
        .contains("-connect staging.example.test:443 -servername staging.example.test"));
    // The fetch-issuer command for a plain DER URL.
    let report = report_of(&fixtures(&["pki/leaf.pem"]), at());
    assert_eq!(
        by_purpose(&report.commands, Purpose::FetchIssuer).command,
        "curl -fsSL http://ca.example.test/int-r2.der | openssl x509 -inform DER -out issuer.pem"
    );
    // issuer_of checks the signature, not only the name.
    let certs = certificates(&fixtures(&[
        "pki/leaf.pem",
        "pki/wrong-int.pem",
        "pki/int-rsa.pem",
    ]));
    assert_eq!(issuer_of(&certs, 0), Some(2));
}

#[test]
fn log_lines_are_explained_for_the_inputs() {
    let chain = report_of(&fixtures(&["chains/with-root.pem"]), at());
    let leaf_alone = report_of(&fixtures(&["pki/leaf.pem"]), at());
    let no_ocsp = report_of(
        &fixtures(&["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem"]),
        at(),
    );
    let nothing = report_of(&[], at());
    // (log line, report, expected codes, words in the "inputs" part, where
    // the line comes from)
    let table: Vec<(&str, &Report, &[&str], &str, &str)> = vec![
        (
            "2026/11/23 01:00:00 [warn] 1234#1234: \"ssl_stapling\" ignored, issuer certificate not found for certificate \"/etc/nginx/ssl/leaf.pem\"",
            &leaf_alone,
            &["nginx-issuer-not-found"],
            "fetch-issuer command downloads it from http://ca.example.test/int-r2.der",
            "nginx -t with the leaf alone",
        ),
        (
            "nginx: [warn] \"ssl_stapling\" ignored, issuer certificate not found for certificate \"/etc/nginx/ssl/leaf.pem\"",
            &chain,
            &["nginx-issuer-not-found"],
            "which is among your inputs",
            "the issuer is on the page: put it in fullchain.pem",
        ),
        (
            "[warn] 1#1: \"ssl_stapling\" ignored, no OCSP responder URL in the certificate \"/etc/ssl/x/fullchain.pem\"",
            &no_ocsp,
            &["nginx-no-responder-url"],
            "http://crl.example.test/e2.crl",
            "a Let's Encrypt certificate since May 2025",
        ),
        (
            "[error] 55#55: OCSP_basic_verify() failed (SSL: error:27069065:OCSP routines:OCSP_basic_verify:certificate verify error:Verify error:unable to get local issuer certificate) while requesting certificate status, responder: ocsp.example.test, peer: 192.0.2.1:80, certificate: \"/etc/ssl/x/fullchain.pem\"",
            &chain,
            &["nginx-verify-failed"],
            "trusted.pem",
            "ssl_trusted_certificate without the root",
        ),
        (
            "[error] 55#55: OCSP_check_validity() failed (SSL:) while requesting certificate status, responder: ocsp.example.test",
            &chain,
            &["nginx-validity-failed"],
            "http://ocsp.example.test/",
            "a stale responder or a wrong clock",
        ),
        (
            "[error] 55#55: certificate status not found in the OCSP response while requesting certificate status, responder: ocsp.example.test",
            &chain,
            &["nginx-status-not-found"],
            "certscope Test Intermediate R2",
            "a cross-signed intermediate with the same name",
        ),
        (
            "[error] 55#55: no resolver defined to resolve ocsp.example.test while requesting certificate status, responder: ocsp.example.test",
            &chain,
            &["nginx-no-resolver"],
            "http://ocsp.example.test/",
            "resolver missing",
        ),
        (
            "[WARNING]  (1234) : Loading: OCSP single response: no longer valid.. Content will be ignored.",
            &chain,
            &["haproxy-staple-stale"],
            "http://ocsp.example.test/",
            "HAProxy with a stale .ocsp file",
        ),
        (
            "<OCSP-UPDATE> /etc/haproxy/certs/site.pem 2 \"HTTP error\" 1 0",
            &chain,
            &["haproxy-update-failed"],
            "http://ocsp.example.test/",
            "HAProxy ocsp-update log line",
        ),
        (
            "[Mon Nov 23 01:00:00.000000 2026] [ssl:error] [pid 42] AH02217: ssl_stapling_init_cert: can't retrieve issuer certificate! [subject: CN=www.example.test]",
            &leaf_alone,
            &["apache-issuer-not-found"],
            "not among your inputs",
            "Apache without SSLCertificateChainFile",
        ),
        (
            "[ssl:error] AH02218: ssl_stapling_init_cert: no OCSP URI in certificate and no SSLStaplingForceURL set [subject: CN=no-ocsp.example.test]",
            &no_ocsp,
            &["apache-no-responder-url"],
            "has no OCSP responder URL indeed",
            "Apache and a certificate without OCSP",
        ),
        (
            "{\"level\":\"warn\",\"logger\":\"tls\",\"msg\":\"stapling OCSP\",\"error\":\"no OCSP stapling for [no-ocsp.example.test]: no OCSP server specified in certificate\"}",
            &no_ocsp,
            &["caddy-no-responder-url"],
            "indeed",
            "Caddy with a Let's Encrypt certificate",
        ),
        (
            "OCSP_basic_verify() failed",
            &nothing,
            &["nginx-verify-failed"],
            "No server certificate is among your inputs",
            "no certificates on the page",
        ),
        ("GET / HTTP/1.1 200", &chain, &[], "", "an access log line is not a stapling message"),
    ];
    for (line, report, codes, inputs, why) in table {
        let explained = explain_log(line, &report.certificates);
        let got: Vec<&str> = explained.iter().map(|e| e.code).collect();
        assert_eq!(got, codes, "{why}");
        for e in &explained {
            assert!(
                e.inputs.contains(inputs),
                "{why}: {:?} not in {:?}",
                inputs,
                e.inputs
            );
            assert!(!e.meaning.is_empty() && !e.fix.is_empty(), "{why}");
        }
    }
}

// ---------------------------------------------------------------------------
// The report and the CLI

#[test]
fn json_and_cli_carry_the_commands() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(["inspect", "--json", "--at", AT, "chains/with-root.pem"])
        .current_dir(fixture(""))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["commands"][0]["purpose"], "check-server");
    assert_eq!(json["commands"][0]["certificate"], 0);
    assert_eq!(json["commands"][2]["purpose"], "fetch-staple-curl");
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(json["commands"][2]["request_base64"].as_str().unwrap())
            .unwrap(),
        std::fs::read(fixture("staples/ocsp-request-leaf.der")).unwrap()
    );
    for server in ["nginx", "haproxy", "apache", "caddy"] {
        assert!(json["server_config"][server]
            .as_str()
            .unwrap()
            .contains("www.example.test"));
    }

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(["inspect", "--at", AT, "chains/with-root.pem"])
        .current_dir(fixture(""))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let report = report_of(&fixtures(&["chains/with-root.pem"]), at());
    for command in &report.commands {
        // Flush left, so the refresh recipe's here-documents paste as they are.
        assert!(
            text.contains(&format!("\n{}\n", command.command.trim_end())),
            "{}",
            command.command
        );
    }
    assert!(text.contains("Server configuration: nginx"));
    // Deterministic: the same inputs give the same commands.
    assert_eq!(
        report.commands,
        report_of(&fixtures(&["chains/with-root.pem"]), at()).commands
    );
}

/// Issue 32: the commands follow the verdict. (files, time, the purposes in
/// order, why). An expired leaf is renewed first and a revoked one replaced
/// with a new key, with nothing about staples or CRLs after it; one that
/// expires soon is renewed first and keeps the rest; a good one starts
/// with checking the server. On the old code every case began with
/// check-server and the revoked leaf got a staple timer.
#[test]
fn commands_follow_the_verdict() {
    use Purpose::*;
    let staple_and_crl = [
        FetchStapleOpenssl,
        FetchStapleCurl,
        VerifyStaple,
        RefreshStapleFile,
        FetchCrl,
        ReadCrl,
        VerifyWithCrl,
    ];
    let table: &[(&[&str], &str, &[Purpose], &str)] = &[
        (
            &[
                "pki/leaf-expired.pem",
                "pki/int-rsa.pem",
                "pki/root-rsa.pem",
            ],
            AT,
            &[Renew, CheckServer],
            "expired leaf",
        ),
        (
            &[
                "pki/other-leaf.pem",
                "pki/int-rsa.pem",
                "staples/revoked.der",
            ],
            AT,
            &[Replace, CheckServer],
            "revoked staple",
        ),
        (
            &["pki/other-leaf.pem", "pki/int-rsa.pem", "crl/full.crl"],
            AT,
            &[Replace, CheckServer],
            "revoked on a CRL",
        ),
        (
            &["chains/correct.pem"],
            "2027-05-20T00:00:00Z",
            &[
                Renew,
                CheckServer,
                FetchStapleOpenssl,
                FetchStapleCurl,
                VerifyStaple,
                RefreshStapleFile,
                FetchCrl,
                ReadCrl,
                VerifyWithCrl,
            ],
            "leaf expires in 12 days",
        ),
        (
            &["chains/correct.pem"],
            AT,
            &[
                CheckServer,
                FetchStapleOpenssl,
                FetchStapleCurl,
                VerifyStaple,
                RefreshStapleFile,
                FetchCrl,
                ReadCrl,
                VerifyWithCrl,
            ],
            "good leaf",
        ),
    ];
    for (files, when, want, why) in table {
        let report = report_of(&fixtures(files), Timestamp::parse_rfc3339(when).unwrap());
        let got: Vec<Purpose> = report.commands.iter().map(|c| c.purpose).collect();
        assert_eq!(&got, want, "{why}");
        if matches!(want.first(), Some(Renew | Replace)) && want.len() == 2 {
            assert!(got.iter().all(|p| !staple_and_crl.contains(p)), "{why}");
        }
    }
}

/// The first command is one openssl accepts and writes a CSR with the
/// leaf's names: a new EC key for a revoked leaf, the server's key for an
/// expired one.
#[test]
fn renewal_commands_make_a_csr_with_the_leafs_names() {
    if !tool_present("openssl", "version") {
        return;
    }
    let table = [
        (
            &[
                "pki/other-leaf.pem",
                "pki/int-rsa.pem",
                "staples/revoked.der",
            ][..],
            "other.example.test",
            "id-ecPublicKey",
        ),
        (
            &["pki/leaf-expired.pem", "pki/int-rsa.pem"][..],
            "expired.example.test",
            "rsaEncryption",
        ),
    ];
    for (files, name, key) in table {
        let report = report_of(&fixtures(files), at());
        let first = &report.commands[0];
        let dir = TempDir::new("csr");
        std::fs::copy(fixture("pki/keys/leaf.key"), dir.path().join("privkey.pem")).unwrap();
        let run = sh(dir.path(), &first.command, None, &[]);
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let text = openssl(dir.path(), "req -in request.csr -noout -text -verify");
        let text = String::from_utf8_lossy(&text.stdout).to_string();
        assert!(text.contains(&format!("CN = {name}")), "{text}");
        assert!(text.contains(&format!("DNS:{name}")), "{text}");
        assert!(text.contains(key), "{name}: {text}");
    }
}

/// Issue 32: a CRL named at two URLs (DigiCert's crl3 and crl4 mirrors of
/// one file) gets one set of commands with a fallback, not two near-equal
/// sets; file names are the CRL's readable name.
#[test]
fn mirrored_crls_get_one_set_of_commands() {
    let when = Timestamp::parse_rfc3339("2022-06-01T00:00:00Z").unwrap();
    let report = report_of(&fixtures(&["trust/public/cloudflare-dns.pem"]), when);
    let fetch: Vec<&Command> = report
        .commands
        .iter()
        .filter(|c| c.purpose == Purpose::FetchCrl)
        .collect();
    assert_eq!(fetch.len(), 1, "{fetch:?}");
    assert_eq!(
        fetch[0].command,
        "curl -fsSL http://crl3.digicert.com/DigiCertTLSHybridECCSHA3842020CA1-1.crl -o DigiCertTLSHybridECCSHA3842020CA1-1.crl || curl -fsSL http://crl4.digicert.com/DigiCertTLSHybridECCSHA3842020CA1-1.crl -o DigiCertTLSHybridECCSHA3842020CA1-1.crl"
    );
    assert_eq!(
        report
            .commands
            .iter()
            .filter(|c| c.purpose == Purpose::VerifyWithCrl)
            .count(),
        1
    );
}

/// Issue 32: a trust bundle got no commands at all. Now it gets those its
/// findings call for, in order: (inputs as (name, fixture files
/// concatenated), purposes, why). Every row but the first failed on the
/// old code, which gave a bundle an empty list.
#[test]
fn a_trust_bundle_gets_the_commands_its_findings_call_for() {
    use Purpose::*;
    type Row<'a> = (&'a [(&'a str, &'a [&'a str])], &'a [Purpose], &'a str);
    let table: &[Row] = &[
        (
            &[
                ("root-rsa.pem", &["pki/root-rsa.pem"]),
                ("root-ecdsa.pem", &["pki/root-ecdsa.pem"]),
            ],
            &[VerifyWithBundle],
            "two current roots: only check a chain against them",
        ),
        (
            &[(
                "roots.pem",
                &["pki/root-rsa.pem", "bundles/self-signed-not-ca.pem"],
            )],
            &[CleanBundle, VerifyWithBundle],
            "a self-signed certificate that is not a CA: left out",
        ),
        (
            &[(
                "roots.pem",
                &["pki/root-rsa.pem", "pki/root-ecdsa.pem", "pki/root-rsa.pem"],
            )],
            &[CleanBundle, VerifyWithBundle],
            "a root given twice: one copy kept",
        ),
        (
            &[(
                "my-roots.pem",
                &["pki/root-rsa.pem", "trust/cross/old-root.pem"],
            )],
            &[CleanBundle, RefreshBundle, VerifyWithBundle],
            "an expired root in a bundle of one's own: cleaned first",
        ),
        (
            &[(
                "/etc/ssl/certs/ca-certificates.crt",
                &["pki/root-rsa.pem", "trust/cross/old-root.pem"],
            )],
            &[RefreshBundle, CleanBundle, VerifyWithBundle],
            "an expired root in Debian's file: the package first, an edit would be overwritten",
        ),
    ];
    for (inputs, want, why) in table {
        let report = bundle_report(inputs, None);
        let got: Vec<Purpose> = report.commands.iter().map(|c| c.purpose).collect();
        assert_eq!(&got, want, "{why}");
        assert!(report.chains.is_empty(), "{why}: still a bundle");
        assert!(
            report
                .commands
                .iter()
                .all(|c| c.certificate == 0 && c.purpose.for_bundle()),
            "{why}"
        );
    }

    // The exact words, with readable file names.
    let debian = bundle_report(
        &[(
            "/etc/ssl/certs/ca-certificates.crt",
            &["pki/root-rsa.pem", "trust/cross/old-root.pem"],
        )],
        None,
    );
    assert_eq!(
        debian.commands[0].command,
        "apt-get update && apt-get install --only-upgrade ca-certificates && update-ca-certificates"
    );
    assert!(debian.commands[0]
        .note
        .contains("update-ca-certificates alone only rebuilds"));
    assert!(debian.commands[1]
        .command
        .contains("cat -- /etc/ssl/certs/ca-certificates.crt | awk"));
    assert!(debian.commands[1]
        .command
        .contains(": > ca-certificates.clean.crt"));
    assert!(debian.commands[1]
        .note
        .contains("without certscope Old Root"));
    // Debian's file is refreshed in place: the check and the servers use it.
    assert_eq!(
        debian.commands[2].command,
        "openssl verify -CAfile /etc/ssl/certs/ca-certificates.crt -untrusted issuer.pem leaf.pem"
    );
    let config = debian.server_config.as_ref().unwrap();
    assert!(config
        .nginx
        .contains("ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;"));
    assert!(config
        .haproxy
        .contains("ca-file /etc/ssl/certs/ca-certificates.crt"));
    assert!(config
        .apache
        .contains("SSLProxyCACertificateFile /etc/ssl/certs/ca-certificates.crt"));
    // One's own bundle: the check runs against the cleaned copy.
    let own = bundle_report(
        &[(
            "my-roots.pem",
            &["pki/root-rsa.pem", "bundles/self-signed-not-ca.pem"],
        )],
        None,
    );
    assert_eq!(
        own.commands[1].command,
        "openssl verify -CAfile my-roots.clean.pem -untrusted issuer.pem leaf.pem"
    );
    assert!(own
        .server_config
        .as_ref()
        .unwrap()
        .nginx
        .contains("ssl_trusted_certificate /etc/ssl/my-roots.clean.pem;"));

    // The server lines follow --server, as a chain's configuration does.
    let nginx = bundle_report(
        &[("my-roots.pem", &["pki/root-rsa.pem", "pki/root-ecdsa.pem"])],
        Some(commands::config::Server::Nginx),
    );
    let config = nginx.server_config.unwrap();
    assert!(config
        .nginx
        .contains("ssl_trusted_certificate /etc/ssl/my-roots.pem;"));
    assert!(config.haproxy.is_empty() && config.apache.is_empty() && config.caddy.is_empty());
}

/// The roots of `inputs` (each a name and the fixtures concatenated into
/// it) as a bundle, analysed at the fixtures' time for `server`.
fn bundle_report(inputs: &[(&str, &[&str])], server: Option<commands::config::Server>) -> Report {
    let inputs: Vec<Input> = inputs
        .iter()
        .map(|(name, files)| {
            let bytes: Vec<u8> = files
                .iter()
                .flat_map(|f| std::fs::read(fixture(f)).unwrap())
                .collect();
            Input::new(*name, bytes)
        })
        .collect();
    let options = certscope::Options {
        server,
        ..certscope::Options::default()
    };
    certscope::analyze_with(&inputs, at(), &options)
}

/// The clean-bundle script, run by `sh` with the real openssl: the copy it
/// writes holds every root but the expired and not-CA ones, each once, and
/// the original is untouched.
#[test]
fn the_clean_bundle_script_writes_the_bundle_without_its_bad_roots() {
    if !tool_present("openssl", "version") {
        return;
    }
    // A file name a person may well have, and one that tries to run
    // something: each is one quoted word.
    const NAME: &str = "ca roots $(touch pwned) 'x'.pem";
    const CLEANED: &str = "ca roots $(touch pwned) 'x'.clean.pem";
    let dir = TempDir::new("clean-bundle");
    let files = [
        "pki/root-rsa.pem",
        "trust/cross/old-root.pem",
        "pki/root-ecdsa.pem",
        "bundles/self-signed-not-ca.pem",
        "pki/root-rsa.pem",
    ];
    let bytes: Vec<u8> = files
        .iter()
        .flat_map(|f| std::fs::read(fixture(f)).unwrap())
        .collect();
    std::fs::write(dir.path().join(NAME), &bytes).unwrap();
    let report = certscope::analyze(&[Input::new(NAME, bytes.clone())], at());
    let clean = by_purpose(&report.commands, Purpose::CleanBundle);
    let run = sh(dir.path(), &clean.command, None, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("certscope Old Root"), "{stderr}");
    assert!(
        stderr.contains("certscope Test Self-signed Server"),
        "{stderr}"
    );
    assert!(
        String::from_utf8_lossy(&run.stdout).contains(&format!("{CLEANED}: 2 roots")),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let kept = std::fs::read(dir.path().join(CLEANED)).unwrap();
    let want: Vec<u8> = ["pki/root-rsa.pem", "pki/root-ecdsa.pem"]
        .iter()
        .flat_map(|f| std::fs::read(fixture(f)).unwrap())
        .collect();
    assert_eq!(
        String::from_utf8(kept).unwrap(),
        String::from_utf8(want).unwrap()
    );
    assert_eq!(std::fs::read(dir.path().join(NAME)).unwrap(), bytes);
    assert!(
        !dir.path().join("pwned").exists(),
        "a file name ran a command"
    );
}

/// A trust bundle's check with hostile file names (the bundle's and the
/// chain's): each reaches openssl as exactly one argument.
#[test]
fn the_bundle_check_survives_hostile_file_names() {
    let work = TempDir::new("bundle-hostile");
    let (bin, log) = stubs(work.path());
    let bundle = "roots $(touch PWNED) `touch PWNED`;'x'.pem";
    let paths = Paths {
        leaf: "my$(touch${IFS}PWNED)leaf.pem".to_string(),
        issuer: "it's `touch PWNED`.pem".to_string(),
        ..Paths::default()
    };
    let bytes: Vec<u8> = ["pki/root-rsa.pem", "pki/root-ecdsa.pem"]
        .iter()
        .flat_map(|f| std::fs::read(fixture(f)).unwrap())
        .collect();
    let report = certscope::analyze(&[Input::new(bundle, bytes)], at());
    let files = commands::bundle::Files::of(&[bundle]);
    let trust =
        certscope::inspect::trust_bundle::TrustBundle::of(&report.certificates, &[0, 1], 0, at())
            .unwrap();
    let (cmds, _) = commands::bundle::advise(&trust, &report.certificates, &files, (None, &paths));
    let verify = by_purpose(&cmds, Purpose::VerifyWithBundle);
    let out = sh(
        work.path(),
        &verify.command,
        Some(&bin),
        &[("STUB_LOG", &log)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        calls(&log),
        vec![words(&[
            "openssl",
            "verify",
            "-CAfile",
            bundle,
            "-untrusted",
            &paths.issuer,
            &paths.leaf
        ])]
    );
    no_canary(work.path());
}
