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
// Each root's SHA-256 too, 32 bytes each in the file's order (null if the
// file does not split into DER SEQUENCEs, or without WebCrypto): the
// programs' table names Mozilla's roots by it, and hashing the 150 roots in
// the wasm cost a first analysis ~5 ms and had V8 optimise SHA-256 on the
// side (issue 27). The engine takes them only one per root
// (src/inspect/trust.rs `root_hashes`), from the file it checked whole.
const eachRoot = (buffer) => {
  const bytes = new Uint8Array(buffer);
  const roots = [];
  for (let at = 0; at < bytes.length;) {
    const first = bytes[at + 1];
    const long = first & 0x80 ? first & 0x7f : 0;
    let length = long ? 0 : first;
    for (let k = 0; k < long; k++) length = length * 256 + bytes[at + 2 + k];
    const end = at + 2 + long + length;
    if (bytes[at] !== 0x30 || long > 3 || !(end <= bytes.length)) return Promise.resolve(null);
    roots.push(bytes.subarray(at, end));
    at = end;
  }
  const subtle = self.crypto?.subtle;
  if (!subtle) return Promise.resolve(null);
  return Promise.all(roots.map((root) => subtle.digest('SHA-256', root))).then((hashes) => {
    const all = new Uint8Array(32 * hashes.length);
    hashes.forEach((hash, i) => all.set(new Uint8Array(hash), 32 * i));
    return all.buffer;
  }, () => null);
};
self.certscopeRoots = hashed('roots.der')
  .then(([bytes, sha]) => eachRoot(bytes).then((each) => [bytes, sha, each]));
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
