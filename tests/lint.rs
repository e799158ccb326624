//! The `lint-*` family against an independent implementation: where a lint
//! says "OpenSSL refuses it", OpenSSL's own `verify` is asked.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use certscope::{analyze, Input};
use std::path::Path;
use std::process::Command;

mod common;
use common::{tool_present, AT};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A root carrying `extension` (an openssl.cnf line) and a leaf it signs,
/// in `dir`; returns OpenSSL's verdict on the leaf over that root alone.
fn root_with(dir: &Path, extension: &str) -> bool {
    let cnf = format!(
        "[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=Lint Root\n\
         [root]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n{extension}\n\
         [leaf]\nbasicConstraints=critical,CA:FALSE\nsubjectAltName=DNS:lint.example\n\
         extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n"
    );
    std::fs::write(dir.join("c.cnf"), cnf).unwrap();
    let ec = ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"];
    openssl(
        dir,
        &[&["genpkey"], &ec[..], &["-out", "root.key"]].concat(),
    );
    openssl(
        dir,
        &[&["genpkey"], &ec[..], &["-out", "leaf.key"]].concat(),
    );
    let days = ["-days", "36500"];
    openssl(
        dir,
        &[
            &[
                "req",
                "-new",
                "-x509",
                "-key",
                "root.key",
                "-config",
                "c.cnf",
                "-extensions",
                "root",
                "-out",
                "root.pem",
            ][..],
            &days,
        ]
        .concat(),
    );
    openssl(
        dir,
        &[
            "req",
            "-new",
            "-key",
            "leaf.key",
            "-subj",
            "/CN=lint.example",
            "-out",
            "leaf.csr",
        ],
    );
    openssl(
        dir,
        &[
            &[
                "x509",
                "-req",
                "-in",
                "leaf.csr",
                "-CA",
                "root.pem",
                "-CAkey",
                "root.key",
                "-extfile",
                "c.cnf",
                "-extensions",
                "leaf",
                "-out",
                "leaf.pem",
            ][..],
            &days,
        ]
        .concat(),
    );
    // The leaf alone is the chain: the root signed it directly.
    common::openssl_verify(
        &dir.join("root.pem"),
        &dir.join("leaf.pem"),
        None,
        &["-purpose", "sslserver"],
    )
    .status
    .success()
}

/// `lint-root-unknown-critical` says OpenSSL refuses a root with a critical
/// extension it does not know; for each extension, OpenSSL decides.
#[test]
fn a_roots_unknown_critical_extension_is_the_one_openssl_refuses() {
    if !tool_present("openssl", "version") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("certscope-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The extension as openssl.cnf writes it (critical), and the root's
    // plain subject key identifier otherwise.
    let table = [
        "subjectKeyIdentifier=hash",
        "subjectKeyIdentifier=hash\n1.2.3.4=critical,ASN1:NULL",
        "subjectKeyIdentifier=critical,hash",
        "subjectKeyIdentifier=hash\nauthorityInfoAccess=critical,OCSP;URI:http://ocsp.lint.example/",
        "subjectKeyIdentifier=hash\ncrlDistributionPoints=critical,URI:http://crl.lint.example/r.crl",
        "subjectKeyIdentifier=hash\ncertificatePolicies=critical,2.23.140.1.2.1",
        "subjectKeyIdentifier=hash\npolicyConstraints=critical,requireExplicitPolicy:0",
        "subjectKeyIdentifier=hash\ninhibitAnyPolicy=critical,0",
        "subjectKeyIdentifier=hash\nnsCertType=critical,sslCA",
    ];
    for extension in table {
        let openssl_accepts = root_with(&dir, extension);
        let read = |f: &str| std::fs::read(dir.join(f)).unwrap();
        let inputs = [
            Input::new("leaf.pem", read("leaf.pem")),
            Input::new("root.pem", read("root.pem")),
        ];
        let report = analyze(&inputs, AT);
        let linted = report
            .findings
            .iter()
            .any(|f| f.code == "lint-root-unknown-critical");
        assert_eq!(
            linted,
            !openssl_accepts,
            "{extension}: OpenSSL {} the chain",
            if openssl_accepts {
                "accepts"
            } else {
                "refuses"
            }
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
