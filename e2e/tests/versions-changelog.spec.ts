/**
 * The change log of each versioned instance (`<base>/changes`): every
 * version with one step per adjacent pair, the feeds (linked, announced in
 * the head, served, well-formed, one entry per step), and the picker that
 * compares any two versions in the browser from only those two versions' data.
 */
import {expect, test, type Page} from '@playwright/test';
import {watchPage} from '../support/watch.js';
import {waitForHydration} from '../support/hydration.js';
import {
  CURRENT,
  INSTANCES,
  SITE_URL,
  adjacentPairs,
  changeCounts,
  changeRows,
  comparePath,
  instance,
  labelOf,
  olderAgainstLast,
  siteFile,
  versionsOf,
  watchDocumentChunks,
  type VersionedInstance,
} from './versions-helpers.js';

const FEEDS = [
  {file: 'rss.xml', type: 'application/rss+xml', link: 'RSS'},
  {file: 'atom.xml', type: 'application/atom+xml', link: 'Atom'},
  {file: 'feed.json', type: 'application/feed+json', link: 'JSON Feed'},
] as const;

function versionPath(inst: VersionedInstance, version: string): string {
  return version === CURRENT ? inst.base : `${inst.base}/${version}`;
}

/** Entry links of a feed, as paths; parsed by the browser's XML parser, which reports any error. */
async function feedEntryPaths(page: Page, file: string, text: string): Promise<string[]> {
  if (file.endsWith('.json')) {
    const feed = JSON.parse(text) as {version: string; items: {url?: string; id: string}[]};
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    return feed.items.map((item) => new URL(item.url ?? '', SITE_URL).pathname);
  }
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement.localName;
    const entries = [...doc.querySelectorAll(root === 'rss' ? 'channel > item' : 'feed > entry')];
    const links = entries.map((entry) =>
      root === 'rss' ? entry.querySelector('link')?.textContent ?? '' : entry.querySelector('link:not([rel]), link[rel="alternate"]')?.getAttribute('href') ?? '',
    );
    return {error, root, links};
  }, text);
  expect(parsed.error, `${file} is well-formed XML`).toBeNull();
  expect(parsed.root).toBe(file === 'rss.xml' ? 'rss' : 'feed');
  return parsed.links.map((link) => new URL(link, SITE_URL).pathname);
}

