// Offline support. Network first, so a new deployment is used at once, and
// the cache when the network is gone. Only this origin's own GET requests
// are touched: certscope never asks any other origin for anything.
// certscope-arith (the signature arithmetic, issue 27) is not in the shell:
// most visitors never need it; once fetched, it is cached like the rest.
const CACHE = 'certscope-shell-v9';
const SHELL = ['./', 'index.html', 'early.js', 'boot.js', 'certscope-web.js', 'certscope-web_bg.wasm', 'style.css',
  'certscope-worker-loader.js', 'certscope-worker.js', 'certscope-worker_bg.wasm', 'roots.der', 'programs.bin',
  'favicon.svg', 'icon-192.png', 'icon-512.png', 'examples.json', 'warm-view.json',
  'manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((hit) => hit || (request.mode === 'navigate' ? caches.match('./') : Response.error()))),
  );
});
