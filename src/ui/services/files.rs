//! Reading dropped or chosen files into inputs.

use certscope::inspect::input::MAX_INPUT_BYTES;
use certscope::Input;

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
