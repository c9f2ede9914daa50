/**
 * Where items go on the timeline (lane × column) and in the matrix (row ×
 * column). Pure functions of the model, so the server and the browser agree.
 */
import type {CalendarPeriod, Item, Roadmap} from '@roadmark/core';
import type {Zoom} from './types.js';
import {axisColumns, columnSpan, type AxisColumn} from './axis.js';
import {UNTHEMED} from './no-theme.js';

export {UNTHEMED};

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

/** Every item in a lane, sub-items included (whatever their own theme): what the lane's count says. */
export function laneItemCount(lane: Pick<Lane, 'items'>): number {
  let count = 0;
  const stack: Item[] = lane.items.slice();
  while (stack.length > 0) {
    const item = stack.pop()!;
    count += 1;
    for (const child of item.children) stack.push(child);
  }
  return count;
}

export interface ThemeChoice {
  id: string;
  label: string;
  color: string | null;
  /** No lane has this theme: only sub-items (of other themes' items) carry it. */
  subItemsOnly: boolean;
}

/**
 * The theme filter's choices: the lanes' themes first, in lane order, then the themes that only
 * sub-items carry, marked as such (filtering by one shows the cards holding such sub-items).
 */
export function themeChoices(lanes: readonly Pick<Lane, 'id' | 'color'>[], labels: readonly string[], themes: readonly {id: string; label: string; color: string | null}[]): ThemeChoice[] {
  const choices: ThemeChoice[] = lanes.map((lane, index) => ({id: lane.id, label: labels[index] ?? lane.id, color: lane.color, subItemsOnly: false}));
  const seen = new Set(choices.map((choice) => choice.id));
  for (const theme of themes) {
    if (!seen.has(theme.id)) {
      seen.add(theme.id);
      choices.push({id: theme.id, label: theme.label, color: theme.color, subItemsOnly: true});
    }
  }
  return choices;
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

/**
 * How the timeline arranges a roadmap:
 *  - time: calendar columns (only those that hold an item), then Now / Next / Later / Unscheduled;
 *  - release: one column per release, in release order, then a column of the items without one;
 *  - cards: no columns; each lane is a wrapping grid of cards (for roadmaps that are mostly unscheduled).
 */
export type TimelineLayout = 'time' | 'release' | 'cards';

export interface TimelineGrid {
  layout: TimelineLayout;
  /** Calendar columns (time) or release columns (release: key `r:<release>`, label the release, no dates). */
  columns: AxisColumn[];
  /** Keys of the columns that follow a collapsed stretch of empty periods (time layout). */
  gapBefore: ReadonlySet<string>;
  buckets: BucketKey[];
  /** 1-based CSS grid column start and end (exclusive) for each top-level item id. */
  place: Map<string, {from: number; to: number}>;
}

/** Share of top-level items with neither a date nor a horizon from which the timeline lays out cards. */
export const CARDS_FROM_UNSCHEDULED_SHARE = 2 / 3;
const releaseCollator = new Intl.Collator('en', {numeric: true});

/** The releases of the top-level items in release order: by their earliest date where all have one, else by name as versions. */
export function releaseOrder(items: readonly Item[]): string[] {
  const earliest = new Map<string, string | null>();
  for (const item of items) {
    if (!item.release) continue;
    const start = calendar(item)?.start ?? null;
    const known = earliest.get(item.release) ?? null;
    earliest.set(item.release, known === null || (start !== null && start < known) ? start ?? known : known);
  }
  const releases = Array.from(earliest.keys());
  const dated = releases.every((release) => earliest.get(release) !== null);
  return releases.sort((a, b) => (dated ? earliest.get(a)!.localeCompare(earliest.get(b)!) : 0) || releaseCollator.compare(a, b));
}

/**
 * Which layout fits the roadmap (a function of its items only, never of the zoom): release columns when at
 * least half the items name a release and the releases tell more apart than the dates do; cards when most
 * items (CARDS_FROM_UNSCHEDULED_SHARE) have neither a date nor a horizon; else the time axis.
 */
export function timelineLayoutOf(roadmap: Roadmap): TimelineLayout {
  const items = roadmap.items;
  if (items.length === 0) return 'time';
  const releases = new Set(items.map((item) => item.release).filter((release): release is string => !!release));
  const withRelease = items.filter((item) => item.release).length;
  const periods = new Set(items.map(calendar).filter((p): p is CalendarPeriod => p !== null).map((p) => `${p.start}/${p.end}`));
  if (releases.size >= 2 && withRelease * 2 >= items.length && releases.size > periods.size) return 'release';
  const unscheduled = items.filter((item) => bucketOf(item) === 'unscheduled').length;
  return unscheduled >= items.length * CARDS_FROM_UNSCHEDULED_SHARE ? 'cards' : 'time';
}

export function timelineGrid(roadmap: Roadmap, zoom: Zoom, fiscalYearStartMonth: number): TimelineGrid {
  const layout = timelineLayoutOf(roadmap);
  const place = new Map<string, {from: number; to: number}>();
  if (layout === 'cards') {
    for (const item of roadmap.items) place.set(item.id, {from: 1, to: 2});
    return {layout, columns: [], gapBefore: new Set(), buckets: [], place};
  }
  if (layout === 'release') {
    const releases = releaseOrder(roadmap.items);
    const columns = releases.map((release) => ({key: `r:${release}`, label: release, start: '', end: ''}));
    const buckets: BucketKey[] = roadmap.items.some((item) => !item.release) ? ['unscheduled'] : [];
    for (const item of roadmap.items) {
      const index = item.release ? releases.indexOf(item.release) : releases.length;
      place.set(item.id, {from: index + 1, to: index + 2});
    }
    return {layout, columns, gapBefore: new Set(), buckets, place};
  }
  const dated = roadmap.items.map(calendar).filter((p): p is CalendarPeriod => p !== null);
  const axis = axisColumns(dated, zoom, fiscalYearStartMonth);
  // Empty periods collapse: only the columns some item covers stay (a span covers every column it crosses).
  const held = new Set<number>();
  for (const period of dated) {
    const span = columnSpan(axis, period);
    if (span) for (let index = span.first; index <= span.last; index++) held.add(index);
  }
  const columns = axis.filter((_, index) => held.has(index));
  const firstHeld = Math.min(...Array.from(held));
  const gapBefore = new Set(axis.filter((_, index) => held.has(index) && index > firstHeld && !held.has(index - 1)).map((c) => c.key));
  const buckets = BUCKETS.filter((b) => roadmap.items.some((item) => bucketOf(item) === b));
  for (const item of roadmap.items) {
    const period = calendar(item);
    const span = period ? columnSpan(columns, period) : null;
    if (span) place.set(item.id, {from: span.first + 1, to: span.last + 2});
    else {
      // A date beyond the capped axis goes to the last column.
      const bucket = Math.max(buckets.indexOf(bucketOf(item) ?? 'unscheduled'), 0) - (buckets.length === 0 ? 1 : 0);
      place.set(item.id, {from: columns.length + bucket + 1, to: columns.length + bucket + 2});
    }
  }
  return {layout, columns, gapBefore, buckets, place};
}

/** The items of one lane that share a place on the grid (same first and last column). */
export interface TimelineCell {
  /** Stable across zoom levels while the cell keeps its first item: the first item's id. */
  key: string;
  /** 1-based CSS grid column start and end (exclusive). */
  from: number;
  to: number;
  items: Item[];
}

/** A lane's cells in reading order (left to right, narrow before wide); items keep their source order. */
export function laneCells(items: readonly Item[], place: TimelineGrid['place']): TimelineCell[] {
  const cells = new Map<string, TimelineCell>();
  for (const item of items) {
    const at = place.get(item.id);
    if (!at) continue;
    const where = `${at.from}/${at.to}`;
    const cell = cells.get(where);
    if (cell) cell.items.push(item);
    else cells.set(where, {key: item.id, from: at.from, to: at.to, items: [item]});
  }
  return Array.from(cells.values()).sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Cards a crowded cell shows before its "Show all" button. */
export const CELL_LIMIT = 6;

/**
 * How many of a cell's `count` cards show while it is collapsed: all of them
 * unless collapsing hides at least three (a button that reveals one card costs
 * as much room as the card).
 */
export function cellHeadCount(count: number, limit = CELL_LIMIT): number {
  return count > limit + 2 ? limit : count;
}

/*
 * Placeholder heights (rem) for cells and lanes that are off screen and not
 * laid out yet (content-visibility: auto), from the text they hold at the
 * narrowest column width (15rem). Close enough to keep the page about as tall
 * as it will be; once laid out, the browser remembers the real size.
 */
const TITLE_CHARS_PER_LINE = 22;
/** A sub-item's text shares its line with a status icon, its period and its permalink. */
const SUB_ITEM_CHARS_PER_LINE = 14;
const LINE_REM = 1.19;
/** Margin, border, padding, gaps and the status line of a card. */
const CARD_CHROME_REM = 4.3;
const FOOTER_LINE_REM = 1.35;
const BUTTON_REM = 2.4;

function lines(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}

function subItemsHeight(items: readonly Item[]): number {
  return items.reduce((sum, item) => sum + lines(item.title, SUB_ITEM_CHARS_PER_LINE) * LINE_REM + 0.4 + subItemsHeight(item.children), 0);
}

/** A card's height in rem; `withSource`: the card links to its source line (a footer on every card). */
export function cardHeightEstimate(item: Item, withSource: boolean): number {
  const description = item.description.slice(0, 2).reduce((sum, paragraph) => sum + lines(paragraph.map(plainText).join(''), TITLE_CHARS_PER_LINE) * LINE_REM, 0);
  const footerParts = (item.links.length > 0 ? 1 : 0) + (item.owners.length > 0 ? 1 : 0) + (withSource ? 1 : 0);
  // Link chips, owners and the source link wrap to a second line when there are two or more of them.
  const footer = footerParts === 0 ? 0 : footerParts === 1 ? FOOTER_LINE_REM : 2 * FOOTER_LINE_REM;
  const children = item.children.length > 0 ? 0.35 + subItemsHeight(item.children) : 0;
  // The section path line under the title (shown when the item sits under a heading).
  const section = item.section.length > 0 ? lines(item.section.join(' › '), TITLE_CHARS_PER_LINE) * FOOTER_LINE_REM : 0;
  return CARD_CHROME_REM + lines(item.title, TITLE_CHARS_PER_LINE) * LINE_REM + description + section + children + footer;
}

function plainText(node: {type: string}): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as {type: string}[]).map(plainText).join('');
  return '';
}

