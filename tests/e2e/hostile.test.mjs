// Hostile input: data full of markup, broken and unreachable datasets, datasets from other
// origins, a strict Content-Security-Policy, and a panic. Each ends in a clear message and a
// widget that still works; nothing runs that nobody wrote; nothing is requested or stored that
// should not be.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, other, third, production, browser;
before(async () => {
  server = await serve();
  other = await serve(); // another origin: another port
  third = await serve();
  production = await serve({ bundle: 'dist' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close(), third?.close(), production?.close()]);
});

test('markup in every text field is shown as text and never runs', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?data=/fixtures/xss.json&actors=AAA,BBB`);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  for (const view of ['Table', 'Compare', 'Timeline', 'Sources']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('.st-tab[aria-pressed="true"]', { hasText: view }).waitFor();
    assert.equal(await page.locator('.stances img, .stances script').count(), 0, view);
  }
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('button', { name: /Sources \(1\)/ }).first().click();
  await page.getByRole('dialog').waitFor();
  assert.equal(await page.locator('.stances img, .stances script').count(), 0, 'in the reports dialog');
  assert.match(await page.locator('.stances').innerText(), /<img src=x onerror="alert\(1\)"><script>alert\(2\)<\/script>/);
  assert.equal(dialogs, 0, 'no script ran');
  assert.equal(await page.evaluate(() => typeof window.alert), 'function');
  assert.deepEqual(problems, []);
});

test('a broken dataset names its faults, and the bundled one is a click away', async () => {
  const { page } = await openPage(browser, `${server.url}/?data=/bad-data/dangling-references.json&view=compare&actors=RUS,USA`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /positions\[1\]\.actor: "XXX" is not an actor in this dataset/);
  assert.match(await alert.innerText(), /outcomes\[0\]\.topic: "budget" is not a topic in this dataset/);
  await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  assert.equal(new URL(page.url()).search, '?view=compare&actors=RUS,USA', 'the failed address is dropped');
  const notice = await page.getByRole('status').first().innerText();
  assert.match(notice, /data=\/bad-data\/dangling-references\.json — this dataset could not be shown; showing the bundled dataset/);
  assert.doesNotMatch(notice, /other sites/, 'a file of this site is not blamed on other sites');
});

for (const [name, query, message] of [
  ['an empty file', 'data=/bad-data/empty.json', /\$: the file is empty/],
  ['malformed JSON', 'data=/bad-data/malformed-json.json', /not valid JSON: expected value at line 1 column 41/],
  ['javascript: URLs', 'data=/bad-data/bad-urls.json', /sources\[0\]\.url: "javascript:alert\(document\.domain\)" is not an http\(s\) URL/],
  ['a missing file (404)', 'data=/fixtures/no-such-file.json', /could not be loaded: the server answered 404 Not Found/],
  ['the wrong content type', 'data=/examples/article.html', /the server sent text\/html; charset=utf-8, not JSON/],
]) {
  test(`a dataset that fails by ${name} says so`, async () => {
    const { page } = await openPage(browser, `${server.url}/?${query}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
    await page.getByRole('table').waitFor();
  });
}

test('a dataset that never answers times out with its own message', async () => {
  const { page } = await openPage(browser, `${server.url}/?data=/slow/data.json`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  assert.match(await alert.innerText(), /could not be loaded: no answer within 10 seconds/);
});

test('a dataset from another origin is refused from a link, and a CORS failure explained in an embed', async () => {
  const { page } = await openPage(browser, `${server.url}/?data=${other.url}/fixtures/small.json`);
  await page.getByRole('table', { name: /UN cybercrime convention/ }).waitFor();
  const notice = await page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' }).innerText();
  assert.match(notice, /datasets from other sites are not loaded here; showing the bundled dataset/);
  assert.equal(await page.getByRole('note').count(), 0, 'the bundled dataset carries no foreign label');
  // A host page may name another origin's dataset; that server sends no CORS header.
  const embed = (await openPage(browser, `${server.url}/fixtures/cors.html?src=${encodeURIComponent(`${other.url}/fixtures/small.json`)}`)).page;
  const alert = embed.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /does not allow other sites to read it \(CORS\)/);
});

