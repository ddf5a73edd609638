// The articles view (issue 14), opened from links and driven as a reader would: picking
// articles, searching, opening the reports of a position that argued about one, following a
// position's "Articles:" link from its reports dialog, exporting, Arabic, a phone, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const query = (page) => decodeURIComponent(new URL(page.url()).search);

test('articles are grouped by topic with their history, votes and who argued about them', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=articles`);
  await page.getByRole('heading', { name: 'Article 6 · Respect for human rights' }).waitFor();
  await page.getByText('Articles shown: 4 of 4').waitFor();
  const groups = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(groups, ['Scope', 'Title', 'Safeguards']);
  const six = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Article 6 · Respect for human rights' }) });
  const text = await six.innerText();
  // The history by date, whatever order the file gives it in.
  assert.match(text, /5 August 2024\s*· Updated draft[\s\S]*8 August 2024\s*· Adopted text/);
  assert.match(text, /Recorded vote on deleting Article 6\(2\): 23 in favour, 102 against, 26 abstentions/);
  assert.match(text, /“shall not be interpreted as permitting suppression of human rights”/);
  // India named paragraph 2; the US named the article; both held a strong stance.
  await six.getByRole('button', { name: /India, 5 August 2024 · 6\(2\)/ }).click();
  const dialog = page.getByRole('dialog', { name: 'India on Safeguards: Human-rights clause' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await six.getByRole('button', { name: 'Recorded vote on deleting Article 6(2)' }).click();
  await page.getByRole('dialog', { name: 'Recorded vote on deleting Article 6(2)' }).waitFor();
  assert.deepEqual(problems, []);
});

test('picking articles and searching by number or heading change the address', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=articles&article=24,6,99`);
  await page.getByText('Articles shown: 2 of 4').waitFor();
  await page.getByText('Not in this dataset: 99').waitFor();
  assert.equal(query(page), '?view=articles&article=6,24,99');
  await page.getByRole('button', { name: 'Article 24', exact: true }).click();
  await page.getByText('Articles shown: 1 of 4').waitFor();
  assert.equal(query(page), '?view=articles&article=6,99');
  await page.getByRole('button', { name: 'All articles' }).click();
  await page.getByText('Articles shown: 4 of 4').waitFor();
  await page.getByRole('searchbox', { name: 'Search article numbers and headings' }).fill('art. 35');
  await page.getByText('Articles shown: 1 of 4').waitFor();
  await page.getByRole('heading', { name: 'Article 35 · General principles of international cooperation' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search article numbers and headings' }).fill('safeguards');
  await page.getByRole('heading', { name: 'Article 24 · Conditions and safeguards' }).waitFor();
  assert.equal(query(page), '?view=articles&q=safeguards');
});

test('a position\'s reports link to the articles it argued about', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?actors=USA&topics=safeguards`);
  await page.getByRole('button', { name: 'United States on Safeguards: Sources (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'United States on Safeguards' });
  await dialog.waitFor();
  const link = dialog.getByRole('link', { name: 'Articles: 6, 24' });
  assert.equal(await link.getAttribute('href'), '?view=articles&article=6,24');
  await link.click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Articles shown: 2 of 4').waitFor();
  assert.equal(query(page), '?view=articles&actors=USA&topics=safeguards&article=6,24');
  assert.deepEqual(problems, []);
});

test('the articles view exports its articles as CSV', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=articles&article=6`);
  await page.getByText('Articles shown: 1 of 4').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'stances-articles.csv');
  const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  assert.match(lines[0], /^article,heading,topics,summary,quote,history,votes,positions,/);
  assert.match(lines[1], /^6,Respect for human rights,Safeguards,/);
  assert.match(lines[1], /India: Strong \(2024-08-05\) \[6\(2\)\]/);
  assert.equal(lines.filter((l) => l).length, 2);
});

test('in Arabic the view runs right to left, and on a phone nothing scrolls sideways', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=articles&lang=ar`, { viewport: { width: 360, height: 740 } });
  await page.getByRole('heading', { name: 'المادة 6 · احترام حقوق الإنسان' }).waitFor();
  assert.equal(await page.locator('.st-widget').getAttribute('dir'), 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  assert.deepEqual(problems, []);
});
