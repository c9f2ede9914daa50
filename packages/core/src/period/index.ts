/**
 * Period and release normalizer: reads the period or release a heading, cell or sentence states.
 * Pure functions, no I/O.
 */
import type {CalendarPeriod, Period} from '../model.js';
import {normalizeFiscalStart} from './build.js';
import {HORIZON_LABELS, readHorizon} from './horizon.js';
import {readOpenEnded} from './open-ended.js';
import {type Candidate, scanCalendar, toPeriod} from './scan.js';
import {MONTH_STEMS} from '../words/months.js';

export {compareCalendarPeriods} from './compare.js';
export {findSuspectPeriod} from './suspect.js';
export {parseRelease} from './release.js';

export interface PeriodOptions {
  /**
   * Month (1–12) in which the fiscal year starts; default 1. Fiscal years are named US style, by the
   * calendar year they END in: with start month 10, FY23 = 2022-10-01..2023-09-30 and
   * FY23 Q1 = 2022-10-01..2022-12-31; with start month 1, FY23 = calendar 2023. "CY23" is always calendar.
   */
  fiscalYearStartMonth?: number;
  /** Document date (YYYY-MM-DD), copied into the `anchor` of horizon periods. */
  anchor?: string | null;
}

/** No digit, no bucket word: nothing to read. Keeps the common case (plain headings) cheap. */
export const HORIZON_HINT = /now|current|progress|ongoing|going|quarter|month|sprint|cycle|release|milestone|flight|development|active|doing|working|next|near|short|upcoming|coming|soon|mid|medium|later|future|long|some ?day|backlog|icebox|beyond|eventually|horizon|consideration|parking|wish|after|radar|[当现进正本近下短中即接未长远以将后]/i;

/**
 * The period a short text (heading, table cell, label) states, or null.
 * Calendar readings win over buckets; among several calendar readings the first explicit one wins
 * (a bare year only when nothing else is written), so a months hint "(October, November, December)"
 * after "Q4 2019" never overrides the quarter. "After Q2 2024" / "2027+" / "2027年及以后" are the
 * Later horizon (labels "After 2024 Q2", "2027+"); Now/Next/Later buckets get labels "Now", "Next", "Later".
 */
export function parsePeriod(text: string, options: PeriodOptions = {}): Period | null {
  const anchor = options.anchor ?? null;
  const candidates = scanCalendar(text, {fiscalYearStartMonth: normalizeFiscalStart(options.fiscalYearStartMonth)});
  const chosen = candidates.find((c) => !c.bare) ?? candidates[0];
  if (chosen) return readOpenEnded(text, chosen, anchor) ?? toPeriod(text, chosen);
  // readHorizon reads nothing longer than 80 characters: skip the hint's scan of long text too.
  if (text.length > 80 || !HORIZON_HINT.test(text)) return null;
  const bucket = readHorizon(text);
  return bucket ? {horizon: bucket.horizon, label: HORIZON_LABELS[bucket.horizon], raw: bucket.raw, anchor} : null;
}

/** A month or season written in lower case ("may", "march", "fall") is a word in prose, not a date. */
const LOWERCASE_MONTH = new RegExp(`(?<![A-Za-z])(?:${[...MONTH_STEMS, 'spring', 'summer', 'fall', 'autumn', 'winter'].join('|')})[a-z]*`);

function isProsePeriod(text: string, candidate: Candidate): boolean {
  if (candidate.bare) return false;
  return !LOWERCASE_MONTH.test(text.slice(candidate.index, candidate.index + candidate.length));
}

/** Of the periods `findPeriods` found, the one that starts last (the first of equals): what a text naming several is about. */
export function latestFound<T extends {period: CalendarPeriod}>(found: readonly T[]): T | null {
  let best: T | null = null;
  for (const candidate of found) if (!best || candidate.period.start > best.period.start) best = candidate;
  return best;
}

/**
 * Calendar periods inside running prose, in text order, with their position in `text`.
 * Stricter than parsePeriod: bare years count only after a time word ("in 2020", "through 2018"),
 * month names must be capitalized, and Now/Next/Later words are never read from prose.
 */
export function findPeriods(
  text: string,
  options: PeriodOptions = {},
): Array<{period: CalendarPeriod; index: number; length: number}> {
  const candidates = scanCalendar(text, {fiscalYearStartMonth: normalizeFiscalStart(options.fiscalYearStartMonth)});
  return candidates
    .filter((c) => isProsePeriod(text, c))
    .map((c) => ({period: toPeriod(text, c), index: c.index, length: c.length}));
}
