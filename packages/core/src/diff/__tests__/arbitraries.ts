/** fast-check generators of roadmap models: titled, dated, nested items, and edits of them. */
import fc from 'fast-check';
import type {Horizon, Item, Period, Roadmap, Status} from '../../model.js';
import {half, horizon, item, month, quarter, roadmap, year} from './factory.js';

const WORDS = [
  'search', 'sharding', 'dark', 'mode', 'plugin', 'api', 'auth', 'export', 'cache', 'metrics', 'billing', 'mobile',
  'offline', 'sync', 'import', 'storage', 'webhooks', 'audit', 'logs', 'roles', 'theme', 'editor', 'graph', 'queue',
];

const titleArb = fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 4}).map((words) => {
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
});

const statusArb: fc.Arbitrary<Status | null> = fc.constantFrom<Status | null>(null, 'planned', 'in-progress', 'done', 'dropped');

const periodArb: fc.Arbitrary<Period | null> = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({min: 2023, max: 2025}), fc.integer({min: 1, max: 4})).map(([y, q]) => quarter(y, q)),
  fc.tuple(fc.integer({min: 2023, max: 2025}), fc.integer({min: 1, max: 12})).map(([y, m]) => month(y, m)),
  fc.tuple(fc.integer({min: 2023, max: 2025}), fc.constantFrom<1 | 2>(1, 2)).map(([y, h]) => half(y, h)),
  fc.integer({min: 2023, max: 2025}).map(year),
  fc.constantFrom<Horizon>('now', 'next', 'later').map(horizon),
);

interface Facts {
  title: string;
  status: Status | null;
  period: Period | null;
  theme: string | null;
  release: string | null;
  explicit: boolean;
}

const factsArb: fc.Arbitrary<Facts> = fc.record({
  title: titleArb,
  status: statusArb,
  period: periodArb,
  theme: fc.constantFrom(null, 'performance', 'ux', 'security'),
  release: fc.constantFrom(null, 'v1', 'v2'),
  explicit: fc.integer({min: 0, max: 3}).map((n) => n === 0), // a quarter of items carry an explicit id
});

function toItem(f: Facts, children: Item[]): Item {
  return item(f.title, {status: f.status, period: f.period, theme: f.theme, release: f.release, idExplicit: f.explicit, children});
}

const level2 = fc.array(factsArb.map((f) => toItem(f, [])), {maxLength: 3});
const level1 = fc.array(fc.tuple(factsArb, level2).map(([f, c]) => toItem(f, c)), {maxLength: 4});
const level0 = fc.array(fc.tuple(factsArb, level1, fc.constantFrom('', 'Now', 'Later')), {minLength: 1, maxLength: 8});

/** Every item in document order. */
export function flat(items: Item[]): Item[] {
  return items.flatMap((it) => [it, ...flat(it.children)]);
}

/** Explicit items get unique `x1`, `x2` … ids (as a parser guarantees); others keep their title slug. */
function assignIds(items: Item[]): void {
  let n = 0;
  for (const it of flat(items)) if (it.idExplicit) it.id = `x${++n}`;
}

function setSection(it: Item, section: string[]): void {
  it.section = section;
  it.children.forEach((child) => setSection(child, section));
}

export const roadmapArb: fc.Arbitrary<Roadmap> = level0.map((tops) => {
  const items = tops.map(([f, children, section]) => {
    const it = toItem(f, children);
    setSection(it, section ? [section] : []);
    return it;
  });
  assignIds(items);
  return roadmap(items);
});

/** A deterministic shuffle driven by a seed (mulberry32), applied to every sibling list. */
export function shuffleSiblings(r: Roadmap, seed: number): Roadmap {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = (items: Item[]): Item[] => {
    const copy = items.map((it) => ({...it, children: shuffle(it.children)}));
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return roadmap(shuffle(r.items));
}

type Edit =
  | {op: 'retitle'; at: number; word: string}
  | {op: 'drop'; at: number}
  | {op: 'add'; facts: Facts}
  | {op: 'reschedule'; at: number; period: Period | null}
  | {op: 'status'; at: number; status: Status | null};

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({op: fc.constant('retitle' as const), at: fc.nat(), word: fc.constantFrom(...WORDS)}),
  fc.record({op: fc.constant('drop' as const), at: fc.nat()}),
  fc.record({op: fc.constant('add' as const), facts: factsArb}),
  fc.record({op: fc.constant('reschedule' as const), at: fc.nat(), period: periodArb}),
  fc.record({op: fc.constant('status' as const), at: fc.nat(), status: statusArb}),
);

function applyEdit(items: Item[], edit: Edit): Item[] {
  const all = flat(items);
  if (edit.op === 'add') return [...items, toItem({...edit.facts, explicit: false}, [])];
  if (all.length === 0) return items;
  const target = all[edit.at % all.length]!;
  if (edit.op === 'drop') {
    const without = (list: Item[]): Item[] => list.filter((it) => it !== target).map((it) => ({...it, children: without(it.children)}));
    return without(items);
  }
  if (edit.op === 'retitle') target.title = `${target.title} ${edit.word}`;
  if (edit.op === 'reschedule') target.period = edit.period;
  if (edit.op === 'status') target.status = edit.status;
  return items;
}

/** A later version of `r`: a few titles extended, items dropped and added, periods and statuses changed. */
export function editedArb(r: Roadmap): fc.Arbitrary<Roadmap> {
  return fc.array(editArb, {maxLength: 6}).map((edits) => roadmap(edits.reduce(applyEdit, structuredClone(r.items))));
}
