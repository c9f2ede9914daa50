import assert from 'node:assert/strict';
import {test} from 'node:test';
import {flattenItems, parseRoadmap} from '../index.js';

const rows = (text: string) => flattenItems(parseRoadmap(text).items).map((i) => [i.title, i.release, i.period?.label ?? null, i.periodFrom]);

test('a "Release | Timeline" table dates the releases that headings name; its rows are not items', () => {
  const text = [
    '# Plan', '', '| Release | Timeline |', '|---|---|', '| 3.2.0 | Sep 2026 |', '| v3.3 | Q1 2027 |', '',
    '## v3.2.0', '', '- Faster search', '', '## 3.3', '', '- Sharding', '- Backups (Dec 2026)', '',
  ].join('\n');
  // "v3.2.0" and "3.2.0" are one release; an item's own date wins over its release's.
  assert.deepEqual(rows(text), [
    ['Faster search', 'v3.2.0', 'Sep 2026', 'release-schedule'],
    ['Sharding', '3.3', '2027 Q1', 'release-schedule'],
    ['Backups', '3.3', 'Dec 2026', 'self'],
  ]);
  const schedule = parseRoadmap(text).diagnostics.filter((d) => d.rule === 'release-schedule');
  assert.deepEqual(schedule.map((d) => [d.line, d.severity]), [[5, 'info'], [6, 'info']]);
  assert.match(schedule[0]!.message, /dates release 3\.2\.0/);
});

test('a date column then a release column with blog links is a schedule too; a bare number in a release cell is a release', () => {
  const text = ['# Terminal 2.0 Roadmap', '', '| Milestone End Date | Milestone Name | Blog Post |', '|---|---|---|', '| 2020-06-18 | 1.1 in Preview | [post](https://e.org/1) |', '| 2021-12-31 | [2.0] in Preview | |', '', '[2.0]: https://e.org/m', '', '## Scenarios', '', '- Settings UI'].join('\n');
  assert.deepEqual(rows(text), [['Settings UI', '2.0', '2021-12-31', 'release-schedule']]);
});

test('a feature table with a release and a date column, or release rows with content of their own, stay items', () => {
  const feature = ['| Feature | Release | Date |', '|---|---|---|', '| Search | 1.0 | 2024-03 |'].join('\n');
  assert.deepEqual(rows(feature).map((r) => r[0]), ['Search']);
  const content = ['| Version | Supported Kubernetes | Expected date |', '|---|---|---|', '| v1.0 | 1.24, 1.25 | 2023-09-28 |', '| v2.0 | 1.25, 1.26 | 2023-11-28 |'].join('\n');
  assert.deepEqual(rows(content), [['1.24, 1.25', 'v1.0', '2023-09-28', 'table'], ['1.25, 1.26', 'v2.0', '2023-11-28', 'table']]);
});

test('a table whose every column names a field ("Release | Target Date | Focus Area") keeps its first column as title and as its field', () => {
  const text = ['| Release | Target Date | Focus Area |', '|---|---|---|', '| v1.1.0 | Q1 2026 | Security, Reporting |', '| v2.0.0 | 2027 | Multi-tenant SaaS |'].join('\n');
  assert.deepEqual(rows(text), [
    ['v1.1.0', 'v1.1.0', '2026 Q1', 'table'],
    ['v2.0.0', 'v2.0.0', '2027', 'table'],
  ]);
});
