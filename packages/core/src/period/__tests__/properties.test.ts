import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {isCalendarPeriod} from '../../model.js';
import {MONTH_ABBR, MONTH_NAMES, daysInMonth, isoDate} from '../calendar.js';
import {findPeriods, findSuspectPeriod, parsePeriod, parseRelease} from '../index.js';
import {calendar} from './helpers.js';

const year = fc.integer({min: 1990, max: 2099});
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

test('every written form of a quarter reads as that quarter and is never suspect', () => {
  fc.assert(
    // Two-digit forms mean 20YY, so years stay in this century.
    fc.property(fc.integer({min: 2000, max: 2099}), fc.integer({min: 1, max: 4}), fc.integer({min: 0, max: 5}), (y, q, form) => {
      const yy = String(y % 100).padStart(2, '0');
      const text = [`Q${q} ${y}`, `${y} Q${q}`, `${y}-Q${q}`, `Q${q}'${yy}`, `${q}Q${yy}`, `Q${q}, ${y}`][form]!;
      const period = calendar(text);
      const first = (q - 1) * 3 + 1;
      assert.equal(period.label, `${y} Q${q}`);
      assert.equal(period.start, isoDate(y, first, 1));
      assert.equal(period.end, isoDate(y, first + 2, daysInMonth(y, first + 2)));
      assert.equal(findSuspectPeriod(text), null);
    }),
  );
});

test('every valid day reads as itself in each date form; impossible days never do', () => {
  fc.assert(
    fc.property(year, fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31}), fc.integer({min: 0, max: 3}), (y, m, d, form) => {
      const mm = String(m).padStart(2, '0');
      const dd = String(d).padStart(2, '0');
      const text = [`${y}-${mm}-${dd}`, `${MONTH_ABBR[m - 1]} ${d}, ${y}`, `${d} ${MONTH_NAMES[m - 1]} ${y}`, `${y}年${m}月${d}日`][form]!;
      const period = parsePeriod(text);
      if (d <= daysInMonth(y, m)) {
        assert.ok(isCalendarPeriod(period));
        assert.deepEqual([period.start, period.end, period.granularity], [isoDate(y, m, d), isoDate(y, m, d), 'day']);
        assert.equal(findSuspectPeriod(text), null);
      } else {
        assert.ok(!isCalendarPeriod(period) || period.granularity !== 'day', text);
        if (form !== 3) assert.notEqual(findSuspectPeriod(text), null, text);
      }
    }),
  );
});

test('fiscal quarters tile their fiscal year for every start month', () => {
  fc.assert(
    fc.property(fc.integer({min: 1, max: 12}), fc.integer({min: 2000, max: 2098}), (startMonth, fy) => {
      const options = {fiscalYearStartMonth: startMonth};
      const yy = String(fy % 100).padStart(2, '0');
      const whole = calendar(`FY${yy}`, options);
      const quarters = [1, 2, 3, 4].map((q) => calendar(`FY${yy} Q${q}`, options));
      assert.equal(quarters[0]!.start, whole.start);
      assert.equal(quarters[3]!.end, whole.end);
      for (let i = 0; i < 3; i++) assert.equal(nextDay(quarters[i]!.end), quarters[i + 1]!.start);
      // US style: the fiscal year ends in the calendar year it is named after.
      assert.equal(whole.end.slice(0, 4), String(fy));
    }),
  );
});

test('quarters and halves out of range are suspect and never read', () => {
  fc.assert(
    fc.property(year, fc.constantFrom('Q', 'H'), fc.integer({min: 0, max: 9}), (y, unit, n) => {
      if ((unit === 'Q' && n >= 1 && n <= 4) || (unit === 'H' && (n === 1 || n === 2))) return;
      const text = `${unit}${n} ${y}`;
      assert.equal(findSuspectPeriod(text)?.raw, `${unit}${n}`);
      const period = parsePeriod(text);
      assert.ok(!isCalendarPeriod(period) || period.granularity === 'year', text);
    }),
  );
});

test('any input: no throw, well-formed periods, located matches in order', () => {
  const alphabet = fc.constantFrom(...'Q1H2 FY-/.,:()20194年月季度 early mid by end of Nov Jul v3 beta #'.split(''), '2019', 'Q4', 'Nov ', 'H1');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(alphabet, {maxLength: 30}).map((parts) => parts.join(''))), (text) => {
      const period = parsePeriod(text);
      if (isCalendarPeriod(period)) {
        assert.match(period.start, ISO);
        assert.match(period.end, ISO);
        assert.ok(period.start <= period.end);
        assert.ok(text.includes(period.raw));
      }
      let last = 0;
      for (const {period: p, index, length} of findPeriods(text)) {
        assert.ok(index >= last, 'in order, non-overlapping');
        assert.equal(text.slice(index, index + length), p.raw);
        assert.ok(p.start <= p.end);
        last = index + length;
      }
      const suspect = findSuspectPeriod(text);
      if (suspect) assert.equal(text.slice(suspect.index, suspect.index + suspect.length), suspect.raw);
      const release = parseRelease(text);
      if (release !== null) assert.ok(text.includes(release));
    }),
    {numRuns: 2000},
  );
});
