//! The timeline as the page draws it (issue 28): each certificate's
//! validity, each staple's and each CRL's This Update → Next Update window,
//! and the evaluation time as a line.
//!
//! One date scale for every panel, so a date sits at the same x in each
//! and the ticks are the same: a staple can be read against the
//! certificate it is for. On a scale of years a week-long staple is a
//! pixel, so a detail strip draws the staples and CRLs again on the span
//! around the evaluation time, and that span is shaded on the shared scale
//! (a zoom whose window is marked, not a second unmarked scale). The strip
//! is left out when it would show nearly what the shared scale shows.
//!
//! The geometry is computed here, in the engine, and reaches the page as
//! words ([`Panel::words`]): the page's first load has a byte budget and
//! only lays the words out as SVG.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::crl::Crl;
use crate::inspect::freshness::Freshness;
use crate::inspect::staple::Staple;
use crate::inspect::text::visible_string;
use crate::inspect::time::Timestamp;

/// The drawing's width in SVG units (the page's viewBox). Whole units:
/// the page then prints no floats.
pub const WIDTH: i64 = 800;
/// The plotted span's left and right edges.
const LEFT: i64 = 10;
const RIGHT: i64 = WIDTH - 10;
/// A row: the label's line, then the bar under it.
const ROW: i64 = 32;
/// 110 characters of 12-unit text fill the 800-unit width.
const LABEL_CHARS: usize = 110;
/// At most this many ticks: a date label is about 70 units wide, a date
/// and hour about 110; six ticks leave them 130 apart.
const MAX_TICKS: i64 = 6;
/// A tick label is centred on its tick: half the widest label, so none is
/// cut at the drawing's edge.
const TICK_MARGIN: i64 = 60;
/// A bundle's hundred bars start folded, a chain's few do not.
const UNFOLDED_ROWS: usize = 12;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

/// A span of time laid over the drawing's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// The time at the plotted span's left edge.
    pub from: Timestamp,
    /// The time at its right edge.
    pub to: Timestamp,
}

/// A date on the scale: its x and its words ("2027", "2026-12",
/// "2026-11-23", "2026-11-23 06:00").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Where it is drawn, in SVG units of [`WIDTH`].
    pub x: i64,
    /// The date it marks.
    pub words: String,
}

/// A tick spacing: a fixed number of seconds (hours, days, weeks), or
/// calendar months or years (months and years differ in length).
#[derive(Clone, Copy)]
enum Step {
    Seconds(i64),
    Months(i64),
    Years(i64),
}

/// Tick spacings, finest first: the first that gives at most
/// [`MAX_TICKS`] ticks is used.
const STEPS: [Step; 21] = [
    Step::Seconds(HOUR),
    Step::Seconds(2 * HOUR),
    Step::Seconds(3 * HOUR),
    Step::Seconds(6 * HOUR),
    Step::Seconds(12 * HOUR),
    Step::Seconds(DAY),
    Step::Seconds(2 * DAY),
    Step::Seconds(7 * DAY),
    Step::Seconds(14 * DAY),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(1000),
];

/// (year, month) of `t`, read from its RFC 3339 form (years 0000-9999).
fn year_month(t: Timestamp) -> (i64, i64) {
    let text = t.rfc3339();
    let number = |range: std::ops::Range<usize>| {
        text.get(range)
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap_or_default()
    };
    (number(0..4), number(5..7))
}

impl Scale {
    /// The span from the earliest to the latest of `times` and `at`,
    /// with a twentieth (at least an hour) on each side so no bar starts
    /// on the drawing's edge.
    pub fn around(times: impl IntoIterator<Item = Timestamp>, at: Timestamp) -> Scale {
        let (lo, hi) = times
            .into_iter()
            .fold((at, at), |(lo, hi), t| (lo.min(t), hi.max(t)));
        let pad = (hi.0.saturating_sub(lo.0) / 20).max(HOUR);
        Scale {
            from: Timestamp(lo.0.saturating_sub(pad)),
            to: Timestamp(hi.0.saturating_add(pad)),
        }
    }

