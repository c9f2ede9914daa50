/**
 * Golden diff and history tests on real roadmap series from the shared corpus. Every expected
 * fact below was read off the two files by hand (the line numbers refer to the corpus files),
 * or counted from the files independently of the parser.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {buildHistory, diffRoadmaps, narrative, type Change, type HistoryVersion, type Lineage, type RoadmapHistory} from '../../src/index.js';
import {checkboxLines, parseSeries, readSeries, seriesVersion} from './series-files.js';

const titleOf = (change: Change): string => (change.after ?? change.before)!.title;
const ofKind = (changes: Change[], kind: Change['kind']): Change[] => changes.filter((c) => c.kind === kind);
const sorted = (titles: string[]): string[] => [...titles].sort();

function lineage(history: RoadmapHistory, title: string): Lineage {
  const found = history.lineages.filter((l) => l.states.some((run) => run.state.title === title));
  assert.equal(found.length, 1, `one lineage ever titled “${title}”, found ${found.length}`);
  return found[0]!;
}

const eventsOf = (l: Lineage): string[] => l.events.map((e) => `${e.version}:${e.kind}`);

describe('qdrant 2024: README as first published → roadmap-2024.md with ticked boxes', () => {
  const before = parseSeries('qdrant', 'edfefc5b');
  const after = parseSeries('qdrant', '75f3a41f');
  const diff = diffRoadmaps(before, after);
  const oldBoxes = new Map(checkboxLines(readSeries('qdrant', 'edfefc5b')).map((b) => [b.text, b.checked]));
  const newBoxes = checkboxLines(readSeries('qdrant', '75f3a41f'));
  const ticked = newBoxes.filter((b) => b.checked && oldBoxes.get(b.text) === false).map((b) => b.text);
  const fresh = newBoxes.filter((b) => !oldBoxes.has(b.text)).map((b) => b.text);

  test('the files themselves: every box was open, ten were ticked and two ticked ones are new', () => {
    assert.ok([...oldBoxes.values()].every((checked) => !checked));
    assert.equal(ticked.length, 10);
    assert.deepEqual(sorted(fresh), ['GPU acceleration', 'Multi-vectors support']);
  });

  test('each ticked box is a status change to done, and nothing else is', () => {
    const status = ofKind(diff.changes, 'status');
    assert.deepEqual(sorted(status.map(titleOf)), sorted(ticked));
    assert.ok(status.every((c) => c.done === true && c.before!.status === 'planned' && c.after!.status === 'done'));
  });

  test('the same items are never reported added or dropped; the two new ones are added as done', () => {
    assert.deepEqual(ofKind(diff.changes, 'dropped'), []);
    const added = ofKind(diff.changes, 'added');
    assert.deepEqual(sorted(added.map(titleOf)), sorted(fresh));
    assert.ok(added.every((c) => c.after!.status === 'done'));
    assert.ok(diff.changes.every((c) => !ticked.includes(titleOf(c)) || c.kind === 'status'));
  });

  test('the reworded goal (line 15: "can can", "such techniques") is one retitle', () => {
    const [retitle, ...more] = ofKind(diff.changes, 'retitled');
    assert.deepEqual(more, []);
    assert.match(retitle!.before!.title, /qdrant already can can serve/);
    assert.match(retitle!.after!.title, /Qdrant already can serve billions of vectors cheaply, using techniques as quantization/);
  });
});

describe('feast 01f0f4ea → 237c7733: boxes ticked, items added', () => {
  const before = parseSeries('feast', '01f0f4ea');
  const after = parseSeries('feast', '237c7733');
  const diff = diffRoadmaps(before, after);
  const oldBoxes = checkboxLines(readSeries('feast', '01f0f4ea'));
  const newBoxes = checkboxLines(readSeries('feast', '237c7733'));
  const count = (boxes: typeof oldBoxes, checked: boolean): number => boxes.filter((b) => b.checked === checked).length;

  // Read off the files: old lines 16, 17, 27, 28, 50, 58, 62, 74 are [ ] and their items are [x] in the new file
  // (Kafka source, Trino, Kubernetes and Amundsen with a link or an aside added).
  const flipped = [
    'Kafka source',
    'Snowflake source',
    'Snowflake',
    'Trino',
    'Kubernetes',
    'Push API',
    'Data profiling and validation (Great Expectations)',
    'Amundsen integration',
  ];

  test('the flipped boxes are done-status changes of the old items', () => {
    const done = ofKind(diff.changes, 'status').filter((c) => c.done === true);
    assert.deepEqual(sorted(done.map((c) => c.before!.title)), sorted(flipped));
    assert.ok(done.every((c) => c.before!.status === 'planned'));
  });

  test('new items are added, as done; "Alerting" (old line 66) is dropped', () => {
    const added = ofKind(diff.changes, 'added');
    assert.deepEqual(sorted(added.map(titleOf)), ['Push based streaming data ingestion', 'Spark (community plugin)', 'Spark (community plugin)']);
    assert.ok(added.every((c) => c.after!.status === 'done'));
    assert.deepEqual(ofKind(diff.changes, 'dropped').map(titleOf), ['Alerting']);
  });

  test('box counts add up: ticked boxes gained = flipped + added; open boxes lost = flipped + dropped', () => {
    const done = ofKind(diff.changes, 'status').filter((c) => c.done === true).length;
    assert.equal(count(newBoxes, true) - count(oldBoxes, true), done + ofKind(diff.changes, 'added').length);
    assert.equal(count(oldBoxes, false) - count(newBoxes, false), done + ofKind(diff.changes, 'dropped').length);
  });

  test('"(Planned for Q4 2021)" removed: unscheduled; "In progress." written in: in progress', () => {
    const unscheduled = ofKind(diff.changes, 'rescheduled').filter((c) => c.move === 'unscheduled');
    assert.ok(unscheduled.some((c) => c.before!.title === 'Feast Web UI' && c.before!.period?.label === '2021 Q4'));
    assert.ok(unscheduled.some((c) => c.before!.title === 'Streaming ingestion on AWS'));
    const batch = ofKind(diff.changes, 'status').find((c) => c.before!.title === 'Batch transformation (SQL)');
    assert.equal(batch?.after!.status, 'in-progress');
  });
});

describe('sourcegraph frontend-platform 12ade0d8 → 4a74f0b1, fiscal year from February', () => {
  const options = {fiscalYearStartMonth: 2};
  const diff = diffRoadmaps(parseSeries('sourcegraph-frontend-platform', '12ade0d8', options), parseSeries('sourcegraph-frontend-platform', '4a74f0b1', options));
  const rescheduled = (title: string): Change | undefined => ofKind(diff.changes, 'rescheduled').find((c) => c.after!.title === title);

  test('"Wildcard Design System as a product": FY23 Q3 (old line 40) → FY24 Q1 (new line 52), +2 quarters', () => {
    const change = rescheduled('Wildcard Design System as a product');
    assert.equal(change?.before!.period?.label, 'FY23 Q3');
    assert.equal(change?.after!.period?.label, 'FY24 Q1');
    assert.deepEqual(change?.delta, {unit: 'quarter', amount: 2, direction: 'slipped', label: '+2 quarters'});
    // FY24 starts in February 2023.
    assert.equal(change?.after!.period && 'start' in change.after.period ? change.after.period.start : null, '2023-02-01');
  });

  test('"Review and remove unnecessary RxJs": FY23 Q3 (old line 36) → FY23 Q4 (new line 48), +1 quarter', () => {
    const change = rescheduled('Review and remove unnecessary RxJs in our codebase');
    assert.equal(change?.move, 'slipped');
    assert.equal(change?.delta?.label, '+1 quarter');
  });

  test('nothing else moved; one added, one dropped, one retitled in place', () => {
    assert.equal(ofKind(diff.changes, 'rescheduled').length, 2);
    assert.deepEqual(ofKind(diff.changes, 'added').map((c) => [titleOf(c), c.after!.period?.label]), [['Client flakes: low-hanging fruit', 'FY23 Q2']]);
    assert.deepEqual(ofKind(diff.changes, 'dropped').map((c) => [titleOf(c), c.before!.period?.label]), [['Improve regression testing tooling', 'FY23 Q4']]);
    const [retitle] = ofKind(diff.changes, 'retitled');
    assert.equal(retitle!.before!.title, 'Investigate alternatives to Percy/Chromatic for regression testing');
    assert.equal(retitle!.after!.title, 'Investigate alternatives to Percy/Chromatic for testing');
    assert.equal(retitle!.after!.period?.label, 'FY23 Q3');
  });
});

describe('tensorflow roadmap: Feb 2018 → Apr 2018 → Sep 2018 → Jun 2019', () => {
  const versions: HistoryVersion[] = [
    seriesVersion('tensorflow', 'c4cc731f', 'Feb 2018'),
    seriesVersion('tensorflow', '2ef4d26d', 'Apr 2018'),
    seriesVersion('tensorflow', '2b21a305', 'Sep 2018'),
    seriesVersion('tensorflow', 'a36d28a9', 'Jun 2019'),
  ];
  const history = buildHistory(versions);

  test('each file compared with itself has no changes; versions carry their "Last updated" dates', () => {
    for (const version of versions) assert.deepEqual(diffRoadmaps(version.roadmap, version.roadmap).changes, [], version.name);
    assert.deepEqual(history.versions.map((v) => v.date), ['2018-02-15', '2018-04-27', '2018-09-04', '2019-06-04']);
  });

  test('every item of every version belongs to exactly one lineage', () => {
    const reAdded = history.lineages.flatMap((l) => l.events).filter((e) => e.kind === 're-added').length;
    const added = history.steps.reduce((sum, step) => sum + step.summary.byKind.added, 0);
    assert.equal(history.lineages.length, versions[0]!.roadmap.stats.items + added - reAdded);
    versions.forEach((version, v) => {
      const listed = history.lineages.filter((l) => l.presence.some((r) => r.from <= v && v <= r.to)).length;
      assert.equal(listed, version.roadmap.stats.items, version.label);
    });
  });

  test('present throughout: TF Lite op coverage, "Increased" → "Increase" in Sep 2018', () => {
    const ops = lineage(history, 'Increased coverage of supported ops in TensorFlow Lite');
    assert.deepEqual(ops.presence, [{from: 0, to: 3}]);
    assert.deepEqual(eventsOf(ops), ['0:introduced', '2:retitled']);
    assert.equal(narrative(ops, history.versions), 'First listed in Feb 2018, renamed to “Increase coverage of supported ops in TensorFlow Lite” in Sep 2018.');
  });

  test('added later and dropped: the Node.js bindings (Apr 2018 only)', () => {
    const node = lineage(history, 'Release package for Node.js bindings to the TensorFlow C API through the TensorFlow.js backend interface');
    assert.deepEqual([node.first, node.last], [1, 1]);
    assert.deepEqual(eventsOf(node), ['1:introduced', '2:dropped']);
  });

  test('dropped: "Native TensorRT support" (Feb 2018 only); its successor is a new item reworded in Sep 2018', () => {
    const native = lineage(history, 'Native TensorRT support');
    assert.deepEqual(eventsOf(native), ['0:introduced', '1:dropped']);
    const finalize = lineage(history, 'TensorRT API finalized and moved to core.');
    assert.deepEqual(eventsOf(finalize), ['1:introduced', '2:retitled', '3:dropped']);
    assert.equal(finalize.title, 'Finalize TensorRT API and move to core');
  });

  test('retitled then dropped: "Mobilizing the community" → "Mobilize the community"', () => {
    const sig = lineage(history, 'Mobilizing the community to work together in focused domains');
    assert.deepEqual(eventsOf(sig), ['0:introduced', '2:retitled', '3:dropped']);
    assert.equal(sig.title, 'Mobilize the community to work together in focused domains');
  });

  test('Swift tutorials: "in early 2019" (Sep 2018) become end-to-end tutorials with no date (Jun 2019)', () => {
    const swift = lineage(history, 'End-to-end tutorials for getting started on Swift for TensorFlow in Colab and additional technical documentation.');
    assert.deepEqual(eventsOf(swift), ['2:introduced', '3:rescheduled', '3:retitled']);
    const introduced = swift.events[0]!;
    const rescheduled = swift.events[1]!;
    assert.ok(introduced.kind === 'introduced' && introduced.period?.label === 'early 2019');
    assert.ok(rescheduled.kind === 'rescheduled' && rescheduled.move === 'unscheduled');
  });

  test('the 2.0 highlight moves from "2.0 Is Coming" to the "2.0 Beta" release section', () => {
    const eager = lineage(history, 'Eager execution as a central feature of 2.0.');
    assert.deepEqual(eventsOf(eager), ['2:introduced', '3:retitled', '3:release']);
    assert.deepEqual(eager.states.map((run) => run.state.release), ['2.0', '2.0 Beta']);
  });
});

describe('mindspore-en roadmap: r0.6 → r0.7 → r1.2 → r1.5', () => {
  const versions = [
    seriesVersion('mindspore-en', 'id17160793842', 'r0.6'),
    seriesVersion('mindspore-en', '176a4693', 'r0.7'),
    seriesVersion('mindspore-en', 'ea11550f', 'r1.2'),
    seriesVersion('mindspore-en', '4279cffa', 'r1.5'),
  ];
  const history = buildHistory(versions);

  test('each file compared with itself has no changes', () => {
    for (const version of versions) assert.deepEqual(diffRoadmaps(version.roadmap, version.roadmap).changes, [], version.label);
  });

  test('r0.7 rewrote the inference list: 8 items out, 11 in, nothing else changed', () => {
    assert.deepEqual(history.steps[0]!.summary.byKind, {added: 11, dropped: 8, rescheduled: 0, status: 0, retitled: 0, theme: 0, release: 0, links: 0});
    const iOS = lineage(history, 'Support iOS.');
    assert.deepEqual(eventsOf(iOS), ['0:introduced', '1:dropped']);
    const cpp = lineage(history, 'C++ API for model construction.');
    assert.deepEqual([cpp.first, cpp.last, cpp.presence.length], [1, 3, 1]);
  });

  test('r1.2 and r1.5 only changed bullets, blank lines and badges: no changes', () => {
    assert.deepEqual([history.steps[1]!.summary.total, history.steps[2]!.summary.total], [0, 0]);
  });

  test('a nested item present throughout keeps one state', () => {
    const histogram = lineage(history, 'Histogram');
    assert.deepEqual(histogram.presence, [{from: 0, to: 3}]);
    assert.equal(histogram.states.length, 1);
    assert.deepEqual(eventsOf(histogram), ['0:introduced']);
  });
});

describe('kubeflow 2019 roadmap 00451f68 → 5e952aa6', () => {
  const diff = diffRoadmaps(parseSeries('kubeflow', '00451f68'), parseSeries('kubeflow', '5e952aa6'));

  test('four bullets added (new lines 79, 100, 110, 138), nothing else', () => {
    assert.equal(diff.summary.total, 4);
    assert.deepEqual(
      ofKind(diff.changes, 'added').map((c) => [titleOf(c).slice(0, 40), c.after!.period?.label, c.after!.release]),
      [
        ["Kubernetes' applications provide a unifi", 'Oct 2019', '0.7'],
        ['Persistent volume management via a centr', 'Oct 2019', '0.7'],
        ['Automatic injection of device configurat', 'Oct 2019', '0.7'],
        ['Users can consume Kubeflow in their own,', 'Jan 2020', '1.0'],
      ],
    );
    const nested = ofKind(diff.changes, 'added')[3]!;
    assert.deepEqual(nested.after!.path, ['We will only support a single shared Kubeflow deployment per Kubernetes cluster']);
  });
});

describe('linode apl-docs roadmap e19d7300 → 0281f311', () => {
  const diff = diffRoadmaps(parseSeries('otomi-apl', 'e19d7300'), parseSeries('otomi-apl', '0281f311'));
  const about = (kind: Change['kind'], start: string): Change => {
    const found = ofKind(diff.changes, kind).filter((c) => titleOf(c).startsWith(start));
    assert.equal(found.length, 1, `${kind} ${start}`);
    return found[0]!;
  };

  test('Team Dashboards (old line 38, 2024 Q2) → Team and Platform Dashboards (new line 27, 2023 Q4 ✅)', () => {
    assert.equal(about('rescheduled', 'Add Team and Platform Dashboards').delta?.label, '-2 quarters');
    assert.equal(about('status', 'Add Team and Platform Dashboards').done, true);
    assert.equal(about('retitled', 'Add Team and Platform Dashboards').before!.title, 'Add Team Dashboards to provide an overview of team resource status using Prometheus metrics');
  });

  test('status indicators pulled in to 2023 Q4 and done; storage classes and disaster recovery slip to 2024 Q2', () => {
    const indicators = about('rescheduled', 'Implement status indicators');
    assert.deepEqual([indicators.before!.period?.label, indicators.after!.period?.label, indicators.delta?.label], ['2024 Q1', '2023 Q4', '-1 quarter']);
    assert.equal(about('status', 'Implement status indicators').done, true);
    assert.equal(about('rescheduled', 'Enable user configurable storage classes').delta?.label, '+1 quarter');
    assert.equal(about('rescheduled', 'Provide disaster recovery procedures').delta?.label, '+1 quarter');
  });

  test('three items no longer listed', () => {
    assert.deepEqual(sorted(ofKind(diff.changes, 'dropped').map(titleOf)), [
      'Add support for ARM architecture',
      'Offer more middleware services (like caching, message queuing, databases)',
      'Provide Application specific dashboards',
    ]);
  });

  test('version table rows pair by release: v1.0.0 = v1.0 took new Kubernetes versions, v2.0.0 = v2.0 did not move', () => {
    const [row, ...more] = ofKind(diff.changes, 'retitled').filter((c) => /^1\.\d/.test(titleOf(c)));
    assert.deepEqual(more, []);
    assert.deepEqual([row!.before!.title, row!.after!.title, row!.after!.release], ['1.25, 1.26, 1.27', '1.24, 1.25, 1.26', 'v1.0']);
    assert.deepEqual(ofKind(diff.changes, 'rescheduled').filter((c) => /^1\.\d/.test(titleOf(c))), []);
    assert.deepEqual(ofKind(diff.changes, 'release'), []);
  });
});
