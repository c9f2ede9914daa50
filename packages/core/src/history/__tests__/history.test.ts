import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {diffRoadmaps} from '../../diff/index.js';
import {half, horizon, item, month, quarter} from '../../diff/__tests__/factory.js';
import {buildHistory, diffHistoryStep, narrative, presentAt, stateAt, type Lineage, type RoadmapHistory} from '../index.js';
import {theme, versions} from './helpers.js';

const byTitle = (history: RoadmapHistory, title: string): Lineage => {
  const found = history.lineages.filter((l) => l.title === title);
  assert.equal(found.length, 1, `one lineage titled ${title}`);
  return found[0]!;
};

describe('chaining', () => {
  const history = buildHistory(
    versions(
      ['1.0', '1.1', '2.0'],
      [
        [item('Sharding', {period: quarter(2019, 2), status: 'planned'}), item('Dark mode')],
        [item('Horizontal sharding', {period: quarter(2019, 4), status: 'planned'}), item('Dark mode'), item('Plugins', {period: horizon('next')})],
        [item('Horizontal sharding', {period: quarter(2019, 4), status: 'done'}), item('Plugins', {period: horizon('later')})],
      ],
    ),
  );

  test('one lineage per item identity, in order of first appearance', () => {
    assert.deepEqual(
      history.lineages.map((l) => [l.key, l.title, l.first, l.last]),
      [
        ['horizontal-sharding', 'Horizontal sharding', 0, 2],
        ['dark-mode', 'Dark mode', 0, 1],
        ['plugins', 'Plugins', 1, 2],
      ],
    );
    const sharding = history.lineages[0]!;
    assert.equal(sharding.status, 'done');
    assert.equal(sharding.period?.label, '2019 Q4');
  });

  test('events follow the diff, version by version', () => {
    const sharding = history.lineages[0]!;
    const done = sharding.events[3]!;
    assert.ok(done.kind === 'status' && done.done && done.from === 'planned' && done.to === 'done');
    assert.deepEqual(
      sharding.events.map((e) => [e.version, e.kind]),
      [
        [0, 'introduced'],
        [1, 'rescheduled'],
        [1, 'retitled'],
        [2, 'status'],
      ],
    );
    assert.deepEqual(history.lineages[1]!.events.map((e) => [e.version, e.kind]), [[0, 'introduced'], [2, 'dropped']]);
    const plugins = history.lineages[2]!.events;
    assert.deepEqual(plugins.map((e) => [e.version, e.kind]), [[1, 'introduced'], [2, 'rescheduled']]);
    const moved = plugins[1]!;
    assert.equal(moved.kind === 'rescheduled' && moved.move, 'slipped');
  });

  test('each event points at its change in the step it came from', () => {
    for (const lineage of history.lineages) {
      for (const event of lineage.events) {
        if (event.version === 0) {
          assert.equal(event.change, null);
          continue;
        }
        const change = history.steps[event.version - 1]!.changes[event.change!]!;
        const expected = event.kind === 'introduced' || event.kind === 're-added' ? 'added' : event.kind;
        assert.equal(change.kind, expected);
        assert.equal((change.after ?? change.before)!.title, event.kind === 'dropped' ? 'Dark mode' : stateAt(lineage, event.version)!.title);
      }
    }
  });

  test('steps are the diffs of adjacent versions', () => {
    const input = versions(['a', 'b', 'c'], [[item('A'), item('B')], [item('A', {status: 'done'})], [item('A', {status: 'done'}), item('C')]]);
    const built = buildHistory(input);
    assert.equal(built.steps.length, 2);
    built.steps.forEach((step, i) => {
      const diff = diffRoadmaps(input[i]!.roadmap, input[i + 1]!.roadmap);
      assert.deepEqual([step.from, step.to], [i, i + 1]);
      assert.deepEqual(step.summary, diff.summary);
      assert.deepEqual(step.changes, diff.changes);
    });
  });

  test('run-length states and presence', () => {
    const sharding = history.lineages[0]!;
    assert.deepEqual(sharding.presence, [{from: 0, to: 2}]);
    assert.deepEqual(
      sharding.states.map((run) => [run.from, run.state.title, run.state.period, run.state.status, run.state.id]),
      [
        [0, 'Sharding', '2019 Q2', 'planned', 'sharding'],
        [1, 'Horizontal sharding', '2019 Q4', 'planned', 'horizontal-sharding'],
        [2, 'Horizontal sharding', '2019 Q4', 'done', 'horizontal-sharding'],
      ],
    );
    const dark = history.lineages[1]!;
    assert.deepEqual(dark.states.map((run) => run.from), [0], 'an unchanged item has one run');
    assert.deepEqual(dark.presence, [{from: 0, to: 1}]);
    assert.equal(stateAt(dark, 1)?.title, 'Dark mode');
    assert.equal(stateAt(dark, 2), null);
    assert.equal(presentAt(dark, 2), false);
    assert.equal(stateAt(history.lineages[2]!, 0), null, 'not listed before it was added');
  });

  test('the history is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(history)), history);
  });

  test('diffs made ahead give the same history; a diff of other item lists is not used', () => {
    const input = versions(['a', 'b', 'c'], [[item('A'), item('B', {period: quarter(2024, 1)})], [item('A', {status: 'done'}), item('B', {period: quarter(2024, 2)})], [item('B'), item('C')]]);
    const ahead = [diffHistoryStep(input[0]!.roadmap, input[1]!.roadmap), diffHistoryStep(input[1]!.roadmap, input[2]!.roadmap)];
    assert.deepEqual(buildHistory(input, ahead), buildHistory(input));
    // A copy of a version (as translateContent makes) keeps its items: the diff made ahead still applies.
    const copies = input.map((version) => ({...version, roadmap: {...version.roadmap, themes: [...version.roadmap.themes]}}));
    assert.deepEqual(buildHistory(copies, ahead), buildHistory(input));
    // Made from other versions (here: swapped), it is ignored and the pair is diffed again.
    const wrong = [ahead[1], ahead[0]];
    assert.deepEqual(buildHistory(input, wrong), buildHistory(input));
  });

  test('building twice gives the same history', () => {
    const input = versions(['1', '2'], [[item('A', {period: quarter(2024, 1)}), item('B')], [item('B'), item('A', {period: quarter(2024, 2)})]]);
    assert.deepEqual(buildHistory(input), buildHistory(input));
  });
});

