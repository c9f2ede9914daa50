import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {diffRoadmaps, formatDiff, matchItems, type Change, type ChangeKind} from '../index.js';
import {horizon, item, month, quarter, roadmap} from './factory.js';

const kinds = (changes: Change[]): ChangeKind[] => changes.map((c) => c.kind);

describe('matching', () => {
  test('a retitled item is found, not reported as dropped + added', () => {
    const before = roadmap([item('Sharding', {period: quarter(2024, 1)}), item('Dark mode')]);
    const after = roadmap([item('Horizontal sharding', {period: quarter(2024, 1)}), item('Dark mode')]);
    const diff = diffRoadmaps(before, after);
    assert.deepEqual(kinds(diff.changes), ['retitled']);
    const [change] = diff.changes;
    assert.equal(change!.before!.title, 'Sharding');
    assert.equal(change!.after!.title, 'Horizontal sharding');
    assert.equal(change!.id, 'horizontal-sharding');
    assert.equal(change!.summary, '“Sharding” renamed to “Horizontal sharding”');
    assert.ok(change!.confidence > 0.5 && change!.confidence < 1);
  });

  test('an explicit id survives a full rename', () => {
    const before = roadmap([item('Sharding', {id: 'scale-out', idExplicit: true, status: 'planned'})]);
    const after = roadmap([item('Multi-region clusters', {id: 'scale-out', idExplicit: true, status: 'in-progress'})]);
    const [match] = matchItems(before, after);
    assert.equal(match!.by, 'id');
    assert.equal(match!.confidence, 1);
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['status', 'retitled']);
  });

  test('different explicit ids are different items, even with the same title', () => {
    const before = roadmap([item('Caching', {id: 'cache-v1', idExplicit: true})]);
    const after = roadmap([item('Caching', {id: 'cache-v2', idExplicit: true})]);
    assert.deepEqual(matchItems(before, after), []);
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['added', 'dropped']);
  });

  test('exact titles match case-, punctuation- and markdown-insensitively', () => {
    const before = roadmap([item('Dark Mode!')]);
    const after = roadmap([item('**dark mode**')]);
    const [match] = matchItems(before, after);
    assert.equal(match!.by, 'title');
    assert.deepEqual(diffRoadmaps(before, after).changes, []);
  });

  test('an unrecognizable rewrite in the same slot pairs by position with low confidence', () => {
    const before = roadmap([item('Plugins'), item('Dark mode', {status: 'planned'}), item('Offline sync')]);
    const after = roadmap([item('Plugins'), item('Dark theme', {status: 'done'}), item('Offline sync')]);
    const matches = matchItems(before, after);
    const moved = matches.find((m) => m.before.title === 'Dark mode');
    assert.equal(moved?.by, 'position');
    assert.equal(moved?.after.title, 'Dark theme');
    assert.ok(moved!.confidence < 0.5);
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['status', 'retitled']);
  });

  test('an aside added in brackets is a retitle', () => {
    const before = roadmap([item('Trino', {status: 'planned'}), item('Kafka source', {status: 'planned'}), item('Spark')]);
    const after = roadmap([item('Spark'), item('Kafka source (with push support)', {status: 'done'}), item('Trino (community plugin)', {status: 'done'})]);
    const matches = matchItems(before, after);
    assert.equal(matches.length, 3);
    assert.deepEqual(
      diffRoadmaps(before, after).changes.map((c) => `${c.kind}:${c.before?.title}`),
      ['status:Kafka source', 'status:Trino', 'retitled:Kafka source', 'retitled:Trino'],
    );
  });

  test('a section rewritten wholesale is not paired by position', () => {
    // mindspore r0.6 → r0.7: every inference item but one replaced; "Support iOS." is not "Support NLP neural networks."
    const section = {section: ['Inference Framework']};
    const before = roadmap(['Support TensorFlow, Caffe, and ONNX model formats.', 'Support iOS.', 'Improve more CPU operators.'].map((t) => item(t, section)));
    const after = roadmap(['Continuous optimization for operator, and add more operator.', 'Support NLP neural networks.', 'Visualization for MindSpore lite model.'].map((t) => item(t, section)));
    assert.deepEqual(matchItems(before, after), []);
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['added', 'added', 'added', 'dropped', 'dropped', 'dropped']);
    // The same slot between two stable neighbours still pairs.
    const anchoredBefore = roadmap([item('Plugins', section), item('Support iOS.', section), item('Offline sync', section)]);
    const anchoredAfter = roadmap([item('Plugins', section), item('Support NLP neural networks.', section), item('Offline sync', section)]);
    assert.equal(matchItems(anchoredBefore, anchoredAfter).find((m) => m.before.title === 'Support iOS.')?.by, 'position');
  });

  test('unrelated titles in the same slot are not paired', () => {
    const before = roadmap([item('Dark mode')]);
    const after = roadmap([item('Plugin marketplace')]);
    assert.deepEqual(matchItems(before, after), []);
  });

  test('children are matched too, and duplicates pair with their true counterparts', () => {
    const before = roadmap([
      item('Backend', {children: [item('Tests', {status: 'done'}), item('Docs')]}),
      item('Frontend', {children: [item('Tests', {status: 'planned'})]}),
    ]);
    const after = roadmap([
      item('Frontend', {children: [item('Tests', {status: 'planned'})]}),
      item('Backend', {children: [item('Docs'), item('Tests', {status: 'done'})]}),
    ]);
    assert.equal(matchItems(before, after).length, 5);
    assert.deepEqual(diffRoadmaps(before, after).changes, []);
  });

  test('the fuzzy phase takes the best pair first', () => {
    const before = roadmap([item('Search indexing'), item('Search indexing performance')]);
    const after = roadmap([item('Search indexing performance improvements')]);
    const [match] = matchItems(before, after);
    assert.equal(match!.before.title, 'Search indexing performance');
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['dropped', 'retitled']);
  });
});

