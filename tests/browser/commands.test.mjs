// Issue 5 in real Chromium: advice for a leaf without an OCSP URL, commands
// built from the certificates, the OCSP request download, host editing and
// the log-line box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, download, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a leaf without an OCSP URL gets the "nothing to staple" advice and its CRL URL', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'cert.pem', bytes: await fixture('pki/leaf-no-ocsp.pem') },
    { name: 'chain.pem', bytes: await fixture('chains/ecdsa-ed25519.pem') },
  ]);
  // A note: in the DOM behind the folded "Notes" (issue 28).
  await page.waitForSelector('.finding[data-code="ocsp-no-responder-url"]', { state: 'attached' });
  const advice = await page.textContent('.finding[data-code="ocsp-no-responder-url"]');
  assert.match(advice, /nothing to staple/);
  assert.match(advice, /SC-063/);
  assert.match(advice, /ssl_stapling off/);
  assert.match(advice, /http:\/\/crl\.example\.test\/e2\.crl/);
  // chain.pem brings a second leaf (ed25519.example.test) that has an OCSP URL; the no-OCSP leaf gets no fetch command.
  await page.waitForSelector('.command-card[data-purpose="fetch-staple-openssl"]');
  const fetchFor = await page.$$eval('.command-card[data-purpose="fetch-staple-openssl"] h3', (els) => els.map((e) => e.textContent));
  // Not empty (an empty list passes any `every`): the other leaf's command is there.
  assert.ok(fetchFor.some((t) => t.includes('ed25519.example.test')), JSON.stringify(fetchFor));
  assert.ok(fetchFor.every((t) => !t.includes('no-ocsp.example.test')), JSON.stringify(fetchFor));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('commands come from the certificates: request.der equals openssl\'s, the host is editable, log lines are explained', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [{ name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') }]);
  await page.waitForSelector('.command-card[data-purpose="fetch-staple-openssl"]');
  // The recipes are collapsed to their title and first line until opened.
  assert.equal(await page.locator('.command-card[open]').count(), 0);
  // All for the leaf: the heading names it once, no title again (issue 28:
  // the name made every title two lines); two leaves' commands each name theirs (above).
  assert.equal(await page.textContent('.commands h2'), 'Fix it: commands and configuration for www.example.test');
  const titles = await page.$$eval('.command-card h3', (els) => els.map((e) => e.textContent));
  assert.ok(titles.length > 3 && titles.every((t) => !t.includes('example.test')), JSON.stringify(titles));
  // Opened as a user would: a closed card's block is not made (issue 16).
  await page.click('.command-card[data-purpose="fetch-staple-openssl"] summary');
  const openssl = await page.textContent('.command-card[data-purpose="fetch-staple-openssl"] pre code');
  assert.match(openssl, /openssl ocsp -no_nonce -issuer issuer\.pem -cert leaf\.pem -url http:\/\/ocsp\.example\.test\/ -header Host=ocsp\.example\.test/);
  // The request to download sits in the curl card, made once it is opened.
  assert.equal(await page.locator('#download-request-der').count(), 0);
  await page.click('.command-card[data-purpose="fetch-staple-curl"] summary');
  // The same bytes as `openssl ocsp -no_nonce -issuer int-rsa.pem -cert leaf.pem -reqout`.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-request-der')]);
  const chunks = [];
  for await (const chunk of await dl.createReadStream()) chunks.push(chunk);
  assert.deepEqual(Buffer.concat(chunks), await fixture('staples/ocsp-request-leaf.der'));

  await page.click('.command-card[data-purpose="check-server"] summary');
  assert.match(await page.textContent('.command-card[data-purpose="check-server"] pre code'), /-connect www\.example\.test:443 -servername www\.example\.test/);
  // No space: the host field takes several names separated by spaces or commas.
  await page.fill('#host', "it's$(reboot).example");
  await page.waitForFunction(() => document.querySelector('.command-card[data-purpose="check-server"] pre code')?.textContent.includes('reboot'));
  const quoted = await page.textContent('.command-card[data-purpose="check-server"] pre code');
  assert.match(quoted, /-servername 'it'\\''s\$\(reboot\)\.example'/, quoted);

  await page.fill('#log-line', '2026/11/23 01:00:00 [warn] 1#1: "ssl_stapling" ignored, issuer certificate not found for certificate "/etc/nginx/leaf.pem"');
  await page.waitForSelector('.explanation[data-code="nginx-issuer-not-found"]');
  assert.match(await page.textContent('.explanation'), /Fix:/);
  await page.click('.server-config[data-server="nginx"] summary');
  assert.match(await page.textContent('.server-config[data-server="nginx"] pre code'), /ssl_stapling\s+on;/);
  await context.close();
});

test('a bidi override or control character in a command is shown spelled out, and the copy button copies the exact text', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [{ name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') }]);
  await page.waitForSelector('.command-card[data-purpose="check-server"]');
  // U+202E would reverse what follows it on screen, so the shown command would
  // differ from the one that runs.
  const host = 'www.example\u202Etset.evil';
  await page.fill('#host', host);
  const card = '.command-card[data-purpose="check-server"]';
  // The collapsed card's first line shows it spelled out too.
  await page.waitForFunction((sel) => document.querySelector(`${sel} summary code`)?.textContent.includes('\\u{202E}'), card);
  await page.click(`${card} summary`);
  const shown = await page.textContent(`${card} pre code`);
  assert.ok(!shown.includes('\u202E'), 'the override itself is not in the shown command');
  assert.equal(await page.locator(`${card} pre code .escaped`).count() > 0, true, 'spelled out as an escaped span');
  await page.click(`${card} button.copy`);
  await page.waitForSelector(`${card} .copy-status`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(host), 'the copied command keeps the real character');
  assert.equal(shown, copied.replaceAll('\u202E', '\\u{202E}'), 'shown = copied, with the override spelled out');
  // Multi-line commands keep their line breaks (not spelled \u{000A}).
  await page.click('.command-card[data-purpose="refresh-staple-file"] summary');
  const refresh = await page.textContent('.command-card[data-purpose="refresh-staple-file"] pre code');
  assert.ok(refresh.includes('\n') && !refresh.includes('\\u{000A}'), refresh.slice(0, 200));
  await context.close();
});
