// The treaty record as a reader meets it: each state's standing in the table, a filter by it
// that the link keeps, and the class of each source beside it in the reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DATA = 'data=/fixtures/e2e-treaty.json';
const query = (page) => new URL(page.url()).search;

test('the table shows where each state stands with the treaty, and filters by it', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?${DATA}&topics=scope`);
  const table = page.getByRole('table', { name: /positions on Scope/ });
  await table.waitFor();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  assert.deepEqual(headers.map((s) => s.split('\n')[0]), ['Actor', 'Scope', 'Treaty status']);
  const cell = (name) => table.getByRole('row', { name }).getByRole('cell').last();
  assert.equal(await cell(/Russia/).innerText(), '◐Signed 25 October 2025');
  assert.equal(await cell(/India/).innerText(), '●Ratified or joined 2 March 2026');
  // No signature in the record is said as such, with the record's date, never as a stance.
  assert.equal(await cell(/United States/).innerText(), '○No signature on record as of 19 November 2025');
  // An organisation cannot join a treaty: its cell is empty.
  assert.equal(await cell(/Electronic Frontier/).innerText(), '');
  await page.getByText('Treaty status: A test record: the depositary list was read in part.').waitFor();

  await openOptions(page);
  await page.getByRole('combobox', { name: 'Treaty status' }).selectOption({ label: 'Signed' });
  await page.getByText('Actors shown: 1 of 4').waitFor();
  assert.match(query(page), /[?&]treaty=signed(&|$)/);
  assert.deepEqual((await table.getByRole('rowheader').allInnerTexts()).map((s) => s.split('\n')[0]), ['Russia']);
  assert.deepEqual(problems, []);
});

test('"as of" applies to the treaty record too', async () => {
  const { page } = await openPage(browser, `${server.url}/?${DATA}&topics=scope&at=2026-01`);
  const table = page.getByRole('table', { name: /positions on Scope/ });
  await table.waitFor();
  const india = table.getByRole('row', { name: /India/ }).getByRole('cell').last();
  assert.equal(await india.innerText(), '◐Signed 26 October 2025');
});

test('a stale or mistyped treaty filter is dropped with a notice', async () => {
  const { page } = await openPage(browser, `${server.url}/?${DATA}&treaty=party,ratified`);
  await page.getByText('Actors shown: 1 of 4').waitFor();
  await page.getByText(/party.*not a treaty status \(ratified, signed, none\)/).waitFor();
  assert.match(query(page), /[?&]treaty=ratified(&|$)/);
});

test('each source in a report says which class it is and where it was read', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?${DATA}&actors=USA&topics=scope`);
  const table = page.getByRole('table', { name: /positions on Scope/ });
  await table.waitFor();
  await table.getByRole('button', { name: 'United States on Scope: Sources (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'United States on Scope' });
  await dialog.waitFor();
  await dialog.getByText('Primary source', { exact: true }).waitFor();
  const copy = dialog.getByRole('link', { name: 'Read at a copy' });
  assert.equal(await copy.getAttribute('href'), 'https://copy.example.org/mccarthy');
  assert.deepEqual(problems, []);
});

test('on the map coloured by treaty status, a state opens its treaty record with the reports behind it', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?${DATA}&view=map&color=treaty`);
  const india = page.locator('.st-map-svg [data-id="IND"]');
  await india.waitFor();
  assert.equal(await india.getAttribute('role'), 'button');
  await india.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'India: signature and ratification record' });
  await dialog.waitFor();
  // Oldest first, each with its source; then the record's own source and completeness note.
  assert.deepEqual(await dialog.getByRole('heading', { level: 4 }).allInnerTexts(),
    ['Signature · 26 October 2025', 'Ratification · 2 March 2026', 'Reported by']);
  await dialog.getByText('Treaty status: A test record: the depositary list was read in part.').waitFor();
  assert.equal(await dialog.getByRole('listitem').filter({ hasText: 'U.N. Cybercrime Convention Enters Critical Stage' }).count(), 3);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
});
