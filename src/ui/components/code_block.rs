//! A command or a configuration as one code block: monospace, one
//! background, scrolled sideways rather than wrapped, with a copy button
//! that copies the exact text. Invisible characters show as `\u{…}` (a
//! host name typed into the page may hold any), line breaks stay breaks.

use super::copy_button::CopyButton;
use super::visible::Visible;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodeBlockProps {
    pub text: AttrValue,
    /// What the copy button copies, for screen readers.
    pub label: AttrValue,
}

#[component]
pub fn CodeBlock(props: &CodeBlockProps) -> Html {
    let lines = props.text.split('\n').enumerate().map(|(n, line)| {
        html! { <>{if n == 0 { "" } else { "\n" }}<Visible text={AttrValue::from(line.to_string())} /></> }
    });
    html! {
        <div class="command">
            // Focusable, so a keyboard can scroll a long block (axe:
            // scrollable-region-focusable).
            <pre tabindex="0"><code>{ for lines }</code></pre>
            <CopyButton text={props.text.clone()} label={props.label.clone()} />
        </div>
    }
}

/// The first line of `text`, for a collapsed block's summary.
pub fn first_line(text: &str) -> Html {
    let line = text.lines().next().unwrap_or_default().to_string();
    html! { <code class="first-line"><Visible text={line} /></code> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_block_keeps_line_breaks_and_shows_invisible_characters() {
        let text = "openssl s_client \\\n  -servername 'evil\u{202E}gnp.test'";
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<CodeBlock>::with_props(CodeBlockProps {
                text: AttrValue::from(text),
                label: AttrValue::from("Copy"),
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
        assert!(
            html.contains(r#"class="escaped""#) && html.contains("\\u{202E}"),
            "{html}"
        );
    }
}
