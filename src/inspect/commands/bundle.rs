//! Commands for a trust bundle (issue 32): a file of roots is not a
//! server's chain, so the staple and renewal commands do not apply, but the
//! bundle's findings still call for action. Chosen by them:
//!
//! - `refresh-bundle` when a root has expired: the distribution's package
//!   drops expired roots, and `update-ca-certificates` alone only rebuilds
//!   the file from the package already installed;
//! - `clean-bundle` when a root has expired, is not a CA or is repeated: a
//!   copy of the bundle without those roots, by SHA-256, one copy each;
//! - `verify-with-bundle` always: a chain checked against the bundle (the
//!   cleaned copy, when there is one) as OpenSSL-based clients check it;
//! - and the server line that names the bundle, for the chosen server.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use super::config::{plain_path, Server, ServerConfig};
use super::{shell, Command, Paths, Purpose};
use crate::inspect::certificate::Certificate;
use crate::inspect::staple::servers::{APACHE_PROVEN, NGINX_PROVEN};
use crate::inspect::trust_bundle::TrustBundle;

/// The name a bundle gets when it came without a file name of its own
/// (pasted text, the CLI's standard input).
const UNNAMED: &str = "bundle.pem";

/// The cleaned copy of a bundle spread over several files.
const SEVERAL: &str = "roots.pem";

/// Where a bundle is installed when its own path is not known.
const SSL_DIR: &str = "/etc/ssl";

/// File names distributions give the bundle their package manages: a
/// copy edited by hand is overwritten by the next package update, so for
/// these the package is refreshed first.
const DISTRIBUTION_FILES: &[&str] = &["ca-certificates.crt", "ca-bundle.crt", "tls-ca-bundle.pem"];

/// The files the roots came in, as the commands name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Files {
    /// Each input that held a root, in input order; a name that is no file
    /// (pasted text, standard input) becomes [`UNNAMED`].
    pub sources: Vec<String>,
    /// The cleaned copy `clean-bundle` writes in the current directory.
    pub cleaned: String,
}

impl Files {
    /// The files for inputs named `names` (those that held a root).
    pub fn of(names: &[&str]) -> Files {
        let mut sources: Vec<String> = Vec::new();
        for name in names {
            let name = if is_file_name(name) { name } else { UNNAMED };
            if !sources.iter().any(|s| s == name) {
                sources.push(name.to_string());
            }
        }
        if sources.is_empty() {
            sources.push(UNNAMED.to_string());
        }
        let cleaned = match sources.as_slice() {
            [one] => cleaned_name(base_name(one)),
            _ => cleaned_name(SEVERAL),
        };
        Files { sources, cleaned }
    }

    /// The one source, when the roots came in one file.
    fn single(&self) -> Option<&str> {
        match self.sources.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Whether the roots came in a file a distribution's package manages.
    fn distribution_managed(&self) -> bool {
        self.single()
            .is_some_and(|s| DISTRIBUTION_FILES.contains(&base_name(s)))
    }
}

/// A name that can stand for a file on the admin's machine (quoted, it
/// may hold anything printable): the CLI's standard input (`stdin`) and
/// the page's paste area (`pasted text`) cannot.
fn is_file_name(name: &str) -> bool {
    !matches!(name, "" | "-" | "stdin" | crate::inspect::input::PASTE_NAME)
        && !name.ends_with('/')
        && !name.chars().any(char::is_control)
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `ca-certificates.crt` → `ca-certificates.clean.crt`: the same name with
/// `.clean` before its extension, so it reads as the same bundle.
fn cleaned_name(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}.clean.{ext}"),
        _ => format!("{name}.clean.pem"),
    }
}

/// What the bundle's findings call for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Faults {
    /// Roots to leave out: expired, or not a CA (index into the
    /// certificates, in order, each once).
    drop: Vec<usize>,
    /// Whether some root has expired.
    expired: bool,
    /// Whether some root is given more than once.
    repeated: bool,
}

impl Faults {
    fn of(bundle: &TrustBundle) -> Faults {
        let mut faults = Faults::default();
        for f in &bundle.findings {
            match (f.code, f.certificate) {
                ("bundle-expired-root", Some(i)) => {
                    faults.expired = true;
                    faults.drop.push(i);
                }
                ("bundle-not-ca", Some(i)) => faults.drop.push(i),
                ("bundle-duplicate-root", _) => faults.repeated = true,
                _ => {}
            }
        }
        faults.drop.sort_unstable();
        faults.drop.dedup();
        faults
    }

