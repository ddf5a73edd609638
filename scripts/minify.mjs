// Trunk post-build step, run after the prerender (both rewrite index.html, so they run in one
// hook, in turn): minifies this build's JS glue and CSS, which every reader downloads, and
// updates their subresource-integrity hashes in index.html to match.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('minify.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
const page = path.join(staging, 'index.html');
let html = fs.readFileSync(page, 'utf8');
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

// The on-demand module (src/annex.rs, www/annex.js): Trunk builds it but does not load it, so it
// leaves it unhashed and unminified. It gets a name from its content here (a cached copy of an
// older build is never taken for this one's), and www/annex.js is told that name below.
let annexName = null;
if (fs.existsSync(path.join(staging, 'stances-annex.js'))) {
  const wasm = fs.readFileSync(path.join(staging, 'stances-annex_bg.wasm'));
  const glue = fs.readFileSync(path.join(staging, 'stances-annex.js'), 'utf8');
  const hash = crypto.createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
  const wasmName = `stances-annex-${hash}_bg.wasm`;
  if (!glue.includes("'stances-annex_bg.wasm'")) throw new Error('minify.mjs: the annex glue does not name stances-annex_bg.wasm');
  const code = (await minifyJs(glue.replace("'stances-annex_bg.wasm'", `'${wasmName}'`), { module: true, compress: { passes: 2 }, mangle: true })).code;
  annexName = `stances-annex-${hash}.js`;
  fs.writeFileSync(path.join(staging, annexName), code);
  fs.renameSync(path.join(staging, 'stances-annex_bg.wasm'), path.join(staging, wasmName));
  fs.rmSync(path.join(staging, 'stances-annex.js'));
}

// Its stylesheet (www/annex.css, the map's and the articles' styles), copied by Trunk as it is.
let annexCss = null;
if (fs.existsSync(path.join(staging, 'annex.css'))) {
  const css = minifyCss(fs.readFileSync(path.join(staging, 'annex.css'), 'utf8'), { restructure: false }).css;
  annexCss = `stances-annex-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(staging, annexCss), css);
  fs.rmSync(path.join(staging, 'annex.css'));
}

// The glue and stylesheet, and the glue's JS snippets (www/download.js), which index.html
// preloads with their own integrity hashes.
const snippets = fs.existsSync(path.join(staging, 'snippets'))
  ? fs.readdirSync(path.join(staging, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => path.join('snippets', f))
  : [];
for (const file of [...fs.readdirSync(staging).filter((f) => /^stances-[0-9a-f]+\.(js|css)$/.test(f)), ...snippets]) {
  const full = path.join(staging, file);
  const written = fs.readFileSync(full, 'utf8');
  let before = written;
  if (file.endsWith(path.join('www', 'annex.js'))) {
    if (!annexName || !annexCss || !written.includes("'stances-annex.js'") || !written.includes("'stances-annex.css'")) {
      throw new Error('minify.mjs: no on-demand module or stylesheet to name in www/annex.js');
    }
    before = written.replace("'stances-annex.js'", `'${annexName}'`).replace("'stances-annex.css'", `'${annexCss}'`);
  }
  // No restructuring of the CSS: only whitespace, comments and shorter spellings, so the
  // cascade is exactly the one that was written.
  const after = file.endsWith('.js')
    ? (await minifyJs(before, { module: true, compress: { passes: 2 }, mangle: true })).code
    : minifyCss(before, { restructure: false }).css;
  const [oldHash, newHash] = [sri(written), sri(after)];
  if (!html.includes(oldHash)) throw new Error(`minify.mjs: index.html has no integrity ${oldHash} for ${file}`);
  html = html.replaceAll(oldHash, newHash);
  fs.writeFileSync(full, after);
}
fs.writeFileSync(page, html);
