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
  // Leaf and intermediate; the root is not given. (Names are not compared:
  // PrintableString attributes render as text only once the name decoding
  // of the names branch is merged.)
  assert.equal(await page.$$eval('.chain .chain-node', (els) => els.length), 2);
  const findings = await page.textContent('.findings');
  assert.match(findings, /ends in .+ \(Mozilla root store, as of 2026-10-23, webpki-root-certs 1\.0\.11\)\. trusted\.pem includes that root/);
  const trusted = await download(page, '#download-trusted-pem');
  assert.equal(trusted.name, 'trusted.pem');
  const chain = (await fixture('trust/public/amazon-rootca1.pem')).toString();
  const intermediate = chain.slice(chain.indexOf('-----BEGIN', 10));
  const root = (await fixture('trust/public/amazon-root-ca-1.pem')).toString();
  assert.equal(trusted.text, intermediate + root);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('each root program\'s verdict is on the page: a chain only Microsoft\'s program trusts says so', async () => {
  // Issue 29 in the engine: the programs' table (programs.bin, hashed and
  // inflated by the loader, issue 27) gives each program its anchors;
  // tests/trust_programs.rs checks the same chain against openssl.
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, '2025-01-15T00:00:00Z');
  await dropFiles(page, [
    { name: 'sefaz.pem', bytes: await fixture('trust/public/sefaz-mg-icp-brasil.pem') },
  ]);
  await page.waitForSelector('.findings');
  const findings = await page.textContent('.findings');
  assert.match(findings, /Trusted by Microsoft; not by Mozilla, Apple, Android and Java/, findings);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the programs that share Mozilla\'s roots say so on the page: a cross-sign only Java needs', async () => {
  // The programs' table names the roots it shares with Mozilla's store by
  // their SHA-256, which the engine's loader hashes with WebCrypto (issue
  // 27): with a wrong hash, Apple, Microsoft and Android would lose ISRG
  // Root X2. tests/trust_programs.rs checks the chain against openssl.
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, '2023-01-15T00:00:00Z');
  await dropFiles(page, [
    { name: 'letsencrypt.pem', bytes: await fixture('trust/public/letsencrypt-x2-cross.pem') },
  ]);
  await page.waitForSelector('.findings');
  const findings = await page.textContent('.findings');
  assert.match(findings, /Java trusts this chain only through the cross-signed ISRG Root X2 .*Mozilla, Apple, Microsoft and Android stop at ISRG Root X2/, findings);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
