import {test, describe, mock} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pluginRoadmark from '../index.js';
import {lastVersionOf, type LoadedContent} from '../load/types.js';
import type {
  RoadmapChangeLogData,
  RoadmapComparePageData,
  RoadmapDocumentData,
  RoadmapGlobalData,
  RoadmapHistoryPageData,
  RoadmapHomeData,
} from '../shared/types.js';
import {snapshotVersion} from '../load/versions/snapshot.js';
import {historiesRegistrySource} from '../pages/embeds.js';
import {historyDataName} from '../pages/permalinks.js';
import {fakeContext, fixtures, normalize, runPlugin} from './helpers.js';

/** Most cases here read the docs-style layout, the newest snapshot at the root: lastVersion "1.0" unless given. */
async function load(options: Parameters<typeof normalize>[0] = {}, locale = 'en', site = 'versioned-site') {
  const context = fakeContext(site, locale);
  const run = await runPlugin(context, site === 'versioned-site' && !('lastVersion' in options) ? {lastVersion: '1.0', ...options} : options);
  const {data: written} = run;
  const json = <T>(prefix: string, pick: (value: T) => boolean = () => true): T[] =>
    Object.entries(written)
      .filter(([name]) => name.startsWith(prefix))
      .map(([, text]) => JSON.parse(text) as T)
      .filter(pick);
  return {context, json, ...run};
}

