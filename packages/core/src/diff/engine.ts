/**
 * The diff of two flattened roadmaps, with every change still tied to the items it is about.
 * `diffRoadmaps` reports the public shape; the history module uses this one so that a series
 * of versions is flattened once per version and diffed once per adjacent pair.
 */
import {addedChange, compareChanges, droppedChange, pairChanges} from './changes.js';
import type {FlatItem} from './flatten.js';
import {matchFlat, type FlatMatch} from './match.js';
import {summarizeChanges} from './summary.js';
import type {Change, DiffSummary} from './types.js';

export interface FlatDiff {
  /** Matched pairs, in new-document order. */
  pairs: FlatMatch[];
  /** `pairChanges[i]`: the changes of `pairs[i]` (empty when nothing changed). */
  pairChanges: Change[][];
  /** Items only in the new version, in document order, each with its 'added' change. */
  added: {item: FlatItem; change: Change}[];
  /** Items only in the old version, in document order, each with its 'dropped' change. */
  dropped: {item: FlatItem; change: Change}[];
  /** Every change above, in report order (see compareChanges). */
  changes: Change[];
  summary: DiffSummary;
}

export function diffFlat(before: FlatItem[], after: FlatItem[]): FlatDiff {
  const pairs = matchFlat(before, after);
  const matchedOld = new Set(pairs.map((m) => m.before.index));
  const matchedNew = new Set(pairs.map((m) => m.after.index));
  const perPair = pairs.map(pairChanges);
  const added = after.filter((f) => !matchedNew.has(f.index)).map((item) => ({item, change: addedChange(item)}));
  const dropped = before.filter((f) => !matchedOld.has(f.index)).map((item) => ({item, change: droppedChange(item)}));
  const changes = [...added.map((a) => a.change), ...dropped.map((d) => d.change), ...perPair.flat()].sort(compareChanges);
  return {pairs, pairChanges: perPair, added, dropped, changes, summary: summarizeChanges(changes)};
}
