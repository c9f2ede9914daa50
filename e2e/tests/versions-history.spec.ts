/**
 * History pages (`<base>/<slug>/history`): versions as columns (oldest
 * first, each linking its timeline), an item's permalink that scrolls to and
 * highlights its row, each row's sentence naming the versions in which
 * things happened, and the slip report, checked against the roadmap files.
 */
import {expect, test, type Locator, type Page} from '@playwright/test';
import {watchPage} from '../support/watch.js';
import {
  CURRENT,
  INSTANCES,
  changeRows,
  checkboxes,
  comparePath,
  historyPath,
  instance,
  labelOf,
  oldVersionPaths,
  siteFile,
  sourcegraphMoves,
  versionsOf,
} from './versions-helpers.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The history row of an item, by its exact title (the first text of the row header; it has no test id). */
function rowOf(page: Page, title: string): Locator {
  return page.getByTestId('roadmap-history-row').filter({has: page.locator('th > span:first-child', {hasText: new RegExp(`^${escape(title)}$`)})});
}

function storyOf(row: Locator): Locator {
  return row.getByTestId('roadmap-history-story');
}

for (const inst of INSTANCES) {
  test(`${historyPath(inst)} has one column per version, oldest first, each linking that version's timeline`, async ({page}) => {
    const oldestFirst = [...versionsOf(inst)].reverse();
    const watch = watchPage(page);
    await page.goto(historyPath(inst));
    const matrix = page.getByTestId('roadmap-history-matrix');
    const heads = matrix.locator('thead th[data-version]');
    expect(await heads.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-version')))).toEqual(oldestFirst);
    for (const [index, version] of oldestFirst.entries()) {
      const timeline = version === CURRENT ? `${inst.base}/${inst.slug}` : `${inst.base}/${version}/${inst.slug}`;
      await expect(heads.nth(index).getByRole('link', {name: labelOf(inst, version)}), version).toHaveAttribute('href', timeline);
    }
    // Every row has one cell per version (a run of unchanged versions is one cell spanning them).
    const spans = await matrix.getByTestId('roadmap-history-row').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].reduce((sum, td) => sum + ((td as HTMLTableCellElement).colSpan || 1), 0)),
    );
    expect(spans.length).toBeGreaterThan(0);
    expect(new Set(spans)).toEqual(new Set([oldestFirst.length]));
    await watch.settled();
    expect(watch.problems()).toEqual([]);
  });
}

test('qdrant: the "history" link of a ticked item opens its row, scrolled into view and highlighted; its sentence names both versions', async ({page}) => {
  const qdrant = instance('qdrant');
  const item = 'Make Sparse Vectors serving as cheap and fast as Dense Vectors';
  const before = checkboxes(siteFile('qdrant_versioned_roadmap/version-2024-published/roadmap.md'));
  const after = checkboxes(siteFile('qdrant/roadmap.md'));
  expect([before.get(item), after.get(item)], 'unticked when published, ticked in the current file').toEqual([false, true]);

  await page.goto(comparePath(qdrant, '2024-published', CURRENT));
  const change = (await changeRows(page.getByTestId('roadmap-version-changes'))).find((row) => row.title === item);
  expect(change?.historyHref).toMatch(new RegExp(`^${historyPath(qdrant)}#.+`));
  const key = decodeURIComponent(change!.historyHref!.split('#')[1]!);

  await page.getByTestId('roadmap-change').filter({hasText: item}).getByRole('link', {name: `History of “${item}”`}).click();
  await expect(page).toHaveURL(new RegExp(`${historyPath(qdrant)}#${key}$`));
  const row = page.locator(`[data-testid="roadmap-history-row"][id="${key}"]`);
  await expect(row.getByRole('rowheader')).toContainText(item);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((node) => node.matches(':target'))).toBe(true);
  // Highlighted: the target row's header is outlined and shaded, unlike the other rows'.
  const look = (locator: Locator) =>
    locator.getByRole('rowheader').evaluate((th) => ({outline: getComputedStyle(th).outlineStyle, background: getComputedStyle(th).backgroundColor}));
  const target = await look(row);
  const plain = await look(page.locator(`[data-testid="roadmap-history-row"]:not([id="${key}"])`).first());
  expect(target.outline).not.toBe('none');
  expect(target.background).not.toBe(plain.background);

  const story = storyOf(row);
  await expect(story).toContainText(labelOf(qdrant, '2024-published'));
  await expect(story).toContainText(`done in ${labelOf(qdrant, CURRENT)}`);
});

test('qdrant: a box only the current file lists is told as first listed in the current version', async ({page}) => {
  const qdrant = instance('qdrant');
  const before = checkboxes(siteFile('qdrant_versioned_roadmap/version-2024-published/roadmap.md'));
  const newItems = [...checkboxes(siteFile('qdrant/roadmap.md')).keys()].filter((title) => !before.has(title));
  expect(newItems.length).toBeGreaterThan(0);
  await page.goto(historyPath(qdrant));
  for (const title of newItems) {
    const story = storyOf(rowOf(page, title));
    await expect(story, title).toContainText(`in ${labelOf(qdrant, CURRENT)}`);
    await expect(story, title).not.toContainText(labelOf(qdrant, '2024-published'));
    // Not in the older version: its cell is empty, the newer one is marked new.
    await expect(rowOf(page, title).locator('td').first(), title).toBeEmpty();
  }
});

