//! Issue 29: the root programs of Apple, Microsoft, Android and Java. The
//! table the engine ships (src/inspect/trust/programs.bin, written by
//! scripts/trust-programs.sh) is compared with the vendors' PEM files and
//! YAML indexes (tests/fixtures/trust/programs, programs.manifest), and each
//! program's verdict on the real public chains with `openssl verify
//! -CAfile <program's PEM file>`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use certscope::inspect::trust::programs::{self, PROGRAMS};
use certscope::{analyze, Input, Report, Timestamp};
use sha2::Digest as _;
use std::collections::BTreeSet;

mod common;
use common::{fixture, tool_present};

fn root() -> String {
    env!("CARGO_MANIFEST_DIR").to_string()
}

/// SHA-256 (hex) of every certificate of a PEM file.
fn pem_fingerprints(text: &str) -> BTreeSet<String> {
    use base64::Engine as _;
    text.split("-----BEGIN CERTIFICATE-----")
        .skip(1)
        .map(|block| {
            let body: String = block
                .split("-----END CERTIFICATE-----")
                .next()
                .unwrap()
                .split_whitespace()
                .collect();
            let der = base64::engine::general_purpose::STANDARD
                .decode(body)
                .unwrap();
            hex(&sha2::Sha256::digest(&der))
        })
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn manifest() -> String {
    std::fs::read_to_string(format!("{}/src/inspect/trust/programs.manifest", root())).unwrap()
}

/// The table's roots of one program.
fn table_roots(id: &str) -> BTreeSet<String> {
    programs::table_roots()
        .into_iter()
        .filter(|(_, ids)| ids.contains(&id))
        .map(|(sha, _)| sha)
        .collect()
}

/// The CLI's text of `report` has `line`, whole.
fn assert_cli_line(report: &certscope::Report, line: &str) {
    let text = certscope::inspect::render::render_text(report);
    assert!(text.lines().any(|l| l == line), "{text}");
}

/// The finding with `code`.
fn finding<'a>(
    report: &'a certscope::Report,
    code: &str,
) -> &'a certscope::inspect::finding::Finding {
    report
        .findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code}"))
}

#[test]
fn the_table_holds_exactly_each_vendors_roots() {
    let manifest = manifest();
    for p in &PROGRAMS {
        let table = table_roots(p.id);
        // The vendor's PEM file, unchanged from the package.
        let pem = String::from_utf8(fixture(&format!("trust/programs/{}.pem", p.id))).unwrap();
        assert_eq!(table, pem_fingerprints(&pem), "{}: table vs PEM file", p.id);
        // The vendor's YAML index (as the script wrote it to the manifest).
        let indexed: BTreeSet<String> = manifest
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("root {} ", p.id)))
            .map(str::to_string)
            .collect();
        assert_eq!(table, indexed, "{}: table vs index", p.id);
        assert_eq!(table.len(), p.count, "{}: count", p.id);
        assert_eq!(programs::anchors(p).len(), p.count, "{}: anchors", p.id);
        // The date and count the code states are the index's.
        let head = manifest
            .lines()
            .find(|l| l.starts_with(&format!("program {} ", p.id)))
            .unwrap();
        let fields: Vec<&str> = head.split(' ').collect();
        assert_eq!(fields[2], p.as_of, "{}: as of", p.id);
        assert_eq!(fields[3], p.count.to_string(), "{}: count", p.id);
        let blocked: Vec<String> = manifest
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("blocked {} ", p.id)))
            .map(str::to_string)
            .collect();
        assert_eq!(programs::table_blocked(p), blocked, "{}: blocked", p.id);
    }
    // Java's blocked list is in the data (38 certificates).
    assert_eq!(programs::table_blocked(&PROGRAMS[3]).len(), 38);
}

