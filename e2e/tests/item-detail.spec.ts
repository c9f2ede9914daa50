/**
 * The item detail: a card's "Details" link opens the item in a modal dialog with its own URL
 * (`?item=<id>`), by mouse and by keyboard; the URL loaded fresh opens it; Escape, the close
 * button and Back close it and give focus back; sub-items open their own detail; on a versioned
 * instance it tells the item's history from the history page's data; light and dark; no
 * sideways scrolling at 390 px; no layout shift; without JavaScript the link leads to the card.
 * Screenshots of the detail: test-results/screenshots/detail/.
 */
import path from 'node:path';
import {expect, test, type Locator, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {waitForHydration} from '../support/hydration.js';
import {REPRESENTATIVE} from '../support/routes.js';
import {SCREENSHOT_DIR} from '../support/paths.js';

const TIMELINE = REPRESENTATIVE.timeline;
/** A versioned instance: its items have a history across versions. */
const VERSIONED = '/qdrant/roadmap';

const dialogOf = (page: Page): Locator => page.locator('dialog[data-testid="roadmap-item-detail"]');

async function firstCardWithChildren(page: Page): Promise<{id: string; childId: string}> {
  return page.evaluate(() => {
    const card = Array.from(document.querySelectorAll<HTMLElement>('article[data-testid="roadmap-item"]')).find((node) => node.querySelector('li[data-testid="roadmap-item"]'));
    if (!card) throw new Error('no card with sub-items');
    return {id: card.dataset.itemId!, childId: card.querySelector<HTMLElement>('li[data-testid="roadmap-item"]')!.dataset.itemId!};
  });
}

async function cardTitle(page: Page, id: string): Promise<string> {
  return (await page.locator(`article[data-item-id="${id}"] > p`).first().innerText()).trim();
}

function detailId(page: Page): string | null {
  return new URL(page.url()).searchParams.get('item');
}

async function focusInsideDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
}

test('a click on Details opens the dialog with its URL; Escape closes it and gives focus back', async ({page}) => {
  await page.goto(TIMELINE);
  await waitForHydration(page);
  const link = page.getByTestId('roadmap-item-details').first();
  const id = (await link.getAttribute('data-roadmark-detail'))!;
  const title = await cardTitle(page, id);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await link.click();
  const dialog = dialogOf(page);
  await expect(dialog).toHaveAttribute('open', '');
  await expect(dialog).toHaveAttribute('data-item-id', id);
  expect(detailId(page)).toBe(id);
  await expect(dialog.getByRole('heading', {level: 2})).toHaveText(title);
  // A real modal: named by its title, focus inside, the page behind inert.
  await expect(page.getByRole('dialog', {name: title})).toBeVisible();
  expect(await focusInsideDialog(page)).toBe(true);
  await expect(dialog.getByText('Theme', {exact: true})).toBeVisible();
  // Opening the detail does not scroll the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);

  await page.keyboard.press('Escape');
  await expect(dialog).not.toHaveAttribute('open');
  await expect.poll(() => detailId(page)).toBeNull();
  await expect(link).toBeFocused();
  // Closing went back past the entry opening pushed: Back now leaves the page's first entry alone.
  expect(await page.evaluate(() => window.history.length)).toBeGreaterThanOrEqual(2);
});

test('by keyboard: Enter on Details opens it, Tab stays inside, the close button and Back close it', async ({page}) => {
  await page.goto(TIMELINE);
  await waitForHydration(page);
  const link = page.getByTestId('roadmap-item-details').nth(2);
  const id = (await link.getAttribute('data-roadmark-detail'))!;
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogOf(page);
  await expect(dialog).toHaveAttribute('data-item-id', id);
  await expect(page.getByTestId('roadmap-item-detail-close')).toBeFocused();
  // Tab cycles through the dialog only (everything behind a modal dialog is inert).
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body && !active.closest('dialog[open]') ? active.outerHTML.slice(0, 120) : null;
    });
    expect(outside, 'focus left the dialog').toBeNull();
  }
  // The close button.
  await page.getByTestId('roadmap-item-detail-close').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).not.toHaveAttribute('open');
  await expect.poll(() => detailId(page)).toBeNull();
  await expect(link).toBeFocused();

  // Back closes it too.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveAttribute('data-item-id', id);
  await page.goBack();
  await expect(dialog).not.toHaveAttribute('open');
  expect(detailId(page)).toBeNull();
  await expect(page).toHaveURL(new RegExp(`${TIMELINE}$`));
});

