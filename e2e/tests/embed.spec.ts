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

test('a detail opened in an embed leaves the page URL alone and links to the same detail on the roadmap page', async ({page}) => {
  await page.goto(REPRESENTATIVE.embed);
  await waitForHydration(page);
  const timeline = page.getByTestId('roadmap-timeline').first();
  const link = timeline.getByTestId('roadmap-item-details').first();
  const id = (await link.getAttribute('data-roadmark-detail'))!;
  await link.click();
  const dialog = page.locator('dialog[data-testid="roadmap-item-detail"][open]');
  await expect(dialog).toHaveAttribute('data-item-id', id);
  expect(new URL(page.url()).search).toBe('');
  const onPage = dialog.getByTestId('roadmap-item-detail-page');
  const href = (await onPage.getAttribute('href'))!;
  expect(new URL(href, page.url()).searchParams.get('item')).toBe(id);
  await onPage.click();
  await expect(page).toHaveURL(new RegExp(`[?&]item=${encodeURIComponent(id)}`));
  await expect(page.getByTestId('roadmap-timeline-page')).toBeVisible();
  await expect(page.locator('dialog[data-testid="roadmap-item-detail"][open]')).toHaveAttribute('data-item-id', id);
  // On the roadmap page itself the detail has its URL: no link to itself.
  await expect(page.locator('dialog[open]').getByTestId('roadmap-item-detail-page')).toHaveCount(0);
});