    fn span(self) -> i64 {
        self.to.0.saturating_sub(self.from.0).max(1)
    }

    /// Where `t` is drawn. Times lie in years 0000-9999 (about 3.2e11 s
    /// apart at most): times 780 units stays far inside i64.
    pub fn x(self, t: Timestamp) -> i64 {
        let t = t.0.max(self.from.0).min(self.to.0);
        let offset = t
            .saturating_sub(self.from.0)
            .saturating_mul(RIGHT.saturating_sub(LEFT))
            .checked_div(self.span())
            .unwrap_or_default();
        LEFT.saturating_add(offset)
    }

    /// The dates to mark: the finest spacing with at most [`MAX_TICKS`],
    /// on whole hours, days, months or years; none too near an edge for
    /// its label.
    pub fn ticks(self) -> Vec<Tick> {
        let dates = STEPS
            .iter()
            .find_map(|&step| self.dates(step))
            .unwrap_or_default();
        dates
            .into_iter()
            .map(|(t, words)| Tick {
                x: self.x(t),
                words,
            })
            .filter(|t| (TICK_MARGIN..=WIDTH.saturating_sub(TICK_MARGIN)).contains(&t.x))
            .collect()
    }

    /// The dates of `step` inside the scale with their words, or `None`
    /// when there would be more than [`MAX_TICKS`] (counted before any is
    /// made: hours over centuries would be millions).
    fn dates(self, step: Step) -> Option<Vec<(Timestamp, String)>> {
        let inside = |t: &Timestamp| self.from < *t && *t < self.to;
        let cut =
            |t: Timestamp, len: usize| t.rfc3339().get(..len).unwrap_or_default().replace('T', " ");
        match step {
            Step::Seconds(s) => {
                let (first, last) = (self.from.0.div_euclid(s), self.to.0.div_euclid(s));
                if last.saturating_sub(first) > MAX_TICKS {
                    return None;
                }
                let len = if s < DAY { 16 } else { 10 };
                let dates =
                    (first.saturating_add(1)..=last).map(|n| Timestamp(n.saturating_mul(s)));
                Some(dates.filter(inside).map(|t| (t, cut(t, len))).collect())
            }
            Step::Months(m) => {
                let month = |t| {
                    let (y, mo) = year_month(t);
                    y.saturating_mul(12).saturating_add(mo.saturating_sub(1))
                };
                let (first, last) = (month(self.from), month(self.to));
                if last.div_euclid(m).saturating_sub(first.div_euclid(m)) > MAX_TICKS {
                    return None;
                }
                let dates = (first.saturating_add(1)..=last)
                    .filter(|n| n.checked_rem(m) == Some(0))
                    .filter_map(|n| {
                        let text = format!("{:04}-{:02}", n / 12, (n % 12).saturating_add(1));
                        Some((Timestamp::parse_rfc3339(&format!("{text}-01"))?, text))
                    });
                Some(dates.filter(|(t, _)| inside(t)).collect())
            }
            Step::Years(y) => {
                let (first, last) = (year_month(self.from).0, year_month(self.to).0);
                if last.div_euclid(y).saturating_sub(first.div_euclid(y)) > MAX_TICKS {
                    return None;
                }
                let dates = (first.saturating_add(1)..=last)
                    .filter(|n| n.checked_rem(y) == Some(0))
                    .filter_map(|n| {
                        Some((
                            Timestamp::parse_rfc3339(&format!("{n:04}-01-01"))?,
                            format!("{n:04}"),
                        ))
                    });
                Some(dates.filter(|(t, _)| inside(t)).collect())
            }
        }
    }
}

