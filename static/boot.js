// Starts the WebAssembly app. A module file rather than Trunk's inline
// snippet, so the Content-Security-Policy can forbid inline scripts.
// index.html preloads the interface's JS and wasm with their integrity
// hashes (scripts/post-build.mjs): the import below gets the checked module,
// and the wasm is fetched with its hash, so an altered file is refused.

// A panic aborts the wasm instance ("unreachable"): the page would go dead
// silently. Say so, and offer a reload instead.
function showCrash(detail) {
  if (document.getElementById('crash')) return;
  const banner = document.createElement('div');
  banner.id = 'crash';
  banner.className = 'crash';
  banner.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = 'certscope hit an internal error and stopped (' + detail + '). Nothing was sent anywhere. Reload to start again: your inputs are kept in the address bar.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  banner.append(text, button);
  document.body.prepend(banner);
}

window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showCrash(event.error.message);
});
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof WebAssembly.RuntimeError) showCrash(event.reason.message);
});

const wasm = document.querySelector('link[rel=preload][as=fetch][href$="certscope-web_bg.wasm"]');
import('./certscope-web.js')
  .then((app) => app.default(wasm ? { module_or_path: fetch(wasm.href, { integrity: wasm.integrity }) } : undefined))
  .catch((error) => showCrash('it could not start: ' + error + '; a file of the page failed to load or did not match its integrity hash'));

// Installable and usable offline after the first visit (static/sw.js).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
