//! Server configuration snippets for nginx, HAProxy, Apache httpd and Caddy,
//! tailored to what was found: an OCSP URL or none, `http://` or
//! `https://`, Must-Staple, the issuer and the root present or not.
//!
//! Configuration files have no quoting a hostile value cannot escape (a
//! newline ends an nginx comment, `$` expands in nginx paths), so only
//! plain host names and plain paths and URLs reach a snippet; anything
//! else is left out or replaced by a placeholder, and the report shows it.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::commands::site::{slug, Paths, Responder, Site};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// Names a server block lists at most; certificates with hundreds of SANs
/// exist, and the admin trims the list anyway.
const MAX_SERVER_NAMES: usize = 20;

/// One snippet per server, for one server certificate. The JSON names are
/// stable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerConfig {
    /// Index into the report's `certificates`.
    pub certificate: usize,
    /// A `server` block.
    pub nginx: String,
    /// `global` and `frontend` sections, and the `.ocsp`/`.issuer` files.
    pub haproxy: String,
    /// `SSLStaplingCache` and a `<VirtualHost>`.
    pub apache: String,
    /// A site block, and the global option where it applies.
    pub caddy: String,
}

/// The web server a person runs (issue 32, the CLI's `--server`): the
/// configuration, the staple refresh and the headline follow it. `None`
/// (no choice) keeps every server's snippet and a headline naming none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Server {
    Nginx,
    Haproxy,
    Apache,
    Caddy,
}

impl Server {
    /// Every server, in the order the configuration lists them.
    pub const ALL: [Server; 4] = [
        Server::Nginx,
        Server::Haproxy,
        Server::Apache,
        Server::Caddy,
    ];

    /// The stable word (`--server`, the JSON's `server`).
    pub fn word(self) -> &'static str {
        match self {
            Server::Nginx => "nginx",
            Server::Haproxy => "haproxy",
            Server::Apache => "apache",
            Server::Caddy => "caddy",
        }
    }

    /// The name a sentence uses.
    pub fn name(self) -> &'static str {
        match self {
            Server::Nginx => "nginx",
            Server::Haproxy => "HAProxy",
            Server::Apache => "Apache",
            Server::Caddy => "Caddy",
        }
    }

    /// The server a word names, in any case; Debian's and Red Hat's names
    /// for Apache too.
    pub fn from_word(word: &str) -> Option<Server> {
        match word.trim().to_ascii_lowercase().as_str() {
            "apache2" | "httpd" => Some(Server::Apache),
            w => Server::ALL.into_iter().find(|s| s.word() == w),
        }
    }

    /// Apache and Caddy fetch and refresh the staple themselves and read no
    /// staple file, so a timer that refreshes one is not their business.
    pub fn refreshes_its_staple(self) -> bool {
        matches!(self, Server::Apache | Server::Caddy)
    }
}

impl Serialize for Server {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.word())
    }
}

impl<'de> Deserialize<'de> for Server {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Server::from_word(&word).ok_or_else(|| serde::de::Error::custom("unknown server"))
    }
}

impl ServerConfig {
    /// Only `server`'s snippet: the others are left empty.
    pub fn only(self, server: Server) -> ServerConfig {
        let keep = |s: Server, text: String| if s == server { text } else { String::new() };
        ServerConfig {
            certificate: self.certificate,
            nginx: keep(Server::Nginx, self.nginx),
            haproxy: keep(Server::Haproxy, self.haproxy),
            apache: keep(Server::Apache, self.apache),
            caddy: keep(Server::Caddy, self.caddy),
        }
    }
}

/// HAProxy's certificate file for a site: the certificate, its chain and
/// the key; HAProxy reads `<this>.ocsp` beside it as the staple.
pub fn haproxy_pem(site: &Site<'_>) -> String {
    format!("/etc/haproxy/certs/{}.pem", slug(&site.host))
}

