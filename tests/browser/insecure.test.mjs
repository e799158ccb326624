// A page served over plain http from a host name (not localhost) is not a
// secure context: the browser gives it no WebCrypto (crypto.subtle) and no
// service worker. certscope must still answer in full there: the engine's
// loader then hands over no hashes (static/certscope-worker-loader.js), so
// the engine hashes the store files and each root itself
// (src/inspect/trust.rs), and checks every signature with its own
// arithmetic (the certscope-arith worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser, origin;
before(async () => {
  server = await serveDist();
  // certscope.test resolves to the loopback server; as a host name over
  // http it is not "potentially trustworthy" (unlike 127.0.0.1).
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP certscope.test 127.0.0.1'] });
  origin = server.origin.replace('127.0.0.1', 'certscope.test');
});
after(async () => { await browser?.close(); await server?.close(); });

test('without a secure context (no WebCrypto), a chain and staple and the root programs are still judged', async () => {
  const { page, log, context } = await openApp(browser, origin);
  assert.equal(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle]).then(String), 'false,undefined');
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ]);
  await page.waitForSelector('.staple-card .freshness', { timeout: 30_000 });
  assert.match(await page.textContent('.chain'), /SIGNATURE VERIFIED/i);
  // The programs' table names Mozilla's roots by SHA-256, hashed by the
  // engine itself here.
  await page.click('#clear');
  await evaluateAt(page, '2023-01-15T00:00:00Z');
  await dropFiles(page, [{ name: 'letsencrypt.pem', bytes: await fixture('trust/public/letsencrypt-x2-cross.pem') }]);
  await page.waitForFunction(() => /Java trusts this chain only through/.test(document.querySelector('.findings')?.textContent ?? ''), null, { timeout: 30_000 });
  assert.match(await page.textContent('.findings'), /Mozilla, Apple, Microsoft and Android stop at ISRG Root X2/);
  assert.deepEqual(log.pageErrors, []);
  assert.equal(await page.$('#crash'), null);
  await context.close();
});
