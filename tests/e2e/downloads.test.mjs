// Hostile servers: redirects that would launder another site's dataset, bodies that drip, never
// end or inflate, bytes that are not UTF-8, and many widgets asking for one dataset. Each ends in
// a clear message (or one shared download) within bounded time and memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';

let server, other, third, browser;
before(async () => {
  server = await serve();
  other = await serve(); // another origin: another port
  third = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close(), third?.close()]);
});

const data = (address) => `data=${encodeURIComponent(address)}`;

test('a same-site redirect to another origin does not pass its dataset off as ours', async () => {
  const { page } = await openPage(browser, `${server.url}/?${data(`/redirect?to=${other.url}/cors/small.json`)}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(`the server sent it on to ${other.url}, which this page does not load datasets from`));
  assert.equal(await page.getByText('Demo treaty').count(), 0, 'the foreign dataset is not shown');
  // A redirect within the site is fine, and the label names where the data came from.
  const same = (await openPage(browser, `${server.url}/?${data('/redirect?to=/fixtures/small.json')}`)).page;
  const note = same.getByRole('note');
  await note.waitFor();
  assert.equal(await note.innerText(), `Not the bundled dataset: showing “Demo treaty” from ${server.url}/fixtures/small.json.`);
});

test('an allowed origin that redirects elsewhere is refused too', async () => {
  // The page allows `other`, as a deployment may with its meta tag.
  const allowing = `${server.url}/allow/?allow=${encodeURIComponent(other.url)}`;
  const { page } = await openPage(browser, `${allowing}&${data(`${other.url}/cors/small.json`)}`);
  const note = page.getByRole('note');
  await note.waitFor();
  assert.match(await note.innerText(), new RegExp(`from ${other.url}/cors/small\\.json`), 'the allowed origin works');
  await page.goto(`${allowing}&${data(`${other.url}/redirect?to=${third.url}/cors/small.json`)}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(`sent it on to ${third.url},`));
});

for (const [name, path, message, seconds] of [
  ['streams without end', '/endless/data.json', /could not be loaded: it is larger than 10 MB, the most this widget reads/, 15],
  ['inflates past the cap from a small compressed body', '/bomb/data.json', /could not be loaded: it is larger than 10 MB, the most this widget reads/, 15],
  ['drips a byte a second', '/drip/data.json', /could not be loaded: it did not arrive in full within 20 seconds/, 30],
]) {
  test(`a body that ${name} is cut off, and the reader told`, async () => {
    const started = Date.now();
    const { page } = await openPage(browser, `${server.url}/?${data(path)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: seconds * 1000 });
    assert.match(await alert.innerText(), message);
    assert.ok(Date.now() - started < seconds * 1000);
    await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
    await page.getByRole('table').waitFor();
  });
}

test('a dataset that is not UTF-8 says so instead of showing garbled text', async () => {
  for (const [file, message] of [
    ['latin1.json', /\$: the file is not UTF-8 text \(line 16, byte 878\); save it as UTF-8/],
    ['utf16.json', /\$: the file is UTF-16 text; save it as UTF-8/],
  ]) {
    const { page } = await openPage(browser, `${server.url}/?data=/bad-data/${file}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message, file);
  }
});

test('twenty embeds of one dataset download it once', async () => {
  server.requests.length = 0;
  const { page, problems } = await openPage(browser, `${server.url}/fixtures/many.html?n=20&src=/fixtures/small.json`);
  await page.waitForFunction(() => document.querySelectorAll('[data-stances]').length === 20
    && [...document.querySelectorAll('[data-stances]')].every((e) => e.shadowRoot?.querySelector('table')));
  assert.equal(server.requests.filter((p) => p === '/fixtures/small.json').length, 1);
  // The bundled dataset's outline too, and the whole file when every widget needs it.
  server.requests.length = 0;
  const bundled = (await openPage(browser, `${server.url}/fixtures/many.html?n=20`)).page;
  await bundled.waitForFunction(() => [...document.querySelectorAll('[data-stances]')].every((e) => e.shadowRoot?.querySelector('table')));
  assert.equal(server.requests.filter((p) => p.startsWith('/data/un-cybercrime-convention.outline.')).length, 1);
  assert.deepEqual(problems, []);
});
