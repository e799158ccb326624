//! Commands chosen by the verdict (issue 32): a server certificate that has
//! expired or is revoked needs a new certificate before anything else, and
//! for it the staple and CRL commands are moot (a client refuses an expired
//! or revoked certificate whatever a fresh staple or CRL says). One that
//! expires soon gets the renewal first and keeps the rest.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use super::config::Server;
use super::{command, refresh_staple_file, shell, sites, Command, Paths, Purpose, Site};
use crate::inspect::certificate::Certificate;
use crate::inspect::finding::Finding;

/// The key the server uses now, named as the server snippets name it.
const KEY: &str = "privkey.pem";
/// A new key for a certificate that is replaced.
const NEW_KEY: &str = "new-privkey.pem";
/// The certificate signing request both commands write.
const CSR: &str = "request.csr";
/// Names a CSR can carry: a CA checks every one, so a handful is plenty and
/// a hostile certificate cannot make the command unbounded.
const MAX_NAMES: usize = 100;

/// Where a server certificate stands, as the findings say: what decides
/// the first command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Revoked (a staple or a CRL says so): replace it, with a new key.
    Revoked,
    /// Past Not After: renew it.
    Expired,
    /// Within the expiry warning: renew it soon.
    ExpiringSoon,
    /// None of those.
    Fine,
}

impl Standing {
    /// How the findings about certificate `index` leave it: the worst.
    pub fn of(findings: &[Finding], index: usize) -> Standing {
        findings
            .iter()
            .filter(|f| f.certificate == Some(index))
            .map(|f| match f.code {
                "staple-revoked" | "certificate-revoked" => Standing::Revoked,
                "certificate-expired" | "chain-expired-certificate" => Standing::Expired,
                "certificate-expiring-soon" => Standing::ExpiringSoon,
                _ => Standing::Fine,
            })
            .min()
            .unwrap_or(Standing::Fine)
    }

    /// Whether staples and CRLs still matter for it.
    fn revocation_matters(self) -> bool {
        matches!(self, Standing::ExpiringSoon | Standing::Fine)
    }
}

/// `commands` (every site's) regrouped site by site and chosen by what
/// `findings` say of each site's certificate ([`choose`]): the
/// renewal or replacement first, nothing about staples or CRLs for an
/// expired or revoked certificate.
pub fn by_verdict(
    commands: Vec<Command>,
    certs: &[Certificate],
    host: Option<&str>,
    findings: &[Finding],
    (server, paths): (Option<Server>, &Paths),
) -> Vec<Command> {
    let mut out = Vec::with_capacity(commands.len());
    let mut rest = commands;
    for site in sites(certs, host) {
        let (mine, others): (Vec<Command>, Vec<Command>) =
            rest.into_iter().partition(|c| c.certificate == site.index);
        rest = others;
        let chosen = choose(&site, Standing::of(findings, site.index), mine);
        out.extend(match server {
            Some(server) => for_server(&site, (server, paths), chosen),
            None => chosen,
        });
    }
    out.extend(rest);
    out
}

/// One site's commands for the server a person runs: no staple timer for
/// Apache and Caddy (they fetch and refresh the staple themselves), and
/// HAProxy's timer writing its `.ocsp` file and reloading HAProxy.
fn for_server(
    site: &Site<'_>,
    (server, paths): (Server, &Paths),
    commands: Vec<Command>,
) -> Vec<Command> {
    let url = site.responder().fetchable();
    commands
        .into_iter()
        .filter(|c| !(c.purpose == Purpose::RefreshStapleFile && server.refreshes_its_staple()))
        .map(|c| match (c.purpose, url) {
            (Purpose::RefreshStapleFile, Some(url)) if server == Server::Haproxy => {
                refresh_staple_file(site, url, paths, server)
            }
            _ => c,
        })
        .collect()
}

/// `commands` (one site's, in the fixed order) chosen by `standing`: the
/// renewal or replacement first, then checking the server; the staple, CRL
/// and missing-issuer commands only while they still matter.
pub fn choose(site: &Site<'_>, standing: Standing, commands: Vec<Command>) -> Vec<Command> {
    let Some(first) = renew(site, standing) else {
        return commands;
    };
    let keep = standing.revocation_matters();
    let mut out = vec![first];
    out.extend(
        commands
            .into_iter()
            .filter(|c| keep || c.purpose == Purpose::CheckServer),
    );
    out
}

/// The leaf's DNS and IP names as `subjectAltName=` wants them; names with
/// anything but host-name characters are left out (the CA would refuse
/// them, and `-addext` splits on commas).
fn alt_names(site: &Site<'_>) -> Vec<String> {
    site.leaf
        .subject_alt_names
        .iter()
        .filter(|n| n.starts_with("DNS:") || n.starts_with("IP:"))
        .filter(|n| n.split_once(':').is_some_and(|(_, v)| plain_name(v)))
        .take(MAX_NAMES)
        .cloned()
        .collect()
}

/// A DNS name or an IP address, nothing `-subj` or `-addext` would split.
fn plain_name(n: &str) -> bool {
    !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*' | ':'))
}

/// The CSR command for `standing`, or `None` when the certificate is fine.
fn renew(site: &Site<'_>, standing: Standing) -> Option<Command> {
    let name = site.leaf.display_name();
    let when = site.leaf.not_after;
    let host = shell::quote(&site.host);
    let (purpose, key_words, why): (Purpose, Vec<&str>, String) = match standing {
        Standing::Fine => return None,
        Standing::Revoked => (
            Purpose::Replace,
            vec!["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", NEW_KEY],
            format!("{name} is revoked: clients that learn it refuse the connection, so replace it before anything else; stapling and CRLs cannot help a revoked certificate, so certscope leaves their commands out. Use a new key ({NEW_KEY}): a certificate is often revoked because its key leaked. With an ACME client: certbot certonly --force-renewal --cert-name {host} (a new key by default), acme.sh --renew --force. Otherwise send this CSR to the CA."),
        ),
        Standing::Expired => (
            Purpose::Renew,
            vec!["-key", KEY],
            format!("{name} expired on {when}: clients refuse it whatever the staple or CRL says, so renew it before anything else, and certscope leaves the stapling and CRL commands out. With an ACME client: certbot renew --cert-name {host}, acme.sh --renew -d {host} --force; Caddy renews by itself unless it cannot reach the CA. Otherwise send this CSR (same key, same names) to the CA."),
        ),
        Standing::ExpiringSoon => (
            Purpose::Renew,
            vec!["-key", KEY],
            format!("{name} expires on {when}: renew it now, before clients refuse it. With an ACME client: certbot renew --cert-name {host} (check its timer: systemctl list-timers), acme.sh --renew -d {host}. Otherwise send this CSR (same key, same names) to the CA."),
        ),
    };
    let subject = format!("/CN={}", site.host);
    let names = alt_names(site);
    let mut words: Vec<&str> = vec!["openssl", "req", "-new"];
    words.extend(key_words);
    if plain_name(&site.host) {
        words.extend(["-subj", &subject]);
    }
    let san = format!("subjectAltName={}", names.join(","));
    if !names.is_empty() {
        words.extend(["-addext", &san]);
    }
    words.extend(["-out", CSR]);
    let after = " Then put the new certificate and its intermediates, leaf first, into the file ssl_certificate names, reload the server, and run the check-server command.";
    Some(command(
        site,
        purpose,
        shell::join(&words),
        format!("{why}{after}"),
    ))
}
