/**
 * The malicious fixture roadmap (raw <script>, <img onerror>, javascript:,
 * data: and obfuscated links, inline HTML handlers) executes nothing, and its
 * pages hold no markup that could; the harmless text around it still shows.
 */
import {expect, test} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {armTripwire, dangerousMarkup} from '../support/hostile.js';
import {waitForHydration} from '../support/hydration.js';
import {watchPage} from '../support/watch.js';

for (const path of [REPRESENTATIVE.malicious, REPRESENTATIVE.maliciousMatrix, `/zh-Hans${REPRESENTATIVE.malicious}`]) {
  test(`nothing runs on ${path}`, async ({page}) => {
    const tripwire = await armTripwire(page);
    const watch = watchPage(page);
    await page.goto(path);
    await waitForHydration(page, 'main');
    await watch.settled();
    // Give handlers a chance: hover each item, move focus.
    const main = page.locator('main');
    for (const element of await main.locator('[data-testid="roadmap-item"], [data-testid="roadmap-matrix-item"]').all()) {
      await element.hover({timeout: 1_000}).catch(() => undefined);
    }
    await page.keyboard.press('Tab');

    expect(await tripwire.fired()).toEqual([]);
    expect(await dangerousMarkup(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    // The roadmap's text survives as text.
    await expect(main).toContainText('alt text survives');
  });
}

test('the malicious timeline keeps its safe link and shows inline code as text', async ({page}) => {
  await page.goto(REPRESENTATIVE.malicious);
  const timeline = page.getByTestId('roadmap-timeline');
  await expect(timeline.locator('a[href="https://example.com/ok"]')).toHaveText('https link');
  await expect(timeline.locator('code', {hasText: '<code>'})).toHaveCount(1);
  // Unsafe links keep their words, without a link.
  await expect(timeline).toContainText('javascript link');
  await expect(timeline.getByRole('link', {name: 'javascript link', exact: true})).toHaveCount(0);
});

test('the served HTML of the malicious page carries no script payload', async ({request}) => {
  for (const path of [REPRESENTATIVE.malicious, REPRESENTATIVE.maliciousMatrix]) {
    const html = await (await request.get(path)).text();
    // Docusaurus minifies HTML, so attributes may be unquoted.
    expect(html, path).not.toMatch(/<script[^>]*>[^<]*__roadmarkPwned/i);
    expect(html, path).not.toMatch(/\son(error|mouseover|load|click)\s*=/i);
    expect(html, path).not.toMatch(/\s(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    expect(html, path).not.toMatch(/<iframe/i);
  }
});
