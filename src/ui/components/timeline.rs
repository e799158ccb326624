//! The timeline: each certificate's validity and each staple's
//! thisUpdate → nextUpdate window, with the evaluation time as a line.
//! Two panels, because certificates live for years and staples for days:
//! on one scale a staple would be a pixel wide. SVG attributes only (the CSP
//! forbids inline styles); exact dates in each bar's <title> and label.

use certscope::{Report, Timestamp};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub report: std::rc::Rc<Report>,
}

struct Bar {
    label: String,
    from: Timestamp,
    to: Timestamp,
    class: &'static str,
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
    html! {
        <figure class="timeline-panel">
            <figcaption>{title}</figcaption>
            <svg class={classes!("timeline", class)} viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                aria-label={format!("{title}; evaluation time {at}")}>
                { for bars.iter().enumerate().map(|(i, b)| {
                    let y = ROW * (i64::try_from(i).unwrap_or(0) + 1);
                    let (x1, x2) = (x(b.from), x(b.to));
                    let words = format!("{}: {} to {}", b.label, b.from, b.to);
                    html! {
                        <g class={classes!("bar", b.class)} tabindex="0" aria-label={words.clone()}>
                            <title>{words}</title>
                            <text x="4" y={(y + 5).to_string()}>{b.label.chars().take(32).collect::<String>()}</text>
                            <rect x={x1.to_string()} y={(y - 7).to_string()} width={(x2 - x1).max(2).to_string()} height="14" rx="3" />
                        </g>
                    }
                }) }
                <line class="now" x1={now.to_string()} x2={now.to_string()} y1="4" y2={height.to_string()} />
                <text class="now-label" x={(now + 4).min(WIDTH - 120).to_string()} y="12">{format!("evaluated {}", at.rfc3339().get(..10).unwrap_or_default())}</text>
            </svg>
        </figure>
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let report = &props.report;
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
            }
        })
        .collect();
    html! {
        <section class="timeline-section" aria-label="Timeline">
            <h2>{"Timeline"}</h2>
            {panel("Certificates: validity", "timeline-certificates", certificates, at)}
            {panel("Staples: This Update to Next Update", "timeline-staples", staples, at)}
        </section>
    }
}
