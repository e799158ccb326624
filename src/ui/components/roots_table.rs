//! A trust bundle's certificates as a table, a row per root, sortable by
//! any column (issue 28: Debian's bundle was 70,000 px of cards, and a
//! hundred and forty roots are read by expiry or by name, not by position).

use crate::components::sliced::Sliced;
use crate::components::visible::visible;
use certscope::inspect::certificate::Certificate;
use certscope::Report;
use std::cmp::Ordering;
use std::rc::Rc;
use yew::prelude::*;

/// A column the rows can be sorted by.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Number,
    Name,
    Expires,
    Fingerprint,
}

const COLUMNS: [(Column, &str); 4] = [
    (Column::Number, "#"),
    (Column::Name, "Name"),
    (Column::Expires, "Expires"),
    (Column::Fingerprint, "SHA-256"),
];

/// How two roots compare by a column. Names compare with ASCII letters
/// folded to lower case, so "certSIGN" sorts among the other C's.
fn compare(by: Column, a: &Certificate, b: &Certificate) -> Ordering {
    fn folded(c: &Certificate) -> impl Iterator<Item = u8> + '_ {
        c.display_name().bytes().map(|b| b.to_ascii_lowercase())
    }
    match by {
        Column::Number => Ordering::Equal,
        Column::Name => folded(a).cmp(folded(b)),
        Column::Expires => a.not_after.cmp(&b.not_after),
        Column::Fingerprint => a.sha256.cmp(&b.sha256),
    }
}

#[derive(Properties)]
pub struct RootsTableProps {
    pub report: Rc<Report>,
}

// The same report, not an equal one: comparing a bundle's worth of
// certificates on every render would cost more than rendering.
impl PartialEq for RootsTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

/// The table: number, name, expiry, and the fingerprint's start to tell
/// apart roots of one name. The order is view state only: it starts as
/// given, a header's button sorts by its column and a second click reverses.
#[component]
pub fn RootsTable(props: &RootsTableProps) -> Html {
    let order = use_state(|| (Column::Number, false));
    let (by, reversed) = *order;
    let report = &props.report;
    // Each row goes in after those it does not sort before: a stable sort
    // (roots that tie keep the bundle's order) in a few lines, where the
    // standard library's sorts and Unicode case tables cost the first load
    // over 10 KB of gzip for a table of a few hundred rows.
    let mut rows: Vec<(usize, &Certificate)> = Vec::with_capacity(report.certificates.len());
    for row in report.certificates.iter().enumerate() {
        let place =
            rows.partition_point(|placed| compare(by, placed.1, row.1) != Ordering::Greater);
        rows.insert(place, row);
    }
    if reversed {
        rows.reverse();
    }
    let rows: Rc<Vec<usize>> = Rc::new(rows.into_iter().map(|(i, _)| i).collect());
    let header = |(column, label): (Column, &'static str)| {
        let order = order.clone();
        let sort = (by == column).then_some(AttrValue::Static(if reversed {
            "descending"
        } else {
            "ascending"
        }));
        let onclick = Callback::from(move |_| order.set((column, by == column && !reversed)));
        html! { <th aria-sort={sort}><button type="button" {onclick}>{label}</button></th> }
    };
    html! {
        <table class="roots">
            <thead><tr>{ for COLUMNS.into_iter().map(header) }</tr></thead>
            // A slice of rows per task (issue 27): the first frame after a
            // bundle's drop holds its first rows, not all hundred.
            <tbody><Sliced total={rows.len()} item={row(report.clone(), rows)} /></tbody>
        </table>
    }
}

/// Renders the `k`th row in `order` (for `Sliced`).
fn row(report: Rc<Report>, order: Rc<Vec<usize>>) -> Callback<usize, Html> {
    Callback::from(move |k: usize| {
        let at = report.evaluated_at;
        let Some((i, c)) = order
            .get(k)
            .and_then(|&i| report.certificates.get(i).map(|c| (i, c)))
        else {
            return Html::default();
        };
        html! {
            <tr key={i} id={format!("cert-{i}")}>
                <td>{i.saturating_add(1)}</td>
                <td>{visible(c.display_name())}</td>
                <td class={classes!((at > c.not_after).then_some("expired"))}>
                    <time datetime={c.not_after.rfc3339()}>{c.not_after.rfc3339().get(..10).unwrap_or_default().to_string()}</time>
                    {format!(" ({})", c.not_after.relative_to(at))}
                </td>
                <td><code>{c.sha256.get(..16).unwrap_or_default().to_string()}</code></td>
            </tr>
        }
    })
}
