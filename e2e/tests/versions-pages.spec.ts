/**
 * The pages of versions other than the last: the banner that links the same
 * roadmap in the latest version, the items of that version's own file (and
 * source links into it), the zh-Hans translation of an old MindSpore
 * version, and the navbar version dropdown when the site configures one.
 */
import {expect, test, type Page} from '@playwright/test';
import {watchPage} from '../support/watch.js';
import {
  adjacentPairs,
  comparePath,
  CURRENT,
  INSTANCES,
  instance,
  labelOf,
  plainBullets,
  siteFile,
  stripLinks,
  versionsOf,
  type VersionedInstance,
} from './versions-helpers.js';

const HAN = /[\u4e00-\u9fff]/;

/** A title as the page shows it matches the written one; long titles are cut with "…". */
function shows(shown: string, written: string): boolean {
  return shown === written || (shown.endsWith('…') && written.startsWith(shown.slice(0, -1)));
}

function missing(shown: readonly string[], written: readonly string[]): string[] {
  return written.filter((title) => !shown.some((s) => shows(s, title)));
}

/** Item titles of a timeline, as their permalinks name them ("Permalink to “…”"). */
async function itemTitles(page: Page): Promise<string[]> {
  const labels = await page.getByTestId('roadmap-item-permalink').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
  return labels.map((label) => /“(.*)”/.exec(label)?.[1] ?? label);
}

function timelinePath(inst: VersionedInstance, version: string, locale = ''): string {
  return version === CURRENT ? `${locale}${inst.base}/${inst.slug}` : `${locale}${inst.base}/${version}/${inst.slug}`;
}

test('/tensorflow/2018-02/roadmap: the unmaintained banner links the same roadmap in the latest version', async ({page}) => {
  const tensorflow = instance('tensorflow');
  const watch = watchPage(page);
  await page.goto(timelinePath(tensorflow, '2018-02'));
  const banner = page.getByTestId('roadmap-version-banner');
  await expect(banner).toHaveAttribute('data-banner', 'unmaintained');
  await expect(banner).toContainText(labelOf(tensorflow, '2018-02'));
  const latest = banner.getByTestId('roadmap-version-latest');
  await expect(latest).toHaveAttribute('href', timelinePath(tensorflow, CURRENT));
  await expect(latest).toContainText(labelOf(tensorflow, CURRENT));
  await latest.click();
  await expect(page).toHaveURL(new RegExp(`${timelinePath(tensorflow, CURRENT)}$`));
  await expect(page.getByTestId('roadmap-timeline')).toBeVisible();
  await expect(page.getByTestId('roadmap-version-banner')).toHaveCount(0);
  await watch.settled();
  expect(watch.problems()).toEqual([]);
});

test('/tensorflow/2018-02/roadmap shows the items of the Feb 2018 file, with source links into that file', async ({page}) => {
  const tensorflow = instance('tensorflow');
  const file = 'tensorflow_versioned_roadmap/version-2018-02/roadmap.md';
  const old = siteFile(file);
  const current = siteFile('tensorflow/roadmap.md');
  const onlyOld = plainBullets(old).filter((title) => !current.includes(title));
  expect(onlyOld.length, 'one-line items of the Feb 2018 file that the current file lacks').toBeGreaterThan(2);

  await page.goto(timelinePath(tensorflow, '2018-02'));
  const titles = await itemTitles(page);
  expect(missing(titles, onlyOld), 'Feb 2018 items missing from its timeline').toEqual([]);

  // Each item's source link points at its line in the 2018-02 file.
  const lines = old.split('\n').map(stripLinks);
  const sources = await page.getByTestId('roadmap-item').evaluateAll((items) =>
    items
      .map((item) => ({
        title: /“(.*)”/.exec(item.querySelector('[data-testid="roadmap-item-permalink"]')?.getAttribute('aria-label') ?? '')?.[1] ?? '',
        href: [...item.querySelectorAll('[data-testid="roadmap-item-source"]')].find((a) => a.closest('[data-testid="roadmap-item"]') === item)?.getAttribute('href') ?? '',
      }))
      .filter((source) => source.href !== ''),
  );
  expect(sources.length).toBe(titles.length);
  const wrong = sources.filter(({title, href}) => {
    const match = /\/example-site\/tensorflow_versioned_roadmap\/version-2018-02\/roadmap\.md#L(\d+)$/.exec(href);
    return !match || !lines[Number(match[1]) - 1]!.includes(title.slice(0, 8));
  });
  expect(wrong, 'source links that miss the item in the 2018-02 file').toEqual([]);

  await page.goto(timelinePath(tensorflow, CURRENT));
  const currentTitles = await itemTitles(page);
  expect(onlyOld.filter((title) => currentTitles.some((shown) => shows(shown, title))), 'Feb 2018 items on the current timeline').toEqual([]);
});

test('every old version: its timeline and home carry the banner linking the latest version; the current timeline has none', async ({page}) => {
  for (const inst of INSTANCES) {
    const [, ...old] = versionsOf(inst);
    for (const version of old) {
      await test.step(`${inst.base} ${version}`, async () => {
        await page.goto(timelinePath(inst, version));
        const banner = page.getByTestId('roadmap-version-banner');
        await expect.soft(banner, timelinePath(inst, version)).toHaveAttribute('data-banner', 'unmaintained');
        await expect.soft(banner.getByTestId('roadmap-version-latest')).toHaveAttribute('href', timelinePath(inst, CURRENT));
        await page.goto(`${inst.base}/${version}`);
        await expect.soft(page.getByTestId('roadmap-version-banner').getByTestId('roadmap-version-latest'), `${inst.base}/${version}`).toHaveAttribute('href', inst.base);
      });
    }
    await page.goto(timelinePath(inst, CURRENT));
    await expect.soft(page.getByTestId('roadmap-timeline'), inst.base).toBeVisible();
    await expect.soft(page.getByTestId('roadmap-version-banner'), timelinePath(inst, CURRENT)).toHaveCount(0);
  }
});

