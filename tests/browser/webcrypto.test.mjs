// Issue 16: the engine hands the signature checks it can to WebCrypto
// (src/worker/webcrypto.rs, src/inspect/signature/web.rs) and uses only its
// "valid"s. This is the cross-check the issue asks for: over the fixtures,
// the engine's report with WebCrypto, the engine's report with the Rust
// arithmetic alone (`rust_only`), and `certscope inspect --json` must be
// the same JSON; and WebCrypto must really have done the work where it can.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openApp, fixture, cli, dropFiles, evaluateAt, EVALUATION_TIME, FIXTURES } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const sigalgs = readdirSync(join(FIXTURES, 'sigalgs'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
// WebCrypto does RSA PKCS#1 v1.5 and ECDSA with SHA-1/256/384/512; the rest stays in Rust.
const delegable = (alg) => /^(rsa-pkcs1|ecdsa-p\d+)-sha(1|256|384|512)$/.test(alg);

/** `[files, what WebCrypto must do]`: `all` = every signature proven (no
 * arithmetic left), `some` = at least one proven, `refused` = none proven
 * and the arithmetic had the last word, `none` = nothing it can do. */
const CASES = [
  ...sigalgs.flatMap((alg) => [
    [[`sigalgs/${alg}/root.pem`, `sigalgs/${alg}/leaf.pem`], delegable(alg) ? 'all' : 'none'],
    // The tampered leaf fails in WebCrypto, so the Rust arithmetic has the last word.
    [[`sigalgs/${alg}/root.pem`, `sigalgs/${alg}/tampered.pem`], delegable(alg) ? 'some' : 'none'],
  ]),
  [['chains/with-root.pem', 'staples/good.der'], 'all'],
  [['chains/with-root.pem', 'staples/good-delegated.der'], 'all'],
  [['chains/with-root.pem', 'staples/signed-by-root.der'], 'some'],
  [['chains/with-root.pem', 'staples/revoked.der', 'staples/stale.der'], 'all'],
  [['chains/correct.pem', 'staples/good-keyhash.der'], 'some'],
  [['chains/cross-signed.pem'], 'some'],
  // No signature there is valid: WebCrypto says so, and Rust decides.
  [['chains/wrong-intermediate.pem'], 'refused'],
  [['chains/reversed.pem'], 'some'],
  [['chains/ecdsa-ed25519.pem'], 'some'],
  [['chains/with-root.pem', 'crl/full.crl', 'crl/revoked-leaf.pem'], 'some'],
  [['chains/with-root.pem', 'crl/wrong-signer.crl'], 'some'],
  // Real chains that end at a root of the store the engine carries.
  [['trust/public/netflix-with-root.pem'], 'some'],
  [['trust/public/cloudflare-dns.pem'], 'some'],
  [['trust/public/amazon-rootca3.pem'], 'some'],
];

test('WebCrypto, the Rust arithmetic and the CLI give the same report on every fixture', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const at = Date.parse(EVALUATION_TIME) / 1000;
  const cases = await Promise.all(CASES.map(async ([files, want]) => ({
    files, want, inputs: await Promise.all(files.map(async (name) => ({ name, b64: (await fixture(name)).toString('base64') }))),
  })));
  // The engine, started as the page starts it, asked directly.
  const answers = await page.evaluate(async ({ cases, at }) => {
    const worker = new Worker('./certscope-worker-loader.js');
    const next = (want) => new Promise((resolve) => {
      const on = (e) => { if (want(e.data)) { worker.removeEventListener('message', on); resolve(e.data); } };
      worker.addEventListener('message', on);
    });
    await next((d) => d && d.ready);
    let id = 0;
    const out = [];
    for (const c of cases) {
      const row = {};
      for (const mode of ['webcrypto', 'rust']) {
        id += 1;
        const inputs = c.inputs.map((i) => ({ name: i.name, bytes: Uint8Array.from(atob(i.b64), (ch) => ch.charCodeAt(0)), pasted: false }));
        const answered = next((d) => d && d.id === id && 'view' in d);
        worker.postMessage({ id, at, inputs, rust_only: mode === 'rust' });
        const { proven, arithmetic } = await answered;
        const json = next((d) => d && 'report_json' in d);
        worker.postMessage({ report_json: true });
        row[mode] = { proven, arithmetic, json: (await json).report_json };
      }
      out.push(row);
    }
    worker.terminate();
    return out;
  }, { cases: cases.map(({ inputs }) => ({ inputs })), at });
  for (const [k, { files, want }] of cases.entries()) {
    const { webcrypto, rust } = answers[k];
    const run = await cli(['inspect', '--json', '--at', EVALUATION_TIME, ...files]);
    const what = files.join(' + ');
    assert.ok(run.stdout.length > 0, `${what}: ${run.stderr}`);
    const expected = JSON.parse(run.stdout);
    assert.deepEqual(JSON.parse(webcrypto.json), expected, `${what}: the WebCrypto path differs from the CLI`);
    assert.deepEqual(JSON.parse(rust.json), expected, `${what}: the Rust path differs from the CLI`);
    assert.equal(rust.proven, 0, `${what}: rust_only proved nothing`);
    assert.ok(rust.arithmetic > 0 || want === 'none', `${what}: the Rust path did the arithmetic`);
    if (want === 'all') {
      assert.ok(webcrypto.proven > 0 && webcrypto.arithmetic === 0, `${what}: every signature by WebCrypto (${JSON.stringify(webcrypto)})`);
    } else if (want === 'some') {
      assert.ok(webcrypto.proven > 0, `${what}: WebCrypto proved some (${webcrypto.proven}, arithmetic ${webcrypto.arithmetic})`);
    } else if (want === 'refused') {
      assert.ok(webcrypto.proven === 0 && webcrypto.arithmetic > 0, `${what}: refused by WebCrypto, decided by Rust (${JSON.stringify(webcrypto)})`);
    } else {
      assert.equal(webcrypto.proven, 0, `${what}: nothing WebCrypto can do as certscope does`);
    }
  }
  await context.close();
});

