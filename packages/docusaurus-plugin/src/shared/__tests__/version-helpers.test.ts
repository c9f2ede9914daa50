import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import type {Change, ItemSnapshot} from '@roadmark/core/diff';
import type {RoadmapVersionMetadata} from '../types.js';
import {defaultPair, isReversed, pairKey, parsePair, serializePair} from '../version-picker.js';
import {locateVersion, versionTarget} from '../version-navigation.js';
import {anchorLink, countMoves, groupChanges, historyKeyOf, isUncertain} from '../version-changes.js';
import {eventsByVersion, historyCells, parseHistoryQuery, serializeHistoryQuery, themeOptions, versionWindow} from '../version-history.js';
import type {HistoryEvent, ItemState, Lineage} from '@roadmark/core/history';

function version(name: string, path: string, roadmaps: string[], extra: Partial<RoadmapVersionMetadata> = {}): RoadmapVersionMetadata {
  return {name, label: name, path, isLast: false, banner: 'unmaintained', noIndex: false, date: null, source: 'snapshot', roadmaps, ...extra};
}

/** Newest first, as the plugin lists them: an unreleased working copy, the last release, two older ones. */
const VERSIONS = [
  version('current', '/roadmap/next', ['tensorflow', 'qdrant/roadmap-2024'], {label: 'Next', banner: 'unreleased', source: 'working'}),
  version('2.0', '/roadmap', ['tensorflow', 'allennlp', 'qdrant/roadmap-2024'], {isLast: true, banner: 'none'}),
  version('1.1', '/roadmap/1.1', ['tensorflow', 'allennlp']),
  version('1.0', '/roadmap/1.0', ['tensorflow']),
];

describe('version picker', () => {
  test('defaults to the version before the last one → the last one, skipping the unreleased one', () => {
    assert.deepEqual(defaultPair(VERSIONS), {from: '1.1', to: '2.0'});
  });
  test('when the last version is the oldest, compares it with the next newer one', () => {
    const versions = [version('current', '/r/next', []), version('1.0', '/r', [], {isLast: true})];
    assert.deepEqual(defaultPair(versions), {from: '1.0', to: 'current'});
    assert.equal(defaultPair([version('current', '/r', [], {isLast: true})]), null);
  });
  test('reads the pair from the query; unknown names fall back to the default', () => {
    assert.deepEqual(parsePair('?from=1.0&to=current', VERSIONS), {from: '1.0', to: 'current'});
    assert.deepEqual(parsePair('?from=9.9', VERSIONS), {from: '1.1', to: '2.0'});
    assert.deepEqual(parsePair('', VERSIONS), {from: '1.1', to: '2.0'});
  });
  test('writes the pair into the query, keeping foreign parameters, and round-trips', () => {
    const query = serializePair({from: '1.0', to: '2.0'}, '?utm=x&from=1.1');
    assert.equal(query, '?utm=x&from=1.0&to=2.0');
    assert.deepEqual(parsePair(query, VERSIONS), {from: '1.0', to: '2.0'});
  });
  test('pair keys match the precomputed pages; a newer "from" reads backwards', () => {
    assert.equal(pairKey({from: '1.0', to: '2.0'}), '1.0/2.0');
    assert.equal(isReversed({from: '2.0', to: '1.0'}, VERSIONS), true);
    assert.equal(isReversed({from: '1.0', to: '2.0'}, VERSIONS), false);
  });
});

