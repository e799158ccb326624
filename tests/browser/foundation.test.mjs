// Issue 2 in real Chromium: paste, drop, private keys, the JSON download
// against the CLI, and the Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, cli, download, evaluateAt,
  foreignRequests, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a pasted s_client -showcerts capture shows every certificate with its OCSP URL', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await page.fill('#paste', (await fixture('inputs/s_client-showcerts.txt')).toString());
  await page.waitForSelector('.certificate-card');
  const cards = await page.$$eval('.certificate-card', (els) => els.map((e) => ({
    name: e.querySelector('h3').textContent, ocsp: e.querySelector('.ocsp-urls').textContent })));
  assert.equal(cards.length, 2, JSON.stringify(cards));
  assert.match(cards.find((c) => c.name.includes('www.example.test')).ocsp, /http:\/\/ocsp\.example\.test\//);
  assert.match(cards.find((c) => c.name.includes('Intermediate R2')).ocsp, /http:\/\/ocsp\.example\.test\/root/);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('three files dropped at once are all decoded, each in its own card', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await dropFiles(page, [
    { name: 'leaf.der', bytes: await fixture('inputs/leaf.der') },
    { name: 'bundle.p7b', bytes: await fixture('inputs/bundle.p7b') },
    { name: 'crl.pem', bytes: await fixture('inputs/crl.pem') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 3);
  const inputs = await page.$$eval('.input-card', (els) => els.map((e) => ({
    name: e.dataset.name, objects: e.querySelectorAll('.object').length, errors: e.querySelectorAll('.input-error').length })));
  assert.deepEqual(inputs, [
    { name: 'leaf.der', objects: 1, errors: 0 },
    { name: 'bundle.p7b', objects: 1, errors: 0 },
    { name: 'crl.pem', objects: 1, errors: 0 },
  ]);
  assert.equal(await page.locator('.certificate-card').count(), 3, 'leaf, intermediate and root, each once');
  assert.match(await page.textContent('.input-card[data-name="crl.pem"]'), /revocation list/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a pasted private key is warned about and never reaches the DOM', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const pem = (await fixture('inputs/cert-and-key.pem')).toString();
  const keyLines = pem.split('-----BEGIN PRIVATE KEY-----')[1].split('-----END')[0].trim().split('\n');
  await page.fill('#paste', pem);
  await page.waitForSelector('.private-key-warning');
  assert.match(await page.textContent('.findings'), /private key.*treat it as exposed/s);
  const dom = await page.content();
  const textarea = await page.inputValue('#paste');
  for (const line of keyLines) {
    assert.ok(!dom.includes(line.trim()), 'key material in the DOM');
    assert.ok(!textarea.includes(line.trim()), 'key material left in the paste area');
  }
  assert.equal(await page.locator('.certificate-card').count(), 1, 'the certificate beside the key is still shown');
  assert.ok(!page.url().includes(keyLines[0].trim()));
  await context.close();
});

test('an unreadable input gets its own worded error and the others are still shown', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await dropFiles(page, [
    { name: 'truncated.der', bytes: await fixture('inputs/hostile/truncated.der') },
    { name: 'leaf.pem', bytes: await fixture('pki/leaf.pem') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  assert.match(await page.textContent('.input-card[data-name="truncated.der"] .input-error'),
    /byte 0: DER element has a length of 1075 bytes, which runs past the end/);
  assert.equal(await page.locator('.certificate-card').count(), 1);
  await context.close();
});

test('the downloaded JSON equals `certscope inspect --json --at T` for the same files', async () => {
  const names = ['chain-crlf.pem', 'bundle.p7b', 'cert-and-key.pem', 'ocsp-request.der', 'csr.der'];
  const { page, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, await Promise.all(names.map(async (name) => ({ name, bytes: await fixture(`inputs/${name}`) }))));
  await page.waitForFunction((n) => document.querySelectorAll('.input-card').length === n, names.length);
  const { name, text } = await download(page, '#download-report');
  assert.equal(name, 'certscope-report.json');
  const fromPage = JSON.parse(text);
  const run = await cli(['inspect', '--json', '--at', EVALUATION_TIME, ...names], 'tests/fixtures/inputs');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(fromPage.evaluated_at, EVALUATION_TIME);
  assert.deepEqual(fromPage, JSON.parse(run.stdout));
  await context.close();
});

test('the Content-Security-Policy blocks other origins, and the page asks none', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await page.fill('#paste', (await fixture('chains/with-root.pem')).toString());
  await page.waitForSelector('.certificate-card');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  // The policy is enforced, not decorative: a fetch to another origin is refused by the browser.
  // (The violation event is queued as a task: wait for it, with a deadline.)
  const fetched = await page.evaluate(async () => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    try { await fetch('http://127.0.0.2:9/'); return 'allowed'; } catch { return 'refused'; }
  });
  assert.equal(fetched, 'refused');
  await page.waitForFunction(() => window.__violations.includes('connect-src'), null, { timeout: 5_000 });
  assert.deepEqual(foreignRequests(log, server.origin).filter((u) => !u.startsWith('http://127.0.0.2')), []);
  assert.ok(!log.requests.some((u) => u.startsWith('http://127.0.0.2')), 'the blocked request never left');
  await context.close();
});
