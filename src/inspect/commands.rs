//! Commands and server configuration, written from the certificates that
//! were decoded (issue 5): fetch a fresh staple with OpenSSL or with curl
//! alone, verify it, check a live server, fetch a missing issuer, refresh a
//! staple file on a timer, and configure nginx, HAProxy, Apache and Caddy.
//!
//! Every value that reaches a command (URLs and host names from
//! certificates, file names, a host a person types) passes through
//! [`shell::quote`], so a hostile certificate cannot run anything.
//!
//! - [`request`]: the DER OCSPRequest and its RFC 6960 Appendix A transport.
//! - [`site`]: the server certificates and file names the rest is written for.
//! - [`shell`]: POSIX quoting.
//! - [`config`]: the server configuration snippets.
//! - [`troubleshoot`]: what a server's stapling log line means for the inputs.
//! - [`renew`]: the verdict's first command (renew, replace) and which of
//!   the others still matter.
//! - [`bundle`]: the commands and server lines for a trust bundle.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

pub mod bundle;
pub mod config;
pub mod crl;
pub mod renew;
pub mod request;
pub mod shell;
pub mod site;
pub mod troubleshoot;

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::urls::{is_pkcs7_url, is_web_url};
use serde::{Deserialize, Serialize, Serializer};

pub use config::ServerConfig;
pub use request::{build_ocsp_request, Transport};
pub use site::{
    default_host, issuer_of, sites, slug, Paths, Responder, Site, MAX_SITES, SIGNATURE_BUDGET,
};
pub use troubleshoot::{explain_log, Explanation};

/// What a command is for. The JSON names are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// `openssl req -new`: renew an expired or expiring certificate (issue 32).
    Renew,
    /// `openssl req -new -newkey`: replace a revoked certificate, new key.
    Replace,
    /// `openssl s_client … -status -showcerts`: what the server sends now.
    CheckServer,
    /// Fetch the leaf's missing issuer from its CA Issuers URL.
    FetchIssuer,
    /// `openssl ocsp … -respout staple.der`.
    FetchStapleOpenssl,
    /// `curl` alone, with the request certscope built.
    FetchStapleCurl,
    /// `openssl ocsp -respin staple.der …`: check a staple file.
    VerifyStaple,
    /// Install a timer that keeps an `ssl_stapling_file` fresh.
    RefreshStapleFile,
    /// `curl … -o NAME.crl`: the CRL the certificate names (issue 14).
    FetchCrl,
    /// `openssl crl -text`: read that CRL.
    ReadCrl,
    /// `openssl verify -crl_check`: the certificate against that CRL.
    VerifyWithCrl,
    /// A trust bundle's distribution package upgraded and the file rebuilt
    /// (a root expired).
    RefreshBundle,
    /// A copy of a trust bundle without its expired, not-CA and repeated
    /// roots.
    CleanBundle,
    /// `openssl verify -CAfile`: a chain against a trust bundle.
    VerifyWithBundle,
}

impl Purpose {
    /// The JSON word.
    pub fn word(self) -> &'static str {
        match self {
            Purpose::Renew => "renew",
            Purpose::Replace => "replace",
            Purpose::CheckServer => "check-server",
            Purpose::FetchIssuer => "fetch-issuer",
            Purpose::FetchStapleOpenssl => "fetch-staple-openssl",
            Purpose::FetchStapleCurl => "fetch-staple-curl",
            Purpose::VerifyStaple => "verify-staple",
            Purpose::RefreshStapleFile => "refresh-staple-file",
            Purpose::FetchCrl => "fetch-crl",
            Purpose::ReadCrl => "read-crl",
            Purpose::VerifyWithCrl => "verify-with-crl",
            Purpose::RefreshBundle => "refresh-bundle",
            Purpose::CleanBundle => "clean-bundle",
            Purpose::VerifyWithBundle => "verify-with-bundle",
        }
    }

    /// Whether it is about a trust bundle as a whole, not one certificate
    /// (its `certificate` is then 0 and names nothing).
    pub fn for_bundle(self) -> bool {
        matches!(
            self,
            Purpose::RefreshBundle | Purpose::CleanBundle | Purpose::VerifyWithBundle
        )
    }
}

/// One command, ready to copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Command {
    pub purpose: Purpose,
    /// The server certificate it is for: index into the report's
    /// `certificates` (0 for a trust bundle's commands, which are about the
    /// whole bundle: [`Purpose::for_bundle`]).
    pub certificate: usize,
    /// POSIX `sh` text, every value quoted.
    pub command: String,
    /// What it does and how to read its output.
    pub note: String,
    /// For `fetch-staple-curl`: the DER OCSPRequest (the page's
    /// `request.der` download). In JSON, base64.
    #[serde(
        rename = "request_base64",
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "base64_bytes",
        deserialize_with = "base64_bytes_back"
    )]
    pub request_der: Option<Vec<u8>>,
}