describe('version dropdown', () => {
  test('finds the version by the deepest path holding the page, and the view', () => {
    const at = (path: string) => {
      const found = locateVersion(path, VERSIONS);
      return [found.version?.name ?? null, found.view, found.slug];
    };
    assert.deepEqual(at('/roadmap'), ['2.0', 'home', null]);
    assert.deepEqual(at('/roadmap/'), ['2.0', 'home', null]);
    assert.deepEqual(at('/roadmap/1.1'), ['1.1', 'home', null]);
    assert.deepEqual(at('/roadmap/1.1/allennlp/matrix'), ['1.1', 'matrix', 'allennlp']);
    assert.deepEqual(at('/roadmap/tensorflow/'), ['2.0', 'timeline', 'tensorflow']);
    assert.deepEqual(at('/roadmap/qdrant/roadmap-2024'), ['2.0', 'timeline', 'qdrant/roadmap-2024']);
    assert.deepEqual(at('/roadmap/compare'), ['2.0', 'comparison', null]);
    assert.deepEqual(at('/roadmap/changes/1.0/2.0'), ['2.0', 'other', null]);
    assert.deepEqual(at('/roadmaps-elsewhere'), [null, 'other', null]);
    assert.deepEqual(at('/docs/intro'), [null, 'other', null]);
  });
  test('keeps the roadmap and the view when the target version has the roadmap, else goes home', () => {
    const [next, last, v11, v10] = VERSIONS as [RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata];
    const matrix = locateVersion('/roadmap/1.1/allennlp/matrix', VERSIONS);
    assert.equal(versionTarget(matrix, last, true), '/roadmap/allennlp/matrix');
    assert.equal(versionTarget(matrix, v10, true), '/roadmap/1.0');
    assert.equal(versionTarget(matrix, next, true), '/roadmap/next');
    const timeline = locateVersion('/roadmap/qdrant/roadmap-2024', VERSIONS);
    assert.equal(versionTarget(timeline, next, true), '/roadmap/next/qdrant/roadmap-2024');
  });
  test('history pages span the versions: none is active, each entry leads to the roadmap in that version', () => {
    const [, last, v11, v10] = VERSIONS as [RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata];
    const history = locateVersion('/roadmap/allennlp/history', VERSIONS, '/roadmap');
    assert.deepEqual([history.version, history.view, history.slug], [null, 'history', 'allennlp']);
    assert.equal(versionTarget(history, last, true), '/roadmap/allennlp');
    assert.equal(versionTarget(history, v11, true), '/roadmap/1.1/allennlp');
    assert.equal(versionTarget(history, v10, true), '/roadmap/1.0');
    // Also when the last version has a path of its own (not the base).
    const own = [version('r1.5', '/ms/r1.5', ['ms'], {isLast: true}), version('r1.2', '/ms/r1.2', ['ms'])];
    assert.equal(locateVersion('/ms/ms/history', own, '/ms').view, 'history');
    assert.equal(locateVersion('/ms/ms/history', own).version, null);
  });
  test('the change log spans the versions too: none is active there', () => {
    assert.deepEqual(locateVersion('/roadmap/changes', VERSIONS, '/roadmap'), {version: null, view: 'other', slug: null});
    assert.deepEqual(locateVersion('/roadmap/changes/1.0/2.0', VERSIONS, '/roadmap'), {version: null, view: 'other', slug: null});
    assert.equal(locateVersion('/roadmap/changes', VERSIONS).version?.name, '2.0');
  });
  test('the cross-roadmap page only where the version has two roadmaps and the instance builds it', () => {
    const [next, , v11, v10] = VERSIONS as [RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata, RoadmapVersionMetadata];
    const comparison = locateVersion('/roadmap/compare', VERSIONS);
    assert.equal(versionTarget(comparison, v11, true), '/roadmap/1.1/compare');
    assert.equal(versionTarget(comparison, v10, true), '/roadmap/1.0');
    assert.equal(versionTarget(comparison, next, false), '/roadmap/next');
  });
  test('a site served at the root: the last version path is "/"', () => {
    const versions = [version('2.0', '/', ['a'], {isLast: true}), version('1.0', '/1.0', ['a'])];
    const found = locateVersion('/a/matrix', versions);
    assert.equal(found.version?.name, '2.0');
    assert.equal(found.view, 'matrix');
    assert.equal(versionTarget(found, versions[1]!, false), '/1.0/a/matrix');
    assert.equal(versionTarget(locateVersion('/1.0/a', versions), versions[0]!, false), '/a');
  });
});

