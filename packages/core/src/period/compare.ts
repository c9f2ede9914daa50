import type {CalendarPeriod} from '../model.js';

/** Order by start, then by end (ISO dates compare as strings): a quarter sorts before the year range it opens. */
export function compareCalendarPeriods(a: CalendarPeriod, b: CalendarPeriod): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}
