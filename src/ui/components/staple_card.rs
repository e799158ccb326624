//! One staple (OCSP response): its status, its times against the evaluation
//! time, which certificate it is for, who signed it, and what nginx and
//! HAProxy would do with it.

use super::visible::visible;
use certscope::inspect::staple::{
    CertStatus, Freshness, Outcome, Responder, ServerVerdict, Signer, SingleResponse,
};
use certscope::{Report, Timestamp};
use yew::prelude::*;

fn time_row(label: &str, t: Option<Timestamp>, at: Timestamp, missing: &str) -> Html {
    html! {
        <>
            <dt>{label.to_string()}</dt>
            <dd>{ match t {
                Some(t) => html! { <><time datetime={t.rfc3339()}>{t.rfc3339()}</time>{format!(" ({})", t.relative_to(at))}</> },
                None => html! { <span class="none">{missing.to_string()}</span> },
            } }</dd>
        </>
    }
}

fn freshness_badge(f: Option<Freshness>) -> Html {
    let (word, class) = match f {
        Some(Freshness::Fresh) => ("fresh", "ok"),
        Some(Freshness::Expiring) => ("expiring soon", "warning"),
        Some(Freshness::Stale) => ("stale", "error"),
        Some(Freshness::NotYetValid) => ("not yet valid", "error"),
        Some(Freshness::NoNextUpdate) => ("no next update", "warning"),
        Some(Freshness::NextBeforeThis) => ("next update before this update", "error"),
        None => return html! {},
    };
    html! { <span class={classes!("badge", "freshness", class)} data-freshness={f.map(Freshness::word)}>{word}</span> }
}

fn response(r: &SingleResponse, report: &Report, at: Timestamp) -> Html {
    let (status, class) = match r.cert_status {
        CertStatus::Good => ("good", "ok"),
        CertStatus::Revoked => ("revoked", "error"),
        CertStatus::Unknown => ("unknown", "warning"),
    };
    let for_cert = match r
        .certificate
        .and_then(|i| report.certificates.get(i).map(|c| (i, c)))
    {
        Some((i, c)) => {
            html! { <a class="staple-for" href={format!("#cert-{i}")}>{visible(c.display_name())}</a> }
        }
        None => {
            html! { <span class="staple-for none">{format!("serial {}: none of the certificates given (nginx logs \"certificate status not found in the OCSP response\")", r.serial)}</span> }
        }
    };
    let stale_words = match (r.freshness, r.next_update) {
        (Some(Freshness::Stale), Some(next)) => Some(format!(
            "Next Update was {}; {}.",
            next.relative_to(at),
            certscope::inspect::freshness::STALE_STAPLE
        )),
        _ => None,
    };
    html! {
        <div class="single-response">
            <p>
                <span class={classes!("badge", class)} data-cert-status={status}>{status}</span>{" "}
                {freshness_badge(r.freshness)}{" for "}{for_cert}
            </p>
            { for stale_words.map(|w| html! { <p class="stale-explained">{w}</p> }) }
            <dl>
                {time_row("This Update", Some(r.this_update), at, "")}
                {time_row("Next Update", r.next_update, at, "none: the responder gives no expiry (HAProxy refuses such a file)")}
                { for r.revocation_time.map(|t| time_row("Revoked", Some(t), at, "")) }
                { for r.revocation_reason.iter().map(|reason| html! { <><dt>{"Reason"}</dt><dd>{reason.clone()}</dd></> }) }
            </dl>
            // Four hashes in a narrow column: folded (issue 28).
            <details class="more">
                <summary>{"CertID"}</summary>
                <code>{format!("{} · serial {} · name hash {} · key hash {}", r.hash_algorithm, r.serial, r.issuer_name_hash, r.issuer_key_hash)}</code>
            </details>
        </div>
    }
}

