/**
 * Every page the versions feature adds (each instance's change log, compare
 * pages, history page, and the home, timeline and matrix of each older
 * version; the zh-Hans MindSpore ones too) loads with status 200, no console
 * error, no uncaught exception, no failed request, and no serious or critical
 * axe violation, in light and dark mode.
 */
import {expect, test} from '@playwright/test';
import {watchPage} from '../support/watch.js';
import {waitForHydration} from '../support/hydration.js';
import {COLOR_MODES, currentColorMode, useColorMode} from '../support/colorMode.js';
import {
  CURRENT,
  INSTANCES,
  comparePaths,
  historyPath,
  instance,
  oldVersionPaths,
  seriousAxeViolations,
  versionsOf,
  type VersionedInstance,
} from './versions-helpers.js';

function versionPages(inst: VersionedInstance, locale = ''): string[] {
  const paths = [
    `${inst.base}/changes`,
    ...comparePaths(inst),
    historyPath(inst),
    ...versionsOf(inst)
      .filter((version) => version !== CURRENT)
      .flatMap((version) => oldVersionPaths(inst, version)),
  ];
  return paths.map((path) => `${locale}${path}`);
}

const PAGES: readonly string[] = [...INSTANCES.flatMap((inst) => versionPages(inst)), ...versionPages(instance('mindspore'), '/zh-Hans')];

// One test per page, both modes in it: axe over a big timeline takes seconds, and the pages spread over the workers.
for (const path of PAGES) {
  test(`${path} is clean and passes axe in light and dark mode`, async ({context}) => {
    test.setTimeout(90_000);
    for (const mode of COLOR_MODES) {
      await test.step(mode, async () => {
        // A fresh page per mode: requests still running when the first page navigates away would be reported as failed.
        const page = await context.newPage();
        const watch = watchPage(page);
        await useColorMode(page, mode);
        const response = await page.goto(path);
        expect.soft(response?.status(), `${path} status`).toBe(200);
        await waitForHydration(page, 'main');
        await watch.settled();
        expect.soft(await currentColorMode(page), `${path} color mode`).toBe(mode);
        expect.soft(watch.problems(), `${path} problems in ${mode} mode`).toEqual([]);
        expect.soft(await seriousAxeViolations(page, mode), `${path} axe in ${mode} mode`).toEqual([]);
        await page.close();
      });
    }
  });
}
