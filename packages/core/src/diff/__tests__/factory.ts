/** Small builders for Roadmap / Item / Period fixtures: every required field filled, overridable. */
import type {CalendarPeriod, Horizon, HorizonPeriod, Item, Roadmap} from '../../model.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months `first`..`last` (1-based, inclusive) of `year` as a calendar period. */
function monthsPeriod(year: number, first: number, last: number, granularity: CalendarPeriod['granularity'], label: string): CalendarPeriod {
  return {start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`, granularity, label, raw: label};
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const year = (y: number): CalendarPeriod => monthsPeriod(y, 1, 12, 'year', String(y));
export const half = (y: number, h: 1 | 2): CalendarPeriod => monthsPeriod(y, h * 6 - 5, h * 6, 'half', `${y} H${h}`);
export const quarter = (y: number, q: number): CalendarPeriod => monthsPeriod(y, q * 3 - 2, q * 3, 'quarter', `${y} Q${q}`);
export const month = (y: number, m: number): CalendarPeriod => monthsPeriod(y, m, m, 'month', `${MONTHS[m - 1]} ${y}`);
export const day = (iso: string): CalendarPeriod => ({start: iso, end: iso, granularity: 'day', label: iso, raw: iso});
export const horizon = (h: Horizon): HorizonPeriod => ({horizon: h, label: h[0]!.toUpperCase() + h.slice(1), raw: h});

const slug = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';

export function item(title: string, overrides: Partial<Item> = {}): Item {
  return {
    id: slug(title),
    title,
    content: [{type: 'text', value: title}],
    description: [],
    kind: 'list-item',
    line: 1,
    column: 1,
    endLine: 1,
    section: [],
    theme: null,
    themeRaw: null,
    period: null,
    periodFrom: null,
    release: null,
    status: null,
    statusRaw: null,
    statusFrom: null,
    links: [],
    owners: [],
    children: [],
    ...overrides,
  };
}

/** A roadmap of copies of `items`, lines numbered in document order (depth first) as a parser would. */
export function roadmap(source: Item[], overrides: Partial<Roadmap> = {}): Roadmap {
  const items = structuredClone(source);
  let line = 0;
  const number = (list: Item[]): void => {
    for (const it of list) {
      it.line = ++line;
      it.endLine = line;
      number(it.children);
    }
  };
  number(items);
  return {
    file: null,
    title: null,
    updated: null,
    updatedRaw: null,
    frontMatter: {},
    items,
    themes: [],
    diagnostics: [],
    stats: {items: line, byStatus: {planned: 0, 'in-progress': 0, done: 0, dropped: 0, unknown: line}, scheduled: 0, unscheduled: line},
    ...overrides,
  };
}
