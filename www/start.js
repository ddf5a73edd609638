// The pages' start-up script (index.html and the test bundle's), which scripts/minify.mjs writes
// inline into their head: it runs before anything else downloads, so its downloads start first.
// A page whose policy refuses inline scripts cannot start the widget either (the page says so).
(() => {
  const query = new URLSearchParams(location.search);

  // Which module: the page's (the table, the default view; the others come on demand) or, for a
  // page opening on another view, the full one, which has every view (never both). The build
  // names the files by their content.
  const view = (query.get('view') || '').toLowerCase();
  const [js, wasm] = ['compare', 'timeline', 'map', 'sources', 'articles'].includes(view)
    ? ['./__STANCES_FULL_JS__', './__STANCES_FULL_WASM__']
    : ['./__STANCES_JS__', './__STANCES_WASM__'];
  // Both files are fetched now, and the module started once the page is parsed: importing it
  // while the page was still being parsed put the first row later (1.24-1.45x the static floor
  // against 1.13-1.21x, two runs of 15 loads each).
  for (const [rel, href] of [['modulepreload', js], ['preload', wasm]]) {
    const link = Object.assign(document.createElement('link'), { rel, href });
    if (rel === 'preload') Object.assign(link, { as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous' });
    document.head.append(link);
  }
  const start = () => import(js).then(async (glue) => {
    const started = await glue.default({ module_or_path: wasm });
    window.wasmBindings = glue;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));
  });
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  // A `data=` dataset of this site is downloaded now, not once the WebAssembly has started
  // (www/download.js takes it, and checks it as it checks its own).
  const data = query.get('data');
  if (!data) return;
  let url;
  try { url = new URL(data, location.href); } catch { return; }
  if (url.origin !== location.origin) return;
  const control = new AbortController();
  const response = fetch(url.href, { signal: control.signal });
  const body = response.then(async (r) => {
    const reader = r.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const step = await reader.read();
      if (step.done) return chunks;
      size += step.value.length;
      if (size > 10485760) { control.abort(); throw 'large'; }
      chunks.push(step.value);
    }
  });
  response.catch(() => {});
  body.catch(() => {});
  window.__stancesEarly = { url: url.href, response, body, abort: (why) => control.abort(why) };
})();