test('the page requests only its own files and its dataset, and stores nothing', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/?actors=RUS,USA`);
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.getByRole('table').waitFor();
  for (const view of ['Compare', 'Timeline', 'Sources', 'Table']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('.st-tab[aria-pressed="true"]', { hasText: view }).waitFor();
  }
  await page.getByRole('button', { name: 'Russia on Scope: Sources (1)' }).click();
  await page.keyboard.press('Escape');
  assert.deepEqual(outside, []);
  // Trunk's hash is a number in hex, without leading zeros: its length varies between builds.
  const asked = [...new Set(server.requests)].map((p) => p.replace(/-[0-9a-f]{8,16}(?=[._/])/, '-HASH'));
  // The Sources view is one of those whose code comes on demand (the annex module).
  assert.deepEqual(asked.sort(), ['/', '/data/un-cybercrime-convention.json', '/data/un-cybercrime-convention.outline.en.json',
    '/snippets/stances-HASH/www/annex.js', '/snippets/stances-HASH/www/download.js', '/stances-HASH.css', '/stances-HASH.js',
    '/stances-HASH_bg.wasm', '/stances-annex-HASH.css', '/stances-annex-HASH.js', '/stances-annex-HASH_bg.wasm'].sort());
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0 });
  assert.deepEqual(problems, []);
});

test('every view works under a strict Content-Security-Policy with no violation', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/examples/csp.html`);
  const widget = page.locator('[data-stances]');
  await widget.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  await openOptions(widget);
  for (const view of ['Timeline', 'Map', 'Sources', 'Table', 'Compare']) {
    await widget.getByRole('button', { name: view, exact: true }).click();
    await widget.locator('.st-tab[aria-pressed="true"]', { hasText: view }).waitFor();
  }
  await widget.getByRole('button', { name: /Russia on Scope/ }).first().click();
  await widget.getByRole('dialog').waitFor();
  const background = await widget.locator('.st-widget').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(255, 255, 255)', 'the stylesheet applied');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
});

test('a panic shows a friendly panel with a reload and the details to report', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare&actors=RUS,USA`);
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  await page.evaluate(() => { try { window.wasmBindings.stances_debug_panic('boom'); } catch { /* the abort after the hook */ } });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Something went wrong in this widget/);
  await alert.getByText('Details to report').click();
  assert.match(await alert.locator('pre').innerText(), /debug panic requested: boom/);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  // The production bundle has no such trigger, and shows the real dataset.
  const { page: prod, problems } = await openPage(browser, `${production.url}/`);
  await prod.getByRole('table', { name: /UN cybercrime convention: positions on Scope, Title and Safeguards/ }).waitFor();
  assert.ok(await prod.locator('tbody tr').count() >= 40, 'the researched dataset, not the test snapshot');
  assert.deepEqual(problems, []);
  assert.equal(await prod.evaluate(() => typeof window.wasmBindings?.stances_debug_panic), 'undefined');
});

test('a link with thousands of bad ids lists ten and counts the rest', async () => {
  const ids = Array(4000).fill('x!').join(','); // 12 KB, within the 16 KB a link may have
  const { page } = await openPage(browser, `${server.url}/?actors=${ids}&${'view=nope&'.repeat(100)}`);
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
  await notice.waitFor();
  assert.equal(await notice.locator('li').count(), 11);
  assert.equal(await notice.locator('li').last().innerText(), '…and 4090 more.');
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight) < 5000, 'a page of ordinary height');
  // 50,000 ids: the link is read up to its limit and says so.
  const huge = (await openPage(browser, `${server.url}/?view=compare&actors=${'x!,'.repeat(50_000)}`)).page;
  const cut = huge.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
  await cut.waitFor();
  assert.match(await cut.innerText(), /the link is longer than 16384 characters; the rest was not read/);
  assert.ok(await cut.locator('li').count() <= 11);
});

test('bidirectional controls in a dataset name or a link cannot reorder our words', async () => {
  const { page } = await openPage(browser, `${server.url}/?data=/bad-data/bidi-override.json&actors=%E2%80%AEABC`);
  const note = page.getByRole('note');
  await note.waitFor();
  // Each untrusted value sits in its own <bdi>, isolated from the sentence around it.
  assert.deepEqual(await note.locator('bdi').allInnerTexts(), ['Demo \u202etreaty fo .gro.elpmaxe', `${server.url}/bad-data/bidi-override.json`]);
  assert.match(await note.innerText(), /^Not the bundled dataset: showing “/);
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
  assert.deepEqual(await notice.locator('code bdi').allInnerTexts(), ['actors=\u202eABC']);
});

test('Escape closes the Embed dialog even with focus inside its live preview', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare&actors=RUS,USA`);
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const preview = page.frameLocator('.st-preview');
  await openOptions(preview);
  await preview.getByRole('button', { name: 'Table', exact: true }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'focus is in the preview');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
});

