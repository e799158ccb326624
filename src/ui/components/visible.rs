//! Attacker-controlled text, rendered inert and with its invisible
//! characters shown. Yew escapes text nodes; this adds the visible `\u{…}`.
//!
//! Functions, not a component: a report shows dozens of texts, and a
//! component each cost render time and first-load bytes (issue 16).

use certscope::inspect::text::{self, is_suspicious, Segment};
use yew::prelude::*;

/// One line of text (a name, a URL, a note).
pub fn visible(text: &str) -> Html {
    shown(text, false)
}

/// A distinguished name, as [`visible`], with a line break allowed after
/// each comma between two of its parts (`<wbr>`, which copies as nothing):
/// a long name breaks between them, not inside a word (issue 28; RFC 4514's
/// `\,` is a comma inside a value).
pub fn visible_dn(dn: &str) -> Html {
    let mut escaped = false;
    let parts = dn.split_inclusive(move |c| {
        let cut = c == ',' && !escaped;
        escaped = c == '\\' && !escaped;
        cut
    });
    parts
        .map(|part| html! { <>{visible(part)}<wbr/></> })
        .collect()
}

/// Multi-line text (a command, a configuration): its line breaks stay breaks.
pub fn visible_lines(text: &str) -> Html {
    shown(text, true)
}

fn shown(plain: &str, lines: bool) -> Html {
    // Most text has nothing to spell out: then it is one text node.
    if !plain
        .chars()
        .any(|c| is_suspicious(c) && !(lines && c == '\n'))
    {
        return html! { {plain.to_string()} };
    }
    let segments = if lines {
        text::visible_lines(plain)
    } else {
        text::visible(plain)
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