describe('changes', () => {
  test('dropped and added items', () => {
    const before = roadmap([item('Keep'), item('Legacy exporter', {period: quarter(2024, 2)})]);
    const after = roadmap([item('Keep'), item('Plugin marketplace', {period: quarter(2024, 4), status: 'planned'})]);
    const diff = diffRoadmaps(before, after);
    assert.deepEqual(kinds(diff.changes), ['added', 'dropped']);
    const [added, dropped] = diff.changes;
    assert.equal(added!.id, 'plugin-marketplace');
    assert.equal(added!.before, null);
    assert.equal(added!.summary, 'Added “Plugin marketplace” (2024 Q4, planned)');
    assert.equal(dropped!.id, 'legacy-exporter');
    assert.equal(dropped!.after, null);
    assert.equal(dropped!.summary, 'Dropped “Legacy exporter” (was 2024 Q2)');
  });

  test('slipped +2 quarters', () => {
    const diff = diffRoadmaps(roadmap([item('Sharding', {period: quarter(2024, 1)})]), roadmap([item('Sharding', {period: quarter(2024, 3)})]));
    assert.equal(diff.changes.length, 1);
    const [change] = diff.changes;
    assert.equal(change!.kind, 'rescheduled');
    assert.equal(change!.move, 'slipped');
    assert.deepEqual(change!.delta, {unit: 'quarter', amount: 2, direction: 'slipped', label: '+2 quarters'});
    assert.equal(change!.summary, '“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3');
  });

  test('pulled in', () => {
    const [change] = diffRoadmaps(roadmap([item('Sharding', {period: month(2024, 9)})]), roadmap([item('Sharding', {period: month(2024, 6)})])).changes;
    assert.equal(change!.move, 'pulled-in');
    assert.equal(change!.delta?.label, '-3 months');
    assert.equal(change!.summary, '“Sharding” pulled in 3 months: Sep 2024 → Jun 2024');
  });

  test('month vs quarter granularity counts in quarters', () => {
    const [change] = diffRoadmaps(roadmap([item('Sharding', {period: month(2024, 1)})]), roadmap([item('Sharding', {period: quarter(2024, 2)})])).changes;
    assert.deepEqual(change!.delta, {unit: 'quarter', amount: 1, direction: 'slipped', label: '+1 quarter'});
  });

  test('horizon moves and scheduling carry a move but no delta', () => {
    const before = roadmap([item('A', {period: horizon('next')}), item('B'), item('C', {period: horizon('now')})]);
    const after = roadmap([item('A', {period: horizon('now')}), item('B', {period: quarter(2025, 1)}), item('C', {period: horizon('later')})]);
    const changes = diffRoadmaps(before, after).changes;
    assert.deepEqual(changes.map((c) => [c.kind, c.move, c.delta]), [
      ['rescheduled', 'pulled-in', undefined],
      ['rescheduled', 'scheduled', undefined],
      ['rescheduled', 'slipped', undefined],
    ]);
    assert.deepEqual(changes.map((c) => c.summary), ['“A” pulled in: Next → Now', '“B” scheduled for 2025 Q1', '“C” slipped: Now → Later']);
  });

  test('status change, with done flagged', () => {
    const before = roadmap([item('A', {status: 'planned'}), item('B', {status: 'in-progress'})]);
    const after = roadmap([item('A', {status: 'in-progress'}), item('B', {status: 'done'})]);
    const changes = diffRoadmaps(before, after).changes;
    assert.deepEqual(changes.map((c) => [c.kind, c.done, c.summary]), [
      ['status', undefined, '“A” status: planned → in progress'],
      ['status', true, '“B” done (was in progress)'],
    ]);
  });

  test('theme moved', () => {
    const [change] = diffRoadmaps(roadmap([item('A', {theme: 'performance'})]), roadmap([item('A', {theme: 'scalability'})])).changes;
    assert.equal(change!.kind, 'theme');
    assert.equal(change!.summary, '“A” theme: performance → scalability');
    assert.equal(change!.before!.theme, 'performance');
    assert.equal(change!.after!.theme, 'scalability');
  });

  test('release changed; case and spacing of the release name do not count', () => {
    const changes = diffRoadmaps(
      roadmap([item('A', {release: 'v1.2'}), item('B', {release: 'v2.0'})]),
      roadmap([item('A', {release: 'v1.3'}), item('B', {release: ' V2.0'})]),
    ).changes;
    assert.deepEqual(changes.map((c) => c.summary), ['“A” release: v1.2 → v1.3']);
  });

  test('a changed or added link target is a links change; a link that only moved or repeats is not', () => {
    const diff = diffRoadmaps(
      roadmap([
        item('A', {links: ['https://example.org/issues/1']}),
        item('B'),
        item('C', {links: ['https://example.org/a', 'https://example.org/b']}),
      ]),
      roadmap([
        item('A', {links: ['https://example.org/issues/2']}),
        item('B', {links: ['https://example.org/pull/7']}),
        item('C', {links: ['https://example.org/b', 'https://example.org/a', 'https://example.org/a']}),
      ]),
    );
    assert.deepEqual(kinds(diff.changes), ['links', 'links']);
    const [a, b] = diff.changes;
    assert.deepEqual(a!.links, {added: ['https://example.org/issues/2'], removed: ['https://example.org/issues/1']});
    assert.equal(a!.summary, '“A” links: + https://example.org/issues/2, − https://example.org/issues/1');
    assert.deepEqual(b!.links, {added: ['https://example.org/pull/7'], removed: []});
    assert.deepEqual(b!.after!.links, ['https://example.org/pull/7']);
    assert.equal(diff.summary.byKind.links, 2);
    assert.match(formatDiff(diff), /Links changed \(2\)/);
  });

  test('a plain version number ignores its "v" and trailing zero parts', () => {
    const changes = diffRoadmaps(
      roadmap([item('A', {release: 'v1.0.0'}), item('B', {release: '2'}), item('C', {release: 'v1.10'}), item('D', {release: '2.0 Beta'})]),
      roadmap([item('A', {release: 'v1.0'}), item('B', {release: 'V2.0'}), item('C', {release: 'v1.1'}), item('D', {release: '2 beta'})]),
    ).changes;
    assert.deepEqual(changes.map((c) => c.summary), ['“C” release: v1.10 → v1.1', '“D” release: 2.0 Beta → 2 beta']);
  });

  test('equal titles pair by release before document order', () => {
    // linode/apl-docs: a version table whose first row took new Kubernetes versions, so two rows once had the same title.
    const before = roadmap([item('1.25, 1.26, 1.27', {release: 'v1.0.0'}), item('1.25, 1.26, 1.27', {release: 'v2.0.0'})]);
    const after = roadmap([item('1.24, 1.25, 1.26', {release: 'v1.0', section: ['Roadmap']}), item('1.25, 1.26, 1.27', {release: 'v2.0', section: ['Roadmap']})]);
    const pairs = matchItems(before, after).map((m) => `${m.before.release} → ${m.after.release}`);
    assert.deepEqual(pairs, ['v1.0.0 → v1.0', 'v2.0.0 → v2.0']);
  });

  test('one pair can produce several changes, in kind order', () => {
    const before = roadmap([item('Sharding', {period: quarter(2024, 1), status: 'planned', theme: 'perf', release: '1.0'})]);
    const after = roadmap([item('Horizontal sharding', {period: quarter(2024, 2), status: 'done', theme: 'scale', release: '2.0'})]);
    assert.deepEqual(kinds(diffRoadmaps(before, after).changes), ['rescheduled', 'status', 'retitled', 'theme', 'release']);
  });

  test('changes are ordered by kind, then new line, then old line', () => {
    const before = roadmap([item('A', {status: 'planned'}), item('B', {status: 'planned'}), item('Gone')]);
    const after = roadmap([item('New'), item('B', {status: 'done'}), item('A', {status: 'done'})]);
    const diff = diffRoadmaps(before, after);
    assert.deepEqual(diff.changes.map((c) => `${c.kind}:${c.id}`), ['added:new', 'dropped:gone', 'status:b', 'status:a']);
  });

  test('snapshots carry ancestor titles', () => {
    const before = roadmap([item('Storage', {children: [item('Sharding', {status: 'planned'})]})]);
    const after = roadmap([item('Storage', {children: [item('Sharding', {status: 'done'})]})]);
    const [change] = diffRoadmaps(before, after).changes;
    assert.deepEqual(change!.after!.path, ['Storage']);
    assert.equal(change!.after!.line, 2);
  });
});

