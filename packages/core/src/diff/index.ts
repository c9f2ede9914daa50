/** Version-to-version roadmap comparison: which items appeared, vanished, moved, finished or changed. */
import type {Roadmap} from '../model.js';
import {addedChange, compareChanges, droppedChange, pairChanges} from './changes.js';
import {flattenRoadmap} from './flatten.js';
import {matchFlat, toMatch} from './match.js';
import {summarizeChanges} from './summary.js';
import type {Change, RoadmapDiff} from './types.js';

export type {Change, ChangeKind, DiffSummary, ItemSnapshot, Match, PeriodDelta, PeriodMove, DeltaUnit, RoadmapDiff} from './types.js';
export {CHANGE_KINDS, NO_THEME} from './types.js';
export {matchItems, FUZZY_THRESHOLD} from './match.js';
export {periodDelta} from './period.js';
export {formatDiff} from './format.js';
export {normalizeTitle, titleSimilarity} from './text.js';

export function diffRoadmaps(before: Roadmap, after: Roadmap): RoadmapDiff {
  const oldItems = flattenRoadmap(before);
  const newItems = flattenRoadmap(after);
  const pairs = matchFlat(oldItems, newItems);
  const matchedOld = new Set(pairs.map((m) => m.before.index));
  const matchedNew = new Set(pairs.map((m) => m.after.index));

  const changes: Change[] = [
    ...newItems.filter((f) => !matchedNew.has(f.index)).map(addedChange),
    ...oldItems.filter((f) => !matchedOld.has(f.index)).map(droppedChange),
    ...pairs.flatMap(pairChanges),
  ].sort(compareChanges);

  return {
    summary: summarizeChanges(changes),
    changes,
    matches: pairs.map(toMatch),
  };
}
