import assert from 'node:assert/strict';
import {type CalendarPeriod, type HorizonPeriod, isCalendarPeriod, isHorizonPeriod} from '../../model.js';
import {type PeriodOptions, parsePeriod} from '../index.js';

/** parsePeriod(text), asserted to be a calendar period. */
export function calendar(text: string, options?: PeriodOptions): CalendarPeriod {
  const period = parsePeriod(text, options);
  assert.ok(isCalendarPeriod(period), `expected a calendar period for ${JSON.stringify(text)}, got ${JSON.stringify(period)}`);
  return period;
}

/** parsePeriod(text), asserted to be a horizon. */
export function horizon(text: string, options?: PeriodOptions): HorizonPeriod {
  const period = parsePeriod(text, options);
  assert.ok(isHorizonPeriod(period), `expected a horizon for ${JSON.stringify(text)}, got ${JSON.stringify(period)}`);
  return period;
}

/** Asserts start, end, granularity and label of the period read from each text. */
export function expectEach(
  cases: Array<[text: string, start: string, end: string, label: string]>,
  granularity: CalendarPeriod['granularity'],
  options?: PeriodOptions,
): void {
  for (const [text, start, end, label] of cases) {
    const period = calendar(text, options);
    assert.deepEqual(
      {start: period.start, end: period.end, granularity: period.granularity, label: period.label},
      {start, end, granularity, label},
      `for ${JSON.stringify(text)}`,
    );
  }
}
