//! Commands for revocation without OCSP (issue 14): fetch the CRL(s) a
//! certificate names, read one, and check the certificate against it the
//! way clients do. Every value is quoted with [`shell::join`].
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use super::{command, shell, slug, url_host, Command, Paths, Purpose, Site};

/// CRL URLs given commands per certificate: Let's Encrypt names one, a CA
/// rarely more than two.
const MAX_CRL_URLS: usize = 3;

/// The last path segment of `url`, percent-decoded (issue 32: `%20` read
/// as "20" gave `Microsoft20TLS20G220RSA20CA…`), `.crl` dropped, anything
/// but letters, digits, `.` and `_` made one `-`, at most 60 characters.
fn stem(url: &str) -> String {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    let decoded = crate::inspect::urls::percent_decode(last);
    let decoded = decoded.strip_suffix(".crl").unwrap_or(&decoded);
    let mut out = String::new();
    for c in decoded.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_') {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-')
        .trim_start_matches('.')
        .to_string()
}

/// A file name for the CRL at `url`: its last path segment when that names
/// something (`Microsoft-TLS-G2-RSA-CA-OCSP-02_Partition00036.crl`), else
/// its host and that segment (`r11.c.lencr.org-7.crl` for
/// `http://r11.c.lencr.org/7.crl`).
pub fn file_name(url: &str) -> String {
    let stem = stem(url);
    let host = slug(url_host(url));
    let names_something = stem.len() >= 8 && stem.chars().any(|c| c.is_ascii_alphabetic());
    if stem.is_empty() {
        format!("{host}.crl")
    } else if names_something {
        format!("{stem}.crl")
    } else {
        format!("{host}-{stem}.crl")
    }
}

/// The CRL URLs of the leaf, mirrors of one CRL together: CAs often name
/// the same file on two hosts (DigiCert's crl3 and crl4, Microsoft's
/// www and crl), and one set of commands with a fallback is enough.
fn mirrors<'a>(site: &Site<'a>) -> Vec<Vec<&'a str>> {
    let mut groups: Vec<(String, Vec<&'a str>)> = Vec::new();
    let urls = site.leaf.crl_urls.iter().filter(|u| super::is_web_url(u));
    for url in urls {
        let key = stem(url);
        let full = groups.len() >= MAX_CRL_URLS;
        match groups
            .iter_mut()
            .find(|(k, _)| !key.is_empty() && *k == key)
        {
            Some((_, group)) => group.push(url),
            None if !full => groups.push((key, vec![url])),
            None => {}
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// Fetch, read and check each CRL the leaf names (http and https only).
/// Only with the issuer given: `openssl verify` needs it in trusted.pem,
/// and without it the first command is fetching it (`fetch-issuer`).
pub fn commands_for(site: &Site<'_>, paths: &Paths) -> Vec<Command> {
    let mut out = Vec::new();
    if site.issuer.is_none() {
        return out;
    }
    for group in mirrors(site) {
        let Some(first) = group.first() else {
            continue;
        };
        let name = file_name(first);
        let fetch = group
            .iter()
            .map(|url| shell::join(&["curl", "-fsSL", url, "-o", &name]))
            .collect::<Vec<_>>()
            .join(" || ");
        let mirrors = if group.len() > 1 {
            " It names the same CRL at several URLs (mirrors): the command tries the next when one fails."
        } else {
            ""
        };
        out.push(command(
            site,
            Purpose::FetchCrl,
            fetch,
            format!(
                "Downloads the CRL that {} names as its CRL Distribution Point. CRLs are DER files served over plain http; add {name} to your inputs and certscope checks its signature, freshness and whether it lists the certificate.{mirrors}",
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
                "http://www.microsoft.com/pkiops/crl/Microsoft%20TLS%20G2%20RSA%20CA%20OCSP%2002_Partition00036.crl",
                "Microsoft-TLS-G2-RSA-CA-OCSP-02_Partition00036.crl",
                "issue 32: percent-escapes decoded, a name that says something kept alone",
            ),
            (
                "http://crl3.digicert.com/DigiCertGlobalG2TLSRSASHA2562020CA1-1.crl",
                "DigiCertGlobalG2TLSRSASHA2562020CA1-1.crl",
                "a CA's CRL name",
            ),
            (
                "http://x.test/%E2%82%AC%zz.crl",
                "x.test-zz.crl",
                "non-ASCII and a broken escape dropped",
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
