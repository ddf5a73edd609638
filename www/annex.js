// The on-demand module (src/annex.rs): the views a reader opens rarely, fetched the first time
// one opens, never with the default page. Its file name carries the build's hash; the build
// (scripts/minify.mjs) writes it here. `base` is where the bundle is served from.
const FILE = 'stances-annex.js';
let loading;

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

// Resolves to the mounted view's handle; `send(kind, value)` carries its messages back.
export async function mountAnnex(base, root, address, origins, query, lang, embedded, send) {
  const annex = await loadAnnex(base);
  return annex.annex_mount(root, address, origins, query, lang, embedded, send);
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
