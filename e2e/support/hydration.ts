/**
 * The timeline reads its filters from the URL only after hydration (the
 * first client render must match the HTML). React marks each DOM node it has
 * hydrated with a `__reactProps$…` key; waiting for it on the filter input
 * tells us that clicks and typing are handled by React from now on.
 */
import type {Page} from '@playwright/test';

export async function waitForHydration(page: Page, selector = '[data-testid="roadmap-timeline"]'): Promise<void> {
  await page.waitForFunction((sel) => {
    const node = document.querySelector(sel);
    return !!node && Object.keys(node).some((key) => key.startsWith('__reactProps$'));
  }, selector);
}
