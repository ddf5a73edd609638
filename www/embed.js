// stances script embed. Put this on a page with one or more
//   <div data-stances data-view="compare" data-actors="RUS,USA"></div>
//   <script type="module" src="https://…/embed.js"></script>
// and each element gets its own widget, configured by its data-* attributes (the names of the
// URL contract: data-view, data-actors, data-topics, data-at, …, and data-src for a dataset).
// The widget lives in a shadow root: the page's styles do not reach it, nor its styles the page,
// and it never changes the page's address. Elements added later are mounted as they appear.
// The build fills in the hashed file names below.
const base = new URL('.', import.meta.url).href;
globalThis.__stances = { base, css: new URL('__STANCES_CSS__', base).href };
// The page's module draws the table and fetches the other views when they open; when an element
// opens on another view, the full module, which has every view, is loaded instead (never both).
const views = ['compare', 'timeline', 'map', 'sources', 'articles'];
const full = [...document.querySelectorAll('[data-stances]')]
  .some((e) => views.includes((e.dataset.view ?? '').toLowerCase()));
const [js, wasm] = full ? ['__STANCES_FULL_JS__', '__STANCES_FULL_WASM__'] : ['__STANCES_JS__', '__STANCES_WASM__'];
try {
  const glue = await import(new URL(js, base).href);
  await glue.default({ module_or_path: new URL(wasm, base).href });
  // Pages that render late (single-page apps) add elements after this ran; mount those too,
  // at most once per task however many nodes arrive.
  let queued = false;
  const ours = (n) => n.nodeType === 1 && (n.matches('[data-stances]') || n.querySelector('[data-stances]'));
  new MutationObserver((records) => {
    if (queued || !records.some((r) => [...r.addedNodes].some(ours))) return;
    queued = true;
    queueMicrotask(() => { queued = false; glue.stances_mount(); });
  }).observe(document.documentElement, { childList: true, subtree: true });
  globalThis.__stances.mount = glue.stances_mount;
} catch (error) {
  // Without this the widget would fail in silence: most often a Content-Security-Policy that
  // does not allow WebAssembly, or this bundle's files from another origin.
  const why = /WebAssembly|wasm|Content Security Policy/i.test(String(error))
    ? "this page's Content-Security-Policy blocks WebAssembly; it needs script-src 'self' 'wasm-unsafe-eval' (and this widget's origin, if it is not the page's)"
    : `its files could not be loaded from ${base} (${error})`;
  for (const element of document.querySelectorAll('[data-stances]')) {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `This comparison cannot start: ${why}.`;
    element.replaceChildren(note);
  }
  console.error('stances: the widget could not start:', error);
}
