import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {lastVersionOf, type LoadedContent} from '../load/types.js';
import type {RoadmapDocumentData, RoadmapGlobalData, RoadmapHomeData} from '../shared/types.js';
import {fakeContext, normalize, runPlugin} from './helpers.js';

async function load(site: string, options: Parameters<typeof normalize>[0] = {}, locale = 'en') {
  const context = fakeContext(site, locale);
  const run = await runPlugin(context, options);
  return {context, ...run, files: lastVersionOf(run.content).files};
}

describe('plugin on simple-site', () => {
  test('loads the roadmap files, skipping _drafts, in path order', async () => {
    const {files} = await load('simple-site');
    assert.deepEqual(
      files.map((f) => [f.source, f.slug]),
      [
        ['Alpha.md', 'alpha'],
        ['kubeflow/README.md', 'kubeflow'],
      ],
    );
    const alpha = files[0]!;
    assert.equal(alpha.title, 'Alpha Roadmap', 'a generic title gets the file name');
    assert.equal(alpha.roadmap.file, 'roadmap/Alpha.md');
    assert.ok(alpha.roadmap.items.length >= 3);
    assert.equal(files[1]!.title, 'Beta project roadmap');
  });

  test('adds home, timeline, matrix and comparison routes', async () => {
    const {routes} = await load('simple-site');
    assert.deepEqual(
      routes.map((r) => [r.path, r.component]).sort(),
      [
        ['/roadmap', '@theme/RoadmapHomePage'],
        ['/roadmap/alpha', '@theme/RoadmapTimelinePage'],
        ['/roadmap/alpha/matrix', '@theme/RoadmapMatrixPage'],
        ['/roadmap/compare', '@theme/RoadmapComparisonPage'],
        ['/roadmap/kubeflow', '@theme/RoadmapTimelinePage'],
        ['/roadmap/kubeflow/matrix', '@theme/RoadmapMatrixPage'],
      ],
    );
    const timeline = routes.find((r) => r.path === '/roadmap/alpha')!;
    assert.equal(path.basename(String((timeline.modules as Record<string, string>).document)).startsWith('roadmap-'), true);
    assert.deepEqual(timeline.metadata, {sourceFilePath: 'roadmap/Alpha.md'});
  });

  test('home props are small summaries; the full data goes through createData', async () => {
    const {routes, data} = await load('simple-site');
    const home = (routes.find((r) => r.path === '/roadmap')!.props as {home: RoadmapHomeData}).home;
    assert.deepEqual(home.roadmaps.map((r) => r.slug), ['alpha', 'kubeflow']);
    assert.equal(home.comparisonPermalink, '/roadmap/compare');
    assert.ok(!JSON.stringify(home).includes('"content"'), 'no mdast in route props');
    const names = Object.keys(data).sort();
    assert.equal(names.length, 3);
    assert.ok(names.some((n) => n.startsWith('comparison-')));
    const alphaName = names.find((n) => n.startsWith('roadmap-') && JSON.parse(data[n]!).slug === 'alpha')!;
    const alpha = JSON.parse(data[alphaName]!) as RoadmapDocumentData;
    assert.equal(alpha.permalinks.matrix, '/roadmap/alpha/matrix');
    assert.equal(alpha.defaultZoom, 'quarter');
    assert.ok(alpha.roadmap.items.some((item) => item.content.length > 0));
  });

  test('global data holds only names and links', async () => {
    const {getGlobalData} = await load('simple-site');
    const global = getGlobalData() as RoadmapGlobalData;
    assert.deepEqual(global, {
      path: '/roadmap',
      comparisonPermalink: '/roadmap/compare',
      roadmaps: [
        {slug: 'alpha', title: 'Alpha Roadmap', timeline: '/roadmap/alpha', matrix: '/roadmap/alpha/matrix'},
        {slug: 'kubeflow', title: 'Beta project roadmap', timeline: '/roadmap/kubeflow', matrix: '/roadmap/kubeflow/matrix'},
      ],
      versions: [
        {name: 'current', label: 'Current', path: '/roadmap', isLast: true, banner: 'none', noIndex: false, date: '2024-03-03', source: 'working', roadmaps: ['alpha', 'kubeflow']},
      ],
      lastVersion: 'current',
      changesPermalink: null,
    });
    assert.ok(JSON.stringify(global).length < 1000);
  });

  test('same input gives byte-identical data', async () => {
    const first = await load('simple-site');
    const second = await load('simple-site');
    assert.deepEqual(Object.keys(first.data), Object.keys(second.data));
    for (const name of Object.keys(first.data)) assert.equal(first.data[name], second.data[name], name);
  });

  test('routeBasePath, id and editUrl shape the routes and links', async () => {
    const {routes, data} = await load('simple-site', {id: 'plans', routeBasePath: 'plans', editUrl: 'https://github.com/acme/site/blob/main/', comparison: false});
    assert.ok(routes.some((r) => r.path === '/plans/alpha'));
    assert.ok(!routes.some((r) => r.path.endsWith('/compare')));
    const doc = Object.values(data).map((d) => JSON.parse(d) as RoadmapDocumentData).find((d) => d.slug === 'kubeflow')!;
    assert.equal(doc.pluginId, 'plans');
    assert.equal(doc.editUrl, 'https://github.com/acme/site/blob/main/roadmap/kubeflow/README.md');
  });

  test('a localized file replaces the original in its locale', async () => {
    const {files, routes} = await load('simple-site', {}, 'fr');
    const alpha = files.find((f) => f.slug === 'alpha')!;
    assert.match(alpha.filePath ?? '', /i18n\/fr\/docusaurus-plugin-roadmark\/current\/Alpha\.md$/);
    assert.equal(alpha.title, 'Feuille de route');
    assert.ok(routes.some((r) => r.path === '/fr/roadmap/alpha'));
  });

  test('watches the roadmap folder and its localized copy', async () => {
    const {plugin, context} = await load('simple-site');
    const watched = plugin.getPathsToWatch!();
    assert.ok(watched.includes(path.join(context.siteDir, 'roadmap', '**/*.{md,markdown}')));
    assert.ok(watched.includes(path.join(context.siteDir, 'i18n', 'en', 'docusaurus-plugin-roadmark', '**/*.{md,markdown}')));
    assert.ok(watched.every((p) => !p.startsWith(context.generatedFilesDir)));
  });

  test('translation files carry theme labels and titles; translateContent applies them', async () => {
    const {plugin, content} = await load('simple-site');
    const translationFiles = await plugin.getTranslationFiles!({content});
    assert.equal(translationFiles.length, 1);
    const messages = translationFiles[0]!.content;
    assert.equal(messages['roadmap.alpha.title']!.message, 'Alpha Roadmap');
    const themeKey = Object.keys(messages).find((k) => k.startsWith('theme.'))!;
    assert.ok(themeKey);
    const translated = plugin.translateContent!({
      content,
      translationFiles: [{path: 'labels', content: {[themeKey]: {message: 'Traduit'}, 'roadmap.alpha.title': {message: 'Alpha (fr)'}}}],
    }) as LoadedContent;
    const alpha = lastVersionOf(translated).files.find((f) => f.slug === 'alpha')!;
    assert.equal(alpha.title, 'Alpha (fr)');
    assert.ok(alpha.roadmap.themes.some((t) => t.label === 'Traduit'));
    assert.equal(lastVersionOf(content).files[0]!.title, 'Alpha Roadmap', 'the original is not mutated');
  });
});