#[test]
fn every_anchor_is_the_one_rustls_webpki_reads_from_the_root() {
    // The table keeps a root as its subject, key and name constraints; each
    // must equal what rustls-webpki takes from the full certificate.
    for p in &PROGRAMS {
        let pem = String::from_utf8(fixture(&format!("trust/programs/{}.pem", p.id))).unwrap();
        let ours = programs::anchors(p);
        for block in pem.split("-----BEGIN CERTIFICATE-----").skip(1) {
            use base64::Engine as _;
            let body: String = block
                .split("-----END CERTIFICATE-----")
                .next()
                .unwrap()
                .split_whitespace()
                .collect();
            let der = base64::engine::general_purpose::STANDARD
                .decode(body)
                .unwrap();
            let der = rustls_pki_types::CertificateDer::from(der);
            let Ok(theirs) = webpki::anchor_from_trusted_cert(&der) else {
                continue; // a root rustls-webpki cannot read is no anchor for it either
            };
            let sha = hex(&sha2::Sha256::digest(der.as_ref()));
            let k = (0..ours.len())
                .find(|&k| programs::anchor_sha256(p, k) == Some(sha.as_str()))
                .unwrap_or_else(|| panic!("{}: {sha} not in the table", p.id));
            assert_eq!(ours[k], theirs, "{}: {sha}", p.id);
        }
    }
}

/// The program's PEM file: the vendor's roots, unchanged.
fn program_pem(program: &str) -> String {
    format!("{}/tests/fixtures/trust/programs/{program}.pem", root())
}

/// openssl's verdict with the program's PEM file as the only trusted roots.
fn openssl_trusts(program: &str, file: &str, at: Timestamp) -> bool {
    openssl_trusts_with(program, file, at, &[])
}

/// The same, with `untrusted` files offered first (before the chain's own
/// certificates: openssl takes the first issuer it finds, and stops at a
/// self-signed one).
fn openssl_trusts_with(program: &str, file: &str, at: Timestamp, untrusted: &[&str]) -> bool {
    let path = format!("{}/tests/fixtures/{file}", root());
    let mut extra = vec!["-purpose", "sslserver"];
    for u in untrusted {
        extra.extend(["-untrusted", u]);
    }
    common::openssl_verify(
        program_pem(program).as_ref(),
        path.as_ref(),
        Some(at),
        &extra,
    )
    .status
    .success()
}

fn inspect(file: &str, at: Timestamp) -> Report {
    analyze(&[Input::new(file, fixture(file))], at)
}

/// 2022-06-01, 2017-06-01, 2025-03-01, 2018-11-01: times each chain is valid.
const T2022: Timestamp = Timestamp(1_654_041_600);
const T2017: Timestamp = Timestamp(1_496_275_200);
const T2025: Timestamp = Timestamp(1_740_787_200);
const T2018: Timestamp = Timestamp(1_541_030_400);
/// 2023-01-15: valid-isrgrootx2.letsencrypt.org's leaf is valid.
const T2023: Timestamp = Timestamp(1_673_740_800);
/// 2025-01-15: nfce.fazenda.mg.gov.br's leaf is valid.
const T2025_JAN: Timestamp = Timestamp(1_736_899_200);

