/**
 * Where items go on the timeline (lane × column) and in the matrix (row ×
 * column). Pure functions of the model, so the server and the browser agree.
 */
import type {CalendarPeriod, Item, Roadmap} from '@roadmark/core';
import type {Zoom} from './types.js';
import {axisColumns, columnSpan, type AxisColumn} from './axis.js';

export const UNTHEMED = 'unthemed';

export interface Lane {
  id: string;
  label: string | null;
  color: string | null;
  items: Item[];
}

/** One lane per canonical theme, in the roadmap's theme order; items without a theme last. */
export function lanesOf(roadmap: Roadmap): Lane[] {
  const lanes = roadmap.themes.map((t) => ({id: t.id, label: t.label, color: t.color, items: [] as Item[]}));
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const unthemed: Lane = {id: UNTHEMED, label: null, color: null, items: []};
  for (const item of roadmap.items) (byId.get(item.theme ?? '') ?? unthemed).items.push(item);
  return [...lanes, unthemed].filter((lane) => lane.items.length > 0);
}

function calendar(item: Item): CalendarPeriod | null {
  return item.period && 'start' in item.period ? item.period : null;
}

export type BucketKey = 'now' | 'next' | 'later' | 'unscheduled';
export const BUCKETS: readonly BucketKey[] = ['now', 'next', 'later', 'unscheduled'];

export function bucketOf(item: Item): BucketKey | null {
  if (calendar(item)) return null;
  if (item.period && 'horizon' in item.period) return item.period.horizon;
  return 'unscheduled';
}

export interface TimelineGrid {
  columns: AxisColumn[];
  buckets: BucketKey[];
  /** 1-based CSS grid column start and end (exclusive) for each top-level item id. */
  place: Map<string, {from: number; to: number}>;
}

export function timelineGrid(roadmap: Roadmap, zoom: Zoom, fiscalYearStartMonth: number): TimelineGrid {
  const dated = roadmap.items.map(calendar).filter((p): p is CalendarPeriod => p !== null);
  const columns = axisColumns(dated, zoom, fiscalYearStartMonth);
  const buckets = BUCKETS.filter((b) => roadmap.items.some((item) => bucketOf(item) === b));
  const place = new Map<string, {from: number; to: number}>();
  for (const item of roadmap.items) {
    const period = calendar(item);
    const span = period ? columnSpan(columns, period) : null;
    if (span) place.set(item.id, {from: span.first + 1, to: span.last + 2});
    else {
      const bucket = buckets.indexOf(bucketOf(item) ?? 'unscheduled');
      place.set(item.id, {from: columns.length + bucket + 1, to: columns.length + bucket + 2});
    }
  }
  return {columns, buckets, place};
}

export interface MatrixColumn {
  key: string;
  label: string;
  kind: 'period' | 'horizon' | 'release' | 'unscheduled';
}

const HORIZON_ORDER = ['now', 'next', 'later'];

/** The matrix column of an item: its period, else its horizon, else its release. */
export function matrixColumnOf(item: Item): MatrixColumn {
  const period = calendar(item);
  if (period) return {key: `p:${period.start}:${period.end}`, label: period.label, kind: 'period'};
  if (item.period && 'horizon' in item.period) {
    return {key: `h:${item.period.horizon}`, label: item.period.label, kind: 'horizon'};
  }
  if (item.release) return {key: `r:${item.release}`, label: item.release, kind: 'release'};
  return {key: 'u', label: 'Unscheduled', kind: 'unscheduled'};
}

const KIND_ORDER: MatrixColumn['kind'][] = ['period', 'release', 'horizon', 'unscheduled'];
const collator = new Intl.Collator('en', {numeric: true});

export function compareMatrixColumns(a: MatrixColumn, b: MatrixColumn): number {
  const kind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (kind !== 0) return kind;
  if (a.kind === 'horizon') return HORIZON_ORDER.indexOf(a.key.slice(2)) - HORIZON_ORDER.indexOf(b.key.slice(2));
  return collator.compare(a.key, b.key);
}

export function flatten(items: Item[], depth = 0): {item: Item; depth: number}[] {
  return items.flatMap((item) => [{item, depth}, ...flatten(item.children, depth + 1)]);
}

/** The distinct matrix columns of a roadmap, in time order. */
export function matrixColumns(roadmap: Roadmap): MatrixColumn[] {
  const seen = new Map<string, MatrixColumn>();
  for (const {item} of flatten(roadmap.items)) {
    const column = matrixColumnOf(item);
    if (!seen.has(column.key)) seen.set(column.key, column);
  }
  return [...seen.values()].sort(compareMatrixColumns);
}
