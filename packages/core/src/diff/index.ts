/** Version-to-version roadmap comparison: which items appeared, vanished, moved, finished or changed. */
import type {Roadmap} from '../model.js';
import {diffFlat} from './engine.js';
import {flattenRoadmap} from './flatten.js';
import {toMatch} from './match.js';
import type {RoadmapDiff} from './types.js';

export type {Change, ChangeKind, DiffSummary, ItemSnapshot, Match, PeriodDelta, PeriodMove, DeltaUnit, RoadmapDiff} from './types.js';
export {CHANGE_KINDS, NO_THEME} from './types.js';
export {matchItems, FUZZY_THRESHOLD} from './match.js';
export {periodDelta} from './period.js';
export {formatDiff} from './format.js';
export {changeTheme, summarizeChanges} from './summary.js';
export {normalizeTitle, titleSimilarity} from './text.js';

export function diffRoadmaps(before: Roadmap, after: Roadmap): RoadmapDiff {
  const diff = diffFlat(flattenRoadmap(before), flattenRoadmap(after));
  return {summary: diff.summary, changes: diff.changes, matches: diff.pairs.map(toMatch)};
}
