//! A long list rendered a slice per task, so no single render of a huge
//! report holds the main thread for long (issue 7: under 200 ms while a
//! 10 MB paste is analysed).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many items one render adds. A certificate card is about a hundred
/// elements: a hundred of them made in one go held the main thread for over
/// 100 ms; eight keep each task short and still show a whole chain in the
/// first.
pub const SLICE: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SlicedProps {
    pub total: usize,
    /// Renders item `i`.
    pub item: Callback<usize, Html>,
}

/// Items `0..total`, the first `SLICE` at once and the next slice in each
/// following task. Give it a `key` that changes with the data, so new data
/// starts again from the first slice.
#[component]
pub fn Sliced(props: &SlicedProps) -> Html {
    let shown = use_state(|| SLICE);
    {
        let shown = shown.clone();
        use_effect_with((*shown, props.total), move |&(count, total)| {
            let next = (count < total)
                .then(|| Timeout::new(0, move || shown.set(count.saturating_add(SLICE))));
            move || drop(next)
        });
    }
    let count = props.total.min(*shown);
    html! { { for (0..count).map(|i| props.item.emit(i)) } }
}