/// One bar: a certificate's validity, or a staple's or CRL's window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The certificate's name, "staple for" it, or "CRL of" its issuer.
    pub label: String,
    /// notBefore or This Update.
    pub from: Timestamp,
    /// Where the bar ends: Next Update, or for a window without one the
    /// evaluation time (see `open`).
    pub to: Timestamp,
    /// `good`/`bad` for certificates; `fresh`/`stale`/`open` for windows.
    pub class: &'static str,
    /// No Next Update: `to` is only where the drawing stops.
    pub open: bool,
}

/// Which rows a panel holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Each certificate's validity.
    Certificates,
    /// Each staple response's window.
    Staples,
    /// Each CRL's window.
    Crls,
    /// The staples and CRLs again, on the span around the evaluation time.
    Detail,
}

impl Kind {
    /// The SVG's class (the browser tests find panels by it).
    pub fn class(self) -> &'static str {
        match self {
            Kind::Certificates => "timeline-certificates",
            Kind::Staples => "timeline-staples",
            Kind::Crls => "timeline-crls",
            Kind::Detail => "timeline-detail",
        }
    }
}

/// A panel: its rows on a scale, and on the shared scale the detail
/// strip's span, shaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panel {
    /// Which rows it holds.
    pub kind: Kind,
    /// The fold's title, with the number of rows.
    pub title: String,
    /// The shared scale, or the detail strip's own.
    pub scale: Scale,
    /// One per row, in the report's order.
    pub bars: Vec<Bar>,
    /// On the shared scale: the detail strip's span, to shade.
    pub window: Option<Scale>,
}

/// The panels in the page's order: certificates, staples, CRLs on the
/// shared scale, then the detail strip. Panels without rows are left out.
pub fn timeline(
    certs: &[Certificate],
    staples: &[Staple],
    crls: &[Crl],
    at: Timestamp,
) -> Vec<Panel> {
    let certificates: Vec<Bar> = certs.iter().map(|c| certificate_bar(c, at)).collect();
    let staples: Vec<Bar> = staples
        .iter()
        .flat_map(|s| &s.responses)
        .map(|r| {
            let name = r
                .certificate
                .and_then(|i| certs.get(i))
                .map_or(r.serial.as_str(), Certificate::display_name);
            window_bar(
                format!("staple for {name}"),
                r.this_update,
                r.next_update,
                r.freshness,
                at,
            )
        })
        .collect();
    let crls: Vec<Bar> = crls
        .iter()
        .map(|c| {
            window_bar(
                crl_label(c, certs),
                c.this_update,
                c.next_update,
                Some(c.freshness),
                at,
            )
        })
        .collect();
    let ends = |bars: &[Bar]| bars.iter().flat_map(|b| [b.from, b.to]).collect::<Vec<_>>();
    let shared = Scale::around(
        ends(&certificates)
            .into_iter()
            .chain(ends(&staples))
            .chain(ends(&crls)),
        at,
    );
    let short: Vec<Bar> = staples.iter().chain(&crls).cloned().collect();
    // A zoom of less than twice shows nothing the shared scale does not.
    let detail = Some(Scale::around(ends(&short), at))
        .filter(|d| !short.is_empty() && d.span().saturating_mul(2) <= shared.span());
    let panel = |kind, title: &str, bars: Vec<Bar>| Panel {
        kind,
        title: format!("{title} ({})", bars.len()),
        scale: shared,
        bars,
        window: detail,
    };
    let mut panels = vec![
        panel(Kind::Certificates, "Certificates: validity", certificates),
        panel(
            Kind::Staples,
            "Staples: This Update to Next Update",
            staples,
        ),
        panel(Kind::Crls, "CRLs: This Update to Next Update", crls),
    ];
    if let Some(scale) = detail {
        let title = format!(
            "Around the evaluation time, {} to {} (shaded above): staples and CRLs",
            day(scale.from),
            day(scale.to)
        );
        panels.push(Panel {
            kind: Kind::Detail,
            title,
            scale,
            bars: short,
            window: None,
        });
    }
    panels.retain(|p| !p.bars.is_empty());
    panels
}

