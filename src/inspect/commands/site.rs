//! What the commands and snippets are written for: each server certificate
//! (a [`Site`]) with its issuer, host and OCSP responder, and the file names
//! they use ([`Paths`]). The command writers, the configuration snippets and
//! the log-line explanations all start from these, so they live below them.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::issuance;
use crate::inspect::urls;
use std::collections::HashMap;

/// Server certificates given commands and findings. A server configuration
/// holds a handful; `chains/big-500.pem` holds 498, and 498 copies of the
/// same advice help nobody. The rest are named in one finding.
pub const MAX_SITES: usize = 10;

/// Signature checks spent finding issuers and roots for all sites together:
/// rustls-webpki's default budget (100 signatures) for the same question.
pub const SIGNATURE_BUDGET: usize = 100;

/// Certificates climbed from an issuer looking for a root: real chains are
/// at most four or five deep.
const MAX_DEPTH: usize = 8;

/// File and directory names the commands and snippets use. The defaults
/// match the page's downloads; tests pass hostile ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    /// The server certificate.
    pub leaf: String,
    /// Its issuer: what the OCSP request is built from.
    pub issuer: String,
    /// Leaf and intermediates, leaf first: what the server sends.
    pub fullchain: String,
    /// Intermediates and root: what verifies the responder.
    pub trusted: String,
    /// The DER OCSP response.
    pub staple: String,
    /// The DER OCSP request, for a POST.
    pub request: String,
    /// Where the files live on the server; `None` is `/etc/ssl/<host>`.
    pub server_dir: Option<String>,
    /// Where the refresh recipe installs its script.
    pub script_dir: String,
    /// Where it installs its systemd units.
    pub unit_dir: String,
}

impl Default for Paths {
    fn default() -> Self {
        Paths {
            leaf: "leaf.pem".to_string(),
            issuer: "issuer.pem".to_string(),
            fullchain: "fullchain.pem".to_string(),
            trusted: "trusted.pem".to_string(),
            staple: "staple.der".to_string(),
            request: "request.der".to_string(),
            server_dir: None,
            script_dir: "/usr/local/sbin".to_string(),
            unit_dir: "/etc/systemd/system".to_string(),
        }
    }
}

/// The leaf's OCSP responder, as servers see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Responder<'a> {
    /// No OCSP URL: nothing to staple.
    None,
    /// `http://`: what RFC 6960 responders use and every server fetches.
    Http(&'a str),
    /// `https://`: nginx and Apache refuse it; curl and OpenSSL fetch it.
    Https(&'a str),
    /// `ldap://` or anything else no server fetches.
    Other(&'a str),
}

impl<'a> Responder<'a> {
    /// The first OCSP URL, the one servers use (issue 26 point 15): nginx's
    /// `ngx_ssl_stapling_responder()`, HAProxy's
    /// `ssl_ocsp_get_uri_from_cert()` and Apache's `ssl_stapling_init_cert()`
    /// all take entry 0 of `X509_get1_ocsp()`, and never look further.
    pub fn of(cert: &'a Certificate) -> Responder<'a> {
        let Some(url) = cert.ocsp_urls.first() else {
            return Responder::None;
        };
        if urls::is_http_url(url) {
            Responder::Http(url)
        } else if urls::is_web_url(url) {
            Responder::Https(url)
        } else {
            Responder::Other(url)
        }
    }

    /// An `http://` OCSP URL after the first, which a server could be told to
    /// use (`ssl_stapling_responder`, `SSLStaplingForceURL`).
    pub fn later_http(cert: &'a Certificate) -> Option<&'a str> {
        cert.ocsp_urls
            .iter()
            .skip(1)
            .find(|u| urls::is_http_url(u))
            .map(String::as_str)
    }

    /// The URL a client can fetch, if any.
    pub fn fetchable(self) -> Option<&'a str> {
        match self {
            Responder::Http(url) | Responder::Https(url) => Some(url),
            Responder::None | Responder::Other(_) => None,
        }
    }
}

/// One server certificate and what certscope found around it.
#[derive(Clone, Debug)]
pub struct Site<'a> {
    /// Index into the certificates.
    pub index: usize,
    pub leaf: &'a Certificate,
    /// Its issuer, when it is among the inputs.
    pub issuer: Option<&'a Certificate>,
    /// Whether a root (a self-issued certificate) is reached from the
    /// issuer among the inputs, so `trusted.pem` can be complete.
    pub root_known: bool,
    /// The host to connect to: an override, the first DNS SAN, else the CN.
    pub host: String,
}

impl Site<'_> {
    /// The leaf's responder.
    pub fn responder(&self) -> Responder<'_> {
        Responder::of(self.leaf)
    }

    /// The directory the files live in on the server.
    pub fn server_dir(&self, paths: &Paths) -> String {
        paths
            .server_dir
            .clone()
            .unwrap_or_else(|| format!("/etc/ssl/{}", slug(&self.host)))
    }
}

