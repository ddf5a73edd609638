// What the main thread does from navigation to the first row: one page load of the bench's site
// (target/bench/site, written by `make bench`) under a Chromium trace, as a timeline of the
// events that decide when the first row paints (requests, HTML parsing, style, layout, paint,
// scripts, wasm compilation, tasks over 5 ms). For finding what to cut before cutting it.
//   node bench/trace.mjs [PATH [SELECTOR [CPU_THROTTLE]]]
// e.g. node bench/trace.mjs / '.st-table tbody tr'; node bench/trace.mjs peers/static.html 'tbody tr'.
// Writes the whole trace to target/bench/trace.json (Chromium's DevTools opens it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = process.env.SITE ?? path.join(root, 'target/bench/site');
const [urlPath = '/', selector = '.st-table tbody tr', throttle = '1'] = process.argv.slice(2);
const { base, server } = await serve(SITE);
const browser = await launch();
// A warm-up load, as the bench's later loads are (the browser's own start-up is not the page's).
{
  const page = await browser.newPage();
  await page.goto(`${base}${urlPath}`);
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
if (Number(throttle) > 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
}
await page.addInitScript(`
  window.__firstRow = null;
  new MutationObserver((_, obs) => {
    if (window.__firstRow === null && document.querySelector(${JSON.stringify(selector)})) {
      obs.disconnect();
      performance.mark('bench:row-inserted');
      requestAnimationFrame(() => { performance.mark('bench:raf'); setTimeout(() => { window.__firstRow = performance.now(); performance.mark('bench:first-row'); }, 0); });
    }
  }).observe(document, { childList: true, subtree: true });`);
const traceFile = path.join(root, 'target/bench/trace.json');
await browser.startTracing(page, { path: traceFile, screenshots: false,
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'toplevel', 'blink', 'netlog', 'disabled-by-default-devtools.timeline.frame'] });
await page.goto(`${base}${urlPath}`);
await page.waitForFunction(() => window.__firstRow !== null, null, { timeout: 60_000 });
await page.waitForTimeout(300);
const firstRow = await page.evaluate(() => window.__firstRow);
await browser.stopTracing();
await browser.close();
server.close();

const events = JSON.parse(fs.readFileSync(traceFile, 'utf8')).traceEvents;
const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith(base));
const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
  events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
const ms = (ts) => ((ts - t0) / 1000).toFixed(1).padStart(7);
const short = (u) => (u ?? '').replace(base, '').replace(/-[0-9a-f]{15,16}/, '-…').slice(0, 60);
const interesting = new Set(['ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Commit',
  'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'v8.wasm.streamFromResponseCallback',
  'v8.wasm.compiledModule', 'v8.wasm.cachedModule', 'ResourceSendRequest', 'ResourceFinish', 'ResourceReceiveResponse',
  'firstPaint', 'firstContentfulPaint', 'MarkDOMContent', 'MarkLoad', 'RunTask', 'HitTest', 'Layerize', 'DecodeImage']);
const rows = events
  .filter((e) => e.ts >= t0 && (e.pid === main?.pid) && (interesting.has(e.name) || e.cat?.includes('user_timing')))
  .filter((e) => e.name !== 'RunTask' || (e.dur ?? 0) > 5000)
  .filter((e) => !['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'FunctionCall', 'HitTest', 'Layerize', 'Commit'].includes(e.name) || (e.dur ?? 0) > 300)
  .sort((a, b) => a.ts - b.ts);
for (const e of rows) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const what = short(d.url ?? d.styleSheetUrl ?? d.stackTrace?.[0]?.url ?? d.frame ?? '');
  const dur = e.dur ? `${(e.dur / 1000).toFixed(1)} ms` : '';
  console.log(`${ms(e.ts)}  ${e.name.padEnd(34)} ${dur.padStart(9)}  ${e.tid === main?.tid ? '' : `[tid ${e.tid}] `}${what}`);
}
console.log(`\nfirst row (performance.now) ${firstRow.toFixed(1)} ms; trace in ${path.relative(root, traceFile)}`);
