//! The OpenSSL oracle (issue 13): for every certificate in Debian's bundle
//! (/etc/ssl/certs/ca-certificates.crt, from the `ca-certificates` package
//! scripts/setup.sh installs) and every certificate under tests/fixtures/,
//! certscope's subject, issuer, serial, validity, SHA-256 fingerprint, key
//! ids, OCSP / CA Issuers / CRL URLs, basic constraints and the verdict on
//! the certificate's signature checked with its own key (valid for a
//! self-signed one, invalid for the rest) must equal what the `openssl` CLI
//! says:
//!
//! ```text
//! openssl x509 -inform DER -noout -subject -issuer -serial -dates \
//!     -fingerprint -sha256 -nameopt RFC2253,-esc_msb \
//!     -ext subjectKeyIdentifier,authorityKeyIdentifier,basicConstraints,authorityInfoAccess,crlDistributionPoints
//! openssl x509 -inform DER -noout -pubkey        # the certificate's own key
//! openssl asn1parse -inform DER                  # signed bytes, algorithm, signature
//! openssl dgst -sha256 -verify KEY -signature SIG TBS   # (pkeyutl -rawin for EdDSA)
//! ```
//!
//! The certificates compared are the ones certscope's reader finds, and
//! that reader must find as many in each file as `openssl storeutl -certs`
//! does, so a certificate it misses cannot escape the comparison.
//!
//! Differences of representation are normalised below, each with a comment.
//! Every other disagreement must be listed in [`EXCEPTIONS`] with OpenSSL's
//! behaviour and why certscope differs; an unlisted one fails the test. In
//! CI (and under scripts/test.sh) a missing `openssl` or bundle fails the
//! test too.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use certscope::inspect::certificate::Certificate;
use certscope::inspect::input::{self, ObjectKind};
use certscope::inspect::issuance;
use certscope::inspect::signature::Verdict;
use certscope::Timestamp;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;

const BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";

/// Disagreements that are understood: `(SHA-256 of the certificate, or for
/// generated certificates, whose keys change with each `generate.sh` run, a
/// fixture file or a folder ending in `/`, field, OpenSSL's value,
/// certscope's value, why)`. Each
/// says what OpenSSL does and why certscope differs; a disagreement on the
/// same field with any other value is not explained by it.
const EXCEPTIONS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "sigalgs/ed448/",
        "self_signature",
        "ok",
        "unsupported (Ed448 (no maintained pure-Rust verifier))",
        ED448,
    ),
    (
        "sigalgs/ed448/",
        "self_signature",
        "fails",
        "unsupported (Ed448 (no maintained pure-Rust verifier))",
        ED448,
    ),
    (
        "pki/leaf-md5.pem",
        "self_signature",
        "fails",
        "unsupported (md5WithRSAEncryption (MD2, MD4 and MD5 are broken; certscope does not check them))",
        MD5,
    ),
    // An MD5 leaf under a CA signed with SHA-1 (issue 31: which weak link a
    // refusal names); its first certificate is the MD5 leaf.
    (
        "trust/refusals/md5-under-sha1.pem",
        "self_signature",
        "fails",
        "unsupported (md5WithRSAEncryption (MD2, MD4 and MD5 are broken; certscope does not check them))",
        MD5,
    ),
    // A DSA leaf whose key inherits its parameters (issue 31: the leaf
    // key clients refuse, parameters or not); the check is of the leaf's
    // signature under its own key, as for every certificate.
    (
        "trust/refusals/dsa-inherited-leaf.pem",
        "self_signature",
        "no key",
        "unsupported (a DSA key whose parameters are inherited from its issuer)",
        "OpenSSL 3 does not decode a DSA key without parameters (X509_PUBKEY_get0: \
         decode error), so it has no key to check with; certscope reads the key \
         and says why it cannot check a signature with it alone (the parameters \
         are the issuer's, RFC 3279 §2.3.2)",
    ),
];

const MD5: &str = "OpenSSL checks an MD5 signature (here the leaf's own key, which did \
     not sign it, so it fails); certscope checks none: MD5 signatures can be \
     forged, so a check proves nothing, and the chain finding calls the \
     signature weak (chain-weak-signature)";

const ED448: &str = "OpenSSL verifies Ed448; certscope reports it unchecked (no maintained \
     pure-Rust Ed448 verifier: ed448-goldilocks is only in 0.14.0-pre \
     releases), and never counts it as verified";

