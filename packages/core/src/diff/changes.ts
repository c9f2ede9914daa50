/** Turning matched and unmatched items into reported changes, each with one readable line. */
import type {Period, Status} from '../model.js';
import {releaseKey, type FlatItem} from './flatten.js';
import type {FlatMatch} from './match.js';
import {comparePeriods, unitLabel} from './period.js';
import {CHANGE_KINDS, type Change, type ItemSnapshot} from './types.js';

export function snapshot(f: FlatItem): ItemSnapshot {
  const {item} = f;
  return {
    id: item.id,
    title: item.title,
    theme: item.theme,
    period: item.period,
    status: item.status,
    release: item.release,
    links: [...item.links],
    line: item.line,
    path: [...f.path],
  };
}

const quote = (title: string): string => `“${title}”`;
const unique = (values: string[]): string[] => [...new Set(values)];
const periodText = (period: Period | null): string => (period == null ? 'unscheduled' : period.label);
const statusText = (status: Status | null): string => (status == null ? 'no status' : status.replace('-', ' '));
const orNone = (value: string | null, none: string): string => (value == null || value === '' ? none : value);

function describeAdded(s: ItemSnapshot): string {
  const facts = [s.period?.label, s.status == null ? undefined : statusText(s.status)].filter((x) => x != null);
  return `Added ${quote(s.title)}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

export function addedChange(f: FlatItem): Change {
  const after = snapshot(f);
  return {kind: 'added', id: after.id, before: null, after, confidence: 1, summary: describeAdded(after)};
}

export function droppedChange(f: FlatItem): Change {
  const before = snapshot(f);
  const was = before.period == null ? '' : ` (was ${before.period.label})`;
  return {kind: 'dropped', id: before.id, before, after: null, confidence: 1, summary: `Dropped ${quote(before.title)}${was}`};
}

/** All the ways one matched pair differs, in kind order. */
export function pairChanges(m: FlatMatch): Change[] {
  const before = snapshot(m.before);
  const after = snapshot(m.after);
  const base = {id: after.id, before, after, confidence: m.confidence};
  const name = quote(after.title);
  const changes: Change[] = [];

  const moved = comparePeriods(before.period, after.period);
  if (moved) {
    const route = `${periodText(before.period)} → ${periodText(after.period)}`;
    let summary: string;
    if (moved.move === 'scheduled') summary = `${name} scheduled for ${periodText(after.period)}`;
    else if (moved.move === 'unscheduled') summary = `${name} unscheduled (was ${periodText(before.period)})`;
    else if (moved.move === 'moved') summary = `${name} rescheduled: ${route}`;
    else {
      const verb = moved.move === 'slipped' ? 'slipped' : 'pulled in';
      const by = moved.delta ? ` ${unitLabel(moved.delta.unit, moved.delta.amount)}` : '';
      summary = `${name} ${verb}${by}: ${route}`;
    }
    changes.push({kind: 'rescheduled', ...base, ...(moved.delta ? {delta: moved.delta} : {}), move: moved.move, summary});
  }

  if (before.status !== after.status) {
    const done = after.status === 'done';
    const route = `${statusText(before.status)} → ${statusText(after.status)}`;
    const summary = done ? `${name} done (was ${statusText(before.status)})` : `${name} status: ${route}`;
    changes.push({kind: 'status', ...base, ...(done ? {done: true} : {}), summary});
  }

  if (m.before.profile.normalized !== m.after.profile.normalized) {
    changes.push({kind: 'retitled', ...base, summary: `${quote(before.title)} renamed to ${name}`});
  }

  if (before.theme !== after.theme) {
    const route = `${orNone(before.theme, 'no theme')} → ${orNone(after.theme, 'no theme')}`;
    changes.push({kind: 'theme', ...base, summary: `${name} theme: ${route}`});
  }

  if (releaseKey(before.release) !== releaseKey(after.release)) {
    const route = `${orNone(before.release, 'no release')} → ${orNone(after.release, 'no release')}`;
    changes.push({kind: 'release', ...base, summary: `${name} release: ${route}`});
  }

  // A set difference: links that only moved within the item, or repeat, are not a change.
  const added = unique(after.links.filter((url) => !before.links.includes(url)));
  const removed = unique(before.links.filter((url) => !after.links.includes(url)));
  if (added.length > 0 || removed.length > 0) {
    const parts = [...added.map((url) => `+ ${url}`), ...removed.map((url) => `− ${url}`)];
    changes.push({kind: 'links', ...base, links: {added, removed}, summary: `${name} links: ${parts.join(', ')}`});
  }
  return changes;
}

/** Kind order, then new-document line (old line for dropped), then old line; ids and titles settle exact ties. */
export function compareChanges(x: Change, y: Change): number {
  const kind = CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind);
  if (kind !== 0) return kind;
  const lineOf = (c: Change): number => (c.after ?? c.before)!.line;
  if (lineOf(x) !== lineOf(y)) return lineOf(x) - lineOf(y);
  const beforeLine = (x.before?.line ?? -1) - (y.before?.line ?? -1);
  if (beforeLine !== 0) return beforeLine;
  return compareText(x.id, y.id) || compareText(x.summary, y.summary);
}

/** Code-unit order: locale-independent, so output is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
