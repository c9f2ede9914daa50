/**
 * Timeline filters (theme, status, text, zoom) change what is shown and the
 * URL query; the filtered URL, opened in a fresh browser, shows the same view.
 */
import {expect, test, type Page} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {waitForHydration} from '../support/hydration.js';
import {cards, matchCount, query, visibleItemIds} from '../support/timeline.js';

const PAGE = REPRESENTATIVE.timeline;

async function openTimeline(page: Page, url: string = PAGE): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/** The theme with the fewest cards, so that filtering by it hides something. */
async function smallestTheme(page: Page): Promise<{id: string; cards: number}> {
  const counts = await cards(page).evaluateAll((nodes) => {
    const byTheme: Record<string, number> = {};
    for (const node of nodes) byTheme[node.getAttribute('data-theme-id')!] = (byTheme[node.getAttribute('data-theme-id')!] ?? 0) + 1;
    return byTheme;
  });
  const [id, count] = Object.entries(counts).sort((a, b) => a[1] - b[1])[0]!;
  return {id, cards: count};
}

test.describe('timeline filters', () => {
  test('theme filter shows only that theme and writes ?theme=', async ({page}) => {
    await openTimeline(page);
    const total = await cards(page).count();
    const theme = await smallestTheme(page);
    expect(theme.cards).toBeLessThan(total);

    await page.getByTestId(`roadmap-filter-theme-${theme.id}`).check();
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${theme.id}(&|$)`));
    await expect(cards(page).locator('visible=true')).toHaveCount(theme.cards);
    const shownThemes = await cards(page).locator('visible=true').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-theme-id')));
    expect(new Set(shownThemes)).toEqual(new Set([theme.id]));
    // Lanes of other themes are hidden too.
    await expect(page.locator(`[data-testid="roadmap-lane"][data-theme-id="${theme.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-testid="roadmap-lane"]:not([data-theme-id="${theme.id}"])`).locator('visible=true')).toHaveCount(0);
    const count = await matchCount(page);
    expect(count.visible).toBeLessThan(count.total);

    await page.getByTestId('roadmap-filter-clear').click();
    expect(query(page).has('theme')).toBe(false);
    await expect(cards(page).locator('visible=true')).toHaveCount(total);
  });

  test('status filter keeps items of that status (or with such sub-items) and writes ?status=', async ({page}) => {
    await openTimeline(page);
    const statuses = await page.locator('[data-testid="roadmap-item"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')!));
    const counts = new Map<string, number>();
    for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
    // The rarest status present, so that the filter visibly removes items.
    const [status] = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]!;
    expect(counts.get(status)!).toBeLessThan(statuses.length);

    await page.getByTestId(`roadmap-filter-status-${status}`).check();
    await expect(page).toHaveURL(new RegExp(`[?&]status=${status}(&|$)`));
    await expect.poll(async () => (await matchCount(page)).visible).toBe(counts.get(status));
    const shown = cards(page).locator('visible=true');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const card of await shown.all()) {
      const own = await card.getAttribute('data-status');
      const matchingInside = await card.locator(`[data-testid="roadmap-item"][data-status="${status}"]`).locator('visible=true').count();
      expect(own === status || matchingInside > 0, `card ${await card.getAttribute('data-item-id')} shown for status ${status}`).toBe(true);
    }
    // Every item with that status is still shown.
    const wanted = page.locator(`[data-testid="roadmap-item"][data-status="${status}"]`);
    await expect(wanted.locator('visible=true')).toHaveCount(counts.get(status)!);
  });

  test('text filter narrows to matching items and writes ?q=', async ({page}) => {
    await openTimeline(page);
    const before = await matchCount(page);
    // A distinctive word from one card title: the longest word on the page that few cards contain.
    const titles = await cards(page).evaluateAll((nodes) => nodes.map((n) => ({id: n.getAttribute('data-item-id')!, text: n.querySelector('p')?.textContent ?? ''})));
    const candidates = titles.flatMap(({id, text}) => (text.match(/[A-Za-z]{6,}/g) ?? []).map((word) => ({id, word: word.toLowerCase()})));
    const rarity = (word: string) => titles.filter((t) => t.text.toLowerCase().includes(word)).length;
    const {id, word} = candidates.sort((a, b) => rarity(a.word) - rarity(b.word) || b.word.length - a.word.length)[0]!;

    await page.getByTestId('roadmap-filter-text').fill(word);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
    await expect(page.locator(`article[data-item-id="${id}"]`)).toBeVisible();
    const after = await matchCount(page);
    expect(after.total).toBe(before.total);
    expect(after.visible).toBeGreaterThanOrEqual(1);
    expect(after.visible).toBeLessThan(before.visible);
    expect((await visibleItemIds(page)).length).toBeGreaterThanOrEqual(after.visible);

    // A word nothing contains hides every item.
    await page.getByTestId('roadmap-filter-text').fill('zzqxnotinanyroadmap');
    await expect(cards(page).locator('visible=true')).toHaveCount(0);
    expect((await matchCount(page)).visible).toBe(0);
  });

  test('zoom buttons change the time axis and write ?zoom=', async ({page}) => {
    await openTimeline(page);
    const axis = page.getByTestId('roadmap-axis-column');
    const quarterLabels = await axis.allTextContents();
    expect(quarterLabels.length).toBeGreaterThan(0);
    await page.getByTestId('roadmap-zoom-year').click();
    await expect(page).toHaveURL(/[?&]zoom=year(&|$)/);
    await expect(page.getByTestId('roadmap-timeline')).toHaveAttribute('data-zoom', 'year');
    await expect(page.getByTestId('roadmap-zoom-year')).toHaveAttribute('aria-pressed', 'true');
    const yearLabels = await axis.allTextContents();
    expect(yearLabels.length).toBeLessThanOrEqual(quarterLabels.length);
    expect(yearLabels).not.toEqual(quarterLabels);
  });
});