/// One certificate to compare, and where it came from.
struct Case {
    origin: String,
    der: Vec<u8>,
}

/// The fields compared, as text, normalised to one form.
type Fields = BTreeMap<&'static str, String>;

fn in_ci() -> bool {
    common::tools_required()
}

/// chains/big-500.pem's 498 bulk leaves come from one template (one issuer,
/// one key, the same extensions; only serial and CN differ): its first ones
/// cover it, and comparing all 500 would cost a minute of `openssl`
/// processes. Every other file, and Debian's bundle, is compared whole.
const BIG_500: (&str, usize) = ("chains/big-500.pem", 20);

/// Every certificate certscope's own input reader finds in `bytes` (PEM,
/// DER, PKCS#7, text around PEM), with where it was found.
fn certificates_in(bytes: &[u8], origin: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for (n, found) in input::scan(bytes).found.into_iter().enumerate() {
        let ders = match found.kind {
            ObjectKind::Certificate => vec![found.der],
            ObjectKind::Pkcs7 => found.certificates,
            _ => continue,
        };
        for (k, der) in ders.into_iter().enumerate() {
            out.push(Case {
                origin: format!("{origin} #{n}.{k}"),
                der,
            });
        }
    }
    out
}

/// The certificates OpenSSL finds in a file, found without certscope:
/// `openssl storeutl -certs` reads PEM and DER (not PKCS#7 or PKCS#12,
/// which certscope reads too) and writes each as PEM, decoded here.
fn openssl_finds(path: &Path) -> Vec<Vec<u8>> {
    let out = Command::new("openssl")
        .args(["storeutl", "-passin", "pass:", "-certs"])
        .arg(path)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut found = Vec::new();
    for block in text.split("-----BEGIN CERTIFICATE-----").skip(1) {
        let body = block
            .split("-----END CERTIFICATE-----")
            .next()
            .unwrap_or("");
        found.push(base64(body));
    }
    found
}

/// RFC 4648 base64, whitespace ignored: the test's own, so what it decodes
/// owes nothing to certscope's reader.
fn base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut bits, mut have) = (0u32, 0u32);
    for c in text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
    {
        let value = ALPHABET.iter().position(|a| *a == c).unwrap() as u32;
        bits = (bits << 6) | value;
        have += 6;
        if have >= 8 {
            have -= 8;
            out.push((bits >> have) as u8);
            bits &= (1 << have) - 1;
        }
    }
    out
}

/// The certificates OpenSSL finds in `path` that certscope's reader
/// missed, in words.
fn missed_in(path: &Path, origin: &str, ours: &[Case]) -> Vec<String> {
    openssl_finds(path)
        .into_iter()
        .enumerate()
        .filter(|(_, der)| !ours.iter().any(|c| c.der == *der))
        .map(|(k, _)| format!("{origin}: certificate {k} as OpenSSL counts them"))
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            // Private keys are never certificates.
            if path.file_name().is_some_and(|n| n == "keys") {
                continue;
            }
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let bundle = std::fs::read(BUNDLE).unwrap();
    let debian = certificates_in(&bundle, "debian");
    // Debian's bundle is plain PEM: OpenSSL and certscope must find exactly
    // the same certificates in it, in the same number.
    let theirs = openssl_finds(Path::new(BUNDLE));
    assert!(
        theirs.len() > 100,
        "openssl finds only {} certificates in {BUNDLE}",
        theirs.len()
    );
    assert_eq!(
        debian.iter().map(|c| &c.der).collect::<Vec<_>>(),
        theirs.iter().collect::<Vec<_>>(),
        "certscope and `openssl storeutl` find different certificates in {BUNDLE}"
    );
    out.extend(debian);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    files_under(&root, &mut files);
    let mut missed = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let mut found = certificates_in(&bytes, &name);
        missed.extend(missed_in(&path, &name, &found));
        if name == BIG_500.0 {
            found.truncate(BIG_500.1);
        }
        out.extend(found);
    }
    assert!(
        missed.is_empty(),
        "certificates OpenSSL reads that certscope's reader did not find:\n{}",
        missed.join("\n")
    );
    // One comparison per distinct certificate (chains repeat the PKI).
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(c.der.clone()));
    out
}

