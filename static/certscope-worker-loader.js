// Starts the analysis engine (src/worker/main.rs) in this worker. The page's
// first message carries the integrity hash of the engine's wasm (from
// index.html, written by scripts/post-build.mjs); the wasm is fetched with
// it, so a file that does not match is refused, and the page is told.
// The root stores (roots.der: Mozilla's; programs.bin: the other programs')
// are fetched at once, beside the wasm; the engine checks their SHA-256
// itself before it uses them, and answers nothing until then.
importScripts('./certscope-worker.js');
const data = (file) => {
  const bytes = fetch('./' + file).then((response) => {
    if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
    return response.arrayBuffer();
  });
  // A failure is reported by the engine when it asks for the file.
  bytes.catch(() => {});
  return bytes;
};
self.certscopeRoots = data('roots.der');
self.certscopePrograms = data('programs.bin');
self.onmessage = (event) => {
  // The engine sets its own handler once it runs.
  self.onmessage = null;
  const integrity = event.data && typeof event.data.integrity === 'string' ? event.data.integrity : '';
  wasm_bindgen({ module_or_path: fetch('./certscope-worker_bg.wasm', { integrity }) })
    .catch((error) => self.postMessage({ failed: 'the analysis engine could not load (' + error + ')' }));
};
