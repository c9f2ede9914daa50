/** Date arithmetic on plain year/month/day numbers (no Date objects leak out: the model is plain JSON). */

export {MONTH_ABBR, MONTH_NAMES, monthFromName} from '../words/months.js';

/** Years outside this window are far more often counts or identifiers than dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function firstDay(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function lastDay(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The month `offset` months after (year, month); month is 1-based. */
export function addMonths(year: number, month: number, offset: number): {year: number; month: number} {
  const index = year * 12 + (month - 1) + offset;
  return {year: Math.floor(index / 12), month: (index % 12) + 1};
}

/** Month number (1-12) of an English month name or abbreviation ("Sept", "sep.", "September"), else null. */
/**
 * A year token as a number: "2019" -> 2019, "19" / "'19" / "’19" -> 2019 (two-digit years are 20YY).
 * Null outside MIN_YEAR..MAX_YEAR.
 */
export function readYear(token: string): number | null {
  const digits = token.replace(/^['’‘]/, '');
  if (!/^\d+$/.test(digits)) return null;
  let year: number;
  if (digits.length === 2) year = 2000 + Number(digits);
  else if (digits.length === 4) year = Number(digits);
  else return null;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, one: 1, '一': 1,
  second: 2, '2nd': 2, two: 2, '二': 2,
  third: 3, '3rd': 3, three: 3, '三': 3,
  fourth: 4, '4th': 4, four: 4, '四': 4,
};

/** "first" / "2nd" / "3" / "四" -> number; null when unknown. */
export function readOrdinal(token: string): number | null {
  const key = token.toLowerCase();
  if (/^\d+$/.test(key)) return Number(key);
  return ORDINALS[key] ?? null;
}