fn day(t: Timestamp) -> String {
    t.rfc3339().get(..10).unwrap_or_default().to_string()
}

fn certificate_bar(c: &Certificate, at: Timestamp) -> Bar {
    let valid = c.not_before <= at && at <= c.not_after;
    Bar {
        label: c.display_name().to_string(),
        from: c.not_before,
        to: c.not_after,
        class: if valid { "good" } else { "bad" },
        open: false,
    }
}

/// A staple's or CRL's window, coloured as its card judges it.
fn window_bar(
    label: String,
    this: Timestamp,
    next: Option<Timestamp>,
    f: Option<Freshness>,
    at: Timestamp,
) -> Bar {
    // Without Next Update: drawn up to the evaluation time.
    let to = next.unwrap_or(at.max(this));
    let stale = || to < at || this > at;
    let class = match f {
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis) => "stale",
        Some(Freshness::NoNextUpdate) => "open",
        Some(Freshness::Fresh | Freshness::Expiring) => "fresh",
        None if stale() => "stale",
        None => "fresh",
    };
    Bar {
        label,
        from: this,
        to,
        class,
        open: next.is_none(),
    }
}

/// "CRL of" the issuer's common name when a given certificate bears that
/// name (as certificate bars are labelled), else its RFC 4514 name.
fn crl_label(crl: &Crl, certs: &[Certificate]) -> String {
    let name = certs
        .iter()
        .find(|c| c.subject_canonical == crl.issuer_canonical)
        .map_or(crl.issuer.as_str(), Certificate::display_name);
    format!("CRL of {name}")
}

impl Panel {
    /// The panel as the page draws it, in order: the SVG's class, the
    /// fold's title, the drawing's accessible name, the scale's two ends
    /// (RFC 3339, the SVG's `data-from` and `data-to`), the drawing's
    /// height, the y where lines end, the y of the tick labels, the
    /// evaluation line's x, its label's x, anchor and words, the shaded
    /// window's x, width and height (`""` each for none), the ticks (one `"x words"`
    /// line each), `"open"` when the fold starts open (else `""`); then
    /// eight words per bar: the label's y, the bar's y, x and width, its
    /// class, its label, its accessible words, and the x of its "no Next
    /// Update" marker (`""` when it has one).
    pub fn words(&self, at: Timestamp) -> Vec<String> {
        let rows = i64::try_from(self.bars.len()).unwrap_or(i64::MAX);
        // The evaluation's label on the first line, the ticks' on the last.
        let height = ROW.saturating_mul(rows).saturating_add(42);
        let axis = height.saturating_sub(6);
        let now = self.scale.x(at);
        // The evaluation's label left of its line where it would run off.
        let (now_x, anchor) = if now > WIDTH.saturating_sub(140) {
            (now.saturating_sub(4), "end")
        } else {
            (now.saturating_add(4), "start")
        };
        let bottom = axis.saturating_sub(12);
        // The window spans the lines, from y 16 to the bottom.
        let window = self.window.map_or([None; 3], |w| {
            let (x1, x2) = (self.scale.x(w.from), self.scale.x(w.to));
            [x1, x2.saturating_sub(x1).max(2), bottom.saturating_sub(16)].map(Some)
        });
        let ticks: Vec<String> = self
            .scale
            .ticks()
            .into_iter()
            .map(|t| format!("{} {}", t.x, t.words))
            .collect();
        let mut out = vec![
            self.kind.class().to_string(),
            self.title.clone(),
            format!("{}; evaluation time {at}", self.title),
            self.scale.from.rfc3339(),
            self.scale.to.rfc3339(),
            height.to_string(),
            bottom.to_string(),
            axis.to_string(),
            now.to_string(),
            now_x.to_string(),
            anchor.to_string(),
            format!("evaluated {}", day(at)),
        ];
        out.extend(window.map(|n| n.map(|n| n.to_string()).unwrap_or_default()));
        out.extend([
            ticks.join("\n"),
            if self.bars.len() <= UNFOLDED_ROWS {
                "open"
            } else {
                ""
            }
            .to_string(),
        ]);
        for (i, bar) in self.bars.iter().enumerate() {
            let y = ROW
                .saturating_mul(i64::try_from(i).unwrap_or(i64::MAX))
                .saturating_add(30);
            out.extend(self.bar_words(bar, y));
        }
        out
    }