describe('configuration mistakes', () => {
  test('a path to a missing folder fails the build naming the folder', async () => {
    await assert.rejects(load('simple-site', {path: 'roadmaps'}), /Roadmark \(default\): the roadmap folder "roadmaps" does not exist .*"path" option/);
  });

  test('an option typo names the plugin and the option meant', () => {
    assert.throws(() => normalize({routeBasepath: 'plans'} as never), /Roadmark \(default\): "routeBasepath" is not an option of docusaurus-plugin-roadmark; did you mean "routeBasePath"\?/);
    assert.throws(() => normalize({colour: 'red'} as never), /"colour" is not an option of docusaurus-plugin-roadmark\. Options/);
  });

  test('a file over maxFileSize fails the build naming the file and the option, whatever onLintIssue says', async () => {
    await assert.rejects(
      load('simple-site', {maxFileSize: 20, onLintIssue: 'ignore'}),
      /Roadmark \(default\): \d+ roadmap files were not read:\nroadmap\/Alpha\.md:1:1 {2}error {2}File is too large \(224 bytes, limit 20\)[^\n]*\n[^\n]*README\.md[^\n]*\nRaise the plugin's "maxFileSize" option/,
    );
  });
});

describe('lint reporting', () => {
  test('onLintIssue "throw" fails with file:line:column and the rule', async () => {
    await assert.rejects(load('lint-site', {onLintIssue: 'throw'}), /roadmap\/Unsafe\.md:3:\d+ {2}warning {2}.* {2}unsafe-link/);
  });

  test('onLintIssue "ignore" loads the file anyway', async () => {
    const {files} = await load('lint-site', {onLintIssue: 'ignore'});
    assert.equal(files.length, 1);
    assert.equal(files[0]!.roadmap.diagnostics.some((d) => d.rule === 'unsafe-link'), true);
  });
});