function snapshot(id: string, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  return {id, title: id, theme: null, period: null, status: null, release: null, line: 1, path: [], ...extra};
}

function change(kind: Change['kind'], id: string, extra: Partial<Change> = {}): Change {
  const before = kind === 'added' ? null : snapshot(id);
  const after = kind === 'dropped' ? null : snapshot(id);
  return {kind, id, before, after, confidence: 1, summary: '', ...extra};
}

describe('version changes', () => {
  const themes = {perf: {label: 'Performance', color: null}, docs: {label: 'Docs', color: null}, '(none)': {label: '(none)', color: null}};
  test('groups by kind in the diff order, then by theme in the roadmap order, no theme last', () => {
    const changes = [
      change('rescheduled', 'a', {after: snapshot('a', {theme: 'docs'})}),
      change('added', 'b', {after: snapshot('b', {theme: 'zeta'})}),
      change('added', 'c'),
      change('added', 'd', {after: snapshot('d', {theme: 'docs'})}),
      change('added', 'e', {after: snapshot('e', {theme: 'perf'})}),
      change('dropped', 'f', {before: snapshot('f', {theme: 'perf'})}),
    ];
    const groups = groupChanges(changes, themes);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.count, g.themes.map((t) => [t.theme, t.changes.map((c) => c.id)])]),
      [
        ['added', 4, [['perf', ['e']], ['docs', ['d']], ['zeta', ['b']], ['(none)', ['c']]]],
        ['dropped', 1, [['perf', ['f']]]],
        ['rescheduled', 1, [['docs', ['a']]]],
      ],
    );
  });
  test('counts slips, pull-ins and items done', () => {
    const counts = countMoves([
      change('rescheduled', 'a', {move: 'slipped'}),
      change('rescheduled', 'b', {move: 'slipped'}),
      change('rescheduled', 'c', {move: 'pulled-in'}),
      change('rescheduled', 'd', {move: 'scheduled'}),
      change('status', 'e', {done: true}),
      change('status', 'f', {done: false}),
    ]);
    assert.deepEqual(counts, {slipped: 2, pulledIn: 1, done: 1});
  });
  test('history keys: the newer id, the older one for dropped items, mapped where the id changed later', () => {
    assert.equal(historyKeyOf(change('retitled', 'x', {before: snapshot('old-x'), after: snapshot('x')})), 'x');
    assert.equal(historyKeyOf(change('dropped', 'gone')), 'gone');
    assert.equal(historyKeyOf(change('added', 'y'), {after: {y: 'y-renamed'}}), 'y-renamed');
    assert.equal(historyKeyOf(change('dropped', 'gone'), {before: {gone: 'gone-2'}, after: {gone: 'other'}}), 'gone-2');
  });
  test('matches below full confidence are uncertain; anchors are plain fragments', () => {
    assert.equal(isUncertain({confidence: 1}), false);
    assert.equal(isUncertain({confidence: 0.95}), false, 'equal titles');
    assert.equal(isUncertain({confidence: 0.9}), false, 'equal titles, elsewhere in the file');
    assert.equal(isUncertain({confidence: 0.85}), true, 'titles equal but for an aside');
    assert.equal(isUncertain({confidence: 0.6}), true, 'similar titles');
    assert.equal(isUncertain({confidence: 0.3}), true, 'same slot');
    assert.equal(anchorLink('/roadmap/1.0/tensorflow', 'gpu-support'), '/roadmap/1.0/tensorflow#gpu-support');
  });
});

function state(period: string | null, status: ItemState['status'] = 'planned'): ItemState {
  return {id: 'x', title: 'X', period, status, release: null, theme: null};
}

