import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {axisColumns, columnSpan, todayPosition} from '../axis.js';
import {itemMatches, matchTimeline, parseFilters, serializeFilters, treeMatches, type TimelineFilters} from '../filters.js';
import {cardHeightEstimate, CELL_LIMIT, cellHeadCount, laneCells, laneHeightEstimate, laneItemCount, lanesToFill, overflowIndex, themeChoices, type TimelineCell} from '../layout.js';
import {DEFAULT_FISCAL_YEAR_START_MONTH, type Item} from '@roadmark/core';
import {describeLink} from '../links.js';

describe('axis', () => {
  test('quarters cover the range with no gaps', () => {
    const columns = axisColumns([{start: '2023-11-01', end: '2023-11-30'}, {start: '2024-04-01', end: '2024-06-30'}], 'quarter', DEFAULT_FISCAL_YEAR_START_MONTH);
    assert.deepEqual(columns.map((c) => c.label), ['2023 Q4', '2024 Q1', '2024 Q2']);
    assert.equal(columns[1]!.start, '2024-01-01');
    assert.equal(columns[1]!.end, '2024-03-31');
  });
  test('fiscal quarters start at the fiscal month and are named by the year they end in', () => {
    const columns = axisColumns([{start: '2022-05-01', end: '2022-07-31'}], 'quarter', 2);
    assert.deepEqual(columns.map((c) => [c.label, c.start]), [['FY23 Q2', '2022-05-01']]);
  });
  test('halves, years and months', () => {
    assert.deepEqual(axisColumns([{start: '2022-07-01', end: '2023-06-30'}], 'half', DEFAULT_FISCAL_YEAR_START_MONTH).map((c) => c.label), ['2022 H2', '2023 H1']);
    assert.deepEqual(axisColumns([{start: '2022-07-01', end: '2023-06-30'}], 'year', DEFAULT_FISCAL_YEAR_START_MONTH).map((c) => c.label), ['2022', '2023']);
    assert.deepEqual(axisColumns([{start: '2018-11-01', end: '2019-01-31'}], 'month', DEFAULT_FISCAL_YEAR_START_MONTH).map((c) => c.label), ['Nov 2018', 'Dec 2018', 'Jan 2019']);
  });
  test('a year-long period spans four quarter columns', () => {
    const columns = axisColumns([{start: '2024-01-01', end: '2024-12-31'}], 'quarter', DEFAULT_FISCAL_YEAR_START_MONTH);
    assert.deepEqual(columnSpan(columns, {start: '2024-01-01', end: '2024-12-31'}), {first: 0, last: 3});
    assert.deepEqual(columnSpan(columns, {start: '2024-05-01', end: '2024-05-31'}), {first: 1, last: 1});
  });
  test('today marker position', () => {
    const columns = axisColumns([{start: '2024-01-01', end: '2024-06-30'}], 'quarter', DEFAULT_FISCAL_YEAR_START_MONTH);
    assert.equal(todayPosition(columns, '2023-12-31'), null);
    assert.equal(todayPosition(columns, '2024-01-01'), 0);
    const mid = todayPosition(columns, '2024-04-01')!;
    assert.ok(Math.abs(mid - 0.5) < 1e-9);
  });
});

describe('filters in the URL', () => {
  test('round trip and foreign parameters kept', () => {
    const filters = {themes: ['docs', 'performance'], statuses: ['done' as const], text: 'gpu support', zoom: 'half' as const};
    const query = serializeFilters(filters, '?utm=1');
    assert.equal(query, '?utm=1&theme=docs,performance&status=done&q=gpu+support&zoom=half');
    assert.deepEqual(parseFilters(query), filters);
  });
  test('unknown statuses and zooms are ignored', () => {
    assert.deepEqual(parseFilters('?status=done,bogus&zoom=week'), {themes: [], statuses: ['done'], text: '', zoom: null});
  });
});

describe('links', () => {
  test('issue and PR links', () => {
    assert.deepEqual(describeLink('https://github.com/allenai/allennlp/issues/3351'), {kind: 'issue', text: '#3351', repo: 'allenai/allennlp'});
    assert.deepEqual(describeLink('https://github.com/a/b/pull/7#x'), {kind: 'pull', text: '#7', repo: 'a/b'});
    assert.equal(describeLink('https://example.org/x/y').kind, 'link');
  });
});

/** A minimal item: only what layout and filters read. */
function item(id: string, fields: Partial<Item> = {}): Item {
  return {
    id, title: id, content: [], description: [], kind: 'list-item', line: 1, column: 1, endLine: 1, section: [],
    theme: null, themeRaw: null, period: null, periodFrom: null, release: null, status: null, statusRaw: null, statusFrom: null,
    links: [], owners: [], children: [], ...fields,
  };
}

