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
  // Drawn where a week can be read: the detail strip around the evaluation time.
  const geometry = await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-detail');
    const now = Number(svg.querySelector('line.now').getAttribute('x1'));
    const rect = svg.querySelector('.bar.stale rect');
    return { now, end: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')), width: Number(rect.getAttribute('width')),
      title: svg.querySelector('.bar.stale title').textContent };
  });
  assert.ok(geometry.end < geometry.now, JSON.stringify(geometry));
  assert.ok(geometry.width > 100, `a week is ${geometry.width} of 800 units wide`);
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

/**
 * Each drawing's scale: its data attributes, its ticks (x and words), the
 * evaluation line's x, the shaded window, and x as a function of time
 * read from its first and last ticks' dates.
 */
function scales() {
  const date = (words) => Date.parse(words.length > 10 ? `${words.replace(' ', 'T')}:00Z` : words);
  return [...document.querySelectorAll('svg.timeline')].map((svg) => {
    const ticks = [...svg.querySelectorAll('text.tick')].map((t) => [Number(t.getAttribute('x')), t.textContent]);
    const window = svg.querySelector('rect.window');
    const [a, b] = [ticks[0], ticks[ticks.length - 1]];
    return {
      class: svg.getAttribute('class'), from: svg.dataset.from, to: svg.dataset.to, ticks,
      now: Number(svg.querySelector('line.now').getAttribute('x1')),
      window: window && [Number(window.getAttribute('x')), Number(window.getAttribute('x')) + Number(window.getAttribute('width'))],
      perMs: a && b && (b[0] - a[0]) / (date(b[1]) - date(a[1])),
      x0: a && a[0] - date(a[1]) * (b[0] - a[0]) / (date(b[1]) - date(a[1])),
    };
  });
}

test('every timeline panel shares one date scale with dated ticks; the detail strip is its shaded window', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/correct.pem') },
    { name: 'staple.der', bytes: await fixture('staples/stale.der') },
    { name: 'revoked-leaf.pem', bytes: await fixture('crl/revoked-leaf.pem') },
  ]);
  // The last panel on the shared scale; the scales are compared before the detail is looked for.
  await page.waitForSelector('svg.timeline-crls .bar');
  const all = await page.evaluate(scales);
  const shared = all.filter((s) => !s.class.includes('timeline-detail'));
  const detail = all.find((s) => s.class.includes('timeline-detail'));
  assert.deepEqual(shared.map((s) => s.class), ['timeline timeline-certificates', 'timeline timeline-staples', 'timeline timeline-crls']);
  // The same ends, the same dated ticks at the same x, the same evaluation line.
  for (const s of shared) {
    assert.ok(s.ticks.length >= 2, `${s.class}: ticks ${JSON.stringify(s.ticks)}`);
    for (const key of ['from', 'to', 'ticks', 'now', 'window']) assert.deepEqual(s[key], shared[0][key], `${s.class}: ${key}`);
  }
  assert.ok(detail, 'a detail strip around the evaluation time');
  // The ticks' words are the dates at their x: the evaluation line sits where its date falls.
  const x = (s, rfc3339) => s.x0 + s.perMs * Date.parse(rfc3339);
  const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 2, `${what}: ${a} vs ${b}`);
  for (const s of [shared[0], detail]) near(s.now, x(s, EVALUATION_TIME), `${s.class}: the evaluation line`);
  // The detail strip's span is the window shaded on the shared scale.
  near(shared[0].window[0], x(shared[0], detail.from), 'the window\'s left edge');
  near(shared[0].window[1], x(shared[0], detail.to), 'the window\'s right edge');
  assert.equal(detail.window, null);
  // In the detail, the stale week lies left of the line, the CRL's week across it.
  const bars = await page.evaluate(() => [...document.querySelectorAll('svg.timeline-detail .bar rect')]
    .map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('x')) + Number(r.getAttribute('width'))]));
  assert.equal(bars.length, 2);
  assert.ok(bars[0][1] < detail.now && bars[0][1] - bars[0][0] > 100, `staple ${bars[0]}, now ${detail.now}`);
  assert.ok(bars[1][0] < detail.now && detail.now < bars[1][1], `CRL ${bars[1]}, now ${detail.now}`);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
