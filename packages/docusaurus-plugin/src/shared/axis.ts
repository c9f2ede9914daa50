/**
 * The timeline's time axis: calendar columns at one zoom level (month,
 * quarter, half, year), aligned to the fiscal year start, covering every
 * dated item. Dates are ISO strings; arithmetic is on (year, month) pairs so
 * no time zone can shift a column.
 */
import type {Zoom} from './types.js';

export interface AxisColumn {
  /** Stable key, e.g. "2019-10" (the column's first month). */
  key: string;
  label: string;
  /** Inclusive ISO dates. */
  start: string;
  end: string;
}

export const ZOOM_MONTHS: Record<Zoom, number> = {month: 1, quarter: 3, half: 6, year: 12};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months since year 0: a comparable, zone-free index. */
export function monthIndex(isoDate: string): number {
  const [year = '0', month = '1'] = isoDate.split('-');
  return Number(year) * 12 + Number(month) - 1;
}

function isoMonthStart(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function isoMonthEnd(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

/** First month index of the column (at `zoom`) that holds `month`. */
function columnStart(month: number, zoom: Zoom, fiscalYearStartMonth: number): number {
  const size = ZOOM_MONTHS[zoom];
  const offset = fiscalYearStartMonth - 1;
  return Math.floor((month - offset) / size) * size + offset;
}

function columnLabel(start: number, zoom: Zoom, fiscalYearStartMonth: number): string {
  const year = Math.floor(start / 12);
  const month = start % 12;
  if (zoom === 'month') return `${MONTHS[month]} ${year}`;
  const fiscal = fiscalYearStartMonth !== 1;
  // A fiscal year is named by the calendar year it ends in (FY23 = Oct 2022 – Sep 2023).
  const offset = fiscalYearStartMonth - 1;
  const fiscalYear = Math.floor((start - offset) / 12) + (fiscal ? 1 : 0);
  const part = Math.floor((((start - offset) % 12) + 12) % 12 / ZOOM_MONTHS[zoom]) + 1;
  const yearLabel = fiscal ? `FY${String(fiscalYear % 100).padStart(2, '0')}` : String(fiscalYear);
  if (zoom === 'year') return yearLabel;
  return `${yearLabel} ${zoom === 'quarter' ? 'Q' : 'H'}${part}`;
}

/**
 * The columns from the earliest start to the latest end, with none missing in between.
 * `fiscalYearStartMonth`: the document's (RoadmapDocumentData), which the plugin's options fill with
 * core's DEFAULT_FISCAL_YEAR_START_MONTH when the site sets none; there is no second default here.
 */
export function axisColumns(
  ranges: {start: string; end: string}[],
  zoom: Zoom,
  fiscalYearStartMonth: number,
): AxisColumn[] {
  if (ranges.length === 0) return [];
  const first = Math.min(...ranges.map((r) => monthIndex(r.start)));
  const last = Math.max(...ranges.map((r) => monthIndex(r.end)));
  const size = ZOOM_MONTHS[zoom];
  const columns: AxisColumn[] = [];
  // Cap the axis so a stray "1999–2099" cannot produce thousands of columns.
  for (let m = columnStart(first, zoom, fiscalYearStartMonth); m <= last && columns.length < 240; m += size) {
    columns.push({
      key: isoMonthStart(m).slice(0, 7),
      label: columnLabel(m, zoom, fiscalYearStartMonth),
      start: isoMonthStart(m),
      end: isoMonthEnd(m + size - 1),
    });
  }
  return columns;
}

/** 0-based first and last column a date range covers, or null when outside the axis. */
export function columnSpan(
  columns: AxisColumn[],
  range: {start: string; end: string},
): {first: number; last: number} | null {
  const first = columns.findIndex((c) => range.start <= c.end && range.end >= c.start);
  if (first === -1) return null;
  let last = first;
  while (last + 1 < columns.length && range.end >= columns[last + 1]!.start) last += 1;
  return {first, last};
}

/** Where "today" falls on the axis, as a fraction 0..1 of its width; null when outside or between two columns. */
export function todayPosition(columns: AxisColumn[], today: string): number | null {
  const first = columns[0];
  const last = columns[columns.length - 1];
  if (!first || !last || today < first.start || today > last.end) return null;
  const index = columns.findIndex((c) => today >= c.start && today <= c.end);
  // Inside the range but in a collapsed stretch of empty periods: no column to mark.
  if (index === -1) return null;
  const column = columns[index]!;
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const within = (day(today) - day(column.start)) / (day(column.end) - day(column.start) + 86_400_000);
  return (index + within) / columns.length;
}
