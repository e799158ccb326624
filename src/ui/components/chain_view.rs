//! The chain as a picture: leaf on top, each "issued by" link marked
//! verified or failed, each certificate's given position beside its correct
//! one, the missing issuer and how to fetch it, and the fixed bundles.

use super::code_block::code_block;
use super::copy_button::CopyButton;
use super::fold::Fold;
use super::visible::{visible, visible_dn};
use crate::services;
use certscope::inspect::chain::{Chain, ClientVerdict, GivenOrder};
use certscope::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChainViewProps {
    pub index: usize,
    pub report: Rc<Report>,
}

fn link_badge(signature: &str) -> Html {
    let (word, class) = match signature {
        "valid" => ("signature verified", "ok"),
        "invalid" => ("signature does NOT verify", "error"),
        _ => ("signature not checked", "warning"),
    };
    html! { <span class={classes!("badge", class)} data-signature={signature.to_string()}>{word}</span> }
}

fn bundle(name: &'static str, pem: &str, purpose: &'static str) -> Html {
    if pem.is_empty() {
        return html! {};
    }
    let bytes = pem.as_bytes().to_vec();
    let shown = pem.to_string();
    let download = Callback::from(move |_| {
        if let Err(e) = services::download::save(name, "application/x-pem-file", &bytes) {
            gloo::console::error!("download failed", e);
        }
    });
    html! {
        <div class="bundle">
            <button type="button" class="download" id={format!("download-{}", name.replace('.', "-"))} onclick={download}>{format!("Download {name}")}</button>
            <CopyButton text={AttrValue::from(pem.to_string())} label={AttrValue::from(format!("Copy {name}"))} />
            <span class="help">{purpose}</span>
            <Fold summary={html! { {format!("Show {name}")} }} body={Callback::from(move |()| html! { <pre class="pem">{shown.clone()}</pre> })} />
        </div>
    }
}

/// The client's verdict (rustls-webpki) in one line: accepted with its
/// anchor, refused with the rule's code and the certificate, or cannot
/// tell; then each root program's verdict by the same engine (issue 29),
/// `✓ apple ✗ java`. The sentences are the findings'. One text node and
/// one attribute: the first load has a budget.
fn client_verdict(chain: &Chain, name: &dyn Fn(usize) -> String) -> Html {
    let Some(trust) = chain.trust.as_ref() else {
        return html! {};
    };
    let Some(v) = trust.validation.as_ref() else {
        return html! {};
    };
    let (class, mut words) = match v.verdict {
        ClientVerdict::Accepted => (
            "ok",
            format!(
                "Clients accept it: anchored in {}",
                v.anchor.as_deref().unwrap_or_default()
            ),
        ),
        ClientVerdict::Refused => (
            "error",
            format!(
                "Clients refuse it: {} ({})",
                v.error.as_deref().unwrap_or_default(),
                v.certificate.map(name).unwrap_or_default()
            ),
        ),
        _ => (
            "warning",
            "Cannot tell whether clients accept it: no anchor (give the root)".to_string(),
        ),
    };
    // `validations` holds each program's verdict (and `given`'s); the page
    // does not read `programs` back (see `Trust::programs`).
    let programs: Vec<String> = trust
        .validations
        .iter()
        .filter(|p| p.program != "given")
        .map(|p| format!("{} {}", if p.accepted() { "✓" } else { "✗" }, p.program))
        .collect();
    if programs.len() > 1 {
        words.push_str(&format!(". Root programs: {}", programs.join(" ")));
    }
    html! { <p class={classes!("client-verdict", class)} data-verdict={v.verdict.word()}>{visible(&words)}</p> }
}

