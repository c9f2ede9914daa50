/**
 * One regular expression per written form of a calendar period, each with the builder that turns its
 * groups into an interval. Every quantifier is bounded or separated by a literal, so no pattern can
 * backtrack catastrophically on long input.
 */
import {monthFromName, readOrdinal, readYear} from './calendar.js';
import {MONTH_WORD} from '../words/months.js';
import {
  type CalendarShape,
  type YearPart,
  approximately,
  dayPeriod,
  fiscalPeriod,
  halfPeriod,
  monthPeriod,
  monthSpanInYear,
  quarterPeriod,
  quarterSpanInYear,
  seasonPeriod,
  yearPartPeriod,
  yearPeriod,
  yearSpan,
} from './build.js';

export interface MatchContext {
  fiscalYearStartMonth: number;
}

export interface Built {
  shape: CalendarShape;
  /** A bare four-digit year (or year span): only a period in prose when a time word precedes it. */
  bare?: boolean;
}

export interface Matcher {
  name: string;
  /** Global, case-insensitive. */
  re: RegExp;
  /** Cheap test that the text can contain this form at all. */
  hint: RegExp;
  /** The form always contains a four-digit year (19xx/20xx): a text without one is skipped. */
  year: boolean;
  build(groups: Record<string, string | undefined>, context: MatchContext): Built | null;
}

const Y4 = (name: string) => `(?<${name}>(?:19|20)\\d{2})`;
const YY = (name: string) => `['’‘](?<${name}>\\d{2})`;
/** A month name or abbreviation ("Sept.") as the named group `name`. */
export const MON = (name: string) =>
  `(?<${name}>${MONTH_WORD})\\.?(?![a-z])`;
/**
 * Between a quarter/half/month and its year: "Q3 2021", "Q3, 2020", "Q3 / 2021", "Q1 of 2024", "Nov-2018".
 * A dash only without spaces: "Q3 - 2024" is more likely the middle of "2023 Q3 - 2024 Q1".
 */
const TO_YEAR = `(?:\\s{0,3}[,/]\\s{0,3}|[-–]|\\s{1,3}of\\s{1,3}(?:the\\s{1,3}year\\s{1,3})?|\\s{1,3})`;
/** Between the two ends of a span: "Jul-Sep", "July to September", "Q1 – Q2". */
const SPAN = `(?:\\s{0,3}[-–—~/&]\\s{0,3}|\\s{1,3}(?:to|through|thru|until|till)\\s{1,3})`;
/** "early" / "mid-" / "late" / "the end of" / "beginning of" before a period. */
const PART = `(?:(?<p1>early|mid|late)(?:\\s{0,2}-\\s{0,2}|\\s{1,3})|(?:the\\s{1,3})?(?<p2>beginning|start|middle|mid|end|close)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?)`;

const num = (value: string | undefined): number => (value === undefined ? NaN : Number(value));

function yearOf(groups: Record<string, string | undefined>, ...names: string[]): number | null {
  for (const name of names) {
    const token = groups[name];
    if (token !== undefined) return readYear(token);
  }
  return null;
}

function partOf(groups: Record<string, string | undefined>): YearPart | null {
  const word = (groups.p1 ?? groups.p2 ?? groups.zh ?? '').toLowerCase();
  if (word === 'early' || word === 'beginning' || word === 'start' || word === '初') return 'early';
  if (word === 'mid' || word === 'middle' || word === '中') return 'mid';
  if (word === 'late' || word === 'end' || word === 'close' || word === '底' || word === '末') return 'late';
  return null;
}

const built = (shape: CalendarShape | null, bare = false): Built | null => (shape ? {shape, bare} : null);

/** Forms that can be written without a four-digit year ("FY23", "Q3 '24", "3Q24", "H1 '25", "Mar '24", "mid-CY24"). */
const YEARLESS = new Set(['fiscal', 'fiscal-part-first', 'quarter-yy', 'nq-year', 'half-yy', 'nh-year', 'month-yy', 'part-of-cy']);

function matcher(name: string, source: string, hint: RegExp, build: Matcher['build']): Matcher {
  return {name, re: new RegExp(source, 'giu'), hint, year: !YEARLESS.has(name), build};
}

