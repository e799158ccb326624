//! Commands for revocation without OCSP (issue 14): fetch the CRL(s) a
//! certificate names, read one, and check the certificate against it the
//! way clients do. Every value is quoted with [`shell::join`].
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use super::{command, shell, slug, url_host, Command, Paths, Purpose, Site};

/// CRL URLs given commands per certificate: Let's Encrypt names one, a CA
/// rarely more than two.
const MAX_CRL_URLS: usize = 3;

/// A file name for the CRL at `url`: its host and last path segment,
/// `crl.example.test-1.crl` for `http://crl.example.test/int-r2/1.crl`.
pub fn file_name(url: &str) -> String {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    let stem = last.strip_suffix(".crl").unwrap_or(last);
    let stem: String = stem
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .take(60)
        .collect();
    let host = slug(url_host(url));
    if stem.is_empty() || stem.starts_with('.') {
        format!("{host}.crl")
    } else {
        format!("{host}-{stem}.crl")
    }
}

/// Fetch, read and check each CRL the leaf names (http and https only).
/// Only with the issuer given: `openssl verify` needs it in trusted.pem,
/// and without it the first command is fetching it (`fetch-issuer`).
pub fn commands_for(site: &Site<'_>, paths: &Paths) -> Vec<Command> {
    let mut out = Vec::new();
    if site.issuer.is_none() {
        return out;
    }
    let urls = site
        .leaf
        .crl_urls
        .iter()
        .filter(|u| super::is_web_url(u))
        .take(MAX_CRL_URLS);
    for url in urls {
        let name = file_name(url);
        out.push(command(
            site,
            Purpose::FetchCrl,
            shell::join(&["curl", "-fsSL", url, "-o", &name]),
            format!(
                "Downloads the CRL that {} names as its CRL Distribution Point. CRLs are DER files served over plain http; add {name} to your inputs and certscope checks its signature, freshness and whether it lists the certificate.",
                site.leaf.display_name()
            ),
        ));
        out.push(command(
            site,
            Purpose::ReadCrl,
            shell::join(&["openssl", "crl", "-inform", "DER", "-in", &name, "-noout", "-text"]),
            "Prints the CRL: its issuer, Last Update and Next Update, CRL Number, Issuing Distribution Point (which shard it is) and every revoked serial with its reason.".to_string(),
        ));
        out.push(command(
            site,
            Purpose::VerifyWithCrl,
            shell::join(&[
                "openssl", "verify", "-crl_check", "-CRLfile", &name, "-CAfile", &paths.trusted, &paths.leaf,
            ]),
            format!(
                "Checks {} the way a client that uses CRLs does: chain to the CA in {}, CRL signature and dates, then the lookup. \"OK\" means not revoked; \"certificate revoked\", \"CRL has expired\" and \"unable to get certificate CRL\" (this CRL does not cover the certificate: another shard) are the failures.",
                paths.leaf, paths.trusted
            ),
        ));
    }
    out
}

/// What to tell an admin whose certificate has no OCSP URL: stapling does
/// not apply, what to do with the stapling configuration, and how clients
/// check revocation instead. Used by the revocation line; the server
/// snippets keep their own wording (commands/config.rs).
pub fn without_ocsp(crl_urls: &[String]) -> String {
    let instead = match crl_urls.first() {
        Some(url) => format!(
            "Clients that check revocation fetch its CRL ({url}) instead; browsers use their CA-pushed lists (CRLite, CRLSets) built from those CRLs."
        ),
        None => "It names no CRL either: clients have no way to learn that it was revoked, which is allowed only for short-lived certificates (at most 7 days).".to_string(),
    };
    // HAProxy 2.8.0/2.9.0 ssl_sock_load_ocsp(): ocsp-update on and no OCSP
    // URL returns -1, which ssl_sock_put_ckch_into_ctx() makes ERR_FATAL;
    // 3.0.0 returns 0 first (issue 26 point 3).
    format!(
        "No OCSP URL, so OCSP stapling does not apply. On HAProxy 2.8 and 2.9 turn ocsp-update off for this certificate and remove its .ocsp file: there ocsp-update on for a certificate without an OCSP URL is fatal, and HAProxy does not start (3.0 and later skip it silently). Remove ssl_stapling (nginx) and SSLUseStapling (Apache), or leave them: that is harmless, nginx only logs \"ssl_stapling\" ignored, no OCSP responder URL in the certificate, and Caddy logs no OCSP stapling for […]: no OCSP server specified in certificate. {instead}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        // (URL, file name, why)
        let table = [
            (
                "http://r11.c.lencr.org/7.crl",
                "r11.c.lencr.org-7.crl",
                "a Let's Encrypt shard",
            ),
            (
                "http://crl.example.test/int-r2/1.crl",
                "crl.example.test-1.crl",
                "the fixtures' shard",
            ),
            (
                "http://crl.example.test/",
                "crl.example.test.crl",
                "no file name",
            ),
            (
                "http://x.test/$(rm -rf ~).crl",
                "x.test-rm-rf.crl",
                "shell characters dropped",
            ),
            (
                "http://EVIL host/a.crl",
                "site-a.crl",
                "a host that is not a plain name",
            ),
        ];
        for (url, want, why) in table {
            assert_eq!(file_name(url), want, "{why}");
        }
    }
}