#[test]
fn each_programs_verdict_agrees_with_openssl_verify_over_its_roots() {
    if !tool_present("openssl", "version") {
        return;
    }
    // [file, a time the chain is valid, programs that trust it, why]
    let table: [(&str, Timestamp, &[&str], &str); 8] = [
        (
            "trust/public/amazon-rootca1.pem",
            T2025,
            &["mozilla", "apple", "microsoft", "android", "java"],
            "Amazon Root CA 1 is in every program",
        ),
        (
            "trust/public/amazon-rootca3.pem",
            T2025,
            &["mozilla", "apple", "microsoft", "android", "java"],
            "Amazon Root CA 3 (P-256) is in every program",
        ),
        (
            "trust/public/cloudflare-dns.pem",
            T2022,
            &["apple", "microsoft", "android", "java"],
            "DigiCert Global Root CA left Mozilla's store only",
        ),
        (
            "trust/public/netflix-with-root.pem",
            T2017,
            &["java"],
            "VeriSign Class 3 G3 is still in OpenJDK 17's cacerts",
        ),
        (
            "trust/public/letsencrypt-x2-cross.pem",
            T2023,
            &["mozilla", "apple", "microsoft", "android", "java"],
            "ISRG Root X2 everywhere but Java, which takes the cross-sign to ISRG Root X1",
        ),
        (
            "trust/public/sefaz-mg-icp-brasil.pem",
            T2025_JAN,
            &["microsoft"],
            "Autoridade Certificadora Raiz Brasileira v10 is Microsoft's alone",
        ),
        (
            "trust/public/badssl-sct.pem",
            T2017,
            &[],
            "a leaf alone: no intermediate, no path",
        ),
        (
            "trust/public/cryptography-io-scts.pem",
            T2018,
            &[],
            "a leaf alone: no intermediate, no path",
        ),
    ];
    for (file, at, trusted_by, why) in table {
        let report = inspect(file, at);
        let trust = report.chains[0].trust.as_ref().unwrap();
        let verdicts: Vec<(&str, bool)> = trust
            .programs
            .iter()
            .map(|v| (v.program.as_str(), v.trusted))
            .collect();
        let names: Vec<&str> = verdicts.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            names,
            ["mozilla", "apple", "microsoft", "android", "java"],
            "{file}"
        );
        for (program, trusted) in &verdicts {
            assert_eq!(
                *trusted,
                trusted_by.contains(program),
                "{file}: {program} ({why})"
            );
            if *program != "mozilla" {
                assert_eq!(
                    openssl_trusts(program, file, at),
                    *trusted,
                    "{file}: openssl disagrees for {program} ({why})"
                );
            }
        }
        for v in &trust.programs {
            assert_eq!(v.anchor.is_some(), v.trusted, "{file}: {}", v.program);
            assert!(!v.as_of.is_empty() && !v.source.is_empty());
        }
        let differ = report
            .findings
            .iter()
            .find(|f| f.code == "trust-programs-differ");
        let disagree = !trusted_by.is_empty() && trusted_by.len() < 5;
        assert_eq!(differ.is_some(), disagree, "{file}: {why}");
    }
}

#[test]
fn the_disagreement_is_one_sentence_that_names_the_missing_root() {
    let report = inspect("trust/public/cloudflare-dns.pem", T2022);
    let f = finding(&report, "trust-programs-differ");
    assert_eq!(
        f.message,
        "Trusted by Apple, Microsoft, Android and Java; not by Mozilla: the store lacks DigiCert Global Root CA. Clients that use that program refuse the chain: one that ends in a root every program holds works everywhere."
    );
    let android = report.chains[0].trust.as_ref().unwrap().programs[3].clone();
    assert_eq!(android.program, "android");
    assert_eq!(
        android.anchor.as_deref(),
        Some("CN=DigiCert Global Root CA,OU=www.digicert.com,O=DigiCert Inc,C=US")
    );
}

/// Each program's verdict says which list it is from and its day:
/// Mozilla's the store's, every other program its own (issue 29).
#[test]
fn each_programs_verdict_names_its_own_list() {
    use certscope::inspect::trust;
    let report = inspect("trust/public/cloudflare-dns.pem", T2022);
    let verdicts = &report.chains[0].trust.as_ref().unwrap().programs;
    let mut want = vec![(
        trust::PROGRAM.to_string(),
        trust::AS_OF.to_string(),
        trust::store_words(),
    )];
    want.extend(
        PROGRAMS
            .iter()
            .map(|p| (p.id.to_string(), p.as_of.to_string(), p.source.to_string())),
    );
    let got: Vec<(String, String, String)> = verdicts
        .iter()
        .map(|v| (v.program.clone(), v.as_of.clone(), v.source.clone()))
        .collect();
    assert_eq!(got, want);
}

/// Only programs that disagree are said to: a chain every program trusts,
/// or none does, gets no `trust-programs-differ`. `(file, time, said)`.
#[test]
fn programs_that_agree_are_not_said_to_differ() {
    let table = [
        ("trust/public/cloudflare-dns.pem", T2022, true),
        ("trust/public/amazon-rootca1.pem", T2025, false),
        ("trust/public/cryptography-io-scts.pem", T2018, false),
    ];
    for (file, at, said) in table {
        let report = inspect(file, at);
        let differ = report
            .findings
            .iter()
            .filter(|f| f.code == "trust-programs-differ")
            .count();
        assert_eq!(differ, usize::from(said), "{file}");
    }
}

