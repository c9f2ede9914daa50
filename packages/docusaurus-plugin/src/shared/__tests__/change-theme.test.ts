/**
 * The version-comparison view groups changes by theme with core's changeTheme, the rule the diff's
 * summary uses: the groups must count exactly what the summary says, theme by theme.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap} from '@roadmark/core';
import {changeTheme, diffRoadmaps, NO_THEME, type DiffSummary} from '@roadmark/core/diff';
import {groupChanges} from '../version-changes.js';

const before = parseRoadmap(`# Plan

## Performance

- Faster startup (Q1 2024)
- Smaller bundles (Q2 2024)

## Documentation

- A tutorial (Q1 2024)

- A loose item
`);

const after = parseRoadmap(`# Plan

## Performance

- Faster startup (Q3 2024)
- [x] A tutorial (Q1 2024)

## Security

- Signed releases (Q4 2024)

- A loose item, reworded
- Another loose item
`);

test('the groups of the comparison view count what the diff summary says, theme by theme', () => {
  const diff = diffRoadmaps(before, after);
  assert.ok(diff.changes.length >= 4, 'the fixture changes enough');
  const byTheme: DiffSummary['byTheme'] = {};
  for (const group of groupChanges(diff.changes, {})) {
    for (const {theme, changes} of group.themes) {
      const row = (byTheme[theme] ??= {});
      row[group.kind] = (row[group.kind] ?? 0) + changes.length;
    }
  }
  const sorted = (summary: DiffSummary['byTheme']) => Object.fromEntries(Object.entries(summary).sort(([a], [b]) => (a < b ? -1 : 1)));
  assert.deepEqual(sorted(byTheme), sorted(diff.summary.byTheme));
  const dropped = diff.changes.find((change) => change.kind === 'dropped');
  assert.ok(dropped, 'a dropped item is filed under its old theme');
  assert.equal(changeTheme(dropped), dropped.before!.theme ?? NO_THEME);
});
