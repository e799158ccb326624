// gzip -9 size of every asset the first load transfers (shared by the
// budget test and scripts/bench.sh).
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

export async function pageWeightOf(dir = DIST) {
  // sw.js and examples.json load after first paint; favicon and manifest are tiny and lazy.
  const files = (await readdir(dir)).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js');
  const rows = [];
  for (const f of files.sort()) {
    const body = await readFile(join(dir, f));
    rows.push({ file: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { rows, total: rows.reduce((n, r) => n + r.gzip, 0) };
}
