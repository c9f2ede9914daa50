/**
 * changeThemeOf restates core's changeTheme (diff/summary.ts), which @roadmark/core/diff does not
 * export: core files every change of a diff's summary under that theme, so counting the changes by
 * changeThemeOf must give the summary's byTheme exactly.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap} from '@roadmark/core';
import {diffRoadmaps, NO_THEME, type DiffSummary} from '@roadmark/core/diff';
import {changeThemeOf} from '../version-changes.js';

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

test('changes counted by changeThemeOf are the diff summary by theme', () => {
  const diff = diffRoadmaps(before, after);
  assert.ok(diff.changes.length >= 4, 'the fixture changes enough');
  const byTheme: DiffSummary['byTheme'] = {};
  for (const change of diff.changes) {
    const row = (byTheme[changeThemeOf(change)] ??= {});
    row[change.kind] = (row[change.kind] ?? 0) + 1;
  }
  assert.deepEqual(byTheme, diff.summary.byTheme);
  const dropped = diff.changes.find((change) => change.kind === 'dropped');
  assert.ok(dropped, 'a dropped item is filed under its old theme');
  assert.equal(changeThemeOf(dropped), dropped.before!.theme ?? NO_THEME);
});