for (const inst of INSTANCES) {
  test(`${inst.base}/changes lists every version, one step per adjacent pair, and serves its feeds`, async ({page, request}) => {
    const versions = versionsOf(inst);
    const steps = adjacentPairs(inst).map(({from, to}) => comparePath(inst, from, to));
    const watch = watchPage(page);
    await page.goto(`${inst.base}/changes`);
    const main = page.getByTestId('roadmap-changelog-page');
    await expect(main).toBeVisible();

    const entries = main.getByTestId('roadmap-changelog-version');
    expect(await entries.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-version')))).toEqual(versions);
    for (const [index, version] of versions.entries()) {
      const heading = entries.nth(index).getByRole('heading').getByRole('link', {name: labelOf(inst, version), exact: true});
      await expect(heading, version).toHaveAttribute('href', versionPath(inst, version));
    }
    expect(await main.getByTestId('roadmap-changelog-step').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(steps);
    // The oldest version has no step of its own: it is the first one.
    await expect(entries.last().getByTestId('roadmap-changelog-step')).toHaveCount(0);

    const feedLinks = main.getByTestId('roadmap-feeds');
    for (const feed of FEEDS) {
      const href = `${inst.base}/changes/${feed.file}`;
      await expect(feedLinks.getByRole('link', {name: feed.link, exact: true}), feed.file).toHaveAttribute('href', href);
      await expect(page.locator(`head link[rel="alternate"][type="${feed.type}"][href="${href}"]`).first(), `<link rel=alternate> for ${feed.file}`).toBeAttached();

      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'] ?? '', href).toContain(feed.file.endsWith('.json') ? 'json' : 'xml');
      const entryPaths = await feedEntryPaths(page, feed.file, await response.text());
      expect(entryPaths, `${href}: one entry per step, linking its compare page`).toEqual(steps);
    }
    for (const step of steps) expect((await request.get(step)).status(), step).toBe(200);
    await watch.settled();
    expect(watch.problems()).toEqual([]);
  });
}

test('the change log page announces each of its feeds once in the head', async ({page}) => {
  const inst = instance('qdrant');
  await page.goto(`${inst.base}/changes`);
  for (const feed of FEEDS) {
    const href = `${inst.base}/changes/${feed.file}`;
    await expect(page.locator(`head link[rel="alternate"][href="${href}"]`), href).toHaveCount(1);
  }
});

test.describe('the any-two-versions picker on /tensorflow/changes', () => {
  const tensorflow = instance('tensorflow');
  const edward = 'Edward 2.0: High-level API for probabilistic programming';

  test('compares two non-adjacent versions from only their data, by mouse and keyboard, and keeps the pair in the URL', async ({page}) => {
    // A fact from the files: Edward 2.0 is planned in Feb 2018 and gone by Sep 2018.
    expect(siteFile('tensorflow_versioned_roadmap/version-2018-02/roadmap.md')).toContain(edward);
    expect(siteFile('tensorflow_versioned_roadmap/version-2018-09/roadmap.md')).not.toContain('Edward');

    const watch = watchPage(page);
    const chunks = watchDocumentChunks(page);
    await page.goto(`${tensorflow.base}/changes`);
    const picker = page.getByTestId('roadmap-version-picker');
    await waitForHydration(page, '[data-testid="roadmap-version-from"]');
    await expect(picker.getByTestId('roadmap-version-from')).toBeEnabled();
    await watch.settled();
    expect(await chunks.since(0), 'roadmap documents downloaded with the change log').toEqual([]);

    // Mouse: Feb 2018 → Sep 2018 (Apr 2018 lies between them, and no page is precomputed for this pair).
    await picker.getByLabel('Older version').selectOption('2018-02');
    await picker.getByLabel('Newer version').selectOption('2018-09');
    let mark = chunks.mark();
    await picker.getByTestId('roadmap-version-compare').click();
    await expect(page).toHaveURL(/\/tensorflow\/changes\?from=2018-02&to=2018-09$/);
    const result = picker.getByTestId('roadmap-version-changes');
    await expect(result).toHaveAttribute('data-from', '2018-02');
    await expect(result).toHaveAttribute('data-to', '2018-09');
    await watch.settled();
    expect(await chunks.since(mark), 'documents downloaded for the comparison').toEqual(['tensorflow/2018-02', 'tensorflow/2018-09']);
    const dropped = (await changeRows(result)).filter((row) => row.title === edward).map((row) => row.kind);
    expect(dropped).toEqual(['dropped']);

    // Keyboard: from the older version's list, Tab to the swap button, the newer version's list (one up: Jun 2019), Compare.
    await picker.getByLabel('Older version').focus();
    await page.keyboard.press('Tab');
    await expect(picker.getByRole('button', {name: 'Swap the two versions'})).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(picker.getByLabel('Newer version')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(picker.getByLabel('Newer version')).toHaveValue(CURRENT);
    await page.keyboard.press('Tab');
    await expect(picker.getByTestId('roadmap-version-compare')).toBeFocused();
    mark = chunks.mark();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?from=2018-02&to=current$/);
    await expect(result).toHaveAttribute('data-to', CURRENT);
    await watch.settled();
    // Feb 2018 is loaded already: only Jun 2019 is new.
    expect(await chunks.since(mark)).toEqual(['tensorflow/current']);
    const computed = await changeCounts(result.getByTestId('roadmap-change-counts').first());
    // The build compared this pair too: the browser's comparison must say the same.
    const ownPage = comparePath(tensorflow, '2018-02', CURRENT);
    await expect(picker.getByRole('link', {name: 'This comparison also has its own page'})).toHaveAttribute('href', ownPage);

    // A reload with the query restores the pair and the comparison. First let the prefetch of the link
    // above finish (Docusaurus prefetches a link's page once it shows, after an idle moment): a reload
    // would abort it, and an aborted request counts as a problem.
    await watch.settled(1000);
    await page.reload();
    await waitForHydration(page, '[data-testid="roadmap-version-from"]');
    await expect(picker.getByLabel('Older version')).toHaveValue('2018-02');
    await expect(picker.getByLabel('Newer version')).toHaveValue(CURRENT);
    await expect(result).toHaveAttribute('data-from', '2018-02');
    expect(await changeCounts(result.getByTestId('roadmap-change-counts').first())).toEqual(computed);
    await watch.settled();
    expect(watch.problems()).toEqual([]);

    await page.goto(ownPage);
    const precomputed = await changeCounts(page.getByTestId('roadmap-version-changes').getByTestId('roadmap-change-counts').first());
    expect(computed).toEqual(precomputed);
  });

  test('picking the same version twice disables Compare and says why', async ({page}) => {
    await page.goto(`${tensorflow.base}/changes`);
    await waitForHydration(page, '[data-testid="roadmap-version-from"]');
    const picker = page.getByTestId('roadmap-version-picker');
    await picker.getByLabel('Older version').selectOption('2018-04');
    await picker.getByLabel('Newer version').selectOption('2018-04');
    await expect(picker.getByTestId('roadmap-version-compare')).toBeDisabled();
    await expect(picker.getByRole('status')).toHaveText('Pick two different versions.');
  });
});

for (const inst of INSTANCES) {
  test(`${inst.base}/changes: each step's counts, slips and finished items are its compare page's`, async ({page}) => {
    await page.goto(`${inst.base}/changes`);
    await expect(page.getByTestId('roadmap-changelog-page')).toBeVisible();
    // Each step link with the counts shown beside it, in its version's entry.
    const rows = await page.getByTestId('roadmap-changelog-step').evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href')!,
        counts: (link.closest('[data-testid="roadmap-changelog-version"]')!.querySelector('[data-testid="roadmap-change-counts"]') as HTMLElement).innerText,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      await page.goto(row.href);
      const counts = page.getByTestId('roadmap-version-changes').getByTestId('roadmap-change-counts').first();
      expect(await counts.innerText(), row.href).toBe(row.counts);
    }
  });
}

test('mindspore: an older version without a compare page of its own is compared with the latest by the picker', async ({page}) => {
  const mindspore = instance('mindspore');
  const {withPage, inBrowser} = olderAgainstLast(mindspore);
  expect([withPage, inBrowser], 'latestComparePages: 1 in the example site').toEqual([['r0.7'], ['r0.6']]);
  const watch = watchPage(page);
  await page.goto(`${mindspore.base}/changes`);
  await waitForHydration(page, '[data-testid="roadmap-version-from"]');
  const latestLink = (version: string) => page.locator(`[data-testid="roadmap-changelog-version"][data-version="${version}"]`).getByTestId('roadmap-changelog-latest');
  await expect(latestLink('r0.7')).toHaveAttribute('href', comparePath(mindspore, 'r0.7', CURRENT));
  const link = latestLink('r0.6');
  await expect(link).toHaveAttribute('href', `${mindspore.base}/changes?from=r0.6&to=${CURRENT}#roadmark-picker`);
  const total = Number(/\d+/.exec((await link.locator('xpath=..').innerText()).split('(').pop()!)?.[0]);
  expect(total).toBeGreaterThan(0);
  expect((await page.request.get(comparePath(mindspore, 'r0.6', CURRENT))).status(), 'no page built for r0.6 → r1.5').toBe(404);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?from=r0\\.6&to=${CURRENT}#roadmark-picker$`));
  const result = page.getByTestId('roadmap-version-picker').getByTestId('roadmap-version-changes');
  await expect(result).toHaveAttribute('data-from', 'r0.6');
  await expect(result).toHaveAttribute('data-to', CURRENT);
  const counts = await changeCounts(result.getByTestId('roadmap-change-counts').first());
  const sum = Object.entries(counts).filter(([kind]) => !['done', 'slipped', 'pulledIn'].includes(kind)).reduce((n, [, v]) => n + v, 0);
  expect(sum, 'the picker finds as many changes as the change log announced').toBe(total);
  await watch.settled();
  expect(watch.problems()).toEqual([]);
});