    fn clean(&self) -> bool {
        !self.drop.is_empty() || self.repeated
    }
}

/// The commands for `bundle` (whose roots are `certificates`, given in the
/// files `files`), in the order to run them, and the server lines that
/// name it, for `server` alone when one is chosen.
pub fn advise(
    bundle: &TrustBundle,
    certificates: &[Certificate],
    files: &Files,
    (server, paths): (Option<Server>, &Paths),
) -> (Vec<Command>, ServerConfig) {
    let faults = Faults::of(bundle);
    let refresh = faults.expired.then(|| refresh_bundle(files));
    let clean = faults
        .clean()
        .then(|| clean_bundle(&faults, certificates, files));
    // A distribution's own file with an expired root is refreshed, not
    // edited: the next package update would overwrite the edit, and brings
    // the roots the edit would leave. Any other bundle is cleaned first,
    // and checked and installed as the cleaned copy.
    let in_place = files.distribution_managed() && faults.expired;
    let cleaned = faults.clean() && !in_place;
    let verify = verify_with_bundle(files, cleaned, paths);
    let mut commands: Vec<Command> = if in_place {
        refresh.into_iter().chain(clean).collect()
    } else {
        clean.into_iter().chain(refresh).collect()
    };
    commands.push(verify);
    let config = server_lines(&installed(files, cleaned));
    (
        commands,
        match server {
            Some(server) => config.only(server),
            None => config,
        },
    )
}

/// A command about the bundle as a whole: `certificate` 0, which the page
/// and the CLI do not name for these purposes ([`Purpose::for_bundle`]).
fn command(purpose: Purpose, command: String, note: String) -> Command {
    Command {
        purpose,
        certificate: 0,
        command,
        note,
        request_der: None,
    }
}

/// `sha256` (lowercase hex) as `openssl x509 -fingerprint -sha256` prints
/// it: uppercase, a colon between bytes.
fn openssl_fingerprint(sha256: &str) -> String {
    let upper = sha256.to_ascii_uppercase();
    let pairs: Vec<&str> = upper
        .as_bytes()
        .chunks(2)
        .filter_map(|p| std::str::from_utf8(p).ok())
        .collect();
    pairs.join(":")
}

