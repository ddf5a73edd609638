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

// The glue and stylesheet, and the glue's JS snippets (www/download.js), which index.html
// preloads with their own integrity hashes.
const snippets = fs.existsSync(path.join(staging, 'snippets'))
  ? fs.readdirSync(path.join(staging, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => path.join('snippets', f))
  : [];
for (const file of [...fs.readdirSync(staging).filter((f) => /^stances-[0-9a-f]+\.(js|css)$/.test(f)), ...snippets]) {
  const full = path.join(staging, file);
  const before = fs.readFileSync(full, 'utf8');
  // No restructuring of the CSS: only whitespace, comments and shorter spellings, so the
  // cascade is exactly the one that was written.
  const after = file.endsWith('.js')
    ? (await minifyJs(before, { module: true, compress: { passes: 2 }, mangle: true })).code
    : minifyCss(before, { restructure: false }).css;
  const [oldHash, newHash] = [sri(before), sri(after)];
  if (!html.includes(oldHash)) throw new Error(`minify.mjs: index.html has no integrity ${oldHash} for ${file}`);
  html = html.replaceAll(oldHash, newHash);
  fs.writeFileSync(full, after);
}
fs.writeFileSync(page, html);
