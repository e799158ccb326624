//! The findings list: what is wrong, most severe first.

use super::visible::Visible;
use certscope::{inspect::Finding, Severity};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub findings: Rc<Vec<Finding>>,
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
    if props.findings.is_empty() {
        return html! {};
    }
    let mut sorted: Vec<&Finding> = props.findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    html! {
        <section class="findings" aria-label="Findings">
            <h2>{"Findings"}</h2>
            <ul>
            { for sorted.into_iter().map(|f| {
                let word = severity_word(f.severity);
                html! {
                    <li class={classes!("finding", word)} data-code={f.code}>
                        <span class={classes!("badge", word)}>{word}</span>
                        <span class="message"><Visible text={f.message.clone()} /></span>
                        <code class="code">{f.code}</code>
                    </li>
                }
            }) }
            </ul>
        </section>
    }
}
