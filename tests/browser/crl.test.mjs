// Issue 14 in real Chromium: a chain and a CRL that lists the leaf. The
// CRL card lists the leaf as revoked, the headline says so, and the leaf's
// card has its revocation line; CRLs travel in share links like other inputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME, ROOT } from './harness.mjs';

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
  // The CRL window lies around the evaluation line, visibly, in the detail
  // strip (on the certificates' scale a week is a sliver).
  const [start, end, now] = await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-detail');
    const rect = svg.querySelector('.bar rect');
    const x = Number(rect.getAttribute('x'));
    return [x, x + Number(rect.getAttribute('width')), Number(svg.querySelector('line.now').getAttribute('x1'))];
  });
  assert.ok(start + 20 < now && now + 20 < end, `${start} < ${now} < ${end}`);
  assert.equal(await page.locator('svg.timeline-certificates .bar').count(), 2);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a CRL too large for a share link is named as left out; the chain still travels', async () => {
  // 20,000 entries: about 750 KB, over the 512 KB a link encodes.
  const dir = mkdtempSync(join(tmpdir(), 'certscope-crl-link-'));
  execFileSync('python3', [join(ROOT, 'tests', 'bench', 'big_crl.py'), join(dir, 'int-r2.crl'), '--entries', '20000']);
  const big = readFileSync(join(dir, 'int-r2.crl'));
  rmSync(dir, { recursive: true });
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'int-r2.crl', bytes: big },
  ]);
  await page.waitForSelector('.crl-card');
  assert.match(await page.textContent('.crl-card .crl-entries'), /^20001$/);
  await page.waitForSelector('.link-left-out');
  assert.equal(await page.textContent('.link-left-out code'), 'int-r2.crl');
  assert.match(await page.textContent('.link-left-out'), /Left out of the link, too large for one: int-r2\.crl\. The link carries the other inputs/);
  assert.equal(await page.locator('.link-too-large').count(), 0);
  assert.ok(await page.isEnabled('#copy-link'));
  await page.waitForFunction(() => location.hash.startsWith('#v1='));
  const fragment = new URL(page.url()).hash;
  assert.ok(fragment.length < 8000, `${fragment.length} characters: the CRL is not in it`);
  assert.deepEqual(log.pageErrors, []);
  await context.close();

  const fresh = await openApp(browser, server.origin, { path: '/' + fragment });
  await fresh.page.waitForSelector('.input-card');
  await fresh.page.waitForSelector('#cert-0');
  assert.equal(await fresh.page.locator('.input-card').count(), 1, 'the chain came along');
  assert.equal(await fresh.page.locator('.crl-card').count(), 0, 'the CRL did not');
  assert.deepEqual(fresh.log.pageErrors, []);
  await fresh.context.close();
});