/// A DNS name or wildcard (`*.example.test`): letters, digits, `-` and
/// dots, labels of 1 to 63 characters, 253 at most.
pub fn is_plain_host(host: &str) -> bool {
    let name = host.strip_prefix("*.").unwrap_or(host);
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// `value` if it is visible ASCII with nothing any of the four servers'
/// configuration syntax (or systemd's) treats specially.
pub fn plain_text(value: &str) -> Option<&str> {
    let plain = !value.is_empty()
        && value.bytes().all(|b| {
            b.is_ascii_graphic()
                && !matches!(
                    b,
                    b'"' | b'\'' | b'\\' | b';' | b'{' | b'}' | b'$' | b'#' | b'%' | b'`'
                )
        });
    plain.then_some(value)
}

/// An absolute path made of plain text.
pub fn plain_path(value: &str) -> Option<&str> {
    plain_text(value).filter(|p| p.starts_with('/'))
}

/// The names the certificate is for, as a server block lists them: its DNS
/// SANs (clients ignore the CN when there are any), else its CN; plain
/// ones only, lowercased, each once.
fn server_names(site: &Site<'_>) -> Vec<String> {
    let sans: Vec<&str> = site
        .leaf
        .subject_alt_names
        .iter()
        .filter_map(|n| n.strip_prefix("DNS:"))
        .collect();
    let candidates = if sans.is_empty() {
        vec![site.leaf.display_name()]
    } else {
        sans
    };
    let mut names: Vec<String> = Vec::new();
    for name in candidates.into_iter().filter(|n| is_plain_host(n)) {
        let name = name.to_ascii_lowercase();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.truncate(MAX_SERVER_NAMES);
    if names.is_empty() {
        names.push("example.com".to_string());
    }
    names
}

/// Where the files sit on the server, as plain paths.
struct Files {
    fullchain: String,
    trusted: String,
    staple: String,
    issuer: String,
    key: String,
}

fn files(site: &Site<'_>, paths: &Paths) -> Files {
    let default_dir = format!("/etc/ssl/{}", slug(&site.host));
    let dir = paths
        .server_dir
        .as_deref()
        .and_then(plain_path)
        .map_or(default_dir, |d| d.trim_end_matches('/').to_string());
    let file = |name: &str, default: &str| {
        let name = plain_text(name)
            .filter(|n| !n.contains('/'))
            .unwrap_or(default);
        format!("{dir}/{name}")
    };
    Files {
        fullchain: file(&paths.fullchain, "fullchain.pem"),
        trusted: file(&paths.trusted, "trusted.pem"),
        staple: file(&paths.staple, "staple.der"),
        issuer: file(&paths.issuer, "issuer.pem"),
        key: format!("{dir}/privkey.pem"),
    }
}

/// A URL for a comment, or a pointer to the report when it is not plain.
fn shown(url: &str) -> &str {
    plain_text(url).unwrap_or("(a URL with unusual characters: see the report)")
}

/// Why stapling cannot work the normal way for this certificate, if it
/// cannot: `(reason for comments, whether a staple file can still work)`.
fn obstacle(site: &Site<'_>) -> Option<(String, bool)> {
    match site.responder() {
        Responder::Http(_) => None,
        Responder::None => Some((
            "it has no OCSP responder URL, so there is nothing to staple (allowed since CA/Browser Forum ballot SC-063)".to_string(),
            false,
        )),
        Responder::Https(url) => Some((
            format!("its OCSP responder URL is https:// ({})", shown(url)),
            true,
        )),
        Responder::Other(url) => Some((
            format!("its OCSP responder URL ({}) is not http://", shown(url)),
            false,
        )),
    }
}

/// Writes `text` as comment lines of at most [`WRAP`] columns, each
/// starting with `indent` and `# `. Words are never split, so a long URL
/// stays whole on a line of its own.
fn comment(out: &mut String, indent: &str, text: &str) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        let width = [2, line.len(), 1, word.len()]
            .iter()
            .fold(indent.len(), |sum, n| sum.saturating_add(*n));
        if !line.is_empty() && width > WRAP {
            let _ = writeln!(out, "{indent}# {line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}# {line}");
    }
}

/// Comment width: what fits a terminal and a review diff.
const WRAP: usize = 88;

/// What clients check instead, for a certificate without a usable responder.
fn crl_sentence(site: &Site<'_>) -> String {
    without_ocsp(site.leaf.crl_urls.first().map(|u| shown(u)))
}

/// Where revocation of a certificate without OCSP is published, and who
/// looks (issue 32): not "clients check its CRL" — browsers use their own
/// pushed lists, curl and OpenSSL check nothing unless told to.
pub fn without_ocsp(crl: Option<&str>) -> String {
    match crl {
        Some(crl) => format!("Its revocation is published in a CRL instead ({crl}); browsers rely on their own pushed lists (Chrome's CRLSets, Firefox's CRLite), and curl and OpenSSL check no CRL unless told to."),
        None => "It names no CRL either: nothing tells clients whether it was revoked.".to_string(),
    }
}

/// All four snippets for `site`.
pub fn server_config(site: &Site<'_>, paths: &Paths) -> ServerConfig {
    let names = server_names(site);
    let files = files(site, paths);
    ServerConfig {
        certificate: site.index,
        nginx: nginx(site, &names, &files),
        haproxy: haproxy(site, &names, &files),
        apache: apache(site, &names, &files),
        caddy: caddy(site, &names, &files),
    }
}

fn header(out: &mut String, mark: &str, server: &str, names: &[String]) {
    let _ = writeln!(
        out,
        "{mark} {server} for {}, written by certscope from the certificates you gave it.",
        names.first().map_or("this site", String::as_str)
    );
    if names.first().is_some_and(|n| n == "example.com") {
        let _ = writeln!(
            out,
            "{mark} The certificate names no plain host name: replace example.com with yours."
        );
    }
}

fn nginx(site: &Site<'_>, names: &[String], f: &Files) -> String {
    let mut out = String::new();
    header(&mut out, "#", "nginx", names);
    let _ = writeln!(out, "server {{");
    let _ = writeln!(out, "    listen 443 ssl;");
    let _ = writeln!(out, "    server_name {};", names.join(" "));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "    # The leaf, then its intermediates (not the root)."
    );
    let _ = writeln!(out, "    ssl_certificate     {};", f.fullchain);
    let _ = writeln!(out, "    ssl_certificate_key {};", f.key);
    if site.issuer.is_none() {
        let _ = writeln!(
            out,
            "    # Its issuer is not among your inputs: add it to this file (the fetch-issuer\n    # command gets it). Clients need it, and so does nginx's own fetching, which\n    # otherwise logs \"ssl_stapling\" ignored, issuer certificate not found."
        );
    }
    let _ = writeln!(out);
    match obstacle(site) {
        None if site.leaf.must_staple => {
            let _ = writeln!(
                out,
                "    # Must-Staple: browsers that enforce it refuse the connection without a staple,\n    # and nginx's own fetching sends none on the first connections after a start or\n    # reload. So serve a file, kept fresh by the refresh-staple-file command:"
            );
            nginx_file_route(&mut out, f, false);
        }
        None => {
            let _ = writeln!(
                out,
                "    # OCSP stapling: nginx asks the responder itself and refreshes the response\n    # before it goes stale."
            );
            let _ = writeln!(out, "    ssl_stapling        on;");
            let _ = writeln!(out, "    ssl_stapling_verify on;");
            let _ = writeln!(
                out,
                "    # A response signed by the issuer in ssl_certificate needs nothing more. One from\n    # a delegated responder is checked up to the root in this file (never sent):"
            );
            if !site.root_known {
                let _ = writeln!(
                    out,
                    "    # the root is not among your inputs, so add it, or such responses fail with\n    # OCSP_basic_verify() failed (unable to get local issuer certificate)."
                );
            }
            let _ = writeln!(out, "    ssl_trusted_certificate {};", f.trusted);
            // No resolver line (issue 26 point 5): ngx_ssl_ocsp_request()
            // asks only the configured resolver, and a failed lookup is an
            // error (no staple); without one it warns and connects to the
            // addresses resolved at start-up. 127.0.0.53 answers only where
            // systemd-resolved runs, which Debian does not install by default.
            let _ = writeln!(
                out,
                "    # No resolver: nginx looks the responder up once, at start-up, with the system\n    # resolver, warns \"no resolver defined\" and fetches from those addresses.\n    # Recommended, not required. A resolver lets nginx follow the responder's address\n    # changes, but once it is set nginx asks only it, and a failed lookup means no\n    # staple. Uncomment with a DNS server you know answers from this host:\n    # resolver <your DNS server> valid=300s;\n    # resolver_timeout 5s;"
            );
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "    # Or serve a file you refresh yourself (refresh-staple-file); nginx never\n    # refreshes it, and ignores the fetching settings above when it is set:"
            );
            let _ = writeln!(out, "    # ssl_stapling_file {};", f.staple);
        }
        Some((why, true)) => {
            comment(
                &mut out,
                "    ",
                &format!("nginx fetches only from http:// responders, and {why}. So serve a file, kept fresh by the refresh-staple-file command (curl and openssl fetch https):"),
            );
            nginx_file_route(&mut out, f, site.leaf.must_staple);
        }
        Some((why, false)) => {
            let must_staple = if site.leaf.must_staple {
                " It is Must-Staple, so browsers that enforce it refuse it: have it reissued."
            } else {
                ""
            };
            comment(
                &mut out,
                "    ",
                &format!(
                    "No stapling for this certificate: {why}.{must_staple} {}",
                    crl_sentence(site)
                ),
            );
            let _ = writeln!(out, "    ssl_stapling off;");
        }
    }
    let _ = writeln!(out, "}}");
    out
}

