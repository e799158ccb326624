//! The findings list: what is wrong, grouped by severity (errors, warnings,
//! notes), each group headed by its count.

use super::sliced::Sliced;
use super::visible::visible;
use certscope::{Report, Severity};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Rc<Report>,
}

pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// The groups, most severe first, with the heading each gets.
const GROUPS: [(Severity, &str); 3] = [
    (Severity::Error, "Errors"),
    (Severity::Warning, "Warnings"),
    (Severity::Info, "Notes"),
];

/// The list. A function, not a component (see `commands_panel`); `key`
/// starts its slices again with each report.
pub fn findings(props: &FindingsProps, key: &str) -> Html {
    let findings = &props.report.findings;
    if findings.is_empty() {
        return html! {};
    }
    // The view's findings are sorted by severity (Report::for_view), so
    // each group is one run of the list.
    let mut start = 0;
    let group = |(severity, title): (Severity, &'static str)| {
        let from = start;
        let count = findings
            .iter()
            .skip(from)
            .take_while(|f| f.severity == severity)
            .count();
        start = from.saturating_add(count);
        if count == 0 {
            return Html::default();
        }
        let word = severity_word(severity);
        let report = props.report.clone();
        let item = Callback::from(move |n: usize| {
            let Some(f) = report.findings.get(from.saturating_add(n)) else {
                return Html::default();
            };
            html! {
                <li class={classes!("finding", word)} data-code={f.code}>
                    <span class={classes!("badge", word)}>{word}</span>
                    <span class="message">{visible(&f.message)}</span>
                    <code class="code">{f.code}</code>
                </li>
            }
        });
        html! {
            // Notes folded (issue 28): they say what is right.
            <details class={classes!("finding-group", word)} open={severity != Severity::Info}>
                <summary><h3>{format!("{title} ({count})")}</h3></summary>
                <ul><Sliced key={key.to_string()} total={count} {item} /></ul>
            </details>
        }
    };
    html! {
        <section class="findings" aria-label="Findings">
            <h2>{format!("Findings ({})", findings.len())}</h2>
            { for GROUPS.into_iter().map(group) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use certscope::inspect::Finding;

    #[component]
    fn Findings(props: &FindingsProps) -> Html {
        findings(props, "")
    }

    #[test]
    fn grouped_by_severity_with_counts() {
        let mut report = certscope::analyze(&[], certscope::Timestamp(0));
        report.findings = vec![
            Finding::new(Severity::Error, "b", "error one"),
            Finding::new(Severity::Info, "a", "note one"),
            Finding::new(Severity::Info, "c", "note two"),
        ];
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<Findings>::with_props(FindingsProps {
                report: Rc::new(report),
            })
            .render(),
        );
        let errors = html.find("Errors (1)").expect(&html);
        let notes = html.find("Notes (2)").expect(&html);
        assert!(errors < notes && !html.contains("Warnings"), "{html}");
        assert!(html.find("error one") < html.find("note one"), "{html}");
    }
}
