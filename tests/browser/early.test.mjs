// Issue 16: the page is usable before its wasm arrives. The interface's wasm
// is held back (a playwright route); meanwhile a chain is typed into the
// static paste area, a staple is picked with the file picker and another
// file is dropped; then the wasm is released and all of it must be analysed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, dropFiles, paste, fixture, evaluateAt, EVALUATION_TIME, until, holdAssets } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the page with `asset` (the interface's wasm unless named) held
 * until `release()`, waiting for DOMContentLoaded within `timeout`. */
async function openHeld(asset = 'certscope-web_bg.wasm', timeout = 30_000) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { held, release } = await holdAssets(context, [asset]);
  // DOMContentLoaded: with the wasm held, boot.js (a module) has run and the
  // load event is kept waiting; with boot.js held, only an async module
  // lets the document get this far.
  await page.goto(server.origin + '/', { waitUntil: 'domcontentloaded', timeout });
  return { context, page, errors, release, asked: () => held.has(asset) };
}

test('a paste, a picked file and a dropped file given before the wasm arrives are analysed when it does', async () => {
  const { context, page, errors, release, asked } = await openHeld();
  // The static page: usable, and the app not started.
  assert.equal(await page.locator('#early #paste').count(), 1, 'the static paste area');
  await until(asked, 'the wasm to be requested (and held)');
  assert.equal(await page.locator('.app:not(.early)').count(), 0, 'the app has not started');
  const pem = (await fixture('chains/correct.pem')).toString();
  await page.fill('#paste', pem);
  await page.setInputFiles('#files', { name: 'staple.der', mimeType: 'application/octet-stream', buffer: await fixture('staples/good.der') });
  await dropFiles(page, [{ name: 'root.pem', bytes: await fixture('pki/root-rsa.pem') }], 'body');
  assert.match(await page.textContent('#early-status'), /2 file\(s\) received/);

  release();
  await page.waitForSelector('.app:not(.early) .staple-card', { timeout: 20_000 });
  await evaluateAt(page, EVALUATION_TIME);
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3
    && document.querySelector('.analysis-status')?.dataset.pending === 'false');
  assert.equal(await page.locator('#early').count(), 0, 'the static copy is gone');
  assert.equal(await page.locator('#paste').count(), 1, 'one paste area');
  assert.equal(await page.inputValue('#paste'), pem, 'the typed text is in the app\'s paste area');
  const names = await page.locator('.input-card').evaluateAll((cards) => cards.map((c) => c.dataset.name));
  for (const name of ['staple.der', 'root.pem', 'pasted text']) {
    assert.ok(names.some((n) => n.includes(name)), `${name} among the inputs: ${names}`);
  }
  assert.equal(await page.locator('.staple-card').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the wasm arrives a drop does not replace the page, and a paste too large for the paste area is kept', async () => {
  const { context, page, errors, release, asked } = await openHeld();
  await until(asked, 'the wasm to be requested (and held)');
  const url = page.url();
  await dropFiles(page, [{ name: 'leaf.pem', bytes: await fixture('pki/leaf.pem') }], 'body');
  assert.equal(page.url(), url, 'the browser did not open the dropped file');
  // Over 256 K characters: an input of its own, not text in the paste area.
  const chain = (await fixture('chains/correct.pem')).toString();
  await paste(page, chain.repeat(Math.ceil(300_000 / chain.length)));
  assert.equal(await page.inputValue('#paste'), '', 'the large paste is not laid out in the static paste area');
  release();
  await page.waitForSelector('.app:not(.early) .input-card[data-name="pasted text"]', { timeout: 20_000 });
  await page.waitForSelector('.app:not(.early) .input-card[data-name="leaf.pem"]');
  assert.equal(await page.inputValue('#paste'), '', 'nor in the app\'s');
  await page.waitForSelector('.certificate-card');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the static page is ready before boot.js has run, and a file picked then is handed over', async () => {
  // boot.js is an async module: the document is parsed (DOMContentLoaded)
  // while it is still held. A synchronous module would keep this waiting.
  const { context, page, errors, release, asked } = await openHeld('boot.js', 10_000);
  // boot.js really is held (a route that matched nothing would leave this
  // test checking an ordinary load): asked for, and the app not started.
  await until(asked, 'boot.js to be requested (and held)');
  assert.equal(await page.locator('.app:not(.early)').count(), 0, 'the app has not started');
  assert.equal(await page.locator('#early #files').count(), 1, 'the static file picker');
  await page.setInputFiles('#files', { name: 'staple.der', mimeType: 'application/octet-stream', buffer: await fixture('staples/good.der') });
  await page.fill('#paste', (await fixture('chains/correct.pem')).toString());
  release();
  await page.waitForSelector('.app:not(.early) .staple-card', { timeout: 20_000 });
  const names = await page.locator('.input-card').evaluateAll((cards) => cards.map((c) => c.dataset.name));
  assert.ok(names.some((n) => n.includes('staple.der')), `the file picked before boot.js ran is an input: ${names}`);
  assert.ok(names.some((n) => n.includes('pasted text')), `the typed chain is an input: ${names}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an input given while the page loads stops the engine\'s warm-up, which would hold it; with none the engine warms up', async () => {
  // The engine's warm-up (src/worker/main.rs) fetches examples.json, 50 ms
  // after it is ready, and analyses it cold (about 100 ms), holding any
  // request that comes meanwhile. A file dropped before the app runs tells
  // the engine an input is coming ({ expect }, static/early.js).
  const { context, page, errors, release, asked } = await openHeld();
  const from = server.requests.length;
  await until(asked, 'the wasm to be requested (and held)');
  await dropFiles(page, [{ name: 'leaf.pem', bytes: await fixture('pki/leaf.pem') }], 'body');
  await page.waitForFunction(() => self.certscopeEngine?.said?.ready === true, null, { timeout: 20_000 });
  // An absence: the warm-up would have asked for its input within 50 ms.
  await page.waitForTimeout(1_000);
  const warmed = server.requests.slice(from).filter((url) => url.includes('examples.json'));
  assert.deepEqual(warmed, [], 'the engine did not start its warm-up');
  release();
  await page.waitForSelector('.app:not(.early) .certificate-card', { timeout: 20_000 });
  assert.deepEqual(errors, []);
  await context.close();

  // The same page with nothing given: the warm-up runs (so the check above
  // can see it).
  const idle = await browser.newContext();
  const fresh = await idle.newPage();
  const since = server.requests.length;
  await fresh.goto(server.origin + '/');
  await until(() => server.requests.slice(since).some((url) => url.includes('examples.json')), 'the warm-up to fetch its example');
  await idle.close();
});