#[test]
fn the_cli_says_which_programs_trust_the_chain_in_one_line() {
    // [file, time, the line]
    let table: [(&str, Timestamp, &str); 3] = [
        (
            "trust/public/cloudflare-dns.pem",
            T2022,
            "    Trusted by: Apple, Microsoft, Android, Java; not Mozilla (no path to its roots)",
        ),
        (
            "trust/public/amazon-rootca1.pem",
            T2025,
            "    Trusted by: Mozilla, Apple, Microsoft, Android, Java",
        ),
        (
            "trust/public/cryptography-io-scts.pem",
            T2018,
            "    Trusted by: none; not Mozilla, Apple, Microsoft, Android, Java (no path to their roots)",
        ),
    ];
    for (file, at, line) in table {
        let text = certscope::inspect::render::render_text(&inspect(file, at));
        assert!(text.lines().any(|l| l == line), "{file}: {line}\n{text}");
    }
}

#[test]
fn a_trust_bundle_says_how_many_of_its_roots_each_program_holds() {
    // Java's own list as a bundle: the counts are checked against the
    // vendors' PEM files and the Mozilla crate, not certscope's table.
    let file = "trust/programs/java.pem";
    let report = inspect(file, common::AT);
    let headline = &report.summary.headline;
    let java = pem_fingerprints(&String::from_utf8(fixture(file)).unwrap());
    let mozilla: BTreeSet<String> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|c| hex(&sha2::Sha256::digest(c.as_ref())))
        .collect();
    let in_mozilla = java.intersection(&mozilla).count();
    let mut expected = Vec::new();
    for (id, name) in [
        ("apple", "Apple"),
        ("microsoft", "Microsoft"),
        ("android", "Android"),
        ("java", "Java"),
    ] {
        let pem = String::from_utf8(fixture(&format!("trust/programs/{id}.pem"))).unwrap();
        let held = java.intersection(&pem_fingerprints(&pem)).count();
        expected.push(format!("{name} {held}"));
    }
    // Issue 29: in the headline itself, after Mozilla's count.
    assert!(
        headline.starts_with(&format!("A trust bundle of {} roots, ", java.len())),
        "{headline}"
    );
    assert!(
        headline.contains(&format!(
            "{in_mozilla} of them are in the Mozilla root store"
        )),
        "{headline}"
    );
    assert!(
        headline.ends_with(&format!(
            " The other root programs hold: {}.",
            expected.join(", ")
        )),
        "{headline}"
    );
    assert!(headline.ends_with(", Java 89."), "{headline}");
    assert!(
        !report.findings.iter().any(|f| f.code == "bundle-programs"),
        "said once, in the headline"
    );
}

/// The programs whose `openssl verify -show_chain` path goes through the
/// certificate with subject CN=`through` as an intermediate (it is printed
/// "(untrusted)" and something is printed above it).
fn openssl_through(program: &str, file: &str, at: Timestamp, through: &str) -> bool {
    let path = format!("{}/tests/fixtures/{file}", root());
    let out = common::openssl_verify(
        program_pem(program).as_ref(),
        path.as_ref(),
        Some(at),
        &["-purpose", "sslserver", "-show_chain"],
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("depth=")).collect();
    lines
        .iter()
        .position(|l| l.contains(&format!("CN = {through} (untrusted)")))
        .is_some_and(|i| i + 1 < lines.len())
}

