//! The right column: the answer first (the verdict, the staples, then the
//! chains, each the column's width), then the details.

use super::workbench::dispatch;
use crate::components::certificate_card::certificate_cards;
use crate::components::chain_view::{chain_view, ChainViewProps};
use crate::components::commands_panel::{commands_panel, CommandsPanelProps};
use crate::components::crl_card::crl_cards;
use crate::components::findings::{findings, severity_word, FindingsProps};
use crate::components::roots_table::RootsTable;
use crate::components::sliced::Sliced;
use crate::components::staple_card::staple_card;
use crate::components::timeline::timeline;
use crate::components::visible::visible;
use crate::state::{Action, State};
use certscope::Report;
use std::rc::Rc;
use yew::prelude::*;

/// The column.
pub fn report_view(state: &UseReducerHandle<State>) -> Html {
    let report = state.report.clone();
    if report.inputs.is_empty() {
        return html! {
            <div class="report">
                <section class="empty">
                    <h2>{"Start by adding a chain"}</h2>
                    <p>{"Paste the output of "}<code>{"openssl s_client -connect example.com:443 -servername example.com -showcerts -status </dev/null"}</code>
                       {", or drop your fullchain.pem, a .p7b bundle, or an OCSP staple file (nginx ssl_stapling_file, HAProxy .ocsp)."}</p>
                    // Issue 30: the CLI reads servers; a page cannot.
                    <p>{"A web page cannot open a TLS connection to your server, so this one asks you to paste what the server sent. The command line can fetch it itself: "}<code>{"certscope inspect --connect example.com"}</code>{"."}</p>
                </section>
            </div>
        };
    }
    // The lists that render a slice per task start again with each report.
    let report_key = state.analysed.to_string();
    html! {
        <div class="report">
            // The verdict and its lead finding for tests and scripts
            // (tests/browser/verdicts.test.mjs reads them as the CLI's JSON).
            <p class={classes!("summary", severity_word(report.summary.severity))} role="status" tabindex="-1"
                data-verdict={report.summary.verdict.word()} data-code={report.summary.code.clone()}>
                {visible(&report.summary.headline)}
            </p>
            { for state.view_note.iter().map(|n| html! { <p class="view-note" role="status">{n.clone()}</p> }) }
            { answer(&report, &report_key) }
            {crl_cards(&report)}
            {findings(&FindingsProps { report: report.clone() }, &report_key)}
            if !report.certificates.is_empty() {
                {commands_panel(&CommandsPanelProps { report: report.clone(), host: AttrValue::from(state.host.clone()),
                    on_host: dispatch(state, Action::SetHost),
                    log_line: AttrValue::from(state.log_line.clone()), on_log_line: dispatch(state, Action::SetLogLine) })}
            }
            {timeline(&report)}
            if !report.certificates.is_empty() {
                <section class="certificates" aria-label="Certificates">
                    <h2>{format!("Certificates ({})", report.certificates.len())}</h2>
                    // Many certificates and no chain: a trust bundle, a
                    // row per root (issue 28: Debian's was 70,000 px of cards).
                    if report.shows_table() {
                        <RootsTable key={report_key.clone()} report={report.clone()} />
                    } else {
                        {certificate_cards(&report, &report_key)}
                    }
                </section>
            }
        </div>
    }
}

/// The staples and the chains.
fn answer(report: &Rc<Report>, report_key: &str) -> Html {
    html! {
        <>
        if !report.staples.is_empty() {
            <section class="staples" aria-label="Staples">
                <h2>{format!("Staples ({})", report.staples.len())}</h2>
                { for (0..report.staples.len()).map(|index| staple_card(index, report)) }
            </section>
        }
        if !report.chains.is_empty() {
            <section class="chains" aria-label="Chains">
                <h2>{if report.chains.len() == 1 { "Chain".to_string() } else { format!("Chains ({})", report.chains.len()) }}</h2>
                <Sliced key={report_key.to_string()} total={report.chains.len()} item={
                    let report = report.clone();
                    Callback::from(move |index| chain_view(&ChainViewProps { index, report: report.clone() }))
                } />
            </section>
        }
        </>
    }
}
