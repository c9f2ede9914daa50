/**
 * Compares a parsed roadmap with a label file and returns every disagreement as a message
 * naming file:line, the field, what was expected and what the parser gave.
 *
 * Resolution: an item belongs to every range whose lines contain its start line. For each field
 * the last such range (in file order) that states the field wins, so a later, narrower range
 * overrides an earlier, wider one field by field. `period` and `horizon` are one field (when).
 * Skip ranges: no item may start inside one (the parser must leave raw HTML, legends, tables of
 * contents … out of the model; no-loss.test.ts accepts a diagnostic at such lines instead).
 */
import {isCalendarPeriod, isHorizonPeriod, type Item, type Period, type Roadmap} from '../../src/model.js';
import {flattenItems} from './flatten.js';
import type {LabelFile, LabelRange} from './label-file.js';
import {normalizeRelease, sectionMatches} from './normalize.js';

export interface LabelReport {
  failures: string[];
  /** Ranges that matched no item and state no count: they check nothing. */
  vacuous: string[];
  checkedItems: number;
}

function showPeriod(period: Period | null): string {
  if (period === null) return 'null';
  if (isCalendarPeriod(period)) return `${period.start}..${period.end} ("${period.raw}")`;
  if (isHorizonPeriod(period)) return `horizon ${period.horizon} ("${period.raw}")`;
  return JSON.stringify(period);
}

function lastStating<K extends keyof LabelRange>(ranges: readonly LabelRange[], keys: readonly K[]): LabelRange | undefined {
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i]!;
    if (keys.some((key) => key in range)) return range;
  }
  return undefined;
}

function checkWhen(range: LabelRange, item: Item): string | null {
  if (range.horizon !== undefined) {
    return isHorizonPeriod(item.period) && item.period.horizon === range.horizon
      ? null : `horizon: expected ${range.horizon}, got ${showPeriod(item.period)}`;
  }
  const expected = range.period;
  if (expected === undefined) return null;
  if (expected === null) return item.period === null ? null : `period: expected null, got ${showPeriod(item.period)}`;
  const ok = isCalendarPeriod(item.period) && item.period.start === expected.start && item.period.end === expected.end;
  return ok ? null : `period: expected ${expected.start}..${expected.end}, got ${showPeriod(item.period)}`;
}

function checkItem(item: Item, covering: readonly LabelRange[]): string[] {
  const problems: string[] = [];
  const sectionRange = lastStating(covering, ['section']);
  if (sectionRange?.section && !sectionMatches(item.section, sectionRange.section)) {
    problems.push(`section: expected path containing ${JSON.stringify(sectionRange.section)}, got ${JSON.stringify(item.section)}`);
  }
  const whenRange = lastStating(covering, ['period', 'horizon']);
  const when = whenRange ? checkWhen(whenRange, item) : null;
  if (when) problems.push(when);
  const statusRange = lastStating(covering, ['status']);
  if (statusRange && statusRange.status !== item.status) {
    problems.push(`status: expected ${statusRange.status}, got ${item.status} (from ${JSON.stringify(item.statusRaw)})`);
  }
  const releaseRange = lastStating(covering, ['release']);
  if (releaseRange && releaseRange.release !== undefined) {
    const want = releaseRange.release === null ? null : normalizeRelease(releaseRange.release);
    const got = item.release === null ? null : normalizeRelease(item.release);
    if (want !== got) problems.push(`release: expected ${JSON.stringify(releaseRange.release)}, got ${JSON.stringify(item.release)}`);
  }
  const themeRange = lastStating(covering, ['theme']);
  if (themeRange && themeRange.theme !== item.theme) {
    problems.push(`theme: expected ${JSON.stringify(themeRange.theme)}, got ${JSON.stringify(item.theme)} (raw ${JSON.stringify(item.themeRaw)})`);
  }
  return problems;
}

function sameText(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return expected.replace(/\s+/g, ' ').trim() === actual.replace(/\s+/g, ' ').trim();
}

export function checkLabels(label: LabelFile, roadmap: Roadmap): LabelReport {
  const failures: string[] = [];
  const vacuous: string[] = [];
  const items = flattenItems(roadmap.items);
  const where = (line: number): string => `${label.file}:${line}`;

  if (label.doc.title !== undefined && !sameText(label.doc.title, roadmap.title)) {
    failures.push(`${label.file} doc.title: expected ${JSON.stringify(label.doc.title)}, got ${JSON.stringify(roadmap.title)}`);
  }
  if (label.doc.updated !== undefined && label.doc.updated !== roadmap.updated) {
    failures.push(`${label.file} doc.updated: expected ${JSON.stringify(label.doc.updated)}, got ${JSON.stringify(roadmap.updated)} (raw ${JSON.stringify(roadmap.updatedRaw)})`);
  }

  let checkedItems = 0;
  for (const item of items) {
    const covering = label.ranges.filter((r) => r.from <= item.line && item.line <= r.to);
    const skip = covering.find((r) => r.skip);
    if (skip) {
      failures.push(`${where(item.line)} item "${item.title}" starts in skip range ${skip.from}-${skip.to} (${skip.why})`);
      continue;
    }
    if (covering.length === 0) continue;
    checkedItems++;
    for (const problem of checkItem(item, covering)) failures.push(`${where(item.line)} "${item.title.slice(0, 60)}" ${problem}`);
  }

  for (const range of label.ranges) {
    const inside = items.filter((item) => range.from <= item.line && item.line <= range.to);
    if (range.count !== undefined && inside.length !== range.count) {
      const lines = inside.map((item) => item.line).join(',') || 'none';
      failures.push(`${label.file}:${range.from}-${range.to} count: expected ${range.count} items, got ${inside.length} (at lines ${lines})${range.why ? ` — ${range.why}` : ''}`);
    }
    if (!range.skip && range.count === undefined && inside.length === 0) {
      vacuous.push(`${label.file}:${range.from}-${range.to} matched no item`);
    }
  }
  return {failures, vacuous, checkedItems};
}
