import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type {Status} from '../../model.js';
import {diffRoadmaps, formatDiff, type Change, type PeriodMove} from '../index.js';
import {editedArb, flat, roadmapArb, shuffleSiblings} from './arbitraries.js';
import {roadmap} from './factory.js';

/** A version paired with an edited later version of it, or with an unrelated one. */
const pairArb = fc.oneof(
  roadmapArb.chain((a) => editedArb(a).map((b) => [a, b] as const)),
  fc.tuple(roadmapArb, roadmapArb),
);

const count = (changes: Change[], kind: Change['kind']): number => changes.filter((c) => c.kind === kind).length;

const REVERSED: Record<PeriodMove, PeriodMove> = {slipped: 'pulled-in', 'pulled-in': 'slipped', scheduled: 'unscheduled', unscheduled: 'scheduled', moved: 'moved'};

/** One rescheduled change seen from the other side: same items, opposite move, negated delta. */
function reversedReschedule(c: Change): string {
  const label = c.delta ? (c.delta.label.startsWith('+') ? '-' : '+') + c.delta.label.slice(1) : '';
  return `${c.after!.line}->${c.before!.line} ${REVERSED[c.move!]} ${label}`;
}
const reschedule = (c: Change): string => `${c.before!.line}->${c.after!.line} ${c.move} ${c.delta?.label ?? ''}`;

// More runs than the default 100: tie-break asymmetries only show up in rarer shapes.
const runs = {numRuns: 300};

describe('diff properties', () => {
  test('a roadmap compared with itself has no changes', () => {
    fc.assert(
      fc.property(roadmapArb, (a) => {
        const diff = diffRoadmaps(a, structuredClone(a));
        assert.deepEqual(diff.changes, []);
        assert.equal(diff.summary.total, 0);
        assert.equal(diff.matches.length, flat(a.items).length);
      }),
      runs,
    );
  });

  test('every item is matched once, or reported added / dropped', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffRoadmaps(a, b);
        const olds = new Set(diff.matches.map((m) => m.before));
        const news = new Set(diff.matches.map((m) => m.after));
        assert.equal(olds.size, diff.matches.length);
        assert.equal(news.size, diff.matches.length);
        assert.equal(diff.matches.length + count(diff.changes, 'dropped'), flat(a.items).length);
        assert.equal(diff.matches.length + count(diff.changes, 'added'), flat(b.items).length);
      }),
      runs,
    );
  });

  test('swapping versions swaps added and dropped, and reverses every reschedule', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const forward = diffRoadmaps(a, b).changes;
        const backward = diffRoadmaps(b, a).changes;
        assert.equal(count(forward, 'added'), count(backward, 'dropped'));
        assert.equal(count(forward, 'dropped'), count(backward, 'added'));
        for (const kind of ['rescheduled', 'status', 'retitled', 'theme', 'release'] as const) {
          assert.equal(count(forward, kind), count(backward, kind), kind);
        }
        const there = forward.filter((c) => c.kind === 'rescheduled').map(reschedule).sort();
        const back = backward.filter((c) => c.kind === 'rescheduled').map(reversedReschedule).sort();
        assert.deepEqual(back, there);
      }),
      runs,
    );
  });

  test('shuffling siblings is not a change', () => {
    fc.assert(
      fc.property(roadmapArb, fc.integer(), (a, seed) => {
        assert.deepEqual(diffRoadmaps(a, shuffleSiblings(a, seed)).changes, []);
      }),
      runs,
    );
  });

  test("changing one item's status gives exactly one 'status' change", () => {
    const statuses: Status[] = ['planned', 'in-progress', 'done', 'dropped'];
    fc.assert(
      fc.property(roadmapArb, fc.nat(), fc.nat(), (a, at, pick) => {
        const items = structuredClone(a.items);
        const all = flat(items);
        const target = all[at % all.length]!;
        const choices = statuses.filter((s) => s !== target.status);
        const status = choices[pick % choices.length]!;
        target.status = status;
        const changes = diffRoadmaps(a, roadmap(items)).changes;
        assert.equal(changes.length, 1);
        assert.equal(changes[0]!.kind, 'status');
        assert.equal(changes[0]!.after!.status, status);
        assert.equal(changes[0]!.done === true, status === 'done');
      }),
      runs,
    );
  });

  test('output is deterministic', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const first = diffRoadmaps(a, b);
        const again = diffRoadmaps(structuredClone(a), structuredClone(b));
        assert.deepEqual(again, first);
        assert.equal(formatDiff(again), formatDiff(first));
      }),
      runs,
    );
  });
});