/// Finds issuers with the core's one issuer search
/// ([`issuance::Issuers`]: same name under RFC 5280 §7.1, key ids first,
/// verified signature), within [`SIGNATURE_BUDGET`].
struct Issuers<'a> {
    certs: &'a [Certificate],
    search: issuance::Issuers<'a>,
    found: HashMap<usize, Option<usize>>,
}

impl<'a> Issuers<'a> {
    fn new(certs: &'a [Certificate]) -> Self {
        Issuers {
            certs,
            search: issuance::Issuers::new(certs, SIGNATURE_BUDGET),
            found: HashMap::new(),
        }
    }

    fn of(&mut self, child: usize) -> Option<usize> {
        if let Some(known) = self.found.get(&child) {
            return *known;
        }
        let answer = self.search.of(child);
        self.found.insert(child, answer);
        answer
    }

    /// Climbs from `start` to a self-issued certificate, if the inputs hold
    /// every step. A cycle never reaches one and stops at [`MAX_DEPTH`].
    fn reaches_root(&mut self, start: usize) -> bool {
        let mut current = start;
        for _ in 0..MAX_DEPTH {
            match self.certs.get(current) {
                Some(cert) if cert.self_issued => return true,
                Some(_) => {}
                None => return false,
            }
            match self.of(current) {
                Some(next) => current = next,
                None => return false,
            }
        }
        false
    }
}

/// The index of the certificate in `certs` that issued `certs[leaf]`: its
/// subject is the leaf's issuer name (RFC 5280 §7.1) and its key verifies
/// the leaf's signature; the chain search walks the same candidates.
pub fn issuer_of(certs: &[Certificate], leaf: usize) -> Option<usize> {
    Issuers::new(certs).of(leaf)
}

/// The host a person would connect to for `cert`: the first DNS SAN
/// (`*.` dropped from a wildcard), else the subject CN.
pub fn default_host(cert: &Certificate) -> String {
    cert.subject_alt_names
        .iter()
        .find_map(|n| n.strip_prefix("DNS:"))
        .map(|n| n.strip_prefix("*.").unwrap_or(n).to_string())
        .unwrap_or_else(|| cert.display_name().to_string())
}

/// The server certificates among `certs`, in index order, at most
/// [`MAX_SITES`], each with its issuer and host. `host` overrides every
/// site's host (the page lets people edit it).
pub fn sites<'a>(certs: &'a [Certificate], host: Option<&str>) -> Vec<Site<'a>> {
    let mut issuers = Issuers::new(certs);
    certs
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_server_leaf())
        .take(MAX_SITES)
        .map(|(index, leaf)| {
            let host = host.map(str::trim).filter(|h| !h.is_empty());
            let issuer_index = if leaf.self_issued {
                None
            } else {
                issuers.of(index)
            };
            Site {
                index,
                leaf,
                issuer: issuer_index.and_then(|i| certs.get(i)),
                root_known: issuer_index.is_some_and(|i| issuers.reaches_root(i)),
                host: host.map_or_else(|| default_host(leaf), str::to_string),
            }
        })
        .collect()
}

/// A file or unit name from a host: lowercase letters, digits, `.` and
/// `-`, else `site`.
pub fn slug(host: &str) -> String {
    let lower = host.to_ascii_lowercase();
    let plain = !lower.is_empty()
        && lower.len() <= 200
        && lower
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && !lower.starts_with(['.', '-']);
    if plain {
        lower
    } else {
        "site".to_string()
    }
}
