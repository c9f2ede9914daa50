/**
 * Timeline filters and their URL form, so a filtered view can be shared:
 * `?theme=performance,docs&status=done&q=gpu&zoom=half`.
 */
import type {Item} from '@roadmark/core';
import type {Zoom} from './types.js';
import {isStatusKey, statusKey, type StatusKey} from './status.js';
import {themeIdOf} from './no-theme.js';

export interface TimelineFilters {
  themes: string[];
  statuses: StatusKey[];
  text: string;
  zoom: Zoom | null;
}

export const NO_FILTERS: TimelineFilters = {themes: [], statuses: [], text: '', zoom: null};
const ZOOM_VALUES: readonly Zoom[] = ['month', 'quarter', 'half', 'year'];

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value, index, all) => value !== '' && all.indexOf(value) === index);
}

export function parseFilters(search: string): TimelineFilters {
  const params = new URLSearchParams(search);
  const zoom = params.get('zoom');
  return {
    themes: list(params, 'theme'),
    statuses: list(params, 'status').filter(isStatusKey),
    text: (params.get('q') ?? '').trim(),
    zoom: ZOOM_VALUES.includes(zoom as Zoom) ? (zoom as Zoom) : null,
  };
}

/** The new query string; parameters that are not ours are kept. */
export function serializeFilters(filters: TimelineFilters, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['theme', 'status', 'q', 'zoom']) params.delete(key);
  if (filters.themes.length) params.set('theme', filters.themes.join(','));
  if (filters.statuses.length) params.set('status', filters.statuses.join(','));
  if (filters.text) params.set('q', filters.text);
  if (filters.zoom) params.set('zoom', filters.zoom);
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export function isFiltering(filters: TimelineFilters): boolean {
  return filters.themes.length > 0 || filters.statuses.length > 0 || filters.text !== '';
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a text filter, normalized once (not once per item). */
function filterWords(text: string): string[] {
  return normalize(text).split(/\s+/).filter((word) => word !== '');
}

function haystackOf(item: Item, themeLabel: string): string {
  return normalize([item.title, themeLabel, item.themeRaw ?? '', ...item.section, ...item.owners].join('\n'));
}

function matchesWith(item: Item, filters: TimelineFilters, words: readonly string[], themeLabel: string): boolean {
  if (filters.themes.length && !filters.themes.includes(themeIdOf(item))) return false;
  if (filters.statuses.length && !filters.statuses.includes(statusKey(item))) return false;
  if (words.length) {
    const haystack = haystackOf(item, themeLabel);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** An item matches on its own fields; the text also matches its theme and section. */
export function itemMatches(item: Item, filters: TimelineFilters, themeLabel = ''): boolean {
  return matchesWith(item, filters, filterWords(filters.text), themeLabel);
}

/** A card stays visible when the item or any of its descendants matches. */
export function treeMatches(item: Item, filters: TimelineFilters, themeLabel = ''): boolean {
  const words = filterWords(filters.text);
  const tree = (node: Item): boolean => matchesWith(node, filters, words, themeLabel) || node.children.some(tree);
  return tree(item);
}

/** What the active filters leave of a timeline. */
export interface TimelineMatches {
  /** Ids of the items that stay visible: cards and sub-items (see `treeMatches`). */
  shown: Set<string>;
  /** Ids of the shown cards that hide some of their sub-items. */
  partial: Set<string>;
  /** Items (cards and sub-items) that match by themselves, each with its own theme's label. */
  count: number;
}

/**
 * Matches every item once. A card is shown when it or a descendant matches;
 * under a shown card, a sub-item is shown when its parent matches by itself,
 * or when it or one of its descendants matches (as RoadmapItemCard shows them).
 * Text is matched against the lane's label for visibility, and against each
 * item's own theme label for the count.
 */
export function matchTimeline(
  lanes: readonly {label: string; items: readonly Item[]}[],
  filters: TimelineFilters,
  themeLabelOf: (themeId: string) => string,
): TimelineMatches {
  const words = filterWords(filters.text);
  const shown = new Set<string>();
  const partial = new Set<string>();
  let count = 0;
  const countIn = (item: Item): void => {
    if (matchesWith(item, filters, words, themeLabelOf(themeIdOf(item)))) count += 1;
    item.children.forEach(countIn);
  };
  for (const lane of lanes) {
    const matchCache = new Map<Item, boolean>();
    const self = (item: Item): boolean => {
      let known = matchCache.get(item);
      if (known === undefined) matchCache.set(item, (known = matchesWith(item, filters, words, lane.label)));
      return known;
    };
    const tree = (item: Item): boolean => self(item) || item.children.some(tree);
    /** Marks shown sub-items (all of them below an item that matches by itself); true when some stay hidden. */
    const showChildren = (item: Item, ancestorMatches: boolean): boolean => {
      let hides = false;
      const all = ancestorMatches || self(item);
      for (const child of item.children) {
        if (all || tree(child)) {
          shown.add(child.id);
          if (showChildren(child, all)) hides = true;
        } else hides = true;
      }
      return hides;
    };
    for (const item of lane.items) {
      countIn(item);
      if (!tree(item)) continue;
      shown.add(item.id);
      if (showChildren(item, false)) partial.add(item.id);
    }
  }
  return {shown, partial, count};
}