fn base64_bytes_back<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
    use base64::Engine as _;
    let text = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
    text.map(|t| {
        base64::engine::general_purpose::STANDARD
            .decode(t.as_bytes())
            .map_err(serde::de::Error::custom)
    })
    .transpose()
}

fn base64_bytes<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
    use base64::Engine as _;
    match bytes {
        Some(b) => s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(b)),
        None => s.serialize_none(),
    }
}

/// Everything issue 5 adds to the report.
#[derive(Clone, Debug, Default)]
pub struct Advice {
    /// Per site, in site order, in a fixed purpose order.
    pub commands: Vec<Command>,
    /// For the first site.
    pub server_config: Option<ServerConfig>,
    /// `ocsp-*` findings about stapling.
    pub findings: Vec<Finding>,
}

/// Commands, server configuration and stapling findings for `certs`.
pub fn advise(certs: &[Certificate], host: Option<&str>, paths: &Paths) -> Advice {
    let sites = sites(certs, host);
    let mut advice = Advice {
        server_config: sites.first().map(|s| config::server_config(s, paths)),
        ..Advice::default()
    };
    for site in &sites {
        advice.commands.extend(commands_for(site, paths));
        advice.findings.extend(findings_for(site));
    }
    let servers = certs.iter().filter(|c| c.is_server_leaf()).count();
    if servers > MAX_SITES {
        advice.findings.push(Finding::new(
            Severity::Info,
            "ocsp-advice-truncated",
            format!(
                "There are {servers} server certificates; certscope wrote stapling commands and checks for the first {MAX_SITES} only."
            ),
        ));
    }
    advice
}

/// The commands for one site, in a fixed order: see the server, get what
/// is missing, fetch, verify, keep fresh.
pub fn commands_for(site: &Site<'_>, paths: &Paths) -> Vec<Command> {
    let mut out = vec![check_server(site)];
    let Some(issuer) = site.issuer else {
        out.extend(fetch_issuer(site, paths));
        return out;
    };
    let Some(url) = site.responder().fetchable() else {
        return out;
    };
    out.push(fetch_staple_openssl(site, url, paths));
    out.extend(fetch_staple_curl(site, issuer, url, paths));
    out.push(verify_staple(site, paths));
    out.push(refresh_staple_file(site, url, paths, config::Server::Nginx));
    out
}

fn command(site: &Site<'_>, purpose: Purpose, command: String, note: String) -> Command {
    Command {
        purpose,
        certificate: site.index,
        command,
        note,
        request_der: None,
    }
}

/// `host:443`, bracketing an IPv6 literal.
fn host_port(host: &str) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:443")
    } else {
        format!("{host}:443")
    }
}

fn check_server(site: &Site<'_>) -> Command {
    let host = &site.host;
    let words = [
        "openssl",
        "s_client",
        "-connect",
        &host_port(host),
        "-servername",
        host,
        "-status",
        "-showcerts",
    ];
    command(
        site,
        Purpose::CheckServer,
        format!("{} </dev/null", shell::join(&words)),
        "Shows the chain the server sends and its stapled OCSP response; paste the whole output back into certscope to check both. \"OCSP response: no response sent\" means no staple. nginx fetches its staple only after the first handshake that asks for one, so run it twice after a reload.".to_string(),
    )
}

fn fetch_issuer(site: &Site<'_>, paths: &Paths) -> Option<Command> {
    let url = site.leaf.ca_issuers_urls.iter().find(|u| is_web_url(u))?;
    let (convert, what): (Vec<&str>, &str) = if is_pkcs7_url(url) {
        (
            vec![
                "openssl",
                "pkcs7",
                "-inform",
                "DER",
                "-print_certs",
                "-out",
                &paths.issuer,
            ],
            "a PKCS#7 bundle (.p7c), so openssl pkcs7 unpacks it",
        )
    } else {
        (
            vec!["openssl", "x509", "-inform", "DER", "-out", &paths.issuer],
            "one DER certificate (RFC 5280 §4.2.2.1), so openssl x509 converts it to PEM",
        )
    };
    Some(command(
        site,
        Purpose::FetchIssuer,
        format!("{} | {}", shell::join(&["curl", "-fsSL", url]), shell::join(&convert)),
        format!(
            "The issuer of {} is not among your inputs. Its CA Issuers URL serves {what}. Add {} to your inputs to check the chain, and put it after the leaf in {}: a server that sends the leaf alone leaves clients to find the intermediate themselves, and nginx cannot staple without it.",
            site.leaf.display_name(),
            paths.issuer,
            paths.fullchain
        ),
    ))
}

