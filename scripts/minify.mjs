// Trunk post-build step, run after the prerender (both rewrite index.html, so they run in one
// hook, in turn): names the three modules by their content, minifies this build's JS glue and
// CSS, which every reader downloads, updates the stylesheet's subresource-integrity hash in
// index.html to match, and writes the start-up script into it.
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

// The on-demand and the full modules (src/annex.rs, src/full.rs): Trunk builds them but does not
// load them (www/annex.js and the start-up script do), so it leaves them unhashed and unminified.
// Each gets a name from its content here (a cached copy of an older build is never taken for this
// one's), and the scripts that load them are told those names below.
async function nameModule(stem) {
  const [jsFile, wasmFile] = [`${stem}.js`, `${stem}_bg.wasm`];
  if (!fs.existsSync(path.join(staging, jsFile))) throw new Error(`minify.mjs: Trunk built no ${jsFile}`);
  const wasm = fs.readFileSync(path.join(staging, wasmFile));
  const glue = fs.readFileSync(path.join(staging, jsFile), 'utf8');
  const hash = crypto.createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
  const named = { js: `${stem}-${hash}.js`, wasm: `${stem}-${hash}_bg.wasm` };
  if (!glue.includes(`'${wasmFile}'`)) throw new Error(`minify.mjs: the glue ${jsFile} does not name ${wasmFile}`);
  const code = (await minifyJs(glue.replace(`'${wasmFile}'`, `'${named.wasm}'`), { module: true, compress: { passes: 2 }, mangle: true })).code;
  fs.writeFileSync(path.join(staging, named.js), code);
  fs.renameSync(path.join(staging, wasmFile), path.join(staging, named.wasm));
  fs.rmSync(path.join(staging, jsFile));
  return named;
}
const fullModule = await nameModule('stances-full');
const annexName = (await nameModule('stances-annex')).js;

// The page's module (src/main.rs), which Trunk names and loads. The start-up script loads it
// instead, or the full module: Trunk's loader and its preloads of this module go (a page opening
// on another view must not download it).
const trunkLoader = [
  /<script type="module">\s*import init, \* as bindings from '\.\/(stances-[0-9a-f]+\.js)';[\s\S]*?<\/script>/,
  /<link rel="modulepreload" href="\.\/stances-[0-9a-f]+\.js"[^>]*>/,
  /<link rel="preload" href="\.\/(stances-[0-9a-f]+_bg\.wasm)"[^>]*>/,
];
const [, pageJs] = html.match(trunkLoader[0]) ?? [];
const [, pageWasm] = html.match(trunkLoader[2]) ?? [];
if (!pageJs || !pageWasm || !trunkLoader[1].test(html)) throw new Error("minify.mjs: index.html lacks Trunk's loader for the page's module");
for (const part of trunkLoader) html = html.replace(part, '');
const pageModule = { js: pageJs, wasm: pageWasm };

// Its stylesheet (www/annex.css, the map's and the articles' styles), copied by Trunk as it is.
let annexCss = null;
if (fs.existsSync(path.join(staging, 'annex.css'))) {
  const css = minifyCss(fs.readFileSync(path.join(staging, 'annex.css'), 'utf8'), { restructure: false }).css;
  annexCss = `stances-annex-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(staging, annexCss), css);
  fs.rmSync(path.join(staging, 'annex.css'));
}

// The page's glue and stylesheet, and the glue's JS snippets (www/download.js, www/annex.js).
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
  // The stylesheet and the snippets' preloads carry their integrity; the glue's went with
  // Trunk's loader.
  const [oldHash, newHash] = [sri(written), sri(after)];
  if (file !== pageJs && !html.includes(oldHash)) throw new Error(`minify.mjs: index.html has no integrity ${oldHash} for ${file}`);
  html = html.replaceAll(oldHash, newHash);
  fs.writeFileSync(full, after);
}

// The start-up script, inline in the page's head (see www/start.js), with the modules' names.
if (!html.includes('/*stances:start*/')) throw new Error('minify.mjs: index.html has no place for the start-up script');
const start = fs.readFileSync('www/start.js', 'utf8')
  .replace('__STANCES_JS__', pageModule.js).replace('__STANCES_WASM__', pageModule.wasm)
  .replace('__STANCES_FULL_JS__', fullModule.js).replace('__STANCES_FULL_WASM__', fullModule.wasm);
if (/__STANCES_/.test(start)) throw new Error('minify.mjs: www/start.js names a file this build does not know');
html = html.replace('/*stances:start*/', (await minifyJs(start, { compress: { passes: 2 }, mangle: true })).code);
fs.writeFileSync(page, html);
