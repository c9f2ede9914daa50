import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {findStatusMarker, statusFromCell} from '../status.js';
import type {Status} from '../../model.js';

/** [text, expected status, expected raw marker] */
const MARKERS: Array<[string, Status, string]> = [
  // emoji at either end (linode, moonbit)
  ['Provide a developer catalog in Gitea ✅', 'done', '✅'],
  ['Add the option to add charts from artifacthub to the Catalog 🔄', 'in-progress', '🔄'],
  ['🟩 Fundamentally complete the construction of Community-Blog by mid-April 2025', 'done', '🟩'],
  ['🟨 Complete the foundational construction of the knowledge base by June 2025', 'in-progress', '🟨'],
  ['🟥 Establish the core team for Community-Blog by August 2025', 'planned', '🟥'],
  ['✔️ Shipped the thing', 'done', '✔️'],
  ['🚧 Rewrite the scheduler', 'in-progress', '🚧'],
  ['❌ Support Python 2', 'dropped', '❌'],
  ['Plugin marketplace 📅', 'planned', '📅'],
  // shortcodes and mkdocs icons
  [':white_check_mark: Distributed querying', 'done', ':white_check_mark:'],
  ['Sharding :construction:', 'in-progress', ':construction:'],
  [':x: Old API', 'dropped', ':x:'],
  [':material-check-bold: Init command', 'done', ':material-check-bold:'],
  [':material-progress-wrench: Bindings', 'in-progress', ':material-progress-wrench:'],
  // literal checkboxes (table cells, lettered paragraphs)
  ['[x] Init & Build commands', 'done', '[x]'],
  ['[X] Init & Build commands', 'done', '[X]'],
  ['[ ] All examples working on Linux', 'planned', '[ ]'],
  ['[-] Python 2 support', 'dropped', '[-]'],
  // tags at the start
  ['[Done] Foo', 'done', '[Done]'],
  ['(In progress) Foo', 'in-progress', '(In progress)'],
  ['*Complete* Foo', 'done', '*Complete*'],
  ['Done: Foo', 'done', 'Done:'],
  ['✅ Done: Foo', 'done', '✅ Done:'],
  ['WIP - new parser', 'in-progress', 'WIP - '],
  // tags at the end
  ['Foo (WIP)', 'in-progress', '(WIP)'],
  ['Foo [Planned]', 'planned', '[Planned]'],
  ['Foo _Completed Q3 2022_', 'done', '_Completed Q3 2022_'],
  ['Foo - Done', 'done', ' - Done'],
  ['Foo - Completed in Q1 2023', 'done', ' - Completed in Q1 2023'],
  ['Alpha 4 - Completed 2024-02-01', 'done', ' - Completed 2024-02-01'],
  ['Foo (shipped)', 'done', '(shipped)'],
  ['Foo (released in 1.2)', 'done', '(released in 1.2)'],
  ['Fastest online `ADD INDEX` (GA)', 'done', '(GA)'],
  ['Foo (deprecated)', 'dropped', '(deprecated)'],
  ['Foo (cancelled)', 'dropped', '(cancelled)'],
  ["Foo (won't fix)", 'dropped', "(won't fix)"],
  ['Foo (on hold)', 'planned', '(on hold)'],
  ['Foo (blocked)', 'in-progress', '(blocked)'],
  ['Kafka source (Planned for Q4 2021)', 'planned', '(Planned for Q4 2021)'],
  ['Service Catalog (alpha released)', 'in-progress', '(alpha released)'],
  ['Foo. Done.', 'done', 'Done'],
  // a tag closing a title that a dash separates from prose (backstage phases)
  ['Phase 1: Extensible frontend platform (Done ✅) - You will be able to', 'done', '(Done ✅)'],
  // one clause of a trailing parenthetical (feast)
  ['Batch transformation (SQL. In progress. See RFC)', 'in-progress', 'In progress'],
  // Chinese
  ['支持X（已完成）', 'done', '（已完成）'],
  ['【进行中】支持X', 'in-progress', '【进行中】'],
  ['计划中：支持X', 'planned', '计划中：'],
  ['支持端侧重训 已取消', 'dropped', ' 已取消'],
];

