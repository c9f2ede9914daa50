/** Run-length item states and presence ranges: 100 versions × 300 items stay small. */
import type {Item} from '../model.js';
import type {ItemState, Lineage, StateRun, VersionRange} from './types.js';

export function stateOf(item: Item): ItemState {
  return {
    id: item.id,
    title: item.title,
    period: item.period?.label ?? null,
    status: item.status,
    release: item.release,
    theme: item.theme,
  };
}

export function sameState(a: ItemState, b: ItemState): boolean {
  return a.id === b.id && a.title === b.title && a.period === b.period && a.status === b.status && a.release === b.release && a.theme === b.theme;
}

/** Appends the state of version `version` (versions arrive in increasing order). */
export function recordState(runs: StateRun[], presence: VersionRange[], version: number, state: ItemState): void {
  const range = presence[presence.length - 1];
  if (range && range.to === version - 1) range.to = version;
  else presence.push({from: version, to: version});
  const run = runs[runs.length - 1];
  if (!run || !sameState(run.state, state)) runs.push({from: version, state});
}

/** Whether the item is listed in version `version`. */
export function presentAt(lineage: Pick<Lineage, 'presence'>, version: number): boolean {
  const range = findLast(lineage.presence, (r) => r.from <= version);
  return range !== undefined && range.to >= version;
}

/** The item's state in version `version`, or null when that version does not list it. */
export function stateAt(lineage: Pick<Lineage, 'presence' | 'states'>, version: number): ItemState | null {
  if (!presentAt(lineage, version)) return null;
  return findLast(lineage.states, (run) => run.from <= version)?.state ?? null;
}

/** Last element satisfying a predicate that holds for a prefix of the (sorted) list: binary search. */
function findLast<T>(list: readonly T[], holds: (value: T) => boolean): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}
