// Starts certscope-arith (src/arith/main.rs), the signature arithmetic the
// engine asks for only when WebCrypto could not prove a signature valid
// (issue 27). Its wasm is fetched with the integrity hash that
// scripts/post-build.mjs writes here (ARITH_SRI).
importScripts('./certscope-arith.js');
wasm_bindgen({ module_or_path: fetch('./certscope-arith_bg.wasm', { integrity: 'ARITH_SRI' }) })
  .catch((error) => self.postMessage({ failed: 'the signature arithmetic could not load (' + error + ')' }));
