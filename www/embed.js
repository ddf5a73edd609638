// stances script embed. Put this on a page with one or more
//   <div data-stances data-view="compare" data-actors="RUS,USA"></div>
//   <script type="module" src="https://…/embed.js"></script>
// and each element gets its own widget, configured by its data-* attributes (the names of the
// URL contract: data-view, data-actors, data-topics, data-at, …, and data-src for a dataset).
// The widget lives in a shadow root: the page's styles do not reach it, nor its styles the page,
// and it never changes the page's address. The build fills in the hashed file names below.
const base = new URL('.', import.meta.url).href;
globalThis.__stances = { base, css: new URL('__STANCES_CSS__', base).href };
const { default: init } = await import(new URL('__STANCES_JS__', base).href);
await init({ module_or_path: new URL('__STANCES_WASM__', base).href });
