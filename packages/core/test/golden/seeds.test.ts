/** The seeds' complete models: every item, its nesting, period, theme, status and links. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap} from '../../src/index.js';
import {compareTree} from './compare-tree.js';
import {readShared} from './paths.js';
import {expectedSeeds} from './seeds.expected.js';

for (const seed of expectedSeeds) {
  test(`seed model: ${seed.file}`, () => {
    const roadmap = parseRoadmap(readShared(seed.file), {file: seed.file});
    const problems: string[] = [];
    if (roadmap.title !== seed.title) problems.push(`${seed.file} title: expected ${JSON.stringify(seed.title)}, got ${JSON.stringify(roadmap.title)}`);
    if (roadmap.updated !== seed.updated) problems.push(`${seed.file} updated: expected ${JSON.stringify(seed.updated)}, got ${JSON.stringify(roadmap.updated)}`);
    problems.push(...compareTree(seed.file, seed.items, roadmap.items));
    for (const {line, rule} of seed.notItems ?? []) {
      if (!roadmap.diagnostics.some((d) => d.line === line && d.rule === rule)) problems.push(`${seed.file}:${line} expected a ${rule} diagnostic (not an item)`);
    }
    assert.ok(problems.length === 0, `${problems.length} disagreement(s):\n  ${problems.join('\n  ')}`);
  });
}