    fn bar_words(&self, bar: &Bar, y: i64) -> [String; 8] {
        let (x1, x2) = (self.scale.x(bar.from), self.scale.x(bar.to));
        let name = visible_string(&bar.label);
        let words = if bar.open {
            format!("{name}: {} to no Next Update", bar.from)
        } else {
            format!("{name}: {} to {}", bar.from, bar.to)
        };
        let open_x = if bar.open {
            x1.max(x2)
                .saturating_add(4)
                .min(WIDTH.saturating_sub(100))
                .to_string()
        } else {
            String::new()
        };
        [
            y.to_string(),
            y.saturating_add(4).to_string(),
            x1.to_string(),
            x2.saturating_sub(x1).max(2).to_string(),
            bar.class.to_string(),
            bar.label.chars().take(LABEL_CHARS).collect(),
            words,
            open_x,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap_or(Timestamp(0))
    }

    /// Ticks over spans from hours to centuries: (from, to, expected words).
    #[test]
    fn ticks_at_whole_dates() {
        let cases: &[(&str, &str, &[&str])] = &[
            // A stale staple's week and the evaluation three days later.
            (
                "2026-11-12T12:00:00Z",
                "2026-11-23T12:00:00Z",
                // Every two days from the epoch's; 11-23 too near the edge for its label.
                &["2026-11-15", "2026-11-17", "2026-11-19", "2026-11-21"],
            ),
            // Twelve hours: every two hours.
            (
                "2026-11-23T00:30:00Z",
                "2026-11-23T12:30:00Z",
                &[
                    "2026-11-23 02:00",
                    "2026-11-23 04:00",
                    "2026-11-23 06:00",
                    "2026-11-23 08:00",
                    "2026-11-23 10:00",
                ],
            ),
            // A 90-day leaf: months.
            (
                "2026-09-20T00:00:00Z",
                "2027-01-10T00:00:00Z",
                &["2026-10", "2026-11", "2026-12", "2027-01"],
            ),
            // A root's 25 years: every five.
            (
                "2010-06-01T00:00:00Z",
                "2036-01-01T00:00:00Z",
                &["2015", "2020", "2025", "2030"],
            ),
        ];
        for (from, to, expected) in cases {
            let scale = Scale {
                from: t(from),
                to: t(to),
            };
            let words: Vec<String> = scale.ticks().into_iter().map(|t| t.words).collect();
            assert_eq!(words, *expected, "{from} to {to}");
        }
    }

    #[test]
    fn extreme_spans_make_few_ticks_and_no_panic() {
        for (from, to) in [
            (i64::MIN, i64::MAX),
            (0, 0),
            (-62_167_219_200, 253_402_300_799),
        ] {
            let scale = Scale {
                from: Timestamp(from),
                to: Timestamp(to),
            };
            assert!(scale.ticks().len() <= 6);
            assert!((LEFT..=RIGHT).contains(&scale.x(Timestamp(0))));
        }
    }

    #[test]
    fn a_tick_sits_where_its_date_is() {
        let scale = Scale {
            from: t("2026-01-01"),
            to: t("2027-01-01"),
        };
        for tick in scale.ticks() {
            let date = t(&format!("{}-01", tick.words));
            assert_eq!(tick.x, scale.x(date), "{}", tick.words);
        }
        assert_eq!(scale.x(t("2026-07-02T12:00:00Z")), 400);
    }
}
