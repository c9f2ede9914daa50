/**
 * Finds every calendar period written in a text: runs the matchers, rejects matches glued to identifiers
 * (versions, paths, issue numbers, URLs), keeps the longest of overlapping readings, and joins
 * "X – Y" pairs into spans.
 */
import type {CalendarPeriod} from '../model.js';
import {type CalendarShape, approximately, joinSpan} from './build.js';
import {MATCHERS, type MatchContext} from './matchers.js';

export interface Candidate {
  index: number;
  length: number;
  shape: CalendarShape;
  /** A bare year (or year span) with no time word before it. */
  bare: boolean;
}

/** URLs, link destinations, inline code, HTML tags and e-mail addresses: never periods. */
const MASKED = /\b(?:https?|ftp):\/\/[^\s<>()[\]"'`]+|\bwww\.[^\s<>()[\]"'`]+|\]\([^)\s]*\)?|`[^`\n]*`|<\/?[A-Za-z][^<>\n]*>|[\w.+-]+@[\w-]+\.[\w.-]+/g;

const LATIN_WORD = /[A-Za-z0-9\u00C0-\u024F]/;
/** Characters that make a following number part of something else: "#2020", "$2000", "/2019/", "@2021". */
const GLUE_BEFORE = /[#$€£¥@/\\=]/;
/** Time words that turn a bare year in prose into a period: "in 2020", "through 2018", "since 2019". */
const QUALIFIER = /(?:^|[^A-Za-z])(?:in|by|during|through|throughout|thru|until|till|since|before|after|from|starting(?:\s{1,3}(?:in|from))?|beginning\s{1,3}in|around|circa|within|towards?|due(?:\s{1,3}in)?|(?:planned|scheduled|targeted|slated|expected)\s{1,3}(?:for|in)|end\s{1,3}of|early|mid|late)\s{1,3}(?:the\s{1,3}(?:year\s{1,3})?)?$|mid-$/i;
const BY_BEFORE = /(?:^|[^A-Za-z])by\s{1,3}$/i;
const SPAN_GAP = /^\s{0,3}(?:[-–—~→]|to|through|thru|until|till)\s{0,3}$/i;

function maskedRanges(text: string): Array<[number, number]> {
  if (!/[:/`<@(]/.test(text)) return [];
  const ranges: Array<[number, number]> = [];
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m; m = MASKED.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const beforeThat = text[start - 2] ?? '';
  if (LATIN_WORD.test(before) || GLUE_BEFORE.test(before)) return true;
  // "roadmap_2024" is an identifier; "_Completed Q3 2022_" is emphasis.
  if (before === '_' && LATIN_WORD.test(beforeThat)) return true;
  // "v1.2019", "release-2021-03" (but not "Jan 2024-Mar 2024", whose dash follows a digit).
  if (before === '.' && LATIN_WORD.test(beforeThat)) return true;
  if (before === '-' && /[A-Za-z]/.test(beforeThat)) return true;
  const after = text[end] ?? '';
  const afterThat = text[end + 1] ?? '';
  // An ISO timestamp may follow a date: "2024-02-01T10:00Z".
  if (after === 'T' && /\d/.test(afterThat) && /\d/.test(text[end - 1] ?? '')) return false;
  if (LATIN_WORD.test(after) || after === '%') return true;
  if (after === '_' && LATIN_WORD.test(afterThat)) return true;
  // "2024.1", "2019/05", "2018-11-05" read only partly, "2024.md", "2019/roadmap".
  if (/[-./:]/.test(after) && /\d/.test(afterThat)) return true;
  if (/[./]/.test(after) && /[A-Za-z]/.test(afterThat)) return true;
  return false;
}

function overlaps(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([from, to]) => start < to && end > from);
}

const FOUR_DIGIT_YEAR = /(?:19|20)\d\d/;

function collect(text: string, context: MatchContext): Candidate[] {
  const masked = maskedRanges(text);
  const found: Candidate[] = [];
  // Most forms need a four-digit year; a version number or an issue number alone cannot be one.
  const hasYear = FOUR_DIGIT_YEAR.test(text);
  // Many forms share a hint (quarter, half, month names): test each once.
  const hinted = new Map<RegExp, boolean>();
  for (const matcher of MATCHERS) {
    if (matcher.year && !hasYear) continue;
    let hint = hinted.get(matcher.hint);
    if (hint === undefined) hinted.set(matcher.hint, (hint = matcher.hint.test(text)));
    if (!hint) continue;
    const re = matcher.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const result = isGlued(text, start, end) || overlaps(masked, start, end) ? null : matcher.build(m.groups ?? {}, context);
      // Whether a time word makes a bare year a period is settled for the readings that `resolve` keeps.
      if (result) found.push({index: start, length: end - start, shape: result.shape, bare: result.bare === true});
      // Retry from the next character: a rejected or shorter reading may hide a valid one that starts inside it.
      re.lastIndex = start + 1;
    }
  }
  return found;
}

/** A time word right before `start` ("in 2020", "through the year 2018", "mid-2024"): it ends in a blank or "-". */
function isQualified(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || (before !== '-' && !/\s/.test(before))) return false;
  return QUALIFIER.test(text.slice(Math.max(0, start - 40), start));
}

/** Longest first, then leftmost; overlapping shorter readings are dropped. Result is in text order. */
function resolve(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    const end = candidate.index + candidate.length;
    if (!kept.some((k) => candidate.index < k.index + k.length && end > k.index)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** "Oct 2023 – Jan 2024", "Q3 2023 to Q1 2024": two adjacent periods joined by a span word become one range. */
function joinSpans(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b) {
      const gap = text.slice(a.index + a.length, b.index);
      const joined = SPAN_GAP.test(gap) ? joinSpan(a.shape, b.shape) : null;
      if (joined) {
        out.push({index: a.index, length: b.index + b.length - a.index, shape: joined, bare: a.bare && b.bare});
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** "by June 2025": the deadline word becomes part of the reading, which is then approximate. */
function extendBy(text: string, candidate: Candidate): Candidate {
  const before = text.slice(Math.max(0, candidate.index - 8), candidate.index);
  const by = BY_BEFORE.exec(before);
  if (!by) return candidate;
  const prefix = by[0].replace(/^[^A-Za-z]/, '').length;
  return {
    index: candidate.index - prefix,
    length: candidate.length + prefix,
    shape: approximately(candidate.shape),
    bare: false,
  };
}

/** All calendar periods in `text`, non-overlapping, in text order. */
export function scanCalendar(text: string, context: MatchContext): Candidate[] {
  if (!/\d/.test(text)) return [];
  const kept = resolve(collect(text, context));
  for (const candidate of kept) if (candidate.bare && isQualified(text, candidate.index)) candidate.bare = false;
  return joinSpans(text, kept).map((c) => extendBy(text, c));
}

export function toPeriod(text: string, candidate: Candidate): CalendarPeriod {
  return {...candidate.shape, raw: text.slice(candidate.index, candidate.index + candidate.length)};
}
