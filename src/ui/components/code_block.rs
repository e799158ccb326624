//! A command or a configuration as one code block: monospace, one
//! background, scrolled sideways rather than wrapped, with a copy button
//! that copies the exact text. Shown with its control and bidi characters
//! spelled out (issue 13: a U+202E in a certificate URL must not make the
//! shown command differ from the copied one); line breaks stay breaks.

use super::copy_button::CopyButton;
use super::visible::{visible, visible_lines};
use yew::prelude::*;

/// The block for `text`; `label` says what its copy button copies, for
/// screen readers. A function, not a component: the page's first load has
/// a byte budget, and each component type costs more code than this does.
pub fn code_block(text: &str, label: String) -> Html {
    html! {
        <div class="command">
            // Focusable, so a keyboard can scroll a long block (axe:
            // scrollable-region-focusable).
            <pre tabindex="0"><code>{visible_lines(text)}</code></pre>
            <CopyButton text={AttrValue::from(text.to_string())} label={label} />
        </div>
    }
}

/// The first line of `text`, for a collapsed block's summary.
pub fn first_line(text: &str) -> Html {
    let line = text.lines().next().unwrap_or_default().to_string();
    html! { <code class="first-line">{visible(&line)}</code> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct ProbeProps {
        text: AttrValue,
    }

    #[component]
    fn Probe(props: &ProbeProps) -> Html {
        code_block(&props.text, "Copy".to_string())
    }

    #[test]
    fn one_block_keeps_line_breaks_and_shows_invisible_characters() {
        let text = "openssl s_client \\\n  -servername 'evil\u{202E}gnp.test'";
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<Probe>::with_props(ProbeProps {
                text: AttrValue::from(text),
            })
            .render(),
        );
        // Without SSR's component markers (<!--<[…]>-->).
        let html = html
            .split("<!--")
            .map(|part| part.split_once("-->").map_or(part, |(_, rest)| rest))
            .collect::<String>();
        assert_eq!(html.matches("<pre").count(), 1, "{html}");
        assert!(
            html.contains("\\\n  -servername"),
            "the break stays a break: {html}"
        );
    }
}
