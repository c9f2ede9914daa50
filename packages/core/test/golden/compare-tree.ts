/**
 * Compares a hand-written expected item tree with the parser's items, sibling list by sibling
 * list, matching items by start line. Returns one message per disagreement.
 */
import {isCalendarPeriod, type Item, type Period} from '../../src/model.js';
import {normalizeText, sectionMatches} from './normalize.js';
import type {ExpectedItem, ExpectedPeriod} from './seeds.expected.js';

/** Titles compare case-, markup- and trailing-punctuation-insensitively. */
export function normalizeTitle(title: string): string {
  return normalizeText(title).replace(/[.;,]+$/, '');
}

function showPeriod(period: Period | null): string {
  if (period === null) return 'null';
  if (isCalendarPeriod(period)) return `${period.label} ${period.start}..${period.end}`;
  return `horizon ${period.horizon} (${period.label})`;
}

function periodMatches(expected: ExpectedPeriod | null, actual: Period | null): boolean {
  if (expected === null) return actual === null;
  return isCalendarPeriod(actual) && actual.label === expected.label && actual.start === expected.start && actual.end === expected.end;
}

function compareItem(file: string, expected: ExpectedItem, actual: Item): string[] {
  const at = `${file}:${expected.line}`;
  const out: string[] = [];
  const title = normalizeTitle(actual.title);
  if (!title.startsWith(normalizeTitle(expected.title))) {
    out.push(`${at} title: expected to start with ${JSON.stringify(expected.title)}, got ${JSON.stringify(actual.title)}`);
  }
  if (!sectionMatches(actual.section, expected.section)) {
    out.push(`${at} section: expected path containing ${JSON.stringify(expected.section)}, got ${JSON.stringify(actual.section)}`);
  }
  if (!periodMatches(expected.period, actual.period)) {
    const want = expected.period ? `${expected.period.label} ${expected.period.start}..${expected.period.end}` : 'null';
    out.push(`${at} period: expected ${want}, got ${showPeriod(actual.period)}`);
  }
  if (expected.theme !== undefined && expected.theme !== actual.theme) {
    out.push(`${at} theme: expected ${JSON.stringify(expected.theme)}, got ${JSON.stringify(actual.theme)} (raw ${JSON.stringify(actual.themeRaw)})`);
  }
  if (expected.status !== actual.status) {
    out.push(`${at} status: expected ${expected.status}, got ${actual.status} (from ${JSON.stringify(actual.statusRaw)})`);
  }
  const wantLinks = [...expected.links].sort();
  const gotLinks = [...actual.links].sort();
  if (JSON.stringify(wantLinks) !== JSON.stringify(gotLinks)) {
    out.push(`${at} links: expected ${JSON.stringify(wantLinks)}, got ${JSON.stringify(gotLinks)}`);
  }
  out.push(...compareTree(file, expected.children, actual.children, `children of line ${expected.line}`));
  return out;
}

export function compareTree(file: string, expected: readonly ExpectedItem[], actual: readonly Item[], where = 'top level'): string[] {
  const out: string[] = [];
  const lines = (list: readonly {line: number}[]): string => list.map((i) => i.line).join(',') || 'none';
  if (expected.length !== actual.length) {
    out.push(`${file} ${where}: expected ${expected.length} items (lines ${lines(expected)}), got ${actual.length} (lines ${lines(actual)})`);
  }
  const unmatched = new Set(actual);
  for (const want of expected) {
    const got = actual.find((item) => item.line === want.line && unmatched.has(item));
    if (!got) {
      out.push(`${file}:${want.line} missing item ${JSON.stringify(want.title)} (${where})`);
      continue;
    }
    unmatched.delete(got);
    out.push(...compareItem(file, want, got));
  }
  for (const extra of unmatched) out.push(`${file}:${extra.line} unexpected item ${JSON.stringify(extra.title)} (${where})`);
  return out;
}