test('sourcegraph: each row of a moved item tells its slip with the quarters, and the slip report counts the slips', async ({page}) => {
  const handbook = instance('handbook');
  const moves = sourcegraphMoves();
  const slips = moves.filter((move) => move.quarters > 0);
  expect(slips.length, 'items that slipped between the two files').toBeGreaterThan(0);
  const watch = watchPage(page);
  await page.goto(historyPath(handbook));

  for (const move of moves) {
    const story = storyOf(rowOf(page, move.title));
    const amount = Math.abs(move.quarters);
    await expect(story, move.title).toContainText(`First planned for ${move.from} in ${labelOf(handbook, 'fy23-q2')}`);
    await expect(story, move.title).toContainText(
      `${move.quarters > 0 ? 'slipped' : 'pulled in'} to ${move.to} in ${labelOf(handbook, CURRENT)} (${move.quarters > 0 ? '+' : '−'}${amount} ${amount === 1 ? 'quarter' : 'quarters'})`,
    );
  }

  const report = page.getByTestId('roadmap-slip-report');
  await expect(report.locator('table')).toBeVisible();
  const headers = await report.locator('thead th').allTextContents();
  const total = page.getByTestId('roadmap-slip-total');
  const cell = async (header: string) => (await total.locator('th, td').nth(headers.indexOf(header)).textContent())?.trim() ?? '';
  expect(headers).toEqual(expect.arrayContaining(['Slips', 'Total slip', 'Largest slip']));
  expect(Number(await cell('Slips')), 'slips in the total row').toBe(slips.length);
  expect(Number(await cell('Slips'))).toBeGreaterThanOrEqual(1);
  expect(Number(await cell('Total slip')), 'total slip, in quarters').toBe(slips.reduce((sum, move) => sum + move.quarters, 0));
  const largest = slips.reduce((a, b) => (b.quarters > a.quarters ? b : a));
  const link = total.getByRole('link', {name: largest.title});
  await expect(link).toBeVisible();
  const key = (await link.getAttribute('href'))!.replace(/^#/, '');
  await expect(page.locator(`[data-testid="roadmap-history-row"][id="${key}"]`).getByRole('rowheader')).toContainText(largest.title);
  await watch.settled();
  expect(watch.problems()).toEqual([]);
});

for (const inst of INSTANCES) {
  test(`${inst.base}: every card of an old version's timeline links its own row of the history page`, async ({page}) => {
    await page.goto(historyPath(inst));
    const rows = new Set(await page.getByTestId('roadmap-history-row').evaluateAll((nodes) => nodes.map((n) => n.id)));
    expect(rows.size).toBeGreaterThan(0);

    const oldest = versionsOf(inst).at(-1)!;
    const [, timeline] = oldVersionPaths(inst, oldest);
    await page.goto(timeline!);
    // Top-level cards only (sub-items have their rows too, but no link of their own).
    const cards = page.locator('article[data-testid="roadmap-item"]');
    const links = await cards.evaluateAll((nodes) =>
      nodes.map((card) => ({id: card.getAttribute('data-item-id'), href: card.querySelector('[data-testid="roadmap-item-history"]')?.getAttribute('href') ?? null})),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const {id, href} of links) {
      expect(href, `card ${id}`).toMatch(new RegExp(`^${escape(historyPath(inst))}#`));
      expect(rows.has(decodeURIComponent(href!.split('#')[1]!)), `${href} names a row of the history page`).toBe(true);
    }
  });
}

test('qdrant: a card\'s "History" link opens the row of that item, scrolled into view', async ({page}) => {
  const qdrant = instance('qdrant');
  const [, timeline] = oldVersionPaths(qdrant, '2024-published');
  await page.goto(timeline!);
  const card = page.locator('article[data-testid="roadmap-item"]').filter({has: page.getByTestId('roadmap-item-history')}).first();
  const link = card.getByTestId('roadmap-item-history');
  // Its accessible name carries the item's title (which the card may show longer, as written).
  const title = /^History of “(.+)” across versions$/.exec((await link.getAttribute('aria-label')) ?? '')?.[1];
  expect(title).toBeTruthy();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`^[^#]*${escape(historyPath(qdrant))}#.+`));
  const key = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const row = page.locator(`[data-testid="roadmap-history-row"][id="${key}"]`);
  await expect(row).toBeInViewport();
  await expect(storyOf(row)).toContainText(labelOf(qdrant, '2024-published'));
  // The row is headed by the newest title: the card's title there, or the story tells the rename.
  const header = await row.getByRole('rowheader').innerText();
  if (!header.includes(title!)) await expect(storyOf(row)).toContainText('renamed to');
});
