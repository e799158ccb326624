//! `certscope`: the command-line face of the analysis core.
//! Errors are handled here, once; the core never exits or prints.

#[cfg(not(target_arch = "wasm32"))]
mod connect;
#[cfg(target_arch = "wasm32")]
#[path = "connect_none.rs"]
mod connect;

use certscope::inspect::commands::config::Server;
use certscope::inspect::input::redact_private_keys;
use certscope::inspect::render::render_text;
use certscope::{analyze_with, Input, Options, Timestamp};
use std::io::{Read as _, Write as _};
use std::process::ExitCode;
use std::time::Duration;

const HELP: &str = "\
certscope: inspect certificate chains and OCSP staples

Usage:
  certscope inspect [--json] [--at RFC3339] [--host HOST]... [--root FILE]... [--explain LINE]
                    [--server nginx|haproxy|apache|caddy]
                    [--connect HOST[:PORT] [--servername NAME]]...
                    [--connect-timeout SECS] [--connect-once] [FILE...]
  certscope --help | --version

FILE is a PEM or DER certificate, a chain, raw `openssl s_client -showcerts`
output, a PKCS#7 bundle (.p7b), a DER OCSP response (a staple: nginx
ssl_stapling_file, HAProxy .ocsp) or OpenSSL's text of one (`s_client -status`,
`openssl ocsp -text`), a CRL (DER or PEM; each certificate is looked up in
the CRLs that cover it), a PUBLIC KEY or a CSR (matched against the
certificates' keys; print a private key's public key with
`openssl pkey -in key.pem -pubout`); `-` reads standard input. Files are
analysed together, as the web page does.

