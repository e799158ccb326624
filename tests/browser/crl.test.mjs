// Issue 14 in real Chromium: a chain and a CRL that lists the leaf. The
// CRL card lists the leaf as revoked, the headline says so, and the leaf's
// card has its revocation line; CRLs travel in share links like other inputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a chain and a CRL listing the leaf: certificate-revoked, the CRL card, the revocation line', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'revoked-leaf.pem', bytes: await fixture('crl/revoked-leaf.pem') },
  ]);
  await page.waitForSelector('.finding[data-code="certificate-revoked"]');
  const finding = await page.textContent('.finding[data-code="certificate-revoked"]');
  assert.match(finding, /www\.example\.test is revoked/);
  assert.match(finding, /keyCompromise/);
  await page.waitForSelector('.crl-card');
  const card = await page.textContent('.crl-card');
  assert.match(card, /certscope Test Intermediate R2/);
  assert.match(await page.textContent('.crl-card .crl-entries'), /^2$/);
  assert.match(await page.textContent('.crl-card .crl-signature'), /^valid/);
  assert.match(await page.textContent('.crl-card .crl-covers'), /revoked 2026-11-20T00:00:00Z \(keyCompromise\)/);
  assert.match(await page.textContent('#cert-0 .revocation'), /Revoked on 2026-11-20/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
