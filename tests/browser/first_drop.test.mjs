// Issue 27: no lost drop. From the first paint a file dropped on the window
// is taken by the page (static/early.js, a blocking script before anything
// else), held while the interface and the engine load, and analysed once
// they have. The drop here is the browser's own (DevTools' Input.dispatchDragEvent,
// the path an operating system's drag takes): unlike a synthetic DragEvent
// it delivers `drop` only if a `dragover` listener accepted it, and a drop
// nobody accepts is the one a browser opens in the page's place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, FIXTURES, until, holdAssets, watchEngine } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Drags the files at `paths` from outside the browser and drops them at (x, y). */
async function osDrop(context, page, paths, x = 200, y = 200) {
  const cdp = await context.newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
  }
  await cdp.detach();
}

/** Marks the document, to tell it later from one that replaced it. */
async function mark(page) {
  await page.evaluate(() => { window.__before = true; });
}

/** The marked document is still the one shown, at `url` (the share link's
 * fragment the app writes aside). */
async function assertSameDocument(page, url) {
  assert.equal(page.url().split('#')[0], url.split('#')[0], 'the page was not replaced by a dropped file');
  assert.equal(await page.evaluate(() => window.__before), true, 'the same document');
}

test('a chain and a staple dropped at first paint, with boot.js and both wasm files held back, are analysed once they arrive', async () => {
  // No service worker: its own fetches of the engine (static/sw.js caches
  // it) would pass the routes that hold it back. The routes are the
  // context's, which see the engine's worker's requests too.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { held, release } = await holdAssets(context, ['boot.js', 'certscope-web_bg.wasm', 'certscope-worker_bg.wasm']);
  await page.addInitScript(watchEngine);
  await page.goto(server.origin + '/', { waitUntil: 'commit' });
  // The first paint: the static page is in the document and a frame has run.
  await page.waitForSelector('#early #early-status', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  await until(() => held.has('boot.js'), 'boot.js to be requested (and held)');
  assert.equal(await page.locator('.app:not(.early)').count(), 0, 'the app has not started');
  const url = page.url();
  await mark(page);

  await osDrop(context, page, [join(FIXTURES, 'chains/with-root.pem'), join(FIXTURES, 'staples/good.der')]);
  await page.waitForFunction(() => /2 file\(s\) received/.test(document.getElementById('early-status')?.textContent ?? ''),
    null, { timeout: 5_000 });
  assert.equal(page.url(), url, 'the page was not replaced by a dropped file');
  // static/early.js sends the engine the files as they are dropped (kept
  // by its loader until it runs), with the second they are evaluated at.
  await page.waitForFunction(() => window.__posts.some((m) => m.dropped));
  const dropped = await page.evaluate(() => window.__posts.find((m) => m.dropped));
  assert.deepEqual(dropped.dropped, ['with-root.pem', 'good.der']);
  // Past that second: the app's own clock would now differ.
  await page.waitForFunction((at) => Math.floor(Date.now() / 1000) > at, dropped.at, { timeout: 5_000 });

  release();
  await page.waitForSelector('.app:not(.early) .staple-card .freshness', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3);
  const names = await page.locator('.input-card').evaluateAll((cards) => cards.map((c) => c.dataset.name));
  assert.deepEqual(names.sort(), ['good.der', 'with-root.pem'], 'each dropped file is one input, once');
  assert.ok(held.has('certscope-worker_bg.wasm'), 'the engine was held back too');
  // The engine analysed them before the app asked, and answered the app's
  // request (the same files, at the same second) with that report.
  const request = await page.evaluate(() => window.__posts.find((m) => m.inputs));
  assert.deepEqual([request.inputs, request.at], [dropped.dropped, dropped.at]);
  assert.deepEqual(await page.evaluate(() => window.__answers.map((a) => a.ahead)), [true]);
  await assertSameDocument(page, url);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a drag begun over the static page is dropped once the app has rendered, and is not lost', async () => {
  // The app takes over from the static page while a file is dragged over
  // it. The drop goes to the element under the last dragover: removed from
  // the document by then (static/boot.js handOver), it reached nobody. Now
  // the static page stays until the drag is over.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { held, release } = await holdAssets(context, ['certscope-web_bg.wasm']);
  await page.addInitScript(watchEngine);
  await page.goto(server.origin + '/', { waitUntil: 'commit' });
  await page.waitForSelector('#early #early-status', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  await until(() => held.has('certscope-web_bg.wasm'), 'the app\'s wasm to be requested (and held)');
  const url = page.url();
  await mark(page);
  const cdp = await context.newCDPSession(page);
  const data = { items: [], files: [join(FIXTURES, 'chains/with-root.pem')], dragOperationsMask: 1 };
  const drag = (type) => cdp.send('Input.dispatchDragEvent', { type, x: 200, y: 200, data });
  await drag('dragEnter');
  await drag('dragOver');
  release();
  await page.waitForSelector('.app:not(.early) #paste', { state: 'attached', timeout: 20_000 });
  assert.equal(await page.locator('#early').count(), 1, 'the static page stays while the drag is on');
  await drag('drop');
  await cdp.detach();
  await page.waitForFunction(() => window.__posts.some((m) => m.inputs?.length), null, { timeout: 10_000 });
  assert.deepEqual(await page.evaluate(() => window.__posts.find((m) => m.inputs).inputs), ['with-root.pem']);
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3, null, { timeout: 20_000 });
  assert.equal(await page.locator('#early').count(), 0, 'the static page is gone once the drag is over');
  await assertSameDocument(page, url);
  await context.close();
});

test('once the app runs, a browser drop goes to the app alone, once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => !document.getElementById('early') && document.querySelector('.app:not(.early) #paste'));
  const url = page.url();
  await mark(page);
  await osDrop(context, page, [join(FIXTURES, 'chains/with-root.pem')]);
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3, null, { timeout: 20_000 });
  assert.equal(await page.locator('.input-card').count(), 1, 'one input for one file');
  await assertSameDocument(page, url);
  await context.close();
});

