// Starts the analysis engine (src/worker/main.rs) in this worker. The page's
// first message carries the integrity hash of the engine's wasm (from
// index.html, written by scripts/post-build.mjs); the wasm is fetched with
// it, so a file that does not match is refused, and the page is told.
importScripts('./certscope-worker.js');
self.onmessage = (event) => {
  // The engine sets its own handler once it runs.
  self.onmessage = null;
  const integrity = event.data && typeof event.data.integrity === 'string' ? event.data.integrity : '';
  wasm_bindgen({ module_or_path: fetch('./certscope-worker_bg.wasm', { integrity }) })
    .catch((error) => self.postMessage({ failed: 'the analysis engine could not load (' + error + ')' }));
};