test('a detail URL loaded fresh opens it; sub-items open their own detail and Back walks back', async ({page}) => {
  await page.goto(VERSIONED);
  const {id, childId} = await firstCardWithChildren(page);
  const title = await cardTitle(page, id);
  await page.goto(`${VERSIONED}?item=${encodeURIComponent(id)}`);
  const dialog = dialogOf(page);
  await expect(dialog).toHaveAttribute('data-item-id', id);
  await expect(dialog.getByRole('heading', {level: 2})).toHaveText(title);
  expect(await focusInsideDialog(page)).toBe(true);
  const children = dialog.getByTestId('roadmap-item-detail-children');
  await expect(children).toBeVisible();
  await children.locator(`a[data-roadmark-detail="${childId}"]`).click();
  await expect(dialog).toHaveAttribute('data-item-id', childId);
  expect(detailId(page)).toBe(childId);
  // The sub-item names the item it belongs to, which opens again from there.
  await expect(dialog.getByTestId('roadmap-item-detail-parent').locator(`a[data-roadmark-detail="${id}"]`)).toBeVisible();
  await expect(dialog.getByRole('heading', {level: 2})).toBeFocused();
  await page.goBack();
  await expect(dialog).toHaveAttribute('data-item-id', id);
  // Escape on a detail that was loaded fresh: nothing to go back to, the URL just loses `item`; the card takes focus.
  await page.keyboard.press('Escape');
  await expect(dialog).not.toHaveAttribute('open');
  await expect.poll(() => detailId(page)).toBeNull();
  expect(new URL(page.url()).pathname).toBe(VERSIONED);
  expect(await page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('data-item-id') ?? null)).toBe(id);
});

test('the filters and the detail share the query', async ({page}) => {
  await page.goto(`${TIMELINE}?status=done`);
  await waitForHydration(page);
  const link = page.locator('article[data-testid="roadmap-item"]:not([hidden]) [data-testid="roadmap-item-details"]').first();
  await link.click();
  await expect(dialogOf(page)).toHaveAttribute('open', '');
  const params = new URL(page.url()).searchParams;
  expect(params.get('status')).toBe('done');
  expect(params.get('item')).toBe(await link.getAttribute('data-roadmark-detail'));
  await page.keyboard.press('Escape');
  await expect.poll(() => new URL(page.url()).search).toBe('?status=done');
});

