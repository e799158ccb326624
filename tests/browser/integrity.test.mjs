// Issue 7: Subresource Integrity on the built assets. Trunk hashes the
// stylesheet, early.js and boot.js; scripts/post-build.mjs adds the hashes of the
// interface's JS and wasm and, in the worker's loader, of the engine's wasm. Each test serves one
// asset altered by a byte and checks the page refuses it, and says so.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, fixture, DIST } from './harness.mjs';

let browser;
after(async () => { await browser?.close(); });
const chromium = async () => (browser ??= await launch());

/** The same bytes with the last one changed. */
const flipLast = (buf) => { const b = Buffer.from(buf); b[b.length - 1] ^= 1; return b; };

test('every script, stylesheet and wasm the page loads carries an integrity hash', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  for (const file of ['early.js', 'boot.js', 'style.css', 'certscope-web.js', 'certscope-web_bg.wasm']) {
    const tag = html.match(new RegExp(`<[^>]*${file.replace('.', '\\.')}[^>]*>`))?.[0];
    assert.match(tag ?? '', /integrity="?sha384-[A-Za-z0-9+/=]{64}/, `${file}: ${tag}`);
  }
  // The engine's wasm: its hash is in the worker's loader, which fetches it.
  const loader = await readFile(join(DIST, 'certscope-worker-loader.js'), 'utf8');
  assert.match(loader, /fetch\('\.\/' \+ file, init\)/);
  assert.match(loader, /data\('certscope-worker_bg\.wasm', \{ integrity: 'sha384-[A-Za-z0-9+/=]{64}' \}\)/);
});

for (const file of ['certscope-web_bg.wasm', 'certscope-web.js', 'boot.js']) {
  test(`an altered ${file} is refused and the page says why`, async () => {
    const server = await serveDist({ alter: { [file]: flipLast } });
    const context = await (await chromium()).newContext();
    const page = await context.newPage();
    // Chromium reports a refused digest on the console.
    const refused = page.waitForEvent('console', { predicate: (m) => /integrity/i.test(m.text()), timeout: 10_000 });
    await page.goto(server.origin + '/');
    await refused;
    if (file === 'boot.js') {
      // Nothing of ours runs: the browser refuses the only script. Asked
      // only once the page has loaded everything it was going to (load,
      // then no request for 500 ms), when an unaltered page has started the
      // app (foundation.test.mjs), not the moment the refusal is logged.
      await page.waitForLoadState('load');
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('.app:not(.early)').count(), 0);
      assert.equal(await page.locator('#early').count(), 1, 'the static page is still what shows');
    } else {
      await page.waitForSelector('#crash[role="alert"]');
      assert.match(await page.textContent('#crash'), /could not start.*integrity/s);
      assert.equal(await page.locator('.app:not(.early)').count(), 0, 'the app did not start');
    }
    await context.close();
    await server.close();
  });
}

test('an altered engine wasm is refused: the page says the engine could not load', async () => {
  const server = await serveDist({ alter: { 'certscope-worker_bg.wasm': flipLast } });
  const { page, context } = await openApp(await chromium(), server.origin);
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.input-error[role="alert"]');
  assert.match(await page.textContent('.input-error[role="alert"]'), /analysis engine could not load/);
  assert.equal(await page.locator('.certificate-card').count(), 0);
  await context.close();
  await server.close();
});

test('an altered root store file is refused: the engine says it could not load, and makes no report', async () => {
  // roots.der is fetched beside the engine's wasm (issue 25: the roots left
  // the engine's code); the engine checks its SHA-256 before it answers.
  const server = await serveDist({ alter: { 'roots.der': flipLast } });
  const { page, context } = await openApp(await chromium(), server.origin);
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.input-error[role="alert"]');
  assert.match(await page.textContent('.input-error[role="alert"]'), /analysis engine could not load.*root store file/);
  assert.equal(await page.locator('.certificate-card').count(), 0);
  await context.close();
  await server.close();
});