/** A collapsed cell's height in rem: its first cards and its "Show all" button. */
export function cellHeightEstimate(cell: TimelineCell, withSource: boolean): number {
  const head = cellHeadCount(cell.items.length);
  const button = head < cell.items.length ? BUTTON_REM : 0;
  return cell.items.slice(0, head).reduce((sum, item) => sum + cardHeightEstimate(item, withSource), button);
}

/** A lane's height in rem with its cells collapsed: the tallest stack of cells over any of its columns. */
export function laneHeightEstimate(cells: readonly TimelineCell[], withSource: boolean): number {
  const columns = new Map<number, number>();
  // A cell spanning several columns sits below the cells of its first column.
  for (const cell of cells) columns.set(cell.from, (columns.get(cell.from) ?? 0) + cellHeightEstimate(cell, withSource));
  return Math.max(4, ...Array.from(columns.values())) + 0.4;
}

/** How many leading lanes it takes to fill `rem` of height (all of them if they are shorter together). */
export function lanesToFill(heights: readonly number[], rem: number): number {
  let filled = 0;
  for (let index = 0; index < heights.length; index++) {
    filled += heights[index]!;
    if (filled >= rem) return index + 1;
  }
  return heights.length;
}

/** Item id (cards and sub-items) → key of its cell, for the items a collapsed cell hides. */
export function overflowIndex(cells: readonly TimelineCell[]): Map<string, string> {
  const index = new Map<string, string>();
  const visit = (item: Item, key: string) => {
    index.set(item.id, key);
    for (const child of item.children) visit(child, key);
  };
  for (const cell of cells) for (const item of cell.items.slice(cellHeadCount(cell.items.length))) visit(item, cell.key);
  return index;
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
  return Array.from(seen.values()).sort(compareMatrixColumns);
}
