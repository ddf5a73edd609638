// Shared set-up for the end-to-end tests: a static server for dist/ (plus the test fixtures
// under /fixtures/) on 127.0.0.1, and Debian's Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const MOUNTS = { '/fixtures/': 'tests/fixtures', '/bad-data/': 'tests/bad-data' };

let bomb;
/** 20 MB of JSON spaces, gzipped to about 20 KB: a body that inflates past the 10 MB cap. */
const gzipBomb = () => (bomb ??= zlib.gzipSync(Buffer.concat([Buffer.from('{"padding": "'), Buffer.alloc(20 * 1024 * 1024, 32), Buffer.from('"}')])));

/**
 * Hostile servers, for the widget's download limits and origin checks: each answers JSON.
 * /redirect?to=URL redirects (302, CORS allowed) to URL; /cors/FILE serves a test fixture to any
 * origin; /drip/… sends a byte a second, /endless/… 64 KB chunks without end, /bomb/… a gzip
 * bomb; /csp/… serves the bundle under `Content-Security-Policy: default-src 'self'`, and
 * /allow/?allow=ORIGINS the bundle with its page allowing datasets from ORIGINS (its meta tag).
 */
function hostile(req, res, pathname, bundleDir) {
  const json = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
  if (pathname === '/redirect') {
    const to = new URL(req.url, 'http://x').searchParams.get('to');
    res.writeHead(302, { location: to, 'access-control-allow-origin': '*' }).end();
  } else if (pathname.startsWith('/cors/')) {
    fs.readFile(path.join(root, 'tests/fixtures', path.basename(pathname)))
      .then((body) => res.writeHead(200, json).end(body), () => res.writeHead(404).end());
  } else if (pathname.startsWith('/drip/') || pathname.startsWith('/endless/')) {
    res.writeHead(200, json);
    const drip = pathname.startsWith('/drip/');
    const chunk = drip ? ' ' : Buffer.alloc(64 * 1024, 32);
    res.write('{"padding": "');
    const timer = setInterval(() => res.write(chunk), drip ? 1000 : 5);
    req.on('close', () => clearInterval(timer));
  } else if (pathname.startsWith('/bomb/')) {
    res.writeHead(200, { ...json, 'content-encoding': 'gzip' }).end(gzipBomb());
  } else if (pathname.startsWith('/csp/') || pathname.startsWith('/allow/')) {
    const [, prefix, rel] = pathname.match(/^\/(csp|allow)\/(.*)$/);
    const file = path.join(bundleDir, path.normalize(rel || 'index.html'));
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    if (prefix === 'csp') headers['content-security-policy'] = "default-src 'self'";
    const allow = (new URL(req.url, 'http://x').searchParams.get('allow') ?? '').replace(/[^\w:/. -]/g, '');
    fs.readFile(file).then(
      (body) => res.writeHead(200, headers).end(prefix === 'allow' && !rel
        ? String(body).replace('<head>', `<head><meta name="stances-data-origins" content="${allow}">`)
        : body),
      () => res.writeHead(404).end(),
    );
  } else {
    return false;
  }
  return true;
}

/**
 * Serves a bundle at / (dist-test/: the page with its test hook and a frozen dataset, unless
 * told otherwise), the test fixtures at /fixtures/ and the
 * bad-data corpus at /bad-data/; /slow/… answers only after 12 s, for timeouts; and the hostile
 * servers above. Resolves to { url, close, requests }, `requests` listing every path asked for.
 */
export async function serve({ bundle = 'dist-test' } = {}) {
  const requests = [];
  // Room for the 150 KB links of the link-flood tests (Node refuses more than 16 KB of headers).
  const server = http.createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    requests.push(pathname);
    if (pathname.startsWith('/slow/')) {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 12_000);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    if (hostile(req, res, pathname, path.join(root, bundle))) return;
    const mount = Object.keys(MOUNTS).find((m) => pathname.startsWith(m));
    const [base, rel] = mount
      ? [path.join(root, MOUNTS[mount]), pathname.slice(mount.length)]
      : [path.join(root, bundle), pathname.slice(1) || 'index.html'];
    const file = path.join(base, decodeURIComponent(rel));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
}

/** A page that records console errors and failed requests, for tests to assert none. */
export async function openPage(browser, url, options = {}) {
  const page = await browser.newPage(options);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url);
  // index.html carries a pre-rendered table until the widget starts; tests drive the widget.
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  return { page, problems };
}

/**
 * Opens the "Filters and settings" disclosure of `scope` (a page, frame or locator) unless it
 * is open: filters, language and theme sit behind it so that the view comes first.
 */
export async function openOptions(scope) {
  const details = scope.locator('details.st-options').first();
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator('summary').click();
  }
}