/// The `Host` header value: the URL's authority without user info.
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority.rsplit_once('@').map_or(authority, |(_, h)| h)
}

/// The trust option for `openssl ocsp` and its file: see [`trust_note`].
fn trust_words<'p>(site: &Site<'_>, paths: &'p Paths) -> (&'static str, &'p str) {
    if site.root_known {
        ("-CAfile", &paths.trusted)
    } else {
        ("-VAfile", &paths.issuer)
    }
}

fn trust_note(site: &Site<'_>, paths: &Paths) -> String {
    if site.root_known {
        format!(
            "-CAfile {} (intermediates and root) checks the responder's signature up to the root, as nginx does with ssl_trusted_certificate; it also accepts a delegated responder certified by the issuer.",
            paths.trusted
        )
    } else {
        format!(
            "The root is not among your inputs, so -VAfile {} trusts the issuing CA itself as the responder. That proves a response the CA signed itself (most do); a delegated responder fails with \"unable to get local issuer certificate\": add the root to your inputs and certscope switches to -CAfile {}.",
            paths.issuer, paths.trusted
        )
    }
}

/// The `openssl ocsp` fetch, quoted, writing the response to `respout`:
/// the fetch command and the refresh recipe run the same one.
fn openssl_fetch(site: &Site<'_>, url: &str, paths: &Paths, respout: &str) -> String {
    let header = format!("Host={}", url_host(url));
    let (trust, trust_file) = trust_words(site, paths);
    shell::join(&[
        "openssl",
        "ocsp",
        "-no_nonce",
        "-issuer",
        &paths.issuer,
        "-cert",
        &paths.leaf,
        "-url",
        url,
        "-header",
        &header,
        trust,
        trust_file,
        "-respout",
        respout,
    ])
}

fn fetch_staple_openssl(site: &Site<'_>, url: &str, paths: &Paths) -> Command {
    command(
        site,
        Purpose::FetchStapleOpenssl,
        openssl_fetch(site, url, paths, &paths.staple),
        format!(
            "-issuer must come before -cert: OpenSSL builds the request from the -issuer given before each -cert. -no_nonce asks for the cached response a server would staple. It prints \"Response verify OK\" and \"{}: good\", and exits 1 if the response does not verify. {}",
            paths.leaf,
            trust_note(site, paths)
        ),
    )
}

fn fetch_staple_curl(
    site: &Site<'_>,
    issuer: &Certificate,
    url: &str,
    paths: &Paths,
) -> Option<Command> {
    let der = build_ocsp_request(site.leaf, issuer)?;
    let (text, note) = curl_fetch(url, &der, paths);
    let mut cmd = command(site, Purpose::FetchStapleCurl, text, note);
    cmd.request_der = Some(der);
    Some(cmd)
}

/// The curl command that sends `request_der` to the responder at `url`
/// and writes the response to `paths.staple`: a GET when its URL stays
/// under 255 bytes, else a POST of `paths.request` (RFC 6960 Appendix A).
/// Returns the command and its note.
pub fn curl_fetch(url: &str, request_der: &[u8], paths: &Paths) -> (String, String) {
    let transport = request::transport(url, request_der);
    let target = match &transport {
        Transport::Get(u) | Transport::Post(u) => u.as_str(),
    };
    let mut words = vec!["curl", "-fsS"];
    // curl expands [] and {} in URLs unless told not to.
    if target.contains(['[', ']', '{', '}']) {
        words.push("--globoff");
    }
    let data = format!("@{}", paths.request);
    if let Transport::Post(_) = transport {
        words.extend([
            "--data-binary",
            data.as_str(),
            "-H",
            "Content-Type: application/ocsp-request",
        ]);
    }
    words.extend(["-o", paths.staple.as_str(), target]);
    let note = match transport {
        Transport::Get(_) => format!(
            "No certificate files needed: the URL carries certscope's OCSP request ({} bytes: SHA-1 CertID, no nonce) as URL-encoded base64, RFC 6960 Appendix A's GET, which responders and their CDNs cache. The same request is the {} download.",
            request_der.len(),
            paths.request
        ),
        Transport::Post(_) => {
            use base64::Engine as _;
            let b64 = base64::engine::general_purpose::STANDARD.encode(request_der);
            format!(
                "The GET URL for this request would be 255 bytes or more, so RFC 6960 Appendix A says POST. {} is certscope's OCSP request ({} bytes: SHA-1 CertID, no nonce): download it from the page, or make it with: printf %s {} | base64 -d > {}",
                paths.request,
                request_der.len(),
                shell::quote(&b64),
                shell::quote(&paths.request)
            )
        }
    };
    (shell::join(&words), note)
}