describe('versions from versioned_roadmap/', () => {
  test('by default the working file is the last version, served at the root; snapshots get their own paths', async () => {
    const {content} = await runPlugin(fakeContext('versioned-site', 'en'), {});
    assert.deepEqual(
      content.versions.map((v) => [v.metadata.name, v.metadata.label, v.metadata.path, v.metadata.isLast, v.metadata.banner]),
      [
        ['current', 'Current', '/roadmap', true, 'none'],
        ['1.0', '1.0', '/roadmap/1.0', false, 'unmaintained'],
        ['0.9', '0.9', '/roadmap/0.9', false, 'unmaintained'],
      ],
    );
  });

  test('with lastVersion set to the newest snapshot, the working folder is "next"', async () => {
    const {content} = await load();
    assert.deepEqual(
      content.versions.map((v) => [v.metadata.name, v.metadata.label, v.metadata.path, v.metadata.isLast, v.metadata.banner, v.metadata.date]),
      [
        ['current', 'Next', '/roadmap/next', false, 'unreleased', '2024-07-01'],
        ['1.0', '1.0', '/roadmap', true, 'none', '2024-04-02'],
        ['0.9', '0.9', '/roadmap/0.9', false, 'unmaintained', '2024-01-10'],
      ],
    );
  });

  test('every version gets its pages; the instance gets a change log, compare pages and a history page', async () => {
    const {routes} = await load();
    assert.deepEqual(routes.map((r) => [r.path, r.component]).sort(), [
      ['/roadmap', '@theme/RoadmapHomePage'],
      ['/roadmap/0.9', '@theme/RoadmapHomePage'],
      ['/roadmap/0.9/roadmap', '@theme/RoadmapTimelinePage'],
      ['/roadmap/0.9/roadmap/matrix', '@theme/RoadmapMatrixPage'],
      ['/roadmap/changes', '@theme/RoadmapChangeLogPage'],
      ['/roadmap/changes/0.9/1.0', '@theme/RoadmapVersionComparePage'],
      ['/roadmap/changes/1.0/next', '@theme/RoadmapVersionComparePage'],
      ['/roadmap/next', '@theme/RoadmapHomePage'],
      ['/roadmap/next/roadmap', '@theme/RoadmapTimelinePage'],
      ['/roadmap/next/roadmap/matrix', '@theme/RoadmapMatrixPage'],
      ['/roadmap/roadmap', '@theme/RoadmapTimelinePage'],
      ['/roadmap/roadmap/history', '@theme/RoadmapHistoryPage'],
      ['/roadmap/roadmap/matrix', '@theme/RoadmapMatrixPage'],
    ]);
    // `history` would collide with react-router's own prop of that name.
    assert.deepEqual(Object.keys(routes.find((r) => r.path === '/roadmap/roadmap/history')!.modules!), ['roadmapHistory']);
  });

  test('adjacent pairs and each version against the last, never twice', async () => {
    const {routes} = await load({lastVersion: 'current'});
    const compares = routes.filter((r) => r.component === '@theme/RoadmapVersionComparePage').map((r) => r.path).sort();
    assert.deepEqual(compares, ['/roadmap/changes/0.9/1.0', '/roadmap/changes/0.9/current', '/roadmap/changes/1.0/current'].map((p) => p.replace('/current', '/next')));
  });

  test('a compare page reports the real changes between two snapshots', async () => {
    const {json} = await load();
    const [page] = json<RoadmapComparePageData>('compare-', (d) => d.comparison.from.name === '0.9' && d.comparison.to.name === '1.0');
    const changes = page!.comparison.roadmaps[0]!.changes;
    const summary = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.after?.title ?? c.before?.title).sort();
    assert.deepEqual(summary('status'), ['Faster startup']);
    assert.equal(changes.find((c) => c.kind === 'status')!.done, true);
    assert.deepEqual(summary('rescheduled'), ['Streaming parser']);
    assert.equal(changes.find((c) => c.kind === 'rescheduled')!.delta?.label, '+2 quarters');
    assert.deepEqual(summary('retitled'), ['Interactive tutorial']);
    assert.equal(page!.comparison.summary.total, changes.length);
  });

  test('the change log lists steps newest first with feeds and history links', async () => {
    const {json} = await load();
    const [log] = json<RoadmapChangeLogData>('changelog');
    assert.deepEqual(log!.steps.map((s) => `${s.from.name}→${s.to.name}`), ['1.0→current', '0.9→1.0']);
    assert.deepEqual(log!.againstLatest, []);
    assert.equal(log!.feeds.rss, '/roadmap/changes/rss.xml');
    assert.deepEqual(log!.roadmaps, [{slug: 'roadmap', title: 'Acme roadmap', history: '/roadmap/roadmap/history'}]);
    assert.equal(log!.comparePermalinks['0.9/1.0'], '/roadmap/changes/0.9/1.0');
    // Which way rescheduled items moved and how many finished, counted from the compare pages' changes.
    const compares = json<RoadmapComparePageData>('compare-');
    for (const step of log!.steps) {
      const page = compares.find((c) => c.comparison.from.name === step.from.name && c.comparison.to.name === step.to.name)!;
      const changes = page.comparison.roadmaps.flatMap((set) => set.changes);
      assert.deepEqual(step.moves, {
        slipped: changes.filter((c) => c.kind === 'rescheduled' && c.move === 'slipped').length,
        pulledIn: changes.filter((c) => c.kind === 'rescheduled' && c.move === 'pulled-in').length,
        done: changes.filter((c) => c.kind === 'status' && c.done === true).length,
      });
    }
    // Newest first. 1.0 → current: "Smaller bundles" ticked; 0.9 → 1.0: "Faster startup" ticked and 2024 Q2 became 2024 Q4.
    assert.deepEqual(log!.steps.map((s) => s.moves), [{slipped: 0, pulledIn: 0, done: 1}, {slipped: 1, pulledIn: 0, done: 1}]);
  });

  test('the history page follows each item across versions', async () => {
    const {json} = await load();
    const [page] = json<RoadmapHistoryPageData>('history-');
    assert.deepEqual(page!.versions.map((v) => v.name), ['0.9', '1.0', 'current']);
    const streaming = page!.history.lineages.find((l) => l.title === 'Streaming parser')!;
    assert.ok(streaming.events.some((e) => e.kind === 'rescheduled' && e.version === 1));
    const bundles = page!.history.lineages.find((l) => l.title === 'Smaller bundles')!;
    assert.ok(bundles.events.some((e) => e.kind === 'status' && e.version === 2));
    assert.equal(page!.slips.totals.reschedules, 1);
    assert.equal(page!.slips.totals.slips, 1);
    assert.equal(page!.slips.totals.totalSlipQuarters, 2);
  });

  test("the histories registry loads each roadmap's history page data on demand, only for versioned instances", async () => {
    const {content, data, options} = await load();
    const source = historiesRegistrySource({[options.id]: content});
    // The very file the history page's route loads, behind a dynamic import (its own chunk).
    const name = historyDataName('roadmap');
    assert.ok(name in data, `the plan writes ${name}`);
    assert.ok(source.includes(`"roadmap": () => import("./${options.id}/${name}")`), source);
    assert.ok(!/^import /m.test(source), 'no static import: the histories stay out of the page bundle');
    const unversioned = await load({}, 'en', 'simple-site');
    assert.doesNotMatch(historiesRegistrySource({[unversioned.options.id]: unversioned.content}), /import\(/);
  });

  test('pages know their version: banner, link to the latest, history link', async () => {
    const {json, routes} = await load();
    const old = json<RoadmapDocumentData>('roadmap-', (d) => d.versionContext?.version.name === '0.9')[0]!;
    assert.equal(old.permalinks.timeline, '/roadmap/0.9/roadmap');
    assert.equal(old.permalinks.history, '/roadmap/roadmap/history');
    assert.equal(old.versionContext!.latestPermalink, '/roadmap/roadmap');
    assert.equal(old.versionContext!.version.banner, 'unmaintained');
    const home = (routes.find((r) => r.path === '/roadmap/next')!.props as {home: RoadmapHomeData}).home;
    assert.equal(home.versionContext!.version.banner, 'unreleased');
    assert.equal(home.changesPermalink, '/roadmap/changes');
  });

  test('global data lists versions with their roadmaps, small', async () => {
    const {getGlobalData} = await load();
    const global = getGlobalData() as RoadmapGlobalData;
    assert.equal(global.lastVersion, '1.0');
    assert.deepEqual(global.versions.map((v) => [v.name, v.roadmaps]), [['current', ['roadmap']], ['1.0', ['roadmap']], ['0.9', ['roadmap']]]);
    assert.equal(global.changesPermalink, '/roadmap/changes');
    assert.ok(JSON.stringify(global).length < 2000);
  });

  test('options: versions labels/paths/banners, onlyIncludeVersions, includeCurrentVersion', async () => {
    const {content, routes} = await load({
      includeCurrentVersion: false,
      versions: {'0.9': {label: 'Old', path: 'old', banner: 'none', noIndex: true}},
    });
    assert.deepEqual(content.versions.map((v) => v.metadata.name), ['1.0', '0.9']);
    const old = content.versions[1]!.metadata;
    assert.deepEqual([old.label, old.path, old.banner, old.noIndex], ['Old', '/roadmap/old', 'none', true]);
    assert.ok(routes.some((r) => r.path === '/roadmap/changes/old/1.0'));
    assert.ok(routes.find((r) => r.path === '/roadmap/old/roadmap')!.metadata!.noIndex);
    const only = await load({onlyIncludeVersions: ['1.0']});
    assert.deepEqual(only.content.versions.map((v) => v.metadata.name), ['1.0']);
    assert.ok(!only.routes.some((r) => r.path.includes('/changes')), 'one version: no change pages');
  });

  test('options naming unknown versions fail with the list of versions', async () => {
    await assert.rejects(load({lastVersion: '2.0'}), /lastVersion" names unknown version "2\.0"\. Available versions: "current", "1\.0", "0\.9"/);
    await assert.rejects(load({versions: {'3.0': {label: 'x'}}}), /"versions" names unknown version "3\.0"/);
    await assert.rejects(load({onlyIncludeVersions: ['0.9'], lastVersion: '1.0'}), /must include the lastVersion "1\.0"/);
  });

  test('a version listed without its folder, or a broken versions file, is a clear error', async () => {
    const site = copySite();
    writeFileSync(path.join(site, 'roadmap_versions.json'), '["2.0", "1.0", "0.9"]');
    await assert.rejects(loadAt(site), /Roadmap version "2\.0" is listed in roadmap_versions\.json but its folder versioned_roadmap\/version-2\.0 does not exist/);
    writeFileSync(path.join(site, 'roadmap_versions.json'), '{"1.0": true}');
    await assert.rejects(loadAt(site), /must hold an array of version names/);
    writeFileSync(path.join(site, 'roadmap_versions.json'), '["1.0", "a/b"]');
    await assert.rejects(loadAt(site), /version name "a\/b" must not contain a slash/);
    rmSync(site, {recursive: true, force: true});
  });

  test('a version is translated from i18n/<locale>/<plugin>/version-<name>/', async () => {
    const {content} = await load({}, 'fr');
    const v1 = content.versions.find((v) => v.metadata.name === '1.0')!;
    assert.equal(v1.files[0]!.title, 'Feuille de route Acme');
    assert.match(v1.files[0]!.siteSource, /i18n\/fr\/docusaurus-plugin-roadmark\/version-1\.0\/roadmap\.md$/);
    const v09 = content.versions.find((v) => v.metadata.name === '0.9')!;
    assert.equal(v09.files[0]!.title, 'Acme roadmap', 'untranslated versions fall back to the original');
  });

  test('a roadmap translated in some versions only is compared through its untranslated files', async () => {
    const en = await load({}, 'en');
    const fr = await load({}, 'fr');
    const v1 = fr.content.versions.find((v) => v.metadata.name === '1.0')!.files[0]!;
    // The page shows the translation, with its source's item ids.
    assert.deepEqual(
      v1.roadmap.items.flatMap((theme) => theme.children.length ? theme.children : [theme]).map((i) => [i.title, i.id]).slice(0, 2),
      [
        ['Démarrage plus rapide', 'faster-startup'],
        ['Paquets plus petits', 'smaller-bundles'],
      ],
    );
    const compared = (run: typeof en) =>
      run.json<RoadmapComparePageData>('compare-').map((page) => [page.comparison.from.name, page.comparison.to.name, page.comparison.summary.total, page.comparison.roadmaps[0]!.changes.map((c) => `${c.kind} ${c.id}`)]);
    assert.deepEqual(compared(fr), compared(en), 'the same changes as the untranslated site, not every item dropped and added');
    const history = (run: typeof en) => run.json<RoadmapHistoryPageData>('history-')[0]!.history.lineages.map((l) => l.key);
    assert.deepEqual(history(fr), history(en));
  });

  test('a translation whose items no longer match its source is not shown: the source is, with a warning', async () => {
    const site = copySite();
    const translation = path.join(site, 'i18n/fr/docusaurus-plugin-roadmark/version-1.0/roadmap.md');
    writeFileSync(translation, `${readFileSync(translation, 'utf8')}- [ ] Une page en plus\n`);
    const warn = mock.method(console, 'warn', () => {});
    try {
      const {content} = await runPlugin(fakeContext(site, 'fr'), {lastVersion: '1.0'});
      const v1 = content.versions.find((v) => v.metadata.name === '1.0')!.files[0]!;
      assert.equal(v1.title, 'Acme roadmap');
      assert.equal(v1.siteSource, 'versioned_roadmap/version-1.0/roadmap.md');
      const lines = warn.mock.calls.map((call) => String(call.arguments.join(' ')).replace(/\x1b\[[0-9;]*m/g, ''));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0]!, /untranslated versioned_roadmap\/version-1\.0\/roadmap\.md in version 1\.0: its translation .* holds 5 items where the file holds 4/);
    } finally {
      warn.mock.restore();
      rmSync(site, {recursive: true, force: true});
    }
  });

  test('watches every version folder and the versions file', async () => {
    const {plugin, context} = await load();
    const watched = plugin.getPathsToWatch!();
    assert.ok(watched.includes(path.join(context.siteDir, 'roadmap_versions.json')));
    assert.ok(watched.includes(path.join(context.siteDir, 'versioned_roadmap', 'version-0.9', '**/*.{md,markdown}')));
  });

  test('same input gives byte-identical data', async () => {
    const first = await load();
    const second = await load();
    assert.deepEqual(Object.keys(first.data).sort(), Object.keys(second.data).sort());
    for (const name of Object.keys(first.data)) assert.equal(first.data[name], second.data[name], name);
  });

  test('postBuild writes RSS, Atom and JSON feeds of the changes; every page links them', async () => {
    const {plugin} = await load();
    const outDir = mkdtempSync(path.join(tmpdir(), 'roadmark-out-'));
    await plugin.postBuild!({outDir} as never);
    const rss = readFileSync(path.join(outDir, 'roadmap/changes/rss.xml'), 'utf8');
    assert.match(rss, /<rss version="2.0"/);
    assert.match(rss, /Streaming parser/);
    assert.match(readFileSync(path.join(outDir, 'roadmap/changes/atom.xml'), 'utf8'), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const json = JSON.parse(readFileSync(path.join(outDir, 'roadmap/changes/feed.json'), 'utf8'));
    assert.equal(json.items.length, 2);
    const tags = plugin.injectHtmlTags!({content: undefined} as never) as {headTags: {attributes: {type: string}}[]};
    assert.deepEqual(tags.headTags.map((t) => t.attributes.type), ['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    rmSync(outDir, {recursive: true, force: true});
  });

  test('an unversioned instance has no version pages, feeds or version context', async () => {
    const {routes, json, plugin} = await load({}, 'en', 'simple-site');
    assert.ok(!routes.some((r) => r.path.includes('/changes') || r.path.endsWith('/history')));
    assert.ok(json<RoadmapDocumentData>('roadmap-').every((d) => d.versionContext === undefined && d.permalinks.history === null));
    assert.deepEqual(plugin.injectHtmlTags!({content: undefined} as never), {});
  });
});

function copySite(): string {
  const site = mkdtempSync(path.join(fixtures, '.tmp-site-'));
  cpSync(path.join(fixtures, 'versioned-site'), site, {recursive: true});
  return site;
}

async function loadAt(siteDir: string, options: Parameters<typeof normalize>[0] = {}) {
  const plugin = await pluginRoadmark(fakeContext(siteDir), normalize(options));
  return plugin.loadContent!();
}

describe('roadmap:snapshot', () => {
  const i18n = {defaultLocale: 'en', locales: ['en', 'fr'], path: 'i18n', currentLocale: 'en', localeConfigs: {}} as never;

  test('freezes the working folder and its translations as a new version', async () => {
    const site = copySite();
    try {
      const fr = path.join(site, 'i18n/fr/docusaurus-plugin-roadmark/current');
      cpSync(path.join(site, 'i18n/fr/docusaurus-plugin-roadmark/version-1.0'), fr, {recursive: true});
      const result = await snapshotVersion({siteDir: site, i18n}, normalize({}), '1.1');
      assert.deepEqual(result.locales, ['fr']);
      assert.deepEqual(JSON.parse(readFileSync(path.join(site, 'roadmap_versions.json'), 'utf8')), ['1.1', '1.0', '0.9']);
      assert.equal(
        readFileSync(path.join(site, 'versioned_roadmap/version-1.1/roadmap.md'), 'utf8'),
        readFileSync(path.join(site, 'roadmap/roadmap.md'), 'utf8'),
      );
      assert.ok(existsSync(path.join(site, 'i18n/fr/docusaurus-plugin-roadmark/version-1.1/roadmap.md')));
      const content = (await loadAt(site)) as LoadedContent;
      assert.deepEqual(content.versions.map((v) => [v.metadata.name, v.metadata.isLast]), [['current', true], ['1.1', false], ['1.0', false], ['0.9', false]]);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });

  test('refuses a duplicate or invalid name, and names the instance', async () => {
    const site = copySite();
    try {
      await assert.rejects(snapshotVersion({siteDir: site, i18n}, normalize({}), '1.0'), /\[roadmap\] Version "1\.0" already exists/);
      await assert.rejects(snapshotVersion({siteDir: site, i18n}, normalize({}), '../evil'), /Invalid version name: version name "..\/evil" must not contain a slash/);
      await assert.rejects(snapshotVersion({siteDir: site, i18n}, normalize({}), 'current'), /must not be "current"/);
      await assert.rejects(snapshotVersion({siteDir: site, i18n}, normalize({id: 'other', path: 'roadmap'}), ''), /\[other\] Invalid version name/);
      assert.deepEqual(JSON.parse(readFileSync(path.join(site, 'roadmap_versions.json'), 'utf8')), ['1.0', '0.9'], 'nothing written');
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('compare pages against the last version', () => {
  /** The fixture with versions 0.1–0.5 added below 0.9: seven released versions, 1.0 the last. */
  function manyVersions(): string {
    const site = copySite();
    const older = ['0.5', '0.4', '0.3', '0.2', '0.1'];
    older.forEach((name, i) => {
      const dir = path.join(site, `versioned_roadmap/version-${name}`);
      cpSync(path.join(site, 'versioned_roadmap/version-0.9'), dir, {recursive: true});
      // Each older version lists one more item that later versions dropped.
      const file = path.join(dir, 'roadmap.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${older.slice(0, i + 1).map((n) => `- Retired idea ${n}`).join('\n')}\n`);
    });
    writeFileSync(path.join(site, 'roadmap_versions.json'), JSON.stringify(['1.0', '0.9', ...older]));
    return site;
  }

  async function build(site: string, options: Parameters<typeof normalize>[0]) {
    const {data, routes} = await runPlugin(fakeContext(site), {lastVersion: '1.0', ...options});
    const changelog = JSON.parse(data['changelog.json']!) as RoadmapChangeLogData;
    const comparePaths = routes.filter((r) => r.component === '@theme/RoadmapVersionComparePage').map((r) => r.path);
    return {changelog, comparePaths};
  }

  test('the nearest versions get a page; the others link the picker with the same counts', async () => {
    const site = manyVersions();
    try {
      const all = await build(site, {latestComparePages: 'all'});
      const two = await build(site, {latestComparePages: 2});
      // 0.9 is adjacent to 1.0 (its step); 0.5 … 0.1 are compared with 1.0, nearest first.
      assert.deepEqual(all.changelog.againstLatest.map((s) => s.from.name), ['0.5', '0.4', '0.3', '0.2', '0.1']);
      assert.ok(all.changelog.againstLatest.every((s) => s.permalink === `/roadmap/changes/${s.from.name}/1.0`));
      assert.deepEqual(
        two.changelog.againstLatest.map((s) => s.permalink),
        [
          '/roadmap/changes/0.5/1.0',
          '/roadmap/changes/0.4/1.0',
          '/roadmap/changes?from=0.3&to=1.0#roadmark-picker',
          '/roadmap/changes?from=0.2&to=1.0#roadmark-picker',
          '/roadmap/changes?from=0.1&to=1.0#roadmark-picker',
        ],
      );
      assert.deepEqual(two.changelog.againstLatest.map((s) => s.summary), all.changelog.againstLatest.map((s) => s.summary));
      // Each older version had one more item that 1.0 no longer lists.
      const dropped = two.changelog.againstLatest.map((s) => s.summary.byKind.dropped);
      assert.deepEqual(dropped.map((n) => n - dropped[0]!), [0, 1, 2, 3, 4]);
      assert.ok(dropped[0]! >= 1);
      assert.equal(all.comparePaths.length - two.comparePaths.length, 3);
      assert.ok(!two.comparePaths.includes('/roadmap/changes/0.3/1.0'));
      assert.equal(two.changelog.comparePermalinks['0.3/1.0'], undefined, 'the picker computes it');
      // The default is 10: all five here.
      assert.deepEqual((await build(site, {})).comparePaths, all.comparePaths);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });

  test('latestComparePages must be a whole number or "all"', () => {
    assert.throws(() => normalize({latestComparePages: -1}), /"latestComparePages" must be a whole number of versions \(0 or more\) or "all"/);
    assert.throws(() => normalize({latestComparePages: 'some' as never}), /"latestComparePages" must be a whole number/);
  });
});
