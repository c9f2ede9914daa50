/**
 * How the version-comparison view arranges one roadmap's changes: by kind
 * (the diff's order), then by theme (the roadmap's theme order, items without
 * a theme last), plus the counts the summaries show.
 */
import {CHANGE_KINDS, changeTheme} from '@roadmark/core/diff';
import {NO_THEME} from './no-theme.js';
import type {Change, ChangeKind} from '@roadmark/core/diff';
import type {MoveCounts, RoadmapChangeSet} from './types.js';

export interface ThemeGroup {
  theme: string;
  changes: Change[];
}

export interface KindGroup {
  kind: ChangeKind;
  count: number;
  themes: ThemeGroup[];
}

/** Theme order: the change set's themes as listed (roadmap order), unknown ones by name, no theme last. */
export function themeOrder(themes: RoadmapChangeSet['themes']): (a: string, b: string) => number {
  const known = Object.keys(themes).filter((id) => id !== NO_THEME);
  const rank = (id: string): number => {
    if (id === NO_THEME) return Number.MAX_SAFE_INTEGER;
    const at = known.indexOf(id);
    return at === -1 ? known.length : at;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function groupChanges(changes: readonly Change[], themes: RoadmapChangeSet['themes']): KindGroup[] {
  const order = themeOrder(themes);
  const groups: KindGroup[] = [];
  for (const kind of CHANGE_KINDS) {
    const ofKind = changes.filter((change) => change.kind === kind);
    if (ofKind.length === 0) continue;
    const byTheme = new Map<string, Change[]>();
    for (const change of ofKind) {
      const theme = changeTheme(change);
      const list = byTheme.get(theme);
      if (list) list.push(change);
      else byTheme.set(theme, [change]);
    }
    const themeGroups = Array.from(byTheme.keys()).sort(order).map((theme) => ({theme, changes: byTheme.get(theme)!}));
    groups.push({kind, count: ofKind.length, themes: themeGroups});
  }
  return groups;
}

export function countMoves(changes: readonly Change[]): MoveCounts {
  const counts: MoveCounts = {slipped: 0, pulledIn: 0, done: 0};
  for (const change of changes) {
    if (change.kind === 'rescheduled' && change.move === 'slipped') counts.slipped++;
    if (change.kind === 'rescheduled' && change.move === 'pulled-in') counts.pulledIn++;
    if (change.kind === 'status' && change.done) counts.done++;
  }
  return counts;
}

/**
 * The diff's confidence for an item whose title did not change: 1 with explicit ids, 0.9–0.95
 * for equal titles. Below it the titles differ (bracketed asides 0.8–0.85, similar words up to
 * 0.85, a slot in the list 0.2–0.6). Flagging every match short of 1 would flag nearly every
 * change of a roadmap without `{#id}` markers, and a flag on everything is read as none.
 */
export const CERTAIN_MATCH = 0.9;

/** A match the diff was not sure of (a changed title, a position): the reader should check it. */
export function isUncertain(change: Pick<Change, 'confidence'>): boolean {
  return change.confidence < CERTAIN_MATCH;
}

/** Item id → history lineage key, where they differ (see RoadmapDocumentData.historyKeys). */
export type HistoryKeys = Record<string, string>;

/**
 * The row of the item on the roadmap's history page: the newer version's id
 * for items still present, the older one for dropped items, mapped through the
 * version's history keys when the id changed later.
 */
export function historyKeyOf(change: Change, keys: {before?: HistoryKeys; after?: HistoryKeys} = {}): string {
  if (change.after) return keys.after?.[change.after.id] ?? change.after.id;
  const id = change.before?.id ?? change.id;
  return keys.before?.[id] ?? id;
}

/** `#id` link into a roadmap or history page: ids are slugs, written as the pages write their element ids. */
export function anchorLink(permalink: string, id: string): string {
  return `${permalink}#${id}`;
}
