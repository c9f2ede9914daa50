/**
 * A dated timeline fits the screen it is on: on a wide screen a six-column axis narrows its columns
 * instead of hiding the last one out of sight; on a phone the axis gives way to stacked cells, each
 * headed by its period, so no empty period takes room. A card in one column does not repeat that
 * column's period or the heading it came from, but screen readers still hear the period.
 */
import {expect, test} from '@playwright/test';
import {waitForHydration} from '../support/hydration.js';
import {REPRESENTATIVE} from '../support/routes.js';

/** APL: four quarters, Later and Unscheduled (six columns). */
const PATH = REPRESENTATIVE.timeline;

const scrollerFit = (page: import('@playwright/test').Page) =>
  page.getByTestId('roadmap-timeline').locator('[role="region"]').evaluate((node) => ({scrollWidth: node.scrollWidth, clientWidth: node.clientWidth}));

test('at 1400 px every column of a six-column axis is in view', async ({page}) => {
  await page.setViewportSize({width: 1400, height: 900});
  await page.goto(PATH);
  await waitForHydration(page);
  const {scrollWidth, clientWidth} = await scrollerFit(page);
  expect(scrollWidth, `timeline ${scrollWidth} px wide in a ${clientWidth} px box`).toBeLessThanOrEqual(clientWidth);
  const last = page.getByTestId('roadmap-bucket-column').last();
  await expect(last).toBeInViewport();
});

test('a card in one column does not repeat its period, which screen readers still get', async ({page}) => {
  await page.goto(REPRESENTATIVE.smallTimeline);
  await waitForHydration(page);
  const column = (await page.getByTestId('roadmap-axis-column').first().innerText()).trim();
  const card = page.locator('article[data-testid="roadmap-item"]').first();
  // No visible badge says the column's period again; the card's text (what a screen reader reads) has it.
  const badges = await card.locator('header span').evaluateAll(
    (spans, text) => spans.filter((span) => span.textContent?.trim() === text && span.getBoundingClientRect().width > 2).length,
    column,
  );
  expect(badges, `a visible "${column}" badge under the "${column}" column`).toBe(0);
  expect(await card.locator('header').textContent()).toContain(column);
  // The heading the period was read from ("Q4 2019 (October, November, December)") is not shown as its section either.
  await expect(card.getByTestId('roadmap-item-section')).toHaveCount(0);
});

test.describe('at 390 px', () => {
  test.use({viewport: {width: 390, height: 844}});
  test('the axis gives way to stacked cells, each headed by its period, with no sideways scrolling', async ({page}) => {
    await page.goto(PATH);
    await waitForHydration(page);
    await expect(page.getByTestId('roadmap-axis-column').first()).toBeHidden();
    const {scrollWidth, clientWidth} = await scrollerFit(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const cells = page.getByTestId('roadmap-cell');
    const count = await cells.count();
    expect(count).toBeGreaterThan(3);
    const layout = await cells.evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        const heading = node.querySelector('p');
        return {left: box.left, right: box.right, period: heading && getComputedStyle(heading).display !== 'none' ? heading.textContent : null};
      }),
    );
    for (const cell of layout) {
      expect(cell.period, 'each stacked cell names its period').toBeTruthy();
      expect(cell.right).toBeLessThanOrEqual(390);
      expect(cell.left).toBeGreaterThanOrEqual(0);
    }
  });
});
