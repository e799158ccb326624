// Issue 9 in real Chromium: offline after the first visit, sub-path
// hosting, accessibility (axe-core), keyboard-only use, themes, and
// screenshots at phone and desktop widths (kept as test artifacts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serveDist, launch, openApp, fixture, ROOT, EVALUATION_TIME, evaluateAt } from './harness.mjs';

const require = createRequire(import.meta.url);
const ARTIFACTS = join(ROOT, 'tests', 'browser', 'artifacts');
let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

test('after the first visit the page reloads and works with the network off', async () => {
  const { page, context } = await openApp(browser, server.origin);
  // The service worker waits for the first answer (issue 27): its install
  // fetches the whole shell, which competed with the first answer for the CPU.
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null), null,
    'no service worker before the first answer');
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.report .summary');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('#paste');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#paste', { timeout: 20_000 });
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.certificate-card');
  await context.close();
});

test('the app served from a sub-path (trunk build --public-url /certscope/) works', async () => {
  const sub = await serveDist({ dir: join(ROOT, 'dist-subpath'), prefix: '/certscope' });
  try {
    const { page, log, context } = await openApp(browser, sub.origin, { path: '/certscope/' });
    await page.fill('#paste', (await fixture('chains/correct.pem')).toString());
    await page.waitForSelector('.certificate-card');
    await page.click('.examples summary');
    await page.waitForSelector('.examples li a');
    assert.ok(new URL(page.url()).pathname.startsWith('/certscope/'));
    assert.deepEqual(sub.requests.filter((p) => !p.startsWith('/certscope/')), [], 'every request stays under the sub-path');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('axe-core finds no serious or critical accessibility violation', async () => {
  // Only this test bypasses the CSP: axe is injected as an inline script.
  const { page, context } = await openApp(browser, server.origin, { contextOptions: { bypassCSP: true } });
  await evaluateAt(page, EVALUATION_TIME);
  await page.fill('#paste', (await fixture('inputs/s_client-showcerts.txt')).toString());
  await page.waitForSelector('.certificate-card');
  const check = async (what) => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    for (const theme of ['light', 'dark']) {
      await page.selectOption('#theme', theme);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      assert.deepEqual(bad, [], `${what}, ${theme} theme`);
    }
  };
  await check('a pasted chain');
  // Issue 28's folds: the staple's server verdicts, the signature, the notes.
  const stale = JSON.parse(await readFile(join(ROOT, 'static', 'examples.json'), 'utf8'))
    .find((e) => e.title === 'A stale staple and its chain');
  await page.goto(`${server.origin}/#${stale.link}`);
  await page.waitForSelector('.staple-card .server-verdicts');
  await check('the stale-staple example');
  await context.close();
});

test('the whole flow works by keyboard alone: paste, choose files, download, copy the link', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // Listen for the file chooser long before Space is pressed: Playwright
  // turns on Chromium's interception when the first listener is added, with
  // a message it does not wait for, so a `waitForEvent` started together with
  // the key press can lose the race and never see the chooser.
  const chosen = new Promise((resolve, reject) => {
    page.once('filechooser', resolve);
    setTimeout(() => reject(new Error('no file chooser within 60 s')), 60_000).unref();
  });
  const tabTo = async (selector, key = 'Tab') => {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo('#paste');
  await page.keyboard.insertText((await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.certificate-card');
  await tabTo('#files');
  const focusVisible = await page.evaluate(() => getComputedStyle(document.querySelector('.file-button')).outlineStyle);
  assert.notEqual(focusVisible, 'none', 'the focused file picker shows a focus ring');
  await page.keyboard.press('Space');
  const chooser = await chosen;
  await chooser.setFiles([{ name: 'int.pem', mimeType: 'text/plain', buffer: await fixture('pki/int-rsa.pem') }]);
  await page.waitForFunction(() => document.querySelectorAll('.input-card').length === 2);
  // Files added: the focus goes to the verdict (issue 28), after the inputs.
  await page.waitForFunction(() => document.activeElement?.classList.contains('summary'));
  await tabTo('#download-report', 'Shift+Tab');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(dl.suggestedFilename(), 'certscope-report.json');
  await tabTo('#copy-link');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.copy-status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('themes follow the system and the toggle, and the page fits a 375 px phone', async () => {
  for (const [width, height] of [[375, 812], [1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context } = await openApp(browser, server.origin, { contextOptions: { viewport: { width, height }, colorScheme: scheme } });
      await evaluateAt(page, EVALUATION_TIME);
      await page.fill('#paste', (await fixture('inputs/s_client-showcerts.txt')).toString());
      await page.waitForSelector('.certificate-card');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, scheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(251, 251, 250)', `${scheme} follows the system`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${width}px ${scheme}: ${overflow}px of horizontal scrolling`);
      await page.screenshot({ path: join(ARTIFACTS, `page-${width}-${scheme}.png`), fullPage: false });
      await page.selectOption('#theme', scheme === 'dark' ? 'light' : 'dark');
      const toggled = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(toggled, background, 'the toggle overrides the system');
      await context.close();
    }
  }
});
