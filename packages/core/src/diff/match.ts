/**
 * Pairing the items of two roadmap versions. Phases, each over what is still unmatched:
 * 1. explicit `{#id}` on both sides (confidence 1);
 * 2. equal normalized titles (0.9–0.95), preferring the same place, the same facts and the
 *    same release so that duplicates and shuffled siblings pair up with their true counterparts; then titles
 *    equal but for bracketed asides (0.8–0.85);
 * 3. similar titles (≥ FUZZY_THRESHOLD), greedy by best score over candidates found through
 *    a word index, never all pairs;
 * 4. same container and sibling index with loosely similar titles (low confidence), only where
 *    the slot is anchored: a neighbouring sibling paired with the matching neighbour in phases
 *    1–3, or the item alone in its list on both sides. A section rewritten wholesale has no
 *    anchors, and its items are added and dropped rather than paired by position.
 * Items that both carry explicit ids never pair unless the ids are equal: the author said
 * they are different items. Every phase is symmetric, so swapping versions swaps the pairs.
 */
import type {Roadmap} from '../model.js';
import {flattenRoadmap, releaseKey, type FlatItem} from './flatten.js';
import {profileSimilarity, titleKeys} from './text.js';
import type {Match} from './types.js';

export const FUZZY_THRESHOLD = 0.6;
export const POSITION_THRESHOLD = 0.3;
/** Index keys shared by more pairs than this are too common to narrow anything down. */
const MAX_PAIRS_PER_KEY = 4096;

export interface FlatMatch {
  before: FlatItem;
  after: FlatItem;
  by: Match['by'];
  confidence: number;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function compatible(a: FlatItem, b: FlatItem): boolean {
  return !(a.item.idExplicit === true && b.item.idExplicit === true && a.item.id !== b.item.id);
}

class Pairing {
  readonly matches: FlatMatch[] = [];
  private readonly beforeTaken: boolean[];
  private readonly afterTaken: boolean[];

  constructor(readonly before: FlatItem[], readonly after: FlatItem[]) {
    this.beforeTaken = new Array<boolean>(before.length).fill(false);
    this.afterTaken = new Array<boolean>(after.length).fill(false);
  }

  openBefore(): FlatItem[] {
    return this.before.filter((f) => !this.beforeTaken[f.index]);
  }

  openAfter(): FlatItem[] {
    return this.after.filter((f) => !this.afterTaken[f.index]);
  }

  isOpen(before: FlatItem, after: FlatItem): boolean {
    return !this.beforeTaken[before.index] && !this.afterTaken[after.index];
  }

  pair(before: FlatItem, after: FlatItem, by: Match['by'], confidence: number): void {
    this.beforeTaken[before.index] = true;
    this.afterTaken[after.index] = true;
    this.matches.push({before, after, by, confidence: round(confidence)});
  }

