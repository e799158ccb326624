// Shared set-up for the real-browser tests: a static server of dist/ on
// loopback that logs every request, and Debian's Chromium via playwright-core
// (never `playwright install`: it would download a browser).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const EVALUATION_TIME = '2026-11-23T01:00:00Z';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.pem': 'text/plain', '.der': 'application/octet-stream' };

/**
 * Serves `dir` (dist/ by default) on 127.0.0.1 at a free port, under
 * `prefix` (e.g. '/certscope' for sub-path hosting); `requests` lists every
 * path asked for. `alter` maps a file name to a function of its bytes and
 * the request that changes the bytes on the way out (a tampered asset).
 * `mounts` serves more pages beside it on the same server (the benchmark's
 * asn1js page): `{ '/asn1js': [dir, …] }`, each path looked up in the
 * folders in turn.
 */
export async function serveDist({ dir = DIST, prefix = '', alter = {}, mounts = {} } = {}) {
  const requests = [];
  const root = normalize(dir);
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m + '/'));
    if (mount) { await serveFrom(mounts[mount], path.slice(mount.length), res); return; }
    if (!path.startsWith(prefix + '/')) { res.writeHead(404).end('outside the app'); return; }
    path = path.slice(prefix.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const name = file.slice(root.length).replace(/^\//, '');
      const body = alter[name] ? alter[name](await readFile(file), req) : await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function serveFrom(dirs, path, res) {
  if (path.endsWith('/')) path += 'index.html';
  for (const dir of dirs) {
    const root = normalize(dir);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + '/')) continue;
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      return;
    } catch { /* the next folder */ }
  }
  res.writeHead(404).end('not found');
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens the app in a fresh context (`init`: a function run in the page
 * before its own scripts). Records console errors, page errors,
 * dialogs and every network request, so a test can assert that nothing
 * reached any origin but the page's own.
 */
export async function openApp(browser, origin, { path = '/', contextOptions = {}, init = null } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  // A script to run in the page before its own (the benchmark's probes).
  if (init) await page.addInitScript(init);
  const log = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(origin + path);
  // The app's own paste area, and index.html's static copy handed over and
  // gone (issue 16): both have #paste and #files, and a key pressed on the
  // static one while it is being removed goes nowhere.
  await page.waitForFunction(() => !document.getElementById('early')
    && document.querySelector('.app:not(.early) #paste') !== null, null, { timeout: 20_000 });
  return { context, page, log };
}

/** Requests that went anywhere but `origin` (blob: and data: stay in the page). */
export function foreignRequests(log, origin) {
  return log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
}

/** Dispatches a real drop of in-memory files on the page (dragenter, dragover, drop). */
export async function dropFiles(page, files, selector = 'main') {
  const payload = files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, type, { dataTransfer: transfer });
  }
}

/**
 * Pastes `text` into the paste area the way the browser's paste does: a
 * `paste` ClipboardEvent carrying it. The text is handed to the page first,
 * in its own task, so what `paste` measures is the page's work alone.
 * (A synthetic paste inserts nothing itself; the page inserts small pastes
 * through the `input` event path only when the browser does, so this
 * exercises the large-paste path, which takes the text from the event.)
 */
export async function paste(page, text, selector = '#paste') {
  await stagePaste(page, text);
  await firePaste(page, selector);
}

/** The two halves of `paste`, for a benchmark that times only the second. */
export async function stagePaste(page, text) {
  await page.evaluate((t) => { window.__pasteText = t; }, text);
}

export async function firePaste(page, selector = '#paste') {
  await page.evaluate((sel) => {
    const data = new DataTransfer();
    data.setData('text/plain', window.__pasteText);
    delete window.__pasteText;
    document.querySelector(sel).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, selector);
}

export async function fixture(path) {
  return readFile(join(FIXTURES, path));
}

/** Runs the native CLI built by `cargo build --bin certscope`. */
export function cli(args, cwd = FIXTURES) {
  const bin = process.env.CERTSCOPE_BIN ?? join(ROOT, 'target', 'debug', 'certscope');
  return new Promise((resolve) => {
    execFile(bin, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

/** Clicks `selector` and returns the text of the download it starts. */
export async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const stream = await dl.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: dl.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Sets "Evaluate at" to a fixed UTC time. */
export async function evaluateAt(page, rfc3339) {
  await page.fill('#evaluate-at', rfc3339.replace(/Z$/, ''));
}

/** Polls `f` until it holds (a deadline, never a fixed sleep). */
export async function until(f, what, ms = 10_000) {
  for (const end = Date.now() + ms; !f();) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Holds the requests for `assets` (file names) of `context` (a browser
 * context's routes see its workers' requests too) until `release()`;
 * `held` names those asked for so far. */
/**
 * A page's init script (before its own scripts): notes what the page posts
 * its engine (`window.__posts`: each message's fields, with `inputs` and
 * `dropped` as their inputs' names, no bytes) and each report the engine
 * answers (`window.__answers`: `{ id, ahead }`, ahead when the report was
 * made before the page asked, src/worker/main.rs).
 */
export function watchEngine() {
  window.__posts = [];
  window.__answers = [];
  const Engine = window.Worker;
  window.Worker = class extends Engine {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data?.view !== undefined) window.__answers.push({ id: e.data.id, ahead: e.data.ahead === true });
      });
    }
    postMessage(message, ...rest) {
      const names = (list) => list?.map((input) => input.name);
      window.__posts.push({ ...message, inputs: names(message?.inputs), dropped: names(message?.dropped) });
      return super.postMessage(message, ...rest);
    }
  };
}

export async function holdAssets(context, assets) {
  const held = new Set();
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  for (const asset of assets) {
    await context.route(`**/${asset}`, async (route) => {
      held.add(asset);
      await released;
      await route.continue();
    });
  }
  return { held, release };
}
