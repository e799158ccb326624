//! Reading dropped or chosen files into inputs.

use certscope::inspect::input::MAX_INPUT_BYTES;
use certscope::Input;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;

/// Reads every file, in order, and hands the inputs to `done` in one batch.
/// A file too large to analyse is not read at all: it becomes an input whose
/// size alone tells the analysis to refuse it with a worded error.
pub fn read_all(files: Vec<gloo::file::File>, done: impl FnOnce(Vec<Input>) + 'static) {
    yew::platform::spawn_local(async move {
        let mut inputs = Vec::with_capacity(files.len());
        for file in files {
            let bytes = if usize::try_from(file.size()).map_or(true, |size| size > MAX_INPUT_BYTES)
            {
                oversized_marker(file.size())
            } else {
                match gloo::file::futures::read_as_bytes(&file).await {
                    Ok(bytes) => bytes,
                    Err(e) => format!("certscope could not read this file: {e}").into_bytes(),
                }
            };
            inputs.push(Input::new(file.name(), bytes));
        }
        done(inputs);
    });
}

fn oversized_marker(size: u64) -> Vec<u8> {
    format!(
        "certscope did not read this file: it is {size} bytes, more than the {} MB limit",
        MAX_INPUT_BYTES / (1024 * 1024)
    )
    .into_bytes()
}

/// Takes every drag and drop on the whole window, so a file dropped anywhere
/// (the margins beside the column too) is read by the page and never opened
/// by the browser in its place, which would lose the user's inputs.
/// `dragging` says when a drag is over the window; `dropped` gets the files.
pub fn on_window_drop(
    dragging: impl Fn(bool) + Clone + 'static,
    dropped: impl Fn(Vec<gloo::file::File>) + 'static,
) -> [EventListener; 4] {
    let window = gloo::utils::window();
    let take = EventListenerOptions::enable_prevent_default();
    let over = dragging.clone();
    let leave = dragging.clone();
    [
        EventListener::new_with_options(&window, "dragenter", take, |e| e.prevent_default()),
        EventListener::new_with_options(&window, "dragover", take, move |e| {
            e.prevent_default();
            over(true);
        }),
        EventListener::new(&window, "dragleave", move |e| {
            // Leaving one element for another fires dragleave too; only
            // leaving the window has no related target.
            if e.dyn_ref::<DragEvent>()
                .is_some_and(|d| d.related_target().is_none())
            {
                leave(false);
            }
        }),
        EventListener::new_with_options(&window, "drop", take, move |e| {
            e.prevent_default();
            dragging(false);
            if let Some(list) = e
                .dyn_ref::<DragEvent>()
                .and_then(|d| d.data_transfer())
                .and_then(|t| t.files())
            {
                dropped(gloo::file::FileList::from(list).iter().cloned().collect());
            }
        }),
    ]
}
