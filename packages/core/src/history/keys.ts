/**
 * Lineage keys: the item's id in the newest version that lists it. When several lineages end
 * with the same id (a dropped item's slug reused by an unrelated later item), the one listed
 * most recently keeps the plain id (document order settles ties); the others get
 * `id@<name of their last version>`, then `-2`, `-3` … if that is taken too.
 */
import type {HistoryVersion} from './types.js';

export interface KeySource {
  id: string;
  /** Index of the last version listing the item. */
  last: number;
  /** Flat document index in that version. */
  index: number;
}

export function assignKeys(sources: readonly KeySource[], versions: readonly Pick<HistoryVersion, 'name'>[]): string[] {
  const order = sources.map((_, i) => i).sort((a, b) => sources[b]!.last - sources[a]!.last || sources[a]!.index - sources[b]!.index || a - b);
  const keys = new Array<string>(sources.length);
  const used = new Set<string>();
  for (const i of order) {
    const {id} = sources[i]!;
    if (used.has(id)) continue;
    used.add(id);
    keys[i] = id;
  }
  for (const i of order) {
    if (keys[i] !== undefined) continue;
    const {id, last} = sources[i]!;
    const base = `${id}@${versions[last]?.name ?? last}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    keys[i] = key;
  }
  return keys;
}
