// Issue 18 in real Chromium: the page as people meet it. Drops anywhere on
// the window, the answer first, installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serveDist, launch, openApp, CHROMIUM_ARGS, dropFiles, fixture, FIXTURES, ROOT, EVALUATION_TIME, evaluateAt } from './harness.mjs';

const ARTIFACTS = join(ROOT, 'tests', 'browser', 'artifacts');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A point in the left margin, outside the page's column, and what is under it. */
async function marginPoint(page) {
  return page.evaluate(() => {
    const column = document.querySelector('main').getBoundingClientRect();
    const x = Math.floor(column.left / 2);
    const y = Math.floor(window.innerHeight / 2);
    const under = document.elementFromPoint(x, y);
    return { x, y, column: column.left, under: under?.closest('main') ? 'inside the column' : under?.className };
  });
}

test('a file dropped in the margin of a 1600 px page is analysed, with the whole viewport highlighted, and the page stays', async () => {
  const { page, log, context } = await openApp(browser, server.origin, { contextOptions: { viewport: { width: 1600, height: 900 } } });
  await evaluateAt(page, EVALUATION_TIME);
  const address = page.url();
  const point = await marginPoint(page);
  assert.ok(point.column > 40 && point.under === 'app', `a margin exists at 1600 px: ${JSON.stringify(point)}`);

  // The highlight is laid out but transparent until a drag (style.css).
  const opacity = () => page.evaluate(() => getComputedStyle(document.querySelector('.drop-overlay')).opacity);
  assert.equal(await opacity(), '0', 'no highlight before a drag');
  // A drag over the margin: the page takes it and the highlight covers the viewport.
  const bytes = Array.from(await fixture('chains/correct.pem'));
  const taken = await page.evaluate(({ x, y, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'fullchain.pem'));
    const target = document.elementFromPoint(x, y);
    const fire = (type) => {
      const e = new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, clientX: x, clientY: y });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const result = { dragenter: fire('dragenter'), dragover: fire('dragover') };
    window.__drop = () => fire('drop');
    return result;
  }, { ...point, bytes });
  assert.deepEqual(taken, { dragenter: true, dragover: true });
  await page.waitForSelector('.dragging .drop-overlay');
  assert.equal(await opacity(), '1', 'the highlight shows during the drag');
  const overlay = await page.locator('.drop-overlay').boundingBox();
  assert.ok(overlay.width >= 1600 - 32 && overlay.height >= 900 - 32, `the highlight covers the viewport: ${JSON.stringify(overlay)}`);
  assert.equal(await page.evaluate(() => window.__drop()), true, 'the drop is taken (preventDefault)');
  await page.waitForSelector('.certificate-card');
  assert.equal(await page.locator('.dragging').count(), 0, 'the highlight ends with the drop');
  assert.equal(await opacity(), '0', 'and is transparent again');

  // A real drag from outside (the DevTools protocol's drag input): had the
  // page not taken it, Chromium would open the file in place of the page.
  const cdp = await context.newCDPSession(page);
  const data = { items: [], files: [join(FIXTURES, 'staples', 'stale.der')], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, x: point.x, y: point.y, data });
  }
  await page.waitForSelector('.staple-card');
  assert.equal(page.url().split('#')[0], address.split('#')[0], 'the page did not navigate to the file');
  assert.equal(await page.locator('.input-card').count(), 2, 'both dropped files are inputs');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('commands are code blocks: collapsed to title and first line, one background, sideways scroll, exact copy', async () => {
  const { page, context } = await openApp(browser, server.origin, { contextOptions: { viewport: { width: 1280, height: 800 } } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await evaluateAt(page, EVALUATION_TIME);
  await page.fill('#paste', (await fixture('chains/with-root.pem')).toString());
  const card = page.locator('.command-card[data-purpose="refresh-staple-file"]').first();
  await card.waitFor({ state: 'attached' });
  assert.equal(await card.evaluate((d) => d.open), false, 'collapsed until opened');
  assert.ok((await card.boundingBox()).height < 100, 'collapsed to its title and first line');
  await card.locator('summary').click();
  const text = await card.locator('pre code').textContent();
  const lines = text.split('\n');
  assert.ok(lines.length > 10, `a script of many lines: ${lines.length}`);
  assert.equal(await card.locator('summary .first-line').textContent(), lines[0]);
  const look = await card.locator('pre').evaluate((pre) => {
    const p = getComputedStyle(pre);
    const c = getComputedStyle(pre.querySelector('code'));
    return { whiteSpace: p.whiteSpace, overflowX: p.overflowX, font: p.fontFamily, blocks: pre.parentElement.querySelectorAll('pre').length,
      codeBorder: c.borderTopWidth, codeBackground: c.backgroundColor, codePadding: c.paddingTop };
  });
  assert.deepEqual({ ...look, font: /mono/i.test(look.font) }, { whiteSpace: 'pre', overflowX: 'auto', font: true, blocks: 1,
    codeBorder: '0px', codeBackground: 'rgba(0, 0, 0, 0)', codePadding: '0px' });
  await card.locator('button.copy').click();
  await card.locator('.copy-status').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, 'the copy is the exact text');
  // A long line scrolls inside its block; the page itself never scrolls sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await context.close();
});

test('Chromium finds the page installable from localhost, with the PNG icons the manifest lists', async () => {
  const local = server.origin.replace('127.0.0.1', 'localhost');
  // A profile on disk: Chromium never offers to install from an incognito
  // context, which is what browser.newContext() makes.
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'certscope-install-')),
    { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${local}/`);
  await page.waitForSelector('#paste', { timeout: 20_000 });
  // The service worker is registered once an answer is on screen.
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.report .summary');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  const manifest = await (await fetch(`${server.origin}/manifest.webmanifest`)).json();
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  assert.deepEqual(pngs.map((i) => `${i.sizes} ${i.purpose}`), ['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of pngs) {
    const png = Buffer.from(await (await fetch(`${server.origin}/${icon.src}`)).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG', icon.src);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  await context.close();
});

test('Debian\'s CA bundle is framed as a trust bundle, with no advice for a server\'s chain', async () => {
  const path = '/etc/ssl/certs/ca-certificates.crt';
  let bytes;
  try { bytes = await readFile(path); } catch (e) {
    // CI as CI systems set it (true, 1, True…); scripts/test.sh sets it too.
    assert.ok(['', '0', 'false', 'no'].includes((process.env.CI ?? '').trim().toLowerCase()),
      `${path} is missing (apt-get install ca-certificates)`);
    return;
  }
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [{ name: 'ca-certificates.crt', bytes }]);
  await page.waitForFunction(() => /trust bundle/.test(document.querySelector('.summary')?.textContent ?? ''), null, { timeout: 30_000 });
  const given = bytes.toString().split('-----BEGIN CERTIFICATE-----').length - 1;
  assert.match(await page.textContent('.summary'), new RegExp(`^A trust bundle of ${given} roots, not a server's chain: \\d+ expired, `));
  const text = await page.textContent('.report');
  assert.doesNotMatch(text, /point ssl_certificate at|Fetch a fresh staple/);
  assert.equal(await page.locator('.chain').count(), 0);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

const stale = JSON.parse(await readFile(join(ROOT, 'static', 'examples.json'), 'utf8'))
  .find((e) => e.title === 'A stale staple and its chain');
const HEIGHT = { 375: 812, 1280: 800, 1600: 1000 };

test('the stale-staple example at 375, 1280 and 1600 px in both themes: the answer first, screenshots kept', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const width of [375, 1280, 1600]) {
    for (const scheme of ['light', 'dark']) {
      const height = HEIGHT[width];
      const { page, log, context } = await openApp(browser, server.origin,
        { path: `/#${stale.link}`, contextOptions: { viewport: { width, height }, colorScheme: scheme } });
      await page.waitForSelector('.staple-card [data-cert-status]');
      await page.waitForSelector('.certificate-card');
      const where = `${width} px ${scheme}`;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${where}: ${overflow} px of sideways scrolling`);
      // The answer before the details, in the page's order.
      const order = await page.evaluate(() => ['.summary', '.staple-card', '.chain', '.findings', '.certificate-card']
        .map((s) => document.querySelector(s).getBoundingClientRect().top));
      assert.deepEqual([...order].sort((a, b) => a - b), order, `${where}: verdict, staple, chain, findings, certificates: ${order}`);
      if (width === 1280) {
        for (const selector of ['.summary', '.staple-card [data-cert-status]', '.staple-card [data-freshness]']) {
          const box = await page.locator(selector).first().boundingBox();
          assert.ok(box.y >= 0 && box.y + box.height <= height, `${where}: ${selector} above the fold (${JSON.stringify(box)})`);
        }
      }
      if (width >= 1280) {
        // Issue 28: the staple's card spans the report column, above the
        // chain, so its server lines are never squeezed into half of it.
        const [s, c, r] = await Promise.all(['.staples', '.chains', '.report'].map((sel) => page.locator(sel).boundingBox()));
        assert.ok(s.y + s.height <= c.y + 1, `${where}: the staple above the chain (${JSON.stringify({ s, c })})`);
        for (const [name, box] of [['staple', s], ['chain', c]]) {
          assert.ok(Math.abs(box.x - r.x) < 2 && Math.abs(box.width - r.width) < 2,
            `${where}: the ${name} spans the report column (${box.width} of ${r.width} px)`);
        }
      }
      await page.screenshot({ path: join(ARTIFACTS, `layout-${width}-${scheme}.png`) });
      // Cards off screen are not painted (content-visibility: auto); a
      // whole-page picture must paint them all.
      await page.evaluate(() => document.querySelectorAll('.app *').forEach((e) => {
        if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
      }));
      await page.screenshot({ path: join(ARTIFACTS, `layout-${width}-${scheme}-full.png`), fullPage: true });
      if (width === 1280 && scheme === 'light') {
        // The README's picture: the whole page, as built.
        await page.screenshot({ path: join(ROOT, 'docs', 'images', 'certscope.png'), fullPage: true });
      }
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    }
  }
});

/**
 * The page's full height with every card laid out (`content-visibility:
 * auto` counts a card not yet painted as 12rem), once long lists, which
 * the page renders a slice per task, have stopped growing: the same for
 * half a second, polled with a deadline.
 */
async function fullHeight(page) {
  const measure = () => page.evaluate(() => {
    document.querySelectorAll('.app *').forEach((e) => {
      if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
    });
    return document.documentElement.scrollHeight;
  });
  const deadline = Date.now() + 10_000;
  let [height, same] = [await measure(), 0];
  while (same < 5 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await measure();
    [height, same] = [now, now === height ? same + 1 : 0];
  }
  return height;
}

// Issue 28's goal for a report a person can take in: at 1280 px the
// stale-staple example at most half the 5,932 px it was, and Debian's
// trust bundle at most a tenth of its 70,000 px.
test('at 1280 px the stale-staple example is at most 2,966 px tall and Debian\'s bundle at most 7,000 px', async () => {
  const viewport = { width: 1280, height: 800 };
  const { page, log, context } = await openApp(browser, server.origin, { path: `/#${stale.link}`, contextOptions: { viewport } });
  await page.waitForSelector('.staple-card [data-cert-status]');
  await page.waitForSelector('.certificate-card');
  const staple = await fullHeight(page);
  assert.ok(staple <= 2966, `the stale-staple example is ${staple} px tall`);
  assert.deepEqual(log.pageErrors, []);
  await context.close();

  const path = '/etc/ssl/certs/ca-certificates.crt';
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) {
    assert.ok(['', '0', 'false', 'no'].includes((process.env.CI ?? '').trim().toLowerCase()),
      `${path} is missing (apt-get install ca-certificates)`);
    return;
  }
  const bundle = await openApp(browser, server.origin, { contextOptions: { viewport } });
  await evaluateAt(bundle.page, EVALUATION_TIME);
  await dropFiles(bundle.page, [{ name: 'ca-certificates.crt', bytes }]);
  await bundle.page.waitForSelector('.roots tbody tr', { timeout: 30_000 });
  const height = await fullHeight(bundle.page);
  assert.ok(height <= 7000, `Debian's bundle is ${height} px tall`);
  assert.deepEqual(bundle.log.pageErrors, []);
  await bundle.context.close();
});
