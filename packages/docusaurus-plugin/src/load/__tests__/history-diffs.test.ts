/**
 * Diffs made while files parse (history-diffs.ts): every adjacent pair of the versions holding a
 * slug gets its diff whatever order the roadmaps arrive in, and a history built with them equals
 * one built without.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap, type Roadmap} from '@roadmark/core';
import {buildHistory} from '@roadmark/core/history';
import {createHistoryDiffer} from '../history-diffs.js';

const roadmap = (lines: string[]): Roadmap => parseRoadmap(`# Roadmap\n\n## 2025 Q1\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`);

// Newest version first, as loadContent numbers the files: v2 holds a and b, v1 only a, v0 (oldest) a and b.
const versions: {slug: string; roadmap: Roadmap}[][] = [
  [{slug: 'a', roadmap: roadmap(['Search (done)', 'Sync'])}, {slug: 'b', roadmap: roadmap(['Dark mode'])}],
  [{slug: 'a', roadmap: roadmap(['Search', 'Sync', 'Export'])}],
  [{slug: 'a', roadmap: roadmap(['Search'])}, {slug: 'b', roadmap: roadmap(['Light mode'])}],
];
const flat = versions.flat();

function historyOf(slug: string, diffs?: Parameters<typeof buildHistory>[1]) {
  const holding = [...versions].reverse().filter((files) => files.some((file) => file.slug === slug));
  return buildHistory(
    holding.map((files, i) => ({name: String(i), label: String(i), date: null, roadmap: files.find((file) => file.slug === slug)!.roadmap})),
    diffs,
  );
}

for (const [name, order] of [['in order', [0, 1, 2, 3, 4]], ['reversed', [4, 3, 2, 1, 0]], ['shuffled', [2, 0, 4, 1, 3]]] as const) {
  test(`each adjacent pair is diffed once both are in (${name})`, () => {
    const differ = createHistoryDiffer(versions.map((files) => files.map((file) => file.slug)));
    for (const index of order) differ.add(index, flat[index]!.roadmap);
    const diffs = differ.diffs();
    assert.equal(diffs.get('a')!.length, 2);
    assert.equal(diffs.get('b')!.length, 1, 'b skips the version without it');
    for (const slug of ['a', 'b']) {
      assert.ok(diffs.get(slug)!.every(Boolean), `every pair of ${slug} diffed`);
      assert.deepEqual(historyOf(slug, diffs.get(slug)), historyOf(slug));
    }
  });
}

test('a pair with a roadmap still missing has no diff (the history diffs it itself)', () => {
  const differ = createHistoryDiffer(versions.map((files) => files.map((file) => file.slug)));
  differ.add(0, flat[0]!.roadmap);
  differ.add(3, flat[3]!.roadmap);
  assert.deepEqual(differ.diffs().get('a'), [undefined, undefined]);
  assert.deepEqual(historyOf('a', differ.diffs().get('a')), historyOf('a'));
});