const NONE: TimelineFilters = {themes: [], statuses: [], text: '', zoom: null};

describe('timeline cells', () => {
  test('the items of a lane grouped by place, left to right and narrow before wide, in source order within a cell', () => {
    const items = [item('a'), item('wide'), item('b'), item('later'), item('c')];
    const place = new Map([['a', {from: 1, to: 2}], ['wide', {from: 1, to: 5}], ['b', {from: 1, to: 2}], ['later', {from: 3, to: 4}], ['c', {from: 1, to: 2}]]);
    const cells = laneCells(items, place);
    assert.deepEqual(cells.map((c) => [c.key, c.from, c.to, c.items.map((i) => i.id)]), [
      ['a', 1, 2, ['a', 'b', 'c']],
      ['wide', 1, 5, ['wide']],
      ['later', 3, 4, ['later']],
    ]);
  });
  test('a crowded cell collapses only when that hides at least three cards', () => {
    assert.equal(cellHeadCount(CELL_LIMIT + 2), CELL_LIMIT + 2);
    assert.equal(cellHeadCount(CELL_LIMIT + 3), CELL_LIMIT);
    assert.equal(cellHeadCount(40), CELL_LIMIT);
    assert.equal(cellHeadCount(3, 1), 3);
    assert.equal(cellHeadCount(4, 1), 1);
    assert.equal(cellHeadCount(0), 0);
  });
  test('the items a collapsed cell hides, sub-items included, lead to that cell', () => {
    const crowded = Array.from({length: CELL_LIMIT + 3}, (_, i) => item(`x${i}`, i === CELL_LIMIT ? {children: [item('child', {children: [item('grandchild')]})]} : {}));
    const cells: TimelineCell[] = [
      {key: 'x0', from: 1, to: 2, items: crowded},
      {key: 'c', from: 2, to: 3, items: [item('c', {children: [item('c1')]})]},
    ];
    const hidden = crowded.slice(CELL_LIMIT).map((i) => i.id);
    assert.deepEqual([...overflowIndex(cells)], [[hidden[0], 'x0'], ['child', 'x0'], ['grandchild', 'x0'], [hidden[1], 'x0'], [hidden[2], 'x0']]);
  });
  test('the lanes that fill the first screens', () => {
    assert.equal(lanesToFill([50, 50, 50, 50], 120), 3);
    assert.equal(lanesToFill([200, 50], 120), 1);
    assert.equal(lanesToFill([10, 10], 120), 2);
    assert.equal(lanesToFill([], 120), 0);
  });
  test('height estimates grow with text, sub-items and footers; a lane is its tallest column', () => {
    const short = item('s');
    const long = item('l', {title: 'A much longer title that certainly wraps over several lines of a narrow card'});
    const nested = item('n', {children: [item('n1'), item('n2', {children: [item('n21')]})]});
    assert.ok(cardHeightEstimate(long, false) > cardHeightEstimate(short, false));
    assert.ok(cardHeightEstimate(nested, false) > cardHeightEstimate(short, false));
    assert.ok(cardHeightEstimate(short, true) > cardHeightEstimate(short, false));
    const cell = (key: string, from: number, items: Item[]): TimelineCell => ({key, from, to: from + 1, items});
    const one = laneHeightEstimate([cell('x', 1, [short])], false);
    // Two cells starting in the same column stack; a cell in another column stands beside them.
    const stacked = laneHeightEstimate([cell('x', 1, [short]), {key: 'y', from: 1, to: 3, items: [short]}], false);
    const beside = laneHeightEstimate([cell('x', 1, [short]), cell('z', 2, [short])], false);
    assert.ok(stacked > beside);
    assert.equal(beside, one);
    // A collapsed cell counts its first cards and its button, not every card.
    const crowded = Array.from({length: 30}, (_, i) => item(`c${i}`));
    const collapsed = laneHeightEstimate([cell('c', 1, crowded)], false);
    assert.ok(collapsed < laneHeightEstimate([cell('c', 1, crowded.slice(0, CELL_LIMIT + 2))], false));
  });
});