/// What each server does with the staple, one line each: the outcome, the
/// server, the message's first sentence; the rest, the versions and the
/// log line behind the fold (issue 28: as a table it took most of the page).
fn server_verdicts(verdicts: &[ServerVerdict], fresh: bool) -> Html {
    if verdicts.is_empty() {
        return html! {};
    }
    let verdict = |v: &ServerVerdict| {
        let (word, class) = match v.outcome {
            Outcome::Staples if fresh => ("staples it", "ok"),
            Outcome::Staples => ("staples it anyway", "warning"),
            Outcome::DoesNotStaple => ("does not staple it", "error"),
            Outcome::CannotTell => ("cannot tell", "warning"),
        };
        // The first sentence (one line, cut with "…" by the stylesheet on
        // wide screens): a clause cut at its colon read as left hanging.
        let cut = certscope::inspect::text::first_sentence_end(&v.message);
        let (first, rest) = v.message.split_at(cut);
        html! {
            <li>
                <details>
                    <summary><span class={classes!("badge", class)}>{word}</span>{" "}<strong>{v.server}</strong>{" "}{visible(first)}</summary>
                    <p>{visible(rest)}</p>
                    { for v.log.iter().map(|l| html! { <p><code class="log">{l.clone()}</code></p> }) }
                    <p class="versions">{visible(&v.versions)}</p>
                </details>
            </li>
        }
    };
    html! {
        <section class="server-verdicts">
            <h4>{"What each server does with this staple"}</h4>
            <ul>{ for verdicts.iter().map(verdict) }</ul>
        </section>
    }
}

/// Staple `index`'s card. A function, not a component: a component type
/// costs the first load about half a kilobyte.
pub fn staple_card(index: usize, report: &Report) -> Html {
    let Some(s) = report.staples.get(index) else {
        return html! {};
    };
    let at = report.evaluated_at;
    let ok = s.response_status == "successful";
    // nginx staples a file staple whatever its age: say "staples it", but not in green.
    let fresh = s
        .responses
        .iter()
        .all(|r| matches!(r.freshness, Some(Freshness::Fresh | Freshness::Expiring)));
    let input_name = report
        .inputs
        .get(s.input)
        .map(|i| i.name.clone())
        .unwrap_or_default();
    let responder = match &s.responder {
        Some(Responder::Name(name)) => html! { <>{"by name: "}{visible(name)}</> },
        Some(Responder::KeyHash(hash)) => {
            html! { <>{"by key hash: "}<code>{hash.clone()}</code></> }
        }
        None => html! { <span class="none">{"—"}</span> },
    };
    let (signer, signer_class) = match (s.signature.signer, s.signature.valid) {
        (_, Some(false)) => ("signature does not verify", "error"),
        (Signer::Issuer, Some(true)) => ("signed by the issuer", "ok"),
        (Signer::Delegated, Some(true)) => ("signed by a delegated responder", "ok"),
        (Signer::Unauthorized, _) => ("signed by a certificate not authorised for it", "error"),
        (_, None) => ("signature not checked", "warning"),
        (Signer::Unknown, _) => ("signer unknown", "warning"),
    };
    html! {
        <article class="staple-card" id={format!("staple-{index}")}>
            <header>
                <h3>{"Staple "}{visible(&input_name)}</h3>
                <span class={classes!("badge", if ok { "ok" } else { "error" })} data-response-status={s.response_status.clone()}>{s.response_status.clone()}</span>
                <span class="help">{if s.source == "text" { "read from OpenSSL's text output" } else { "DER" }}</span>
            </header>
            { for s.responses.iter().map(|r| response(r, report, at)) }
            // The signature's verdict shown, who and when behind the fold.
            <details class="more">
                <summary>{"Signature "}<span class={classes!("badge", signer_class)} data-signer={match s.signature.signer { Signer::Issuer => "issuer", Signer::Delegated => "delegated", Signer::Unauthorized => "unauthorized", Signer::Unknown => "unknown" }}>{signer}</span></summary>
                <dl>
                    {time_row("Produced At", s.produced_at, at, "—")}
                    <dt>{"Responder"}</dt><dd>{responder}</dd>
                    <dt>{"Signature"}</dt><dd>{visible(&s.signature.detail)}</dd>
                </dl>
            </details>
            {server_verdicts(&s.server_verdicts, fresh)}
            { for s.notes.iter().map(|n| html! { <p class="note">{visible(n)}</p> }) }
        </article>
    }
}
