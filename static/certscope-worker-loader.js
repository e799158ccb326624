// Starts the analysis engine (src/worker/main.rs) in this worker. The
// engine's wasm is fetched with its integrity hash, which
// scripts/post-build.mjs writes into this file at build time (ENGINE_SRI
// below), so a wasm that does not match is refused and the page is told.
// Everything is fetched at once, side by side (issue 27: the engine starts
// with the page, and an early drop waits for it): the wasm, the root stores
// (roots.der: Mozilla's; programs.bin: the other programs'), whose SHA-256
// the engine checks itself before it uses them, and then the wasm-bindgen
// glue. The engine answers nothing until all of it is in.
const data = (file, init) => {
  const bytes = fetch('./' + file, init).then((response) => {
    if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
    return response;
  });
  // A failure is reported when the file is used.
  bytes.catch(() => {});
  return bytes;
};
const wasm = data('certscope-worker_bg.wasm', { integrity: 'ENGINE_SRI' });
self.certscopeRoots = data('roots.der').then((r) => r.arrayBuffer());
self.certscopePrograms = data('programs.bin').then((r) => r.arrayBuffer());
self.certscopeRoots.catch(() => {});
self.certscopePrograms.catch(() => {});
// The warm-up's input (src/worker/main.rs `warm_up`), asked for only once
// the engine is ready and idle: the first of the page's examples, each a
// share link's fragment (a chain and a staple).
self.certscopeWarmUp = () => fetch('./examples.json').then((r) => r.json()).then((list) => list[0].link);
// After the fetches are under way: importScripts waits for its script.
importScripts('./certscope-worker.js');
wasm_bindgen({ module_or_path: wasm })
  .catch((error) => self.postMessage({ failed: 'the analysis engine could not load (' + error + ')' }));
