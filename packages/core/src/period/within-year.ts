/**
 * Headings that name a part of a year without the year ("### Q1", "### H2", "### First half",
 * "### March") under a heading that names the year ("## 2024"): the part of that year.
 */
import {isCalendarPeriod, type CalendarPeriod, type Period} from '../model.js';
import {halfPeriod, monthPeriod, quarterPeriod, type CalendarShape} from './build.js';
import {monthFromName} from './calendar.js';
import {MON} from './matchers.js';

const PART = new RegExp(
  String.raw`^\s*(?:(?:q(?<q>[1-4])|(?<q2>[1-4])q|h(?<h>[12])|(?<h2>[12])h|(?<half>first|second|1st|2nd)\s+half)\.?|${MON('month')})(?:\s*[(（][^()（）]{0,40}[)）])?\s*$`,
  'i',
);

/** "Q1", "H2", "First half", "March": a part of some year, which the text does not name. */
export function isYearPart(text: string): boolean {
  return PART.test(text);
}

export function periodWithinYear(text: string, parent: Period | null): CalendarPeriod | null {
  if (!parent || !isCalendarPeriod(parent) || parent.granularity !== 'year') return null;
  const match = PART.exec(text);
  if (!match?.groups) return null;
  const year = Number(parent.start.slice(0, 4));
  const {q, q2, h, h2, half, month} = match.groups;
  let shape: CalendarShape | null = null;
  if (q ?? q2) shape = quarterPeriod(year, Number(q ?? q2));
  else if (h ?? h2) shape = halfPeriod(year, Number(h ?? h2));
  else if (half) shape = halfPeriod(year, /^(?:first|1st)$/i.test(half) ? 1 : 2);
  else if (month) shape = monthPeriod(year, monthFromName(month) ?? NaN);
  return shape ? {...shape, raw: text.trim()} : null;
}
