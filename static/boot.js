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

// Usable before the wasm arrives (issue 16): index.html's static paste area
// and file picker (#early) work at once, and what is picked or dropped, or
// pasted too large for the paste area (over 256 K characters, as in
// src/ui/state.rs), waits in static/early.js's `certscopeEarly` (its drop
// listeners ran before the first paint). Once the app has rendered,
// handOver() gives all of it to the app through the app's own paths (its
// paste area's input and paste events, a drop on it) and removes the static
// copy. boot.js is an async module (scripts/post-build.mjs marks it so): the
// document does not wait for it, so it may run before the static page is
// parsed. The static elements are wired when they exist, and a file picked
// before that is taken from the picker.
const early = self.certscopeEarly;
const keep = (files) => early.keep(files);
// The static paste area, kept by reference.
let staticPaste = null;
function wireStaticPage() {
  staticPaste = document.getElementById('paste');
  const picker = document.getElementById('files');
  if (picker?.files?.length) {
    keep(picker.files);
    picker.value = '';
  }
  picker?.addEventListener('change', (e) => {
    keep(e.target.files);
    e.target.value = '';
  });
  staticPaste?.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length > 256 * 1024) {
      e.preventDefault();
      early.pastes.push(text);
    }
  });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wireStaticPage);
else wireStaticPage();

function handOver() {
  const app = document.querySelector('.app:not(.early)');
  const area = app?.querySelector('#paste');
  if (!area) {
    // Not rendered yet: once it is.
    const watch = new MutationObserver(() => { if (document.querySelector('.app:not(.early) #paste')) { watch.disconnect(); handOver(); } });
    watch.observe(document.body, { childList: true, subtree: true });
    return;
  }
  // A drag over the static page (until its drop or its leaving the
  // window; or a second without a dragover, which the browser sends every
  // 50 ms or so): its drop is early.js's to keep, then all is handed over.
  if (early.dragging && performance.now() - early.dragging < 1000) {
    setTimeout(handOver, 50);
    return;
  }
  early.taken = true;
  staticPaste ??= document.querySelector('#early #paste');
  const text = staticPaste?.value ?? '';
  const focused = staticPaste !== null && document.activeElement === staticPaste;
  document.getElementById('early')?.remove();
  if (text) {
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  for (const big of early.pastes) {
    const data = new DataTransfer();
    data.setData('text/plain', big);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }
  if (early.files.length) {
    const data = new DataTransfer();
    for (const file of early.files) data.items.add(file);
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }
  if (focused) area.focus();
}

const wasm = document.querySelector('link[rel=preload][as=fetch][href$="certscope-web_bg.wasm"]');
import('./certscope-web.js')
  .then((app) => app.default(wasm ? { module_or_path: fetch(wasm.href, { integrity: wasm.integrity }) } : undefined))
  .then(handOver)
  .catch((error) => showCrash('it could not start: ' + error + '; a file of the page failed to load or did not match its integrity hash'));

// Installable and usable offline after the first visit (static/sw.js).
// Registered once the first answer is on screen, or ten seconds after the
// page started if none comes, never at once: installing fetches and stores
// the whole shell (about 2 MB), which on a first visit competed with the
// engine's start and the first answer for the CPU (issue 27, a trace of a
// cold open on 2 cores).
if ('serviceWorker' in navigator) {
  const waiting = setInterval(() => {
    if (!document.querySelector('.report .summary') && performance.now() < 10_000) return;
    clearInterval(waiting);
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  }, 500);
}
