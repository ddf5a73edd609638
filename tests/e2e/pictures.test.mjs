// The pictures as a reader meets them: the map (fetched only when it opens), stance strips,
// embeds that fit in an article, and the full page's first screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, production, browser;
before(async () => { server = await serve(); production = await serve({ bundle: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); await production?.close(); });

const MAP = '/data/world-map.txt';

test('the default page never fetches the map; the map view fetches it once', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/`);
  await page.getByRole('table').waitFor();
  assert.ok(!server.requests.includes(MAP), 'the table does not load the geometry');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.locator('.st-map-svg').waitFor();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.locator('.st-map-svg').waitFor();
  assert.equal(server.requests.filter((r) => r === MAP).length, 1);
  assert.equal(new URL(page.url()).search, '?view=map');
  assert.deepEqual(problems, []);
});

test('the map says each state’s stance in words and opens its reports from the keyboard', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=map`);
  const russia = page.getByRole('button', { name: 'Russia: Broad · July 2021 · Sources (1)' });
  await russia.waitFor();
  // The legend says every entry in words, "no public position found" among them.
  const legend = await page.getByRole('list', { name: 'Legend' }).innerText();
  assert.match(legend, /Broad/);
  assert.match(legend, /No public position found/);
  await russia.focus();
  // Focus says the same under the map.
  await page.locator('.st-map-info', { hasText: 'Russia: Broad · July 2021' }).waitFor();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Russia on Scope' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  // The same facts as a table.
  await page.getByText('The map as a table').click();
  const table = page.getByRole('table', { name: /states on the map/ });
  await table.getByRole('rowheader', { name: 'Russia' }).waitFor();
  assert.match(await table.getByRole('row', { name: /Russia/ }).innerText(), /Broad\s+July 2021\s+Sources \(1\)/);
  assert.deepEqual(problems, []);
});

test('colour by another topic, and as of a date, redraw the map and the link', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=map`);
  await page.locator('.st-map-svg').waitFor();
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'Title' });
  await page.getByRole('list', { name: 'Legend' }).getByText('Combined title').waitFor();
  assert.equal(new URL(page.url()).search, '?view=map&color=title');
  await page.getByLabel('As of').fill('2019-01-01');
  await page.getByLabel('As of').dispatchEvent('change');
  // Before the talks nobody had a position: no state is a control.
  await page.waitForFunction(() => !document.querySelector('.st-map-shape[role="button"]'));
  assert.match(new URL(page.url()).search, /at=2019-01-01/);
  assert.deepEqual(problems, []);
});

test('a stance strip segment filters the table by that stance', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  const strips = page.getByRole('group', { name: 'How many hold each stance' });
  await strips.waitFor();
  await strips.getByRole('button', { name: /Narrow/ }).first().click();
  await page.waitForURL(/stance=scope:narrow/);
  assert.equal(new URL(page.url()).search, '?stance=scope:narrow');
  await page.getByText(/Actors shown: \d+ of 4/).waitFor();
  assert.equal(await strips.getByRole('button', { name: /Narrow/, pressed: true }).count(), 1);
  assert.deepEqual(problems, []);
});

const heightAt600 = async (query) => {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
  await page.goto(`${production.url}/index.html?embed=1&${query}`);
  await page.waitForFunction(() => !document.querySelector('.st-prerendered') && document.querySelector('.st-embed-footer'));
  if (query.includes('view=map')) await page.locator('.st-map-svg').waitFor();
  await page.waitForTimeout(300);
  // What the frame reports to its parent: the document element's height.
  const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.close();
  return h;
};

test('embeds fit in an article: view first, one control, ten rows, a footer, at most 900 px at 600 px wide', async () => {
  const heights = {};
  for (const [name, query] of [['table', 'view=table'], ['compare', 'view=compare&actors=RUS,USA'], ['map', 'view=map']]) {
    heights[name] = await heightAt600(query);
  }
  console.log(`embed heights at 600 px: ${JSON.stringify(heights)}`);
  for (const [name, h] of Object.entries(heights)) assert.ok(h <= 900, `${name} embed is ${h} px tall`);
  const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
  await page.goto(`${production.url}/index.html?embed=1`);
  // The widget, not the pre-rendered table it replaces.
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  const table = page.getByRole('table', { name: /positions on/ });
  await table.waitFor();
  assert.equal(await table.locator('tbody tr').count(), 10);
  // The view leads; filters, language and theme sit behind one control.
  const order = await page.evaluate(() => ['.st-table-view', '.st-options', '.st-embed-footer'].map((s) => document.querySelector(s).getBoundingClientRect().top));
  assert.ok(order[0] < order[1] && order[1] < order[2], `${order}`);
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).count(), 0, 'hidden until asked for');
  await openOptions(page);
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).count(), 1);
  const footer = page.locator('.st-embed-footer');
  assert.match(await footer.innerText(), /Source: stances/);
  assert.ok(await footer.getByRole('button', { name: 'Download data' }).isVisible());
  assert.ok(await footer.getByRole('link', { name: 'Open the full view ↗' }).isVisible());
  await page.close();
});

test('the full page shows its first graphic within 450 px at 1280×800, controls reachable', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${production.url}/`);
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  const top = async (selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
  const strips = await top('.st-strips');
  const row = await top('.st-table tbody tr');
  console.log(`full page at 1280x800: strips at ${strips} px, first row at ${row} px`);
  assert.ok(strips < 450, `the stance strips start at ${strips} px`);
  assert.ok(row < 800, `the first row starts at ${row} px, below the fold`);
  assert.ok(await page.getByText('Filters and settings').isVisible());
  await page.close();
});
