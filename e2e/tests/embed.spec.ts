/** `<RoadmapTimeline>` and `<RoadmapMatrix>` embedded in an MDX docs page render the plugin's data. */
import {expect, test} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {waitForHydration} from '../support/hydration.js';
import {matchCount} from '../support/timeline.js';

test('the MDX embed page renders two timelines and a matrix', async ({page}) => {
  await page.goto(REPRESENTATIVE.embed);
  const article = page.locator('article').first();
  await expect(page.getByTestId('roadmap-embed-error')).toHaveCount(0);
  const timelines = article.getByTestId('roadmap-timeline');
  await expect(timelines).toHaveCount(2);
  for (const timeline of await timelines.all()) {
    expect(await timeline.locator('[data-testid="roadmap-item"]').count()).toBeGreaterThan(0);
  }
  // The second embed asks for half-year zoom and no filter bar.
  await expect(timelines.nth(1)).toHaveAttribute('data-zoom', 'half');
  await expect(timelines.nth(1).getByTestId('roadmap-filters')).toHaveCount(0);
  const matrix = article.getByTestId('roadmap-matrix');
  await expect(matrix).toHaveCount(1);
  expect(await matrix.getByTestId('roadmap-matrix-item').count()).toBeGreaterThan(0);
});

test('filtering an embedded timeline narrows it without touching the page URL', async ({page}) => {
  await page.goto(REPRESENTATIVE.embed);
  const timeline = page.getByTestId('roadmap-timeline').first();
  await waitForHydration(page);
  const before = await matchCount(timeline);
  await timeline.getByTestId('roadmap-filter-text').fill('zzqxnotinanyroadmap');
  await expect(timeline.getByTestId('roadmap-visible-count')).toContainText(`0`);
  expect((await matchCount(timeline)).visible).toBe(0);
  await expect(timeline.locator('article[data-testid="roadmap-item"]').locator('visible=true')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  expect(before.visible).toBe(before.total);
});
