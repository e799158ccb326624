//! One staple (OCSP response).

use certscope::inspect::staple::Staple;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StapleCardProps {
    pub index: usize,
    pub staple: Staple,
    pub input_name: AttrValue,
}

#[component]
pub fn StapleCard(props: &StapleCardProps) -> Html {
    let s = &props.staple;
    let class = if s.response_status == "successful" {
        "ok"
    } else {
        "error"
    };
    html! {
        <article class="staple-card" id={format!("staple-{}", props.index)}>
            <header>
                <h3>{format!("Staple #{} from {}", props.index, props.input_name)}</h3>
                <span class={classes!("badge", class)}>{s.response_status.clone()}</span>
            </header>
        </article>
    }
}
