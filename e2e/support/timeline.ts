/** Reading a timeline page the way a visitor sees it. */
import type {Locator, Page} from '@playwright/test';

/** Top-level item cards (sub-items are `li` elements with the same test id). */
export function cards(page: Page | Locator): Locator {
  return page.locator('article[data-testid="roadmap-item"]');
}

/** Ids of the items (cards and sub-items) that are currently shown. */
export async function visibleItemIds(scope: Page | Locator): Promise<string[]> {
  return scope.locator('[data-testid="roadmap-item"]').evaluateAll((nodes) =>
    nodes.filter((node) => (node as HTMLElement).offsetParent !== null || node.getClientRects().length > 0).map((node) => node.getAttribute('data-item-id') ?? ''),
  );
}

/** "12 of 37 items match" → {visible: 12, total: 37}; digits in any locale's sentence. */
export async function matchCount(scope: Page | Locator): Promise<{visible: number; total: number}> {
  const text = (await scope.getByTestId('roadmap-visible-count').first().textContent()) ?? '';
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length < 2) throw new Error(`no "visible of total" count in "${text}"`);
  return {visible: numbers[0]!, total: numbers[1]!};
}

export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
