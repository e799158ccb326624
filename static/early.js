// The page's first script (a blocking one at the top of index.html, issue
// 27): it runs before the first paint, so from then on a file dropped
// anywhere on the window is kept for the app instead of being opened by the
// browser in the page's place. And it starts the engine, below. boot.js, an async module that may run much
// later, picks files with the static picker through keep() too, and hands
// everything over once the app has rendered (then `taken`, and the app's
// own drop zone takes drops). A drop the app already took (its handler
// prevented the default) is not kept twice.
self.certscopeEarly = {
  files: [],
  pastes: [],
  taken: false,
  keep(files) {
    this.files.push(...files);
    self.certscopeEngine?.postMessage({ expect: true });
    const status = document.getElementById('early-status');
    if (status) status.textContent = this.files.length + ' file(s) received: analysed as soon as the page has loaded…';
  },
};
addEventListener('dragover', (e) => { if (!certscopeEarly.taken) e.preventDefault(); });
addEventListener('drop', (e) => {
  if (certscopeEarly.taken || e.defaultPrevented) return;
  e.preventDefault();
  certscopeEarly.keep(e.dataTransfer?.files ?? []);
});
// The engine starts with the page: its worker, root stores and wasm load
// while the interface's wasm does, so an early drop waits less. The app
// adopts it (src/ui/services/analysis.rs) with what it said so far:
// `ready`, or anything else (a failure), after which it calls
// certscopeLaunch for a new one, as it does after a crash.
self.certscopeLaunch = () => {
  const engine = new Worker('./certscope-worker-loader.js');
  engine.onmessage = engine.onerror = (e) => { engine.said = e.data ?? 0; };
  return engine;
};
self.certscopeEngine = certscopeLaunch();
// A share link: its inputs will be asked for as soon as the app runs, and
// the engine's warm-up must not hold them (src/worker/main.rs `start`).
if (location.hash.length > 1) self.certscopeEngine.postMessage({ expect: true });
