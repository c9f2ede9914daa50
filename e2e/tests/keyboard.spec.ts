/**
 * Keyboard: pressing Tab from the top of a timeline page reaches every item
 * (through its permalink) and every link inside the timeline, in document
 * order, and Enter on a permalink targets its item.
 */
import {expect, test} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {waitForHydration} from '../support/hydration.js';

for (const path of [REPRESENTATIVE.smallTimeline, '/projects/kurator']) {
  test(`Tab reaches every item and link of ${path}`, async ({page}) => {
    await page.goto(path);
    await waitForHydration(page);
    // Number each link in the timeline, and record which of them get keyboard focus.
    const targets = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLElement>('[data-testid="roadmap-timeline"] a[href]')];
      links.forEach((link, index) => (link.dataset.e2eTarget = String(index)));
      const focused: string[] = [];
      (window as unknown as {e2eFocused: string[]}).e2eFocused = focused;
      document.addEventListener('focusin', (event) => {
        const target = (event.target as HTMLElement).dataset?.e2eTarget;
        if (target !== undefined) focused.push(target);
      });
      return links.length;
    });
    const items = page.locator('[data-testid="roadmap-item"]');
    const itemCount = await items.count();
    expect(itemCount).toBeGreaterThan(0);
    // Every item must carry a focusable permalink, so every item is reachable.
    const withoutPermalink = await items.evaluateAll((nodes) =>
      nodes
        .filter((node) => ![...node.querySelectorAll('[data-testid="roadmap-item-permalink"]')].some((link) => link.closest('[data-testid="roadmap-item"]') === node))
        .map((node) => node.getAttribute('data-item-id')),
    );
    expect(withoutPermalink).toEqual([]);

    const focusable = await page.locator('a[href], button, input, select, textarea, [tabindex="0"]').count();
    for (let press = 0; press < focusable + 5; press++) await page.keyboard.press('Tab');

    const focused = await page.evaluate(() => (window as unknown as {e2eFocused: string[]}).e2eFocused);
    const reached = new Set(focused);
    const missed = await page.locator('[data-e2e-target]').evaluateAll((links, seen) =>
      links.filter((link) => !seen.includes((link as HTMLElement).dataset.e2eTarget!)).map((link) => link.outerHTML.slice(0, 160)),
    [...reached]);
    expect(missed, 'links never reached with Tab').toEqual([]);
    expect(reached.size).toBe(targets);
    // Document order: Tab never jumps back.
    const order = focused.map(Number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
}

test('Enter on a permalink makes its item the URL fragment target', async ({page}) => {
  await page.goto(REPRESENTATIVE.smallTimeline);
  await waitForHydration(page);
  const permalink = page.getByTestId('roadmap-item-permalink').nth(1);
  await permalink.focus();
  await expect(permalink).toBeFocused();
  const id = await permalink.evaluate((link) => link.closest('[data-testid="roadmap-item"]')!.id);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
