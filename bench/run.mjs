// make bench: bytes, time to first row, interaction latency (median, p95), memory and long
// tasks, for our widget and the peers, on the bundled and the stress dataset, unthrottled and
// with the CPU slowed 4x. Prints a table, writes target/bench/results.json, and exits non-zero
// when a budget is broken.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { staticPage, tabulatorPage, timelinePage } from './peers.mjs';
import { serve, launch } from './site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'target/bench');
const SITE = path.join(OUT, 'site');
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// Runs before the counted ones, for each kind of interaction: the first pays one-off costs
// (compiling the code path, filling caches) that a reader pays once. Its time is reported on
// its own as "first", so it is not hidden, but it does not set the steady-state p95.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);

// --- the site: our bundle, the stress dataset, and the peer pages -------------------------
fs.rmSync(SITE, { recursive: true, force: true });
fs.cpSync(path.join(root, 'dist'), SITE, { recursive: true });
fs.copyFileSync(path.join(OUT, 'stress.json'), path.join(SITE, 'data/stress.json'));
const peers = path.join(SITE, 'peers');
fs.mkdirSync(path.join(peers, 'vendor'), { recursive: true });
const vendor = [
  ['node_modules/tabulator-tables/dist/js/tabulator.min.js', 'tabulator.min.js'],
  ['node_modules/tabulator-tables/dist/css/tabulator.min.css', 'tabulator.min.css'],
  ['node_modules/@knight-lab/timelinejs/dist/js/timeline.js', 'timeline.js'],
  ['node_modules/@knight-lab/timelinejs/dist/css/timeline.css', 'timeline.css'],
];
for (const [from, to] of vendor) fs.copyFileSync(path.join(root, from), path.join(peers, 'vendor', to));
fs.copyFileSync(path.join(root, 'bench/peers.mjs'), path.join(peers, 'peers.mjs'));
const bundled = JSON.parse(fs.readFileSync(path.join(SITE, 'data/un-cybercrime-convention.json'), 'utf8'));
const stress = JSON.parse(fs.readFileSync(path.join(SITE, 'data/stress.json'), 'utf8'));
fs.writeFileSync(path.join(peers, 'static.html'), staticPage(bundled));
fs.writeFileSync(path.join(peers, 'static-stress.html'), staticPage(stress));
fs.writeFileSync(path.join(peers, 'tabulator.html'), tabulatorPage('../data/un-cybercrime-convention.json'));
fs.writeFileSync(path.join(peers, 'tabulator-stress.html'), tabulatorPage('../data/stress.json'));
fs.writeFileSync(path.join(peers, 'timeline.html'), timelinePage('../data/un-cybercrime-convention.json'));

const { base, server } = await serve(SITE);
const browser = await launch();

// --- measuring ------------------------------------------------------------------------------
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x) => Math.round(x * 10) / 10;

/** Watches for the first element matching `selector`, and records when the frame after it painted. */
const firstRowScript = (selector) => `
  window.__bench = { longTasks: [], renderTasks: [], firstRow: null, wasmMemory: 0 };
  new PerformanceObserver((l) => {
    const parsed = performance.getEntriesByName('stances:parsed')[0]?.startTime ?? Infinity;
    for (const e of l.getEntries()) {
      window.__bench.longTasks.push(e.duration);
      if (e.startTime >= parsed) window.__bench.renderTasks.push(e.duration);
    }
  })
    .observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasmMemory = e.detail.wasm.memory.buffer.byteLength; });
  const seen = () => document.querySelector(${JSON.stringify(selector)}) ||
    [...document.querySelectorAll('[data-stances]')].some((h) => h.shadowRoot?.querySelector(${JSON.stringify(selector)}));
  new MutationObserver((_, obs) => {
    if (window.__bench.firstRow === null && seen()) {
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__bench.firstRow = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });`;

async function newPage(throttle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return page;
}

async function load(url, selector, throttle) {
  const page = await newPage(throttle);
  const files = new Map();
  page.on('response', async (r) => {
    const u = new URL(r.url());
    if (u.origin === base) files.set(u.pathname === '/' ? '/index.html' : u.pathname, true);
  });
  await page.addInitScript(firstRowScript(selector));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstRow !== null, null, { timeout: 60_000 });
  await page.waitForTimeout(100);
  const m = await page.evaluate(() => ({ ...window.__bench, heap: performance.memory?.usedJSHeapSize ?? 0 }));
  return { page, files: [...files.keys()], ...m };
}

