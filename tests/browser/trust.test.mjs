// Issue 15 in real Chromium: a real public chain given without its root
// (leaf + intermediate) is said to end in a Mozilla store root, and the
// trusted.pem download holds that root, offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, download, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a two-certificate public chain shows its store root and trusted.pem includes it', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'amazon-rootca1.pem', bytes: await fixture('trust/public/amazon-rootca1.pem') },
  ]);
  await page.waitForSelector('.chain .chain-node');
  const names = await page.$$eval('.chain .chain-node .node-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ['valid.rootca1.demo.amazontrust.com', 'Amazon RSA 2048 M03']);
  const findings = await page.textContent('.findings');
  assert.match(findings, /ends in Amazon Root CA 1 \(Mozilla root store, as of 2026-10-23, webpki-root-certs 1\.0\.11\)/);
  const trusted = await download(page, '#download-trusted-pem');
  assert.equal(trusted.name, 'trusted.pem');
  const chain = (await fixture('trust/public/amazon-rootca1.pem')).toString();
  const intermediate = chain.slice(chain.indexOf('-----BEGIN', 10));
  const root = (await fixture('trust/public/amazon-root-ca-1.pem')).toString();
  assert.equal(trusted.text, intermediate + root);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
