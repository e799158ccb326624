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

test('each CRL is a bar on the timeline: This Update to Next Update, or an open end without one', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'revoked-leaf.pem', bytes: await fixture('crl/revoked-leaf.pem') },
    { name: 'no-next-update.crl', bytes: await fixture('crl/no-next-update.crl') },
  ]);
  await page.waitForSelector('svg.timeline-crls .bar');
  const bars = page.locator('svg.timeline-crls .bar');
  assert.equal(await bars.count(), 2);
  // Labelled like the certificate bars: the issuer's common name, the exact times in words.
  assert.equal(await bars.nth(0).getAttribute('aria-label'),
    'CRL of certscope Test Intermediate R2: 2026-11-22T00:00:00Z to 2026-11-29T00:00:00Z');
  assert.equal(await bars.nth(0).getAttribute('class'), 'bar fresh');
  assert.equal(await bars.nth(0).getAttribute('tabindex'), '0');
  assert.match(await bars.nth(0).locator('text').first().textContent(), /^CRL of certscope Test Intermedia/);
  assert.equal(await bars.nth(1).getAttribute('aria-label'),
    'CRL of certscope Test Intermediate R2: 2026-11-22T00:00:00Z to no Next Update');
  assert.equal(await bars.nth(1).getAttribute('class'), 'bar open');
  assert.equal(await bars.nth(1).locator('.open-end').textContent(), '▸ no Next Update');
  assert.equal(await bars.nth(0).locator('.open-end').count(), 0);
  // The CRL window lies around the evaluation line; the certificates keep their own panel.
  const [start, end, now] = await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-crls');
    const rect = svg.querySelector('.bar rect');
    const x = Number(rect.getAttribute('x'));
    return [x, x + Number(rect.getAttribute('width')), Number(svg.querySelector('line.now').getAttribute('x1'))];
  });
  assert.ok(start < now && now < end, `${start} < ${now} < ${end}`);
  assert.equal(await page.locator('svg.timeline-certificates .bar').count(), 2);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
