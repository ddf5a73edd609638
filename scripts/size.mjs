// The bytes of the default page, as a reader downloads them: every file it loads (the HTML,
// what the HTML names, and the English outline the widget fetches), each at brotli 11.
//
//   node scripts/size.mjs [DIST]            the table (DIST defaults to dist/)
//   node scripts/size.mjs --check [DIST]    the table, then exit 1 if the total is over the budget
//   node scripts/size.mjs --groups WASM     the wasm's code by group, from a build that kept names
//
// The budget is in bench/budget.json, the one place it is written (make bench reads it too).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); if (i < 0) return false; args.splice(i, 1); return true; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const brotli = (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const budget = () => JSON.parse(fs.readFileSync(path.join(root, 'bench/budget.json'), 'utf8'));

/** The files the default page loads, relative to `dist`: index.html, the local files its tags
 * name (the JS glue, the wasm, the CSS), and the outline the widget fetches for English. */
export function defaultPageFiles(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = new Set();
  for (const m of html.matchAll(/(?:href|src|from|module_or_path:)\s*=?\s*["']\.?\/?([^"':]+?\.(?:js|wasm|css))["']/g)) named.add(m[1]);
  for (const m of html.matchAll(/['"]\.\/([^'"]+?\.(?:js|wasm))['"]/g)) named.add(m[1]);
  // And what those scripts import (wasm-bindgen's snippets), whether or not the HTML preloads it.
  for (const f of [...named].filter((n) => n.endsWith('.js') && fs.existsSync(path.join(dist, n)))) {
    const js = fs.readFileSync(path.join(dist, f), 'utf8');
    for (const m of js.matchAll(/(?:from\s*|import\s*\(\s*)["']\.\/([^"']+\.js)["']/g)) named.add(path.posix.join(path.posix.dirname(f), m[1]));
  }
  // The start-up script names the full module too, which only a page opening on another view loads.
  const files = ['index.html', ...[...named].filter((f) => !f.startsWith('stances-full-') && fs.existsSync(path.join(dist, f))).sort()];
  files.push('data/un-cybercrime-convention.outline.en.json');
  return files;
}

export function sizeTable(dist) {
  const rows = defaultPageFiles(dist).map((f) => {
    const data = fs.readFileSync(path.join(dist, f));
    return { file: f.replace(/-[0-9a-f]{15,16}/, '-…'), raw: data.length, brotli: brotli(data) };
  });
  return { rows, total: rows.reduce((t, r) => ({ raw: t.raw + r.raw, brotli: t.brotli + r.brotli }), { raw: 0, brotli: 0 }) };
}

export function printTable({ rows, total }) {
  console.log('file'.padEnd(48), 'raw'.padStart(10), 'brotli 11'.padStart(10));
  for (const r of rows) console.log(r.file.padEnd(48), kb(r.raw).padStart(10), kb(r.brotli).padStart(10));
  console.log('total'.padEnd(48), kb(total.raw).padStart(10), kb(total.brotli).padStart(10));
}

// --- the wasm by group ------------------------------------------------------------------------

function leb(buf, at) {
  let n = 0, shift = 0, b;
  do { b = buf[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [n, at];
}

/** Each function body with its name (from the name section), and the data segments' bytes. */
export function functions(wasm) {
  const bodies = [], names = new Map();
  let imports = 0, data = Buffer.alloc(0), at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    let size; [size, at] = leb(wasm, at + 1);
    const end = at + size;
    if (id === 2) { // imports: functions among them take the first indices
      let n, p; [n, p] = leb(wasm, at);
      for (let i = 0; i < n; i++) {
        let len; [len, p] = leb(wasm, p); p += len; [len, p] = leb(wasm, p); p += len;
        const kind = wasm[p++];
        if (kind === 0) { imports++; [, p] = leb(wasm, p); }
        else if (kind === 1) { p++; const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); }
        else if (kind === 2) { const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); }
        else if (kind === 3) p += 2;
        else [, p] = leb(wasm, p);
      }
    } else if (id === 10) {
      let n, p; [n, p] = leb(wasm, at);
      for (let i = 0; i < n; i++) { let len; [len, p] = leb(wasm, p); bodies.push(wasm.subarray(p, p + len)); p += len; }
    } else if (id === 11) data = wasm.subarray(at, end);
    else if (id === 0) {
      let len, p; [len, p] = leb(wasm, at);
      const name = wasm.subarray(p, p + len).toString();
      p += len;
      if (name === 'name') {
        while (p < end) {
          const sub = wasm[p]; let subSize; [subSize, p] = leb(wasm, p + 1);
          if (sub === 1) {
            let n, q; [n, q] = leb(wasm, p);
            for (let i = 0; i < n; i++) { let idx, l; [idx, q] = leb(wasm, q); [l, q] = leb(wasm, q); names.set(idx, wasm.subarray(q, q + l).toString()); q += l; }
          }
          p += subSize;
        }
      }
    }
    at = end;
  }
  return { bodies: bodies.map((b, i) => ({ body: b, name: names.get(imports + i) ?? '' })), data, named: names.size > 0 };
}