test('a roadmap file named roadmap.md gets a title that does not repeat its name ("roadmap Roadmap")', async ({page}) => {
  for (const inst of INSTANCES.filter((i) => i.slug === 'roadmap')) {
    await page.goto(timelinePath(inst, CURRENT));
    const heading = ((await page.locator('main h1').first().textContent()) ?? '').trim();
    expect.soft(heading, `${timelinePath(inst, CURRENT)} h1`).not.toBe('');
    expect.soft(heading, `${timelinePath(inst, CURRENT)} h1`).not.toMatch(/\b(\w+)\s+\1\b/i);
  }
});

test('/zh-Hans/mindspore/r0.7/roadmap shows the Chinese translation of version r0.7', async ({page}) => {
  const mindspore = instance('mindspore');
  // r0.7 has no `path` option: its URL segment is its name.
  expect(versionsOf(mindspore)).toContain('r0.7');
  const chinese = plainBullets(siteFile('i18n/zh-Hans/docusaurus-plugin-roadmark-mindspore/version-r0.7/roadmap.md'));
  const english = plainBullets(siteFile('mindspore_versioned_roadmap/version-r0.7/roadmap.md'));
  expect(chinese.filter((title) => HAN.test(title)).length).toBeGreaterThan(5);
  expect(english.length).toBeGreaterThan(5);

  const watch = watchPage(page);
  const path = timelinePath(mindspore, 'r0.7', '/zh-Hans');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const titles = await itemTitles(page);
  expect(missing(titles, chinese), 'Chinese r0.7 items missing').toEqual([]);
  expect(english.filter((title) => titles.some((shown) => shows(shown, title))), 'English r0.7 items on the zh-Hans page').toEqual([]);
  const banner = page.getByTestId('roadmap-version-banner');
  await expect(banner).toHaveAttribute('data-banner', 'unmaintained');
  await expect(banner.getByTestId('roadmap-version-latest')).toHaveAttribute('href', timelinePath(mindspore, CURRENT, '/zh-Hans'));
  await watch.settled();
  expect(watch.problems()).toEqual([]);
});

/** Each change row of a comparison as "kind item-id": the same in every locale when only the page language differs. */
async function changeKeys(page: Page, scope = page.getByTestId('roadmap-version-changes').first()): Promise<string[]> {
  return scope.getByTestId('roadmap-change').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-kind')} ${row.getAttribute('data-item-id')}`));
}

// MindSpore and TensorFlow are translated into zh-Hans in some versions only: a comparison reads the untranslated files.
test('zh-Hans comparisons of partly translated roadmaps list the same changes as the English ones', async ({page}) => {
  // Console and request problems on these pages: versions-clean.spec.ts.
  let compared = 0;
  for (const id of ['mindspore', 'tensorflow']) {
    const inst = instance(id);
    for (const {from, to} of adjacentPairs(inst)) {
      await page.goto(comparePath(inst, from, to));
      const english = await changeKeys(page);
      compared += english.length;
      await page.goto(`/zh-Hans${comparePath(inst, from, to)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      expect(await changeKeys(page), `zh-Hans ${id} ${from} → ${to}`).toEqual(english);
    }
  }
  expect(compared, 'changes compared').toBeGreaterThan(20);
  // A pair the picker compares in the browser, from the two versions' page data.
  const tensorflow = instance('tensorflow');
  const picked = async (locale: string) => {
    await page.goto(`${locale}${tensorflow.base}/changes?from=2018-02&to=2018-09`);
    const result = page.getByTestId('roadmap-version-picker').getByTestId('roadmap-version-changes');
    await expect(result).toHaveAttribute('data-from', '2018-02');
    await expect(result.getByTestId('roadmap-change').first()).toBeVisible();
    return changeKeys(page, result);
  };
  expect(await picked('/zh-Hans')).toEqual(await picked(''));
});

test('the navbar version dropdown switches version and keeps the roadmap', async ({page}) => {
  const config = siteFile('docusaurus.config.ts');
  const item = /\{[^{}]*type:\s*['"]custom-roadmapVersionDropdown['"][^{}]*\}/.exec(config)?.[0];
  test.skip(!item, 'example-site/docusaurus.config.ts has no custom-roadmapVersionDropdown navbar item');
  const pluginId = /roadmapPluginId:\s*['"]([^'"]+)['"]/.exec(item!)?.[1] ?? 'default';
  const inst = INSTANCES.find((i) => i.id === pluginId);
  test.skip(!inst, `the dropdown is for instance "${pluginId}", which has no versions here`);
  const versions = versionsOf(inst!);
  const oldest = versions[versions.length - 1]!;
  const other = versions[1]!;

  await page.goto(timelinePath(inst!, oldest));
  const dropdown = page.locator('.navbar__item.dropdown').filter({has: page.locator('[data-version]')});
  await expect(dropdown).toHaveCount(1);
  await expect(dropdown.locator('.navbar__link').first()).toContainText(labelOf(inst!, oldest));
  for (const target of [other, CURRENT]) {
    await dropdown.hover();
    await dropdown.locator(`[data-version="${target}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${timelinePath(inst!, target)}$`));
    await expect(page.getByTestId('roadmap-timeline')).toBeVisible();
  }
});
