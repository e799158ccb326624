//! Attacker-controlled text, rendered inert and with its invisible
//! characters shown. Yew escapes text nodes; this adds the visible `\u{…}`.

use certscope::inspect::text::{visible, visible_lines, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VisibleProps {
    pub text: AttrValue,
    /// Multi-line text (a command, a configuration): keep its line breaks.
    #[prop_or_default]
    pub lines: bool,
}

#[component]
pub fn Visible(props: &VisibleProps) -> Html {
    let segments = if props.lines {
        visible_lines(&props.text)
    } else {
        visible(&props.text)
    };
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => html! { {text} },
            Segment::Escaped(code) => html! {
                <span class="escaped" title="an invisible or control character in the certificate">{code}</span>
            },
        })
        .collect()
}