/// "a, b and c".
fn and_list(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The script that writes the bundle without the roots `faults` names and
/// with one copy of each root. Values reach it only as quoted words; the
/// roots' names are in the note, never in the script (a newline in a name
/// would end a comment and run the rest).
fn clean_bundle(faults: &Faults, certificates: &[Certificate], files: &Files) -> Command {
    let dropped: Vec<&Certificate> = faults
        .drop
        .iter()
        .filter_map(|&i| certificates.get(i))
        .collect();
    let fingerprints: Vec<String> = dropped
        .iter()
        .map(|c| openssl_fingerprint(&c.sha256))
        .collect();
    let mut cat = vec!["cat", "--"];
    cat.extend(files.sources.iter().map(String::as_str));
    let out = shell::quote(&files.cleaned);
    let script = format!(
        "( # a subshell: set -eu stops the script, never the shell it is pasted into\n\
         set -eu\n\
         # SHA-256 fingerprints of the roots to leave out, as openssl x509 -fingerprint prints them.\n\
         drop={drop}\n\
         tmp=$(mktemp -d)\n\
         {cat} | awk -v dir=\"$tmp\" '/-----BEGIN CERTIFICATE-----/ {{ n++; f = sprintf(\"%s/%06d.pem\", dir, n) }} f {{ print > f }} /-----END CERTIFICATE-----/ {{ close(f); f = \"\" }}'\n\
         : > {out}\n\
         kept=\n\
         for f in \"$tmp\"/*.pem; do\n\
         \x20   [ -e \"$f\" ] || continue\n\
         \x20   fp=$(openssl x509 -in \"$f\" -noout -fingerprint -sha256 2>/dev/null || true)\n\
         \x20   fp=${{fp#*=}}\n\
         \x20   case \"$drop $kept\" in\n\
         \x20       *\"${{fp:-none}}\"*) printf 'left out: %s\\n' \"$(openssl x509 -in \"$f\" -noout -subject)\" >&2 ;;\n\
         \x20       *) cat \"$f\" >> {out}; kept=\"$kept $fp\" ;;\n\
         \x20   esac\n\
         done\n\
         rm -rf \"$tmp\"\n\
         printf '%s: %s roots\\n' {out} \"$(grep -c 'BEGIN CERTIFICATE' {out})\"\n\
         )",
        drop = shell::quote(&fingerprints.join(" ")),
        cat = shell::join(&cat),
    );
    let names: Vec<&str> = dropped.iter().map(|c| c.display_name()).collect();
    let what = match (names.is_empty(), faults.repeated) {
        (true, _) => "one copy of each repeated root".to_string(),
        (false, false) => format!("without {}", and_list(&names)),
        (false, true) => format!(
            "without {}, and with one copy of each repeated root",
            and_list(&names)
        ),
    };
    command(
        Purpose::CleanBundle,
        script,
        format!(
            "Writes {} in the current directory: the bundle {what} (the findings say why each goes), every other root kept as it was, in its order. It names each root it leaves out on standard error and counts the roots it kept; the original stays as it is. A root that OpenSSL cannot read is kept. Check a chain against the copy (verify-with-bundle) before you put it where the old one was.{}",
            files.cleaned,
            if files.sources.iter().any(|s| s == UNNAMED) {
                format!(" The roots came without a file name: save them as {UNNAMED} first.")
            } else {
                String::new()
            }
        ),
    )
}

/// The distribution's current roots: the package, then the file rebuilt.
fn refresh_bundle(files: &Files) -> Command {
    let text = "apt-get update && apt-get install --only-upgrade ca-certificates && update-ca-certificates";
    let which = match files.single().filter(|_| files.distribution_managed()) {
        Some(file) => format!("{file} is the file Debian's ca-certificates package builds"),
        None => "if the bundle came from the distribution".to_string(),
    };
    command(
        Purpose::RefreshBundle,
        text.to_string(),
        format!(
            "Run as root. A root has expired, and {which}: apt-get install --only-upgrade ca-certificates installs the package's current release (Mozilla's roots as the package last took them, expired ones removed), and update-ca-certificates rebuilds /etc/ssl/certs/ca-certificates.crt from it and from /usr/local/share/ca-certificates. update-ca-certificates alone only rebuilds the file from the package already installed, so the expired root stays. On Red Hat, Fedora and their kin: dnf upgrade ca-certificates && update-ca-trust. Then reload the servers that read the bundle."
        ),
    )
}

/// `openssl verify` of a chain against the bundle: the cleaned copy when
/// `cleaned`, else the files as given (several are put together first:
/// `openssl verify` takes one `-CAfile`).
fn verify_with_bundle(files: &Files, cleaned: bool, paths: &Paths) -> Command {
    let mut text = String::new();
    let trusted = match (cleaned, files.single()) {
        (true, _) => files.cleaned.clone(),
        (false, Some(one)) => one.to_string(),
        (false, None) => {
            let mut cat = vec!["cat", "--"];
            cat.extend(files.sources.iter().map(String::as_str));
            text = format!("{} > {SEVERAL} && ", shell::join(&cat));
            SEVERAL.to_string()
        }
    };
    text.push_str(&shell::join(&[
        "openssl",
        "verify",
        "-CAfile",
        &trusted,
        "-untrusted",
        &paths.issuer,
        &paths.leaf,
    ]));
    let which = if cleaned {
        "the cleaned copy, before it replaces the bundle"
    } else {
        "the bundle"
    };
    command(
        Purpose::VerifyWithBundle,
        text,
        format!(
            "Checks a server's chain against {which}, as OpenSSL-based clients (curl, nginx's ssl_trusted_certificate) check it: {leaf} is the server's certificate, {issuer} its intermediates. It prints \"{leaf}: OK\" when a root of the bundle anchors the chain, and \"unable to get local issuer certificate\" when none does.",
            leaf = paths.leaf,
            issuer = paths.issuer
        ),
    )
}

/// Where the bundle the servers read lives: the cleaned copy under
/// [`SSL_DIR`] when one is written (`cleaned`), else the file as given when
/// its path is absolute, else the file's name under [`SSL_DIR`].
fn installed(files: &Files, cleaned: bool) -> String {
    let given = files.single().and_then(plain_path);
    let path = match given {
        Some(path) if !cleaned => path.to_string(),
        _ if cleaned => format!("{SSL_DIR}/{}", files.cleaned),
        _ => format!("{SSL_DIR}/{}", files.single().map_or(SEVERAL, base_name)),
    };
    // A configuration file has no quoting (see `config`): a name with
    // anything but plain characters is not written into one.
    match plain_path(&path) {
        Some(_) => path,
        None => format!("{SSL_DIR}/{}", cleaned_name(SEVERAL)),
    }
}

/// Each server's line that names a bundle of roots, and what it is for,
/// each claim with the versions it holds for (issue 26): only nginx checks
/// staples against a CA file. HAProxy 2.6 checks no staple's signature, and
/// from 2.8 its ocsp-update checks a fetched one trusting the certificate's
/// own chain and .issuer file (`ssl_ocsp_check_response()`, read in the
/// source of 2.8.0, 3.2.0 and 3.5-dev5; 2.6.0 has no `OCSP_basic_verify`);
/// Apache staples what the responder sent without checking its signature
/// (the real-server suite's verdicts); Caddy checks it against the
/// certificate's issuer (certmagic's OCSP check; not run).
fn server_lines(path: &str) -> ServerConfig {
    ServerConfig {
        certificate: 0,
        nginx: format!(
            "# nginx checks a delegated OCSP responder's signature up to a root of this file\n# (ssl_stapling_verify on): {NGINX_PROVEN}.\n# It never sends the file to clients. With ssl_verify_client on it would also accept\n# client certificates from any of these roots (nginx's documentation): name your own\n# CA in ssl_client_certificate for that.\nssl_stapling        on;\nssl_stapling_verify on;\nssl_trusted_certificate {path};\n"
        ),
        haproxy: format!(
            "# HAProxy checks no staple against a CA file: 2.6 checks no staple's signature, and\n# ocsp-update (2.8 and later) checks a fetched one against the certificate's own\n# chain (from the source of 2.6.0, 2.8.0, 3.2.0 and 3.5-dev5). A bundle of roots\n# verifies the servers HAProxy connects to (add verifyhost with the name in their\n# certificate):\nbackend app\n    server app1 192.0.2.10:443 ssl verify required ca-file {path}\n"
        ),
        apache: format!(
            "# Apache staples what the responder sent without checking its signature\n# ({APACHE_PROVEN}), so no CA file plays a part in stapling.\n# A bundle of roots verifies the servers Apache proxies to; SSLCACertificateFile would\n# accept client certificates from any of these roots (Apache's documentation).\nSSLProxyEngine on\nSSLProxyVerify require\nSSLProxyCACertificateFile {path}\n"
        ),
        caddy: "# Caddy checks a staple against the certificate's issuer and needs no CA file for it\n# (not run on a real Caddy).\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_stay_readable() {
        // (input names, sources, cleaned copy, why)
        let table: [(&[&str], &[&str], &str, &str); 5] = [
            (
                &["/etc/ssl/certs/ca-certificates.crt"],
                &["/etc/ssl/certs/ca-certificates.crt"],
                "ca-certificates.clean.crt",
                "Debian's bundle",
            ),
            (
                &["pki/root-rsa.pem", "pki/root-ecdsa.pem"],
                &["pki/root-rsa.pem", "pki/root-ecdsa.pem"],
                "roots.clean.pem",
                "roots in several files",
            ),
            (
                &["pasted text"],
                &["bundle.pem"],
                "bundle.clean.pem",
                "pasted: no file",
            ),
            (
                &["stdin"],
                &["bundle.pem"],
                "bundle.clean.pem",
                "the CLI's -",
            ),
            (&["roots"], &["roots"], "roots.clean.pem", "no extension"),
        ];
        for (names, sources, cleaned, why) in table {
            let files = Files::of(names);
            assert_eq!(files.sources, sources, "{why}");
            assert_eq!(files.cleaned, cleaned, "{why}");
        }
        assert_eq!(
            openssl_fingerprint("0aff"),
            "0A:FF",
            "openssl's fingerprint form"
        );
    }
}