test('on a versioned instance the detail tells what happened to the item in each version', async ({page}) => {
  await page.goto(VERSIONED);
  await waitForHydration(page);
  await page.getByTestId('roadmap-item-details').first().click();
  const history = dialogOf(page).getByTestId('roadmap-item-detail-history');
  await expect(history).toBeVisible();
  const steps = history.getByTestId('roadmap-item-detail-steps').locator('li');
  await expect(steps.first()).toBeVisible();
  expect(await steps.count()).toBeGreaterThan(0);
  // The same story as the item's row on the history page, which the detail links.
  const historyLink = history.getByTestId('roadmap-item-detail-history-link');
  const href = (await historyLink.getAttribute('href'))!;
  expect(href).toMatch(/\/qdrant\/roadmap\/history#/);
  // Each step: the version, then what happened in it ("first planned for 2024").
  const firstStep = (await steps.first().locator('span').nth(1).innerText()).replace(/\s+/g, ' ');
  await historyLink.click();
  await expect(page).toHaveURL(/\/history#/);
  const key = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const row = page.locator(`[id="${key}"]`);
  await expect(row).toBeVisible();
  // The first event's words ("first planned for …") are on the row's sentence too.
  const clause = firstStep.split(' and ')[0]!.toLowerCase();
  expect((await row.innerText()).toLowerCase().replace(/\s+/g, ' ')).toContain(clause);
});

for (const mode of ['light', 'dark'] as const) {
  for (const width of [1400, 390]) {
    test(`${mode}, ${width} px: the detail fits the window, in the mode's colours, with no layout shift`, async ({page}) => {
      await page.setViewportSize({width, height: width > 800 ? 900 : 844});
      await page.emulateMedia({colorScheme: mode});
      await page.goto(VERSIONED);
      const {id} = await firstCardWithChildren(page);
      // Layout shifts from here on: loading the detail's URL, opening, closing.
      await page.goto(`${VERSIONED}?item=${encodeURIComponent(id)}`);
      await page.evaluate(() => {
        (window as unknown as {e2eShift: number}).e2eShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) if (!entry.hadRecentInput) (window as unknown as {e2eShift: number}).e2eShift += entry.value;
        }).observe({type: 'layout-shift', buffered: true});
      });
      const dialog = dialogOf(page);
      await expect(dialog).toHaveAttribute('data-item-id', id);
      await expect(dialog.getByTestId('roadmap-item-detail-steps').locator('li').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);

      const box = await dialog.evaluate((node) => {
        const rect = node.getBoundingClientRect();
        return {left: rect.left, right: rect.right, scrollWidth: node.scrollWidth, clientWidth: node.clientWidth};
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.scrollWidth, 'the dialog scrolls sideways').toBeLessThanOrEqual(box.clientWidth);
      const doc = await page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth}));
      expect(doc.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(doc.clientWidth);

      // Infima's surface colour and text colour: dark on dark mode, light on light mode.
      const colours = await dialog.evaluate((node) => {
        const luminance = (css: string): number => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        const style = getComputedStyle(node);
        return {background: luminance(style.backgroundColor), text: luminance(style.color)};
      });
      if (mode === 'dark') {
        expect(colours.background).toBeLessThan(0.3);
        expect(colours.text).toBeGreaterThan(0.7);
      } else {
        expect(colours.background).toBeGreaterThan(0.9);
        expect(colours.text).toBeLessThan(0.3);
      }
      await page.screenshot({path: path.join(SCREENSHOT_DIR, 'detail', `${mode}-${width}.png`), animations: 'disabled'});

      await page.keyboard.press('Escape');
      await expect(dialog).not.toHaveAttribute('open');
      const shift = await page.evaluate(() => (window as unknown as {e2eShift: number}).e2eShift);
      expect(shift, 'cumulative layout shift').toBeLessThan(0.05);
    });
  }
}

for (const mode of ['light', 'dark'] as const) {
  test(`axe: the open detail has no serious or critical violation (${mode})`, async ({page}) => {
    await page.emulateMedia({colorScheme: mode});
    await page.goto(VERSIONED);
    const {id} = await firstCardWithChildren(page);
    await page.goto(`${VERSIONED}?item=${encodeURIComponent(id)}`);
    const dialog = dialogOf(page);
    await expect(dialog.getByTestId('roadmap-item-detail-steps').locator('li').first()).toBeVisible();
    // Light: every rule on the dialog; dark only changes colours, so the contrast rule.
    const axe = new AxeBuilder({page}).include('dialog[data-testid="roadmap-item-detail"]');
    if (mode === 'dark') axe.withRules(['color-contrast']);
    const results = await axe.analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({rule: violation.id, nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)}));
    expect(serious).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('a detail link leads to its card, and the detail URL shows the timeline', async ({page}) => {
    await page.goto(TIMELINE);
    const link = page.getByTestId('roadmap-item-details').first();
    const id = (await link.getAttribute('data-roadmark-detail'))!;
    expect(await link.getAttribute('href')).toBe(`?item=${encodeURIComponent(id)}#${encodeURIComponent(id)}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`\\?item=.*#`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await expect(dialogOf(page)).not.toHaveAttribute('open');
    expect(await page.getByTestId('roadmap-item').count()).toBeGreaterThan(5);
  });
});
