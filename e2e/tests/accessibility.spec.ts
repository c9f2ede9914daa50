/**
 * axe-core finds no serious or critical violation on any page type. Light mode
 * runs every rule; dark mode only changes colours, so it runs the contrast
 * rule alone (a full second pass would double the suite's slowest tests).
 */
import {expect, test} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {REPRESENTATIVE} from '../support/routes.js';
import {COLOR_MODES} from '../support/colorMode.js';
import {waitForHydration} from '../support/hydration.js';

const PAGES = {
  'roadmap home': REPRESENTATIVE.home,
  timeline: REPRESENTATIVE.timeline,
  'feature matrix': REPRESENTATIVE.matrix,
  'cross-roadmap comparison': REPRESENTATIVE.comparison,
  'MDX embeds': REPRESENTATIVE.embed,
  'zh-Hans timeline': REPRESENTATIVE.zhTimeline,
};

for (const mode of COLOR_MODES) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`axe: ${kind} (${path}) in ${mode} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme: mode});
      await page.goto(path);
      await waitForHydration(page, 'main');
      const axe = new AxeBuilder({page});
      if (mode === 'dark') axe.withRules(['color-contrast']);
      const results = await axe.analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.length,
          examples: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
        }));
      expect(serious).toEqual([]);
    });
  }
}