fn nginx_file_route(out: &mut String, f: &Files, must_staple: bool) {
    let _ = writeln!(out, "    ssl_stapling        on;");
    let _ = writeln!(out, "    ssl_stapling_file   {};", f.staple);
    if must_staple {
        let _ = writeln!(
            out,
            "    # Must-Staple: if this file goes stale, browsers that enforce it refuse the site."
        );
    }
}

fn haproxy(site: &Site<'_>, names: &[String], f: &Files) -> String {
    let mut out = String::new();
    header(&mut out, "#", "HAProxy", names);
    let pem = haproxy_pem(site);
    let _ = writeln!(
        out,
        "# {pem} = {} followed by the private key, in one file.",
        f.fullchain
    );
    let obstacle = obstacle(site);
    if obstacle.is_none() {
        let _ = writeln!(out, "global");
        let _ = writeln!(
            out,
            "    # HAProxy 3.0+ can fetch and refresh the response itself (Debian 12 has 2.6, which\n    # cannot: it staples the .ocsp file below). To use it, uncomment:\n    # ocsp-update.mode on"
        );
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "frontend https");
    let _ = writeln!(out, "    bind :443 ssl crt {pem}");
    match obstacle {
        None => {
            let _ = writeln!(
                out,
                "    # HAProxy 2.8 and 2.9 have no ocsp-update.mode: use a crt-list with the option per certificate:\n    #   bind :443 ssl crt-list /etc/haproxy/crt-list.txt\n    #   crt-list.txt:  {pem} [ocsp-update on] {}",
                names.first().map_or("", String::as_str)
            );
            if site.leaf.must_staple {
                let _ = writeln!(
                    out,
                    "    # Must-Staple: also put a fresh staple in {pem}.ocsp before starting, so the\n    # first connections get one."
                );
            }
            haproxy_files(&mut out, &pem, f, site.issuer.is_none());
        }
        Some((why, true)) => {
            comment(
                &mut out,
                "",
                &format!("Note: {why}. Rather than rely on ocsp-update for it, serve a staple you fetch yourself (the refresh-staple-file command's openssl line fetches https)."),
            );
            haproxy_files(&mut out, &pem, f, site.issuer.is_none());
        }
        Some((why, false)) => {
            comment(
                &mut out,
                "",
                &format!("No stapling for this certificate: {why}. Leave ocsp-update off and create no .ocsp file. {}", crl_sentence(site)),
            );
        }
    }
    out
}