describe('matchTimeline', () => {
  const lane = (label: string, items: Item[]) => ({label, items});
  const tree = () => [
    item('gpu', {title: 'GPU support', status: 'planned', children: [item('cuda', {title: 'CUDA kernels', status: 'done'}), item('rocm', {title: 'ROCm', status: 'planned', children: [item('hip', {title: 'HIP port', status: 'done'})]})]}),
    item('docs', {title: 'Docs site', status: 'done', theme: 'docs'}),
    item('cli', {title: 'CLI', status: 'in-progress', children: [item('completion', {title: 'Shell completion', status: 'planned'})]}),
  ];

  test('a card shows when a sub-item matches, and hides the sub-items that do not', () => {
    const matches = matchTimeline([lane('Tools', tree())], {...NONE, statuses: ['done']}, () => '');
    assert.deepEqual([...matches.shown].sort(), ['cuda', 'docs', 'gpu', 'hip', 'rocm']);
    assert.deepEqual([...matches.partial], []);
    const inProgress = matchTimeline([lane('Tools', tree())], {...NONE, statuses: ['in-progress']}, () => '');
    // The CLI matches by itself: its sub-items stay visible with it.
    assert.deepEqual([...inProgress.shown].sort(), ['cli', 'completion']);
    assert.equal(inProgress.count, 1);
  });
  test('filtering by a theme only a sub-item carries shows its card with that sub-item, and counts the sub-item', () => {
    const items = [item('api', {title: 'API', theme: 'core', children: [item('api-docs', {title: 'API reference', theme: 'docs'}), item('api-v2', {title: 'v2', theme: 'core'})]})];
    const matches = matchTimeline([lane('Core', items)], {...NONE, themes: ['docs']}, () => '');
    assert.deepEqual([...matches.shown].sort(), ['api', 'api-docs']);
    assert.deepEqual([...matches.partial], ['api']);
    assert.equal(matches.count, 1);
  });
  test('a card hiding some of its sub-items is partial', () => {
    const matches = matchTimeline([lane('Tools', tree())], {...NONE, text: 'cuda'}, () => '');
    assert.deepEqual([...matches.shown].sort(), ['cuda', 'gpu']);
    assert.deepEqual([...matches.partial], ['gpu']);
    assert.equal(matches.count, 1);
  });
  test('below an item that matches by itself, every descendant shows', () => {
    const matches = matchTimeline([lane('Tools', tree())], {...NONE, text: 'gpu'}, () => '');
    assert.deepEqual([...matches.shown].sort(), ['cuda', 'gpu', 'hip', 'rocm']);
    assert.deepEqual([...matches.partial], []);
  });
  test('text matches the lane label for visibility and the own theme label of each item for the count', () => {
    const items = [item('a', {title: 'Alpha', theme: 'perf'}), item('b', {title: 'Beta', theme: 'docs'})];
    const matches = matchTimeline([lane('Speed', items)], {...NONE, text: 'speed'}, (id) => (id === 'perf' ? 'Speed' : 'Docs'));
    assert.deepEqual([...matches.shown].sort(), ['a', 'b']);
    assert.equal(matches.count, 1);
  });
  test('agrees with treeMatches and itemMatches on every card and count', () => {
    const filterSets: TimelineFilters[] = [
      {...NONE, statuses: ['done']},
      {...NONE, statuses: ['planned', 'in-progress']},
      {...NONE, text: 'port  '},
      {...NONE, text: 'ＣＵＤＡ'},
      {...NONE, themes: ['docs']},
      {...NONE, themes: ['unthemed'], text: 's'},
    ];
    for (const filters of filterSets) {
      const items = tree();
      const matches = matchTimeline([lane('Tools', items)], filters, () => 'Tools');
      for (const card of items) assert.equal(matches.shown.has(card.id), treeMatches(card, filters, 'Tools'), `${card.id} ${JSON.stringify(filters)}`);
      const all = (list: Item[]): Item[] => list.flatMap((i) => [i, ...all(i.children)]);
      assert.equal(matches.count, all(items).filter((i) => itemMatches(i, filters, 'Tools')).length, JSON.stringify(filters));
    }
  });
});

describe('lane counts and theme choices', () => {
  test("a lane counts its items and all their sub-items, whatever their theme", () => {
    const items = [item('a', {theme: 'core', children: [item('a1', {theme: 'docs', children: [item('a1x')]}), item('a2')]}), item('b', {theme: 'core'})];
    assert.equal(laneItemCount({items}), 5);
    assert.equal(laneItemCount({items: []}), 0);
  });
  test('lanes first, in lane order; themes only sub-items carry come after, marked', () => {
    const choices = themeChoices(
      [{id: 'core', color: '#111'}, {id: 'no-theme', color: null}],
      ['Core', 'Other items'],
      [{id: 'core', label: 'Core', color: '#111'}, {id: 'docs', label: 'Docs', color: null}, {id: 'docs', label: 'Docs', color: null}],
    );
    assert.deepEqual(choices.map((c) => [c.id, c.label, c.subItemsOnly]), [['core', 'Core', false], ['no-theme', 'Other items', false], ['docs', 'Docs', true]]);
  });
});
