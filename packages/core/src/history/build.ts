/**
 * Following every item of a roadmap across its versions. Adjacent versions are diffed once
 * each; a lineage chains the diff's matches. An item that the diff reports as added is first
 * offered to the lineages that are absent at that point (dropped earlier): same explicit id,
 * else same normalized title, else same title without bracketed asides. Only exact keys, no
 * fuzzy titles: across a gap of versions a loose match is more likely wrong than right.
 */
import {diffFlat, type FlatDiff} from '../diff/engine.js';
import type {Item, Roadmap} from '../model.js';
import {flattenRoadmap, type FlatItem} from '../diff/flatten.js';
import type {Change} from '../diff/types.js';
import {pairEvent} from './events.js';
import {assignKeys} from './keys.js';
import {recordState, stateOf} from './states.js';
import type {HistoryEvent, HistoryStep, HistoryVersion, Lineage, RoadmapHistory, StateRun, VersionRange} from './types.js';

interface Draft {
  /** Creation order: first appearance, then document order. */
  number: number;
  first: number;
  last: number;
  lastItem: FlatItem;
  presence: VersionRange[];
  states: StateRun[];
  events: HistoryEvent[];
}

/**
 * The diff of two adjacent versions of a roadmap, made ahead of buildHistory (a build diffs each pair
 * as soon as both are parsed, while other files still parse) and handed back to it. Opaque: it is
 * only valid for the two item lists it was made from, and buildHistory checks that it is.
 */
export interface HistoryStepDiff {
  readonly before: readonly Item[];
  readonly after: readonly Item[];
  readonly diff: FlatDiff;
}

export function diffHistoryStep(before: Roadmap, after: Roadmap): HistoryStepDiff {
  return {before: before.items, after: after.items, diff: diffFlat(flattenRoadmap(before), flattenRoadmap(after))};
}

/**
 * `diffsAhead[i]`, when given, is `diffHistoryStep(versions[i].roadmap, versions[i + 1].roadmap)` made
 * earlier; a step made from other item lists (or missing) is diffed here. The result is the same
 * either way: the diff is a pure function of the two item lists.
 */
export function buildHistory(versions: readonly HistoryVersion[], diffsAhead: readonly (HistoryStepDiff | undefined)[] = []): RoadmapHistory {
  const flats = versions.map((version) => flattenRoadmap(version.roadmap));
  const drafts: Draft[] = [];
  const steps: HistoryStep[] = [];
  const absent = new AbsentLineages();
  /** owners[i]: the lineage of the previous version's flat item i. */
  let owners: Draft[] = [];

  const see = (draft: Draft, f: FlatItem, version: number): void => {
    recordState(draft.states, draft.presence, version, stateOf(f.item));
    draft.last = version;
    draft.lastItem = f;
  };
  const introduce = (f: FlatItem, version: number, change: number | null): Draft => {
    const {title, period, status} = f.item;
    const draft: Draft = {number: drafts.length, first: version, last: version, lastItem: f, presence: [], states: [], events: []};
    draft.events.push({kind: 'introduced', version, change, title, period, status});
    see(draft, f, version);
    drafts.push(draft);
    return draft;
  };

  flats.forEach((flat, version) => {
    const next = new Array<Draft>(flat.length);
    if (version === 0) {
      for (const f of flat) next[f.index] = introduce(f, 0, null);
      owners = next;
      return;
    }
    const ahead = diffsAhead[version - 1];
    const diff = ahead && ahead.before === versions[version - 1]!.roadmap.items && ahead.after === versions[version]!.roadmap.items ? ahead.diff : diffFlat(flats[version - 1]!, flat);
    steps.push({from: version - 1, to: version, summary: diff.summary, changes: diff.changes});
    const indexOf = new Map<Change, number>(diff.changes.map((change, i) => [change, i]));
    const at = (change: Change): number => indexOf.get(change)!;

    diff.pairs.forEach((pair, i) => {
      const draft = owners[pair.before.index]!;
      for (const change of diff.pairChanges[i]!) draft.events.push(pairEvent(change, version, at(change)));
      see(draft, pair.after, version);
      next[pair.after.index] = draft;
    });
    for (const {item: f, change} of diff.added) {
      const back = absent.take(f);
      if (back) {
        const {title, period, status} = f.item;
        back.events.push({kind: 're-added', version, change: at(change), title, period, status, absentSince: back.last + 1});
        see(back, f, version);
        next[f.index] = back;
      } else next[f.index] = introduce(f, version, at(change));
    }
    // Only after the additions: an item dropped here cannot come back in the same version.
    for (const {item: f, change} of diff.dropped) {
      const draft = owners[f.index]!;
      draft.events.push({kind: 'dropped', version, change: at(change), period: f.item.period, status: f.item.status});
      absent.add(draft);
    }
    owners = next;
  });

  const keys = assignKeys(drafts.map((d) => ({id: d.lastItem.item.id, last: d.last, index: d.lastItem.index})), versions);
  const lineages: Lineage[] = drafts.map((draft, i) => {
    const {id, title, theme, period, status, release} = draft.lastItem.item;
    const {first, last, presence, states, events} = draft;
    return {key: keys[i]!, id, title, theme, period, status, release, first, last, presence, states, events};
  });

  // A Map, then fromEntries: a theme id such as "__proto__" stays an ordinary key.
  const themes = new Map<string, {label: string; color: string | null}>();
  for (const version of versions) for (const theme of version.roadmap.themes) themes.set(theme.id, {label: theme.label, color: theme.color});

  return {versions: versions.map(({name, label, date}) => ({name, label, date})), lineages, steps, themes: Object.fromEntries(themes)};
}

/** Lineages dropped earlier and not back yet, found by exact keys of their last appearance. */
class AbsentLineages {
  private readonly waiting = new Set<Draft>();
  private readonly byKey = new Map<string, Draft[]>();

  add(draft: Draft): void {
    this.waiting.add(draft);
    for (const key of keysOf(draft.lastItem)) {
      const list = this.byKey.get(key);
      if (list) list.push(draft);
      else this.byKey.set(key, [draft]);
    }
  }

  /** The lineage `f` brings back, if any: the most recently seen one, the older lineage on ties. */
  take(f: FlatItem): Draft | null {
    for (const key of keysOf(f)) {
      let best: Draft | null = null;
      for (const draft of this.byKey.get(key) ?? []) {
        if (!this.waiting.has(draft) || !compatible(draft.lastItem, f)) continue;
        if (!best || draft.last > best.last || (draft.last === best.last && draft.number < best.number)) best = draft;
      }
      if (best) {
        this.waiting.delete(best);
        return best;
      }
    }
    return null;
  }
}

/** Most telling first: explicit id, normalized title, title without asides. */
function keysOf(f: FlatItem): string[] {
  const keys = [`t:${f.profile.normalized}`, `c:${f.profile.core}`];
  return f.item.idExplicit === true ? [`i:${f.item.id}`, ...keys] : keys;
}

/** Two explicit ids that differ name different items (as in the diff's matching). */
function compatible(a: FlatItem, b: FlatItem): boolean {
  return !(a.item.idExplicit === true && b.item.idExplicit === true && a.item.id !== b.item.id);
}
