//! The findings list: what is wrong, most severe first (the engine sorts
//! them so: `Report::for_view`).

use super::sliced::Sliced;
use super::visible::Visible;
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

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    if props.report.findings.is_empty() {
        return html! {};
    }
    let report = props.report.clone();
    let item = Callback::from(move |index: usize| {
        let Some(f) = report.findings.get(index) else {
            return Html::default();
        };
        let word = severity_word(f.severity);
        html! {
            <li class={classes!("finding", word)} data-code={f.code}>
                <span class={classes!("badge", word)}>{word}</span>
                <span class="message"><Visible text={f.message.clone()} /></span>
                <code class="code">{f.code}</code>
            </li>
        }
    });
    html! {
        <section class="findings" aria-label="Findings">
            <h2>{"Findings"}</h2>
            <ul>
            <Sliced total={props.report.findings.len()} {item} />
            </ul>
        </section>
    }
}
