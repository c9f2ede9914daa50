/**
 * Timeline filters and their URL form, so a filtered view can be shared:
 * `?theme=performance,docs&status=done&q=gpu&zoom=half`.
 */
import type {Item} from '@roadmark/core';
import type {Zoom} from './types.js';
import {isStatusKey, statusKey, type StatusKey} from './status.js';

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

/** An item matches on its own fields; the text also matches its theme and section. */
export function itemMatches(item: Item, filters: TimelineFilters, themeLabel = ''): boolean {
  if (filters.themes.length && !filters.themes.includes(item.theme ?? 'unthemed')) return false;
  if (filters.statuses.length && !filters.statuses.includes(statusKey(item))) return false;
  if (filters.text) {
    const haystack = normalize([item.title, themeLabel, item.themeRaw ?? '', ...item.section, ...item.owners].join('\n'));
    if (!normalize(filters.text).split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** A card stays visible when the item or any of its descendants matches. */
export function treeMatches(item: Item, filters: TimelineFilters, themeLabel = ''): boolean {
  return itemMatches(item, filters, themeLabel) || item.children.some((child) => treeMatches(child, filters, themeLabel));
}
