/** The zh-Hans locale: the Chinese MindSpore roadmap and translated UI strings. */
import {expect, test} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {cards} from '../support/timeline.js';
import {COLOR_MODES, useColorMode} from '../support/colorMode.js';
import {saveScreenshot} from '../support/screenshots.js';

const HAN = /[\u4e00-\u9fff]/;

test('the zh-Hans MindSpore timeline shows the Chinese roadmap and a Chinese UI', async ({page}) => {
  await page.goto(REPRESENTATIVE.zhTimeline);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const perCard = await cards(page).evaluateAll((nodes) => nodes.map((n) => n.querySelector('p')?.textContent ?? ''));
  expect(perCard.length).toBeGreaterThan(0);
  const chinese = perCard.filter((text) => HAN.test(text)).length;
  expect(chinese / perCard.length, 'share of item cards written in Chinese').toBeGreaterThan(0.5);
  // Interface strings come from the zh-Hans translation files, not English.
  await expect(page.getByTestId('roadmap-filters').locator('legend').first()).toHaveText(HAN);
  await expect(page.getByTestId('roadmap-visible-count')).toHaveText(HAN);
  await expect(page.locator('.navbar')).toContainText(HAN);
});

test('the zh-Hans roadmap home links to zh-Hans pages', async ({page}) => {
  await page.goto(REPRESENTATIVE.zhHome);
  await expect(page.getByTestId('roadmap-home-page')).toBeVisible();
  await expect(page.getByTestId('roadmap-home-page')).toContainText(HAN);
  const hrefs = await page.getByTestId('roadmap-summary').locator('a[href]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith('/zh-Hans/'))).toEqual([]);
});

test('the locale dropdown leads from an English timeline to its zh-Hans version', async ({page}) => {
  await page.goto('/roadmap/mindspore');
  const link = page.locator('.navbar a[href^="/zh-Hans/roadmap/mindspore"]');
  await expect(link).toHaveCount(1);
  await page.goto((await link.getAttribute('href'))!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('roadmap-timeline')).toBeVisible();
});

test('screenshots of the zh-Hans pages in light and dark mode', async ({page}) => {
  const paths = [REPRESENTATIVE.zhHome, REPRESENTATIVE.zhTimeline, `${REPRESENTATIVE.zhTimeline}/matrix`, '/zh-Hans/roadmap/compare'];
  for (const mode of COLOR_MODES) {
    await useColorMode(page, mode);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await saveScreenshot(page, `zh-Hans-${mode}`, path);
    }
  }
});
