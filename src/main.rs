//! `certscope`: the command-line face of the analysis core.
//! Errors are handled here, once; the core never exits or prints.

use certscope::inspect::input::redact_private_keys;
use certscope::inspect::render::render_text;
use certscope::{analyze_with, Input, Options, Timestamp};
use std::io::{Read as _, Write as _};
use std::process::ExitCode;

const HELP: &str = "\
certscope: inspect certificate chains and OCSP staples

Usage:
  certscope inspect [--json] [--at RFC3339] [--host HOST]... [--root FILE]... [--explain LINE] FILE...
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
it ends in is named and added to trusted.pem.

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

Exit status:
  0  no finding has severity error. A signature certscope cannot check
     (Ed448, MD5, an unknown algorithm) is not an error but is never called
     verified either: it is a signature-unchecked warning, and the verdict of
     the report (its second line) says \"Not verified\", not \"All good\"
  1  at least one finding has severity error (clients refuse the chain,
     the server will not start with it, a staple or CRL is bad)
  2  usage error, or a file could not be read

Examples:
  openssl s_client -connect example.com:443 -showcerts </dev/null | certscope inspect -
  certscope inspect --json fullchain.pem staple.der > report.json
  openssl s_client -connect example.com:443 -status </dev/null | certscope inspect -
  certscope inspect --at 2026-12-01T00:00:00Z leaf.pem chain.pem
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
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => json = true,
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
    if files.is_empty() {
        return Err("inspect needs at least one FILE (or - for standard input)".to_string());
    }
    let mut inputs = files
        .iter()
        .map(|f| read_input(f))
        .collect::<Result<Vec<_>, _>>()?;
    // A root file is read like any input too (a CRL it signed is checked,
    // trusted.pem holds it), and names the anchors of the "given" verdict.
    inputs.extend(files_roots.iter().cloned());
    options.roots = files_roots;
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
    Ok(if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
