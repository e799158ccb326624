// Issue 3 in real Chromium: a shuffled chain split over two files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, dropFiles, fixture, download, evaluateAt, EVALUATION_TIME } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a shuffled chain over two files is put in order and fullchain.pem downloads byte for byte', async () => {
  const { page, log, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  // part1 holds int-rsa then root-rsa; part2 holds the leaf.
  await dropFiles(page, [
    { name: 'shuffled-part1.pem', bytes: await fixture('chains/shuffled-part1.pem') },
    { name: 'shuffled-part2.pem', bytes: await fixture('chains/shuffled-part2.pem') },
  ]);
  await page.waitForSelector('.chain .chain-node');
  const names = await page.$$eval('.chain .chain-node .node-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ['www.example.test', 'certscope Test Intermediate R2', 'certscope Test Root R1']);
  const links = await page.$$eval('.chain .issued-by .badge', (els) => els.map((e) => e.dataset.signature));
  assert.deepEqual(links, ['valid', 'valid']);
  const given = await page.$$eval('.chain .chain-node .given', (els) => els.map((e) => e.textContent));
  assert.match(given[0], /shuffled-part2\.pem #1/);
  assert.match(given[1], /shuffled-part1\.pem #1/);
  const expected = Buffer.concat([await fixture('pki/leaf.pem'), await fixture('pki/int-rsa.pem')]).toString();
  const full = await download(page, '#download-fullchain-pem');
  assert.equal(full.name, 'fullchain.pem');
  assert.equal(full.text, expected);
  const trusted = await download(page, '#download-trusted-pem');
  assert.equal(trusted.text, Buffer.concat([await fixture('pki/int-rsa.pem'), await fixture('pki/root-rsa.pem')]).toString());
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a reversed chain is shown with each certificate\'s given and correct position', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await evaluateAt(page, EVALUATION_TIME);
  await page.fill('#paste', (await fixture('chains/reversed.pem')).toString());
  await page.waitForSelector('.chain .chain-node');
  assert.equal(await page.getAttribute('.chain [data-given-order]', 'data-given-order'), 'incorrect order');
  const leaf = await page.textContent('.chain .chain-node:first-child');
  assert.match(leaf, /given: pasted text #3/);
  assert.match(leaf, /belongs at position 1/);
  assert.match(await page.textContent('.findings'), /chain-incorrect-order/);
  await context.close();
});