Each chain is validated as TLS clients validate it, by rustls-webpki (name
constraints, extended key usage, critical extensions, key and signature
algorithms, validity, path length), against Mozilla's root store as shipped
by webpki-root-certs 1.0.11 (as of 2026-10-23), offline, and against your
own roots (--root, or a self-signed root given last in its file): the root
it ends in is named and added to trusted.pem. The same engine also judges
each chain against Apple's, Microsoft's, Android's and Java's root programs
(the vendors' lists as of 2022-01-23 to 2026-03-28, offline): the chain
section's Trusted by line.

Options:
  --json          print the report as JSON (the same JSON the page downloads)
  --at RFC3339    evaluate validity at this time instead of now,
                  e.g. 2026-11-23T01:00:00Z
  --host HOST     a name clients connect to: checked against the leaf's
                  DNS and IP subject alternative names (wildcards, IDN);
                  repeatable. The first is used in the generated commands
                  (default: the leaf's first DNS name)
  --root FILE     roots you trust (a private CA), as `openssl verify -CAfile`:
                  chains are also validated against these; the file is
                  analysed with the others. Repeatable
  --explain LINE  explain a server log line (nginx, HAProxy, Apache, Caddy)
                  against these certificates
  --server NAME   the server you run: nginx, haproxy, apache or caddy. The
                  headline adds what its finding means on that server, the
                  configuration is written for it alone (for a trust bundle,
                  its line that names the bundle), and the staple timer
                  follows it (HAProxy's .ocsp file; none for Apache and Caddy,
                  which refresh their staple themselves). Without it the
                  headline names no server and every server's configuration
                  is written

Reading a live server (what `openssl s_client -connect HOST:PORT -showcerts
-status` shows, without the pasting):
  --connect HOST[:PORT]
                  make one TLS handshake (TLS 1.3 or 1.2, asking for a staple
                  with status_request, offering ALPN h2 and http/1.1) and
                  analyse what the server sent: the certificates in the order
                  sent become the input \"HOST:PORT (sent chain)\", the stapled
                  OCSP response \"HOST:PORT (staple)\". Port 443 by default;
                  IPv6 as [::1]:8443; repeatable. Nothing is sent but the
                  handshake and close_notify, and nothing is verified while
                  connecting: certscope judges what was read, as it judges
                  files. The name sent in SNI is also checked as a --host; an
                  IP address is sent no SNI and checked as no host name (the
                  server then sends its default certificate: add --servername
                  or --host). When the first handshake carries no staple,
                  certscope connects again a second later: nginx staples only
                  from the handshake after its first fetch, per worker, and
                  the report then says so. The report says \"the server sent
                  no staple\" when neither had one (connect-no-staple).
  --servername NAME
                  the name to send in SNI for the --connect before it
                  (default: its host, unless an IP address)
  --connect-timeout SECS
                  give up on a server after this long (default 10)
  --connect-once  no second handshake when the first has no staple
  SCTs sent in the TLS extension are not read (rustls does not ask for
  them); those embedded in the certificate are.

Exit status:
  0  no finding has severity error. A signature certscope cannot check
     (Ed448, MD5, an unknown algorithm) is not an error but is never called
     verified either: it is a signature-unchecked warning, and the verdict of
     the report (its second line) says \"Cannot tell\", not \"All good\"
  1  at least one finding has severity error (clients refuse the chain,
     the server will not start with it, a staple or CRL is bad)
  2  usage error, a file could not be read, or a --connect failed (refused,
     timed out, a TLS alert, not TLS, a name that does not resolve): the
     report still shows what was read, and a line on standard error says
     what failed

Examples:
  openssl s_client -connect example.com:443 -showcerts </dev/null | certscope inspect -
  certscope inspect --json fullchain.pem staple.der > report.json
  openssl s_client -connect example.com:443 -status </dev/null | certscope inspect -
  certscope inspect --at 2026-12-01T00:00:00Z leaf.pem chain.pem
  certscope inspect --connect example.com
  certscope inspect --connect 192.0.2.10:8443 --servername www.example.com
  certscope inspect --explain 'OCSP_check_validity() failed' fullchain.pem staple.der
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("certscope: {message}");
            eprintln!("Try 'certscope --help'.");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            return Ok(ExitCode::SUCCESS);
        }
        Some("-V" | "--version") => {
            println!("certscope {}", env!("CARGO_PKG_VERSION"));
            return Ok(ExitCode::SUCCESS);
        }
        Some("inspect") => {}
        Some(other) => return Err(format!("unknown command '{other}'")),
    }
    let mut json = false;
    let mut at = None;
    let mut options = Options::default();
    let mut files = Vec::new();
    let mut files_roots: Vec<Input> = Vec::new();
    let mut live = Live::default();
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--connect" | "--servername" | "--connect-timeout" | "--connect-once" => {
                live.option(arg, &mut rest)?
            }
            "--at" => {
                let value = rest
                    .next()
                    .ok_or("--at needs a time, e.g. 2026-11-23T01:00:00Z")?;
                at = Some(parse_at(value)?);
            }
            a if a.starts_with("--at=") => at = Some(parse_at(&a["--at=".len()..])?),
            "--host" => {
                let name = rest.next().ok_or("--host needs a host name")?;
                // Repeatable: every name is checked against the leaf; the
                // commands use the first.
                options.host = Some(match options.host.take() {
                    Some(names) => format!("{names} {name}"),
                    None => name.clone(),
                });
            }
            "--root" => {
                let path = rest
                    .next()
                    .ok_or("--root needs a file of root certificates")?;
                let root = read_input(path)?;
                files_roots.push(root);
            }
            "--server" => {
                let word = rest
                    .next()
                    .ok_or("--server needs nginx, haproxy, apache or caddy")?;
                options.server = Some(Server::from_word(word).ok_or_else(|| {
                    format!("--server: '{word}' is none of nginx, haproxy, apache, caddy")
                })?);
            }
            "--explain" => {
                options.log_line = Some(rest.next().ok_or("--explain needs a log line")?.clone())
            }
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(ExitCode::SUCCESS);
            }
            "--" => files.extend(rest.by_ref().cloned()),
            a if a.starts_with('-') && a != "-" => return Err(format!("unknown option '{a}'")),
            a => files.push(a.to_string()),
        }
    }
    if files.is_empty() && live.targets.is_empty() {
        return Err(
            "inspect needs at least one FILE (or - for standard input) or --connect HOST"
                .to_string(),
        );
    }
    let mut inputs = files
        .iter()
        .map(|f| read_input(f))
        .collect::<Result<Vec<_>, _>>()?;
    // A root file is read like any input too (a CRL it signed is checked,
    // trusted.pem holds it), and names the anchors of the "given" verdict.
    inputs.extend(files_roots.iter().cloned());
    options.roots = files_roots;
    let failed = live.read(&mut inputs, &mut options);
    let at = at.unwrap_or_else(now);
    let report = analyze_with(&inputs, at, &options);
    let text = if json {
        report.to_json() + "\n"
    } else {
        render_text(&report)
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (| head) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    // A server that could not be read is a failure to read an input, as an
    // unreadable file is; the report above still says what was read.
    for connection in &failed {
        eprintln!("certscope: cannot read {connection}");
    }
    Ok(if !failed.is_empty() {
        ExitCode::from(2)
    } else if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The `--connect` options: servers to read, and how.
struct Live {
    targets: Vec<connect::Target>,
    timeout: Duration,
    once: bool,
}

impl Default for Live {
    fn default() -> Self {
        Live {
            targets: Vec::new(),
            // openssl s_client waits for the system's TCP timeout (minutes);
            // a person at a prompt wants an answer sooner.
            timeout: Duration::from_secs(10),
            once: false,
        }
    }
}

impl Live {
    fn option<'a>(
        &mut self,
        arg: &str,
        rest: &mut impl Iterator<Item = &'a String>,
    ) -> Result<(), String> {
        match arg {
            "--connect" => {
                let server = rest.next().ok_or("--connect needs HOST[:PORT]")?;
                self.targets.push(connect::Target::parse(server)?);
            }
            "--servername" => {
                let name = rest.next().ok_or("--servername needs a host name")?;
                let target = self
                    .targets
                    .last_mut()
                    .ok_or("--servername names the server of the --connect before it")?;
                target.server_name = Some(name.clone());
            }
            "--connect-timeout" => {
                let secs = rest.next().ok_or("--connect-timeout needs seconds")?;
                self.timeout = secs
                    .parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0)
                    .map(Duration::from_secs_f64)
                    .ok_or_else(|| {
                        format!(
                            "--connect-timeout '{secs}' is not a number of seconds from 0 to 3600"
                        )
                    })?;
            }
            _ => self.once = true,
        }
        Ok(())
    }

    /// Reads each server: its chain and staple become inputs, its SNI name a
    /// `--host`, its handshakes part of the report. Returns the failures,
    /// as "HOST:PORT: why".
    fn read(&self, inputs: &mut Vec<Input>, options: &mut Options) -> Vec<String> {
        let mut failed = Vec::new();
        for target in &self.targets {
            let mut read = connect::read(target, self.timeout, self.once);
            let server = read.connection.server.clone();
            if let Some(error) = &read.connection.error {
                failed.push(format!("{server}: {error}"));
            }
            if !read.chain.is_empty() {
                read.connection.chain_input = Some(inputs.len());
                inputs.push(Input::new(
                    format!("{server} (sent chain)"),
                    pem_chain(&read.chain).into_bytes(),
                ));
            }
            if let Some(staple) = read.staple.take() {
                inputs.push(Input::new(format!("{server} (staple)"), staple));
            }
            // The name the client asked for is the name to check; an address
            // without --servername is checked against nothing (the server
            // then sends its default certificate, for whatever names clients
            // use: give them with --host).
            if let Some(name) = &target.server_name {
                options.host = Some(match options.host.take() {
                    Some(names) => format!("{names} {name}"),
                    None => name.clone(),
                });
            }
            // (A wasm32 build of the CLI, for clippy only, connects nowhere.)
            #[cfg(not(target_arch = "wasm32"))]
            options.connections.push(read.connection);
        }
        failed
    }
}

/// The certificates as PEM, in the order sent: a chain file as a server
/// would be given it.
fn pem_chain(chain: &[Vec<u8>]) -> String {
    use base64::Engine as _;
    let mut pem = String::new();
    for der in chain {
        let text = base64::engine::general_purpose::STANDARD.encode(der);
        pem.push_str("-----BEGIN CERTIFICATE-----\n");
        for line in text.as_bytes().chunks(64) {
            pem.push_str(&String::from_utf8_lossy(line));
            pem.push('\n');
        }
        pem.push_str("-----END CERTIFICATE-----\n");
    }
    pem
}

fn parse_at(value: &str) -> Result<Timestamp, String> {
    Timestamp::parse_rfc3339(value).ok_or_else(|| {
        format!("--at '{value}' is not an RFC 3339 time such as 2026-11-23T01:00:00Z")
    })
}

fn read_input(path: &str) -> Result<Input, String> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(Input::new("stdin", redact_private_keys(&bytes)));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
    // The same redaction as the page: identical inputs give identical reports,
    // and key material is never held longer than this line.
    Ok(Input::new(path, redact_private_keys(&bytes)))
}

fn now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Timestamp(secs)
}