function bytes(files) {
  // Only what was served: a peer may ask for files it did not ship (TimelineJS's icon fonts).
  const rows = files.filter((f) => fs.existsSync(path.join(SITE, f.slice(1)))).map((f) => {
    const data = fs.readFileSync(path.join(SITE, f.slice(1)));
    return { file: f.replace(/-[0-9a-f]{15,16}/, '-…'), raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** The first row of each page ([name, url, selector]), its loads taken in turn with the other
 * pages' (one load of each, LOADS times over), so that a machine whose load drifts during the
 * run (a 2-core VM shared with builds) weighs on every page alike and the ratios stay fair.
 * Each round starts one page further on, so that no page always follows the same one (the
 * browser is still putting a closed page away, a large one for a while, as the next loads). */
async function firstRows(pages, throttle) {
  const times = pages.map(() => []);
  const last = [];
  for (let i = 0; i < LOADS; i++) {
    for (let j = 0; j < pages.length; j++) {
      const k = (i + j) % pages.length;
      const [, url, selector] = pages[k];
      last[k] = await load(url, selector, throttle);
      times[k].push(last[k].firstRow);
      await last[k].page.close();
      await new Promise((settled) => setTimeout(settled, 250));
    }
  }
  return pages.map(([name], k) => ({ name, throttle, firstRowMedian: round(median(times[k])), firstRowP95: round(p95(times[k])),
    maxLongTask: round(Math.max(0, ...last[k].longTasks)), maxRenderTask: round(Math.max(0, ...last[k].renderTasks)),
    heap: last[k].heap, wasmMemory: last[k].wasmMemory, bytes: bytes(last[k].files) }));
}

/** One interaction, timed from the event to the frame after the widget re-rendered. */
const INTERACTIONS = {
  filter: (i) => `(() => { const el = document.querySelector('input[type=search]'); el.value = ${'`'}State ${'${'}${i} % 9 + 1}${'`'}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`,
  sort: (i) => `(() => { const el = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'name')); el.value = ${i} % 2 ? 'name' : el.options[1].value; el.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  'as of': (i) => `(() => { const el = document.querySelector('.st-filters input[type=date]'); el.value = ${'`'}202${'${'}${i} % 3}-06-30${'`'}; el.dispatchEvent(new Event('change', { bubbles: true })); })()`,
  'switch view': (i) => `(() => { document.querySelectorAll('.st-tab')[${i} % 2 ? 0 : 3].click(); })()`,
  'open sources': () => `(() => { document.querySelector('dialog')?.close(); document.querySelector('.st-table .st-linkish').click(); })()`,
};

async function interactions(name, url, throttle) {
  const page = await newPage(throttle);
  await page.goto(url);
  await page.locator(LIVE_ROW).first().waitFor({ timeout: 60_000 });
  const out = { name, throttle, interactions: {} };
  for (const [what, script] of Object.entries(INTERACTIONS)) {
    const times = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      if (what === 'open sources' || what === 'as of') {
        // Start each from the table with every actor shown.
        await page.evaluate(() => { document.querySelector('dialog')?.close(); });
      }
      const ms = await page.evaluate(async (code) => {
        const t0 = performance.now();
        (0, eval)(code);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, script(i));
      times.push(ms);
      if (what === 'switch view' && i % 2 === 0) await page.locator('.st-tab').first().click();
    }
    // Back to the default table before the next kind of interaction.
    await page.evaluate(() => {
      document.querySelector('dialog')?.close();
      const search = document.querySelector('input[type=search]');
      if (search) { search.value = ''; search.dispatchEvent(new Event('input', { bubbles: true })); }
      const date = document.querySelector('.st-filters input[type=date]');
      if (date) { date.value = ''; date.dispatchEvent(new Event('change', { bubbles: true })); }
    });
    await page.locator('.st-tab').first().click();
    await page.locator(LIVE_ROW).first().waitFor();
    const counted = times.slice(WARMUP);
    out.interactions[what] = { first: round(times[0]), median: round(median(counted)), p95: round(p95(counted)) };
  }
  await page.close();
  return out;
}

// Rows of the running widget, not of the table pre-rendered into index.html.
const LIVE_ROW = '.st-widget:not(.st-prerendered) .st-table tbody tr';

const results = { when: new Date().toISOString(), loads: LOADS, runs: RUNS, warmup: WARMUP, pages: [], interactions: [] };
for (const throttle of [1, 4]) {
  results.pages.push(...await firstRows([
    ['stances (bundled)', `${base}/`, '.st-table tbody tr'],
    ['stances (bundled, interactive)', `${base}/`, LIVE_ROW],
    ['static floor (bundled)', `${base}/peers/static.html`, 'tbody tr'],
    ['Tabulator (bundled)', `${base}/peers/tabulator.html`, '.tabulator-row'],
    ['TimelineJS3 (bundled events)', `${base}/peers/timeline.html`, '.tl-slide'],
    ['stances (stress)', `${base}/?data=data/stress.json`, LIVE_ROW],
    ['static floor (stress)', `${base}/peers/static-stress.html`, 'tbody tr'],
    ['Tabulator (stress)', `${base}/peers/tabulator-stress.html`, '.tabulator-row'],
  ], throttle));
  results.interactions.push(await interactions('stances (bundled)', `${base}/`, throttle));
  results.interactions.push(await interactions('stances (stress)', `${base}/?data=data/stress.json`, throttle));
}
await browser.close();
server.close();

// --- report and budgets ---------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const page = (name, throttle = 1) => results.pages.find((p) => p.name === name && p.throttle === throttle);
const ours = page('stances (bundled)');
console.log('\nBytes of every file the default page loads');
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const r of ours.bytes.rows) console.log(r.file.padEnd(34), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10));
console.log('total'.padEnd(34), kb(ours.bytes.total.raw).padStart(10), kb(ours.bytes.total.gzip).padStart(10), kb(ours.bytes.total.brotli).padStart(10));
for (const throttle of [1, 4]) {
  console.log(`\nFirst row painted, ms from navigation (median of ${LOADS}; CPU ${throttle}x)`);
  console.log('page'.padEnd(32), 'median'.padStart(8), 'p95'.padStart(8), 'longest task'.padStart(13), 'JS heap'.padStart(10), 'wasm mem'.padStart(10), 'brotli'.padStart(10));
  for (const p of results.pages.filter((x) => x.throttle === throttle)) {
    console.log(p.name.padEnd(32), String(p.firstRowMedian).padStart(8), String(p.firstRowP95).padStart(8), String(p.maxLongTask).padStart(13),
      kb(p.heap).padStart(10), kb(p.wasmMemory).padStart(10), kb(p.bytes.total.brotli).padStart(10));
  }
  const o = page('stances (bundled)', throttle);
  const s = page('static floor (bundled)', throttle);
  const t = page('Tabulator (bundled)', throttle);
  console.log(`ratios: stances / static floor = ${(o.firstRowMedian / s.firstRowMedian).toFixed(2)}, stances / Tabulator = ${(o.firstRowMedian / t.firstRowMedian).toFixed(2)}`);
  const os = page('stances (stress)', throttle);
  const ts = page('Tabulator (stress)', throttle);
  console.log(`stress: stances / Tabulator = ${(os.firstRowMedian / ts.firstRowMedian).toFixed(2)}`);
  console.log(`\nInteractions, ms from event to the next painted frame (${RUNS} runs after ${WARMUP} warm-up; first = the very first; CPU ${throttle}x)`);
  for (const r of results.interactions.filter((x) => x.throttle === throttle)) {
    console.log(`  ${r.name}: ${Object.entries(r.interactions).map(([k, v]) => `${k} ${v.median} / p95 ${v.p95} (first ${v.first})`).join('; ')}`);
  }
}

const broken = [];
const budget = (ok, text) => { results.budgets = results.budgets ?? []; results.budgets.push({ ok, text }); if (!ok) broken.push(text); };
// The size budget is written once, in bench/budget.json (scripts/size.mjs checks it in `make test`).
const sizeBudget = JSON.parse(fs.readFileSync(path.join(root, 'bench/budget.json'), 'utf8')).defaultPageBrotliBytes;
budget(ours.bytes.total.brotli <= sizeBudget, `default page within its ${kb(sizeBudget)} brotli budget (${kb(ours.bytes.total.brotli)})`);
budget(ours.firstRowMedian < page('Tabulator (bundled)').firstRowMedian, `first row sooner than Tabulator (${ours.firstRowMedian} vs ${page('Tabulator (bundled)').firstRowMedian} ms)`);
budget(ours.firstRowMedian <= 1.5 * page('static floor (bundled)').firstRowMedian, `first row within 1.5x the static floor (${ours.firstRowMedian} vs ${page('static floor (bundled)').firstRowMedian} ms)`);
for (const [what, v] of Object.entries(results.interactions.find((r) => r.name === 'stances (stress)' && r.throttle === 1).interactions)) {
  budget(v.p95 < 50, `stress ${what} p95 under 50 ms unthrottled (${v.p95} ms)`);
}
const stressLoad = page('stances (stress)');
budget(stressLoad.maxRenderTask <= 200, `stress table rendered without a long task over 200 ms (longest after parsing ${stressLoad.maxRenderTask} ms; parsing 7.5 MB included: ${stressLoad.maxLongTask} ms)`);
console.log('\nBudgets');
for (const b of results.budgets) console.log(`  ${b.ok ? 'ok  ' : 'FAIL'} ${b.text}`);
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nwrote ${path.relative(root, path.join(OUT, 'results.json'))}`);
process.exit(broken.length ? 1 : 0);
