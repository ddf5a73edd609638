// Trunk post-build hook, after minify.mjs named the modules: writes embed.js with the hashed names of this build's files (so the
// bundle keeps long-lived cache names while embed.js stays at one address), and copies pym.js
// beside the example page that uses it.
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('write-embed.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
const files = fs.readdirSync(staging);
const find = (re) => {
  const hit = files.find((f) => re.test(f));
  if (!hit) throw new Error(`write-embed.mjs: no file matching ${re} in ${staging}: ${files.join(', ')}`);
  return hit;
};
const names = {
  __STANCES_JS__: find(/^stances-[0-9a-f]+\.js$/),
  __STANCES_WASM__: find(/^stances-[0-9a-f]+_bg\.wasm$/),
  __STANCES_FULL_JS__: find(/^stances-full-[0-9a-f]+\.js$/),
  __STANCES_FULL_WASM__: find(/^stances-full-[0-9a-f]+_bg\.wasm$/),
  __STANCES_CSS__: find(/^stances-[0-9a-f]+\.css$/),
};
let source = fs.readFileSync('www/embed.js', 'utf8');
for (const [placeholder, name] of Object.entries(names)) source = source.replaceAll(placeholder, name);
fs.writeFileSync(path.join(staging, 'embed.js'), source);
fs.mkdirSync(path.join(staging, 'examples'), { recursive: true });
fs.copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', path.join(staging, 'examples', 'pym.v1.min.js'));
