/**
 * Sub-items of another theme: a lane's count includes its sub-items; a theme only sub-items carry
 * is marked in the theme filter; such sub-items name their theme on the card, and filtering by
 * that theme shows them.
 */
import {expect, test} from '@playwright/test';
import {waitForHydration} from '../support/hydration.js';
import {REPRESENTATIVE} from '../support/routes.js';

/** AllenNLP: three lanes, and themes that only sub-items carry. */
const PATH = REPRESENTATIVE.smallTimeline;

test('lane counts include sub-items; sub-item-only themes are marked and filter to their sub-items', async ({page}) => {
  await page.goto(PATH);
  await waitForHydration(page);
  const lanes = page.getByTestId('roadmap-lane');
  const laneCount = await lanes.count();
  expect(laneCount).toBeGreaterThan(1);
  for (let index = 0; index < laneCount; index++) {
    const lane = lanes.nth(index);
    const shown = Number((await lane.getByTestId('roadmap-lane-count').innerText()).trim());
    expect(shown, `lane ${await lane.getAttribute('data-theme-id')}`).toBe(await lane.getByTestId('roadmap-item').count());
  }

  const laneThemes = await lanes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-theme-id')));
  const choices = page.locator('[data-testid="roadmap-filters"] label:has([data-testid^="roadmap-filter-theme-"])');
  const marked: string[] = [];
  for (let index = 0; index < (await choices.count()); index++) {
    const choice = choices.nth(index);
    const id = (await choice.locator('input').getAttribute('data-testid'))!.replace('roadmap-filter-theme-', '');
    const isMarked = (await choice.getByTestId('roadmap-filter-theme-sub-items-only').count()) > 0;
    expect(isMarked, `choice ${id}`).toBe(!laneThemes.includes(id));
    if (isMarked) marked.push(id);
  }
  expect(marked.length).toBeGreaterThan(0);

  const theme = marked[0]!;
  const tags = page.locator(`[data-testid="roadmap-item-other-theme"][data-theme-id="${theme}"]`);
  expect(await tags.count()).toBeGreaterThan(0);
  await page.getByTestId(`roadmap-filter-theme-${theme}`).check();
  await expect(page).toHaveURL(new RegExp(`theme=${theme}`));
  // Every sub-item of that theme stays visible, each under a visible card.
  await expect(tags.first()).toBeVisible();
  for (let index = 0; index < (await tags.count()); index++) await expect(tags.nth(index)).toBeVisible();
  const count = await tags.count();
  await expect(page.getByTestId('roadmap-visible-count')).toContainText(`${count} of`);
});

test('the item detail tags a sub-item of another theme with that theme, as its card does', async ({page}) => {
  await page.goto(PATH);
  await waitForHydration(page);
  // A tag on a direct sub-item of a card (the detail lists direct sub-items; deeper ones are "(+N)").
  const found = await page.evaluate(() => {
    for (const tag of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="roadmap-item-other-theme"]'))) {
      const sub = tag.closest('li[data-testid="roadmap-item"]');
      const card = tag.closest<HTMLElement>('article[data-testid="roadmap-item"]');
      if (sub && card && !sub.parentElement?.closest('li[data-testid="roadmap-item"]')) return {card: card.dataset.itemId!, theme: tag.dataset.themeId!, label: tag.textContent!.replace(/^\s*Theme:\s*/, '').trim()};
    }
    return null;
  });
  expect(found, 'a card with a direct sub-item of another theme').not.toBeNull();
  const card = page.locator(`article[data-item-id="${found!.card}"]`);
  await card.getByTestId('roadmap-item-details').first().click();
  const dialog = page.locator('dialog[data-testid="roadmap-item-detail"]');
  await expect(dialog).toHaveAttribute('open', '');
  const inDialog = dialog.locator(`[data-testid="roadmap-item-detail-other-theme"][data-theme-id="${found!.theme}"]`);
  await expect(inDialog.first()).toBeVisible();
  await expect(inDialog.first()).toContainText(found!.label);
  // The item's own theme is never tagged on its sub-items.
  const own = (await card.getAttribute('data-theme-id'))!;
  await expect(dialog.locator(`[data-testid="roadmap-item-detail-other-theme"][data-theme-id="${own}"]`)).toHaveCount(0);
});
