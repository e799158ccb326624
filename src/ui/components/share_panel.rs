//! The share link: copy it, pin the evaluation time, see how long it is.

use super::visible::visible;
use crate::state::Link;
use certscope::inspect::share::{MAX_LENGTH, WARN_LENGTH};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the panel shows. A function's argument, not a component's props:
/// its callbacks are new at every render anyway, and each component type
/// costs first-load bytes.
pub struct SharePanelProps<'a> {
    pub link: &'a Link,
    /// The link's full length (address + `#` + fragment).
    pub length: usize,
    pub pin_time: bool,
    pub on_pin: Callback<bool>,
    pub on_copy: Callback<()>,
    /// "Copied" / "Copy failed" after a click.
    pub copy_status: Option<AttrValue>,
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The panel.
pub fn share_panel(props: SharePanelProps) -> Html {
    let on_pin = {
        let on_pin = props.on_pin.clone();
        Callback::from(move |e: Event| {
            on_pin.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let copy = props.on_copy.reform(|_| ());
    let status = match props.link.too_large {
        Some(size) => html! {
            <p class="link-too-large" role="status">
                {format!("The inputs are too large for a link ({} bytes; a link holds at most {} characters), so the address bar holds none of them. Share the files instead.", thousands(size), thousands(MAX_LENGTH))}
            </p>
        },
        None => html! {
            <>
                <span id="link-length">{format!("Link: {} characters", thousands(props.length))}</span>
                { for (!props.link.left_out.is_empty()).then(|| html! {
                    <p class="link-left-out" role="status">
                        {"Left out of the link, too large for one: "}
                        { for props.link.left_out.iter().enumerate().map(|(i, name)| html! {
                            <>{ if i > 0 { ", " } else { "" } }<code>{visible(name)}</code></>
                        }) }
                        {". The link carries the other inputs; send these files separately."}
                    </p>
                }) }
                { for (props.length > WARN_LENGTH).then(|| html! {
                    <p class="link-warning" role="status">{"Some chat tools and ticket systems cut links longer than about 8,000 characters: check that the receiver gets all of it."}</p>
                }) }
            </>
        },
    };
    html! {
        <section class="share" aria-label="Share">
            <button id="copy-link" type="button" onclick={copy} disabled={props.link.fragment.is_empty()}>{"Copy share link"}</button>
            <label class="pin">
                <input id="pin-time" type="checkbox" checked={props.pin_time} onchange={on_pin} />
                {" Pin the evaluation time in the link"}
            </label>
            {status}
            { for props.copy_status.iter().map(|s| html! { <span class="copy-status" role="status">{s.clone()}</span> }) }
            <p class="help">{"The link carries your inputs in its #fragment, which browsers never send to a server. Private keys are never included."}</p>
        </section>
    }
}
