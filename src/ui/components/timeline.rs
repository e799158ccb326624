//! The timeline: each certificate's validity, each staple's and each CRL's
//! thisUpdate → nextUpdate window, with the evaluation time as a line.
//! Three panels, because certificates live for years and staples and CRLs
//! for days: on one scale a staple would be a pixel wide. SVG attributes
//! only (the CSP forbids inline styles); exact dates in each bar's <title>
//! and label. A window without nextUpdate runs to the evaluation time and
//! ends in an "open" marker. Labels are attacker-controlled text: invisible
//! and bidi characters are spelled out, as everywhere on the page.

use certscope::inspect::text::{visible, visible_string, Segment};
use certscope::{Report, Timestamp};
use yew::prelude::*;

struct Bar {
    label: String,
    from: Timestamp,
    to: Timestamp,
    class: &'static str,
    /// No nextUpdate: `to` is only where the drawing stops.
    open: bool,
}

/// The label in SVG text: escaped characters in their own <tspan>.
fn label(text: &str) -> Html {
    let short: String = text.chars().take(32).collect();
    visible(&short)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => html! { {text} },
            Segment::Escaped(code) => html! { <tspan class="escaped">{code}</tspan> },
        })
        .collect()
}

// Whole units: formatting floats would pull Rust's float printing (about
// 10 KB gzip) into the page's wasm, and an 800-wide viewBox needs no more.
const WIDTH: i64 = 800;
const LEFT: i64 = 230;
const ROW: i64 = 24;

fn panel(title: &'static str, class: &'static str, bars: Vec<Bar>, at: Timestamp) -> Html {
    if bars.is_empty() {
        return html! {};
    }
    let lo = bars
        .iter()
        .map(|b| b.from.0)
        .chain([at.0])
        .min()
        .unwrap_or(at.0);
    let hi = bars
        .iter()
        .map(|b| b.to.0)
        .chain([at.0])
        .max()
        .unwrap_or(at.0);
    let pad = ((hi - lo) / 20).max(3_600);
    let (lo, hi) = (lo - pad, hi + pad);
    // Certificate times lie in years 0000-9999 (about 3.2e11 s): times 560
    // pixels stays far inside i64.
    let x = |t: Timestamp| LEFT + (t.0 - lo).saturating_mul(WIDTH - LEFT - 10) / (hi - lo).max(1);
    let height = ROW * (i64::try_from(bars.len()).unwrap_or(0) + 1) + ROW / 2;
    let now = x(at);
    // A bundle's hundred bars are folded (issue 28), a chain's few are not.
    html! {
        <details class="timeline-panel" open={bars.len() <= 12}>
            <summary>{format!("{title} ({})", bars.len())}</summary>
            <svg class={classes!("timeline", class)} viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                aria-label={format!("{title}; evaluation time {at}")}>
                { for bars.iter().enumerate().map(|(i, b)| {
                    let y = ROW * (i64::try_from(i).unwrap_or(0) + 1);
                    let (x1, x2) = (x(b.from), x(b.to));
                    let name = visible_string(&b.label);
                    let words = if b.open {
                        format!("{name}: {} to no Next Update", b.from)
                    } else {
                        format!("{name}: {} to {}", b.from, b.to)
                    };
                    html! {
                        <g class={classes!("bar", b.class)} tabindex="0" aria-label={words.clone()}>
                            <title>{words}</title>
                            <text x="4" y={(y + 5).to_string()}>{label(&b.label)}</text>
                            <rect x={x1.to_string()} y={(y - 7).to_string()} width={(x2 - x1).max(2).to_string()} height="14" rx="3" />
                            if b.open {
                                <text class="open-end" x={(x1.max(x2) + 4).min(WIDTH - 100).to_string()} y={(y + 5).to_string()}>{"▸ no Next Update"}</text>
                            }
                        </g>
                    }
                }) }
                <line class="now" x1={now.to_string()} x2={now.to_string()} y1="4" y2={height.to_string()} />
                <text class="now-label" x={(now + 4).min(WIDTH - 120).to_string()} y="12">{format!("evaluated {}", at.rfc3339().get(..10).unwrap_or_default())}</text>
            </svg>
        </details>
    }
}

/// The three panels. A function, not a component (see `staple_card`).
pub fn timeline(report: &Report) -> Html {
    let at = report.evaluated_at;
    let certificates = report
        .certificates
        .iter()
        .map(|c| Bar {
            label: c.display_name().to_string(),
            from: c.not_before,
            to: c.not_after,
            class: if at < c.not_before || at > c.not_after {
                "bad"
            } else {
                "good"
            },
            open: false,
        })
        .collect();
    let staples = report
        .staples
        .iter()
        .flat_map(|s| s.responses.iter())
        .map(|r| {
            let name = r
                .certificate
                .and_then(|i| report.certificates.get(i))
                .map_or(r.serial.clone(), |c| c.display_name().to_string());
            let stale = r.next_update.is_some_and(|n| n < at) || r.this_update > at;
            Bar {
                label: format!("staple for {name}"),
                from: r.this_update,
                // No nextUpdate: draw the window up to the evaluation time.
                to: r.next_update.unwrap_or(at.max(r.this_update)),
                class: if stale { "stale" } else { "fresh" },
                open: r.next_update.is_none(),
            }
        })
        .collect();
    let crls = report
        .crl_cards
        .iter()
        .filter_map(|words| crl_bar(words, at))
        .collect();
    html! {
        <section class="timeline-section" aria-label="Timeline">
            <h2>{"Timeline"}</h2>
            {panel("Certificates: validity", "timeline-certificates", certificates, at)}
            {panel("Staples: This Update to Next Update", "timeline-staples", staples, at)}
            {panel("CRLs: This Update to Next Update", "timeline-crls", crls, at)}
        </section>
    }
}

/// A CRL's bar from its card's words (`revocation::card`: the freshness
/// word fourth; label, This Update and Next Update ninth to eleventh).
fn crl_bar(words: &[String], at: Timestamp) -> Option<Bar> {
    let [_, _, _, fresh, _, _, _, _, label, this, next, ..] = words else {
        return None;
    };
    let from = Timestamp::parse_rfc3339(this)?;
    let next = Timestamp::parse_rfc3339(next);
    Some(Bar {
        label: label.clone(),
        from,
        to: next.unwrap_or(at.max(from)),
        class: match fresh.as_str() {
            "stale" | "not-yet-valid" => "stale",
            "no-next-update" => "open",
            _ => "fresh",
        },
        open: next.is_none(),
    })
}