describe('version history matrix', () => {
  test('shows the last versions beyond a few more than the window, else all', () => {
    assert.deepEqual(versionWindow(100, false, 10), {start: 90, end: 99, collapsible: true});
    assert.deepEqual(versionWindow(100, true, 10), {start: 0, end: 99, collapsible: true});
    assert.deepEqual(versionWindow(12, false, 10), {start: 0, end: 11, collapsible: false});
    assert.deepEqual(versionWindow(13, false, 10), {start: 3, end: 12, collapsible: true});
    assert.deepEqual(versionWindow(1, false, 10), {start: 0, end: 0, collapsible: false});
  });
  test('cells follow the run-length states, merge unchanged runs, and start where something happened', () => {
    // Listed in 0–2, slipped in 1, dropped in 3, back in 5 as done; unchanged from 5 to 7.
    const events: HistoryEvent[] = [
      {kind: 'introduced', version: 0, change: null, title: 'X', period: null, status: 'planned'},
      {kind: 'rescheduled', version: 1, change: 0, from: null, to: null, move: 'slipped', delta: {unit: 'quarter', amount: 2, direction: 'slipped', label: '+2 quarters'}},
      {kind: 'dropped', version: 3, change: 1, period: null, status: 'planned'},
      {kind: 're-added', version: 5, change: 2, title: 'X', period: null, status: 'done', absentSince: 3},
    ];
    const lineage: Pick<Lineage, 'presence' | 'states'> = {
      presence: [{from: 0, to: 2}, {from: 5, to: 7}],
      states: [{from: 0, state: state('2019 Q2')}, {from: 1, state: state('2019 Q4')}, {from: 5, state: state('2019 Q4', 'done')}],
    };
    const cells = historyCells(lineage, eventsByVersion(events), 0, 7);
    assert.deepEqual(
      cells.map((c) => [c.from, c.to, c.state?.period ?? null, c.state?.status ?? null, c.changed, c.isNew, c.dropped]),
      [
        [0, 0, '2019 Q2', 'planned', false, false, false],
        [1, 2, '2019 Q4', 'planned', true, false, false],
        [3, 4, null, null, false, false, true],
        [5, 7, '2019 Q4', 'done', false, true, false],
      ],
    );
    // A window that starts inside a run still finds the run's state; a state change without an event (an id) splits too.
    assert.deepEqual(historyCells(lineage, eventsByVersion(events), 2, 3).map((c) => [c.from, c.to, c.state?.period ?? null]), [[2, 2, '2019 Q4'], [3, 3, null]]);
    const renamed: Pick<Lineage, 'presence' | 'states'> = {presence: [{from: 0, to: 3}], states: [{from: 0, state: state('2020')}, {from: 2, state: {...state('2020'), id: 'y'}}]};
    assert.deepEqual(historyCells(renamed, new Map(), 0, 3).map((c) => [c.from, c.to]), [[0, 1], [2, 3]]);
    // Cells tile the window exactly.
    const spans = historyCells(lineage, eventsByVersion(events), 1, 6);
    assert.equal(spans.reduce((n, c) => n + c.to - c.from + 1, 0), 6);
  });
  test('theme options in the roadmap order with counts, items without a theme last', () => {
    const lineages = [{theme: 'docs'}, {theme: null}, {theme: 'perf'}, {theme: 'docs'}, {theme: 'aardvark'}];
    assert.deepEqual(themeOptions(lineages, {perf: {}, docs: {}}), [
      {id: 'perf', count: 1},
      {id: 'docs', count: 2},
      {id: 'aardvark', count: 1},
      {id: 'unthemed', count: 1},
    ]);
  });
  test('theme and "all versions" in the URL, foreign parameters kept', () => {
    assert.deepEqual(parseHistoryQuery('?theme=docs&versions=all'), {theme: 'docs', allVersions: true});
    assert.deepEqual(parseHistoryQuery('?versions=some'), {theme: null, allVersions: false});
    assert.equal(serializeHistoryQuery({theme: 'docs', allVersions: true}, '?a=1&theme=x'), '?a=1&theme=docs&versions=all');
    assert.equal(serializeHistoryQuery({theme: null, allVersions: false}, '?theme=x'), '');
  });
});