test('a filtered URL opened in a new browser context shows the same view', async ({page, browser}) => {
  await openTimeline(page);
  const theme = await page.locator('[data-testid^="roadmap-filter-theme-"]').first().getAttribute('data-testid');
  const themeId = theme!.replace('roadmap-filter-theme-', '');
  await page.getByTestId(`roadmap-filter-theme-${themeId}`).check();
  await page.getByTestId('roadmap-zoom-half').click();
  // A word of the first shown card's title; a title can be version numbers only ("1.24, 1.25, 1.26").
  const titles = await cards(page).locator('visible=true').evaluateAll((nodes) => nodes.map((node) => node.querySelector('p')?.textContent ?? ''));
  const word = titles.map((title) => title.match(/[A-Za-z]{4,}|\d+\.\d+/)?.[0]).find(Boolean);
  expect(word, `a word in a shown card's title (${titles.slice(0, 3).join(' | ')})`).toBeTruthy();
  await page.getByTestId('roadmap-filter-text').fill(word!);
  await expect(page).toHaveURL(/[?&]q=/);

  const shared = page.url();
  const expectedIds = await visibleItemIds(page);
  const expectedCount = await matchCount(page);
  expect(expectedIds.length).toBeGreaterThan(0);
  expect(expectedCount.visible).toBeLessThan(expectedCount.total);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(shared);
    await waitForHydration(other);
    await expect(other.getByTestId(`roadmap-filter-theme-${themeId}`)).toBeChecked();
    await expect(other.getByTestId('roadmap-filter-text')).toHaveValue(word!);
    await expect(other.getByTestId('roadmap-timeline')).toHaveAttribute('data-zoom', 'half');
    await expect.poll(() => visibleItemIds(other)).toEqual(expectedIds);
    expect(await matchCount(other)).toEqual(expectedCount);
  } finally {
    await fresh.close();
  }
});

test('every theme link of a roadmap on its home page opens the timeline with that filter active', async ({page}) => {
  await page.goto(REPRESENTATIVE.home);
  const summary = page.getByTestId('roadmap-summary').first();
  const links = await summary.locator('a[href*="?theme="]').evaluateAll((nodes) =>
    nodes.map((node) => ({href: node.getAttribute('href')!, count: Number(node.textContent!.match(/(\d+)\s*$/)?.[1] ?? NaN)})),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const {href, count} of links) {
    await test.step(href, async () => {
      const themeId = new URL(href, page.url()).searchParams.get('theme')!;
      await openTimeline(page, href);
      // The filter bar must show the active filter, or the visitor cannot see why items are missing.
      await expect.soft(page.getByTestId(`roadmap-filter-theme-${themeId}`), `${href}: theme checkbox`).toBeChecked({timeout: 2_000});
      // The home page's count for the theme is the number of items the filter finds.
      await expect.soft(page.getByTestId('roadmap-visible-count'), `${href}: count`).toContainText(new RegExp(`^\\D*${count}\\D`), {timeout: 2_000});
      const shownCards = await cards(page).locator('visible=true').count();
      expect.soft(shownCards, `${href}: shown cards`).toBeGreaterThan(0);
    });
  }
});
