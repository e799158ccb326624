// gzip -9 size of every asset the first load transfers (shared by the
// budget test and scripts/bench.sh).
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

/**
 * `first`: what the first load needs before the page is usable (HTML, the
 * interface's JS and wasm, CSS). `engine`: the analysis worker, fetched after
 * first paint (by the service worker, or on the first input). sw.js and
 * examples.json load later too; favicon and manifest are tiny.
 */
export async function pageWeightOf(dir = DIST, part = 'first') {
  const isEngine = (f) => f.startsWith('certscope-worker');
  const files = (await readdir(dir)).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js')
    .filter((f) => (part === 'engine') === isEngine(f));
  const rows = [];
  for (const f of files.sort()) {
    const body = await readFile(join(dir, f));
    rows.push({ file: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { rows, total: rows.reduce((n, r) => n + r.gzip, 0) };
}
