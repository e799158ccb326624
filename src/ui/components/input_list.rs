//! Each input, what was found in it, and its errors next to it.

use super::sliced::Sliced;
use super::visible::visible;
use certscope::inspect::input::ObjectKind;
use certscope::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputListProps {
    pub report: Rc<Report>,
    /// How many of the report's inputs are files (the rest is the paste area).
    pub file_count: usize,
    pub on_remove: Callback<usize>,
}

/// The list; `key` starts its slices again with each report. A function,
/// not a component: a component type costs the first load about half a
/// kilobyte.
pub fn input_list(props: &InputListProps, key: String) -> Html {
    let report = &props.report;
    html! {
        <section {key} class="inputs" aria-label="Inputs">
        { for report.inputs.iter().enumerate().map(|(index, input)| {
            let remove = (index < props.file_count).then(|| {
                let on_remove = props.on_remove.clone();
                html! {
                    <button class="remove" type="button" aria-label={format!("Remove {}", input.name)}
                        onclick={move |_| on_remove.emit(index)}>{"Remove"}</button>
                }
            });
            html! {
                <article class="input-card" data-name={input.name.clone()}>
                    <header>
                        <h3>{visible(&input.name)}</h3>
                        <span class="size">{format!("{} bytes", input.size)}</span>
                        { for remove }
                    </header>
                    <ul class="objects">
                        <Sliced total={input.objects.len()} item={objects(report, index)} />
                    </ul>
                    { for (!input.errors.is_empty()).then(|| html! {
                        <ul class="input-errors" role="alert">
                        { for input.errors.iter().map(|e| html! {
                            <li class="input-error" data-code={e.code}>{visible(&e.message)}</li>
                        }) }
                        </ul>
                    }) }
                </article>
            }
        }) }
        </section>
    }
}

/// Renders object `i` of input `input` (for `Sliced`).
fn objects(report: &Rc<Report>, input: usize) -> Callback<usize, Html> {
    let report = report.clone();
    Callback::from(move |i: usize| {
        let Some(object) = report
            .inputs
            .get(input)
            .and_then(|input| input.objects.get(i))
        else {
            return Html::default();
        };
        let what = match (object.kind, object.certificate) {
            (ObjectKind::Certificate, Some(i)) => {
                let name = report
                    .certificates
                    .get(i)
                    .map_or("", |c| c.display_name())
                    .to_string();
                html! { <>{"certificate "}<a href={format!("#cert-{i}")}>{visible(&name)}</a></> }
            }
            (ObjectKind::Pkcs7, _) => {
                html! { {format!("PKCS#7 bundle with {} certificates", object.certificates.len())} }
            }
            (ObjectKind::PrivateKey, _) => html! {
                <strong class="private-key-warning">{"private key — not read, not kept. If it was ever pasted into an online tool, treat it as exposed."}</strong>
            },
            (kind, _) => html! { {kind.describe()} },
        };
        html! {
            <li class={classes!("object", format!("kind-{}", kind_class(object.kind)))}>
                <span class="location">{object.location.to_string()}</span>{" "}{what}
                { for object.note.iter().map(|n| html! { <span class="note">{" — "}{visible(n)}</span> }) }
            </li>
        }
    })
}

fn kind_class(kind: ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Certificate => "certificate",
        ObjectKind::OcspResponse => "ocsp-response",
        ObjectKind::OcspRequest => "ocsp-request",
        ObjectKind::Pkcs7 => "pkcs7",
        ObjectKind::Crl => "crl",
        ObjectKind::Csr => "csr",
        ObjectKind::PrivateKey => "private-key",
        ObjectKind::Unrecognized => "unrecognized",
    }
}