describe('keys', () => {
  test('the id of the newest version holding the item; a reused id goes to the item listed last', () => {
    const history = buildHistory(
      versions(
        ['1', '2', '3'],
        [
          [item('Old search', {id: 'search'}), item('Exports')],
          [item('Exports')],
          [item('Exports'), item('Search engine rewrite', {id: 'search'})],
        ],
      ),
    );
    assert.deepEqual(
      history.lineages.map((l) => [l.title, l.key, l.id]),
      [
        ['Old search', 'search@v1', 'search'],
        ['Exports', 'exports', 'exports'],
        ['Search engine rewrite', 'search', 'search'],
      ],
    );
  });

  test('keys follow a rename to the newest id and stay unique under many collisions', () => {
    const history = buildHistory(
      versions(
        ['1', '2'],
        [
          [item('Alpha', {id: 'x'}), item('Beta', {id: 'x'}), item('Gamma', {id: 'x@v1'})],
          [item('Delta', {id: 'x'})],
        ],
      ),
    );
    const keys = history.lineages.map((l) => l.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(
      history.lineages.map((l) => [l.title, l.key]),
      [
        ['Alpha', 'x@v1-2'],
        ['Beta', 'x@v1-3'],
        ['Gamma', 'x@v1'],
        ['Delta', 'x'],
      ],
    );
  });
});

describe('re-added items', () => {
  test('an item that comes back continues its lineage', () => {
    const history = buildHistory(
      versions(
        ['1.0', '1.1', '1.2'],
        [
          [item('Offline sync', {period: quarter(2024, 1)}), item('Search')],
          [item('Search')],
          [item('Search'), item('Offline Sync!', {period: quarter(2024, 3)})],
        ],
      ),
    );
    assert.equal(history.lineages.length, 2);
    const sync = history.lineages[0]!;
    assert.deepEqual(sync.presence, [{from: 0, to: 0}, {from: 2, to: 2}]);
    assert.deepEqual(sync.events.map((e) => [e.version, e.kind]), [[0, 'introduced'], [1, 'dropped'], [2, 're-added']]);
    const back = sync.events[2]!;
    assert.ok(back.kind === 're-added');
    assert.equal(back.absentSince, 1);
    assert.equal(back.period?.label, '2024 Q3');
    assert.equal(history.steps[1]!.changes[back.change!]!.kind, 'added', 'the adjacent diff still reports an addition');
    assert.equal(stateAt(sync, 1), null);
    assert.equal(stateAt(sync, 2)?.period, '2024 Q3');
    assert.equal(narrative(sync, history.versions), 'First planned for 2024 Q1 in 1.0, dropped in 1.1, re-added for 2024 Q3 in 1.2.');
  });

  test('explicit ids bring an item back under a new title; different explicit ids never do', () => {
    const history = buildHistory(
      versions(
        ['1', '2', '3'],
        [[item('Caching', {id: 'cache', idExplicit: true}), item('Keep')], [item('Keep')], [item('Keep'), item('Cache layer v2', {id: 'cache', idExplicit: true}), item('Caching', {id: 'other', idExplicit: true})]],
      ),
    );
    assert.deepEqual(
      history.lineages.map((l) => [l.key, l.title, l.presence.map((r) => `${r.from}-${r.to}`).join(',')]),
      [
        ['cache', 'Cache layer v2', '0-0,2-2'],
        ['keep', 'Keep', '0-2'],
        ['other', 'Caching', '2-2'],
      ],
    );
  });

  test('the most recently dropped of several candidates comes back', () => {
    const history = buildHistory(
      versions(['1', '2', '3', '4'], [[item('Docs'), item('X')], [item('X'), item('Docs', {status: 'planned'})], [item('X')], [item('X'), item('Docs')]]),
    );
    // "Docs" of version 1 and of version 2 are the same lineage (the diff matches them), so one lineage, back in 4.
    assert.equal(history.lineages.filter((l) => l.title === 'Docs').length, 1);
    assert.deepEqual(byTitle(history, 'Docs').presence, [{from: 0, to: 1}, {from: 3, to: 3}]);
  });
});

describe('narrative', () => {
  test('the example sentence', () => {
    const history = buildHistory(
      versions(
        ['1.0', '1.1', '1.2', '2.0'],
        [
          [item('Sharding', {period: quarter(2019, 2), status: 'planned'})],
          [item('Sharding', {period: quarter(2019, 4), status: 'planned'})],
          [item('Sharding', {period: quarter(2019, 4), status: 'planned'})],
          [item('Sharding', {period: quarter(2019, 4), status: 'done'})],
        ],
      ),
    );
    assert.equal(narrative(history.lineages[0]!, history.versions), 'First planned for 2019 Q2 in 1.0, slipped to 2019 Q4 in 1.1 (+2 quarters), done in 2.0.');
  });

  test('several events of one version share the version; themes read by label', () => {
    const history = buildHistory(
      versions(
        ['1', '2', '3'],
        [
          // "Docs" stays in place: it anchors the rewritten "Editor" slot next to it (the diff pairs it by position).
          [item('Docs'), item('Editor'), item('Search', {status: 'done', period: month(2024, 3)})],
          [item('Docs'), item('Rich text editor', {period: half(2024, 2), theme: 'ux', status: 'in-progress'})],
          [item('Docs'), item('Rich text editor', {period: quarter(2024, 3), theme: 'ux', status: 'in-progress', release: '2.0'})],
        ],
        [theme('ux', 'User experience')],
      ),
    );
    const [, editor, search] = history.lineages;
    assert.equal(
      narrative(editor!, history.versions, history.themes),
      'First listed in 1, scheduled for 2024 H2 and marked in progress and renamed to “Rich text editor” and filed under User experience in 2, ' +
        'pulled in to 2024 Q3 (-1 quarter) and targeted at release 2.0 in 3.',
    );
    assert.equal(narrative(search!, history.versions), 'First listed as done for Mar 2024 in 1, no longer listed in 2.');
  });

  test('pulled in, unscheduled, moved and status words', () => {
    const history = buildHistory(
      versions(
        ['a', 'b', 'c', 'd'],
        [
          [item('A', {period: quarter(2025, 2), status: 'done'})],
          [item('A', {period: month(2025, 4), status: 'planned'})],
          [item('A', {period: horizon('now'), status: 'dropped'})],
          [item('A', {status: null})],
        ],
      ),
    );
    assert.equal(
      narrative(history.lineages[0]!, history.versions),
      // 2025 Q2 → Apr 2025: same start, the end two months earlier.
      'First listed as done for 2025 Q2 in a, pulled in to Apr 2025 (-2 months) and back to planned in b, moved to Now and marked dropped in c, unscheduled and status cleared in d.',
    );
    const slip = buildHistory(versions(['a', 'b'], [[item('B', {period: quarter(2025, 3)})], [item('B', {period: month(2025, 4)})]]));
    assert.equal(narrative(slip.lineages[0]!, slip.versions), 'First planned for 2025 Q3 in a, pulled in to Apr 2025 in b (-1 quarter).');
  });
});

test('scale: 100 versions × 300 items', () => {
  const NOUNS = ['search', 'billing', 'sharding', 'exports', 'webhooks', 'audit logs', 'roles', 'editor', 'queue', 'metrics', 'cache', 'sync'];
  const VERSIONS = 100;
  const ITEMS = 300;
  // One item leaves in each odd version and is back in the next; no other item leaves then, so
  // the diff cannot mistake the returning item for a rename of a leaving one.
  const absent = (i: number, v: number): boolean => v % 2 === 1 && v < VERSIONS - 1 && i === (v * 37) % ITEMS;
  const input = versions(
    Array.from({length: VERSIONS}, (_, v) => `${v}`),
    Array.from({length: VERSIONS}, (_, v) => {
      const items = [];
      for (let i = 0; i < ITEMS; i++) {
        if (absent(i, v)) continue;
        const title = `Capability ${i} ${NOUNS[i % 12]}${v >= 50 && i % 10 === 0 ? ' (revised)' : ''}`;
        const shift = Math.floor((v + i) / 25); // one quarter later every 25 versions
        const q = (i % 8) + shift;
        items.push(item(title, {period: quarter(2024 + Math.floor(q / 4), (q % 4) + 1), status: v >= 60 + (i % 40) ? 'done' : 'planned'}));
      }
      for (let n = 1; n <= v; n++) items.push(item(`Brand new thing number ${n}`));
      return items;
    }),
  );
  const started = performance.now();
  const history = buildHistory(input);
  const elapsed = performance.now() - started;
  const size = (value: unknown): number => JSON.stringify(value).length;
  console.log(`buildHistory: ${VERSIONS} versions × ${ITEMS} items in ${Math.round(elapsed)} ms, ${history.lineages.length} lineages; JSON chars: lineages ${size(history.lineages)}, steps ${size(history.steps)}`);

  assert.equal(history.lineages.length, ITEMS + VERSIONS - 1, 'no lineage split, none merged');
  const base = history.lineages.slice(0, ITEMS);
  assert.ok(base.every((l) => l.first === 0 && l.last === VERSIONS - 1));
  const gaps = base.filter((l) => l.presence.length > 1);
  assert.equal(gaps.length, 49);
  const leaver = base[37]!; // absent in version 1 only
  assert.deepEqual(leaver.presence, [{from: 0, to: 0}, {from: 2, to: VERSIONS - 1}]);
  assert.deepEqual(leaver.events.slice(0, 3).map((e) => [e.version, e.kind]), [[0, 'introduced'], [1, 'dropped'], [2, 're-added']]);
  const revised = base[10]!;
  assert.equal(revised.title, 'Capability 10 cache (revised)');
  // States change only with a reschedule (every 25 versions), the rename and the status: a handful of runs.
  assert.ok(base.every((l) => l.states.length <= 10), `max runs ${Math.max(...base.map((l) => l.states.length))}`);
  assert.equal(stateAt(revised, 49)?.title, 'Capability 10 cache');
  assert.equal(stateAt(revised, 99)?.status, 'done');
  assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
});
