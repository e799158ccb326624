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
// A store file and its SHA-256, hashed here by WebCrypto (native, while
// the wasm compiles; in the wasm it cost ~10 ms of a cold start, issue 27):
// the engine compares it with the hash it was built with. Without
// WebCrypto (not a secure context) the hash is null, and the engine
// computes it.
const hashed = (file) => data(file)
  .then((r) => r.arrayBuffer())
  .then((bytes) => Promise.resolve(self.crypto?.subtle?.digest('SHA-256', bytes) ?? null)
    .then((sha) => [bytes, sha], () => [bytes, null]));
self.certscopeRoots = hashed('roots.der');
// programs.bin is zlib: inflated here too, natively (DecompressionStream's
// "deflate" is zlib), beside its hash; null if the browser cannot, and the
// engine inflates it.
const inflated = (bytes) => new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')))
  .arrayBuffer()
  .catch(() => null);
self.certscopePrograms = hashed('programs.bin')
  .then(([bytes, sha]) => (self.DecompressionStream ? inflated(bytes) : Promise.resolve(null))
    .then((table) => [bytes, sha, table]));
self.certscopeRoots.catch(() => {});
self.certscopePrograms.catch(() => {});
// The warm-up's input (src/worker/main.rs `warm_up`), asked for only once
// the engine is ready and idle: the first of the page's examples, each a
// share link's fragment (a chain and a staple).
self.certscopeWarmUp = () => fetch('./examples.json').then((r) => r.json()).then((list) => list[0].link);
// A share link's payload compressed to zlib by the browser
// (CompressionStream's "deflate" is RFC 1950's zlib), so that the engine
// carries no compressor of its own (issue 27). A promise of the bytes.
self.certscopeDeflate = (bytes) =>
  new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate')))
    .arrayBuffer()
    .then((compressed) => new Uint8Array(compressed));
// What the page sends before the engine listens is kept here, and the
// engine answers it once it does (src/worker/main.rs `listen`): the page
// need not wait for `ready` to send, and its request is not held up by a
// busy main thread when `ready` comes (issue 27). Among it may be
// `{ expect }` (static/early.js: an input arrived while the page loads),
// after which the engine skips its warm-up.
self.certscopeQueue = [];
self.onmessage = (e) => self.certscopeQueue?.push(e.data);
// After the fetches are under way: importScripts waits for its script.
importScripts('./certscope-worker.js');
wasm_bindgen({ module_or_path: wasm })
  .catch((error) => self.postMessage({ failed: 'the analysis engine could not load (' + error + ')' }));
// The signature arithmetic (certscope-arith, src/arith/main.rs), in a
// worker of its own started only when the engine asks: for the checks
// WebCrypto did not prove valid (issue 27). `certscopeArith(checks)` is a
// promise of their verdicts; it fails if that worker cannot load.
let arith = null;
let asked = 0;
const answers = new Map();
self.certscopeArith = (checks) => {
  arith ??= new Promise((ready, fail) => {
    const worker = new Worker('./certscope-arith-loader.js');
    const failed = (why) => {
      arith = null;
      answers.forEach(([, no]) => no(new Error(why)));
      answers.clear();
      fail(new Error(why));
    };
    worker.onerror = (e) => failed(e.message || 'it did not start');
    worker.onmessage = (e) => {
      const data = e.data ?? {};
      if (data.ready) ready(worker);
      else if (data.failed) failed(data.failed);
      else {
        const [yes] = answers.get(data.id) ?? [];
        answers.delete(data.id);
        yes?.(data.verdicts ?? []);
      }
    };
  });
  const id = ++asked;
  return arith.then((worker) => new Promise((yes, no) => {
    answers.set(id, [yes, no]);
    worker.postMessage({ id, checks });
  }));
};
