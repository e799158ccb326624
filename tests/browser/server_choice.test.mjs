// Issue 32 in real Chromium: the page's "Web server" choice reaches the
// engine (the headline adds that server's consequence, only its
// configuration is shown) and travels in the share link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The headline's HAProxy line for a stale staple (src/inspect/summary.rs).
const HAPROXY = 'HAProxy staples no stale .ocsp file: the refresh-staple-file timer keeps it fresh (HAProxy 3.0+: ocsp-update on).';

async function staleExample() {
  const examples = JSON.parse(await readFile(join(ROOT, 'static', 'examples.json'), 'utf8'));
  const stale = examples.find((e) => e.title === 'A stale staple and its chain');
  assert.ok(stale, 'the stale-staple example');
  return stale.link;
}

const headline = (page) => page.textContent('.report .summary');
const configs = (page) => page.$$eval('.server-config', (els) => els.map((e) => e.dataset.server));

test('choosing HAProxy adds its consequence to the headline, keeps only its configuration, and travels in the link', async () => {
  const link = await staleExample();
  const { page, context, log } = await openApp(browser, server.origin, { path: `/#${link}` });
  await page.waitForSelector('.server-config');
  assert.equal(await page.inputValue('#server'), '', 'any server by default');
  assert.ok(!(await headline(page)).includes('HAProxy'), await headline(page));
  assert.deepEqual(await configs(page), ['nginx', 'HAProxy', 'Apache', 'Caddy']);

  await page.selectOption('#server', 'haproxy');
  await page.waitForFunction((end) => document.querySelector('.report .summary')?.textContent.trim().endsWith(end), HAPROXY);
  await page.waitForFunction(() => document.querySelectorAll('.server-config').length === 1);
  assert.deepEqual(await configs(page), ['HAProxy']);
  await page.waitForFunction((prev) => location.hash.startsWith('#v1=') && location.hash !== prev, `#${link}`);
  const shared = new URL(page.url()).hash;
  const before = await headline(page);
  assert.deepEqual(log.pageErrors, []);
  await context.close();

  // A fresh browser opens the link with HAProxy chosen and the same headline.
  const fresh = await openApp(browser, server.origin, { path: `/${shared}` });
  await fresh.page.waitForFunction((end) => document.querySelector('.report .summary')?.textContent.trim().endsWith(end), HAPROXY);
  assert.equal(await fresh.page.inputValue('#server'), 'haproxy');
  assert.equal(await headline(fresh.page), before);
  assert.deepEqual(await configs(fresh.page), ['HAProxy']);

  // Back to any server: every configuration again, and the headline without HAProxy's line.
  await fresh.page.selectOption('#server', '');
  await fresh.page.waitForFunction(() => document.querySelectorAll('.server-config').length === 4);
  assert.ok(!(await headline(fresh.page)).includes('HAProxy'));
  assert.deepEqual(fresh.log.pageErrors, []);
  await fresh.context.close();
});
