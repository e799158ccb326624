//! "Fix it": the exact commands (shell-quoted, from the certificates on the
//! page) to check the server and fetch, verify and keep a staple fresh; the
//! server configuration; and what a pasted server log line means.

use super::code_block::{code_block, first_line};
use super::fold::Fold;
use super::visible::visible;
use crate::services;
use certscope::inspect::commands::{Command, Purpose};
use certscope::Report;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommandsPanelProps {
    pub report: Rc<Report>,
    pub host: AttrValue,
    pub on_host: Callback<String>,
    pub log_line: AttrValue,
    pub on_log_line: Callback<String>,
}

fn title(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Renew => "Renew the certificate first",
        Purpose::Replace => "Replace the revoked certificate first",
        Purpose::CheckServer => "Check what the live server staples",
        Purpose::FetchIssuer => "Fetch the missing intermediate",
        Purpose::FetchStapleOpenssl => "Fetch a fresh staple with OpenSSL",
        Purpose::FetchStapleCurl => "Fetch a fresh staple with curl alone",
        Purpose::VerifyStaple => "Verify the staple that came back",
        Purpose::RefreshStapleFile => "Keep an ssl_stapling_file fresh",
        Purpose::FetchCrl => "Fetch the CRL it names",
        Purpose::ReadCrl => "Read that CRL",
        Purpose::VerifyWithCrl => "Check the certificate against that CRL",
        Purpose::RefreshBundle => "Refresh the bundle from the distribution",
        Purpose::CleanBundle => "Write the bundle without its bad roots",
        Purpose::VerifyWithBundle => "Check a chain against the bundle",
    }
}

/// An opened command card: the block, the request to download, the note.
fn command_body(c: Command) -> Callback<(), Html> {
    Callback::from(move |()| {
        let request = c.request_der.clone().map(|der| {
            let save = Callback::from(move |_| {
                if let Err(e) = services::download::save("request.der", "application/ocsp-request", &der) {
                    gloo::console::error!("download failed", e);
                }
            });
            html! { <button type="button" class="download" id="download-request-der" onclick={save}>{"Download request.der"}</button> }
        });
        html! {
            <>
                {code_block(&c.command, format!("Copy: {}", title(c.purpose)))}
                { for request }
                <p class="help">{visible(&c.note)}</p>
            </>
        }
    })
}

/// The panel. A function, not a component: a component type costs the
/// first load about half a kilobyte.
pub fn commands_panel(props: &CommandsPanelProps) -> Html {
    let report = &props.report;
    let on_host = {
        let cb = props.on_host.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_log = {
        let cb = props.on_log_line.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let configs = report.server_config.iter().flat_map(|c| {
        [
            ("nginx", c.nginx.clone()),
            ("HAProxy", c.haproxy.clone()),
            ("Apache", c.apache.clone()),
            ("Caddy", c.caddy.clone()),
        ]
        // With a server chosen the engine writes only its configuration.
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
    });
    // The certificate a command is for, named in its title only when the
    // commands are for more than one: said on each of a chain's eight
    // cards, it made every title two lines (issue 28: page height).
    let name = |c: &Command| {
        report
            .certificates
            .get(c.certificate)
            .filter(|_| !c.purpose.for_bundle())
            .map(|x| x.display_name())
    };
    let shared = report
        .commands
        .first()
        .map(name)
        .filter(|first| report.commands.iter().all(|c| name(c) == *first));
    html! {
        <section class="commands" aria-label="Commands and configuration">
            <h2>{"Fix it: commands and configuration"}{ for shared.flatten().map(|n| html! { <>{" for "}{visible(n)}</> }) }</h2>
            <div class="host-row">
                <label for="host">{"Server host name for the commands"}</label>
                <input id="host" type="text" spellcheck="false" autocomplete="off" placeholder="the leaf's first DNS name"
                    value={props.host.clone()} oninput={on_host} />
            </div>
            { for report.commands.iter().map(|c| {
                // A trust bundle's commands are about no one certificate.
                let name = name(c).filter(|_| shared.is_none()).map_or(String::new(), |n| format!(" — {n}"));
                // Collapsed to the title and the first line until opened.
                html! {
                    <Fold class="command-card" purpose={c.purpose.word()}
                        summary={html! { <><h3>{title(c.purpose)}{visible(&name)}</h3>{first_line(&c.command)}</> }}
                        body={command_body(c.clone())} />
                }
            }) }
            if report.server_config.is_some() {
                <h3>{"Server configuration"}</h3>
                { for configs.map(|(server, text)| html! {
                    <Fold class="server-config" server={server}
                        summary={html! { <><strong>{server}</strong>{first_line(&text)}</> }}
                        body={Callback::from(move |()| code_block(&text, format!("Copy the {server} configuration")))} />
                }) }
            }
            <h3><label for="log-line">{"What does this log line mean?"}</label></h3>
            <textarea id="log-line" rows="2" spellcheck="false" value={props.log_line.clone()} oninput={on_log}
                placeholder="Paste a line from the nginx, HAProxy or Apache error log, e.g. \"ssl_stapling\" ignored, issuer certificate not found" />
            { for report.explanations.iter().map(|e| html! {
                <div class="explanation" data-code={e.code}>
                    <p><span class="badge info">{e.server}</span>{" "}{visible(&e.meaning)}</p>
                    <p><strong>{"Here: "}</strong>{visible(&e.inputs)}</p>
                    <p><strong>{"Fix: "}</strong>{visible(&e.fix)}</p>
                </div>
            }) }
            if !props.log_line.trim().is_empty() && report.explanations.is_empty() {
                <p class="help explanation-none">{"certscope does not know this message. It recognises nginx's, HAProxy's, Apache's and Caddy's OCSP stapling messages."}</p>
            }
        </section>
    }
}
