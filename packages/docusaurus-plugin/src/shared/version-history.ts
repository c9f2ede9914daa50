/**
 * The history matrix (versions as columns, one row per item lineage): which
 * versions it shows, what each cell holds, the theme filter and its URL form
 * (`?theme=docs&versions=all`).
 */
import type {HistoryEvent, ItemState, Lineage} from '@roadmark/core/history';
import {UNTHEMED} from './no-theme.js';

/**
 * Versions shown before "show all": the recent ones, where readers look.
 * Every row also tells its whole story in words, so nothing is lost; and
 * 300 rows × 10 columns stay light where 300 × 100 would not.
 */
export const HISTORY_WINDOW = 10;

export interface VersionWindow {
  /** First and last version index shown (inclusive). */
  start: number;
  end: number;
  /** Whether a "show all versions" control is worth offering. */
  collapsible: boolean;
}

/** Hiding one or two columns is not worth a control: the window only applies beyond `size + 2` versions. */
export function versionWindow(count: number, showAll: boolean, size = HISTORY_WINDOW): VersionWindow {
  const collapsible = count > size + 2;
  const end = Math.max(0, count - 1);
  return {start: collapsible && !showAll ? count - size : 0, end, collapsible};
}

/** A lineage's events by version index. */
export function eventsByVersion(events: readonly HistoryEvent[]): Map<number, HistoryEvent[]> {
  const map = new Map<number, HistoryEvent[]>();
  for (const event of events) {
    const list = map.get(event.version);
    if (list) list.push(event);
    else map.set(event.version, [event]);
  }
  return map;
}

export interface HistoryCell {
  /** First and last version index the cell spans (inclusive). */
  from: number;
  to: number;
  /** The item in these versions; null when they do not list it. */
  state: ItemState | null;
  /** What happened to the item in version `from`. */
  events: HistoryEvent[];
  /** Listed for the first time (or again) in `from`, after the first version. */
  isNew: boolean;
  /** Period, status, title, theme or release changed in `from`. */
  changed: boolean;
  /** No longer listed from `from` on. */
  dropped: boolean;
}

/**
 * A row's cells for versions `start`..`end`, with unchanged runs merged into
 * one cell spanning their versions: the DOM grows with the changes, not with
 * versions × items. A cell starts where the window starts, where the item
 * appears or leaves, where its state changes, and where something happened.
 */
export function historyCells(lineage: Pick<Lineage, 'presence' | 'states'>, events: Map<number, HistoryEvent[]>, start: number, end: number): HistoryCell[] {
  const cells: HistoryCell[] = [];
  let run = -1;
  let range = 0;
  let current: HistoryCell | null = null;
  for (let version = start; version <= end; version++) {
    let runStarts = false;
    while (run + 1 < lineage.states.length && lineage.states[run + 1]!.from <= version) {
      run++;
      runStarts = lineage.states[run]!.from === version;
    }
    while (range < lineage.presence.length && lineage.presence[range]!.to < version) range++;
    const present = range < lineage.presence.length && lineage.presence[range]!.from <= version;
    const state = present && run >= 0 ? lineage.states[run]!.state : null;
    const here = events.get(version) ?? [];
    const continues = current !== null && here.length === 0 && (current.state === null) === (state === null) && !(state !== null && runStarts);
    if (continues) {
      current!.to = version;
      continue;
    }
    current = {
      from: version,
      to: version,
      state,
      events: here,
      isNew: version > 0 && here.some((e) => e.kind === 'introduced' || e.kind === 're-added'),
      changed: here.some((e) => e.kind !== 'introduced' && e.kind !== 're-added' && e.kind !== 'dropped'),
      dropped: here.some((e) => e.kind === 'dropped'),
    };
    cells.push(current);
  }
  return cells;
}

/** Theme filter value of a lineage: its theme id, or the timeline's key for items without one. */
export function lineageTheme(lineage: Pick<Lineage, 'theme'>): string {
  return lineage.theme ?? UNTHEMED;
}

export interface ThemeOption {
  id: string;
  count: number;
}

/** The themes the lineages carry, in the order of `themes` (the roadmap's), unknown ones after, no theme last. */
export function themeOptions(lineages: readonly Pick<Lineage, 'theme'>[], themes: Record<string, unknown>): ThemeOption[] {
  const counts = new Map<string, number>();
  for (const lineage of lineages) counts.set(lineageTheme(lineage), (counts.get(lineageTheme(lineage)) ?? 0) + 1);
  const order = Object.keys(themes);
  const rank = (id: string): number => (id === UNTHEMED ? Number.MAX_SAFE_INTEGER : order.includes(id) ? order.indexOf(id) : order.length);
  return Array.from(counts.entries())
    .map(([id, count]) => ({id, count}))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface HistoryQuery {
  theme: string | null;
  allVersions: boolean;
}

export function parseHistoryQuery(search: string): HistoryQuery {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {theme: theme ? theme : null, allVersions: params.get('versions') === 'all'};
}

/** The new query string; parameters that are not ours are kept. */
export function serializeHistoryQuery(query: HistoryQuery, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete('theme');
  params.delete('versions');
  if (query.theme) params.set('theme', query.theme);
  if (query.allVersions) params.set('versions', 'all');
  const text = params.toString();
  return text ? `?${text}` : '';
}