fn verify_staple(site: &Site<'_>, paths: &Paths) -> Command {
    let (trust, trust_file) = trust_words(site, paths);
    let words = [
        "openssl",
        "ocsp",
        "-no_nonce",
        "-respin",
        &paths.staple,
        "-issuer",
        &paths.issuer,
        "-cert",
        &paths.leaf,
        trust,
        trust_file,
        "-resp_text",
    ];
    command(
        site,
        Purpose::VerifyStaple,
        shell::join(&words),
        format!(
            "Checks a staple file: \"Response verify OK\" and \"{}: good\" with This Update and Next Update. \"WARNING: Status times invalid.\" means stale (or not yet valid) even though the exit status is 0. {} Never verify with -noverify: it skips the signature check.",
            paths.leaf,
            trust_note(site, paths)
        ),
    )
}

/// `cat > path <<'DELIM'` … `DELIM`, with a delimiter no line of `body`
/// equals, so no value inside can end the here-document early.
fn heredoc(path: &str, body: &str) -> String {
    let mut delimiter = "CERTSCOPE_EOF".to_string();
    while body.lines().any(|l| l == delimiter) {
        delimiter.push('_');
    }
    format!(
        "cat > {} <<'{delimiter}'\n{body}\n{delimiter}\n",
        shell::quote(path)
    )
}

/// The timer that keeps a staple file fresh, for nginx's
/// `ssl_stapling_file` or HAProxy's `.ocsp` (which HAProxy before 3.0
/// never refreshes either); Apache and Caddy need none.
pub fn refresh_staple_file(
    site: &Site<'_>,
    url: &str,
    paths: &Paths,
    server: config::Server,
) -> Command {
    let host = slug(&site.host);
    let name = format!("certscope-staple-{host}");
    let dir = site.server_dir(paths);
    // These land in a unit file too, which is not shell: plain paths only.
    let script_dir = config::plain_path(&paths.script_dir).unwrap_or("/usr/local/sbin");
    let unit_dir = config::plain_path(&paths.unit_dir).unwrap_or("/etc/systemd/system");
    let script = format!("{}/{name}", script_dir.trim_end_matches('/'));
    let unit = format!("{}/{name}", unit_dir.trim_end_matches('/'));
    let new = format!("{}.new", paths.staple);
    let fetch = openssl_fetch(site, url, paths, &new);
    let (_, trust_file) = trust_words(site, paths);
    let ocsp = format!("{}.ocsp", config::haproxy_pem(site));
    let (install, reload, intro) = if server == config::Server::Haproxy {
        (
            "copy it to the .ocsp file and reload HAProxy",
            format!(
                "\x20   cp -f -- {} {}\n\x20   haproxy -c -q -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy",
                shell::quote(&paths.staple),
                shell::quote(&ocsp)
            ),
            format!("For HAProxy's {ocsp}: HAProxy before 3.0 reads it at start and never refreshes it (3.0 and later can: ocsp-update on)."),
        )
    } else {
        (
            "reload nginx",
            "\x20   nginx -t -q && systemctl reload nginx".to_string(),
            "For ssl_stapling_file: nginx reads that file at start and never refreshes it."
                .to_string(),
        )
    };
    // Values appear only as quoted words, never in comments: a newline in a
    // comment would end it and run the rest.
    let body = format!(
        "#!/bin/sh\n\
         # Fetch a fresh OCSP response; keep it only if it verifies and says\n\
         # good, then swap it in atomically: {install}.\n\
         set -eu\n\
         cd {dir}\n\
         if status=$({fetch}) && case \"$status\" in *': good'*) true ;; *) false ;; esac; then\n\
         \x20   mv -f -- {new} {staple}\n\
         {reload}\n\
         else\n\
         \x20   printf '%s\\n' \"no good OCSP response, the old staple stays: $status\" >&2\n\
         \x20   rm -f -- {new}\n\
         \x20   exit 1\n\
         fi",
        dir = shell::quote(&dir),
        new = shell::quote(&new),
        staple = shell::quote(&paths.staple),
    );
    let service = format!(
        "[Unit]\nDescription=Refresh the OCSP staple of {host}\nWants=network-online.target\nAfter=network-online.target\n\n[Service]\nType=oneshot\nExecStart={script}"
    );
    let timer = format!(
        "[Unit]\nDescription=Refresh the OCSP staple of {host} every 6 hours\n\n[Timer]\nOnBootSec=5min\nOnUnitActiveSec=6h\nRandomizedDelaySec=15min\n\n[Install]\nWantedBy=timers.target"
    );
    let text = format!(
        "# Run once as root: installs a script and a systemd timer that runs it every 6 hours.\n{}{}\n{}{}systemctl daemon-reload\n{}",
        heredoc(&script, &body),
        shell::join(&["chmod", "755", &script]),
        heredoc(&format!("{unit}.service"), &service),
        heredoc(&format!("{unit}.timer"), &timer),
        shell::join(&["systemctl", "enable", "--now", &format!("{name}.timer")]),
    );
    command(
        site,
        Purpose::RefreshStapleFile,
        text,
        format!(
            "{intro} The timer fetches a response for {} into {dir}, keeps it only if it verifies and is good, replaces {} with mv (atomic: the server never reads half a file) then: {install}. {dir} must hold {}. Check the script or the systemd paths (for instance ExecStart) before running it if your layout differs.",
            site.leaf.display_name(),
            paths.staple,
            and_list(&[&paths.leaf, &paths.issuer, trust_file]),
        ),
    )
}