test('once rendered, the page renders warm-view.json\'s report out of sight, and shows nothing of it', async () => {
  // A person's first report paid for the page's code run for the first
  // time (issue 27); the warm-up render pays it before. Without it,
  // data-warmed is never set.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.origin + '/');
  await page.waitForSelector('html[data-warmed]', { timeout: 20_000 });
  // Rendered four times while idle (app/hooks.rs WARM_RENDERS): V8
  // optimises a function only once it has run enough.
  assert.equal(await page.getAttribute('html', 'data-warmed'), '4');
  assert.equal(await page.locator('.report').count(), 1, 'one report in the document');
  assert.match(await page.textContent('.report'), /Start by adding a chain/);
  assert.equal(await page.locator('.staple-card, .certificate-card').count(), 0, 'the warm-up report is not in the document');
  assert.equal(new URL(page.url()).hash, '', 'no share link written');
  await osDrop(context, page, [join(FIXTURES, 'chains/with-root.pem')]);
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3, null, { timeout: 20_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page warms its code without waiting for the engine, and while it waits for a report', async () => {
  // A drop or a share link given as the page opens is analysed while the
  // page warms up: the warm-up (warm-view.json) must not need the engine,
  // and goes on while the page waits for the report (which it then
  // renders warm). The engine's wasm is held here; the old warm-up asked
  // the engine, and a later one stopped once an input was sent.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { held, release } = await holdAssets(context, ['certscope-worker_bg.wasm']);
  await page.addInitScript(watchEngine);
  await page.goto(server.origin + '/', { waitUntil: 'domcontentloaded' });
  // After the first paint (a drop before it is the browser's to open).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  await osDrop(context, page, [join(FIXTURES, 'chains/with-root.pem')]);
  await page.waitForFunction(() => window.__posts.some((m) => m.inputs?.length), null, { timeout: 20_000 });
  await page.waitForSelector('html[data-warmed]', { timeout: 20_000 });
  assert.equal(await page.getAttribute('html', 'data-warmed'), '4', 'every warm-up render, with the input waiting');
  assert.ok(held.has('certscope-worker_bg.wasm'), 'the engine\'s wasm was asked for, and held');
  assert.equal(await page.evaluate(() => self.certscopeEngine?.said?.ready), undefined, 'the engine is not ready');
  assert.equal(await page.locator('.report .summary').count(), 0, 'no report yet');
  release();
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3, null, { timeout: 20_000 });
  await context.close();
});
