// Issue 13 in real Chromium: a real root's names (PrintableString, as in
// nearly every public certificate) show as text on the certificate card,
// never as hex (`C=#5553`). Text assertions only: the layout may change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a Debian root shows its subject and issuer as text, not hex', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  // ISRG Root X1, copied from Debian's ca-certificates (tests/fixtures/names/generate.sh).
  await dropFiles(page, [{ name: 'isrg-root-x1.pem', bytes: await fixture('names/isrg-root-x1.pem') }]);
  await page.waitForSelector('.certificate-card');
  const want = 'CN=ISRG Root X1,O=Internet Security Research Group,C=US';
  assert.equal((await page.textContent('.certificate-card .subject')).trim(), want);
  assert.equal((await page.textContent('.certificate-card .issuer')).trim(), want);
  const card = await page.textContent('.certificate-card');
  assert.doesNotMatch(card, /=#[0-9a-f]{4}/i);
  assert.match(card, /ISRG Root X1/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
