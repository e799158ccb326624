// Issue 32's table test, page side: every row of tests/verdicts.tsv (the
// same table tests/verdicts.rs runs through the CLI's --json) given to the
// page as a person would (the fixtures dropped on it at the evaluation
// time, each example opened from its link), and the same four things read
// from the page: the verdict (`.summary[data-verdict]`), the severity (the
// summary's class), the finding the headline's action is about
// (`.summary[data-code]`) and the first command card (`data-purpose`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { serveDist, launch, openApp, dropFiles, fixture, evaluateAt, EVALUATION_TIME, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The rows: { inputs, want: [verdict, severity, code, first command], why }. */
async function table() {
  const text = await readFile(join(ROOT, 'tests', 'verdicts.tsv'), 'utf8');
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
    const cells = line.split('\t');
    assert.equal(cells.length, 6, `six tab-separated cells: ${line}`);
    const inputs = cells[0].startsWith('example:') ? [cells[0]] : cells[0].split(' ');
    return { inputs, want: cells.slice(1, 5), why: cells[5] };
  });
}

const examples = JSON.parse(await readFile(join(ROOT, 'static', 'examples.json'), 'utf8'));

/** What the page shows: the same four words as the CLI's JSON ('-' for none). */
const shown = () => {
  const summary = document.querySelector('.report .summary[data-verdict]');
  if (!summary) return null;
  const severity = ['error', 'warning', 'info'].find((s) => summary.classList.contains(s)) ?? '-';
  const first = document.querySelector('.command-card');
  return [summary.dataset.verdict, severity, summary.dataset.code ?? '-', first?.dataset.purpose ?? '-'];
};

/** Gives the page the row's inputs, as a person would. */
async function give(row) {
  const example = row.inputs[0].match(/^example:(.*)$/);
  if (example) {
    const e = examples.find((x) => x.title === example[1]);
    assert.ok(e, `no example titled ${example[1]}`);
    const opened = await openApp(browser, server.origin, { path: `/#${e.link}` });
    // The examples pin their evaluation time in the link; say it again so
    // a link that lost it is still judged at the fixtures' time.
    await opened.page.waitForSelector('.report .summary[data-verdict]', { timeout: 20_000 });
    await evaluateAt(opened.page, EVALUATION_TIME);
    return opened;
  }
  const opened = await openApp(browser, server.origin);
  await evaluateAt(opened.page, EVALUATION_TIME);
  const files = await Promise.all(row.inputs.map(async (p) => ({ name: basename(p), bytes: await fixture(p) })));
  await dropFiles(opened.page, files);
  return opened;
}

test('every row of tests/verdicts.tsv has the same verdict, severity, lead finding and first command on the page', async () => {
  const failures = [];
  for (const row of await table()) {
    const { page, context, log } = await give(row);
    // The report for these inputs arrives in its own time: poll for the
    // row's words with a deadline, then read what is there either way.
    await page.evaluate(`window.__shown = ${shown.toString()}`);
    await page.waitForFunction((want) => JSON.stringify(window.__shown()) === JSON.stringify(want),
      row.want, { timeout: 15_000 }).catch(() => {});
    const got = await page.evaluate(shown);
    if (JSON.stringify(got) !== JSON.stringify(row.want)) {
      failures.push(`${row.inputs.join(' ')}: want ${JSON.stringify(row.want)}, got ${JSON.stringify(got)} (${row.why})`);
    }
    assert.deepEqual(log.pageErrors, [], row.inputs.join(' '));
    await context.close();
  }
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});
