// Trunk's post_build hook (Trunk.toml): finishes the build in Trunk's
// staging directory before it replaces dist/.
//
// 1. Minifies the two wasm-bindgen scripts and boot.js in release builds:
//    Trunk 0.21's own minifier fails on them ("RequiredTokenNotFound …")
//    and leaves them whole (first-load weight, issue 8). boot.js's hash,
//    which Trunk wrote before, is written again.
// 2. Subresource Integrity for what Trunk does not cover (issue 7). Trunk
//    hashes the stylesheet and boot.js; boot.js then loads the interface's
//    JS and wasm, and the page starts the engine's worker, so their hashes
//    go into index.html for those loads to check:
//    - certscope-web.js: a <link rel=modulepreload integrity>; boot.js's
//      import of it gets that checked module, or fails;
//    - certscope-web_bg.wasm: a <link rel=preload as=fetch integrity> that
//      boot.js reads and fetches the wasm with (fetch enforces it);
//    - certscope-worker_bg.wasm: written into certscope-worker-loader.js
//      (its ENGINE_SRI), which fetches the wasm with it the moment the
//      worker starts (issue 27), not after a message from the page. Not a
//      preload: the worker fetches it, and a page's preload is not the
//      worker's.
//    The worker's two small scripts cannot be checked: neither `new
//    Worker()` nor importScripts() takes integrity metadata (so the hash
//    in the loader is as safe as one the page would send it).
// 3. The install icons the manifest lists (issue 18: Chromium offers to
//    install only with PNG icons of 192 and 512 px): rendered from
//    favicon.svg by the Debian Chromium the browser tests use, through
//    playwright-core, so no image the build can make is committed.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { chromium } from 'playwright-core';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const base = process.env.TRUNK_PUBLIC_URL || '/';
const release = process.env.TRUNK_PROFILE === 'release';

if (release) {
  for (const [file, module] of [['certscope-web.js', true], ['certscope-worker.js', false], ['certscope-arith.js', false], ['boot.js', true]]) {
    const path = join(dir, file);
    const out = await minify(await readFile(path, 'utf8'), { module, compress: true, mangle: true, ecma: 2020 });
    await writeFile(path, out.code);
  }
}

const sri = async (file) => 'sha384-' + createHash('sha384').update(await readFile(join(dir, file))).digest('base64');
const tags = [
  `<link rel=modulepreload href="${base}certscope-web.js" integrity="${await sri('certscope-web.js')}">`,
  `<link rel=preload as=fetch type=application/wasm crossorigin href="${base}certscope-web_bg.wasm" integrity="${await sri('certscope-web_bg.wasm')}">`,
].join('');
const loaderPath = join(dir, 'certscope-worker-loader.js');
const loader = await readFile(loaderPath, 'utf8');
if (!loader.includes("'ENGINE_SRI'")) throw new Error('post-build: no ENGINE_SRI in certscope-worker-loader.js');
await writeFile(loaderPath, loader.replace("'ENGINE_SRI'", `'${await sri('certscope-worker_bg.wasm')}'`));
// certscope-arith's loader the same way (its worker starts only when the
// engine asks, issue 27).
const arithPath = join(dir, 'certscope-arith-loader.js');
const arith = await readFile(arithPath, 'utf8');
if (!arith.includes("'ARITH_SRI'")) throw new Error('post-build: no ARITH_SRI in certscope-arith-loader.js');
await writeFile(arithPath, arith.replace("'ARITH_SRI'", `'${await sri('certscope-arith_bg.wasm')}'`));

// Before early.js (issue 27), so the preloads are under way while the page
// waits for that blocking script.
const htmlPath = join(dir, 'index.html');
const early = /<script[^>]*early\.js[^>]*><\/script>/;
const boot = /<script[^>]*boot\.js[^>]*>/;
const html = await readFile(htmlPath, 'utf8');
const bootTag = html.match(boot)?.[0];
if (!bootTag || !/integrity=/.test(bootTag)) throw new Error('post-build: no boot.js script tag with integrity in index.html');
const bootSri = await sri('boot.js');
const newBootTag = bootTag.replace(/integrity=("[^"]*"|[^ >]*)/, `integrity="${bootSri}"`);
// async: the document does not wait for boot.js to be fetched and run, so
// the static paste area and file picker are ready as soon as they are parsed
// (issue 16's page ready); boot.js wires them itself when they exist.
const asyncBootTag = /\basync\b/.test(newBootTag) ? newBootTag : newBootTag.replace('<script', '<script async');
if (!early.test(html)) throw new Error('post-build: no early.js script tag in index.html');
await writeFile(htmlPath, html.replace(boot, () => asyncBootTag).replace(early, (tag) => tags + tag));

// The maskable icon fills its square with the mark's blue and keeps the mark
// inside the central 80 % that every mask shape leaves visible.
const svg = (await readFile(join(dir, 'favicon.svg'), 'utf8')).replace('<svg ', '<svg width="100%" height="100%" ');
const icons = [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  for (const [file, size, maskable] of icons) {
    await page.setViewportSize({ width: size, height: size });
    const pad = maskable ? size / 10 : 0;
    await page.setContent(`<body style="margin:0;background:${maskable ? '#1f5fbf' : 'transparent'}">` +
      `<div style="position:fixed;inset:${pad}px">${svg}</div></body>`);
    await page.screenshot({ path: join(dir, file), omitBackground: !maskable });
  }
} finally {
  await browser.close();
}
