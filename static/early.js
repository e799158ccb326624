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
  // The second what was given early is evaluated at: sent to the engine
  // with it, and taken once by the app (src/ui/services/clock.rs
  // `early_or_now`), so that its request asks for the analysis started.
  at: null,
  keep(files) {
    this.files.push(...files);
    // The warm-up stops at once (src/worker/main.rs `start`), and the
    // files are analysed as soon as the engine runs, before the app does
    // and asks (issue 27): `{ dropped }`, answered to the app's request
    // for the same files. Not a share link's page (the link is), nor over
    // 1 MiB (a file the app refuses would hold the engine for nothing).
    const engine = self.certscopeEngine;
    engine?.postMessage({ expect: true });
    const given = this.files.slice();
    this.at ??= Math.floor(Date.now() / 1000);
    if (engine && location.hash.length <= 1 && given.reduce((n, f) => n + f.size, 0) <= 1 << 20) {
      Promise.all(given.map((f) => f.arrayBuffer())).then((buffers) => {
        // The app took them, or a later drop sends them all.
        if (this.taken || this.files.length !== given.length) return;
        const dropped = given.map((f, i) => ({ name: f.name, bytes: new Uint8Array(buffers[i]), pasted: false }));
        engine.postMessage({ dropped, at: this.at }, buffers);
      }, () => {});
    }
    const status = document.getElementById('early-status');
    if (status) status.textContent = this.files.length + ' file(s) received: analysed as soon as the page has loaded…';
  },
};
// The last dragover's time, 0 once the drag has ended: boot.js does not
// replace the static page under a drag, whose drop would go to an element
// no longer in the document, and be lost.
certscopeEarly.dragging = 0;
addEventListener('dragover', (e) => {
  certscopeEarly.dragging = performance.now();
  if (!certscopeEarly.taken) e.preventDefault();
});
addEventListener('dragleave', (e) => { if (!e.relatedTarget) certscopeEarly.dragging = 0; });
addEventListener('drop', (e) => {
  certscopeEarly.dragging = 0;
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
// A share link: the engine decodes it and starts its analysis at once
// (no warm-up then), before the app runs and asks for the same (issue 27).
if (location.hash.length > 1) {
  certscopeEarly.at = Math.floor(Date.now() / 1000);
  self.certscopeEngine.postMessage({ opening: location.hash, now: certscopeEarly.at });
}
