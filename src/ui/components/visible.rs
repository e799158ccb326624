//! Attacker-controlled text, rendered inert and with its invisible
//! characters shown. Yew escapes text nodes; this adds the visible `\u{…}`.

use certscope::inspect::text::{visible, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VisibleProps {
    pub text: AttrValue,
}

#[component]
pub fn Visible(props: &VisibleProps) -> Html {
    visible(&props.text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => html! { {text} },
            Segment::Escaped(code) => html! {
                <span class="escaped" title="an invisible or control character in the certificate">{code}</span>
            },
        })
        .collect()
}