fn haproxy_files(out: &mut String, pem: &str, f: &Files, issuer_missing: bool) {
    let _ = writeln!(
        out,
        "# To serve a staple yourself (any version), HAProxy reads it from next to the certificate:\n#   {pem}.ocsp    the staple, DER: a copy of {}\n#   {pem}.issuer  the issuer, PEM: a copy of {}{}\n# and reload, or load a new one live:\n#   echo \"set ssl ocsp-response $(base64 -w0 {pem}.ocsp)\" | socat stdio /run/haproxy/admin.sock\n# HAProxy drops a staple that is stale or within 5 minutes of its Next Update, lacks Next\n# Update, says \"unknown\", holds several responses, or is for another certificate (or\n# has a SHA-256 CertID); it checks no signature, and staples a \"revoked\" one.",
        f.staple,
        f.issuer,
        if issuer_missing {
            " (needed: the issuer is not among your inputs)"
        } else {
            " (only if the .pem lacks it)"
        }
    );
}

fn apache(site: &Site<'_>, names: &[String], f: &Files) -> String {
    let mut out = String::new();
    header(&mut out, "#", "Apache httpd", names);
    let obstacle = obstacle(site);
    if obstacle.is_none() {
        let _ = writeln!(
            out,
            "# Outside any <VirtualHost>: the cache all stapled responses share."
        );
        let _ = writeln!(
            out,
            "# (logs/ is under ServerRoot; on Debian use shmcb:${{APACHE_RUN_DIR}}/ssl_stapling(128000).)"
        );
        let _ = writeln!(out, "SSLStaplingCache \"shmcb:logs/ssl_stapling(128000)\"");
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "<VirtualHost *:443>");
    let _ = writeln!(
        out,
        "    ServerName {}",
        names.first().map_or("", String::as_str)
    );
    if names.len() > 1 {
        let _ = writeln!(
            out,
            "    ServerAlias {}",
            names.get(1..).unwrap_or_default().join(" ")
        );
    }
    let _ = writeln!(out, "    SSLEngine on");
    let _ = writeln!(
        out,
        "    # Apache 2.4.8+: the leaf, then its intermediates."
    );
    let _ = writeln!(out, "    SSLCertificateFile    {}", f.fullchain);
    let _ = writeln!(out, "    SSLCertificateKeyFile {}", f.key);
    match obstacle {
        None => {
            if site.issuer.is_none() {
                let _ = writeln!(
                    out,
                    "    # Its issuer is not among your inputs: add it to the file above, or Apache logs\n    # AH02217: ssl_stapling_init_cert: can't retrieve issuer certificate!"
                );
            }
            let _ = writeln!(out, "    SSLUseStapling on");
            let _ = writeln!(
                out,
                "    # Send no staple rather than a responder's error (tryLater, …)."
            );
            let _ = writeln!(out, "    SSLStaplingReturnResponderErrors off");
            let _ = writeln!(out, "    SSLStaplingResponderTimeout 5");
        }
        Some((why, fixable)) => {
            let more = if fixable {
                "Apache fetches only from http:// (AH01940); if your CA also runs an http:// responder, name it with SSLStaplingForceURL and turn stapling on.".to_string()
            } else {
                crl_sentence(site)
            };
            comment(&mut out, "    ", &format!("No stapling: {why}. {more}"));
            let _ = writeln!(out, "    SSLUseStapling off");
        }
    }
    let _ = writeln!(out, "</VirtualHost>");
    out
}