describe('findStatusMarker', () => {
  for (const [text, status, raw] of MARKERS) {
    test(text, () => {
      const marker = findStatusMarker(text);
      assert.ok(marker, 'expected a marker');
      assert.equal(marker.status, status);
      assert.equal(marker.raw, raw);
      assert.equal(text.slice(marker.index, marker.index + marker.length), raw, 'index/length locate raw');
    });
  }

  const PROSE = [
    'Improve completion of the docs',
    'make progress on X',
    'planned features include Y',
    'Complete the native expression support of the Python language.',
    'Done right, this unlocks plugins',
    'Support (Python)',
    'Something (see #12)',
    'Foo - done by the team',
    // decoration, not status: qdrant group labels lead with 🏗️ / ⚙️
    '🏗️ Scalability',
    '⚙️ Performance',
    ':earth_americas: Distributed Deployment',
    // horizon words are periods, left for the period reader
    'Phase 3: Ecosystem (later)',
    'Foo (next)',
    '',
    '   ',
  ];
  for (const text of PROSE) {
    test(`no marker: ${JSON.stringify(text)}`, () => assert.equal(findStatusMarker(text), null));
  }

  test('stripping the marker leaves the title', () => {
    const text = 'Provide UI interface for adding Helm charts ✅';
    const m = findStatusMarker(text);
    assert.ok(m);
    assert.equal((text.slice(0, m.index) + text.slice(m.index + m.length)).trim(), 'Provide UI interface for adding Helm charts');
  });

  test('the marker found on the real moonbit roadmap lines follows its traffic-light legend', () => {
    const lines = [
      ['🟩 Fundamentally complete the construction of Community-Blog by mid-April 2025', 'done'],
      ['🟨 Complete the foundational construction of the knowledge base by June 2025', 'in-progress'],
      ['🟥 Finalize i18n-related work by the end of 2025', 'planned'],
    ] as const;
    for (const [line, status] of lines) assert.equal(findStatusMarker(line)?.status, status);
  });
});

describe('statusFromCell', () => {
  const CELLS: Array<[string, Status | null]> = [
    ['Done', 'done'], ['✅', 'done'], ['✅ Done', 'done'], [':white_check_mark:', 'done'], ['GA', 'done'],
    ['Released', 'done'], ['Shipped', 'done'], ['Stable', 'done'], ['Available', 'done'], ['Yes', 'done'],
    ['Completed in Q1 2023', 'done'], ['[x]', 'done'], ['Done - see #12', 'done'], ['🟢 live', 'done'],
    ['In Progress', 'in-progress'], ['in-progress', 'in-progress'], ['WIP', 'in-progress'], ['Beta', 'in-progress'],
    ['Alpha', 'in-progress'], ['Preview', 'in-progress'], ['Experimental', 'in-progress'], ['In review', 'in-progress'],
    ['Partial', 'in-progress'], ['Partially working', 'in-progress'], ['Beta, behind a flag', 'in-progress'],
    ['🚧', 'in-progress'],
    ['Not started', 'planned'], ['Planned', 'planned'], ['Planned (Q3)', 'planned'], ['Investigating', 'planned'],
    ['Exploring', 'planned'], ['Proposed', 'planned'], ['Backlog', 'planned'], ['TODO', 'planned'], ['On hold', 'planned'],
    ['Next', 'planned'], ['Future', 'planned'], ['[ ]', 'planned'],
    ['Dropped', 'dropped'], ["Won't do", 'dropped'], ['Won’t fix', 'dropped'], ['Cancelled', 'dropped'],
    ['Deprecated', 'dropped'], ['Removed', 'dropped'], ['❌', 'dropped'],
    ['No', null], ['N/A', null], ['-', null], ['', null], ['Not supported', null], ['Unknown thing', null],
    ['Improve completion of the docs', null], ['Notes about the rollout (deprecated)', null],
  ];
  for (const [cell, status] of CELLS) {
    test(`${JSON.stringify(cell)} -> ${status}`, () => assert.equal(statusFromCell(cell), status));
  }
});