/** Hints: what each form's text must contain (a number next to the Q or H, a whole month name…). */
const FY = /fy|cy/i;
const Q = /q[1-4]|[1-4]q|quarter|季/i;
const H = /h[12]|[12]h|half|半年/i;
const M = new RegExp(`${MONTH_WORD}(?![a-z])`, 'i');
/** A year with something after it that a span or an ISO date needs: "2023–2024", "2022-23", "2024-03", "2024.03.01". */
const YEAR_JOINED = /(?:19|20)\d\d(?:\s{0,3}[-–—~/&.]|\s{1,3}(?:to|through|thru|until|till))/i;
const ANY = /./;

export const MATCHERS: readonly Matcher[] = [
  // Fiscal and explicit calendar years: "FY23 Q2", "FY2023", "FY23-H1", "CY2023 Q1".
  matcher('fiscal', `(?<k>FY|CY)\\s{0,2}[-'’]?\\s{0,1}(?<fy>\\d{4}|\\d{2})(?:\\s{0,3}[-/,]?\\s{0,3}(?<u>Q|H)(?<n>\\d))?`, FY,
    (g, c) => fiscalOrCalendar(g, c)),
  // "Q2 FY23", "H1 FY2024", "Q1 CY23".
  matcher('fiscal-part-first', `(?<u>Q|H)(?<n>\\d)\\s{0,3}[-/,]?\\s{0,3}(?<k>FY|CY)\\s{0,2}[-'’]?(?<fy>\\d{4}|\\d{2})`, FY,
    (g, c) => fiscalOrCalendar(g, c)),

  // Quarters.
  matcher('quarter', `Q(?<q>[1-4])${TO_YEAR}${Y4('y')}`, Q, (g) => withYear(g, ['y'], (y) => quarterPeriod(y, num(g.q)))),
  matcher('quarter-yy', `Q(?<q>[1-4])\\s{0,2}${YY('yy')}`, Q, (g) => withYear(g, ['yy'], (y) => quarterPeriod(y, num(g.q)))),
  matcher('year-quarter', `${Y4('y')}(?:[-/.]|,?\\s{1,3})?Q(?<q>[1-4])`, Q, (g) => withYear(g, ['y'], (y) => quarterPeriod(y, num(g.q)))),
  matcher('nq-year', `(?<q>[1-4])Q(?:\\s{0,2}${Y4('y')}|\\s{0,2}${YY('yy')}|(?<yy2>\\d{2}))`, Q,
    (g) => withYear(g, ['y', 'yy', 'yy2'], (y) => quarterPeriod(y, num(g.q)))),
  matcher('ordinal-quarter', `(?<o>first|second|third|fourth|1st|2nd|3rd|4th|last)\\s{1,3}quarter${TO_YEAR}${Y4('y')}`, Q,
    (g) => withYear(g, ['y'], (y) => quarterPeriod(y, g.o?.toLowerCase() === 'last' ? 4 : readOrdinal(g.o ?? '') ?? NaN))),
  matcher('quarter-word', `quarter\\s{1,3}(?<q>[1-4])${TO_YEAR}${Y4('y')}`, Q, (g) => withYear(g, ['y'], (y) => quarterPeriod(y, num(g.q)))),
  matcher('zh-quarter', `${Y4('y')}\\s{0,2}年\\s{0,2}(?:第\\s{0,2})?(?:(?<o>[一二三四1-4])\\s{0,2}季度?|Q(?<q>[1-4]))`, Q,
    (g) => withYear(g, ['y'], (y) => quarterPeriod(y, g.q !== undefined ? num(g.q) : readOrdinal(g.o ?? '') ?? NaN))),
  matcher('quarter-span', `Q(?<q1>[1-4])${SPAN}Q(?<q2>[1-4])${TO_YEAR}${Y4('y')}`, Q,
    (g) => withYear(g, ['y'], (y) => quarterSpanInYear(y, num(g.q1), num(g.q2)))),
  matcher('year-quarter-span', `${Y4('y')}(?:[-/.]|,?\\s{1,3})?Q(?<q1>[1-4])${SPAN}Q(?<q2>[1-4])`, Q,
    (g) => withYear(g, ['y'], (y) => quarterSpanInYear(y, num(g.q1), num(g.q2)))),

  // Halves.
  matcher('half', `H(?<h>[12])${TO_YEAR}${Y4('y')}`, H, (g) => withYear(g, ['y'], (y) => halfPeriod(y, num(g.h)))),
  matcher('half-yy', `H(?<h>[12])\\s{0,2}${YY('yy')}`, H, (g) => withYear(g, ['yy'], (y) => halfPeriod(y, num(g.h)))),
  matcher('year-half', `${Y4('y')}(?:[-/.]|,?\\s{1,3})?H(?<h>[12])`, H, (g) => withYear(g, ['y'], (y) => halfPeriod(y, num(g.h)))),
  matcher('nh-year', `(?<h>[12])H(?:\\s{0,2}${Y4('y')}|\\s{0,2}${YY('yy')}|(?<yy2>\\d{2}))`, H,
    (g) => withYear(g, ['y', 'yy', 'yy2'], (y) => halfPeriod(y, num(g.h)))),
  matcher('ordinal-half', `(?<o>first|second|1st|2nd)\\s{1,3}half${TO_YEAR}${Y4('y')}`, H,
    (g) => withYear(g, ['y'], (y) => halfPeriod(y, readOrdinal(g.o ?? '') ?? NaN))),
  matcher('zh-half', `${Y4('y')}\\s{0,2}年\\s{0,2}(?:(?<s>上|下)半年|H(?<h>[12]))`, H,
    (g) => withYear(g, ['y'], (y) => halfPeriod(y, g.h !== undefined ? num(g.h) : g.s === '上' ? 1 : 2))),

  // Years and year spans.
  matcher('year', Y4('y'), ANY, (g) => withYear(g, ['y'], yearPeriod, true)),
  matcher('zh-year', `${Y4('y')}\\s{0,2}年度?`, /年/, (g) => withYear(g, ['y'], yearPeriod)),
  matcher('year-span', `${Y4('y1')}${SPAN}${Y4('y2')}`, YEAR_JOINED, (g) => {
    const y1 = yearOf(g, 'y1');
    const y2 = yearOf(g, 'y2');
    return y1 === null || y2 === null ? null : built(yearSpan(y1, y2), true);
  }),
  // "2022-23": only when the two digits are the next year and cannot be a month.
  matcher('year-span-yy', `${Y4('y1')}\\s{0,1}[-–/]\\s{0,1}(?<yy>\\d{2})`, YEAR_JOINED, (g) => {
    const y1 = yearOf(g, 'y1');
    const yy = num(g.yy);
    if (y1 === null || yy <= 12 || yy !== (y1 + 1) % 100) return null;
    return built(yearSpan(y1, y1 + 1), true);
  }),

  // Months.
  matcher('month', `${MON('m')}${TO_YEAR}${Y4('y')}`, M, (g) => withYear(g, ['y'], (y) => monthPeriod(y, monthFromName(g.m ?? '') ?? NaN))),
  matcher('month-yy', `${MON('m')}\\s{0,2}${YY('yy')}`, M, (g) => withYear(g, ['yy'], (y) => monthPeriod(y, monthFromName(g.m ?? '') ?? NaN))),
  matcher('iso-month', `${Y4('y')}[-/](?<m>\\d{1,2})`, YEAR_JOINED, (g) => withYear(g, ['y'], (y) => monthPeriod(y, num(g.m)))),
  matcher('month-slash-year', `(?<m>\\d{1,2})/${Y4('y')}`, /\//, (g) => withYear(g, ['y'], (y) => monthPeriod(y, num(g.m)))),
  matcher('zh-month', `${Y4('y')}\\s{0,2}年\\s{0,2}(?<m>\\d{1,2})\\s{0,2}月份?`, /月/, (g) => withYear(g, ['y'], (y) => monthPeriod(y, num(g.m)))),
  matcher('month-span', `${MON('m1')}${SPAN}${MON('m2')}(?:\\s{0,3},\\s{0,3}|\\s{1,3})${Y4('y')}`, M,
    (g) => withYear(g, ['y'], (y) => monthSpanInYear(y, monthFromName(g.m1 ?? '') ?? NaN, monthFromName(g.m2 ?? '') ?? NaN))),

  // Days.
  matcher('month-day-year', `${MON('m')}\\s{1,3}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3},\\s{0,3}|\\s{1,3})${Y4('y')}`, M,
    (g) => withYear(g, ['y'], (y) => dayPeriod(y, monthFromName(g.m ?? '') ?? NaN, num(g.d)))),
  matcher('day-month-year', `(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}of\\s{1,3}|\\s{1,3}|-)${MON('m')}(?:\\s{0,3},\\s{0,3}|\\s{1,3}|-)${Y4('y')}`, M,
    (g) => withYear(g, ['y'], (y) => dayPeriod(y, monthFromName(g.m ?? '') ?? NaN, num(g.d)))),
  matcher('iso-day', `${Y4('y')}(?<s>[-./])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})`, YEAR_JOINED,
    (g) => withYear(g, ['y'], (y) => dayPeriod(y, num(g.m), num(g.d)))),
  matcher('zh-day', `${Y4('y')}\\s{0,2}年\\s{0,2}(?<m>\\d{1,2})\\s{0,2}月\\s{0,2}(?<d>\\d{1,2})\\s{0,2}[日号]`, /月/,
    (g) => withYear(g, ['y'], (y) => dayPeriod(y, num(g.m), num(g.d)))),

  // Approximate readings.
  matcher('part-of-year', `${PART}(?:year\\s{1,3})?(?:CY\\s{0,2})?${Y4('y')}`, /early|mid|late|beginning|start|end|close/i,
    (g) => {
      const part = partOf(g);
      return part ? withYear(g, ['y'], (y) => yearPartPeriod(y, part)) : null;
    }),
  matcher('part-of-cy', `${PART}CY\\s{0,2}(?<cy>\\d{2})`, /cy/i,
    (g) => {
      const part = partOf(g);
      return part ? withYear(g, ['cy'], (y) => yearPartPeriod(y, part)) : null;
    }),
  matcher('part-of-month', `${PART}${MON('m')}${TO_YEAR}${Y4('y')}`, M,
    (g) => withYear(g, ['y'], (y) => approx(monthPeriod(y, monthFromName(g.m ?? '') ?? NaN)))),
  matcher('part-of-quarter', `${PART}Q(?<q>[1-4])${TO_YEAR}${Y4('y')}`, Q,
    (g) => withYear(g, ['y'], (y) => approx(quarterPeriod(y, num(g.q))))),
  matcher('part-of-half', `${PART}H(?<h>[12])${TO_YEAR}${Y4('y')}`, H,
    (g) => withYear(g, ['y'], (y) => approx(halfPeriod(y, num(g.h))))),
  matcher('season', `(?<season>spring|summer|fall|autumn|winter)${TO_YEAR}${Y4('y')}`, /spring|summer|fall|autumn|winter/i, (g) => {
    const word = g.season?.toLowerCase();
    const season = word === 'autumn' ? 'fall' : word;
    if (season !== 'spring' && season !== 'summer' && season !== 'fall' && season !== 'winter') return null;
    return withYear(g, ['y'], (y) => seasonPeriod(y, season));
  }),
  // "2023年中" (but not "2024年中国…"), "2022年底", "2022年末", "2023年初".
  matcher('zh-part', `${Y4('y')}\\s{0,2}年\\s{0,2}(?<zh>初|中|底|末)(?![国國文华華心])`, /年/,
    (g) => {
      const part = partOf(g);
      return part ? withYear(g, ['y'], (y) => yearPartPeriod(y, part)) : null;
    }),
];

function approx(shape: CalendarShape | null): CalendarShape | null {
  return shape ? approximately(shape) : null;
}

function withYear(
  groups: Record<string, string | undefined>,
  names: string[],
  make: (year: number) => CalendarShape | null,
  bare = false,
): Built | null {
  const year = yearOf(groups, ...names);
  return year === null ? null : built(make(year), bare);
}

function fiscalOrCalendar(groups: Record<string, string | undefined>, context: MatchContext): Built | null {
  const year = yearOf(groups, 'fy');
  if (year === null) return null;
  const unit = groups.u?.toUpperCase();
  const n = num(groups.n);
  const part = unit === 'Q' ? {unit: 'quarter' as const, n} : unit === 'H' ? {unit: 'half' as const, n} : null;
  if (groups.k?.toUpperCase() === 'CY') {
    if (!part) return built(yearPeriod(year));
    return built(part.unit === 'quarter' ? quarterPeriod(year, n) : halfPeriod(year, n));
  }
  return built(fiscalPeriod(year, part, context.fiscalYearStartMonth));
}