fn caddy(site: &Site<'_>, names: &[String], f: &Files) -> String {
    let mut out = String::new();
    header(&mut out, "#", "Caddy", names);
    match obstacle(site) {
        Some((why, false)) => {
            comment(
                &mut out,
                "",
                &format!("No stapling for this certificate: {why}. Caddy logs \"no OCSP stapling for […]: no OCSP server specified in certificate\" and carries on. The global option below silences that, but turns stapling off for every site: drop it if others have OCSP URLs. {}", crl_sentence(site)),
            );
            let _ = writeln!(out, "{{\n    ocsp_stapling off\n}}\n");
        }
        Some((why, true)) => {
            comment(
                &mut out,
                "",
                &format!("Caddy staples automatically, also for certificates you load yourself; {why}, which Caddy fetches like any URL."),
            );
        }
        None => {
            let _ = writeln!(
                out,
                "# Caddy staples automatically, also for certificates you load yourself: it fetches\n# the response when it loads the certificate and refreshes it before it goes stale."
            );
            if site.leaf.must_staple {
                let _ = writeln!(
                    out,
                    "# Must-Staple is safe here: the staple is there from the first connection."
                );
            }
        }
    }
    let _ = writeln!(out, "{} {{", names.join(", "));
    let _ = writeln!(out, "    tls {} {}", f.fullchain, f.key);
    let _ = writeln!(out, "}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_values_reach_a_configuration() {
        // (value, plain host?, plain text?, why)
        let table = [
            ("www.example.test", true, true, "a host name"),
            ("*.example.test", true, true, "a wildcard"),
            (
                "example.test; include /etc/passwd",
                false,
                false,
                "a directive smuggled in",
            ),
            ("a\nb", false, false, "a newline ends a comment"),
            ("x$host", false, false, "nginx expands variables"),
            ("-", true, true, "odd but harmless"),
            ("", false, false, "empty"),
            ("http://ocsp.example.test/", false, true, "a URL"),
        ];
        for (value, host, text, why) in table {
            assert_eq!(is_plain_host(value), host, "host: {why}");
            assert_eq!(plain_text(value).is_some(), text, "text: {why}");
        }
    }
}
