import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CalendarPeriod} from '../../model.js';
import {compareCalendarPeriods} from '../index.js';
import {calendar} from './helpers.js';

test('orders by start, then by end', () => {
  const texts = ['2020', 'Q2 2019', 'H1 2019', 'Mar 2019', '2019', '2019-01-15', 'Q1 2019', '2019-2020', 'late 2018'];
  const sorted = texts.map((t) => calendar(t)).sort(compareCalendarPeriods).map((p: CalendarPeriod) => p.raw);
  assert.deepEqual(sorted, ['late 2018', 'Q1 2019', 'H1 2019', '2019', '2019-2020', '2019-01-15', 'Mar 2019', 'Q2 2019', '2020']);
  assert.equal(compareCalendarPeriods(calendar('Q1 2024'), calendar('2024年第一季度')), 0);
  assert.ok(compareCalendarPeriods(calendar('Q1 2024'), calendar('H1 2024')) < 0);
  assert.ok(compareCalendarPeriods(calendar('2025'), calendar('Dec 2024')) > 0);
});
