//! CRLs (issue 14): one card each — issuer, the three times, number,
//! entries, signature, scope, and whether each given certificate of its
//! issuer is listed. The engine judged everything and wrote the words
//! (`revocation::card`); the page only lays them out, and only the entries
//! for given certificates (a CRL may list a million).

use super::visible::visible;
use certscope::Report;
use yew::prelude::*;

fn card(index: usize, words: &[String], at: String) -> Html {
    let [issuer, this, next, fresh, number, entries, signature, scope, covers @ ..] = words else {
        return html! {};
    };
    let row = |label: &str, value: &String, class: &str| html! { <><dt>{label.to_string()}</dt><dd class={class.to_string()}>{visible(value)}</dd></> };
    let covered = covers.iter().map(|c| {
        let mut parts = c.splitn(3, '\t');
        let (class, cert, text) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
        html! { <li class={class.to_string()} data-certificate={cert.to_string()}><a href={format!("#cert-{cert}")}>{visible(text)}</a></li> }
    });
    html! {
        <article class="crl-card" id={format!("crl-{index}")} data-freshness={fresh.clone()}>
            <h3>{visible(issuer)}</h3>
            <dl>
                {row("This Update", this, "")}
                <dt>{"Evaluated"}</dt><dd>{at}</dd>
                {row("Next Update", next, "")}
                {row("Freshness", fresh, "crl-freshness")}
                {row("Number", number, "")}
                {row("Entries", entries, "crl-entries")}
                {row("Signature", signature, "crl-signature")}
                {row("Scope", scope, "")}
            </dl>
            <ul class="crl-covers">{ for covered }</ul>
        </article>
    }
}

/// The CRL section; nothing without CRLs. A function, not a component:
/// the page's first load has a byte budget, and each component type costs
/// more code than this does.
pub fn crl_cards(r: &Report) -> Html {
    if r.crl_cards.is_empty() {
        return html! {};
    }
    html! {
        <section class="crls" aria-label="CRLs">
            <h2>{format!("CRLs ({})", r.crl_cards.len())}</h2>
            { for r.crl_cards.iter().enumerate().map(|(i, c)| card(i, c, r.evaluated_at.to_string())) }
        </section>
    }
}