/// "a, b and c", each name once (issue 32: without the root, the trust
/// file is the issuer, and the note said "issuer.pem and issuer.pem").
fn and_list(names: &[&str]) -> String {
    let mut once: Vec<&str> = Vec::new();
    for name in names {
        if !once.contains(name) {
            once.push(name);
        }
    }
    match once.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The `ocsp-*` findings for one site.
pub fn findings_for(site: &Site<'_>) -> Vec<Finding> {
    let name = site.leaf.display_name();
    let leaf = site.leaf;
    let mut out = Vec::new();
    match site.responder() {
        Responder::None if leaf.must_staple => out.push(Finding::new(
            Severity::Error,
            "ocsp-must-staple-without-url",
            format!(
                "{name} is Must-Staple (TLS Feature status_request) but has no OCSP responder URL: no server can ever staple a response for it, so browsers that enforce Must-Staple refuse it. Have it reissued without Must-Staple."
            ),
        )),
        // A self-signed certificate has nobody to ask; saying so is noise.
        Responder::None if !leaf.self_issued => out.push(Finding::new(
            Severity::Info,
            "ocsp-no-responder-url",
            format!(
                "{name} has no OCSP responder URL, so there is nothing to staple. That is allowed since CA/Browser Forum ballot SC-063 (CRLs instead of OCSP); Let's Encrypt certificates have had no OCSP URL since May 2025. Turn stapling off for it (nginx: ssl_stapling off; otherwise nginx warns \"ssl_stapling\" ignored, no OCSP responder URL in the certificate). {}",
                config::without_ocsp(leaf.crl_urls.first().map(String::as_str))
            ),
        )),
        Responder::None => {}
        Responder::Https(url) => out.push(Finding::new(
            Severity::Warning,
            "ocsp-https-responder-url",
            format!(
                "The OCSP responder URL of {name} is https:// ({url}). OCSP responses are signed, so responders use plain http; nginx refuses this one (\"ssl_stapling\" ignored, invalid URL prefix in OCSP responder) and so does Apache (AH01940). Fetch the response with curl or openssl and serve it with ssl_stapling_file, refreshed on a timer (the refresh-staple-file command).{}{}",
                // Servers take the first OCSP URL only (issue 26 point 15).
                match Responder::later_http(leaf) {
                    Some(http) => format!(" Servers use only the first OCSP URL, so the http:// one after it ({http}) is never tried unless you name it: ssl_stapling_responder (nginx), SSLStaplingForceURL (Apache)."),
                    None => String::new(),
                },
                if leaf.must_staple { " It is Must-Staple, so without a staple browsers that enforce it refuse the connection." } else { "" }
            ),
        )),
        Responder::Other(url) => out.push(Finding::new(
            Severity::Warning,
            "ocsp-unusable-responder-url",
            format!(
                "The OCSP responder URL of {name} ({url}) is neither http:// nor https://: no web server can fetch a staple from it."
            ),
        )),
        Responder::Http(_) => {}
    }
    out.into_iter()
        .map(|f| f.on_certificate(site.index))
        .collect()
}
