/**
 * The diffs a roadmap's history needs (each pair of adjacent versions holding the same slug), made
 * while the files still parse: as soon as both roadmaps of a pair are in, this thread diffs them, so
 * on a cold build with parse workers the diffs use the time this thread would spend waiting, instead
 * of running after every parse in contentLoaded. The history (pages/history.ts) takes them back;
 * core's buildHistory checks that each was made from the same item lists and diffs any other pair.
 */
import {diffHistoryStep, type HistoryStepDiff} from '@roadmark/core/history';
import type {Roadmap} from '@roadmark/core';

/** Diffs made ahead, by slug: `[i]` is the diff of the slug's i-th and (i+1)-th version, oldest first. */
export type HistoryDiffs = Map<string, (HistoryStepDiff | undefined)[]>;

interface Slot {
  slug: string;
  /** Position among the versions holding the slug, oldest first (the order of pages/history.ts). */
  position: number;
}

/**
 * `slugsByVersion`: the slug of each file of each version, newest version first, in the order the
 * files are numbered (`flatIndex` counts through them). Call `add` once per file with its roadmap.
 */
export function createHistoryDiffer(slugsByVersion: readonly (readonly string[])[]) {
  const slots: Slot[] = [];
  /** By slug: the roadmap at each position once it is parsed. */
  const parsed = new Map<string, (Roadmap | undefined)[]>();
  const diffs: HistoryDiffs = new Map();
  const holding = new Map<string, number>();
  // Positions count from the oldest version: walk the versions oldest first, then number the files newest first.
  const positions = slugsByVersion.map(() => new Map<string, number>());
  for (let v = slugsByVersion.length - 1; v >= 0; v--) {
    for (const slug of new Set(slugsByVersion[v])) {
      const position = holding.get(slug) ?? 0;
      positions[v]!.set(slug, position);
      holding.set(slug, position + 1);
    }
  }
  for (const [v, slugs] of slugsByVersion.entries()) for (const slug of slugs) slots.push({slug, position: positions[v]!.get(slug)!});
  for (const [slug, count] of holding) {
    parsed.set(slug, new Array(count));
    diffs.set(slug, Array.from({length: Math.max(0, count - 1)}, () => undefined));
  }

  const tryPair = (slug: string, at: number): void => {
    const roadmaps = parsed.get(slug)!;
    const before = roadmaps[at];
    const after = roadmaps[at + 1];
    if (before && after) diffs.get(slug)![at] = diffHistoryStep(before, after);
  };

  return {
    add(flatIndex: number, roadmap: Roadmap): void {
      const slot = slots[flatIndex];
      if (!slot) return;
      const roadmaps = parsed.get(slot.slug)!;
      // A slug twice in one version is not a history the pages build (checkSlugs fails the build): skip it.
      if (roadmaps[slot.position]) return;
      roadmaps[slot.position] = roadmap;
      if (slot.position > 0) tryPair(slot.slug, slot.position - 1);
      tryPair(slot.slug, slot.position);
    },
    diffs(): HistoryDiffs {
      return diffs;
    },
  };
}