/// Issue 29: a cross-sign that only some programs need is named per
/// program. Let's Encrypt's valid-isrgrootx2 chain carries ISRG Root X2
/// cross-signed by ISRG Root X1: Mozilla, Apple, Microsoft and Android hold
/// X2 and stop there; OpenJDK 17's cacerts lacks X2 and needs the copy.
/// Mozilla's store alone called it droppable, which breaks Java clients.
/// Which program goes through it is checked against openssl's own path.
#[test]
fn a_cross_sign_only_some_programs_need_is_named_per_program() {
    let file = "trust/public/letsencrypt-x2-cross.pem";
    let report = inspect(file, T2023);
    let needs = certscope::inspect::trust::cross::needs(&report.chains[0], &report.certificates);
    assert_eq!(needs.len(), 1, "{needs:?}");
    assert_eq!(needs[0].certificate, 2);
    assert_eq!(needs[0].through, ["java"]);
    assert_eq!(
        needs[0].at_root,
        ["mozilla", "apple", "microsoft", "android"]
    );
    if tool_present("openssl", "version") {
        for p in &PROGRAMS {
            assert_eq!(
                openssl_through(p.id, file, T2023, "ISRG Root X2"),
                needs[0].through.iter().any(|t| t == p.id),
                "{}: openssl's path disagrees",
                p.id
            );
        }
    }
    assert_cli_line(&report, "    Trusted by: Mozilla, Apple, Microsoft, Android, Java; Java: trusted through the cross-signed ISRG Root X2 #3");
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
    assert!(!codes.contains(&"trust-cross-sign-droppable"), "{codes:?}");
    let f = finding(&report, "trust-cross-sign-needed");
    assert_eq!(f.certificate, Some(2));
    assert_eq!(
        f.message,
        "Java trusts this chain only through the cross-signed ISRG Root X2 (issued by ISRG Root X1): its store lacks ISRG Root X2. Keep it in ssl_certificate if you serve Java clients; Mozilla, Apple, Microsoft and Android stop at ISRG Root X2 and do not need it."
    );
    // A chain without a cross-sign gets no such hint.
    let plain = inspect("trust/public/amazon-rootca1.pem", T2025);
    assert!(
        certscope::inspect::trust::cross::needs(&plain.chains[0], &plain.certificates).is_empty()
    );
}

/// Issue 29, "a chain anchored only in Microsoft's program is named as
/// such", on a real chain: nfce.fazenda.mg.gov.br (the tax office of Minas
/// Gerais) and its ICP-Brasil intermediate, issued by Autoridade
/// Certificadora Raiz Brasileira v10, which Microsoft's program holds and
/// Mozilla's, Apple's, Android's and Java's do not (fixture's source in
/// SOURCES.md). Checked against `openssl verify -CAfile` over each
/// program's PEM file.
#[test]
fn a_chain_only_microsoft_trusts_is_named_as_such() {
    let file = "trust/public/sefaz-mg-icp-brasil.pem";
    let report = inspect(file, T2025_JAN);
    let trust = report.chains[0].trust.as_ref().unwrap();
    let trusted: Vec<&str> = trust
        .programs
        .iter()
        .filter(|v| v.trusted)
        .map(|v| v.program.as_str())
        .collect();
    assert_eq!(trusted, ["microsoft"]);
    let microsoft = &trust.programs[2];
    assert_eq!(
        microsoft.anchor.as_deref(),
        Some("CN=Autoridade Certificadora Raiz Brasileira v10,OU=Instituto Nacional de Tecnologia da Informacao - ITI,O=ICP-Brasil,C=BR")
    );
    if tool_present("openssl", "version") {
        for p in &PROGRAMS {
            assert_eq!(
                openssl_trusts(p.id, file, T2025_JAN),
                p.id == "microsoft",
                "{}: openssl disagrees",
                p.id
            );
        }
    }
    // The root is Microsoft's alone among the programs' anchors (which
    // the tests above hold to the vendors' files).
    let v10 = "Autoridade Certificadora Raiz Brasileira v10";
    let holders: Vec<&str> = PROGRAMS
        .iter()
        .filter(|p| holds_root_named(p.id, v10))
        .map(|p| p.id)
        .collect();
    assert_eq!(holders, ["microsoft"]);
    assert_cli_line(
        &report,
        "    Trusted by: Microsoft; not Mozilla, Apple, Android, Java (no path to their roots)",
    );
    let f = finding(&report, "trust-programs-differ");
    assert_eq!(
        f.message,
        format!("Trusted by Microsoft; not by Mozilla, Apple, Android and Java: the store lacks {v10}. Clients that use those programs refuse the chain: one that ends in a root every program holds works everywhere.")
    );
}

