/**
 * With JavaScript disabled the server-rendered HTML is the page: every item of
 * every timeline is in it and shown, and the same items are the feature
 * matrix's rows.
 */
import {expect, test} from '@playwright/test';
import {roadmapPages} from '../support/pages.js';
import {matchCount} from '../support/timeline.js';

test.use({javaScriptEnabled: false});

test('every timeline and matrix page holds all its items without JavaScript', async ({page, request}) => {
  const timelines = (await roadmapPages(request)).filter((p) => p.type === 'timeline');
  expect(timelines.length).toBeGreaterThan(0);
  // Two page loads per timeline; the budget grows with the site instead of failing when it gains roadmaps.
  test.setTimeout(30_000 + timelines.length * 8_000);
  for (const {path} of timelines) {
    await test.step(path, async () => {
      await page.goto(path);
      const items = page.locator('[data-testid="roadmap-item"]');
      const inHtml = await items.count();
      if (await page.getByTestId('roadmap-empty').count()) {
        expect.soft(inHtml, `${path}: an empty roadmap has no items`).toBe(0);
        return;
      }
      // The count the page states ("N of N items match") …
      const stated = await matchCount(page);
      expect.soft(stated.visible, `${path}: nothing filtered without JS`).toBe(stated.total);
      expect.soft(inHtml, `${path}: items in the HTML vs. stated total`).toBe(stated.total);
      // … the header's "N items in M themes" …
      const header = await page.locator('main header').first().textContent();
      expect.soft(header, `${path}: header count`).toContain(`${stated.total} `);
      // … and every item is shown, none hidden for a script to reveal.
      expect.soft(await items.locator('visible=false').count(), `${path}: hidden items`).toBe(0);

      // The matrix lists the same items, one row each.
      const ids = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-item-id')).sort());
      await page.goto(`${path}/matrix`);
      const rows = await page.locator('[data-testid="roadmap-matrix-item"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-item-id')).sort());
      expect.soft(rows, `${path}/matrix rows vs. timeline items`).toEqual(ids);
    });
  }
});

test('the roadmap home lists every roadmap without JavaScript', async ({page, request}) => {
  const pages = await roadmapPages(request);
  const homes = pages.filter((p) => p.type === 'home');
  for (const home of homes) {
    await page.goto(home.path);
    const linked = await page.getByTestId('roadmap-summary').evaluateAll((nodes) => nodes.map((n) => n.querySelector('h2 a')?.getAttribute('href')));
    // A timeline belongs to the nearest home above it: `/tensorflow/2018-02/roadmap` to the version home `/tensorflow/2018-02`.
    const homeOf = (path: string) =>
      homes.map((h) => h.path).filter((h) => path.startsWith(`${h}/`)).sort((a, b) => b.length - a.length)[0];
    const timelinesOfHome = pages.filter((p) => p.type === 'timeline' && homeOf(p.path) === home.path).map((p) => p.path);
    expect.soft(linked.sort(), home.path).toEqual(timelinesOfHome.sort());
  }
});
