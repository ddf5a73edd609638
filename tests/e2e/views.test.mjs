// Compare, timeline and sources, opened from links and driven as a reader would: clicks,
// typing and the keyboard; each checks the text that results and the address that comes back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const query = (page) => decodeURIComponent(new URL(page.url()).search);

test('compare shows two actors side by side, their agreement and what changed', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=compare&actors=usa,rus`);
  const table = page.getByRole('table', { name: 'Comparing Russia and United States' });
  await table.waitFor();
  const scope = table.getByRole('row', { name: /^Scope/ });
  assert.match(await scope.innerText(), /Broad[\s\S]*Narrow[\s\S]*Differ/);
  assert.match(await table.getByRole('row', { name: /^Title/ }).innerText(), /No public position found[\s\S]*Not comparable/);
  await page.getByText('Russia and United States: same stance on 0 of 1 questions compared (0%)').waitFor();
  await page.getByText(/Counted over the questions above/).waitFor();
  const overall = page.getByRole('table', { name: 'Agreement overall' });
  assert.equal(await overall.getByRole('cell', { name: '0% (0 of 1)' }).count(), 2);
  const changes = page.getByRole('region', { name: 'What changed over the whole negotiation' });
  assert.match(await changes.innerText(), /April 2023\s*Scope: first reported as\s*◔\s*Narrow/);
  assert.equal(query(page), '?view=compare&actors=RUS,USA');
  // Add a third actor by name, then remove one: the address follows.
  await page.getByRole('combobox', { name: 'Add an actor' }).selectOption({ label: 'India' });
  await page.getByRole('table', { name: 'Comparing India, Russia and United States' }).waitFor();
  assert.equal(query(page), '?view=compare&actors=IND,RUS,USA');
  await page.getByRole('button', { name: 'Remove Russia' }).click();
  await page.getByRole('table', { name: 'Comparing India and United States' }).waitFor();
  assert.equal(query(page), '?view=compare&actors=IND,USA');
  // India's only position is on a sub-question the US has none on: shown, not compared.
  assert.match(await page.getByRole('row', { name: /Human-rights clause/ }).innerText(), /Strong[\s\S]*No public position found[\s\S]*Not comparable/);
  await page.getByText('India and United States: no question where both have a public position').waitFor();
  assert.deepEqual(problems, []);
});

test('with fewer than two actors, compare asks for them', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare`);
  await page.getByText('Choose two to four actors to compare them side by side.').waitFor();
});

test('switching views keeps the selection', async () => {
  const { page } = await openPage(browser, `${server.url}/?actors=RUS,USA&topics=scope`);
  await page.getByRole('table', { name: /positions on Scope/ }).waitFor();
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  assert.equal(query(page), '?view=compare&actors=RUS,USA&topics=scope');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('heading', { name: 'Positions over time' }).waitFor();
  assert.equal(query(page), '?view=timeline&actors=RUS,USA&topics=scope');
  const lanes = await page.getByRole('listitem').filter({ hasText: '·' }).allInnerTexts();
  assert.ok(lanes.some((t) => t.startsWith('Russia · Scope')), lanes.join('|'));
  assert.ok(!lanes.some((t) => t.includes('· Title')), 'only the chosen topic has lanes');
});

test('the timeline zooms to a range and opens events and changes from the keyboard', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=timeline&from=2022&to=2023-12`);
  await page.getByRole('heading', { name: 'Events' }).waitFor();
  const events = await page.getByRole('list').filter({ has: page.getByRole('button', { name: /session/ }) }).first().innerText();
  assert.match(events, /Third session of the Ad Hoc Committee/);
  assert.doesNotMatch(events, /resolution 74\/247/, 'before the range');
  assert.doesNotMatch(events, /Hanoi/, 'after the range');
  // Tab to the first event and open it with Enter; Escape closes and focus comes back.
  const first = page.getByRole('button', { name: 'First session of the Ad Hoc Committee' });
  await first.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'First session of the Ad Hoc Committee' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /28 February 2022 to 11 March 2022, New York/);
  assert.ok(await dialog.getByRole('link', { name: 'AHC to Elaborate a UN Cybercrime Convention' }).isVisible());
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'First session of the Ad Hoc Committee');
  // A lane segment is a button named by actor, topic, stance and date.
  const segment = page.getByRole('button', { name: 'United States · Scope: Narrow · April 2023' });
  await segment.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'United States on Scope' }).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
  assert.deepEqual(problems, []);
});

test('the sources view lists the reading list for the chosen actors', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?view=sources&actors=RUS`);
  const count = page.locator('.st-sources-view .st-count');
  await count.waitFor();
  assert.equal(await count.innerText(), 'Sources shown: 2 of 21');
  const titles = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(titles, ['U.N. Cybercrime Convention Enters Critical Stage', "Russia's Vision for a Cybercrime Treaty"]);
  await page.getByText('Positions it reports: 1').first().click();
  await page.getByRole('button', { name: /Russia on Title/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Russia on Title' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Russia's proposed title/);
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search sources' }).fill('vision');
  await page.getByText('Sources shown: 1 of 21').waitFor();
  assert.equal(query(page), '?view=sources&actors=RUS&q=vision');
  assert.deepEqual(problems, []);
});

test('table filters: kind, group and stance, and an empty result that says why', async () => {
  const { page } = await openPage(browser, `${server.url}/?kind=organisation`);
  await page.getByText('Actors shown: 1 of 4').waitFor();
  await openOptions(page);
  await page.getByRole('combobox', { name: 'Kind of actor' }).selectOption({ label: 'All kinds' });
  await page.getByRole('combobox', { name: 'Scope: stance' }).selectOption({ label: '◔ Narrow' });
  await page.getByText('Actors shown: 1 of 4').waitFor();
  assert.equal(query(page), '?stance=scope:narrow');
  await page.getByRole('searchbox', { name: /Search/ }).fill('russia');
  await page.getByText('No actor matches. What leaves nobody: the search and the stance filter.').waitFor();
});
