// Issue 28 in real Chromium: the page holds at every width. For every
// example and a set of fixture chains and staples, at 320, 375, 768, 1280
// and 1920 px, light and dark: no element's text overflows its box, no
// ordinary word is broken inside, no table cell is narrower than its
// longest word, no sideways page scroll; and at 375 px the answer is in
// view after a drop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, dropFiles, fixture, ROOT, EVALUATION_TIME, evaluateAt } from './harness.mjs';

const WIDTHS = [320, 375, 768, 1280, 1920];
const SCHEMES = ['light', 'dark'];

// Boxes that scroll or shorten on purpose (by class): the command and PEM
// blocks and (under 40rem) the timeline's panels scroll sideways, a
// collapsed command shows its first line cut, the file input is visually
// hidden (its label is the button).
const DELIBERATE = '.command pre, .command pre *, .pem, .first-line, textarea, #files, .timeline-panel';

// Fixtures chosen to cover each kind of card and each long word the report
// prints (the run stays near a minute): chains of each shape, staples of
// each kind, two real sites' chains, a CRL.
const FIXTURES = [
  ['chains/missing-intermediate.pem'], ['chains/reversed.pem'], ['chains/unrelated.pem'],
  ['chains/cross-signed.pem'], ['chains/two-leaves.pem'], ['chains/wrong-intermediate.pem'],
  ['chains/with-root.pem', 'staples/good-delegated.der'], ['staples/three-responses.der'],
  ['staples/revoked.der'], ['staples/ocsp-text-stale.txt'], ['staples/status-try-later.der'],
  ['trust/public/netflix-with-root.pem'], ['trust/public/cloudflare-dns.pem'],
];

const examples = JSON.parse(await readFile(join(ROOT, 'static', 'examples.json'), 'utf8'));

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Everything in the page that does not hold at the current width: boxes
 * whose content is wider than they are, words of up to 24 characters split
 * over two lines (longer ones, hex and URLs, may break), table cells
 * narrower than their longest word, and the page's own sideways scroll.
 * Cards drawn with `content-visibility: auto` are laid out first, so what
 * is off screen is measured as it will be seen.
 */
function problems(deliberate) {
  const out = [];
  document.querySelectorAll('*').forEach((e) => {
    if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
  });
  const where = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${e.textContent.trim().slice(0, 40)}"`;
  // Words of up to 24 characters, as the browser may break them (after a
  // hyphen or a slash, before a parenthesis); longer runs (URLs, hex, base64)
  // may break anywhere.
  // In a distinguished name, each part between its commas and equals signs
  // is such a word, however long the name (the page lets it break after
  // each comma).
  const words = (text, dn = false) => [...text.matchAll(/\S+/g)].filter((w) => dn || w[0].length <= 24)
    .flatMap((w) => [...w[0].matchAll(dn ? /[^\-\/(,=]+/g : /[^\-\/(]+/g)].map((p) => ({ 0: p[0], index: w.index + p.index })))
    .filter((p) => p[0].length <= 24);
  const DN = '.subject, .issuer, .needed-root, .chain-node.missing .node';
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  if (overflow > 0) out.push(`the page scrolls sideways by ${overflow} px`);
  // A box kept to one line and cut with an ellipsis (a closed server
  // verdict on a wide screen, its sentence whole when opened) is cut on
  // purpose; it may break no word, which the check below still holds.
  const cut = (e) => {
    const style = getComputedStyle(e);
    return style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap';
  };
  for (const e of document.querySelectorAll('.app *')) {
    if (e.closest('svg') || e.matches(deliberate) || e.clientWidth === 0) continue;
    if (e.scrollWidth > e.clientWidth + 1 && !cut(e)) out.push(`overflows by ${e.scrollWidth - e.clientWidth} px: ${where(e)}`);
  }
  const walker = document.createTreeWalker(document.querySelector('.app'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent.closest('svg') || parent.closest(deliberate)) continue;
    for (const m of words(node.data, parent.closest(DN) !== null)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`"${m[0]}" broken over ${tops.size} lines in ${where(parent)}`);
    }
  }
  // A key id or fingerprint may break between its bytes, never inside one
  // (certificate_card.rs `hex`, style.css `code.hex`).
  for (const code of document.querySelectorAll('code.hex')) {
    const node = code.firstChild;
    if (!node || code.clientWidth === 0) continue;
    for (const m of node.data.matchAll(/[0-9A-F]{2}/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + 2);
      if (range.getClientRects().length > 1) out.push(`byte ${m[0]} of a hex value broken in ${where(code)}`);
    }
  }
  for (const cell of document.querySelectorAll('td, th')) {
    if (cell.clientWidth === 0) continue;
    const style = getComputedStyle(cell);
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const cellWalker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = cellWalker.nextNode(); node; node = cellWalker.nextNode()) {
      for (const m of words(node.data)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const width = [...range.getClientRects()].reduce((n, r) => n + r.width, 0);
        if (width > room + 1) out.push(`cell ${Math.round(room)} px for "${m[0]}" (${Math.round(width)} px): ${where(cell)}`);
      }
    }
  }
  // The timeline's SVG text: inside its drawing, and at least 9 px as drawn.
  for (const text of document.querySelectorAll('svg.timeline text')) {
    const svg = text.ownerSVGElement.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    if (svg.width === 0 || box.width === 0) continue;
    const words = `"${text.textContent.slice(0, 40)}"`;
    if (box.left < svg.left - 1 || box.right > svg.right + 1) out.push(`timeline text cut: ${words}`);
    const drawn = parseFloat(getComputedStyle(text).fontSize) * svg.width / text.ownerSVGElement.viewBox.baseVal.width;
    if (drawn < 9) out.push(`timeline text ${drawn.toFixed(1)} px: ${words}`);
  }
  return [...new Set(out)];
}

