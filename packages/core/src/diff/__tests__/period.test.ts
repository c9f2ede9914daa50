import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {periodDelta} from '../index.js';
import {comparePeriods} from '../period.js';
import {day, half, horizon, month, quarter, year} from './factory.js';

describe('periodDelta', () => {
  test('2024 Q1 → 2024 Q3 slipped 2 quarters', () => {
    assert.deepEqual(periodDelta(quarter(2024, 1), quarter(2024, 3)), {unit: 'quarter', amount: 2, direction: 'slipped', label: '+2 quarters'});
  });

  test('earlier is pulled in, across years', () => {
    assert.deepEqual(periodDelta(quarter(2025, 1), quarter(2024, 4)), {unit: 'quarter', amount: 1, direction: 'pulled-in', label: '-1 quarter'});
  });

  test('counts in the coarser granularity: month → quarter', () => {
    assert.deepEqual(periodDelta(month(2024, 1), quarter(2024, 3)), {unit: 'quarter', amount: 2, direction: 'slipped', label: '+2 quarters'});
  });

  test('steps down to a finer unit when the coarser one is not whole', () => {
    assert.deepEqual(periodDelta(quarter(2024, 1), month(2024, 3)), {unit: 'month', amount: 2, direction: 'slipped', label: '+2 months'});
    assert.deepEqual(periodDelta(year(2024), half(2024, 2)), {unit: 'half', amount: 1, direction: 'slipped', label: '+1 half-year'});
  });

  test('years and days', () => {
    assert.equal(periodDelta(year(2023), year(2025))?.label, '+2 years');
    assert.deepEqual(periodDelta(day('2024-03-10'), day('2024-03-01')), {unit: 'day', amount: 9, direction: 'pulled-in', label: '-9 days'});
  });

  test('same start: compared by end ("2024 H1" → "2024 Q1" pulled in)', () => {
    assert.deepEqual(periodDelta(half(2024, 1), quarter(2024, 1)), {unit: 'quarter', amount: 1, direction: 'pulled-in', label: '-1 quarter'});
  });

  test('null for equal dates, horizons and missing periods', () => {
    assert.equal(periodDelta(quarter(2024, 2), {...quarter(2024, 2), label: 'Q2 2024', raw: 'Q2 2024'}), null);
    assert.equal(periodDelta(horizon('now'), horizon('later')), null);
    assert.equal(periodDelta(null, quarter(2024, 1)), null);
  });
});

describe('comparePeriods', () => {
  test('horizon moves: Next → Now is pulled in, Now → Later slipped', () => {
    assert.deepEqual(comparePeriods(horizon('next'), horizon('now')), {move: 'pulled-in', delta: null});
    assert.deepEqual(comparePeriods(horizon('now'), horizon('later')), {move: 'slipped', delta: null});
  });

  test('scheduling, unscheduling, and calendar ↔ horizon', () => {
    assert.deepEqual(comparePeriods(null, quarter(2024, 1)), {move: 'scheduled', delta: null});
    assert.deepEqual(comparePeriods(quarter(2024, 1), null), {move: 'unscheduled', delta: null});
    assert.deepEqual(comparePeriods(quarter(2024, 1), horizon('later')), {move: 'moved', delta: null});
  });

  test('no change for the same dates or the same horizon', () => {
    assert.equal(comparePeriods(quarter(2024, 1), quarter(2024, 1)), null);
    assert.equal(comparePeriods(horizon('next'), {...horizon('next'), anchor: '2024-05-01'}), null);
    assert.equal(comparePeriods(null, null), null);
  });
});