  /** Pairs the i-th open old item of each bucket with the i-th open new one (symmetric by construction). */
  pairByKey(key: (f: FlatItem) => string | null, by: Match['by'], confidence: (b: FlatItem, a: FlatItem) => number): void {
    const buckets = new Map<string, FlatItem[]>();
    for (const a of this.openAfter()) {
      const k = key(a);
      if (k == null) continue;
      const bucket = buckets.get(k);
      if (bucket) bucket.push(a);
      else buckets.set(k, [a]);
    }
    for (const b of this.openBefore()) {
      const k = key(b);
      if (k == null) continue;
      const bucket = buckets.get(k);
      const a = bucket?.find((candidate) => !this.afterTaken[candidate.index] && compatible(b, candidate));
      if (a) this.pair(b, a, by, confidence(b, a));
    }
  }
}

function matchExplicitIds(p: Pairing): void {
  p.pairByKey((f) => (f.item.idExplicit === true ? f.item.id : null), 'id', () => 1);
}

function matchExactTitles(p: Pairing): void {
  const confidence = (b: FlatItem, a: FlatItem): number => (b.container === a.container ? 0.95 : 0.9);
  const title = (f: FlatItem): string => f.profile.normalized;
  // Among equal titles a stated release tells rows apart ("1.25, 1.26, 1.27" under v1.0 and v2.0).
  const release = (f: FlatItem): string | null => (f.item.release == null ? null : releaseKey(f.item.release));
  const passes: ((f: FlatItem) => string | null)[] = [
    (f) => [title(f), f.container, f.signature].join('\u0001'),
    (f) => (release(f) == null ? null : [title(f), f.container, release(f)].join('\u0001')),
    (f) => [title(f), f.container].join('\u0001'),
    (f) => [title(f), f.signature].join('\u0001'),
    (f) => (release(f) == null ? null : [title(f), release(f)].join('\u0001')),
    title,
  ];
  for (const key of passes) p.pairByKey(key, 'title', confidence);
  // Then titles equal once bracketed asides are set aside: "Trino" = "Trino (community plugin)".
  const core = (f: FlatItem): string => f.profile.core;
  const asideConfidence = (b: FlatItem, a: FlatItem): number => (b.container === a.container ? 0.85 : 0.8);
  p.pairByKey((f) => [core(f), f.container].join('\u0001'), 'title', asideConfidence);
  p.pairByKey(core, 'title', asideConfidence);
}

interface Candidate {
  before: FlatItem;
  after: FlatItem;
  score: number;
  sameContainer: boolean;
}

/** Best first; ties broken by context, then by symmetric position keys, so swapping versions keeps the order. */
function compareCandidates(x: Candidate, y: Candidate): number {
  if (x.score !== y.score) return y.score - x.score;
  if (x.sameContainer !== y.sameContainer) return x.sameContainer ? -1 : 1;
  const dx = Math.abs(x.before.index - x.after.index);
  const dy = Math.abs(y.before.index - y.after.index);
  if (dx !== dy) return dx - dy;
  const lo = Math.min(x.before.index, x.after.index) - Math.min(y.before.index, y.after.index);
  if (lo !== 0) return lo;
  const hi = Math.max(x.before.index, x.after.index) - Math.max(y.before.index, y.after.index);
  if (hi !== 0) return hi;
  return x.before.index - y.before.index;
}

function matchSimilarTitles(p: Pairing): void {
  const olds = p.openBefore();
  const news = p.openAfter();
  if (olds.length === 0 || news.length === 0) return;
  const index = new Map<string, {olds: number[]; news: number[]}>();
  const post = (key: string, side: 'olds' | 'news', at: number): void => {
    let entry = index.get(key);
    if (!entry) index.set(key, (entry = {olds: [], news: []}));
    entry[side].push(at);
  };
  olds.forEach((f, i) => titleKeys(f.profile).forEach((key) => post(key, 'olds', i)));
  news.forEach((f, j) => titleKeys(f.profile).forEach((key) => post(key, 'news', j)));

  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  for (const entry of index.values()) {
    if (entry.olds.length * entry.news.length > MAX_PAIRS_PER_KEY) continue;
    for (const i of entry.olds) {
      for (const j of entry.news) {
        const id = i * news.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        const before = olds[i]!;
        const after = news[j]!;
        if (!compatible(before, after)) continue;
        const score = profileSimilarity(before.profile, after.profile, FUZZY_THRESHOLD);
        if (score >= FUZZY_THRESHOLD) candidates.push({before, after, score, sameContainer: before.container === after.container});
      }
    }
  }
  candidates.sort(compareCandidates);
  for (const c of candidates) {
    if (p.isOpen(c.before, c.after)) p.pair(c.before, c.after, 'title', 0.85 * c.score);
  }
}

/** The items of each container, in sibling order. */
function siblingLists(items: FlatItem[]): Map<string, FlatItem[]> {
  const lists = new Map<string, FlatItem[]>();
  for (const f of items) {
    const list = lists.get(f.container);
    if (list) list.push(f);
    else lists.set(f.container, [f]);
  }
  return lists;
}

function matchPositions(p: Pairing): void {
  // Anchors come from the confident phases only, so the order in which slots are visited does not matter.
  const partner = new Map<number, number>(p.matches.map((m) => [m.before.index, m.after.index]));
  const beforeLists = siblingLists(p.before);
  const afterLists = siblingLists(p.after);
  const anchored = (b: FlatItem, a: FlatItem): boolean => {
    const bs = beforeLists.get(b.container)!;
    const as = afterLists.get(a.container)!;
    if (bs.length === 1 && as.length === 1) return true;
    const paired = (x: FlatItem | undefined, y: FlatItem | undefined): boolean => x !== undefined && y !== undefined && partner.get(x.index) === y.index;
    return paired(bs[b.siblingIndex - 1], as[a.siblingIndex - 1]) || paired(bs[b.siblingIndex + 1], as[a.siblingIndex + 1]);
  };

  const slots = new Map<string, FlatItem[]>();
  const slot = (f: FlatItem): string => `${f.container}\u0001${f.siblingIndex}`;
  for (const a of p.openAfter()) {
    const list = slots.get(slot(a));
    if (list) list.push(a);
    else slots.set(slot(a), [a]);
  }
  for (const b of p.openBefore()) {
    for (const a of slots.get(slot(b)) ?? []) {
      if (!p.isOpen(b, a) || !compatible(b, a) || !anchored(b, a)) continue;
      const score = profileSimilarity(b.profile, a.profile, POSITION_THRESHOLD);
      if (score < POSITION_THRESHOLD) continue;
      p.pair(b, a, 'position', 0.2 + 0.4 * score);
      break;
    }
  }
}

/** Pairs flattened items; result in new-document order. */
export function matchFlat(before: FlatItem[], after: FlatItem[]): FlatMatch[] {
  const p = new Pairing(before, after);
  matchExplicitIds(p);
  matchExactTitles(p);
  matchSimilarTitles(p);
  matchPositions(p);
  return p.matches.sort((x, y) => x.after.index - y.after.index);
}

/** Which item of `before` became which item of `after` (children included), in new-document order. */
export function matchItems(before: Roadmap, after: Roadmap): Match[] {
  return matchFlat(flattenRoadmap(before), flattenRoadmap(after)).map(toMatch);
}

export function toMatch(m: FlatMatch): Match {
  return {before: m.before.item, after: m.after.item, by: m.by, confidence: m.confidence};
}
