// The table view as a reader meets it: opened from a shared link, filtered, and the link kept
// in step with what is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const query = (page) => new URL(page.url()).search;

test('a shared link opens the table it describes', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?actors=usa,RUS&topics=scope`);
  const table = page.getByRole('table', { name: /positions on Scope/ });
  await table.waitFor();
  const rows = table.getByRole('row');
  assert.equal(await rows.count(), 3, 'a header row and two actors');
  assert.deepEqual(await table.getByRole('rowheader').allInnerTexts(), ['Russia\nstate', 'United States\nstate']);
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts().then((t) => t.map((s) => s.split('\n')[0])), ['Actor', 'Scope']);
  const usa = table.getByRole('row', { name: /United States/ });
  await assert.doesNotReject(usa.getByText('Narrow', { exact: true }).waitFor());
  // The cell's sources open in a dialog with the report's title as a link.
  await usa.getByRole('button', { name: 'United States on Scope: Sources (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'United States on Scope' });
  await dialog.waitFor();
  assert.ok(await dialog.getByRole('link', { name: /McCarthy Leads US Delegation/ }).isVisible());
  assert.match(await dialog.innerText(), /“a consensus-based criminal justice instrument for a limited set of crimes”/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Actors shown: 2 of 4').waitFor();
  // The address bar now holds the canonical form of what the reader opened.
  assert.equal(query(page), '?actors=RUS,USA&topics=scope');
  assert.deepEqual(problems, []);
});

test('changing a filter updates the table and the address bar', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  const table = page.getByRole('table', { name: /positions on Scope, Title and Safeguards/ });
  await table.waitFor();
  assert.equal(query(page), '');
  await openOptions(page);
  await page.getByRole('checkbox', { name: 'Title' }).uncheck();
  await page.getByRole('table', { name: /positions on Scope and Safeguards,/ }).waitFor();
  assert.equal(query(page), '?topics=safeguards,scope');
  await page.getByRole('searchbox', { name: /Search/ }).fill('russia');
  await page.getByText('Actors shown: 1 of 4').waitFor();
  assert.equal(query(page), '?topics=safeguards,scope&q=russia');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Scope (Narrow → Moderate → Broad)' });
  assert.equal(query(page), '?topics=safeguards,scope&q=russia&sort=scope');
  await page.getByRole('searchbox', { name: /Search/ }).fill('nobody-at-all');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByText('Actors shown: 4 of 4').waitFor();
  assert.equal(query(page), '?sort=scope');
  assert.deepEqual(problems, []);
});

test('a reader can type a search of several words, key by key', async () => {
  const { page } = await openPage(browser, `${server.url}/`);
  await openOptions(page);
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.pressSequentially('united states');
  assert.equal(await search.inputValue(), 'united states');
  await page.getByText('Actors shown: 1 of 4').waitFor();
  assert.equal(new URL(page.url()).search, '?q=united%20states');
});

test('a stale link opens a valid view and says what it ignored', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=pie&actors=RUS,ATLANTIS&utm_source=news`);
  await page.getByRole('table').waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored' });
  await assert.doesNotReject(notice.getByText('actors=ATLANTIS').waitFor());
  await assert.doesNotReject(notice.getByText('view=pie').waitFor());
  // The host's own parameter is kept; ours are rewritten to what is shown.
  assert.equal(query(page), '?utm_source=news&actors=RUS');
});

test('a malformed dataset shows which record and field are wrong', async () => {
  const { page } = await openPage(browser, `${server.url}/?data=/fixtures/broken.json`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /This dataset cannot be shown/);
  assert.match(text, /positions\[0\]\.stance: "huge" is not on the scale of topic "scope"/);
  assert.match(text, /positions\[1\]\.sources: is empty; name at least one source/);
  assert.match(text, /sources\[0\]\.url: "javascript:alert\(1\)" is not an http\(s\) URL/);
});

test('a printout ends with the link to the view and every source behind it', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?actors=usa,RUS&topics=scope`);
  await page.getByRole('table', { name: /positions on Scope/ }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.st-prerendered'));
  // The print button prints once the list is drawn (by the on-demand module), not before.
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => {
      const list = document.querySelector('.st-print-only');
      window.__printed.push({ items: list?.querySelectorAll('li').length ?? 0, text: list?.innerText ?? '', href: list?.querySelector('a')?.href ?? '' });
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await page.waitForFunction(() => window.__printed.length === 1);
  const [printed] = await page.evaluate(() => window.__printed);
  assert.ok(printed.items >= 2, `the two actors' sources were listed when it printed (${printed.items})`);
  assert.match(printed.href, /index\.html\?actors=RUS,USA&topics=scope$/);
  // Printed from the browser's menu: the list comes with the beforeprint event, hidden on screen
  // and shown on paper.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const list = page.locator('.st-print-only');
  await list.locator('li').first().waitFor({ state: 'attached' });
  assert.equal(await list.isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await list.isVisible(), true);
  assert.match(await list.innerText(), /Sources for this view/);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await list.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
});
