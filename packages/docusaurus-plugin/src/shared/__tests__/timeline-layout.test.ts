import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {DEFAULT_FISCAL_YEAR_START_MONTH, type CalendarPeriod, type Item, type Roadmap} from '@roadmark/core';
import {todayPosition, axisColumns} from '../axis.js';
import {releaseOrder, timelineGrid, timelineLayoutOf} from '../layout.js';

function item(id: string, fields: Partial<Item> = {}): Item {
  return {
    id, title: id, content: [], description: [], kind: 'list-item', line: 1, column: 1, endLine: 1, section: [],
    theme: null, themeRaw: null, period: null, periodFrom: null, release: null, status: null, statusRaw: null,
    statusFrom: null, links: [], owners: [], children: [], ...fields,
  };
}

function quarter(year: number, q: number): CalendarPeriod {
  const start = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const endMonth = q * 3;
  const end = `${year}-${String(endMonth).padStart(2, '0')}-${endMonth === 3 || endMonth === 12 ? 31 : 30}`;
  return {start, end, label: `${year} Q${q}`, precision: 'quarter'} as unknown as CalendarPeriod;
}

function roadmapOf(items: Item[]): Roadmap {
  return {file: null, title: null, updated: null, updatedRaw: null, frontMatter: {}, items, themes: [], diagnostics: [],
    stats: {items: items.length, byStatus: {} as Roadmap['stats']['byStatus'], scheduled: 0, unscheduled: 0}};
}

const grid = (items: Item[], zoom: 'quarter' | 'year' = 'quarter') => timelineGrid(roadmapOf(items), zoom, DEFAULT_FISCAL_YEAR_START_MONTH);

describe('timeline layout', () => {
  test('empty period columns collapse: every column holds an item, and the columns after a gap say so', () => {
    const g = grid([item('a', {period: quarter(2023, 1)}), item('b', {period: quarter(2023, 4)}), item('c', {period: quarter(2024, 2)})]);
    assert.equal(g.layout, 'time');
    assert.deepEqual(g.columns.map((c) => c.label), ['2023 Q1', '2023 Q4', '2024 Q2']);
    assert.deepEqual(Array.from(g.gapBefore), ['2023-10', '2024-04']);
    assert.deepEqual(g.place.get('b'), {from: 2, to: 3});
    assert.deepEqual(g.place.get('c'), {from: 3, to: 4});
  });

  test('a span keeps every column it crosses and stays one span', () => {
    const h1 = {start: '2023-01-01', end: '2023-06-30', label: '2023 H1'} as unknown as CalendarPeriod;
    const g = grid([item('a', {period: h1}), item('b', {period: quarter(2024, 1)})]);
    assert.deepEqual(g.columns.map((c) => c.label), ['2023 Q1', '2023 Q2', '2024 Q1']);
    assert.deepEqual(g.place.get('a'), {from: 1, to: 3});
    assert.deepEqual(g.place.get('b'), {from: 3, to: 4});
  });

  test('buckets follow the kept columns; zoom changes the columns, not the layout', () => {
    const items = [item('a', {period: quarter(2023, 1)}), item('b', {period: quarter(2025, 1)}), item('n', {period: {horizon: 'next', label: 'Next'} as never})];
    const q = grid(items);
    assert.deepEqual(q.columns.map((c) => c.label), ['2023 Q1', '2025 Q1']);
    assert.deepEqual(q.buckets, ['next']);
    assert.deepEqual(q.place.get('n'), {from: 3, to: 4});
    const y = grid(items, 'year');
    assert.equal(y.layout, 'time');
    assert.deepEqual(y.columns.map((c) => c.label), ['2023', '2025']);
  });

  test('a mostly unscheduled roadmap is laid out as cards, every item in the one column of its lane', () => {
    const items = [item('dated', {period: quarter(2019, 1)}), ...Array.from({length: 5}, (_, i) => item(`u${i}`))];
    assert.equal(timelineLayoutOf(roadmapOf(items)), 'cards');
    const g = grid(items);
    assert.deepEqual(g.columns, []);
    assert.deepEqual(g.buckets, []);
    for (const it of items) assert.deepEqual(g.place.get(it.id), {from: 1, to: 2});
  });

  test('Now / Next / Later roadmaps keep their columns; a third unscheduled is not "most"', () => {
    const items = [item('a', {period: {horizon: 'now', label: 'Now'} as never}), item('b', {period: {horizon: 'later', label: 'Later'} as never}), item('u')];
    assert.equal(timelineLayoutOf(roadmapOf(items)), 'time');
  });

  test('items placed by release get one column per release, in version order, and a column for the rest', () => {
    const items = [item('a', {release: '1.10'}), item('b', {release: '1.9'}), item('c', {release: '1.10'}), item('d')];
    const g = grid(items);
    assert.equal(g.layout, 'release');
    assert.deepEqual(g.columns.map((c) => c.label), ['1.9', '1.10']);
    assert.deepEqual(g.buckets, ['unscheduled']);
    assert.deepEqual(g.place.get('a'), {from: 2, to: 3});
    assert.deepEqual(g.place.get('b'), {from: 1, to: 2});
    assert.deepEqual(g.place.get('d'), {from: 3, to: 4});
  });

  test('releases are ordered by their dates when every release has one', () => {
    const items = [item('a', {release: 'Beta', period: quarter(2024, 3)}), item('b', {release: 'Alpha', period: quarter(2024, 4)})];
    assert.deepEqual(releaseOrder(items), ['Beta', 'Alpha']);
    assert.deepEqual(releaseOrder([item('a', {release: 'v2'}), item('b', {release: 'v10'}), item('c', {release: 'v1'})]), ['v1', 'v2', 'v10']);
  });

  test('dated items that all share one year but name releases get release columns (the releases tell them apart)', () => {
    const year = {start: '2019-01-01', end: '2019-12-31', label: '2019'} as unknown as CalendarPeriod;
    const items = [item('a', {period: year, release: '0.6'}), item('b', {period: year, release: '0.7'}), item('c', {period: year, release: '1.0'})];
    assert.equal(timelineLayoutOf(roadmapOf(items)), 'release');
    // A few releases among many distinct dates keep the time axis.
    const dated = [item('a', {period: quarter(2023, 1), release: 'v1'}), item('b', {period: quarter(2023, 2), release: 'v2'}), item('c', {period: quarter(2023, 3)}), item('d', {period: quarter(2023, 4)})];
    assert.equal(timelineLayoutOf(roadmapOf(dated)), 'time');
  });

  test('the layout is a pure function: the same roadmap gives the same grid', () => {
    const items = [item('a', {period: quarter(2023, 1)}), item('b', {period: quarter(2024, 1)})];
    assert.deepEqual(grid(items), grid(items));
  });

  test('today between two kept columns (in a collapsed gap) has no position', () => {
    const columns = axisColumns([quarter(2023, 1), quarter(2023, 4)], 'quarter', DEFAULT_FISCAL_YEAR_START_MONTH).filter((c) => c.label !== '2023 Q2' && c.label !== '2023 Q3');
    assert.equal(todayPosition(columns, '2023-05-10'), null);
    assert.equal(todayPosition(columns, '2023-10-01'), 0.5);
  });
});