// The groups of issue 16's analysis. A function belongs to the type or module that owns it
// (`<A as Trait>::f` to A); code of the standard library instantiated for one of our types
// (`drop_in_place<stances::…>`) to that type's group.
function group(name) {
  const n = name.replace(/::h[0-9a-f]{16}$/, '');
  if (/serde/.test(n)) return 'serde and serde_json';
  const owner = (n.match(/^<(.+?) as /)?.[1] ?? n.replace(/^</, ''));
  const ours = (s) => (/stances::ui::/.test(s) ? 'component view code'
    : /stances::model::(json|parse|locate)|FromJson/.test(s) ? 'JSON reading'
    : /stances::/.test(s) ? 'model, query, url, i18n' : null);
  if (owner.startsWith('stances::')) return ours(owner);
  // A component's html! tree is inlined into yew's `view` for that component.
  if (/lifecycle::Stateful>::view/.test(n)) return 'component view code';
  if (/^(yew|implicit_clone|gloo|prokio|pinned|futures)/.test(owner)) return 'yew runtime';
  if (/^(wasm_bindgen|js_sys|web_sys|console_error_panic_hook)|__wbg|__wbindgen/.test(owner)) return 'wasm-bindgen glue';
  if (/dlmalloc|talc|lol_alloc|__rust_(alloc|dealloc|realloc)/.test(n)) return 'allocator';
  if (/^(core|alloc|std|hashbrown)/.test(owner) && ours(n)) return ours(n);
  if (/unicode|to_lower|to_upper/.test(n)) return 'unicode';
  if (/fmt|panic/.test(n)) return 'fmt and panics';
  if (/^(core|alloc|std|hashbrown)/.test(owner)) return 'std (collections, strings, sort)';
  return 'other';
}

export function groupTable(file) {
  const wasm = fs.readFileSync(file);
  const { bodies, data: dataBytes, named } = functions(wasm);
  const data = dataBytes.length, dataBrotli = brotli(dataBytes);
  if (!named) console.log('(no name section: build with names kept, see `make size-groups`)');
  const groups = new Map();
  const add = (g, bytes) => { const e = groups.get(g) ?? { parts: [], raw: 0 }; e.parts.push(bytes); e.raw += bytes.length; groups.set(g, e); };
  for (const f of bodies) add(group(f.name), f.body);
  const total = wasm.length;
  console.log(`\n${path.basename(file)}: ${kb(total)} raw with names; code by group, brotli of each group alone (data section: ${kb(data)} raw, ${kb(dataBrotli)} brotli)`);
  console.log('group'.padEnd(30), 'raw'.padStart(10), 'brotli'.padStart(10));
  for (const [g, e] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(g.padEnd(30), kb(e.raw).padStart(10), kb(brotli(Buffer.concat(e.parts))).padStart(10));
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  if (flag('--groups')) {
    groupTable(args[0]);
  } else {
    const check = flag('--check');
    const dist = path.resolve(args[0] ?? path.join(root, 'dist'));
    const table = sizeTable(dist);
    console.log(`Bytes of the default page (${path.relative(process.cwd(), dist) || '.'}), brotli quality 11`);
    printTable(table);
    // Not in the default page: what the first view other than the table costs on top, and what
    // a page opening on another view loads in place of the page's module.
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    const module = (re, what) => {
      const files = fs.readdirSync(dist).filter((f) => re.test(f));
      if (!files.length) return;
      const parts = files.map((f) => fs.readFileSync(path.join(dist, f)));
      console.log(`${what}: ${files.map((f) => f.replace(/-[0-9a-f]{16}/, '-…')).join(', ')}: ${kb(sum(parts.map((p) => p.length)))} raw, ${kb(sum(parts.map(brotli)))} brotli 11`);
    };
    module(/^stances-annex-[0-9a-f]+(\.js|_bg\.wasm|\.css)$/, 'on demand (every view but the table, the reports and embed dialogs, exports, their styles)');
    module(/^stances-(full-[0-9a-f]+(\.js|_bg\.wasm)|annex-[0-9a-f]+\.css)$/, "full module (every view, with the on-demand styles; a page opening on another view loads it instead of the page's)");
    const b = budget();
    const ok = table.total.brotli <= b.defaultPageBrotliBytes;
    console.log(`budget ${kb(b.defaultPageBrotliBytes)} (target ${kb(b.targetBrotliBytes)}): ${ok ? 'ok' : 'OVER'}`);
    if (check && !ok) {
      console.error(`The default page grew to ${kb(table.total.brotli)} brotli, over its budget of ${kb(b.defaultPageBrotliBytes)} (bench/budget.json).`);
      process.exit(1);
    }
  }
}
