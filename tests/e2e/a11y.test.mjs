// Everyone can read it: axe-core finds nothing in any view, theme or language; the keyboard
// reaches everything and is never trapped; phones get every view without sideways scrolling;
// Arabic runs right to left; themes and reduced motion are honoured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const VIEWS = ['table', 'compare', 'timeline', 'map', 'sources', 'articles'];
const SHOTS = 'test-results/screenshots';

async function ready(page) {
  await page.locator('.st-widget').waitFor();
  await page.locator('.st-tab[aria-pressed="true"]').waitFor();
  // The map's geometry arrives after the view.
  if (await page.locator('.st-map-view').count()) await page.locator('.st-map-svg').waitFor();
}

async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

for (const view of VIEWS) {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'ar']) {
      test(`axe finds no violation: ${view}, ${theme}, ${lang}`, async () => {
        const { page, problems } = await openPage(browser, `${server.url}/?view=${view}&actors=RUS,USA&theme=${theme}&lang=${lang}`);
        await ready(page);
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
}

test('axe finds no violation in the open reports dialog and embed dialog', async () => {
  const { page } = await openPage(browser, `${server.url}/?actors=RUS,USA`);
  // Colours are measured when the dialog has finished appearing.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ready(page);
  await page.getByRole('button', { name: 'Russia on Scope: Sources (1)' }).click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Embed…' }).click();
  await page.getByRole('dialog', { name: 'Embed this view' }).waitFor();
  assert.deepEqual(await axe(page), []);
});

test('the keyboard reaches every control, opens and closes dialogs, and is never trapped', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare&actors=RUS,USA`);
  await ready(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 60) || el.tagName;
    const outline = getComputedStyle(el).outlineStyle;
    return { name, tag: el.tagName, outline, html: el.outerHTML.slice(0, 120) };
  });
  const seen = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (!f) break; // focus left the page's last control: not trapped
    if (f.tag !== 'IFRAME') assert.notEqual(f.outline, 'none', `visible focus on ${f.name} (${f.html})`);
    seen.push(f.name);
  }
  assert.ok(seen.length < 200, 'tabbing reached the end of the page');
  for (const name of ['Table', 'Timeline', 'Sources', 'Copy link', 'Embed…', 'Remove Russia', 'Print']) {
    assert.ok(seen.some((s) => s === name || s.startsWith(name)), `reached ${name}: ${seen.join(' | ')}`);
  }
  assert.ok(seen.some((s) => /^Russia on Scope/.test(s)), 'reached a reports button');
  // Open the reports with Enter, close with Escape: focus returns to the button.
  await page.getByRole('button', { name: 'Russia on Scope: Sources (1)' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.match((await focused()).name, /^Russia on Scope/);
  // The embed dialog opens from the keyboard and Tab stays usable inside it.
  await page.getByRole('button', { name: 'Embed…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Embed this view' }).waitFor();
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog')), 'focus moved into the dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Embed this view' }).waitFor({ state: 'detached' });
  assert.equal((await focused()).name, 'Embed…');
});

test('every view fits a 360 px phone without sideways scrolling; screenshots kept', async () => {
  await fs.mkdir(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    for (const view of VIEWS) {
      const { page } = await openPage(browser, `${server.url}/?view=${view}&actors=RUS,USA`, { viewport: { width, height: 800 } });
      await ready(page);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `${view} at ${width}px scrolls sideways: ${scroll}px wide`);
      await page.screenshot({ path: path.join(SHOTS, `${view}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
});

test('Arabic lays out right to left, the timeline too', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=timeline&lang=ar`);
  await ready(page);
  assert.equal(await page.locator('.st-widget').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('.st-widget').getAttribute('lang'), 'ar');
  const xs = await page.locator('.st-event-track .st-marker').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
  assert.ok(xs.length > 3);
  assert.ok(xs[0] > xs[xs.length - 1], `the first event is on the right: ${xs}`);
  const ticks = await page.locator('.st-tick').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().x]));
  assert.ok(ticks[0][1] > ticks[ticks.length - 1][1], `years run right to left: ${JSON.stringify(ticks)}`);
});

test('the language follows the browser unless lang= says otherwise', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await ready(page);
  assert.equal(await page.locator('.st-widget').getAttribute('lang'), 'fr');
  await openOptions(page);
  assert.equal(await page.getByRole('combobox', { name: /Langue|Language/ }).inputValue(), 'fr');
  await page.goto(`${server.url}/?lang=es`);
  await ready(page);
  assert.equal(await page.locator('.st-widget').getAttribute('lang'), 'es');
  await context.close();
});

test('themes: the system preference, overridden by theme=, and by the menu', async () => {
  const bg = (page) => page.locator('.st-widget').evaluate((e) => getComputedStyle(e).backgroundColor);
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await ready(page);
  assert.equal(await bg(page), 'rgb(21, 23, 27)', 'dark by preference');
  await page.goto(`${server.url}/?theme=light`);
  await ready(page);
  assert.equal(await bg(page), 'rgb(255, 255, 255)', 'light by choice');
  await openOptions(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  assert.equal(await bg(page), 'rgb(21, 23, 27)');
  assert.equal(new URL(page.url()).search, '?theme=dark');
  await context.close();
});

test('reduced motion turns animation off', async () => {
  for (const [motion, expected] of [['no-preference', 'st-appear'], ['reduce', 'none']]) {
    const context = await browser.newContext({ reducedMotion: motion });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Embed…' }).click();
    const name = await page.locator('dialog[open]').evaluate((d) => getComputedStyle(d).animationName);
    assert.equal(name, expected, motion);
    await context.close();
  }
});

test('a live region says what the view shows, in words', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare&actors=RUS,USA`);
  await ready(page);
  const live = page.locator('[aria-live="polite"].st-summary-text');
  assert.equal(await live.innerText(), 'Russia and United States: they differ on Scope; no comparison is possible on Title and Safeguards.');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('table').first().waitFor();
  assert.match(await live.innerText(), /^Actors shown: 2\. Scope: Narrow 1, Broad 1\./);
});

test('an iframe follows its host page theme by message, only from its parent', async () => {
  const { page } = await openPage(browser, `${server.url}/examples/article.html`);
  const frame = page.frameLocator('iframe[data-stances-frame]');
  await frame.locator('.st-widget').waitFor();
  const bg = () => frame.locator('.st-widget').evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await bg();
  // A message the frame posts to itself is not from its parent: ignored.
  await frame.locator('body').evaluate(() => window.postMessage({ type: 'stances:theme', theme: 'dark' }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await bg(), light);
  await page.evaluate(() => document.querySelector('iframe[data-stances-frame]').contentWindow.postMessage({ type: 'stances:theme', theme: 'dark' }, '*'));
  await frame.locator('.st-theme-dark').waitFor();
  assert.equal(await bg(), 'rgb(21, 23, 27)');
});
