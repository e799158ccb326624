// Issue 4 in real Chromium: a stale staple dropped with its chain.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a stale staple shows "stale", its Next Update and how long ago, matched to the leaf', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'staple.der', bytes: await fixture('staples/stale.der') },
  ]);
  await page.waitForSelector('.staple-card .freshness');
  const card = page.locator('.staple-card').first();
  assert.equal(await card.locator('.freshness').getAttribute('data-freshness'), 'stale');
  assert.equal(await card.locator('.staple-for').textContent(), 'www.example.test');
  const href = await card.locator('.staple-for').getAttribute('href');
  assert.equal(await page.locator(href + ' h3').textContent(), '#1 www.example.test', 'the link goes to the leaf\'s card');
  const text = await card.textContent();
  assert.match(text, /Next Update2026-11-20T00:00:00Z \(3 days ago\)/);
  assert.match(await card.locator('.stale-explained').textContent(), /Next Update was 3 days ago/);
  assert.match(await page.textContent('.findings'), /staple-stale/);
  assert.match(text, /nginx/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the timeline marks now, a stale staple\'s window lies left of it, and the summary says stapling will fail', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'staple.der', bytes: await fixture('staples/stale.der') },
  ]);
  await page.waitForSelector('svg.timeline-staples .bar.stale');
  const geometry = await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-staples');
    const now = Number(svg.querySelector('line.now').getAttribute('x1'));
    const rect = svg.querySelector('.bar.stale rect');
    return { now, end: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')),
      title: svg.querySelector('.bar.stale title').textContent };
  });
  assert.ok(geometry.end < geometry.now, JSON.stringify(geometry));
  assert.match(geometry.title, /staple for www\.example\.test: 2026-11-13T00:00:00Z to 2026-11-20T00:00:00Z/);
  assert.equal(await page.locator('svg.timeline-certificates .bar').count(), 2);
  // Issue 32: one verdict on the scale, one action, and the staple card
  // says what the headline says about what clients do with a stale staple.
  assert.match(await page.textContent('.summary'), /^Stapling broken: the staple's Next Update has passed: clients ignore a stale staple unless the leaf is must-staple\. Fetch a fresh one\.$/);
  const card = await page.textContent('.staple-card');
  assert.match(card, /clients ignore a stale staple unless the leaf is must-staple/);
  assert.doesNotMatch(card, /reject/);
  // Each bar can be focused by keyboard, and names its exact dates.
  assert.equal(await page.getAttribute('svg.timeline-staples .bar', 'tabindex'), '0');
  await context.close();
});
