// Issue 28 in real Chromium: a trust bundle is a table of its roots that
// sorts by a column when its header's button is clicked, and reverses on a
// second click; the order is announced with aria-sort on the header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveDist, launch, openApp, dropFiles, EVALUATION_TIME, evaluateAt } from './harness.mjs';

const require = createRequire(import.meta.url);

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Each row as the page shows it: its id, number, name and expiry. */
const rowsOf = (page) => page.$$eval('table.roots tbody tr', (rows) => rows.map((r) => ({
  id: r.id,
  number: Number(r.cells[0].textContent),
  name: r.cells[1].textContent,
  expires: r.querySelector('time').getAttribute('datetime'),
})));

/** Which header says the rows are sorted, and how. */
const sortedBy = (page) => page.$$eval('table.roots th[aria-sort]',
  (ths) => ths.map((th) => `${th.textContent.trim()} ${th.getAttribute('aria-sort')}`));

const click = (page, label) => page.click(`table.roots th > button:text-is("${label}")`);

// Names compare by their UTF-8 bytes with ASCII letters folded to lower case, as the page does.
const folded = (name) => Buffer.from(name).map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b));
const byName = (a, b) => Buffer.compare(folded(a.name), folded(b.name));

function assertOrdered(rows, compare, what) {
  rows.slice(1).forEach((row, i) => assert.ok(compare(rows[i], row) <= 0,
    `${what}: row ${i + 1} (${JSON.stringify(rows[i])}) before row ${i + 2} (${JSON.stringify(row)})`));
}

test('Debian\'s CA bundle: its roots sort by expiry, reversed on a second click, and by name', async () => {
  const path = '/etc/ssl/certs/ca-certificates.crt';
  let bytes;
  try { bytes = await readFile(path); } catch (e) {
    // CI as CI systems set it (true, 1, True…); scripts/test.sh sets it too.
    assert.ok(['', '0', 'false', 'no'].includes((process.env.CI ?? '').trim().toLowerCase()),
      `${path} is missing (apt-get install ca-certificates)`);
    return;
  }
  // The CSP is bypassed only to inject axe-core as an inline script.
  const { page, log, context } = await openApp(browser, server.origin, { contextOptions: { bypassCSP: true } });
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [{ name: 'ca-certificates.crt', bytes }]);
  await page.waitForSelector('table.roots', { timeout: 30_000 });
  // The rows come a slice per task (issue 27): wait for as many as the
  // section's heading counts.
  await page.waitForFunction(() => {
    const shown = Number(document.querySelector('.certificates h2')?.textContent.match(/\((\d+)\)/)?.[1]);
    return shown > 0 && document.querySelectorAll('table.roots tbody tr').length === shown;
  });

  // As given: by number, every row's id its place in the bundle.
  const given = await rowsOf(page);
  assert.ok(given.length > 10, `${given.length} rows`);
  given.forEach((r, i) => { assert.equal(r.number, i + 1); assert.equal(r.id, `cert-${i}`); });
  assert.deepEqual(await sortedBy(page), ['# ascending']);
  assert.equal(await page.locator('table.roots th > button[type=button]').count(), 4, 'a real button in each header');

  await click(page, 'Expires');
  const soonest = await rowsOf(page);
  assert.deepEqual(await sortedBy(page), ['Expires ascending']);
  assertOrdered(soonest, (a, b) => a.expires.localeCompare(b.expires), 'soonest first');
  assert.notDeepEqual(soonest.map((r) => r.id), given.map((r) => r.id), 'the bundle is not already in expiry order');
  // The rows move whole: a link to #cert-N still lands on root N.
  soonest.forEach((r) => assert.equal(r.id, `cert-${r.number - 1}`));
  assert.deepEqual(soonest.map((r) => r.id).sort(), given.map((r) => r.id).sort());

  await click(page, 'Expires');
  assert.deepEqual(await sortedBy(page), ['Expires descending']);
  assertOrdered(await rowsOf(page), (a, b) => b.expires.localeCompare(a.expires), 'latest first');

  await click(page, 'Name');
  assert.deepEqual(await sortedBy(page), ['Name ascending']);
  const named = await rowsOf(page);
  assertOrdered(named, byName, 'by name');
  named.forEach((r) => assert.equal(r.id, `cert-${r.number - 1}`));

  // The sortable headers pass axe-core (buttons named, aria-sort allowed on th).
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const axe = await page.evaluate(() => window.axe.run('table.roots', { resultTypes: ['violations'] }));
  assert.deepEqual(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), []);

  await click(page, '#');
  assert.deepEqual((await rowsOf(page)).map((r) => r.id), given.map((r) => r.id), 'back to the bundle\'s order');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