/// Chain `index`'s card. A function, not a component (see `commands_panel`).
pub fn chain_view(props: &ChainViewProps) -> Html {
    let report = &props.report;
    let Some(chain): Option<&Chain> = report.chains.get(props.index) else {
        return html! {};
    };
    let name = |i: usize| {
        report
            .certificates
            .get(i)
            .map_or(String::new(), |c| c.display_name().to_string())
    };
    let leaf = chain.order.first().map(|&i| name(i)).unwrap_or_default();
    let (order_word, order_class) = match chain.given_order {
        GivenOrder::Correct => ("correct order", "ok"),
        GivenOrder::Incorrect => ("incorrect order", "error"),
        GivenOrder::Split => ("split over several files", "warning"),
    };
    let (complete_word, complete_class) = match chain.verdict() {
        "complete" => ("complete", "ok"),
        "invalid" => ("signature fails", "error"),
        "unchecked" => ("not verified", "warning"),
        _ => ("incomplete", "error"),
    };
    html! {
        <article class="chain" id={format!("chain-{}", props.index)}>
            <header>
                <h3>{"Chain for "}{visible(&leaf)}</h3>
                <span class={classes!("badge", order_class)} data-given-order={order_word}>{order_word}</span>
                <span class={classes!("badge", complete_class)}>{complete_word}</span>
                if chain.root_included { <span class="badge info">{"contains anchor (root)"}</span> }
            </header>
            {client_verdict(chain, &name)}
            <ol class="chain-picture">
            { for chain.order.iter().enumerate().map(|(pos, &cert)| {
                let placement = chain.positions.iter().find(|p| p.certificate == cert);
                let given = placement.map(|p| p.given.iter().map(|g| format!("{} #{} ({})", g.input_name, g.position, g.location)).collect::<Vec<_>>().join(", ")).unwrap_or_default();
                let moved = placement.is_some_and(|p| p.given.iter().any(|g| g.position != p.correct));
                let link = chain.links.get(pos);
                let role = report.certificates.get(cert).map_or("", |c| match (c.is_ca, c.self_issued) {
                    (Some(true), true) => "root",
                    (Some(true), false) => "intermediate",
                    _ => "leaf",
                });
                html! {
                    <li class="chain-node" data-certificate={cert.to_string()}>
                        <div class={classes!("node", moved.then_some("moved"))}>
                            <span class="position">{format!("{}", pos + 1)}</span>
                            <a class="node-name" href={format!("#cert-{cert}")}>{visible(&name(cert))}</a>
                            <span class="role">{role}</span>
                            <span class="given">{format!("given: {given}")}</span>
                            if moved { <span class="badge warning">{format!("belongs at position {}", pos + 1)}</span> }
                        </div>
                        { for link.map(|l| html! {
                            <div class="issued-by">{"↓ issued by "}{link_badge(l.signature)}
                                { for l.detail.iter().map(|d| html! { <span class="help">{" "}{visible(d)}</span> }) }
                            </div>
                        }) }
                    </li>
                }
            }) }
            { for chain.missing_issuer.iter().map(|m| html! {
                <li class="chain-node missing">
                    <div class="node">
                        <span class="badge error">{"missing"}</span>
                        {visible_dn(&m.issuer)}
                        { for m.authority_key_id.iter().map(|k| html! { <span class="help">{format!(" key id {k}")}</span> }) }
                    </div>
                    <div class="fetch">
                        if m.ca_issuers_urls.is_empty() {
                            <p>{"The certificate gives no CA Issuers URL: get this intermediate from your CA's site."}</p>
                        }
                        { for m.fetch_commands.iter().map(|c| html! {
                            {code_block(c, "Copy the fetch command".to_string())}
                        }) }
                    </div>
                </li>
            }) }
            </ol>
            { for chain.needed_root.iter().map(|r| html! {
                <p class="needed-root">{"The root was not given: "}{visible_dn(&r.issuer)}{". Servers do not send it; trusted.pem holds it where certscope has it."}</p>
            }) }
            {bundle("fullchain.pem", &chain.fullchain_pem, "leaf then intermediates, for nginx ssl_certificate")}
            {bundle("trusted.pem", &chain.trusted_pem, "intermediates and root, for nginx ssl_trusted_certificate")}
            if !chain.alternatives.is_empty() {
                <p class="alternatives">{format!("{} other verified path(s) (cross-signed): ", chain.alternatives.len())}
                { for chain.alternatives.iter().map(|a| html! {
                    <span class="alternative">{a.order.iter().map(|&i| name(i)).collect::<Vec<_>>().join(" → ")}{if a.root_included { " (root given)" } else { "" }}{"; "}</span>
                }) }
                </p>
            }
        </article>
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[component]
    fn ChainView(props: &ChainViewProps) -> Html {
        chain_view(props)
    }

    #[test]
    fn one_verdict_per_root_program() {
        // DigiCert Global Root CA left Mozilla's store; the others hold it.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/trust/public/cloudflare-dns.pem"
        );
        let input = certscope::Input::new("cloudflare-dns.pem", std::fs::read(path).unwrap());
        // 2022-06-01, while the leaf is valid.
        let report = certscope::analyze(&[input], certscope::Timestamp(1_654_041_600));
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<ChainView>::with_props(ChainViewProps {
                index: 0,
                report: Rc::new(report),
            })
            .render(),
        );
        for (program, trusted) in [
            ("mozilla", false),
            ("apple", true),
            ("microsoft", true),
            ("android", true),
            ("java", true),
        ] {
            let needle = format!("{} {program}", if trusted { "✓" } else { "✗" });
            assert!(html.contains(&needle), "{needle} in {html}");
        }
    }
}
