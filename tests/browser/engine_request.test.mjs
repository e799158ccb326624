// Issue 16 in real Chromium: a change of inputs reaches the engine once,
// and before the page has drawn it. The page sends the inputs right after
// the change is reduced (app/hooks.rs `send_now`), so the engine works
// while the page renders "Analysing…"; the effect that runs after that
// render finds the same generation already sent and sends nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// [the change, how the page receives it]
const CHANGES = [
  ['files dropped on the page', async (page) => dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ])],
  ['a file chosen with the picker', async (page) => page.setInputFiles('#files', {
    name: 'int.pem', mimeType: 'text/plain', buffer: await fixture('pki/int-rsa.pem'),
  })],
  // One input event, as a paste makes (`fill` types a multi-line text a
  // line at a time: an event, so a request, per line).
  ['text pasted into the paste area', async (page) => page.$eval('#paste', (area, text) => {
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, (await fixture('pki/leaf.pem')).toString())],
  ['the evaluation time set', async (page) => page.fill('#evaluate-at', '2026-11-23T01:00:00')],
  ['an input removed', async (page) => page.locator('.input-card .remove').first().click()],
];

test('each change of inputs is sent to the engine once, before the page renders it', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  // Every request the page posts, with what the status line said then.
  await page.evaluate(() => {
    window.__requests = [];
    const Engine = window.Worker;
    window.Worker = class extends Engine {
      postMessage(message, transfer) {
        if (message && message.inputs) {
          window.__requests.push({ id: message.id, status: document.querySelector('.analysis-status').textContent });
        }
        return super.postMessage(message, transfer);
      }
    };
  });
  // The engine starts on the first change; a request made while it loads
  // is held until it is ready, so that one is sent after the render.
  await page.fill('#paste', (await fixture('pki/leaf.pem')).toString());
  await page.waitForSelector('.certificate-card');
  await page.fill('#paste', '');
  await page.waitForFunction(() => document.querySelectorAll('.certificate-card').length === 0);
  for (const [change, make] of CHANGES) {
    const before = await page.evaluate(() => window.__requests.length);
    await make(page);
    await page.waitForFunction(() => document.querySelector('.analysis-status').textContent === ''
      && document.querySelectorAll('.certificate-card').length > 0);
    const sent = await page.evaluate((n) => window.__requests.slice(n), before);
    assert.equal(sent.length, 1, `${change}: one request, not one per render (${JSON.stringify(sent)})`);
    assert.equal(sent[0].status, '', `${change}: sent before the page drew "Analysing…"`);
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
