//! The timeline's layout (issue 28): every panel on one date scale with the
//! same ticks, and a detail strip around the evaluation time, marked on
//! the shared scale, where a week-long staple or CRL can be read. Checked
//! on the typed panels and on the words the page draws.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

mod common;
use certscope::inspect::timeline::{timeline, Kind, Panel};
use certscope::{analyze, Input, Report};
use common::{fixture, AT};

fn report(files: &[&str]) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|f| Input::new(f.rsplit('/').next().unwrap(), fixture(f)))
        .collect();
    analyze(&inputs, AT)
}

fn panels(files: &[&str]) -> Vec<Panel> {
    let r = report(files);
    timeline(&r.certificates, &r.staples, &r.crls, AT)
}

/// (inputs, the panels drawn, where it came from).
const CASES: &[(&[&str], &[Kind], &str)] = &[
    (
        &["chains/correct.pem", "staples/stale.der"],
        &[Kind::Certificates, Kind::Staples, Kind::Detail],
        "the stale-staple example: a week-long staple beside certificates of years",
    ),
    (
        &[
            "chains/correct.pem",
            "crl/revoked-leaf.pem",
            "crl/no-next-update.crl",
        ],
        &[Kind::Certificates, Kind::Crls, Kind::Detail],
        "crl.test.mjs's CRLs, one without Next Update",
    ),
    (
        &["chains/correct.pem"],
        &[Kind::Certificates],
        "no staple or CRL: nothing to zoom on",
    ),
    (
        &["staples/stale.der"],
        &[Kind::Certificates, Kind::Staples, Kind::Detail],
        "a staple alone: the responder's certificate it embeds is drawn too",
    ),
    (
        &["crl/no-next-update.crl"],
        &[Kind::Crls],
        "a CRL alone: the shared scale is already its own",
    ),
];

#[test]
fn every_panel_shares_one_scale_and_the_detail_is_marked_on_it() {
    for (files, kinds, why) in CASES {
        let panels = panels(files);
        let got: Vec<Kind> = panels.iter().map(|p| p.kind).collect();
        assert_eq!(got, *kinds, "{why}");
        let shared: Vec<&Panel> = panels.iter().filter(|p| p.kind != Kind::Detail).collect();
        let detail = panels.iter().find(|p| p.kind == Kind::Detail);
        for p in &shared {
            assert_eq!(p.scale, shared[0].scale, "{why}: one scale");
            assert_eq!(
                p.scale.ticks(),
                shared[0].scale.ticks(),
                "{why}: one set of ticks"
            );
            assert!(!p.scale.ticks().is_empty(), "{why}: ticks with dates");
            assert_eq!(
                p.window,
                detail.map(|d| d.scale),
                "{why}: the detail's span is shaded"
            );
        }
        if let Some(d) = detail {
            // Zoomed at least twice, and inside the shared span.
            let span = |s: certscope::inspect::timeline::Scale| s.to.0 - s.from.0;
            assert!(span(d.scale) * 2 <= span(shared[0].scale), "{why}");
            assert!(
                shared[0].scale.from <= d.scale.from && d.scale.to <= shared[0].scale.to,
                "{why}"
            );
            assert_eq!(d.window, None);
        }
    }
}

#[test]
fn in_the_detail_a_week_is_wide_and_sits_beside_the_evaluation_line() {
    // The stale staple: 2026-11-13 to 2026-11-20, evaluated 2026-11-23.
    let panels = panels(&["chains/correct.pem", "staples/stale.der"]);
    let detail = panels.iter().find(|p| p.kind == Kind::Detail).unwrap();
    let bar = &detail.bars[0];
    assert_eq!(bar.class, "stale");
    let (x1, x2, now) = (
        detail.scale.x(bar.from),
        detail.scale.x(bar.to),
        detail.scale.x(AT),
    );
    assert!(x2 - x1 > 200, "a week drawn {} units wide", x2 - x1);
    assert!(x2 < now, "{x2} left of {now}");
    // On the shared scale the same week is a sliver: why the detail exists.
    let staples = &panels[1];
    let (s1, s2) = (staples.scale.x(bar.from), staples.scale.x(bar.to));
    assert!(s2 - s1 < 20, "{s1}..{s2}");

    // The CRL, 2026-11-22 to 2026-11-29, straddles the line in the detail.
    let panels = self::panels(&["chains/correct.pem", "crl/revoked-leaf.pem"]);
    let detail = panels.iter().find(|p| p.kind == Kind::Detail).unwrap();
    let bar = &detail.bars[0];
    let (x1, x2, now) = (
        detail.scale.x(bar.from),
        detail.scale.x(bar.to),
        detail.scale.x(AT),
    );
    assert!(x1 + 20 < now && now + 20 < x2, "{x1} < {now} < {x2}");
}

#[test]
fn the_page_gets_the_panels_as_words() {
    let r = report(&[
        "chains/correct.pem",
        "crl/revoked-leaf.pem",
        "crl/no-next-update.crl",
    ]);
    let (view, _) = r.for_view();
    let classes: Vec<&str> = view.timeline.iter().map(|p| p[0].as_str()).collect();
    assert_eq!(
        classes,
        ["timeline-certificates", "timeline-crls", "timeline-detail"]
    );
    let crls = &view.timeline[1];
    assert_eq!(crls[1], "CRLs: This Update to Next Update (2)");
    // Shared scale: the same ends, ticks and evaluation line as the certificates'.
    let certs = &view.timeline[0];
    for i in [3, 4, 8, 15] {
        assert_eq!(crls[i], certs[i], "word {i}");
    }
    assert_ne!(view.timeline[2][3], certs[3], "the detail has its own span");
    // The window's x on the shared panels; none on the detail.
    assert!(!crls[12].is_empty());
    assert_eq!(view.timeline[2][12], "");
    // Eight words a bar, after seventeen: label, words, no-Next-Update marker.
    let bars = &crls[17..];
    assert_eq!(bars.len(), 16);
    assert_eq!(bars[4], "fresh");
    assert_eq!(bars[5], "CRL of certscope Test Intermediate R2");
    assert_eq!(
        bars[6],
        "CRL of certscope Test Intermediate R2: 2026-11-22T00:00:00Z to 2026-11-29T00:00:00Z"
    );
    assert_eq!(bars[7], "");
    assert_eq!(bars[12], "open");
    assert_eq!(
        bars[14],
        "CRL of certscope Test Intermediate R2: 2026-11-22T00:00:00Z to no Next Update"
    );
    assert!(!bars[15].is_empty());
    // Without a certificate of its issuer: the RFC 4514 name.
    let alone = report(&["crl/no-next-update.crl"]).for_view().0.timeline;
    assert_eq!(
        alone[0][17 + 5],
        "CRL of CN=certscope Test Intermediate R2,O=certscope tests"
    );
}
