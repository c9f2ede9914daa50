/**
 * Collects what must not happen while a page is open: console errors,
 * uncaught exceptions, failed requests and HTTP errors. `settled()` waits
 * until no request has been in flight for a short quiet period, which is
 * what `networkidle` does, with a shorter quiet period (500 ms per page
 * adds up over ~80 pages).
 */
import type {Page} from '@playwright/test';

export interface PageWatch {
  problems(): string[];
  clear(): void;
  settled(quietMs?: number): Promise<void>;
}

export function watchPage(page: Page): PageWatch {
  let problems: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    inFlight = Math.max(0, inFlight + delta);
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', (request) => {
    change(-1);
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    problems: () => [...problems],
    clear: () => {
      problems = [];
    },
    async settled(quietMs = 200) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) {
        await page.waitForTimeout(25);
      }
    },
  };
}
