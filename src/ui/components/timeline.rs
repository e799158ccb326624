//! The timeline: each certificate's validity, each staple's and each CRL's
//! thisUpdate → nextUpdate window, with the evaluation time as a line. The
//! engine lays it out (`certscope::inspect::timeline`: one shared date
//! scale with ticks for every panel, and a detail strip around the
//! evaluation time whose span is shaded on the shared scale); the page only
//! draws the words it gets. SVG attributes only (the CSP forbids inline
//! styles); exact dates in each bar's <title>. Labels are
//! attacker-controlled text: invisible and bidi characters are spelled
//! out, as everywhere on the page.

use certscope::inspect::text::{visible, Segment};
use certscope::Report;
use yew::prelude::*;

/// The label in SVG text: escaped characters in their own <tspan>.
fn label(text: &str) -> Html {
    visible(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => html! { {text} },
            Segment::Escaped(code) => html! { <tspan class="escaped">{code}</tspan> },
        })
        .collect()
}

/// One bar from its eight words (`Panel::words`).
fn bar(words: &[String]) -> Html {
    let [label_y, y, x, width, class, name, aria, open_x] = words else {
        return html! {};
    };
    html! {
        <g class={classes!("bar", class.clone())} tabindex="0" aria-label={aria.clone()}>
            <title>{aria.clone()}</title>
            <text x="10" y={label_y.clone()}>{label(name)}</text>
            <rect x={x.clone()} y={y.clone()} width={width.clone()} height="10" rx="3" />
            if !open_x.is_empty() {
                <text class="open-end" x={open_x.clone()} y={label_y.clone()} dy="13">{"▸ no Next Update"}</text>
            }
        </g>
    }
}

/// One panel from its words (`Panel::words`).
fn panel(words: &[String]) -> Html {
    let [class, title, aria, from, to, height, bottom, axis, now, now_x, anchor, now_words, window_x, window_width, window_height, ticks, open, bars @ ..] =
        words
    else {
        return html! {};
    };
    html! {
        <details class="timeline-panel" open={!open.is_empty()}>
            <summary>{title.clone()}</summary>
            <svg class={classes!("timeline", class.clone())} viewBox={format!("0 0 800 {height}")} role="img"
                aria-label={aria.clone()} data-from={from.clone()} data-to={to.clone()}>
                if !window_x.is_empty() {
                    <rect class="window" x={window_x.clone()} y="16" width={window_width.clone()} height={window_height.clone()} />
                }
                { for ticks.lines().filter_map(|t| t.split_once(' ')).map(|(x, words)| html! {
                    <>
                        <line class="tick" x1={x.to_string()} x2={x.to_string()} y1="16" y2={bottom.clone()} />
                        <text class="tick" x={x.to_string()} y={axis.clone()}>{words.to_string()}</text>
                    </>
                }) }
                { for bars.chunks(8).map(bar) }
                <line class="now" x1={now.clone()} x2={now.clone()} y1="16" y2={bottom.clone()} />
                <text class="now-label" x={now_x.clone()} y="12" text-anchor={anchor.clone()}>{now_words.clone()}</text>
            </svg>
        </details>
    }
}

/// The panels. A function, not a component (see `staple_card`).
pub fn timeline(report: &Report) -> Html {
    if report.timeline.is_empty() {
        return html! {};
    }
    html! {
        <section class="timeline-section" aria-label="Timeline">
            <h2>{"Timeline"}</h2>
            { for report.timeline.iter().map(|p| panel(p)) }
        </section>
    }
}
