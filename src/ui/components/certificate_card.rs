//! One certificate as a card: every field an admin checks, readable.

use super::fold::Fold;
use super::sliced::Sliced;
use super::visible::{visible, visible_dn};
use certscope::inspect::certificate::{Certificate, Extension};
use certscope::inspect::text::{hex_colons, unhex};
use certscope::{Report, Timestamp};
use std::rc::Rc;
use yew::prelude::*;

pub struct CertificateCardProps<'a> {
    pub index: usize,
    pub certificate: &'a Certificate,
    pub at: Timestamp,
    /// The revocation line: status word, text, advice (issue 14).
    pub revocation: Option<&'a [String]>,
}

/// "in 42 days" / "3 days ago" next to a UTC date.
fn when(t: Timestamp, at: Timestamp) -> Html {
    html! { <><time datetime={t.rfc3339()}>{t.rfc3339()}</time>{format!(" ({})", t.relative_to(at))}</> }
}

fn list(items: &[String], empty: &str) -> Html {
    if items.is_empty() {
        return html! { <span class="none">{empty.to_string()}</span> };
    }
    html! { <ul class="values">{ for items.iter().map(|i| html! { <li><code>{visible(i)}</code></li> }) }</ul> }
}

/// The first ten names, the rest behind a fold (issue 28: Google's leaf has
/// 137, which took two thirds of its page one per line).
fn names(all: &[String]) -> Html {
    let (first, rest) = all.split_at(all.len().min(10));
    let rest = rest.to_vec();
    html! {
        <>
            {list(first, "none")}
            if !rest.is_empty() {
                <Fold summary={html! { {format!("{} more names", rest.len())} }} body={Callback::from(move |()| list(&rest, ""))} />
            }
        </>
    }
}

/// `ab12…` as `AB:12:…`; a value that is not hex is shown as it is.
fn colons(hex: &str) -> String {
    unhex(hex).map_or_else(|| hex.to_string(), |bytes| hex_colons(&bytes))
}

/// Hex as `AB:12:…` in one text node: `code.hex` (style.css) makes its
/// lines a whole number of bytes wide, so a long key id or fingerprint never
/// breaks inside a byte (issue 28). A `<wbr>` after each colon did that too,
/// but made a third of a chain's elements (issue 27: each one is time before
/// the first frame).
fn hex(hex: &str) -> Html {
    html! { <code class="hex">{colons(hex)}</code> }
}

/// Every extension, raw: made only when "All N extensions" is opened.
fn extensions_table(extensions: Vec<Extension>) -> Callback<(), Html> {
    Callback::from(move |()| {
        html! {
            <table class="extensions">
                <thead><tr><th>{"Extension"}</th><th>{"Critical"}</th><th>{"Value"}</th></tr></thead>
                <tbody>
                { for extensions.iter().map(|e| html! {
                    <tr class={classes!(e.malformed.is_some().then_some("malformed"))}>
                        <td>{e.name.clone().unwrap_or_else(|| e.oid.clone())}<br/><small>{e.oid.clone()}</small></td>
                        <td>{if e.critical { "yes" } else { "no" }}</td>
                        <td>
                            {visible(&e.value)}
                            { for e.malformed.iter().map(|m| html! { <div class="malformed-note">{"malformed: "}{visible(m)}</div> }) }
                        </td>
                    </tr>
                }) }
                </tbody>
            </table>
        }
    })
}

