//! What the native test files share: the generated fixtures and the instant
//! their verdicts are stated at. Each file uses part of it.
#![allow(dead_code, clippy::panic)]

use certscope::Timestamp;

/// tests/fixtures/EVALUATION_TIME: 2026-11-23T01:00:00Z.
pub const AT: Timestamp = Timestamp(1_795_395_600);

/// A file under tests/fixtures/.
pub fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("tests/fixtures/{path}: {e} (run tests/fixtures/generate.sh)"))
}

/// Whether a missing tool must fail the test rather than skip it: in CI,
/// which installs every tool (scripts/setup.sh), and under scripts/test.sh,
/// which installs them too and sets `CI=true` itself. `CI` is read as CI
/// systems set it (`true`, `1`, `True`, …): anything but empty, `0`, `false`
/// or `no`, so a CI that spells it differently does not turn checks into
/// skips.
pub fn tools_required() -> bool {
    std::env::var("CI").is_ok_and(|v| {
        !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "" | "0" | "false" | "no"
        )
    })
}

/// Whether `tool` runs (`tool arg` exits 0). A test that needs it returns
/// early when it does not, locally only: with `CI=true` a missing tool fails
/// the test, because CI installs every tool (scripts/setup.sh) and a skip
/// there would be a green test that checked nothing.
pub fn tool_present(tool: &str, arg: &str) -> bool {
    let ok = std::process::Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !tools_required(),
            "`{tool}` is not installed, and CI is set: scripts/setup.sh installs it; \
             a skipped test in CI checks nothing"
        );
        eprintln!("SKIPPED: `{tool}` is not installed, so this test cannot run");
    }
    ok
}

/// `openssl verify` as the differential trust tests run it (tests/trust.rs,
/// tests/trust_programs.rs, tests/lint.rs): `cafile`'s roots and no others
/// (no default CA path or store), `chain` (a PEM file) both as what a
/// server sends (`-untrusted`) and as the certificate to verify (its
/// first), at `at` (`-attime`; the clock when `None`). `extra` adds flags
/// before them: `-purpose sslserver`, `-show_chain`, `-no_check_time`, or
/// another `-untrusted` file, which openssl reads first.
pub fn openssl_verify(
    cafile: &std::path::Path,
    chain: &std::path::Path,
    at: Option<Timestamp>,
    extra: &[&str],
) -> std::process::Output {
    let mut command = std::process::Command::new("openssl");
    command
        .args(["verify", "-no-CApath", "-no-CAstore"])
        .args(extra);
    if let Some(at) = at {
        command.args(["-attime", &at.0.to_string()]);
    }
    command
        .arg("-CAfile")
        .arg(cafile)
        .arg("-untrusted")
        .arg(chain)
        .arg(chain)
        .output()
        .unwrap_or_else(|e| {
            panic!("openssl is needed for the differential tests (apt-get install openssl): {e}")
        })
}

/// A CRL of `n` entries (serials 1..=n, 17 bytes each like Let's Encrypt's)
/// from R2, signed with `openssl dgst` by its key, plus one entry for `also`.
#[allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation
)]
pub fn big_crl(n: u32, also: &[u8]) -> Vec<u8> {
    use certscope::inspect::tlv::encode as wrap;
    // R2's Name, as full.crl carries it: version, signature, issuer.
    let full = fixture("crl/full.crl");
    let (outer, _) = certscope::inspect::tlv::read(&full, 0).unwrap();
    let tbs = outer.children().next().unwrap().unwrap();
    let subject = tbs.children().nth(2).unwrap().unwrap().raw.to_vec();
    let date = wrap(0x17, b"261101000000Z");
    let mut entries = Vec::with_capacity(n as usize * 40);
    for i in 1..=n {
        let mut serial = vec![0x04u8; 13];
        serial.extend(i.to_be_bytes());
        let mut entry = wrap(0x02, &serial);
        entry.extend(&date);
        entries.extend(wrap(0x30, &entry));
    }
    let mut entry = wrap(0x02, also);
    entry.extend(&date);
    entries.extend(wrap(0x30, &entry));
    let alg = wrap(
        0x30,
        &[
            &wrap(
                0x06,
                &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b],
            )[..],
            &[0x05, 0x00],
        ]
        .concat(),
    );
    let mut tbs = wrap(0x02, &[1]);
    tbs.extend(&alg);
    tbs.extend(&subject);
    tbs.extend(wrap(0x17, b"261122000000Z"));
    tbs.extend(wrap(0x17, b"261129000000Z"));
    tbs.extend(wrap(0x30, &entries));
    let tbs = wrap(0x30, &tbs);
    let tbs_path =
        std::env::temp_dir().join(format!("certscope-big-{}-{n}.tbs", std::process::id()));
    std::fs::write(&tbs_path, &tbs).unwrap();
    let sig = std::process::Command::new("openssl")
        .args([
            "dgst",
            "-sha256",
            "-sign",
            "pki/keys/int-rsa.key",
            tbs_path.to_str().unwrap(),
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .output()
        .unwrap();
    assert!(sig.status.success());
    let _ = std::fs::remove_file(&tbs_path);
    let mut body = tbs;
    body.extend(alg);
    body.extend(wrap(0x03, &[&[0u8][..], &sig.stdout].concat()));
    wrap(0x30, &body)
}