describe('summary and report', () => {
  const before = roadmap([
    item('Sharding', {theme: 'perf', period: quarter(2024, 1)}),
    item('Caching', {theme: 'perf', status: 'in-progress'}),
    item('Old thing'),
  ]);
  const after = roadmap([
    item('Sharding', {theme: 'perf', period: quarter(2024, 3)}),
    item('Caching', {theme: 'perf', status: 'done'}),
    item('Brand new', {theme: 'ux'}),
  ]);
  const diff = diffRoadmaps(before, after);

  test('counts by kind and by theme', () => {
    assert.equal(diff.summary.total, 4);
    assert.deepEqual(diff.summary.byKind, {added: 1, dropped: 1, rescheduled: 1, status: 1, retitled: 0, theme: 0, release: 0, links: 0});
    assert.deepEqual(diff.summary.byTheme, {perf: {rescheduled: 1, status: 1}, ux: {added: 1}, '(none)': {dropped: 1}});
  });

  test('formatDiff groups by kind, then theme', () => {
    assert.equal(
      formatDiff(diff),
      [
        '4 changes: 1 added, 1 dropped, 1 rescheduled, 1 status',
        '',
        'Added (1)',
        '  ux',
        '    + Added “Brand new”',
        '',
        'Dropped (1)',
        '  (no theme)',
        '    - Dropped “Old thing”',
        '',
        'Rescheduled (1)',
        '  perf',
        '    ~ “Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3',
        '',
        'Status changed (1)',
        '  perf',
        '    * “Caching” done (was in progress)',
      ].join('\n'),
    );
  });

  test('formatDiff colours only on request, and says when nothing changed', () => {
    assert.doesNotMatch(formatDiff(diff), /\u001b\[/);
    assert.match(formatDiff(diff, {color: true}), /\u001b\[32m\+ Added “Brand new”\u001b\[0m/);
    assert.equal(formatDiff(diffRoadmaps(before, before)), 'No changes.');
  });

  test('formatDiff flags uncertain matches', () => {
    const report = formatDiff(diffRoadmaps(roadmap([item('Dark mode')]), roadmap([item('Dark theme')])));
    assert.match(report, /“Dark mode” renamed to “Dark theme” \(match \d+%\)/);
  });
});
