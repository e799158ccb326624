// The floor's "engine": answers every request at once with the report's
// HTML, fetched when it starts (report.html is written by bench.mjs).
const report = fetch('report.html').then((r) => r.text());
onmessage = async (e) => { postMessage({ id: e.data.id, view: await report }); };
