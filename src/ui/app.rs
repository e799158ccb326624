//! The page: inputs on the left, the report on the right (one column on a
//! narrow screen), the answer first; files dropped anywhere on the window.

use crate::components::certificate_card::CertificateCards;
use crate::components::chain_view::ChainView;
use crate::components::commands_panel::CommandsPanel;
use crate::components::examples_menu::ExamplesMenu;
use crate::components::findings::Findings;
use crate::components::input_list::InputList;
use crate::components::input_panel::InputPanel;
use crate::components::share_panel::SharePanel;
use crate::components::sliced::Sliced;
use crate::components::staple_card::StapleCard;
use crate::components::timeline::Timeline;
use crate::components::toolbar::Toolbar;
use crate::services;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A fixed "now" for native rendering tests; the browser reads its clock.
    #[prop_or_default]
    pub now: Option<certscope::Timestamp>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.now;
    let state = use_reducer(move || State::new(start.unwrap_or_else(services::clock::now)));
    let dragging = use_state(|| false);
    let copy_status = use_state(|| None::<AttrValue>);
    // The last fragment this page wrote or read: a navigation to it is our
    // own echo, not a new link (asn1js guards its hash the same way).
    let last_fragment = use_mut_ref(String::new);

    // Open the link the page was loaded with, and follow back/forward.
    {
        let state = state.clone();
        let last_fragment = last_fragment.clone();
        use_effect_with((), move |()| {
            let open = move |fragment: String| {
                if *last_fragment.borrow() == fragment {
                    return;
                }
                *last_fragment.borrow_mut() = fragment.clone();
                state.dispatch(Action::Tick(services::clock::now()));
                if fragment.is_empty() {
                    state.dispatch(Action::Load(Default::default()));
                    return;
                }
                // The engine decodes the link: the inflater stays out of the
                // page's first load.
                let replies = state.dispatcher();
                let loads = state.dispatcher();
                let sent = services::analysis::decode(
                    &fragment,
                    move |reply| {
                        replies.dispatch(match reply {
                            Ok((id, answer)) => Action::ReportReady(id, answer),
                            Err(why) => Action::EngineError(why),
                        });
                    },
                    move |decoded| {
                        loads.dispatch(match decoded {
                            Ok(shared) => Action::Load(shared),
                            Err(e) => Action::LinkError(e),
                        });
                    },
                );
                if let Err(e) = sent {
                    state.dispatch(Action::LinkError(e));
                }
            };
            // Effects run only in the browser (never in native SSR tests).
            open(services::location::fragment());
            let listeners = services::location::on_navigate(open);
            move || drop(listeners)
        });
    }
    // Keep the fragment equal to the current inputs.
    {
        let last_fragment = last_fragment.clone();
        let push = state.push_history;
        let has_error = state.link_error.is_some();
        use_effect_with(state.link.fragment.clone(), move |fragment| {
            // A damaged link stays in the address bar until the inputs change,
            // so the user can see what was opened.
            if *last_fragment.borrow() != *fragment && !(has_error && fragment.is_empty()) {
                *last_fragment.borrow_mut() = fragment.clone();
                services::location::write(fragment, push);
            }
        });
    }
    // Send every change to the analysis engine (a Web Worker).
    {
        let dispatcher = state.dispatcher();
        let current = state.clone();
        use_effect_with(state.generation, move |&generation| {
            if current.pending() {
                let replies = dispatcher.clone();
                let sent = services::analysis::request(
                    generation,
                    &current.inputs(),
                    current.link_at(),
                    current.evaluated_at(),
                    &current.options(),
                    move |reply| {
                        replies.dispatch(match reply {
                            Ok((id, answer)) => Action::ReportReady(id, answer),
                            Err(why) => Action::EngineError(why),
                        });
                    },
                );
                if let Err(e) = sent {
                    dispatcher.dispatch(Action::EngineError(e));
                }
            }
        });
    }
    let on_host = {
        let state = state.clone();
        Callback::from(move |host| state.dispatch(Action::SetHost(host)))
    };
    let on_log_line = {
        let state = state.clone();
        Callback::from(move |line| state.dispatch(Action::SetLogLine(line)))
    };
    let on_pin = {
        let state = state.clone();
        Callback::from(move |pin| state.dispatch(Action::SetPinTime(pin)))
    };
    let on_copy = {
        let copy_status = copy_status.clone();
        Callback::from(move |()| {
            let copy_status = copy_status.clone();
            services::clipboard::copy(services::location::href(), move |ok| {
                copy_status.set(Some(
                    if ok {
                        "Copied"
                    } else {
                        "Copy failed: select the address bar and copy it"
                    }
                    .into(),
                ));
            });
        })
    };
    let dismiss_link_error = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissLinkError))
    };
    #[cfg(target_arch = "wasm32")]
    let link_length = services::location::base().len() + 1 + state.link.fragment.len();
    #[cfg(not(target_arch = "wasm32"))]
    let link_length = state.link.fragment.len() + 1;

    let on_files = {
        let state = state.clone();
        Callback::from(move |files: Vec<gloo::file::File>| {
            let state = state.clone();
            services::files::read_all(files, move |inputs| {
                state.dispatch(Action::Tick(services::clock::now()));
                state.dispatch(Action::AddFiles(inputs));
            });
        })
    };
    let on_paste = {
        let state = state.clone();
        Callback::from(move |text: String| {
            state.dispatch(Action::Tick(services::clock::now()));
            state.dispatch(Action::SetPaste(text));
        })
    };
    let on_large_paste = {
        let state = state.clone();
        Callback::from(move |text: Vec<u8>| {
            state.dispatch(Action::Tick(services::clock::now()));
            state.dispatch(Action::AddLargePaste(text));
        })
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |index: usize| state.dispatch(Action::RemoveFile(index)))
    };
    let on_at = {
        let state = state.clone();
        Callback::from(move |at| {
            state.dispatch(Action::Tick(services::clock::now()));
            state.dispatch(Action::SetAt(at));
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Clear))
    };
    let on_download = {
        let state = state.clone();
        Callback::from(move |()| {
            // The engine's own JSON, byte for byte what `certscope inspect
            // --json` prints; the page never serialises a report itself.
            if let Err(e) = services::download::save_parts(
                "certscope-report.json",
                "application/json",
                &state.report_json.js(),
            ) {
                gloo::console::error!("download failed", e);
            }
        })
    };

    // Drops are taken by .app, which spans the whole window (the column
    // is inside it): a file dropped in the margins would otherwise replace
    // the page (issue 18).
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving to a child element fires dragleave too; only the page's
            // edge (no related target) ends the drag.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_files = on_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|dt| dt.files()) {
                on_files.emit(gloo::file::FileList::from(list).iter().cloned().collect());
            }
        })
    };

    let report = state.report.clone();
    // The lists that render a slice per task start again with each report.
    let report_key = state.analysed.to_string();
    let at = report.evaluated_at;
    let has_inputs = !report.inputs.is_empty();
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}
            {ondragover} ondragenter={Callback::from(|e: DragEvent| e.prevent_default())} {ondragleave} {ondrop}>
            <header class="masthead">
                <div>
                    <h1>{"certscope"}</h1>
                    <p>{"Certificate chains and OCSP staples, inspected in your browser. Nothing you add leaves this page."}</p>
                </div>
                <label class="theme">{"Theme "}
                    <select id="theme" onchange={Callback::from(|e: Event| services::theme::set(&e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))}>
                        <option value="auto" selected=true>{"System"}</option>
                        <option value="light">{"Light"}</option>
                        <option value="dark">{"Dark"}</option>
                    </select>
                </label>
            </header>
            <main>
                <div class="workbench">
                    { for state.link_error.iter().map(|message| html! {
                        <div class="link-error" role="alert">
                            <p><strong>{"This link could not be opened: "}</strong>{message.clone()}{". The page still works: add inputs below."}</p>
                            <button type="button" onclick={dismiss_link_error.clone()}>{"Dismiss"}</button>
                        </div>
                    }) }
                    <ExamplesMenu />
                    <InputPanel paste={state.paste.clone()} {on_paste} {on_large_paste} {on_files} />
                    <Toolbar at={state.at} evaluated_at={at} {on_at} {on_download} {on_clear} {has_inputs} />
                    <p class="analysis-status" role="status" aria-live="polite">
                        { if state.pending() { "Analysing…" } else { "" } }
                    </p>
                    { for state.engine_error.iter().map(|e| html! { <p class="input-error" role="alert">{e.clone()}</p> }) }
                    if has_inputs {
                        <SharePanel link={state.link.clone()} length={link_length} pin_time={state.pin_time} {on_pin} {on_copy} copy_status={(*copy_status).clone()} />
                        <InputList key={report_key.clone()} report={report.clone()} file_count={state.files.len()} {on_remove} />
                    }
                </div>
                // The answer first: the verdict, then the staple and the chain
                // (side by side when there is room), then the details.
                <div class="report">
                if has_inputs {
                    <p class={classes!("summary", crate::components::findings::severity_word(report.summary.severity))} role="status">
                        <crate::components::visible::Visible text={report.summary.headline.clone()} />
                    </p>
                    { for state.view_note.iter().map(|n| html! { <p class="view-note" role="status">{n.clone()}</p> }) }
                    <div class="answer">
                    if !report.staples.is_empty() {
                        <section class="staples" aria-label="Staples">
                            <h2>{format!("Staples ({})", report.staples.len())}</h2>
                            { for (0..report.staples.len()).map(|index| html! { <StapleCard {index} report={report.clone()} /> }) }
                        </section>
                    }
                    if !report.chains.is_empty() {
                        <section class="chains" aria-label="Chains">
                            <h2>{if report.chains.len() == 1 { "Chain".to_string() } else { format!("Chains ({})", report.chains.len()) }}</h2>
                            <Sliced key={report_key.clone()} total={report.chains.len()} item={
                                let report = report.clone();
                                Callback::from(move |index| html! { <ChainView {index} report={report.clone()} /> })
                            } />
                        </section>
                    }
                    </div>
                    <crate::components::crl_card::CrlCards report={report.clone()} />
                    <Findings key={report_key.clone()} report={report.clone()} />
                    if !report.certificates.is_empty() {
                        <CommandsPanel report={report.clone()} host={AttrValue::from(state.host.clone())} {on_host}
                            log_line={AttrValue::from(state.log_line.clone())} {on_log_line} />
                    }
                    <Timeline report={report.clone()} />
                    if !report.certificates.is_empty() {
                        <section class="certificates" aria-label="Certificates">
                            <h2>{format!("Certificates ({})", report.certificates.len())}</h2>
                            <CertificateCards key={report_key.clone()} report={report.clone()} />
                        </section>
                    }
                } else {
                    <section class="empty">
                        <h2>{"Start by adding a chain"}</h2>
                        <p>{"Paste the output of "}<code>{"openssl s_client -connect example.com:443 -showcerts </dev/null"}</code>
                           {", or drop your fullchain.pem, a .p7b bundle, or an OCSP staple file (nginx ssl_stapling_file, HAProxy .ocsp)."}</p>
                    </section>
                }
                </div>
            </main>
            <div class="drop-overlay" aria-hidden="true">{"Drop files to inspect them"}</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_empty_page() {
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(AppProps {
                now: Some(certscope::Timestamp(1_795_395_600)),
            })
            .render(),
        );
        assert!(html.contains("Start by adding a chain"), "{html}");
        assert!(html.contains("id=\"paste\""));
        assert!(html.contains("2026-11-23T01:00:00"));
    }
}
