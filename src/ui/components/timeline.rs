//! The timeline: each certificate's validity, each staple's and each CRL's
//! thisUpdate → nextUpdate window, with the evaluation time as a line.
//! Three panels, because certificates live for years and staples and CRLs
//! for days: on one scale a staple would be a pixel wide. SVG attributes
//! only (the CSP forbids inline styles); exact dates in each bar's <title>
//! and label. A window without nextUpdate runs to the evaluation time and
//! ends in an "open" marker. Labels are attacker-controlled text: invisible
//! and bidi characters are spelled out, as everywhere on the page. Each
//! panel has date ticks on its own scale, and each label has the row's
//! width above its bar (issue 28: at 32 characters beside the bar, a
//! bundle's four "Entrust Root Certification Autho" could not be told apart).

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
    // The viewBox is 800 wide: 110 characters of 12 px text fill it.
    let short: String = text.chars().take(110).collect();
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
const LEFT: i64 = 10;
/// A row: the label's line, then the bar.
const ROW: i64 = 32;
const DAY: i64 = 86_400;

/// Where the date ticks go between `lo` and `hi`, and their words: years
/// for a span of years, else dates a whole number of days apart; eight at
/// most, so their labels never meet.
fn ticks(lo: i64, hi: i64) -> Vec<(Timestamp, String)> {
    let year = |t: i64| {
        Timestamp(t)
            .rfc3339()
            .get(..4)
            .and_then(|y| y.parse::<i64>().ok())
            .unwrap_or_default()
    };
    let years = year(hi) - year(lo);
    if years >= 3 {
        let step = [1, 2, 5, 10, 20, 50, 100, 1000]
            .into_iter()
            .find(|s| years / s <= 8)
            .unwrap_or(1000);
        return (year(lo) + 1..=year(hi))
            .filter(|y| y % step == 0)
            .filter_map(|y| {
                Some((
                    Timestamp::parse_rfc3339(&format!("{y:04}-01-01"))?,
                    y.to_string(),
                ))
            })
            .collect();
    }
    let step = [1, 2, 7, 14, 30, 61, 122, 183, 365]
        .into_iter()
        .map(|d| d * DAY)
        .find(|s| (hi - lo) / s <= 8)
        .unwrap_or(365 * DAY);
    (lo / step + 1..=hi / step)
        .map(|n| {
            let t = Timestamp(n * step);
            (t, t.rfc3339().get(..10).unwrap_or_default().to_string())
        })
        .collect()
}

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
    // The evaluation's label on the first line, the ticks' on the last.
    let height = ROW * i64::try_from(bars.len()).unwrap_or(0) + 42;
    let axis = height - 6;
    let now = x(at);
    // The evaluation's label left of its line where it would run off.
    let (now_x, anchor) = if now > WIDTH - 140 {
        (now - 4, "end")
    } else {
        (now + 4, "start")
    };
    // A bundle's hundred bars are folded (issue 28), a chain's few are not.
    html! {
        <details class="timeline-panel" open={bars.len() <= 12}>
            <summary>{format!("{title} ({})", bars.len())}</summary>
            <svg class={classes!("timeline", class)} viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                aria-label={format!("{title}; evaluation time {at}")}>
                { for ticks(lo, hi).into_iter().filter(|(t, _)| (40..WIDTH - 40).contains(&x(*t))).map(|(t, words)| html! {
                    <>
                        <line class="tick" x1={x(t).to_string()} x2={x(t).to_string()} y1="16" y2={(axis - 12).to_string()} />
                        <text class="tick" x={x(t).to_string()} y={axis.to_string()}>{words}</text>
                    </>
                }) }
                { for bars.iter().enumerate().map(|(i, b)| {
                    let y = ROW * i64::try_from(i).unwrap_or(0) + 30;
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
                            <text x={LEFT.to_string()} y={y.to_string()}>{label(&b.label)}</text>
                            <rect x={x1.to_string()} y={(y + 4).to_string()} width={(x2 - x1).max(2).to_string()} height="10" rx="3" />
                            if b.open {
                                <text class="open-end" x={(x1.max(x2) + 4).min(WIDTH - 100).to_string()} y={(y + 13).to_string()}>{"▸ no Next Update"}</text>
                            }
                        </g>
                    }
                }) }
                <line class="now" x1={now.to_string()} x2={now.to_string()} y1="16" y2={(axis - 12).to_string()} />
                <text class="now-label" x={now_x.to_string()} y="12" text-anchor={anchor}>{format!("evaluated {}", at.rfc3339().get(..10).unwrap_or_default())}</text>
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
