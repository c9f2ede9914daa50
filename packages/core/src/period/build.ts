/** Constructors for calendar intervals with their canonical labels. `raw` is added by the scanner. */
import {DEFAULT_FISCAL_YEAR_START_MONTH, type CalendarPeriod} from '../model.js';
import {MONTH_ABBR, addMonths, firstDay, isValidDate, isoDate, lastDay} from './calendar.js';

export type CalendarShape = Omit<CalendarPeriod, 'raw'>;

export type YearPart = 'early' | 'mid' | 'late';

function abbr(month: number): string {
  return MONTH_ABBR[month - 1] ?? String(month);
}

export function yearPeriod(year: number): CalendarShape {
  return {start: firstDay(year, 1), end: lastDay(year, 12), granularity: 'year', label: String(year)};
}

export function quarterPeriod(year: number, quarter: number): CalendarShape | null {
  if (quarter < 1 || quarter > 4) return null;
  const first = (quarter - 1) * 3 + 1;
  return {start: firstDay(year, first), end: lastDay(year, first + 2), granularity: 'quarter', label: `${year} Q${quarter}`};
}

export function halfPeriod(year: number, half: number): CalendarShape | null {
  if (half < 1 || half > 2) return null;
  const first = half === 1 ? 1 : 7;
  return {start: firstDay(year, first), end: lastDay(year, first + 5), granularity: 'half', label: `${year} H${half}`};
}

export function monthPeriod(year: number, month: number): CalendarShape | null {
  if (month < 1 || month > 12) return null;
  return {start: firstDay(year, month), end: lastDay(year, month), granularity: 'month', label: `${abbr(month)} ${year}`};
}

export function dayPeriod(year: number, month: number, day: number): CalendarShape | null {
  if (!isValidDate(year, month, day)) return null;
  const iso = isoDate(year, month, day);
  return {start: iso, end: iso, granularity: 'day', label: iso};
}

/** Months m1..m2 of one year ("Jul-Sep 2021"); null when the span runs backwards. */
export function monthSpanInYear(year: number, m1: number, m2: number): CalendarShape | null {
  if (m1 < 1 || m2 > 12 || m2 <= m1) return null;
  return {start: firstDay(year, m1), end: lastDay(year, m2), granularity: 'range', label: `${abbr(m1)}–${abbr(m2)} ${year}`};
}

/** Quarters q1..q2 of one year ("Q1-Q2 2024"). */
export function quarterSpanInYear(year: number, q1: number, q2: number): CalendarShape | null {
  if (q1 < 1 || q2 > 4 || q2 <= q1) return null;
  return {
    start: firstDay(year, (q1 - 1) * 3 + 1),
    end: lastDay(year, q2 * 3),
    granularity: 'range',
    label: `${year} Q${q1}–Q${q2}`,
  };
}

/** Years y1..y2 ("2022–2024"). */
export function yearSpan(y1: number, y2: number): CalendarShape | null {
  if (y2 <= y1) return null;
  return {start: firstDay(y1, 1), end: lastDay(y2, 12), granularity: 'range', label: `${y1}–${y2}`};
}

/** "2024 Q1" + "2024 Q2" -> "2024 Q1–Q2"; "Jan 2024" + "Mar 2024" -> "Jan–Mar 2024"; otherwise "A–B". */
function spanLabel(from: string, to: string): string {
  const yearFirst = /^(\d{4}) ([QH]\d)$/;
  const a = yearFirst.exec(from);
  const b = yearFirst.exec(to);
  if (a && b && a[1] === b[1]) return `${a[1]} ${a[2]}–${b[2]}`;
  const monthFirst = /^([A-Z][a-z]{2}) (\d{4})$/;
  const c = monthFirst.exec(from);
  const d = monthFirst.exec(to);
  if (c && d && c[2] === d[2]) return `${c[1]}–${d[1]} ${c[2]}`;
  return `${from}–${to}`;
}

/** Two periods read as one span ("Oct 2023 – Jan 2024"); null unless `to` lies strictly after `from`. */
export function joinSpan(from: CalendarShape, to: CalendarShape): CalendarShape | null {
  if (!(from.start < to.start && from.end < to.end)) return null;
  const shape: CalendarShape = {start: from.start, end: to.end, granularity: 'range', label: spanLabel(from.label, to.label)};
  if (from.approximate || to.approximate) shape.approximate = true;
  return shape;
}

const YEAR_PARTS: Record<YearPart, [number, number]> = {early: [1, 4], mid: [5, 8], late: [9, 12]};

/** "early 2019" = Jan–Apr, "mid 2019" = May–Aug, "late 2019" = Sep–Dec: thirds of the year, always approximate. */
export function yearPartPeriod(year: number, part: YearPart): CalendarShape {
  const [m1, m2] = YEAR_PARTS[part];
  return {start: firstDay(year, m1), end: lastDay(year, m2), granularity: 'range', label: `${part} ${year}`, approximate: true};
}

/** A copy marked approximate ("by June 2025", "mid-April 2025"). */
export function approximately(shape: CalendarShape): CalendarShape {
  return {...shape, approximate: true};
}

export function normalizeFiscalStart(month: number | undefined): number {
  return month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month : DEFAULT_FISCAL_YEAR_START_MONTH;
}

/**
 * Fiscal periods, US style: a fiscal year is named by the calendar year it ENDS in.
 * With start month 10, FY23 = 2022-10-01..2023-09-30 and FY23 Q1 = 2022-10-01..2022-12-31;
 * with start month 1 (the default), FY23 is calendar 2023.
 */
export function fiscalPeriod(
  fiscalYear: number,
  part: {unit: 'quarter' | 'half'; n: number} | null,
  startMonth: number,
): CalendarShape | null {
  const yy = String(fiscalYear % 100).padStart(2, '0');
  const first = startMonth === 1 ? {year: fiscalYear, month: 1} : {year: fiscalYear - 1, month: startMonth};
  let offset = 0;
  let months = 12;
  let label = `FY${yy}`;
  let granularity: CalendarShape['granularity'] = 'year';
  if (part) {
    const max = part.unit === 'quarter' ? 4 : 2;
    if (part.n < 1 || part.n > max) return null;
    months = part.unit === 'quarter' ? 3 : 6;
    offset = (part.n - 1) * months;
    label += part.unit === 'quarter' ? ` Q${part.n}` : ` H${part.n}`;
    granularity = part.unit;
  }
  const start = addMonths(first.year, first.month, offset);
  const end = addMonths(first.year, first.month, offset + months - 1);
  return {start: firstDay(start.year, start.month), end: lastDay(end.year, end.month), granularity, label};
}

export type Season = 'spring' | 'summer' | 'fall' | 'winter';
const SEASON_START: Record<Season, number> = {spring: 3, summer: 6, fall: 9, winter: 12};

/**
 * Meteorological seasons of the northern hemisphere, approximate: spring = Mar–May, summer = Jun–Aug,
 * fall/autumn = Sep–Nov, winter YYYY = Dec YYYY – Feb YYYY+1.
 */
export function seasonPeriod(year: number, season: Season): CalendarShape {
  const first = SEASON_START[season];
  const last = addMonths(year, first, 2);
  const name = season[0]!.toUpperCase() + season.slice(1);
  return {start: firstDay(year, first), end: lastDay(last.year, last.month), granularity: 'range', label: `${name} ${year}`, approximate: true};
}