/// Whether the program has an anchor whose subject's CN is `cn`.
fn holds_root_named(program: &str, cn: &str) -> bool {
    let Some(p) = PROGRAMS.iter().find(|p| p.id == program) else {
        return false;
    };
    (0..programs::anchors(p).len()).any(|k| {
        programs::anchor_subject(p, k).is_some_and(|s| s.starts_with(&format!("CN={cn},")))
    })
}

/// The cross-signed ISRG Root X2 (issued by ISRG Root X1) alone, as a PEM
/// file for openssl: the third certificate of letsencrypt-x2-cross.pem.
fn x2_cross_sign_file() -> std::path::PathBuf {
    let text = String::from_utf8(fixture("trust/public/letsencrypt-x2-cross.pem")).unwrap();
    let third = text
        .split_inclusive("-----END CERTIFICATE-----")
        .nth(2)
        .unwrap()
        .trim_start();
    let path = std::env::temp_dir().join(format!("certscope-x2-cross-{}.pem", std::process::id()));
    std::fs::write(&path, format!("{third}\n")).unwrap();
    path
}

/// SHA-256 of the cross-signed ISRG Root X2 certscope carries.
const X2_CROSS: &str = "8b05b68cc659e5ed0fcb38f2c942fbfd200e6f2ff9f85d63c6994ef5e0b02701";

/// Issue 29: a program that would trust a chain only through a cross-sign
/// the chain lacks is told which one to serve. Let's Encrypt's
/// valid-isrgrootx2 chain without its cross-sign (leaf and E1; or leaf,
/// E1 and the self-signed ISRG Root X2): OpenJDK 17's cacerts lacks ISRG
/// Root X2 but holds ISRG Root X1, and certscope carries the cross-signed
/// X2 (src/inspect/trust/cross-signs.der), so Java's verdict names it. Per
/// program, against openssl over the vendor's PEM file: without the
/// cross-sign openssl refuses exactly the programs certscope refuses, and
/// with it accepts every program certscope names it for.
#[test]
fn a_cross_sign_the_chain_lacks_is_named_for_the_program_that_needs_it() {
    let openssl = tool_present("openssl", "version");
    let cross = x2_cross_sign_file();
    let cross = cross.to_str().unwrap();
    // [file, time, programs that trust it, programs told to add X2's cross-sign]
    let table: [(&str, Timestamp, &[&str], &[&str]); 7] = [
        (
            "trust/public/letsencrypt-x2.pem",
            T2023,
            &["mozilla", "apple", "microsoft", "android"],
            &["java"],
        ),
        // With a self-signed ISRG Root X2 of another key after E1: Java is
        // refused on that side branch (E1's signature), not for want of an
        // anchor, and the cross-sign still takes it to ISRG Root X1.
        (
            "trust/cross/letsencrypt-x2-other-key.pem",
            T2023,
            &["mozilla", "apple", "microsoft", "android"],
            &["java"],
        ),
        (
            "trust/public/letsencrypt-x2-root.pem",
            T2023,
            &["mozilla", "apple", "microsoft", "android"],
            &["java"],
        ),
        (
            "trust/public/letsencrypt-x2-cross.pem",
            T2023,
            &["mozilla", "apple", "microsoft", "android", "java"],
            &[],
        ),
        (
            "trust/public/cloudflare-dns.pem",
            T2022,
            &["apple", "microsoft", "android", "java"],
            &[],
        ),
        (
            "trust/public/sefaz-mg-icp-brasil.pem",
            T2025_JAN,
            &["microsoft"],
            &[],
        ),
        (
            "trust/public/amazon-rootca1.pem",
            T2025,
            &["mozilla", "apple", "microsoft", "android", "java"],
            &[],
        ),
    ];
    for (file, at, trusted_by, told) in table {
        let report = inspect(file, at);
        let trust = report.chains[0].trust.as_ref().unwrap();
        for v in &trust.programs {
            let program = v.program.as_str();
            assert_eq!(
                v.trusted,
                trusted_by.contains(&program),
                "{file}: {program}"
            );
            let named = v.trusted_with.as_ref().map(|c| c.sha256.as_str());
            let expected = told.contains(&program).then_some(X2_CROSS);
            assert_eq!(named, expected, "{file}: {program}");
            if let Some(c) = &v.trusted_with {
                assert_eq!(
                    c.subject,
                    "CN=ISRG Root X2,O=Internet Security Research Group,C=US"
                );
                assert_eq!(
                    c.issuer,
                    "CN=ISRG Root X1,O=Internet Security Research Group,C=US"
                );
            }
            if !openssl || program == "mozilla" {
                continue;
            }
            assert_eq!(
                openssl_trusts(program, file, at),
                v.trusted,
                "{file}: openssl disagrees for {program}"
            );
            if v.trusted_with.is_some() {
                assert!(
                    openssl_trusts_with(program, file, at, &[cross]),
                    "{file}: openssl does not trust it for {program} with the cross-sign"
                );
            }
        }
        let hints: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.code == "trust-cross-sign-missing")
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(hints.len(), told.len(), "{file}");
        if file.ends_with("-root.pem") {
            assert!(
                hints[0].contains(
                    "Serve the cross-signed ISRG Root X2 (issued by ISRG Root X1, SHA-256 8b05b68c"
                ) && hints[0].contains(") in place of the self-signed ISRG Root X2: "),
                "{}",
                hints[0]
            );
        }
    }

    let report = inspect("trust/public/letsencrypt-x2.pem", T2023);
    assert_cli_line(&report, "    Trusted by: Mozilla, Apple, Microsoft, Android; not Java (no path to its roots); Java: not trusted: its store lacks ISRG Root X2; serve the cross-signed ISRG Root X2 (issued by ISRG Root X1) too");
    let f = finding(&report, "trust-cross-sign-missing");
    assert_eq!(
        f.certificate,
        Some(1),
        "on E1, the chain's last certificate"
    );
    assert_eq!(
        f.message,
        format!("Java does not trust this chain: its store lacks ISRG Root X2. Serve the cross-signed ISRG Root X2 (issued by ISRG Root X1, SHA-256 {X2_CROSS}) too, after the chain's last certificate: Java reaches ISRG Root X1 through it. certscope knows this certificate but cannot fetch it; ISRG Root X2's CA publishes it.")
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(
        json["chains"][0]["trust"]["programs"][4]["trusted_with"]["sha256"],
        X2_CROSS
    );
    assert!(json["chains"][0]["trust"]["programs"][0]
        .get("trusted_with")
        .is_none());
}