/// OpenSSL's `Nov  1 00:00:00 2026 GMT` as RFC 3339.
fn openssl_date(text: &str) -> String {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [month, day, time, year, "GMT"] = parts.as_slice() else {
        return format!("unparsed: {text}");
    };
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = months.iter().position(|x| x == month).unwrap_or(99) + 1;
    let day: u32 = day.parse().unwrap_or(0);
    Timestamp::parse_rfc3339(&format!("{year}-{m:02}-{day:02}T{time}Z"))
        .map_or_else(|| format!("unparsed: {text}"), Timestamp::rfc3339)
}

/// Hex with or without colons, any case, to lowercase without colons.
fn bare_hex(text: &str) -> String {
    text.trim().replace(':', "").to_ascii_lowercase()
}

/// RFC 4514 attribute types are case-insensitive (§2.3): OpenSSL's short
/// names (`street`) and certscope's (`STREET`) differ only in case, so the
/// type before each `=` is lowercased on both sides. Values are compared
/// exactly. A `,` or `+` escaped as `\,` is not a separator.
fn name_form(name: &str) -> String {
    let mut out = String::new();
    let mut at_type = true;
    let mut escaped = false;
    for c in name.chars() {
        if escaped {
            out.push(c);
            escaped = false;
            continue;
        }
        match c {
            '\\' => {
                escaped = true;
                out.push(c);
            }
            '=' if at_type => {
                at_type = false;
                out.push(c);
            }
            ',' | '+' if !at_type => {
                at_type = true;
                out.push(c);
            }
            c if at_type => out.push(c.to_ascii_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// OpenSSL's serial: uppercase hex with the leading zero byte DER needs;
/// certscope's: lowercase, no leading zeros.
fn serial_form(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", text),
    };
    let digits = digits.trim().to_ascii_lowercase();
    let digits = digits.trim_start_matches('0');
    format!("{sign}{}", if digits.is_empty() { "0" } else { digits })
}

/// What `openssl x509` and `openssl verify` say, normalised.
fn openssl_fields(der: &[u8], dir: &Path, n: usize) -> Option<Fields> {
    let mut child = Command::new("openssl")
        .args([
            "x509", "-inform", "DER", "-noout", "-subject", "-issuer", "-serial", "-dates",
            "-fingerprint", "-sha256", "-nameopt", "RFC2253,-esc_msb", "-ext",
            "subjectKeyIdentifier,authorityKeyIdentifier,basicConstraints,authorityInfoAccess,crlDistributionPoints",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(der).unwrap();
    let output = child.wait_with_output().unwrap();
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut fields = Fields::new();
    let mut ocsp = Vec::new();
    let mut ca_issuers = Vec::new();
    let mut crl = Vec::new();
    let mut section = "";
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("subject=") {
            fields.insert("subject", name_form(v));
        } else if let Some(v) = line.strip_prefix("issuer=") {
            fields.insert("issuer", name_form(v));
        } else if let Some(v) = line.strip_prefix("serial=") {
            fields.insert("serial", serial_form(v));
        } else if let Some(v) = line.strip_prefix("notBefore=") {
            fields.insert("not_before", openssl_date(v));
        } else if let Some(v) = line.strip_prefix("notAfter=") {
            fields.insert("not_after", openssl_date(v));
        } else if let Some(v) = line.strip_prefix("sha256 Fingerprint=") {
            fields.insert("sha256", bare_hex(v));
        } else if !line.starts_with(' ') {
            // An extension header: `X509v3 Basic Constraints: critical`.
            section = match line.split(':').next().unwrap_or("") {
                "X509v3 Subject Key Identifier" => "ski",
                "X509v3 Authority Key Identifier" => "aki",
                "X509v3 Basic Constraints" => "bc",
                "Authority Information Access" => "aia",
                "X509v3 CRL Distribution Points" => "crl",
                _ => "",
            };
        } else {
            let v = line.trim();
            match section {
                "ski" => {
                    fields.insert("subject_key_id", bare_hex(v));
                }
                // OpenSSL 3.0 writes `keyid:AB:…`, later versions the bare
                // hex; the issuer name and serial lines are not compared
                // (certscope reads only the key id).
                "aki" if !v.starts_with("DirName") && !v.starts_with("serial") => {
                    let id = v.strip_prefix("keyid:").unwrap_or(v);
                    fields.insert("authority_key_id", bare_hex(id));
                }
                "bc" => {
                    // `CA:TRUE, pathlen:0`.
                    for part in v.split(", ") {
                        if let Some(ca) = part.strip_prefix("CA:") {
                            fields.insert("is_ca", (ca == "TRUE").to_string());
                        } else if let Some(p) = part.strip_prefix("pathlen:") {
                            fields.insert("path_length", p.to_string());
                        }
                    }
                }
                "aia" => {
                    if let Some(u) = v.strip_prefix("OCSP - URI:") {
                        ocsp.push(u.to_string());
                    } else if let Some(u) = v.strip_prefix("CA Issuers - URI:") {
                        ca_issuers.push(u.to_string());
                    }
                }
                "crl" => {
                    // OpenSSL 3.0 prints a DistributionPoint's "CRL Issuer:"
                    // heading on the URI's own line (no newline after the
                    // full name): the heading is cut off the URI.
                    if let Some(u) = v.strip_prefix("URI:") {
                        crl.push(u.split("    CRL Issuer:").next().unwrap_or(u).to_string());
                    }
                }
                _ => {}
            }
        }
    }
    fields.insert("ocsp_urls", ocsp.join(" "));
    fields.insert("ca_issuers_urls", ca_issuers.join(" "));
    fields.insert("crl_urls", crl.join(" "));
    fields.insert("self_signature", openssl_own_key_verdict(der, dir, n));
    Some(fields)
}

/// OpenSSL's word on the certificate's signature checked with the
/// certificate's own key: "ok" (verifies), "fails" (does not), or what
/// stopped OpenSSL. Self-signed or not, every certificate gets the same
/// check, so a verifier that accepted any signature would disagree on every
/// certificate some other key signed. `openssl asn1parse` cuts the
/// certificate into the signed bytes, the algorithm and the signature;
/// `openssl x509 -pubkey` gives the key; `openssl dgst -verify` (`pkeyutl
/// -rawin` for EdDSA, which signs the message itself) checks.
fn openssl_own_key_verdict(der: &[u8], dir: &Path, n: usize) -> String {
    let file = |ext: &str| dir.join(format!("{n}.{ext}"));
    let openssl = |args: &[&str]| Command::new("openssl").args(args).output().unwrap();
    let path = |ext: &str| file(ext).to_str().unwrap().to_string();
    std::fs::write(file("der"), der).unwrap();
    let key = openssl(&[
        "x509",
        "-inform",
        "DER",
        "-noout",
        "-pubkey",
        "-in",
        &path("der"),
    ]);
    if !key.status.success() {
        return "no key".to_string();
    }
    std::fs::write(file("pub"), &key.stdout).unwrap();
    let parsed = openssl(&["asn1parse", "-inform", "DER", "-in", &path("der")]);
    // `  609:d=1  hl=2 l=  13 cons: SEQUENCE`: (offset, header, length) of
    // the three parts of the certificate, then the OBJECT names inside the
    // second (the algorithm and, for RSA-PSS, its hashes).
    let mut parts: Vec<(usize, usize, usize)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(&parsed.stdout).lines() {
        let Some((offset, rest)) = line.split_once(':') else {
            continue;
        };
        let number = |key: &str| -> Option<usize> {
            let after = rest.split(key).nth(1)?.trim_start();
            after[..after
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after.len())]
                .parse()
                .ok()
        };
        let (Ok(offset), Some(depth), Some(header), Some(length)) = (
            offset.trim().parse::<usize>(),
            number("d="),
            number("hl="),
            number(" l="),
        ) else {
            continue;
        };
        if depth == 1 {
            parts.push((offset, header, length));
        } else if depth >= 2 && parts.len() == 2 {
            if let Some((_, name)) = rest.split_once("OBJECT") {
                names.push(name.trim().trim_start_matches(':').to_string());
            }
        }
    }
    let [tbs, _, sig] = parts[..] else {
        return format!("asn1parse found {} parts", parts.len());
    };
    let (Some(signed), Some(signature)) = (
        der.get(tbs.0..tbs.0 + tbs.1 + tbs.2),
        // A BIT STRING's first byte counts its unused bits.
        der.get(sig.0 + sig.1 + 1..sig.0 + sig.1 + sig.2),
    ) else {
        return "asn1parse offsets past the end".to_string();
    };
    std::fs::write(file("tbs"), signed).unwrap();
    std::fs::write(file("sig"), signature).unwrap();
    let algorithm = names.first().cloned().unwrap_or_default();
    let hash = |name: &str| {
        let name = name.to_ascii_lowercase();
        [
            "sha3-256", "sha3-384", "sha3-512", "sha512", "sha384", "sha256", "sha224", "sha1",
            "md5",
        ]
        .into_iter()
        .find(|h| name.contains(h))
    };
    let (pub_key, tbs_file, sig_file) = (path("pub"), path("tbs"), path("sig"));
    let output = if algorithm == "ED25519" || algorithm == "ED448" {
        openssl(&[
            "pkeyutl", "-verify", "-pubin", "-inkey", &pub_key, "-rawin", "-in", &tbs_file,
            "-sigfile", &sig_file,
        ])
    } else if algorithm == "rsassaPss" {
        // RFC 4055 §3.1: absent hashes are SHA-1; the salt length is read
        // from the signature (`auto`), as certscope reads it.
        let mgf = names.iter().position(|n| n == "mgf1");
        let digest = names
            .get(1..mgf.unwrap_or(names.len()))
            .and_then(|n| n.first())
            .and_then(|n| hash(n))
            .unwrap_or("sha1");
        let mgf_digest = mgf
            .and_then(|m| names.get(m + 1))
            .and_then(|n| hash(n))
            .unwrap_or("sha1");
        openssl(&[
            "dgst",
            &format!("-{digest}"),
            "-verify",
            &pub_key,
            "-sigopt",
            "rsa_padding_mode:pss",
            "-sigopt",
            "rsa_pss_saltlen:auto",
            "-sigopt",
            &format!("rsa_mgf1_md:{mgf_digest}"),
            "-signature",
            &sig_file,
            &tbs_file,
        ])
    } else if let Some(digest) = hash(&algorithm) {
        openssl(&[
            "dgst",
            &format!("-{digest}"),
            "-verify",
            &pub_key,
            "-signature",
            &sig_file,
            &tbs_file,
        ])
    } else {
        return format!("no digest for {algorithm}");
    };
    let said = String::from_utf8_lossy(&output.stdout).to_ascii_lowercase();
    // Anything but a verified signature is a failure: "Verification
    // failure", and the errors OpenSSL gives when the key cannot have made
    // the signature at all (an EC key under an RSA-PSS signature: "Signature
    // parameter error"; an Ed25519 key under ECDSA: "Key type not
    // supported"; a signature longer than the key allows: "Error verifying
    // data"). A mistake here on a valid self-signature would show as a
    // disagreement, not hide one.
    let verified = said.contains("verified ok") || said.contains("verified successfully");
    if output.status.success() && verified {
        "ok"
    } else {
        "fails"
    }
    .to_string()
}

/// The same fields from certscope.
fn certscope_fields(cert: &Certificate) -> Fields {
    let mut fields = Fields::new();
    fields.insert("subject", name_form(&cert.subject));
    fields.insert("issuer", name_form(&cert.issuer));
    fields.insert("serial", cert.serial.clone());
    fields.insert("not_before", cert.not_before.rfc3339());
    fields.insert("not_after", cert.not_after.rfc3339());
    fields.insert("sha256", cert.sha256.clone());
    if let Some(id) = &cert.subject_key_id {
        fields.insert("subject_key_id", id.clone());
    }
    if let Some(id) = &cert.authority_key_id {
        fields.insert("authority_key_id", id.clone());
    }
    if let Some(ca) = cert.is_ca {
        fields.insert("is_ca", ca.to_string());
    }
    if let Some(p) = cert.path_length {
        fields.insert("path_length", p.to_string());
    }
    fields.insert("ocsp_urls", cert.ocsp_urls.join(" "));
    fields.insert("ca_issuers_urls", cert.ca_issuers_urls.join(" "));
    fields.insert("crl_urls", cert.crl_urls.join(" "));
    // The signature checked with the certificate's own key, as
    // openssl_own_key_verdict does: Valid for a self-signed one, Invalid
    // for one another key signed.
    let verdict = issuance::verdict(cert, cert);
    fields.insert(
        "self_signature",
        match verdict {
            Verdict::Valid => "ok".to_string(),
            Verdict::Invalid => "fails".to_string(),
            Verdict::Unsupported(what) => format!("unsupported ({what})"),
        },
    );
    fields
}

#[test]
fn certscope_reads_certificates_as_openssl_does() {
    let have_openssl = Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_openssl || !Path::new(BUNDLE).exists() {
        assert!(
            !in_ci(),
            "CI is set but openssl or {BUNDLE} is missing: run scripts/setup.sh"
        );
        eprintln!("SKIPPED (not CI): openssl or {BUNDLE} is missing");
        return;
    }
    let started = std::time::Instant::now();
    let cases = cases();
    let dir = std::env::temp_dir().join(format!("certscope-oracle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    // Two workers: the machine's cores; each case is two openssl processes.
    let workers = 2;
    let results: Vec<(usize, Option<Fields>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let cases = &cases;
                let dir = &dir;
                s.spawn(move || {
                    (w..cases.len())
                        .step_by(workers)
                        .map(|i| (i, openssl_fields(&cases[i].der, dir, i)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let _ = std::fs::remove_dir_all(&dir);
    let openssl_time = started.elapsed();

    // The parsing of OpenSSL's output must have found what real
    // certificates hold, or an empty field on both sides would "agree".
    let count = |key: &str| {
        results
            .iter()
            .filter(|(_, f)| {
                f.as_ref()
                    .is_some_and(|f| f.get(key).is_some_and(|v| !v.is_empty()))
            })
            .count()
    };
    for (key, at_least) in [
        ("subject", 150),
        ("subject_key_id", 100),
        ("authority_key_id", 20),
        ("is_ca", 100),
        ("ocsp_urls", 5),
        ("ca_issuers_urls", 5),
        ("crl_urls", 5),
    ] {
        assert!(
            count(key) >= at_least,
            "openssl gave {key} for only {} certificates: is its output still parsed right?",
            count(key)
        );
    }
    let mut compared = 0usize;
    let mut agreed = 0usize;
    let mut unexplained = Vec::new();
    let mut explained = Vec::new();
    for (i, theirs) in results {
        let case = &cases[i];
        let ours = Certificate::from_der(&case.der);
        let (theirs, ours) = match (theirs, ours) {
            // Neither reads it: a hostile fixture. Agreement.
            (None, Err(_)) => continue,
            (Some(t), Ok(o)) => (t, certscope_fields(&o)),
            (Some(_), Err(e)) => {
                report(
                    &mut unexplained,
                    &mut explained,
                    case,
                    "decode",
                    "OpenSSL reads it",
                    &e.to_string(),
                );
                compared += 1;
                continue;
            }
            (None, Ok(_)) => {
                report(
                    &mut unexplained,
                    &mut explained,
                    case,
                    "decode",
                    "OpenSSL refuses it",
                    "certscope reads it",
                );
                compared += 1;
                continue;
            }
        };
        compared += 1;
        let mut all = true;
        let keys: std::collections::BTreeSet<&str> =
            theirs.keys().chain(ours.keys()).copied().collect();
        for key in keys {
            let (t, o) = (theirs.get(key), ours.get(key));
            if t != o {
                all = false;
                report(
                    &mut unexplained,
                    &mut explained,
                    case,
                    key,
                    t.map_or("(absent)", String::as_str),
                    o.map_or("(absent)", String::as_str),
                );
            }
        }
        if all {
            agreed += 1;
        }
    }
    let rate = 100.0 * agreed as f64 / compared.max(1) as f64;
    eprintln!(
        "oracle: openssl {:.1} s, certscope {:.1} s",
        openssl_time.as_secs_f64(),
        (started.elapsed() - openssl_time).as_secs_f64()
    );
    eprintln!(
        "oracle: {agreed} of {compared} certificates agree with OpenSSL on every field ({rate:.1}%), {} explained disagreements, {} unexplained; {:.1} s",
        explained.len(),
        unexplained.len(),
        started.elapsed().as_secs_f64()
    );
    for line in &explained {
        eprintln!("  explained: {line}");
    }
    assert!(compared > 150, "only {compared} certificates compared");
    assert!(
        unexplained.is_empty(),
        "certscope and OpenSSL disagree (fix certscope, or list the case in EXCEPTIONS with the reason):\n{}",
        unexplained.join("\n")
    );
}

fn report(
    unexplained: &mut Vec<String>,
    explained: &mut Vec<String>,
    case: &Case,
    field: &str,
    theirs: &str,
    ours: &str,
) {
    let sha = {
        use sha2::Digest as _;
        certscope::inspect::text::hex(&sha2::Sha256::digest(&case.der))
    };
    let line = format!(
        "{} ({sha}) {field}: openssl {theirs:?}, certscope {ours:?}",
        case.origin
    );
    let file = case.origin.split(" #").next().unwrap_or_default();
    let listed = |s: &str| s == sha || s == file || (s.ends_with('/') && file.starts_with(s));
    match EXCEPTIONS
        .iter()
        .find(|(s, f, t, o, _)| listed(s) && *f == field && *t == theirs && *o == ours)
    {
        Some((.., why)) => explained.push(format!("{line} — {why}")),
        None => unexplained.push(line),
    }
}
