/**
 * Checks the golden harness itself (no parser needed): the comparison rules catch what they
 * should, every label file is well formed and points at real lines, and the hand-written seed
 * trees agree with the seed sources.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Item, Roadmap} from '../../src/model.js';
import {checkLabels} from './check-labels.js';
import {compareTree, normalizeTitle} from './compare-tree.js';
import {parseLabelFile, loadLabelFiles} from './label-file.js';
import {normalizeRelease, sectionMatches} from './normalize.js';
import {readShared} from './paths.js';
import {expectedSeeds, type ExpectedItem} from './seeds.expected.js';
import {sourceRows} from './source-rows.js';

function fakeItem(line: number, over: Partial<Item> = {}): Item {
  return {
    id: `item-${line}`, title: `Item ${line}`, content: [], description: [], kind: 'list-item',
    line, column: 1, endLine: line, section: ['Roadmap', '2024 Q1'], theme: null, themeRaw: null,
    period: {start: '2024-01-01', end: '2024-03-31', granularity: 'quarter', label: '2024 Q1', raw: '2024 Q1'},
    periodFrom: 'heading', release: null, status: 'planned', statusRaw: '[ ]', statusFrom: 'self',
    links: [], owners: [], children: [], ...over,
  };
}

function fakeRoadmap(items: Item[]): Roadmap {
  return {
    file: null, title: 'Roadmap', updated: null, updatedRaw: null, frontMatter: {}, items, themes: [], diagnostics: [],
    stats: {items: items.length, byStatus: {planned: 0, 'in-progress': 0, done: 0, dropped: 0, unknown: 0}, scheduled: 0, unscheduled: 0},
  };
}

const label = parseLabelFile('fake.json', JSON.stringify({
  file: 'corpus/fake.md',
  doc: {title: 'Roadmap', updated: null},
  ranges: [
    {from: 1, to: 10, section: '2024 Q1', period: {start: '2024-01-01', end: '2024-03-31'}, status: 'planned', count: 2},
    {from: 5, to: 5, status: 'done', release: 'v1.2'},
    {from: 11, to: 12, skip: true, why: 'raw HTML'},
  ],
}));

describe('normalize', () => {
  test('headings ignore emoji, markdown markers, trailing colons, curly quotes and case', () => {
    assert.ok(sectionMatches(['Roadmap', 'Completed milestones'], ['Completed milestones ✅']));
    assert.ok(sectionMatches(['**High Level APIs:**'], ['High Level APIs']));
    assert.ok(sectionMatches(['What\'s next'], ['What’s next']));
    assert.ok(sectionMatches(['A', 'B', 'C'], ['A', 'C']));
    assert.ok(!sectionMatches(['A', 'B'], ['B', 'A']), 'order matters');
    assert.ok(!sectionMatches(['Roadmap'], ['Road']), 'whole headings only');
  });
  test('releases ignore a leading v and spaces', () => {
    assert.equal(normalizeRelease('v3.0'), normalizeRelease('3.0'));
    assert.equal(normalizeRelease('Alpha 4'), normalizeRelease('alpha4'));
    assert.notEqual(normalizeRelease('3.0'), normalizeRelease('3.0.1'));
  });
});

describe('checkLabels', () => {
  test('accepts a model that agrees', () => {
    const report = checkLabels(label, fakeRoadmap([
      fakeItem(3),
      fakeItem(5, {status: 'done', release: '1.2'}),
    ]));
    assert.deepEqual(report.failures, []);
  });
  test('a narrower range overrides a wider one field by field', () => {
    const report = checkLabels(label, fakeRoadmap([fakeItem(3), fakeItem(5, {release: '1.2'})]));
    assert.equal(report.failures.length, 1);
    assert.match(report.failures[0]!, /fake\.md:5 .*status: expected done, got planned/);
  });
  test('reports wrong section, period, count, doc title and items in skip ranges', () => {
    const report = checkLabels(label, {
      ...fakeRoadmap([
        fakeItem(3, {section: ['Roadmap', '2024 Q2'], period: null}),
        fakeItem(11),
      ]),
      title: 'Other',
    });
    const all = report.failures.join('\n');
    assert.match(all, /doc\.title: expected "Roadmap", got "Other"/);
    assert.match(all, /fake\.md:3 .*section: expected path containing \["2024 Q1"\]/);
    assert.match(all, /fake\.md:3 .*period: expected 2024-01-01\.\.2024-03-31, got null/);
    assert.match(all, /fake\.md:1-10 count: expected 2 items, got 1/);
    assert.match(all, /fake\.md:11 .*skip range 11-12/);
  });
  test('horizon ranges require a horizon period', () => {
    const later = parseLabelFile('h.json', JSON.stringify({file: 'x', doc: {}, ranges: [{from: 1, to: 2, horizon: 'later'}]}));
    assert.equal(checkLabels(later, fakeRoadmap([fakeItem(1)])).failures.length, 1);
    const ok = fakeItem(1, {period: {horizon: 'later', label: 'Later', raw: 'Future'}});
    assert.deepEqual(checkLabels(later, fakeRoadmap([ok])).failures, []);
  });
  test('malformed label files are refused', () => {
    const bad = (ranges: unknown[]): (() => unknown) => () => parseLabelFile('b.json', JSON.stringify({file: 'x', doc: {}, ranges}));
    assert.throws(bad([{from: 3, to: 2}]), /from <= to/);
    assert.throws(bad([{from: 1, to: 2, stauts: 'done'}]), /unknown key "stauts"/);
    assert.throws(bad([{from: 1, to: 2, status: 'finished'}]), /bad status/);
    assert.throws(bad([{from: 1, to: 2, skip: true}]), /needs a why/);
    assert.throws(bad([{from: 1, to: 2, period: {start: '2024-03-01', end: '2024-01-01'}}]), /start <= end/);
  });
});

describe('label files', () => {
  for (const file of loadLabelFiles()) {
    test(`${file.name} points at real lines of ${file.file}`, () => {
      const lineCount = readShared(file.file).split(/\r?\n/).length;
      for (const range of file.ranges) {
        assert.ok(range.to <= lineCount, `${file.name}: range ${range.from}-${range.to} is past the last line (${lineCount})`);
      }
      assert.equal(file.name, `${file.file.replace(/^corpus\//, '').replace(/^(unseen|added)\//, '$1__').replace(/^seeds\/(\d{3})_.*$/, 'seed-$1')}.json`, 'label file name');
    });
  }
});

function flattenExpected(items: readonly ExpectedItem[]): ExpectedItem[] {
  return items.flatMap((item) => [item, ...flattenExpected(item.children)]);
}

describe('seed trees agree with the seed sources', () => {
  for (const seed of expectedSeeds) {
    test(seed.file, () => {
      const text = readShared(seed.file);
      const lines = text.split(/\r?\n/);
      const expected = flattenExpected(seed.items);
      const expectedLines = new Set([...expected.map((item) => item.line), ...(seed.notItems ?? []).map((entry) => entry.line)]);
      for (const row of sourceRows(text)) assert.ok(expectedLines.has(row.line), `${seed.file}:${row.line} list item missing from the tree`);
      for (const item of expected) {
        // The title prefix is the item's line (and up to two wrapped continuation lines) without markers and link targets.
        const around = lines.slice(item.line - 1, item.line + 2).join(' ');
        const source = around
          .replace(/\]\([^)]*\)/g, '').replace(/[[\]]/g, '')
          .replace(/^\s*(?:[*+-]|\d+\.|[a-z]\.)\s+/, '');
        assert.ok(normalizeTitle(source).startsWith(normalizeTitle(item.title)), `${seed.file}:${item.line} title ${JSON.stringify(item.title)} vs ${JSON.stringify(source)}`);
        for (const link of item.links) assert.ok(around.includes(link), `${seed.file}:${item.line} link ${link}`);
      }
    });
  }
  test('compareTree reports missing, extra and wrong items', () => {
    const want: ExpectedItem[] = [{line: 1, title: 'Alpha', section: [], period: null, theme: null, status: null, links: [], children: []}];
    const problems = compareTree('f', want, [fakeItem(2, {title: 'Beta'})]);
    assert.match(problems.join('\n'), /f:1 missing item "Alpha"/);
    assert.match(problems.join('\n'), /f:2 unexpected item "Beta"/);
    const wrong = compareTree('f', want, [fakeItem(1, {title: 'Alphabet soup', theme: 'ui'})]);
    assert.match(wrong.join('\n'), /f:1 period: expected null/);
    assert.match(wrong.join('\n'), /f:1 theme: expected null, got "ui"/);
    assert.doesNotMatch(wrong.join('\n'), /title/);
  });
});
