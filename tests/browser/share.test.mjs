// Issue 6 in real Chromium: the fragment carries the inputs, a fresh
// browser reproduces the report, keys never reach the URL, damaged links
// are explained, back/forward restore inputs, examples are share links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, download, evaluateAt, foreignRequests, EVALUATION_TIME, holdAssets, until, watchEngine } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fragmentOf = (page) => new URL(page.url()).hash;

async function waitForFragment(page, previous = '') {
  await page.waitForFunction((prev) => location.hash.startsWith('#v1=') && location.hash !== prev, previous);
  return fragmentOf(page);
}

/** The share link of a chain and its staple (unpinned), made by the page. */
async function chainAndStapleLink() {
  const { page, context } = await openApp(browser, server.origin);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ]);
  const fragment = await waitForFragment(page);
  await context.close();
  return fragment;
}

test('a link opened in a fresh browser context reproduces the same report', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await page.check('#pin-time').catch(() => {});
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ]);
  await page.fill('#paste', (await fixture('pki/root-rsa.pem')).toString());
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 3);
  if (!(await page.isChecked('#pin-time'))) await page.check('#pin-time');
  const sent = JSON.parse((await download(page, '#download-report')).text);
  const fragment = await waitForFragment(page);
  assert.ok(!new URL(page.url()).search, 'nothing in the query string');
  const length = Number((await page.textContent('#link-length')).replace(/[^0-9]/g, ''));
  assert.equal(length, page.url().length);
  await context.close();

  const fresh = await openApp(browser, server.origin, { path: '/' + fragment, init: watchEngine });
  await fresh.page.waitForFunction(() => document.querySelectorAll('.input-card').length === 3);
  // The engine analysed the link as it decoded it, and that report (the
  // pasted text last, at the pinned time) answered the page's request.
  await fresh.page.waitForFunction(() => window.__answers.length > 0);
  assert.deepEqual(await fresh.page.evaluate(() => window.__answers.map((a) => a.ahead)), [true]);
  assert.equal(await fresh.page.inputValue('#paste'), (await fixture('pki/root-rsa.pem')).toString(), 'the paste goes back to the paste area');
  assert.ok(await fresh.page.isChecked('#pin-time'));
  const received = JSON.parse((await download(fresh.page, '#download-report')).text);
  assert.equal(received.evaluated_at, EVALUATION_TIME, 'the pinned time came along');
  assert.deepEqual(received, sent);
  assert.equal(fragmentOf(fresh.page), fragment, 'opening a link does not rewrite it');
  assert.deepEqual(foreignRequests(fresh.log, server.origin), []);
  assert.deepEqual(await fresh.page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await fresh.context.close();
});

test('a link without a pinned time is analysed as the engine decodes it, at the time the page asks for', async () => {
  const fragment = await chainAndStapleLink();
  const fresh = await openApp(browser, server.origin, { path: '/' + fragment, init: watchEngine });
  await fresh.page.waitForSelector('.report .summary');
  await fresh.page.waitForSelector('.staple-card .freshness');
  assert.deepEqual(await fresh.page.evaluate(() => window.__answers.map((a) => a.ahead)), [true]);
  // A change after opening is analysed as usual.
  await fresh.page.fill('#paste', (await fixture('pki/root-rsa.pem')).toString());
  await fresh.page.waitForFunction(() => document.querySelectorAll('.input-card').length === 3 && window.__answers.length > 1);
  const answers = await fresh.page.evaluate(() => window.__answers.map((a) => a.ahead));
  assert.ok(answers.length > 1, 'the change was answered');
  assert.deepEqual(answers, [true, ...answers.slice(1).map(() => false)]);
  assert.deepEqual(fresh.log.pageErrors, []);
  await fresh.context.close();
});

test('a link is analysed from the page\'s first script on, before the app runs, at the second the app then asks for', async () => {
  const fragment = await chainAndStapleLink();
  // The app is held back: static/early.js alone has the engine decode the
  // link and start its analysis (issue 27: a link opened cold).
  const held = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await held.newPage();
  await fresh.addInitScript(watchEngine);
  const { held: asked, release } = await holdAssets(held, ['boot.js']);
  await fresh.goto(server.origin + '/' + fragment, { waitUntil: 'commit' });
  await until(() => asked.has('boot.js'), 'boot.js to be requested (and held)');
  await fresh.waitForFunction(() => self.certscopeEngine?.said?.ready === true, null, { timeout: 20_000 });
  const posts = await fresh.evaluate(() => window.__posts);
  const opening = posts.find((m) => m.opening);
  assert.equal(opening?.opening, fragment, 'early.js gave the engine the link');
  assert.ok(Number.isInteger(opening.now));
  assert.equal(posts.filter((m) => m.decode || m.inputs).length, 0, 'the app has asked nothing');
  assert.equal(await fresh.locator('.app:not(.early)').count(), 0, 'the app has not started');
  // Past the second early.js gave: the app's own clock would now differ.
  await fresh.waitForFunction((at) => Math.floor(Date.now() / 1000) > at, opening.now, { timeout: 5_000 });
  release();
  await fresh.waitForSelector('.app:not(.early) .staple-card .freshness', { timeout: 20_000 });
  const request = await fresh.evaluate(() => window.__posts.find((m) => m.inputs));
  assert.equal(request.at, opening.now, 'the app asks at the second the engine started at');
  assert.deepEqual(await fresh.evaluate(() => window.__answers.map((a) => a.ahead)), [true]);
  await held.close();
});

