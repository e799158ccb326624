// Starts the analysis engine (src/worker/main.rs) in this worker. The page's
// first message carries the integrity hash of the engine's wasm (from
// index.html, written by scripts/post-build.mjs); the wasm is fetched with
// it, so a file that does not match is refused, and the page is told.
// The root store (roots.der) is fetched at once, beside the wasm; the engine
// checks its SHA-256 itself before it uses it, and answers nothing until then.
importScripts('./certscope-worker.js');
self.certscopeRoots = fetch('./roots.der').then((response) => {
  if (!response.ok) throw new Error('roots.der: HTTP ' + response.status);
  return response.arrayBuffer();
});
// A failure is reported by the engine when it asks for the roots.
self.certscopeRoots.catch(() => {});
self.onmessage = (event) => {
  // The engine sets its own handler once it runs.
  self.onmessage = null;
  const integrity = event.data && typeof event.data.integrity === 'string' ? event.data.integrity : '';
  wasm_bindgen({ module_or_path: fetch('./certscope-worker_bg.wasm', { integrity }) })
    .catch((error) => self.postMessage({ failed: 'the analysis engine could not load (' + error + ')' }));
};
