//! Times decoding and judging one CRL against certificates with the library
//! itself, past the 10 MB per-input limit the CLI and the page keep: how
//! the benchmark measures the 1,000,000-entry CRL of issue 14 (about 40 MB,
//! tests/bench/big_crl.py), which `certscope inspect` refuses to read.
//!
//!     cargo run --release --example judge_crl -- AT RUNS CRL.der CERT.pem...
//!
//! Prints one line: the median of RUNS decode + judge times in
//! milliseconds, the entry count, and each certificate's revocation status.
//! The CRL is decoded from memory; reading the file is not timed.

use certscope::inspect::certificate::Certificate;
use certscope::inspect::crl::Crl;
use certscope::inspect::input::scan;
use certscope::inspect::revocation::judge;
use certscope::Timestamp;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [at, runs, crl, certs @ ..] = args.as_slice() else {
        eprintln!("usage: judge_crl AT RUNS CRL.der CERT.pem...");
        return ExitCode::from(2);
    };
    let (Some(at), Ok(runs)) = (Timestamp::parse_rfc3339(at), runs.parse::<usize>()) else {
        eprintln!("judge_crl: AT is RFC 3339, RUNS a count");
        return ExitCode::from(2);
    };
    let read = |path: &String| match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("judge_crl: {path}: {e}");
            None
        }
    };
    let Some(der) = read(crl) else {
        return ExitCode::from(2);
    };
    let certs: Vec<Certificate> = certs
        .iter()
        .filter_map(read)
        .flat_map(|bytes| scan(&bytes).found)
        .filter_map(|found| Certificate::from_der(&found.der).ok())
        .collect();
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let crls = Crl::decode(&der, 0).map(|crl| {
            let mut crls = vec![crl];
            let judged = judge(&mut crls, &certs, at);
            (crls, judged)
        });
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        last = Some(crls);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    match last {
        Some(Ok((crls, judged))) => {
            let entries = crls.first().map_or(0, |c| c.entries);
            let status: Vec<&str> = judged.lines.iter().map(|l| l.status.word()).collect();
            println!("{median:.1} ms {entries} entries {}", status.join(","));
            ExitCode::SUCCESS
        }
        Some(Err(e)) => {
            eprintln!("judge_crl: {crl}: {e}");
            ExitCode::from(1)
        }
        None => ExitCode::from(1),
    }
}
