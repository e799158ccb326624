// Starts the WebAssembly app. A module file rather than Trunk's inline
// snippet, so the Content-Security-Policy can forbid inline scripts.
import init from './certscope-web.js';

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

init().catch((error) => showCrash('it could not start: ' + error));

// Installable and usable offline after the first visit (static/sw.js).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
