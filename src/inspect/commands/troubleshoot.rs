//! What a server's OCSP stapling log line means for the inputs on the page,
//! and what to change: nginx (`ngx_event_openssl_stapling.c`), HAProxy
//! (`ssl_ocsp.c`, `ssl_sock.c`), Apache httpd (`ssl_util_stapling.c`, by
//! its `AHnnnnn` numbers) and Caddy (CertMagic).
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::commands::site::{sites, Responder, Site};
use serde::{Deserialize, Serialize};

/// One recognised message, explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// Stable kebab-case code: `nginx-issuer-not-found`, `apache-ah02217`, …
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub code: crate::inspect::intern::Word,
    /// `nginx`, `haproxy`, `apache` or `caddy`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub server: crate::inspect::intern::Word,
    /// What the message means.
    pub meaning: String,
    /// What it means for the certificates on the page.
    pub inputs: String,
    /// What to change.
    pub fix: String,
}

/// A message and the words that identify it: any group whose words all
/// occur (compared in lowercase).
struct Message {
    code: &'static str,
    server: &'static str,
    any_of: &'static [&'static [&'static str]],
}

/// Every message certscope knows, in the order explanations are listed.
const MESSAGES: &[Message] = &[
    // nginx
    Message {
        code: "nginx-issuer-not-found",
        server: "nginx",
        any_of: &[&["\"ssl_stapling\" ignored, issuer certificate not found"]],
    },
    Message {
        code: "nginx-no-responder-url",
        server: "nginx",
        any_of: &[&["\"ssl_stapling\" ignored, no ocsp responder url"]],
    },
    Message {
        code: "nginx-invalid-responder-url",
        server: "nginx",
        any_of: &[&["invalid url prefix in ocsp responder"]],
    },
    Message {
        code: "nginx-invalid-responder-port",
        server: "nginx",
        any_of: &[&["invalid port in ocsp responder"]],
    },
    Message {
        code: "nginx-responder-host-not-found",
        server: "nginx",
        any_of: &[&["host not found in ocsp responder"]],
    },
    Message {
        code: "nginx-no-resolver",
        server: "nginx",
        any_of: &[&["no resolver defined to resolve"]],
    },
    Message {
        code: "nginx-responder-unreachable",
        server: "nginx",
        any_of: &[
            &["could not be resolved", "requesting certificate status"],
            &["ocsp responder timed out"],
            &["connect() failed", "requesting certificate status"],
            &["ocsp responder prematurely closed connection"],
            &["ocsp responder sent invalid"],
        ],
    },
    Message {
        code: "nginx-verify-failed",
        server: "nginx",
        any_of: &[&["ocsp_basic_verify() failed"]],
    },
    Message {
        code: "nginx-validity-failed",
        server: "nginx",
        any_of: &[&["ocsp_check_validity() failed"]],
    },
    Message {
        code: "nginx-status-not-found",
        server: "nginx",
        any_of: &[&["certificate status not found in the ocsp response"]],
    },
    Message {
        code: "nginx-certificate-revoked",
        server: "nginx",
        any_of: &[&["certificate status \"revoked\" in the ocsp response"]],
    },
    Message {
        code: "nginx-certificate-unknown",
        server: "nginx",
        any_of: &[&["certificate status \"unknown\" in the ocsp response"]],
    },
    Message {
        code: "nginx-response-not-successful",
        server: "nginx",
        any_of: &[&["ocsp response not successful"]],
    },
    Message {
        code: "nginx-stapling-file-unreadable",
        server: "nginx",
        any_of: &[&["d2i_ocsp_response_bio("]],
    },
    // HAProxy
    Message {
        code: "haproxy-staple-stale",
        server: "haproxy",
        any_of: &[&["ocsp single response: no longer valid"]],
    },
    Message {
        code: "haproxy-staple-expiring",
        server: "haproxy",
        any_of: &[&["must be valid during at least"]],
    },
    Message {
        code: "haproxy-no-next-update",
        server: "haproxy",
        any_of: &[&["ocsp single response: missing nextupdate"]],
    },
    Message {
        code: "haproxy-status-not-good",
        server: "haproxy",
        any_of: &[&["ocsp single response: certificate status is unknown"]],
    },
    Message {
        code: "haproxy-certid-mismatch",
        server: "haproxy",
        any_of: &[&["certificate id does not match"]],
    },
    Message {
        code: "haproxy-multiple-responses",
        server: "haproxy",
        any_of: &[&["contains multiple single responses"]],
    },
    Message {
        code: "haproxy-response-not-successful",
        server: "haproxy",
        any_of: &[&["ocsp response status not successful"]],
    },
    Message {
        code: "haproxy-unparsable",
        server: "haproxy",
        any_of: &[&["unable to parse ocsp response"]],
    },
    Message {
        code: "haproxy-update-failed",
        server: "haproxy",
        any_of: &[
            &["ocsp-update", "http error"],
            &["ocsp-update", "ocsp response check failure"],
            &["ocsp-update", "missing \"ocsp-response\" header"],
        ],
    },
    Message {
        code: "haproxy-no-responder-url",
        server: "haproxy",
        // 2.8 and later print neither "No OCSP URL!" (freed unprinted) but
        // this, for a certificate with ocsp-update on; 3.0 rewords it.
        any_of: &[
            &["has an ocsp uri and ocsp auto-update is set to 'on' but an error occurred"],
            &["has an ocsp auto-update set to 'on' but an error occurred"],
        ],
    },
    Message {
        code: "haproxy-certid-not-computed",
        server: "haproxy",
        any_of: &[&["impossible to compute the ocsp certificate id"]],
    },
    // Apache httpd, by message number.
    Message {
        code: "apache-issuer-not-found",
        server: "apache",
        any_of: &[&["ah02217"]],
    },
    Message {
        code: "apache-no-responder-url",
        server: "apache",
        any_of: &[&["ah02218"], &["ah02814"]],
    },
    Message {
        code: "apache-unsupported-responder-url",
        server: "apache",
        any_of: &[&["ah01940"]],
    },
    Message {
        code: "apache-no-stapling-cache",
        server: "apache",
        any_of: &[&["ah01958"]],
    },
    Message {
        code: "apache-responder-error",
        server: "apache",
        any_of: &[&["ah01941"], &["ah01944"], &["ah01955"]],
    },
    Message {
        code: "apache-certid-mismatch",
        server: "apache",
        any_of: &[&["ah01935"]],
    },
    Message {
        code: "apache-response-times-invalid",
        server: "apache",
        any_of: &[&["ah01936"]],
    },
    Message {
        code: "apache-status-not-good",
        server: "apache",
        any_of: &[&["ah02969"]],
    },
    Message {
        code: "apache-bad-response",
        server: "apache",
        any_of: &[&["ah01943"]],
    },
    // Caddy
    Message {
        code: "caddy-no-responder-url",
        server: "caddy",
        any_of: &[&["no ocsp server specified in certificate"]],
    },
];

/// Log lines longer than this are read up to it: a pasted log excerpt, not
/// a megabyte of it.
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Explains every stapling message in `line` (one log line, or a few),
/// against the first server certificate in `report`.
pub fn explain_log(line: &str, certificates: &[Certificate]) -> Vec<Explanation> {
    let mut end = line.len().min(MAX_LINE_BYTES);
    while !line.is_char_boundary(end) {
        end = end.saturating_sub(1);
    }
    let lower = line.get(..end).unwrap_or_default().to_ascii_lowercase();
    let sites = sites(certificates, None);
    let facts = Facts {
        site: sites.first(),
    };
    let writer = writer(&lower);
    let matched: Vec<&Message> = MESSAGES
        .iter()
        .filter(|m| writer.is_none_or(|w| w == m.server))
        .filter(|m| {
            m.any_of
                .iter()
                .any(|words| words.iter().all(|w| lower.contains(w)))
        })
        .collect();
    // HAProxy 3.2's "no longer valid. Must be valid during at least 300s."
    // is the 300 s margin, not a stale response.
    let expiring = matched.iter().any(|m| m.code == "haproxy-staple-expiring");
    matched
        .into_iter()
        .filter(|m| !(expiring && m.code == "haproxy-staple-stale"))
        .map(|m| {
            let (meaning, fix) = meaning_and_fix(m.code, &lower);
            Explanation {
                code: m.code,
                server: m.server,
                meaning,
                inputs: facts.about(m.code),
                fix,
            }
        })
        .collect()
}

/// Which server wrote `line` (lowercased), when its form says so, so that a
/// line is explained only in that server's terms (issue 19 point 9: a
/// HAProxy `<OCSP-UPDATE>` line quoting `OCSP_basic_verify() failed` is not
/// nginx's). HAProxy: `<OCSP-UPDATE>`, `[WARNING]  (pid) : `, `Loading: …
/// Content will be ignored`. Apache: `AHnnnnn:` and `[ssl:`. nginx:
/// `[error] pid#tid:` and `while requesting certificate status`. Caddy: its
/// JSON logger fields.
fn writer(line: &str) -> Option<&'static str> {
    let haproxy = line.contains("<ocsp-update>")
        || line.contains("haproxy")
        || line.contains("content will be ignored")
        || ["[warning]", "[alert]", "[notice]"]
            .iter()
            .any(|level| line.contains(level) && line.contains(") : "));
    let apache = line.contains("[ssl:") || apache_number(line);
    let nginx = line.contains("while requesting certificate status")
        || line.contains("nginx")
        || nginx_pid(line);
    let caddy = line.contains("\"logger\":") || line.contains("caddy");
    match (haproxy, apache, nginx, caddy) {
        (true, _, _, _) => Some("haproxy"),
        (_, true, _, _) => Some("apache"),
        (_, _, true, _) => Some("nginx"),
        (_, _, _, true) => Some("caddy"),
        _ => None,
    }
}

