/**
 * How far an item's period moved between versions.
 * Calendar periods are compared by start (by end when the starts agree, so "2024 H1" → "2024 Q1"
 * reads as pulled in). The amount is counted in the coarser of the two granularities, stepping
 * down to a finer unit when it is not a whole number of them (2024 Q1 → Mar 2024 = +2 months).
 */
import {isCalendarPeriod, isHorizonPeriod, type Granularity, type Horizon, type Period} from '../model.js';
import {periodKey} from './flatten.js';
import type {DeltaUnit, PeriodDelta, PeriodMove} from './types.js';

/** Coarsest first; months per unit (day is counted separately). */
const UNITS: readonly {unit: DeltaUnit; months: number}[] = [
  {unit: 'year', months: 12},
  {unit: 'half', months: 6},
  {unit: 'quarter', months: 3},
  {unit: 'month', months: 1},
  {unit: 'day', months: 0},
];

const UNIT_NAMES: Record<DeltaUnit, [string, string]> = {
  day: ['day', 'days'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  half: ['half-year', 'half-years'],
  year: ['year', 'years'],
};

const HORIZON_ORDER: Record<Horizon, number> = {now: 0, next: 1, later: 2};

interface YMD {
  y: number;
  m: number;
  d: number;
}

function parseDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? {y: Number(m[1]), m: Number(m[2]), d: Number(m[3])} : null;
}

/** Index in UNITS of the unit a granularity counts in; 'range' has none. */
function unitRank(granularity: Granularity): number | null {
  const at = UNITS.findIndex((u) => u.unit === granularity);
  return at >= 0 ? at : null;
}

export function unitLabel(unit: DeltaUnit, amount: number): string {
  const [one, many] = UNIT_NAMES[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** Signed distance from `a` to `b` in the first unit (from `startRank` on, finer) that counts it whole. */
function distance(a: YMD, b: YMD, startRank: number): {unit: DeltaUnit; signed: number} {
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  for (let rank = startRank; rank < UNITS.length; rank++) {
    const {unit, months: size} = UNITS[rank]!;
    if (size > 0 && a.d === b.d && months % size === 0) return {unit, signed: months / size};
  }
  const days = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
  return {unit: 'day', signed: days};
}

/** The move from calendar period `a` to `b`, or null when either is not calendar or they cover the same dates. */
export function periodDelta(a: Period | null, b: Period | null): PeriodDelta | null {
  if (!isCalendarPeriod(a) || !isCalendarPeriod(b)) return null;
  const sameStart = a.start === b.start;
  if (sameStart && a.end === b.end) return null;
  const from = parseDate(sameStart ? a.end : a.start);
  const to = parseDate(sameStart ? b.end : b.start);
  if (!from || !to) return null;
  // Ends are the last day of their unit; compare the day after, so "Mar 31" → "Jun 30" is 3 months.
  const shift = (p: YMD): YMD => {
    if (!sameStart) return p;
    const next = new Date(Date.UTC(p.y, p.m - 1, p.d + 1));
    return {y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate()};
  };
  const ranks = [unitRank(a.granularity), unitRank(b.granularity)].filter((r): r is number => r != null);
  const coarsest = ranks.length > 0 ? Math.min(...ranks) : 0;
  const {unit, signed} = distance(shift(from), shift(to), coarsest);
  if (signed === 0) return null;
  const amount = Math.abs(signed);
  return {
    unit,
    amount,
    direction: signed > 0 ? 'slipped' : 'pulled-in',
    label: `${signed > 0 ? '+' : '-'}${unitLabel(unit, amount)}`,
  };
}

export interface Reschedule {
  move: PeriodMove;
  delta: PeriodDelta | null;
}

/** How the period changed between versions, or null when it did not. */
export function comparePeriods(a: Period | null, b: Period | null): Reschedule | null {
  if (periodKey(a) === periodKey(b)) return null;
  if (a == null) return {move: 'scheduled', delta: null};
  if (b == null) return {move: 'unscheduled', delta: null};
  if (isHorizonPeriod(a) && isHorizonPeriod(b)) {
    return {move: HORIZON_ORDER[b.horizon] > HORIZON_ORDER[a.horizon] ? 'slipped' : 'pulled-in', delta: null};
  }
  if (isCalendarPeriod(a) && isCalendarPeriod(b)) {
    const delta = periodDelta(a, b);
    if (delta) return {move: delta.direction, delta};
    // Unreadable dates: still a different period, direction unknown.
    return {move: 'moved', delta: null};
  }
  return {move: 'moved', delta: null};
}