test('a framing page without a referrer sets the theme by stating its origin', async () => {
  const themed = async (query) => {
    const src = `${server.url}/?embed=1&${query}`;
    const { page } = await openPage(browser, `${other.url}/fixtures/frame.html?referrerpolicy=no-referrer&src=${encodeURIComponent(src)}`);
    const widget = page.frameLocator('#frame').locator('.st-widget');
    await widget.waitFor();
    await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage({ type: 'stances:theme', theme: 'dark' }, '*'));
    // Give a message that would be obeyed time to be; the theme class says whether it was.
    await page.waitForTimeout(300);
    return widget.getAttribute('class');
  };
  assert.match(await themed(`host=${encodeURIComponent(other.url)}`), /st-theme-dark/);
  assert.match(await themed(`host=${encodeURIComponent(third.url)}`), /st-theme-auto/, 'another origin than the one stated is ignored');
  assert.match(await themed(''), /st-theme-auto/, 'with neither a referrer nor a stated origin, ignored');
});

test('a page whose policy keeps the widget from starting says what it needs', async () => {
  // A script embed under default-src 'self': WebAssembly is refused.
  const { page } = await openPage(browser, `${server.url}/fixtures/csp-no-wasm.html`);
  const alert = page.locator('[data-stances] [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Content-Security-Policy blocks WebAssembly; it needs script-src 'self' 'wasm-unsafe-eval'/);
  // Our own page served under that policy: its start-up script never runs.
  const csp = await browser.newPage();
  await csp.goto(`${server.url}/csp/`);
  const stalled = csp.locator('.st-stalled');
  await stalled.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await stalled.innerText(), /script-src 'self' 'wasm-unsafe-eval'/);
  // A sandboxed frame without allow-same-origin: its module scripts are refused.
  const framed = await browser.newPage();
  await framed.goto(`${server.url}/fixtures/frame.html?sandbox=allow-scripts&src=${encodeURIComponent(`${server.url}/?embed=1`)}`);
  const note = framed.frameLocator('#frame').locator('.st-stalled');
  await note.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await note.innerText(), /sandbox="allow-scripts allow-same-origin"/);
  // Where the widget starts, the note is gone.
  const ok = (await openPage(browser, `${server.url}/`)).page;
  await ok.getByRole('table').waitFor();
  assert.equal(await ok.locator('.st-stalled').count(), 0);
});

test('script embeds added after embed.js ran are mounted', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/examples/csp.html`);
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  await page.evaluate(() => {
    const late = document.createElement('section');
    late.innerHTML = '<div data-stances data-view="compare" data-actors="IND,RUS"></div>';
    document.querySelector('article').append(late);
  });
  await page.getByRole('table', { name: 'Comparing India and Russia' }).waitFor();
  assert.equal(await page.locator('[data-stances]').count(), 2);
  assert.deepEqual(problems, []);
});

test('the pym.js example takes heights only from its own frame', async () => {
  const { page } = await openPage(browser, `${server.url}/examples/pym.html`);
  const frame = page.locator('#stances-pym iframe');
  await page.frameLocator('#stances-pym iframe').locator('.st-widget').waitFor();
  await page.evaluate((src) => {
    const forger = document.createElement('iframe');
    forger.src = src;
    document.body.append(forger);
  }, `${other.url}/fixtures/pym-forger.html`);
  await page.waitForTimeout(1000);
  assert.notEqual(await frame.evaluate((f) => f.style.height || f.getAttribute('height')), '12345px');
  assert.ok((await frame.boundingBox()).height < 12345);
});
