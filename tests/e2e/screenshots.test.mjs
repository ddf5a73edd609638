// Screenshot regression: each view in light, dark and Arabic, at 360 and 1280 px wide, against
// the baselines in tests/e2e/screenshots/. A screenshot fails when more than TOLERANCE of its
// pixels differ beyond pixelmatch's anti-aliasing-aware threshold; what failed is written to
// test-results/screenshots-diff/ (actual and diff) for a look.
//
// Update the baselines after a change meant to be seen: `make screenshots`
// (UPDATE_SCREENSHOTS=1 node --test tests/e2e/screenshots.test.mjs).
//
// Stable on these machines because: the dataset is the frozen test one (dist-test/), motion is
// reduced, the first screen only is taken (1280x800 or 360x800, not the full page, so a longer
// list below the fold changes nothing), the pointer is off the page, and the same Debian
// Chromium and fonts render every run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { serve, launch } from './harness.mjs';

const BASELINES = 'tests/e2e/screenshots';
const DIFFS = 'test-results/screenshots-diff';
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
/** Share of pixels allowed to differ: text antialiasing and subpixel shifts, not a change. */
const TOLERANCE = 0.002;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const VIEWS = {
  table: 'view=table',
  compare: 'view=compare&actors=RUS,USA',
  timeline: 'view=timeline',
  map: 'view=map',
  sources: 'view=sources',
};
const LOOKS = { light: 'theme=light', dark: 'theme=dark', ar: 'theme=light&lang=ar' };

async function shoot(query, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/?${query}`);
  await page.waitForFunction(() => !document.querySelector('.st-prerendered') && document.querySelector('.st-tab[aria-pressed="true"]'));
  if (query.includes('view=map')) await page.locator('.st-map-svg').waitFor();
  // Every fetch done and fonts laid out before the picture is taken.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await context.close();
  return png;
}

for (const [view, viewQuery] of Object.entries(VIEWS)) {
  for (const [look, lookQuery] of Object.entries(LOOKS)) {
    for (const width of [360, 1280]) {
      const name = `${view}-${look}-${width}`;
      test(`screenshot ${name} matches its baseline`, async () => {
        const actual = await shoot(`${viewQuery}&${lookQuery}`, width);
        const file = path.join(BASELINES, `${name}.png`);
        if (UPDATE) {
          await fs.mkdir(BASELINES, { recursive: true });
          await fs.writeFile(file, actual);
          return;
        }
        const expected = PNG.sync.read(await fs.readFile(file).catch(() => {
          throw new Error(`no baseline ${file}: run \`make screenshots\``);
        }));
        const got = PNG.sync.read(actual);
        assert.deepEqual([got.width, got.height], [expected.width, expected.height], `${name}: size changed`);
        const diff = new PNG({ width: got.width, height: got.height });
        const changed = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: 0.2 });
        const share = changed / (got.width * got.height);
        if (share > TOLERANCE) {
          await fs.mkdir(DIFFS, { recursive: true });
          await fs.writeFile(path.join(DIFFS, `${name}-actual.png`), actual);
          await fs.writeFile(path.join(DIFFS, `${name}-diff.png`), PNG.sync.write(diff));
        }
        assert.ok(share <= TOLERANCE, `${name}: ${(share * 100).toFixed(2)}% of pixels changed (see ${DIFFS}/)`);
      });
    }
  }
}