/// Issue 29: a cross-sign carried only inside an OCSP staple is not served:
/// clients build the path from the handshake's certificates, and a
/// staple's only sign its response. Let's Encrypt's valid-isrgrootx2 leaf
/// and E1, and a staple (of another chain: only its certificates matter
/// here) that embeds the cross-signed ISRG Root X2: Java is still refused
/// and still told to serve the cross-sign.
#[test]
fn a_cross_sign_only_inside_a_staple_is_still_named() {
    let files = [
        "trust/public/letsencrypt-x2.pem",
        "trust/cross/x2-cross-sign-in-staple.der",
    ];
    let inputs: Vec<Input> = files.iter().map(|&f| Input::new(f, fixture(f))).collect();
    let report = analyze(&inputs, T2023);
    assert!(
        report.certificates.iter().any(|c| c.sha256 == X2_CROSS),
        "the staple's certificates are read"
    );
    let trust = report.chains[0].trust.as_ref().unwrap();
    let java = trust.programs.iter().find(|v| v.program == "java").unwrap();
    assert!(!java.trusted);
    assert_eq!(
        java.trusted_with.as_ref().map(|c| c.sha256.as_str()),
        Some(X2_CROSS)
    );
    let f = finding(&report, "trust-cross-sign-missing");
    assert!(
        f.message
            .starts_with("Java does not trust this chain: its store lacks ISRG Root X2. Serve the cross-signed ISRG Root X2"),
        "{}",
        f.message
    );
}