test('a pasted private key never appears in the URL', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const pem = (await fixture('inputs/cert-and-key.pem')).toString();
  await page.fill('#paste', pem);
  const fragment = await waitForFragment(page);
  const decoded = await page.evaluate(async (f) => {
    const b64 = f.slice('#v1='.length).replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new TextDecoder('latin1').decode(await new Response(stream).arrayBuffer());
  }, fragment);
  const keyLines = pem.split('-----BEGIN PRIVATE KEY-----')[1].split('-----END')[0].trim().split('\n');
  for (const line of keyLines) assert.ok(!decoded.includes(line.trim()) && !fragment.includes(line.trim()), 'key material in the link');
  assert.match(decoded, /BEGIN PRIVATE KEY/, 'the (empty) key block is kept so the receiver is warned too');
  await context.close();
});

test('a tampered or truncated link shows a clear message and the page stays usable', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.fill('#paste', (await fixture('chains/correct.pem')).toString());
  const fragment = await waitForFragment(page);
  await context.close();
  // (fragment, message, why)
  const cases = [
    [fragment.slice(0, Math.floor(fragment.length / 2)), /damaged/, 'cut in half'],
    [fragment.slice(0, 40) + (fragment[40] === 'A' ? 'B' : 'A') + fragment.slice(41), /damaged/, 'one character changed'],
    ['#v9=AAAA', /another version of certscope/, 'unknown version'],
  ];
  for (const [bad, message, why] of cases) {
    const opened = await openApp(browser, server.origin, { path: '/' + bad });
    await opened.page.waitForSelector('.link-error');
    assert.match(await opened.page.textContent('.link-error'), message, why);
    await opened.page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
    await opened.page.waitForSelector('.certificate-card');
    assert.deepEqual(opened.log.pageErrors, [], why);
    await opened.context.close();
  }
});

test('back and forward restore the previous inputs', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await dropFiles(page, [{ name: 'leaf.pem', bytes: await fixture('pki/leaf.pem') }]);
  const first = await waitForFragment(page);
  await dropFiles(page, [{ name: 'int.pem', bytes: await fixture('pki/int-rsa.pem') }]);
  const second = await waitForFragment(page, first);
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 1);
  assert.equal(fragmentOf(page), first);
  assert.equal(await page.getAttribute('.input-card', 'data-name'), 'leaf.pem');
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  assert.equal(fragmentOf(page), second);
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 0);
  await context.close();
});

test('a link the engine decodes after a second Back is not loaded over it', async () => {
  // The engine answers a decode a second late (the request is held), so the
  // second Back lands while the first one's link is still being decoded:
  // CI once saw its inputs come back after the page had emptied.
  // window.__decoded counts the decoded links the engine sent back.
  const hold = () => {
    window.__decoded = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (!this.__counted) {
        this.__counted = true;
        this.addEventListener('message', (e) => { if (e.data && e.data.decoded) window.__decoded += 1; });
      }
      if (message && typeof message.decode === 'string') setTimeout(() => post.call(this, message, ...rest), 1000);
      else post.call(this, message, ...rest);
    };
  };
  // Until the engine has answered `n` decodes, and the page has drawn a frame since.
  const decoded = async (page, n) => {
    await page.waitForFunction((want) => window.__decoded >= want, n);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  };
  const { page, context, log } = await openApp(browser, server.origin, { init: hold });
  await dropFiles(page, [{ name: 'leaf.pem', bytes: await fixture('pki/leaf.pem') }]);
  const first = await waitForFragment(page);
  await dropFiles(page, [{ name: 'int.pem', bytes: await fixture('pki/int-rsa.pem') }]);
  await waitForFragment(page, first);
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 0);
  await decoded(page, 1);
  assert.equal(await page.locator('.input-card').count(), 0, 'the first link, decoded late, replaced the empty page');
  assert.equal(fragmentOf(page), '');
  // Back then Forward, both while decoding: the page shows where it is.
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  await decoded(page, 3);
  assert.equal(await page.locator('.input-card').count(), 2, 'a stale decoded link replaced the current one');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('copy share link puts the address in the clipboard', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await waitForFragment(page);
  await page.click('#copy-link');
  await page.waitForSelector('.copy-status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('each example is a share link that loads its samples', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await page.click('.examples summary');
  await page.waitForSelector('.examples li a');
  const titles = await page.$$eval('.examples li a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(titles, ['A stale staple and its chain', 'A chain in the wrong order', 'A leaf without an OCSP URL', 'A revoked staple']);
  const href = await page.getAttribute('.examples li:first-child a', 'href');
  assert.match(href, /^#v1=/);
  await page.click('.examples li:first-child a');
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  assert.equal(fragmentOf(page), href);
  assert.match(await page.inputValue('#evaluate-at'), /^2026-11-23T01:00(:00)?$/, 'the example pins its evaluation time');
  assert.deepEqual(foreignRequests(log, server.origin), []);
  await context.close();
});