/// `ah` and five digits: an Apache httpd message number.
fn apache_number(line: &str) -> bool {
    line.match_indices("ah").any(|(i, _)| {
        line.get(i.saturating_add(2)..i.saturating_add(7))
            .is_some_and(|digits| digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// nginx's `] 1234#1234: ` after the level.
fn nginx_pid(line: &str) -> bool {
    line.split("] ").skip(1).any(|rest| {
        let (pid, after) = rest.split_once('#').unwrap_or(("", ""));
        !pid.is_empty()
            && pid.bytes().all(|b| b.is_ascii_digit())
            && after
                .split_once(':')
                .is_some_and(|(tid, _)| !tid.is_empty() && tid.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// What each log line means and how to fix it, by the code its matcher gives it.
const MEANINGS: &[(&str, &str, &str)] = &[
    (
        "nginx-issuer-not-found",
        "nginx looked for the certificate's issuer in the ssl_certificate file (after the leaf) and in ssl_trusted_certificate, found it in neither, and turned stapling off for this certificate. It says nothing else until the next reload.",
        "Serve the leaf followed by its intermediates (certscope's fullchain.pem) with ssl_certificate, or add the issuer to ssl_trusted_certificate; then nginx -t and reload. For a self-signed certificate, turn ssl_stapling off instead.",
    ),
    (
        "nginx-no-responder-url",
        "The certificate has no OCSP responder URL, so nginx has nothing to ask and staples nothing. Since CA/Browser Forum ballot SC-063 CAs may publish CRLs only, and Let's Encrypt certificates have had no OCSP URL since May 2025.",
        "Nothing is broken. Turn ssl_stapling off for this server to silence the warning. (With OpenSSL 1.0.2 and later nginx picks the stapling of the server chosen by SNI, so other servers on the same address are not affected; only OpenSSL 1.0.1 and earlier asked the default_server's.)",
    ),
    (
        "nginx-invalid-responder-url",
        "nginx fetches OCSP responses only over plain http://, and the certificate's responder URL starts otherwise (usually https://). Stapling is off for this certificate.",
        "Fetch the response yourself (curl and openssl handle https://), serve it with ssl_stapling_file and refresh it on a timer: certscope's refresh-staple-file command. Or name an http:// responder of the same CA with ssl_stapling_responder.",
    ),
    (
        "nginx-invalid-responder-port",
        "nginx could not read the port of the responder URL (the certificate's, or ssl_stapling_responder's), so stapling is off for this certificate. nginx 1.22 printed this for a URL like http://127.0.0.1:/path in the real-server tests.",
        "Write the responder URL as http://host/path or http://host:port/path in ssl_stapling_responder, or remove that directive to use the certificate's; then nginx -t and reload.",
    ),
    (
        "nginx-responder-host-not-found",
        "When nginx read its configuration it could not resolve the responder's host name, and turned stapling off for this certificate.",
        "Check that the server can resolve the responder (dig or getent hosts), then reload nginx.",
    ),
    (
        "nginx-no-resolver",
        "A warning, not a failure: with no resolver directive, nginx looked the responder's name up once, when it read its configuration (with the system resolver), and fetches from those addresses. It will not notice if the responder's addresses change until the next reload.",
        "Recommended, not required: add resolver (your DNS servers) valid=300s; and resolver_timeout 5s; to the http or server block, then reload.",
    ),
    (
        "nginx-responder-unreachable",
        "nginx could not get an answer from the OCSP responder (name lookup, connection, timeout or a broken HTTP reply). It serves no staple, or keeps the last good one, and retries in 5 minutes.",
        "From the server, run certscope's fetch-staple-curl command: if it fails too, check DNS, the firewall (outgoing port 80) and any HTTP proxy; nginx cannot use a proxy for OCSP. A staple file refreshed on a timer (refresh-staple-file) avoids the dependency at handshake time.",
    ),
    (
        "nginx-verify-failed",
        "With ssl_stapling_verify on, nginx checked the fetched response with OpenSSL's OCSP_basic_verify() and it failed, so the response is dropped (nginx keeps serving an earlier good one until its Next Update, and retries in 5 minutes). nginx passes the ssl_certificate chain as trusted (OCSP_TRUSTOTHER): a response signed by the issuer in ssl_certificate passes with no ssl_trusted_certificate at all. A delegated responder's certificate is verified up to a root in ssl_trusted_certificate (\"unable to get local issuer certificate\" when it is missing; \"self-signed certificate in certificate chain\" when the root is only in ssl_certificate). \"signer certificate not found\" means the response embeds no certificate and its signer is not in ssl_certificate; \"root ca not trusted\" or \"missing ocspsigning usage\" mean the signer may not answer for this certificate.",
        "For a delegated responder, put the root in the file ssl_trusted_certificate names (certscope's trusted.pem), then reload. For a signer that may not answer (a root, a certificate without OCSP Signing), the CA's responder is misconfigured: tell the CA, and serve a staple file meanwhile. Check with certscope's verify-staple command.",
    ),
    (
        "nginx-validity-failed",
        "The response's This Update is in the future or its Next Update in the past (OpenSSL allows 5 minutes of clock skew): either this server's clock is wrong or the responder served a stale response. nginx checks the times before the status, so a response that is stale and revoked logs this line.",
        "Check the server's clock (timedatectl; NTP on). If the clock is right, the responder is at fault: fetch with certscope's fetch-staple-openssl command to see its times, and tell the CA if they are stale.",
    ),
    (
        "nginx-status-not-found",
        "A response nginx fetched (nginx never checks an ssl_stapling_file, so this line comes only from fetching) does not answer for this certificate: none of its responses has the CertID nginx asked for (SHA-1 issuer name hash, issuer key hash, serial). nginx builds the CertID from the issuer it found at start-up, so the responder answered for another certificate or another issuer key (a re-keyed intermediate of the same name, or a responder that answers with SHA-256 CertIDs). A cross-signed copy of the right intermediate cannot cause it: it has the same name and key, so the same CertID. nginx staples nothing (or keeps an earlier good response until its Next Update) and retries in 5 minutes.",
        "Make sure the intermediate after the leaf in ssl_certificate is the one that signed it, and fetch a response by hand (certscope's fetch-staple-openssl command) to see which CertID the responder answers for.",
    ),
    (
        "nginx-certificate-revoked",
        "The CA says this certificate is revoked. nginx does not staple this response, but keeps serving the last good response it fetched until that one's Next Update (ngx_ssl_stapling_ocsp_handler() keeps it, and the status callback serves it while it is valid), and retries every 5 minutes; after that it staples nothing. Clients that check revocation themselves refuse the certificate.",
        "Replace the certificate now: get a new one issued (with a new key if the old one may have leaked) and reload.",
    ),
    (
        "nginx-certificate-unknown",
        "The responder does not know this certificate: it answered \"unknown\", so nginx staples nothing.",
        "Check that the certificate came from this CA and the issuer is right (certscope verifies the chain); a brand-new certificate may take a few minutes to reach the responder.",
    ),
    (
        "nginx-response-not-successful",
        "The responder answered with an error status (tryLater, internalError, unauthorized, …) instead of a response. nginx staples nothing (or keeps serving an earlier good response until its Next Update) and retries in 5 minutes.",
        "tryLater and internalError are the CA's problem and usually pass; unauthorized means this responder does not serve this certificate's CA, so check the issuer.",
    ),
    (
        "nginx-stapling-file-unreadable",
        "The file ssl_stapling_file names is not a DER OCSP response (empty, PEM or base64 text, or an error page saved by curl), so nginx refuses the configuration.",
        "Fetch it again with certscope's fetch-staple commands (they write DER) and check it with verify-staple before reloading.",
    ),
    (
        "haproxy-staple-stale",
        "The .ocsp file (or the response HAProxy fetched) is outside its This Update – Next Update window (5 minutes of skew allowed), so HAProxy ignores it.",
        "Fetch a fresh one (certscope's fetch-staple commands), copy it to <certificate>.pem.ocsp and reload, or load it live with set ssl ocsp-response; better, turn on ocsp-update.",
    ),
    (
        "haproxy-staple-expiring",
        "HAProxy 3.2 and later refuse at load a response with less than 300 s to its Next Update: HAProxy stops stapling a response 5 minutes before its Next Update, so it would never be sent. (Up to 3.1, such a file loads without a warning and is not stapled.)",
        "Fetch a fresh one (certscope's fetch-staple commands), copy it to <certificate>.pem.ocsp and reload, or load it live with set ssl ocsp-response; better, turn on ocsp-update.",
    ),
    (
        "haproxy-certid-not-computed",
        "HAProxy found <certificate>.ocsp but could not build the certificate's OCSP CertID, usually because it found no issuer: neither after the leaf in the .pem nor in a <certificate>.issuer file. This is fatal: HAProxy 2.6 to 3.4 refuse the configuration and do not start (from 3.5 it is a warning and the .ocsp file is not used).",
        "Append the intermediate that signed the certificate to the .pem (certscope's fullchain.pem), or put it in <certificate>.pem.issuer, and reload.",
    ),
    (
        "haproxy-no-next-update",
        "The response has no Next Update, and HAProxy refuses responses it cannot tell are stale.",
        "Such responses come from misconfigured responders; fetch again, and tell the CA if it persists.",
    ),
    (
        "haproxy-status-not-good",
        "The response says the certificate's status is unknown, so HAProxy does not staple it. (A revoked status is stapled: clients then refuse the certificate.)",
        "Check the certificate and its issuer: \"unknown\" means the responder does not know it (wrong issuer, or a brand-new certificate).",
    ),
    (
        "haproxy-certid-mismatch",
        "The response is for another certificate, or was requested with another issuer: its CertID does not match the certificate and the issuer HAProxy found (in the .pem chain or the .issuer file).",
        "Fetch the staple for this certificate with its own issuer (certscope's commands use issuer.pem for this leaf), and make the .issuer file (or the chain in the .pem) the certificate that signed it.",
    ),
    (
        "haproxy-multiple-responses",
        "HAProxy accepts exactly one response per .ocsp file, and this one holds several.",
        "Fetch a response for this certificate alone: certscope's commands send one CertID.",
    ),
    (
        "haproxy-response-not-successful",
        "The responder answered with an error status instead of a response.",
        "Fetch again later (tryLater, internalError) or check the issuer (unauthorized).",
    ),
    (
        "haproxy-unparsable",
        "The .ocsp file is not a DER OCSP response (base64 text, PEM, an HTML error page, or empty).",
        "Fetch it again with certscope's fetch-staple commands; they write DER.",
    ),
    (
        "haproxy-update-failed",
        "HAProxy's ocsp-update (2.8 and later) could not refresh the response: the responder's HTTP answer failed, or the response did not pass HAProxy's checks. For \"OCSP_basic_verify() failed\": HAProxy checks the signature trusting only the certificate's own chain (the .pem and the .issuer file), not a CA file, so a response must be signed by the issuer or by a responder that chain certifies. It keeps the old response until it expires and retries.",
        "Run certscope's fetch-staple-curl command from the HAProxy host to see what the responder returns, and check that the .pem chain (or .issuer file) holds the real issuer. HAProxy has no ssl_trusted_certificate: that is nginx's.",
    ),
    (
        "haproxy-no-responder-url",
        "ocsp-update is on for this certificate but HAProxy could not set it up, and this is fatal: HAProxy 2.8 to 3.4 refuse the configuration and do not start (from 3.5 it is a warning). On 2.8 and 2.9 (worded \"has an OCSP URI and OCSP auto-update is set to 'on' but an error occurred (maybe the issuer could not be found)\" in 2.8.0 and 2.9.0, like 3.0's in later 2.8.x and 2.9.x) the certificate has no OCSP responder URL, or its issuer was not found. From 3.0 (\"has an OCSP auto-update set to 'on' but an error occurred (maybe the OCSP URI or the issuer could not be found)\") a certificate without an OCSP URL and without a .ocsp file is skipped silently, so the line means its issuer was not found. The \"No OCSP URL!\" text in HAProxy's source is never printed.",
        "Without an OCSP URL (HAProxy 2.8 and 2.9): turn ocsp-update off for this certificate and delete any .ocsp file. Otherwise append the issuer to the .pem (or put it in a .issuer file). Then reload.",
    ),
    (
        "apache-issuer-not-found",
        "AH02217: mod_ssl looked for the certificate's issuer in the chain it serves and in its CA store and did not find it, so it cannot build the OCSP request and stapling is off for this certificate.",
        "Put the intermediates after the leaf in SSLCertificateFile (Apache 2.4.8+; older ones use SSLCertificateChainFile), then apachectl configtest and reload.",
    ),
    (
        "apache-no-responder-url",
        "AH02218/AH02814: the certificate has no OCSP responder URL and no SSLStaplingForceURL is set, so there is nothing to staple.",
        "Turn SSLUseStapling off for this virtual host; nothing is broken.",
    ),
    (
        "apache-unsupported-responder-url",
        "AH01940: mod_ssl fetches OCSP responses only over http://, and the responder URL (the certificate's first OCSP URL, or SSLStaplingForceURL) is something else (usually https://). Renewing fails, so mod_ssl logs AH01955 and aborts every handshake that asks for OCSP status: the site is down for browsers.",
        "Turn SSLUseStapling off for this certificate now; if the CA also runs an http:// responder, name it with SSLStaplingForceURL instead.",
    ),
    (
        "apache-no-stapling-cache",
        "AH01958: SSLUseStapling is on but there is no SSLStaplingCache, and Apache refuses to start.",
        "Add SSLStaplingCache \"shmcb:logs/ssl_stapling(128000)\" outside every <VirtualHost>.",
    ),
    // stapling_renew_response() (2.4.57, 2.4.62): after AH01941 it returns
    // TRUE, so stapling_cb() never logs AH01955 for it; the faked tryLater is
    // cached with stapling_cb()'s ok still TRUE (the good response's
    // timeout); with FakeTryLater off nothing is cached. Run on 2.4.57,
    // 2.4.62 and Debian's 2.4.71 by real_servers.py's issue-26 cases.
    (
        "apache-responder-error",
        "AH01941: mod_ssl got no OCSP response from the responder (name lookup, connection, timeout, or an HTTP error such as AH01980's 404), and the handshake goes on. With SSLStaplingFakeTryLater on (the default) it staples a made-up tryLater, which clients ignore, and keeps it for SSLStaplingStandardCacheTimeout (an hour by default), as it keeps a good response, not for SSLStaplingErrorCacheTimeout; with it off it sends no staple and asks again at the next handshake. AH01955 is not a network failure: renewing could not even start — the responder URL is https:// or not http:// (AH01940 before it), unparsable (AH01939) or missing (AH02621) — and mod_ssl aborts the handshake of every client that asks for OCSP status: the site is down for browsers. (AH01944, an error status from the responder, is logged at debug level only.)",
        "For AH01955, read the line before it: for an https:// or broken responder URL turn SSLUseStapling off (or name an http:// responder with SSLStaplingForceURL). For AH01941, run certscope's fetch-staple-curl command from the server: if it fails too, check DNS, the firewall (outgoing port 80) and SSLStaplingResponderTimeout.",
    ),
    (
        "apache-certid-mismatch",
        "AH01935: the response does not answer for this certificate (its CertID does not match), usually because the issuer mod_ssl used is not the one that signed the certificate.",
        "Make the intermediate after the leaf in SSLCertificateFile the one that signed it.",
    ),
    (
        "apache-response-times-invalid",
        "AH01936: the response is stale or not valid yet (This Update / Next Update against this server's clock, with 5 minutes of skew).",
        "Check the server's clock (NTP); if it is right, the responder served a stale response.",
    ),
    (
        "apache-status-not-good",
        "AH02969: the responder says the certificate is revoked or unknown.",
        "A revoked certificate must be replaced now; \"unknown\" means the responder does not know it (wrong issuer, or a brand-new certificate).",
    ),
    (
        "apache-bad-response",
        "AH01943: the response mod_ssl fetched is not usable: not for this certificate (AH01935) or outside its times (AH01936); the message before it says which. (Up to 2.4.57, also a status other than good with SSLStaplingReturnResponderErrors off; from 2.4.58 a revoked response is stapled and logs only AH02969.)",
        "Fetch the response with certscope's fetch-staple-openssl command and check it with verify-staple.",
    ),
    (
        "caddy-no-responder-url",
        "The certificate has no OCSP responder URL, so Caddy staples nothing for it. It is a warning, not an error: the site works.",
        "Nothing to fix. To silence it, set ocsp_stapling off in the global options (for every site).",
    ),
];

/// What the message means and what to change, whatever the inputs.
fn meaning_and_fix(code: &str, line: &str) -> (String, String) {
    let (meaning, fix) = MEANINGS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(("", ""), |(_, meaning, fix)| (*meaning, *fix));
    let mut meaning = meaning.to_string();
    // The OpenSSL reason nginx appends says which part failed.
    if code == "nginx-verify-failed" {
        if line.contains("unable to get local issuer certificate") {
            meaning.push_str(
                " Here OpenSSL says exactly that: unable to get local issuer certificate.",
            );
        } else if line.contains("certificate has expired") {
            meaning.push_str(" Here a certificate on the responder's chain has expired.");
        }
    }
    (meaning, fix.to_string())
}

/// What the first server certificate on the page says about a message.
struct Facts<'a, 'b> {
    site: Option<&'b Site<'a>>,
}

impl Facts<'_, '_> {
    fn about(&self, code: &str) -> String {
        let Some(site) = self.site else {
            return "No server certificate is among your inputs: add the certificate the server sends (or paste openssl s_client -showcerts output) to see what this means for it.".to_string();
        };
        let name = site.leaf.display_name();
        let responder = site.responder();
        match code {
            "nginx-issuer-not-found" | "apache-issuer-not-found" | "haproxy-certid-mismatch"
            | "nginx-status-not-found" | "apache-certid-mismatch" | "haproxy-certid-not-computed" => {
                issuer_facts(site)
            }
            // ssl_sock_load_ocsp(): from 3.0 a certificate without an OCSP
            // URL (and no .ocsp file) returns before the issuer search, so
            // only 2.8 and 2.9 print the line for a missing URL.
            "haproxy-no-responder-url" => match responder {
                Responder::None => format!(
                    "{name} has no OCSP responder URL: on HAProxy 2.8 and 2.9 that is why; 3.0 and later never print this line for a certificate without one (and without a .ocsp file), so there it means the issuer was not found."
                ),
                _ => format!(
                    "{name} has an OCSP URL, so HAProxy did not find its issuer. {}",
                    issuer_facts(site)
                ),
            },
            "nginx-no-responder-url" | "apache-no-responder-url" | "caddy-no-responder-url" => match responder {
                Responder::None => format!(
                    "{name} has no OCSP responder URL indeed.{}",
                    match site.leaf.crl_urls.first() {
                        Some(crl) => format!(" Clients check its CRL: {crl}"),
                        None => String::new(),
                    }
                ),
                Responder::Http(url) | Responder::Https(url) | Responder::Other(url) => format!(
                    "{name} on the page has an OCSP URL ({url}), so the server is not using this certificate: check which file it loads."
                ),
            },
            "nginx-invalid-responder-url" | "apache-unsupported-responder-url" => match responder {
                Responder::Https(url) | Responder::Other(url) => {
                    format!("{name}'s OCSP responder URL is {url}.")
                }
                Responder::Http(url) => format!(
                    "{name} on the page has an http:// responder ({url}), so the server is loading another certificate or an ssl_stapling_responder/SSLStaplingForceURL overrides it."
                ),
                Responder::None => format!("{name} on the page has no OCSP URL at all."),
            },
            "nginx-verify-failed" if site.issuer.is_some() => {
                format!(
                    "A response signed by {name}'s issuer ({}) passes when that issuer is in ssl_certificate, without ssl_trusted_certificate. If the responder is a delegated one, ssl_trusted_certificate needs the root: {}",
                    site.issuer.map_or("", |i| i.display_name()),
                    if site.root_known {
                        "certscope's trusted.pem download holds it."
                    } else {
                        "certscope did not find it among your inputs, so it cannot tell whether your file holds it."
                    }
                )
            }
            "nginx-verify-failed" => {
                if site.root_known {
                    format!(
                        "Your inputs hold {name}'s whole chain up to the root: certscope's trusted.pem download is what ssl_trusted_certificate needs."
                    )
                } else {
                    format!(
                        "certscope did not find {name}'s issuer or root among your inputs, so it cannot tell which check failed: add the chain (and the root) to see."
                    )
                }
            }
            _ => {
                let staple = if site.leaf.must_staple {
                    format!(" {name} is Must-Staple, so while this lasts browsers that enforce it refuse the site.")
                } else {
                    String::new()
                };
                match responder.fetchable() {
                    Some(url) => format!(
                        "{name}'s responder is {url}; certscope's commands for it fetch and check a response by hand.{staple}"
                    ),
                    None => format!("{name} has no OCSP URL a server can use, so it cannot be stapled at all.{staple}"),
                }
            }
        }
    }
}

fn issuer_facts(site: &Site<'_>) -> String {
    let name = site.leaf.display_name();
    if site.leaf.self_issued {
        return format!(
            "{name} is self-signed: there is no issuer and nothing to staple, so the message is expected. Turn stapling off for it."
        );
    }
    match site.issuer {
        Some(issuer) => format!(
            "{name} was issued by {}, which is among your inputs: certscope's fullchain.pem puts it right after the leaf, and its commands build the request from it.",
            issuer.display_name()
        ),
        None => format!(
            "{name}'s issuer ({}) is not among your inputs either{}",
            site.leaf.issuer,
            match site.leaf.ca_issuers_urls.first() {
                Some(url) => format!(": certscope's fetch-issuer command downloads it from {url}."),
                None => ", and the certificate has no CA Issuers URL to fetch it from: get it from your CA.".to_string(),
            }
        ),
    }
}
