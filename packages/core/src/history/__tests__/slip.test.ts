import {test} from 'node:test';
import assert from 'node:assert/strict';
import {day, half, horizon, item, month, quarter, year} from '../../diff/__tests__/factory.js';
import {buildHistory, deltaQuarters, slipReport} from '../index.js';
import {theme, versions} from './helpers.js';

/** Three versions; every item's periods, version by version, written out. */
const history = buildHistory(
  versions(
    ['1', '2', '3'],
    [
      [
        item('A', {theme: 'perf', period: quarter(2024, 1)}),
        item('B', {theme: 'perf', period: month(2024, 1)}),
        item('C', {theme: 'perf', period: half(2024, 1)}),
        item('D', {period: year(2024)}),
        item('E', {period: quarter(2024, 2)}),
        item('F', {theme: 'perf'}),
        item('G', {theme: 'zz', period: day('2024-01-01')}),
        item('H', {theme: 'zz', period: horizon('now')}),
        item('I', {theme: 'docs'}),
      ],
      [
        item('A', {theme: 'perf', period: quarter(2024, 3)}), // +2 quarters
        item('B', {theme: 'perf', period: month(2024, 3)}), // +2 months = 2/3 quarter
        item('C', {theme: 'perf', period: quarter(2024, 1)}), // H1 → Q1: same start, end 1 quarter earlier: pulled in
        item('D', {period: year(2026)}), // +2 years = 8 quarters
        item('E', {period: quarter(2024, 2)}),
        item('F', {theme: 'perf'}),
        item('G', {theme: 'zz', period: day('2024-03-01')}), // +60 days = 240/365.25 quarter
        item('H', {theme: 'zz', period: horizon('later')}), // a slip, but no size: not counted
        item('I', {theme: 'docs'}),
      ],
      [
        item('A', {theme: 'perf', period: quarter(2025, 1)}), // +2 quarters again
        item('B', {theme: 'perf', period: month(2024, 3)}),
        item('C', {theme: 'perf', period: quarter(2024, 1)}),
        item('D', {period: year(2026)}),
        item('E', {period: quarter(2024, 2)}),
        item('F', {theme: 'perf'}),
        item('G', {theme: 'zz', period: day('2024-03-01')}),
        item('H', {theme: 'zz', period: horizon('later')}),
        item('I', {theme: 'docs'}),
      ],
    ],
    [theme('perf', 'Performance'), theme('zz', 'Zig-zag')],
  ),
);
const report = slipReport(history);
const key = (title: string): string => history.lineages.find((l) => l.title === title)!.key;

test('units convert to quarters', () => {
  assert.equal(deltaQuarters({unit: 'year', amount: 2}), 8);
  assert.equal(deltaQuarters({unit: 'half', amount: 1}), 2);
  assert.equal(deltaQuarters({unit: 'quarter', amount: 3}), 3);
  assert.equal(deltaQuarters({unit: 'month', amount: 6}), 2);
  assert.ok(Math.abs(deltaQuarters({unit: 'day', amount: 365.25}) - 4) < 1e-12);
});

test('rows by theme id, the no-theme row last, themes without dated items left out', () => {
  assert.deepEqual(
    report.rows.map((row) => [row.theme, row.label]),
    [
      ['perf', 'Performance'],
      ['zz', 'Zig-zag'],
      [null, null],
    ],
  );
});

test('a theme row: counts, total, mean, net and largest slip', () => {
  const perf = report.rows[0]!;
  assert.deepEqual(perf, {
    theme: 'perf',
    label: 'Performance',
    items: 3, // A, B, C (F has no date)
    rescheduledItems: 3,
    reschedules: 4, // A twice, B, C
    slips: 3,
    pullIns: 1,
    slippedItems: 2, // A, B
    slippedShare: 0.667,
    totalSlipQuarters: 4.67, // 2 + 2 + 2/3
    meanSlipQuarters: 1.56, // 4.667 / 3
    netShiftQuarters: 3.67, // 4.667 − 1
    largestSlip: {key: key('A'), title: 'A', version: 1, label: '+2 quarters', quarters: 2}, // the earlier of two equal slips
  });
});

test('days and horizons', () => {
  const zz = report.rows[1]!;
  assert.equal(zz.items, 1, 'a Now/Next/Later item has no calendar period');
  assert.equal(zz.slips, 1);
  assert.equal(zz.totalSlipQuarters, 0.66); // 60 days × 4 / 365.25 = 0.657
  assert.deepEqual(zz.largestSlip, {key: key('G'), title: 'G', version: 1, label: '+60 days', quarters: 0.66});
});

test('the no-theme row and the totals', () => {
  const none = report.rows[2]!;
  assert.deepEqual([none.items, none.slips, none.slippedShare, none.totalSlipQuarters, none.meanSlipQuarters], [2, 1, 0.5, 8, 8]);
  const totals = report.totals;
  assert.equal(totals.theme, null);
  assert.equal(totals.items, 6);
  assert.equal(totals.rescheduledItems, 5);
  assert.equal(totals.reschedules, 6);
  assert.equal(totals.slips, 5);
  assert.equal(totals.pullIns, 1);
  assert.equal(totals.slippedItems, 4);
  assert.equal(totals.slippedShare, 0.667);
  assert.equal(totals.totalSlipQuarters, 13.32); // 4.667 + 0.657 + 8 = 13.324
  assert.equal(totals.meanSlipQuarters, 2.66); // 13.324 / 5
  assert.equal(totals.netShiftQuarters, 12.32);
  assert.deepEqual(totals.largestSlip, {key: key('D'), title: 'D', version: 1, label: '+2 years', quarters: 8});
});

test('an empty history reports zeros and nulls', () => {
  const empty = slipReport(buildHistory([]));
  assert.deepEqual(empty.rows, []);
  assert.equal(empty.totals.items, 0);
  assert.equal(empty.totals.slippedShare, null);
  assert.equal(empty.totals.meanSlipQuarters, null);
  assert.equal(empty.totals.largestSlip, null);
});
