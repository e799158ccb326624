// Issue 16 in real Chromium: nothing the user did not open is rendered. A
// closed <details> holds its summary alone; its table or code block is made
// when the summary is clicked, with the same content the page always showed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// [the details, what its body holds once opened, that body's text, where the case comes from]
const FOLDS = [
  ['#cert-0 details', 'table.extensions', /Basic Constraints.*2\.5\.29\.19/s, 'the leaf card\'s "All N extensions"'],
  ['.command-card[data-purpose="fetch-staple-openssl"]', 'pre code', /^openssl ocsp -no_nonce -issuer issuer\.pem -cert leaf\.pem/, 'a command card (commands_panel.rs)'],
  ['.command-card[data-purpose="fetch-staple-curl"]', '#download-request-der', /^Download request\.der$/, 'the curl card\'s request download'],
  ['.server-config[data-server="nginx"]', 'pre code', /ssl_stapling\s+on;/, 'a server configuration (commands_panel.rs)'],
  ['.chain .bundle:has(#download-fullchain-pem) details', 'pre.pem', null, 'fullchain.pem\'s "Show" (chain_view.rs)'],
];

test('a closed details holds no table or code block; a click on its summary makes it, with its content', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 3 && document.querySelector('.server-config'));
  const fullchain = Buffer.concat([await fixture('pki/leaf.pem'), await fixture('pki/int-rsa.pem')]).toString();
  // Nowhere on the page does a closed details hold a table, a code block or a button of its body.
  const hidden = () => page.evaluate(() => document.querySelectorAll('details:not([open]) :is(table, pre, .download, .copy)').length);
  assert.equal(await hidden(), 0, 'no closed details holds its body');
  for (const [details, body, text, why] of FOLDS) {
    const fold = page.locator(details).first();
    assert.equal(await fold.evaluate((d) => d.open), false, `${why}: closed at first`);
    assert.equal(await fold.locator(body).count(), 0, `${why}: its body is not made while closed`);
    assert.ok(await fold.locator('summary').textContent(), `${why}: its summary is shown`);
    await fold.locator('summary').click();
    await fold.locator(body).first().waitFor();
    const shown = await fold.locator(body).first().textContent();
    if (text) assert.match(shown, text, why);
    else assert.equal(shown, fullchain, why);
    // Closed again, it keeps what it made (no second render on reopening).
    await fold.locator('summary').click();
    assert.equal(await fold.locator(body).count() > 0, true, `${why}: kept once made`);
  }
  // Opened by a click, a details has its body in the same task, before any
  // frame can paint it open and empty (the toggle event comes later).
  const sameTask = await page.evaluate(async () => {
    const details = document.querySelector('.command-card[data-purpose="verify-staple"]');
    details.querySelector('summary').click();
    await Promise.resolve();
    return { open: details.open, body: details.querySelector('pre code') !== null };
  });
  assert.deepEqual(sameTask, { open: true, body: true }, 'a clicked details is never open and empty');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
