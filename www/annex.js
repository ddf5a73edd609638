// The on-demand module (src/annex.rs): the views a reader opens rarely, fetched the first time
// one opens, never with the default page. Its file name carries the build's hash; the build
// (scripts/minify.mjs) writes it here. `base` is where the bundle is served from.
const FILE = 'stances-annex.js';
const CSS = 'stances-annex.css';
let loading;

// Its styles, in the document or, for a script embed, in the widget's shadow root: resolves
// once they apply (or failed: the view still works unstyled), so the view never shows bare.
function styled(base, root) {
  const home = root.getRootNode();
  const where = home instanceof ShadowRoot ? home : document.head;
  const href = new URL(CSS, base).href;
  let link = [...where.querySelectorAll('link[rel="stylesheet"]')].find((l) => l.href === href);
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.loaded = new Promise((done) => { link.onload = done; link.onerror = done; });
    where.appendChild(link);
  }
  return link.loaded ?? Promise.resolve();
}

export function loadAnnex(base) {
  if (!loading) {
    loading = import(new URL(FILE, base).href).then(async (annex) => {
      await annex.default();
      return annex;
    });
    // A failure is not kept: the next view that opens tries again.
    loading.catch(() => { loading = undefined; });
  }
  return loading;
}

// For the full module, which has the views but not their styles.
export function styleAnnex(base, root) {
  return styled(base, root);
}

// Resolves to the mounted view's (or the embed dialog's or the reports': `part`, `value`) handle;
// `send(kind, value)` carries its messages back.
export async function mountAnnex(base, root, address, origins, query, lang, embedded, part, value, send) {
  const [annex] = await Promise.all([loadAnnex(base), styled(base, root)]);
  return annex.annex_mount(root, address, origins, query, lang, embedded, part, value, send);
}

// Resolves to what the status line says once the file is offered.
export async function exportAnnex(base, address, origins, query, lang, kind) {
  const annex = await loadAnnex(base);
  return annex.annex_export(address, origins, query, lang, kind);
}

export function updateAnnex(handle, query, lang) {
  handle.update(query, lang);
}

export function unmountAnnex(handle) {
  handle.unmount();
}