// Issue 27: the engine has no signature arithmetic; certscope-arith, a
// worker of its own, is fetched only when WebCrypto could not prove a check.
// A chain and staple all valid in RSA/ECDSA never fetch it; an Ed25519
// pair does, and gets the CLI's verdict through it.
test('certscope-arith is fetched only for a check WebCrypto cannot prove', async () => {
  const { page, context } = await openApp(browser, server.origin);
  // The server's log: a nested worker's requests are not the page's.
  const seen = server.requests.length;
  const fetched = () => server.requests.slice(seen).filter((u) => /certscope-arith/.test(u));
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, [
    { name: 'fullchain.pem', bytes: await fixture('chains/with-root.pem') },
    { name: 'staple.der', bytes: await fixture('staples/good.der') },
  ]);
  // The engine answers only once every check is decided: had it needed
  // certscope-arith, the fetch would have come before this answer.
  await page.waitForSelector('.staple-card [data-cert-status]');
  assert.deepEqual(fetched(), [], 'an all-valid RSA/ECDSA chain and staple need no arithmetic');
  await context.close();
  // A new visitor (the first page's link would reopen its inputs).
  const second = await openApp(browser, server.origin);
  await evaluateAt(second.page, EVALUATION_TIME);
  await dropFiles(second.page, await Promise.all(['root.pem', 'leaf.pem'].map(async (name) => ({ name, bytes: await fixture(`sigalgs/ed25519/${name}`) }))));
  await second.page.waitForSelector('.certificate-card');
  const expected = JSON.parse((await cli(['inspect', '--json', '--at', EVALUATION_TIME, 'root.pem', 'leaf.pem'], join(FIXTURES, 'sigalgs', 'ed25519'))).stdout);
  // The page's headline is the CLI's: the Ed25519 signature was decided, not left unchecked.
  const headline = await second.page.locator('.summary').innerText();
  assert.equal(headline.trim(), expected.summary.headline.trim());
  assert.ok(!JSON.stringify(expected).includes('could not be'), 'the CLI decided every check');
  assert.ok(fetched().some((u) => u.endsWith('certscope-arith_bg.wasm')), `fetched: ${fetched()} / ${headline}`);
  await second.context.close();
});

test('the signature arithmetic that failed to load is started again for the next analysis', async () => {
  // static/certscope-worker-loader.js `certscopeArith`: a failed start is
  // forgotten, so one bad fetch (here: its wasm damaged on the first
  // request) costs one report's checks, which say why, not the session's.
  let served = 0;
  const flaky = await serveDist({ alter: { 'certscope-arith_bg.wasm': (bytes) => (++served === 1 ? Buffer.from('not the arithmetic') : bytes) } });
  try {
    const { page, log, context } = await openApp(browser, flaky.origin);
    // DSA: WebCrypto has no DSA, so only the arithmetic can check it.
    const files = await Promise.all(['root.pem', 'leaf.pem'].map(async (f) => ({ name: f, bytes: await fixture(`sigalgs/dsa-sha256/${f}`) })));
    await dropFiles(page, files);
    await page.waitForSelector('.chain .chain-node');
    assert.match(await page.textContent('.chain'), /signature not checked not checked: the page's signature arithmetic could not be loaded/);
    await page.click('#clear');
    await dropFiles(page, files);
    await page.waitForFunction(() => /signature verified/.test(document.querySelector('.chain')?.textContent ?? ''));
    assert.equal(served, 2);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await flaky.close();
  }
});