/** The report for `load`, measured at every width in both themes. */
async function check(name, load, path = '/') {
  const { page, log, context } = await openApp(browser, server.origin, { path, contextOptions: { viewport: { width: 1280, height: 800 } } });
  await load(page);
  await page.waitForSelector('.summary');
  await page.waitForFunction(() => document.querySelector('.analysis-status')?.dataset.pending !== 'true');
  // The certificate cards' folded rows (key ids and fingerprints among them)
  // are measured opened.
  await page.evaluate(() => document.querySelectorAll('.certificate-card details.more').forEach((d) => { d.open = true; }));
  const failures = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const found = await page.evaluate(problems, DELIBERATE);
      failures.push(...found.map((p) => `${name} at ${width} px ${scheme}: ${p}`));
    }
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
  return failures;
}

test('every example and the chosen fixtures hold at 320-1920 px in both themes', async () => {
  const failures = [];
  for (const e of examples) {
    failures.push(...await check(e.title, async (page) => {
      await page.waitForSelector('.summary', { timeout: 20_000 });
    }, `/#${e.link}`));
  }
  for (const files of FIXTURES) {
    failures.push(...await check(files.join(' + '), async (page) => {
      await evaluateAt(page, EVALUATION_TIME);
      await dropFiles(page, await Promise.all(files.map(async (f) => ({ name: f.split('/').pop(), bytes: await fixture(f) }))));
    }));
  }
  // Debian's trust bundle, where the system has it: its roots' table.
  const bundle = await readFile('/etc/ssl/certs/ca-certificates.crt').catch(() => null);
  if (bundle) {
    failures.push(...await check('ca-certificates.crt', async (page) => {
      await evaluateAt(page, EVALUATION_TIME);
      await dropFiles(page, [{ name: 'ca-certificates.crt', bytes: bundle }]);
      await page.waitForSelector('.roots', { timeout: 30_000 });
    }));
  }
  // Every failure in a file, the first hundred in the message.
  await mkdir(join(ROOT, 'tests', 'browser', 'artifacts'), { recursive: true });
  await writeFile(join(ROOT, 'tests', 'browser', 'artifacts', 'craft-failures.txt'), failures.join('\n'));
  assert.deepEqual(failures.slice(0, 100), [], `${failures.length} problems`);
});

test('at 375 px a chain pasted from the clipboard brings the verdict into view and focus', async () => {
  const { page, log, context } = await openApp(browser, server.origin, { contextOptions: { viewport: { width: 375, height: 812 } } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await evaluateAt(page, EVALUATION_TIME);
  // A real paste: the browser inserts the text (an input event of type insertFromPaste).
  await page.evaluate((t) => navigator.clipboard.writeText(t), (await fixture('chains/correct.pem')).toString());
  await page.focus('#paste');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.activeElement?.classList.contains('summary'), null, { timeout: 10_000 });
  const top = await page.evaluate(() => document.querySelector('.summary').getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 812 - 60, `the verdict's top at ${top} px`);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('at 375 px the verdict and the staple\'s status are in view after a drop, and the verdict has the focus', async () => {
  const { page, log, context } = await openApp(browser, server.origin, { contextOptions: { viewport: { width: 375, height: 812 } } });
  await evaluateAt(page, EVALUATION_TIME);
  await dropFiles(page, await Promise.all(['chains/correct.pem', 'staples/stale.der']
    .map(async (f) => ({ name: f.split('/').pop(), bytes: await fixture(f) }))));
  await page.waitForSelector('.staple-card [data-cert-status]');
  // Poll: the page may scroll the answer into view after it renders.
  const seen = async () => page.evaluate(() => ['.summary', '.staple-card [data-cert-status]'].map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return r.top >= -1 && r.bottom <= Math.min(900, window.innerHeight);
  }).every(Boolean));
  const deadline = Date.now() + 5_000;
  while (!(await seen()) && Date.now() < deadline) await page.waitForTimeout(50);
  const tops = await page.evaluate(() => ['.summary', '.staple-card [data-cert-status]']
    .map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)));
  assert.ok(await seen(), `the verdict and the staple's status in the first 812 px: tops ${tops}`);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('summary')), true, 'the verdict has the focus');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