/// One card, keyed by its fingerprint. A function, not a component: a
/// component type costs the first load about half a kilobyte.
pub fn certificate_card(props: &CertificateCardProps) -> Html {
    let c = props.certificate;
    let at = props.at;
    let (status, status_class) = if at < c.not_before {
        ("not valid yet".to_string(), "error")
    } else if at > c.not_after {
        (format!("expired {}", c.not_after.relative_to(at)), "error")
    } else {
        (
            format!("valid, expires {}", c.not_after.relative_to(at)),
            "ok",
        )
    };
    let role = match (c.is_ca, c.self_issued) {
        (Some(true), true) => "root CA",
        (Some(true), false) => "intermediate CA",
        _ => "end-entity",
    };
    let ca = match c.is_ca {
        Some(true) => c
            .path_length
            .map_or("yes".to_string(), |n| format!("yes, path length {n}")),
        Some(false) => "no".to_string(),
        None => "no basic constraints".to_string(),
    };
    let ocsp = html! { <><dt>{"OCSP responder"}</dt><dd class="ocsp-urls">{list(&c.ocsp_urls, "none: nothing to staple")}</dd></> };
    html! {
        <article key={c.sha256.clone()} class="certificate-card" id={format!("cert-{}", props.index)} data-sha256={c.sha256.clone()}>
            <header>
                <h3><span class="index">{format!("#{} ", props.index.saturating_add(1))}</span>{visible(c.display_name())}</h3>
                <span class="role">{role}</span>
                <span class={classes!("badge", status_class)}>{status}</span>
            </header>
            <dl>
                <dt>{"Subject"}</dt><dd class="subject">{visible_dn(&c.subject)}</dd>
                <dt>{"Issuer"}</dt><dd class="issuer">{visible_dn(&c.issuer)}</dd>
                <dt>{"Not before"}</dt><dd>{when(c.not_before, at)}</dd>
                <dt>{"Not after"}</dt><dd>{when(c.not_after, at)}</dd>
                <dt>{"Names (SAN)"}</dt><dd>{names(&c.subject_alt_names)}</dd>
                // The revocation line names the OCSP and CRL URLs: the OCSP
                // row is folded when there is one (issue 28: it repeated).
                if let Some([status, text, advice]) = props.revocation {
                    <dt>{"Revocation"}</dt><dd class="revocation" data-status={status.clone()}>{visible(text)}<p>{visible(advice)}</p></dd>
                } else {
                    {ocsp.clone()}
                }
                <dt>{"Must-staple"}</dt><dd>{if c.must_staple { "yes (TLS Feature status_request)" } else { "no" }}</dd>
            </dl>
            <Fold summary={html! { {format!("All {} extensions", c.extensions.len())} }} body={extensions_table(c.extensions.clone())} />
            // What is looked up less often, folded (issue 28). A plain
            // details: the rows are cheap, and find-in-page reaches them.
            <details class="more">
                <summary>{"Serial, key, usages, URLs, fingerprints"}</summary>
                <dl>
                    <dt>{"Serial"}</dt><dd><code>{c.serial.clone()}</code></dd>
                    <dt>{"Public key"}</dt><dd>{c.public_key.summary.clone()}</dd>
                    <dt>{"Signature"}</dt><dd>{c.signature_algorithm.clone()}</dd>
                    <dt>{"CA"}</dt><dd>{ca}</dd>
                    <dt>{"Key usage"}</dt><dd>{if c.key_usage.is_empty() { "—".to_string() } else { c.key_usage.join(", ") }}</dd>
                    <dt>{"Extended key usage"}</dt><dd>{if c.extended_key_usage.is_empty() { "—".to_string() } else { c.extended_key_usage.join(", ") }}</dd>
                    if props.revocation.is_some() {
                        {ocsp}
                    }
                    <dt>{"CA Issuers"}</dt><dd class="ca-issuers-urls">{list(&c.ca_issuers_urls, "none")}</dd>
                    <dt>{"CRL"}</dt><dd class="crl-urls">{list(&c.crl_urls, "none")}</dd>
                    <dt>{"Subject key id"}</dt><dd>{c.subject_key_id.as_deref().map_or_else(|| html! {"—"}, hex)}</dd>
                    <dt>{"Authority key id"}</dt><dd>{c.authority_key_id.as_deref().map_or_else(|| html! {"—"}, hex)}</dd>
                    <dt>{"SHA-256"}</dt><dd>{hex(&c.sha256)}</dd>
                    <dt>{"SHA-1"}</dt><dd>{hex(&c.sha1)}</dd>
                </dl>
            </details>
        </article>
    }
}

/// Every certificate's card, a slice per task (see `Sliced`); `key`
/// starts the slices again with each report.
pub fn certificate_cards(report: &Rc<Report>, key: &str) -> Html {
    let total = report.certificates.len();
    let report = report.clone();
    let item = Callback::from(move |index: usize| {
        report
            .certificates
            .get(index)
            .map_or_else(Html::default, |certificate| {
                certificate_card(&CertificateCardProps {
                    index,
                    certificate,
                    at: report.evaluated_at,
                    revocation: report.revocation_lines.get(index).map(Vec::as_slice),
                })
            })
    });
    html! { <Sliced key={key.to_string()} {total} {item} /> }
}
