// What the page loads and when: the first table comes from the dataset's outline, the whole
// dataset is fetched once, only when a reader asks for the words of the reports, and the
// interface's other languages are fetched when they are chosen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { serve, launch, openPage, openOptions } from './harness.mjs';

const OUTLINE = '/data/un-cybercrime-convention.outline.en.json';
const WHOLE = '/data/un-cybercrime-convention.json';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const asked = (path) => server.requests.filter((p) => p === path).length;

test('the table comes from the outline; the reports are fetched once, when first opened', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/?actors=RUS,USA`);
  await page.getByRole('table', { name: /positions on Scope/ }).waitFor();
  assert.equal(await page.getByRole('row').count(), 3);
  assert.deepEqual([asked(OUTLINE), asked(WHOLE)], [1, 0], 'the first view needs only the outline');

  await page.getByRole('button', { name: 'Russia on Scope: Sources (1)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Russia's draft convention of July 2021 proposed far-reaching criminalisation/).waitFor();
  assert.equal(asked(WHOLE), 1);
  await page.keyboard.press('Escape');

  for (const view of ['Compare', 'Timeline', 'Sources', 'Table']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('.st-tab[aria-pressed="true"]', { hasText: view }).waitFor();
  }
  await openOptions(page);
  await page.getByRole('searchbox').fill('draft convention of July 2021');
  await page.getByRole('row', { name: /Russia/ }).waitFor();
  assert.deepEqual([asked(OUTLINE), asked(WHOLE)], [1, 1], 'fetched once for everything after');
  assert.deepEqual(problems, []);
});

test('a search reads the summaries too, fetching them when it starts', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/`);
  await page.getByRole('table').waitFor();
  // Matches no actor's name, only the words of Russia's report.
  await openOptions(page);
  await page.getByRole('searchbox').fill('far-reaching criminalisation');
  await page.getByRole('row', { name: /Russia/ }).waitFor();
  assert.equal(asked(WHOLE), 1);
  assert.deepEqual(problems, []);
});

test('a download asked for before the reports arrive waits for them and has their words', async () => {
  const { page } = await openPage(browser, `${server.url}/?actors=RUS&topics=scope`);
  await page.getByRole('table').waitFor();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const text = await fs.readFile(await csv.path(), 'utf8');
  assert.match(text.split('\r\n')[1], /^RUS,Russia,state,scope,broad,.*far-reaching criminalisation/);
  await page.getByRole('status').filter({ hasText: 'Downloaded rows: 1.' }).waitFor();
});

test('when the reports cannot be fetched, the reader is told why and the table still works', async () => {
  const page = await browser.newPage();
  await page.route(`**${WHOLE}`, (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }));
  await page.goto(`${server.url}/?actors=RUS,USA`);
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  await page.getByRole('button', { name: 'Russia on Scope: Sources (1)' }).click();
  const alert = page.getByRole('dialog').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /The reports and sources could not be loaded from .*un-cybercrime-convention\.json: .*503/);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('row').count(), 3, 'the table is still there');
  await page.close();
});

test('another language is fetched when chosen, and the interface switches to it whole', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/?actors=RUS,USA`);
  await page.getByRole('table').waitFor();
  assert.equal(server.requests.filter((p) => p.startsWith('/i18n/')).length, 0, 'English needs no table');
  await openOptions(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('button', { name: 'Tableau', exact: true }).waitFor();
  assert.equal(await page.locator('.st-widget').getAttribute('lang'), 'fr');
  // The outline was English only: the names in French come with the whole dataset.
  await page.getByRole('rowheader', { name: /Russie/ }).waitFor();
  assert.equal(asked(WHOLE), 1);
  assert.match(page.url(), /lang=fr/);
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
  await page.getByRole('button', { name: 'جدول', exact: true }).waitFor();
  assert.equal(await page.locator('.st-widget').getAttribute('dir'), 'rtl');
  assert.deepEqual(server.requests.filter((p) => p.startsWith('/i18n/')), ['/i18n/fr.json', '/i18n/ar.json']);
  assert.deepEqual(problems, []);
});

test('a language table made for another build is not used: the interface stays in English', async () => {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/i18n/es.json', async (route) => {
    const table = JSON.parse(await fs.readFile(new URL('../../dist-test/i18n/es.json', import.meta.url), 'utf8'));
    table[2] = '0000000000000000';
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(table) });
  });
  await page.goto(`${server.url}/?lang=es&actors=RUS,USA`);
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  await page.getByRole('button', { name: 'Table', exact: true }).waitFor();
  assert.ok(warnings.some((w) => /es\.json: made for another version of the interface; showing English/.test(w)), warnings.join('\n'));
  await page.close();
});

test('a reader in another language gets the outline in that language', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/?lang=fr&actors=RUS,USA`);
  await page.getByRole('rowheader', { name: /Russie/ }).waitFor();
  await page.getByRole('button', { name: 'Tableau', exact: true }).waitFor();
  assert.deepEqual([asked('/data/un-cybercrime-convention.outline.fr.json'), asked(OUTLINE), asked(WHOLE)], [1, 0, 0]);
  assert.deepEqual(problems, []);
});

test('the reading list of the bundled dataset comes a page of 50 sources at a time', async () => {
  const production = await serve({ bundle: 'dist' });
  try {
    const { page, problems } = await openPage(browser, `${production.url}/?view=sources`);
    const list = page.locator('ol.st-reading > li');
    await list.first().waitFor();
    const total = Number((await page.getByText(/^Sources shown: \d+ of \d+$/).innerText()).match(/of (\d+)/)[1]);
    assert.ok(total > 100, `the bundled dataset has ${total} sources`);
    assert.equal(await list.count(), 50);
    await page.getByRole('button', { name: `Show 50 more (not shown yet: ${total - 50})` }).click();
    await page.waitForFunction(() => document.querySelectorAll('ol.st-reading > li').length === 100);
    assert.deepEqual(problems, []);
  } finally {
    await production.close();
  }
});
