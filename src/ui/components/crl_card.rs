//! CRLs (issue 14): one card each — issuer, the three times, number,
//! entries, signature, scope, and whether each given certificate it covers
//! is listed. The engine judged everything; this only draws it, and only
//! the entries for given certificates (a CRL may list a million).

use super::visible::Visible;
use certscope::inspect::crl::Crl;
use certscope::{Report, Timestamp};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CrlCardsProps {
    pub report: Rc<Report>,
}

fn when(t: Option<Timestamp>, at: Timestamp) -> String {
    t.map_or("none".into(), |t| format!("{t} ({})", t.relative_to(at)))
}

fn card(index: usize, crl: &Crl, report: &Report) -> Html {
    let at = report.evaluated_at;
    let name = |i: usize| {
        report
            .certificates
            .get(i)
            .map_or(String::new(), |c| c.display_name().to_string())
    };
    let signature = match (crl.signature.valid, crl.signature.signer) {
        (Some(true), Some(s)) => format!("valid, signed by #{s} {}", name(s)),
        (Some(false), _) => "invalid: no given certificate of that name signed it".into(),
        _ => crl
            .signature
            .note
            .clone()
            .unwrap_or_else(|| "unchecked".into()),
    };
    let scope = if crl.distribution_points.is_empty() && !crl.is_partitioned() {
        "complete (no Issuing Distribution Point)".to_string()
    } else {
        format!(
            "{} {}",
            crl.distribution_points.join(", "),
            if crl.scope.only_user_certs {
                "(end-entity certificates only)"
            } else if crl.scope.only_ca_certs {
                "(CA certificates only)"
            } else {
                ""
            }
        )
    };
    let found = crl.covers.iter().map(|&i| {
        let entry = crl.revoked.iter().find(|e| e.certificate == Some(i));
        let (class, words) = match entry {
            Some(e) => ("error", format!("revoked {} ({})", e.revocation_time, e.reason.as_deref().unwrap_or("no reason"))),
            None => ("ok", "not listed".to_string()),
        };
        html! { <li data-certificate={i.to_string()}><a href={format!("#cert-{i}")}><Visible text={name(i)} /></a>{": "}<span class={classes!("badge", class)}>{words}</span></li> }
    });
    let missing = crl.not_covered.iter().map(|n| html! { <li class="none"><Visible text={format!("{}: not covered, {}", name(n.certificate), n.why)} /></li> });
    html! {
        <article class="crl-card" id={format!("crl-{index}")}>
            <h3><Visible text={crl.issuer.clone()} /></h3>
            <dl>
                <dt>{"This Update"}</dt><dd>{when(Some(crl.this_update), at)}</dd>
                <dt>{"Evaluated"}</dt><dd>{at.to_string()}</dd>
                <dt>{"Next Update"}</dt><dd>{when(crl.next_update, at)}{" "}<span class="badge" data-freshness={crl.freshness.word()}>{crl.freshness.word()}</span></dd>
                <dt>{"Number"}</dt><dd>{crl.number.clone().unwrap_or("none".into())}</dd>
                <dt>{"Entries"}</dt><dd class="crl-entries">{crl.entries}</dd>
                <dt>{"Signature"}</dt><dd class="crl-signature">{format!("{} ({})", signature, crl.signature.algorithm)}</dd>
                <dt>{"Scope"}</dt><dd><Visible text={scope} /></dd>
            </dl>
            <ul class="crl-covers">{ for found }{ for missing }</ul>
        </article>
    }
}

/// The CRL section; nothing without CRLs.
#[component]
pub fn CrlCards(props: &CrlCardsProps) -> Html {
    let r = &props.report;
    if r.crls.is_empty() {
        return html! {};
    }
    html! {
        <section class="crls" aria-label="CRLs">
            <h2>{format!("CRLs ({})", r.crls.len())}</h2>
            { for r.crls.iter().enumerate().map(|(i, c)| card(i, c, r)) }
        </section>
    }
}
