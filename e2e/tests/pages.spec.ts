/**
 * Every page in each locale's sitemap (all generated roadmap pages, the docs
 * with embeds, the home page) loads with no console error, no uncaught
 * exception, no failed request, and has a title and a description. Each
 * English page that shows roadmap components is also saved as a full-page
 * screenshot (test-results/screenshots/en-<mode>/) for people to look at.
 * (locale.spec.ts keeps screenshots of the Chinese pages.)
 */
import {expect, test} from '@playwright/test';
import {pageTypeOf, roadmapPages, sitemapPaths} from '../support/pages.js';
import {watchPage} from '../support/watch.js';
import {currentColorMode, useColorMode, type ColorMode} from '../support/colorMode.js';
import {saveScreenshot} from '../support/screenshots.js';

const RUNS: ReadonlyArray<{prefix: string; lang: string; mode: ColorMode; screenshots?: boolean}> = [
  {prefix: '', lang: 'en', mode: 'light', screenshots: true},
  {prefix: '', lang: 'en', mode: 'dark', screenshots: true},
  // The zh-Hans pages are the same components with other strings: one mode is enough.
  {prefix: '/zh-Hans', lang: 'zh-Hans', mode: 'dark'},
];
/** Each run is split in parts so that the two workers finish together. */
const PARTS = 2;
/**
 * The budget grows with the site: a page costs ~1.5 s (goto, checks, a full-page
 * screenshot) and up to 4× that on a loaded CI machine, so a fixed test timeout
 * fails as soon as the example site gains pages.
 */
const BUDGET_PER_PAGE_MS = 8_000;

test('the sitemap lists every kind of page the plugin generates', async ({request}) => {
  const types = new Set((await roadmapPages(request)).map((p) => p.type));
  expect([...types].sort()).toEqual(['comparison', 'home', 'matrix', 'timeline']);
});

for (const {prefix, lang, mode, screenshots = false} of RUNS) {
  for (let part = 1; part <= PARTS; part++) {
    test(`${lang} sitemap pages (part ${part}/${PARTS}) load cleanly in ${mode} mode`, async ({page, request}) => {
      const paths = (await sitemapPaths(request, prefix)).filter((_, index) => index % PARTS === part - 1);
      expect(paths.length).toBeGreaterThan(0);
      test.setTimeout(30_000 + paths.length * BUDGET_PER_PAGE_MS);
      const watch = watchPage(page);
      await useColorMode(page, mode);

      for (const path of paths) {
        await test.step(path, async () => {
          watch.clear();
          const response = await page.goto(path);
          await watch.settled();
          expect.soft(response?.status(), `${path} status`).toBe(200);
          const html = await page.content();
          const type = pageTypeOf(html);
          if (type) await expect.soft(page.getByTestId(`roadmap-${type}-page`), `${path} main`).toBeVisible();
          await expect.soft(page.locator('html'), `${path} lang`).toHaveAttribute('lang', lang);
          expect.soft(await currentColorMode(page), `${path} color mode`).toBe(mode);
          expect.soft(await page.title(), `${path} title`).not.toBe('');
          const description = await page.locator('meta[name="description"]').getAttribute('content');
          expect.soft(description?.trim() ?? '', `${path} meta description`).not.toBe('');
          expect.soft(watch.problems(), `${path} problems`).toEqual([]);
          // Screenshots cost ~0.5 s a page: only pages that show roadmap components.
          if (screenshots && html.includes('data-testid="roadmap-')) await saveScreenshot(page, `${lang}-${mode}`, path);
        });
      }
    });
  }
}
