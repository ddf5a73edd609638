// Sharing and embedding, on the example host pages: an iframe that resizes itself (our message
// and pym.js), script embeds that keep to themselves, and a host stylesheet that changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { serve, launch, openPage, openOptions } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Polls `measure` until it satisfies `ok`, for at most five seconds. */
async function until(measure, ok, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await measure();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${what}: last value ${JSON.stringify(last)}`);
}

const frameHeight = (page, selector) => page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);

test('the iframe grows and shrinks with its content', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/examples/article.html`);
  const frame = page.frameLocator('iframe[data-stances-frame]');
  await frame.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  const tall = await until(() => frameHeight(page, 'iframe[data-stances-frame]'), (h) => h > 400, 'iframe resized to its content');
  await frame.getByRole('button', { name: 'Remove Russia' }).click();
  await frame.getByText('Choose two to four actors').waitFor();
  const short = await until(() => frameHeight(page, 'iframe[data-stances-frame]'), (h) => h < tall - 100, 'iframe shrank');
  await frame.getByRole('combobox', { name: 'Add an actor' }).selectOption({ label: 'India' });
  await until(() => frameHeight(page, 'iframe[data-stances-frame]'), (h) => h > short + 100, 'iframe grew again');
  // Compact chrome: no page heading inside, a link back to the full view instead.
  assert.equal(await frame.getByRole('heading', { level: 1 }).count(), 0);
  const full = await frame.getByRole('link', { name: 'Open the full view ↗' }).getAttribute('href');
  assert.match(full, /\/index\.html\?view=compare&actors=IND,USA$/);
  assert.equal(new URL(page.url()).search, '', 'the host page keeps its address');
  assert.deepEqual(problems, []);
});

test('a page that runs pym.js resizes the frame unchanged', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/examples/pym.html`);
  const frame = page.frameLocator('#stances-pym iframe');
  await frame.getByRole('heading', { name: 'Positions over time' }).waitFor();
  const h = await until(() => frameHeight(page, '#stances-pym iframe'), (x) => x > 800, 'pym.js resized the frame');
  // In an embed the other views sit behind the one control, with the filters.
  await openOptions(frame);
  await frame.getByRole('button', { name: 'Sources' }).click();
  await until(() => frameHeight(page, '#stances-pym iframe'), (x) => Math.abs(x - h) > 100, 'pym.js followed the new height');
  assert.deepEqual(problems, []);
});

test('script embeds keep separate selections and never touch the host address', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/examples/three.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  await second.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  await first.getByRole('table', { name: /positions on Scope, latest/ }).waitFor();
  await second.getByRole('button', { name: 'Remove Russia' }).click();
  await second.getByText('Choose two to four actors').waitFor();
  assert.equal(await second.getAttribute('data-actors'), 'USA');
  await openOptions(first);
  await first.getByRole('searchbox', { name: /Search/ }).fill('india');
  // An embed's count is for screen readers (its strips show the counts): read the rows.
  await first.getByRole('row', { name: /India/ }).waitFor();
  assert.equal(await first.locator('tbody tr').count(), 1);
  assert.equal(await first.getAttribute('data-q'), 'india');
  assert.equal(await first.getAttribute('data-actors'), null, 'the first keeps its own selection');
  assert.equal(await page.locator('#third').getAttribute('data-actors'), 'USA');
  assert.equal(await second.getAttribute('data-q'), null);
  assert.equal(page.url(), `${server.url}/examples/three.html`);
  assert.deepEqual(problems, []);
});

test('a hostile host stylesheet changes nothing measurable in the widget', async () => {
  const measure = async (page) => page.evaluate(() => {
    const out = [];
    for (const host of document.querySelectorAll('[data-stances]')) {
      for (const el of host.shadowRoot.querySelectorAll('caption, th, td, button, select, input, h2')) {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        out.push([el.tagName, Math.round(r.width), Math.round(r.height), cs.fontFamily, cs.color, cs.padding, cs.borderTopWidth]);
      }
    }
    return out;
  });
  const ready = async (page) => {
    await page.locator('#second').getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
    await page.locator('#third').getByRole('heading', { name: 'Positions over time' }).waitFor();
    await page.locator('#first').getByRole('table').waitFor();
  };
  const plain = (await openPage(browser, `${server.url}/examples/three.html`)).page;
  await ready(plain);
  const before = await measure(plain);
  const hostile = (await openPage(browser, `${server.url}/examples/three.html`)).page;
  await hostile.addStyleTag({ url: `${server.url}/fixtures/hostile.css` });
  await ready(hostile);
  assert.equal(await hostile.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily), '"Comic Sans MS", cursive', 'the host is hostile');
  const after = await measure(hostile);
  assert.ok(before.length > 50, `measured ${before.length} elements`);
  assert.deepEqual(after, before);
});

test('copy link, embed snippets with a live preview, and exports of the current view', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/?actors=RUS,USA&topics=scope`);
  await page.getByRole('table').waitFor();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}/index.html?actors=RUS,USA&topics=scope`);

  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.waitFor();
  const iframe = await dialog.getByRole('textbox', { name: /iframe/ }).inputValue();
  assert.equal(iframe, `<iframe src="${server.url}/index.html?actors=RUS,USA&amp;topics=scope&amp;embed=1" title="UN cybercrime convention: Table" width="100%" height="600" loading="lazy" style="border:0"></iframe>`);
  const script = await dialog.getByRole('textbox', { name: /Script/ }).inputValue();
  assert.equal(script, `<div data-stances data-actors="RUS,USA" data-topics="scope"></div>\n<script type="module" src="${server.url}/embed.js"></script>`);
  await dialog.getByRole('textbox', { name: /Title/ }).fill('Who wanted a broad treaty?');
  assert.match(await dialog.getByRole('textbox', { name: /iframe/ }).inputValue(), /title="Who wanted a broad treaty\?"/);
  const preview = page.frameLocator('iframe.st-preview');
  await preview.getByRole('table', { name: /positions on Scope/ }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const text = await fs.readFile(await csv.path(), 'utf8');
  const lines = text.trim().split('\r\n');
  assert.equal(lines[0], 'actor_id,actor,kind,topic,stance,stance_label,date,certainty,summary,quote,source_titles,source_urls');
  assert.equal(lines.length, 3);
  assert.match(lines[2], /^USA,United States,state,scope,narrow,Narrow,2024-01,reported,.*https:\/\/www\.wirenn\.com\//);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const doc = JSON.parse(await fs.readFile(await json.path(), 'utf8'));
  assert.equal(doc.view, 'actors=RUS,USA&topics=scope');
  assert.equal(doc.rows[0].actor, 'Russia');
  await context.close();
});

test('another dataset by address is validated and labelled as not ours', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/?data=/fixtures/small.json`);
  await page.getByRole('table', { name: /Demo: positions/ }).waitFor();
  const label = await page.getByRole('note').innerText();
  assert.equal(label, `Not the bundled dataset: showing “Demo treaty” from ${server.url}/fixtures/small.json.`);
  assert.deepEqual(problems, []);
});

test('back and forward restore the view the address held', async () => {
  const { page } = await openPage(browser, `${server.url}/?view=compare&actors=RUS,USA`);
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  await page.evaluate(() => { history.pushState(null, '', '?view=sources&actors=RUS'); dispatchEvent(new PopStateEvent('popstate')); });
  await page.getByText('Sources shown: 2 of 21').waitFor();
  await page.goBack();
  await page.getByRole('table', { name: 'Comparing Russia and United States' }).waitFor();
  assert.equal(new URL(page.url()).search, '?view=compare&actors=RUS,USA');
});
