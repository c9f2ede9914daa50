/**
 * The layout a visitor sees: no page scrolls sideways on a phone, no timeline
 * shows a period column that holds nothing, the timeline does not jump while
 * scrolling, and the site builds without broken-link or broken-anchor warnings.
 */
import fs from 'node:fs';
import {test, expect, type Page} from '@playwright/test';
import {roadmapPages} from '../support/pages.js';
import {waitForHydration} from '../support/hydration.js';
import {BUILD_LOG} from '../support/paths.js';
import {REPRESENTATIVE} from '../support/routes.js';

/** One page of each kind, the version pages of the TensorFlow instance (change log, compare, history, an old version). */
const PAGE_KINDS: Record<string, string> = {
  home: REPRESENTATIVE.home,
  timeline: '/roadmap/tensorflow',
  'dated timeline': REPRESENTATIVE.timeline,
  matrix: REPRESENTATIVE.matrix,
  compare: '/tensorflow/changes/2018-09/next',
  'change log': '/tensorflow/changes',
  history: '/tensorflow/roadmap/history',
  'cross-project compare': REPRESENTATIVE.comparison,
  'old version': '/tensorflow/2018-02/roadmap',
  'zh-Hans timeline': REPRESENTATIVE.zhTimeline,
  'zh-Hans home': REPRESENTATIVE.zhHome,
};

/** A page costs ~1.5 s here and up to 4× that on a loaded 2-core CI machine (see pages.spec.ts). */
const BUDGET_PER_PAGE_MS = 8_000;

async function horizontalOverflow(page: Page): Promise<{scrollWidth: number; clientWidth: number}> {
  return page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth}));
}

test.describe('at 390 px', () => {
  test.use({viewport: {width: 390, height: 844}});
  for (const mode of ['light', 'dark'] as const) {
    test(`no page kind scrolls sideways (${mode})`, async ({page}) => {
      test.setTimeout(30_000 + Object.keys(PAGE_KINDS).length * BUDGET_PER_PAGE_MS);
      await page.emulateMedia({colorScheme: mode});
      for (const [kind, path] of Object.entries(PAGE_KINDS)) {
        await test.step(`${kind}: ${path}`, async () => {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await page.waitForLoadState('load');
          const {scrollWidth, clientWidth} = await horizontalOverflow(page);
          expect(scrollWidth, `${kind} (${path}) is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
        });
      }
    });
  }
});

test('no timeline has a period column that holds no item in any lane', async ({page, request}) => {
  const timelines = [...(await roadmapPages(request)), ...(await roadmapPages(request, '/zh-Hans'))].filter((p) => p.type === 'timeline');
  expect(timelines.length).toBeGreaterThan(5);
  test.setTimeout(30_000 + timelines.length * BUDGET_PER_PAGE_MS);
  for (const {path} of timelines) {
    await test.step(path, async () => {
      await page.goto(path);
      // Every timeline on the page (an MDX page can embed several), each with its own axis.
      const empty = await page.locator('[data-testid="roadmap-timeline"]').evaluateAll((timelines) =>
        timelines.flatMap((timeline) => {
          const heads = Array.from(timeline.querySelectorAll('[data-testid="roadmap-axis-column"], [data-testid="roadmap-bucket-column"]'));
          const held = new Set<number>();
          for (const cell of Array.from(timeline.querySelectorAll<HTMLElement>('[data-testid="roadmap-cell"]'))) {
            const [from, to] = cell.style.gridColumn.split('/').map((part) => Number(part.trim()));
            for (let column = from!; column < (to ?? from! + 1); column++) held.add(column);
          }
          return heads.filter((_, index) => !held.has(index + 1)).map((head) => head.textContent ?? '');
        }),
      );
      expect(empty, `${path}: columns without items`).toEqual([]);
    });
  }
});

/** Timelines of each layout: cards (TensorFlow), a dated axis with buckets (APL), a long dated axis (Kubeflow). */
const SCROLLED = ['/roadmap/tensorflow', REPRESENTATIVE.timeline, '/projects/kubeflow', REPRESENTATIVE.zhTimeline];

for (const path of SCROLLED) {
  test(`scrolling ${path} top to bottom shifts no layout (CLS < 0.05)`, async ({page}) => {
    test.setTimeout(60_000 + 4 * BUDGET_PER_PAGE_MS);
    await page.goto(path);
    await waitForHydration(page);
    // Let the after-hydration updates (today marker, URL filters) land before measuring.
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const w = window as unknown as {__cls: number; __shifts: string[]};
      w.__cls = 0;
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean; sources?: {node?: Node}[]}[]) {
          if (entry.hadRecentInput) continue;
          w.__cls += entry.value;
          w.__shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as HTMLElement | undefined)?.getAttribute?.('data-testid') ?? s.node?.nodeName).join(',')}`);
        }
      }).observe({type: 'layout-shift', buffered: false});
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const viewport = page.viewportSize()!.height;
    for (let y = 0; y <= height; y += Math.round(viewport * 0.6)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
    const {cls, shifts} = await page.evaluate(() => {
      const w = window as unknown as {__cls: number; __shifts: string[]};
      return {cls: w.__cls, shifts: w.__shifts};
    });
    expect(cls, `layout shifts while scrolling ${path}: ${shifts.join('; ')}`).toBeLessThan(0.05);
  });
}

test('the site build prints no broken-link or broken-anchor warning', () => {
  test.skip(!fs.existsSync(BUILD_LOG), `no build log at ${BUILD_LOG} (the webServer writes it when it builds the site)`);
  const log = fs.readFileSync(BUILD_LOG, 'utf8');
  expect(log).toContain('[SUCCESS]');
  const warnings = log.split('\n').filter((line) => /broken (anchors?|links?)/i.test(line));
  expect(warnings, 'broken-link or broken-anchor warnings in the site build').toEqual([]);
});
