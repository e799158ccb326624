// gzip -9 size of every asset the first load transfers (shared by the
// budget test and scripts/bench.sh).
import { readFile, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

/**
 * `first`: what the first load needs before the page is usable (HTML,
 * early.js, the interface's JS and wasm, CSS). `engine`: the analysis
 * worker, which early.js starts with the page, in its own thread, but which
 * the page does not wait for. sw.js and examples.json load later too;
 * favicon and manifest are tiny.
 */
export async function pageWeightOf(dir = DIST, part = 'first') {
  // The engine's data too: the root stores its worker fetches beside its
  // wasm (roots.der, programs.bin), never part of the first load.
  const data = ['roots.der', 'programs.bin'];
  const isEngine = (f) => f.startsWith('certscope-worker') || data.includes(f);
  // `arith`: certscope-arith, the signature arithmetic the engine starts
  // only for checks WebCrypto did not prove (issue 27): neither part.
  const isArith = (f) => f.startsWith('certscope-arith');
  const partOf = (f) => (isArith(f) ? 'arith' : isEngine(f) ? 'engine' : 'first');
  const files = (await readdir(dir)).filter((f) => (/\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js') || data.includes(f))
    .filter((f) => partOf(f) === part);
  const rows = [];
  for (const f of files.sort()) {
    const body = await readFile(join(dir, f));
    // The real `gzip -9`, as the target is stated: zlib's level 9 differs by a few percent.
    const gzip = execFileSync('gzip', ['-9', '-c'], { input: body, maxBuffer: 64 << 20 }).length;
    rows.push({ file: f, raw: body.length, gzip });
  }
  return { rows, total: rows.reduce((n, r) => n + r.gzip, 0) };
}
