import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {safeHref} from '../client/safeUrl.js';
import {axisColumns, columnSpan, todayPosition} from '../client/axis.js';
import {parseFilters, serializeFilters} from '../client/filters.js';
import {describeLink} from '../client/links.js';
import {displayTitle, roadmapSlug} from '../slug.js';
import {registrySource} from '../embed.js';

describe('safeHref', () => {
  test('keeps http(s), mailto, relative and fragment links', () => {
    for (const url of ['https://x.org/a', 'http://x.org', 'mailto:a@b.c', '../docs/a.md', '#item', '/abs', '//cdn.x.org/a']) {
      assert.equal(safeHref(url), url);
    }
  });
  test('refuses script-bearing and other schemes, also when obfuscated', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'a:b/c', '']) {
      assert.equal(safeHref(url), null, JSON.stringify(url));
    }
  });
});

describe('axis', () => {
  test('quarters cover the range with no gaps', () => {
    const columns = axisColumns([{start: '2023-11-01', end: '2023-11-30'}, {start: '2024-04-01', end: '2024-06-30'}], 'quarter');
    assert.deepEqual(columns.map((c) => c.label), ['2023 Q4', '2024 Q1', '2024 Q2']);
    assert.equal(columns[1]!.start, '2024-01-01');
    assert.equal(columns[1]!.end, '2024-03-31');
  });
  test('fiscal quarters start at the fiscal month and are named by the year they end in', () => {
    const columns = axisColumns([{start: '2022-05-01', end: '2022-07-31'}], 'quarter', 2);
    assert.deepEqual(columns.map((c) => [c.label, c.start]), [['FY23 Q2', '2022-05-01']]);
  });
  test('halves, years and months', () => {
    assert.deepEqual(axisColumns([{start: '2022-07-01', end: '2023-06-30'}], 'half').map((c) => c.label), ['2022 H2', '2023 H1']);
    assert.deepEqual(axisColumns([{start: '2022-07-01', end: '2023-06-30'}], 'year').map((c) => c.label), ['2022', '2023']);
    assert.deepEqual(axisColumns([{start: '2018-11-01', end: '2019-01-31'}], 'month').map((c) => c.label), ['Nov 2018', 'Dec 2018', 'Jan 2019']);
  });
  test('a year-long period spans four quarter columns', () => {
    const columns = axisColumns([{start: '2024-01-01', end: '2024-12-31'}], 'quarter');
    assert.deepEqual(columnSpan(columns, {start: '2024-01-01', end: '2024-12-31'}), {first: 0, last: 3});
    assert.deepEqual(columnSpan(columns, {start: '2024-05-01', end: '2024-05-31'}), {first: 1, last: 1});
  });
  test('today marker position', () => {
    const columns = axisColumns([{start: '2024-01-01', end: '2024-06-30'}], 'quarter');
    assert.equal(todayPosition(columns, '2023-12-31'), null);
    assert.equal(todayPosition(columns, '2024-01-01'), 0);
    const mid = todayPosition(columns, '2024-04-01')!;
    assert.ok(Math.abs(mid - 0.5) < 1e-9);
  });
});

describe('filters in the URL', () => {
  test('round trip and foreign parameters kept', () => {
    const filters = {themes: ['docs', 'performance'], statuses: ['done' as const], text: 'gpu support', zoom: 'half' as const};
    const query = serializeFilters(filters, '?utm=1');
    assert.equal(query, '?utm=1&theme=docs,performance&status=done&q=gpu+support&zoom=half');
    assert.deepEqual(parseFilters(query), filters);
  });
  test('unknown statuses and zooms are ignored', () => {
    assert.deepEqual(parseFilters('?status=done,bogus&zoom=week'), {themes: [], statuses: ['done'], text: '', zoom: null});
  });
});

describe('names', () => {
  test('slugs from paths', () => {
    assert.equal(roadmapSlug('TensorFlow.md'), 'tensorflow');
    assert.equal(roadmapSlug('qdrant/Roadmap 2024.md'), 'qdrant/roadmap-2024');
    assert.equal(roadmapSlug('kubeflow/README.md'), 'kubeflow');
    assert.equal(roadmapSlug('README.md'), 'readme');
  });
  test('generic titles get the file name', () => {
    assert.equal(displayTitle('Roadmap', 'AllenNLP.md'), 'AllenNLP Roadmap');
    assert.equal(displayTitle('路标', 'MindSpore.md'), 'MindSpore 路标');
    assert.equal(displayTitle('Kubeflow 2019 roadmap', 'kubeflow/README.md'), 'Kubeflow 2019 roadmap');
    assert.equal(displayTitle(null, 'feast/README.md'), 'feast');
  });
  test('issue and PR links', () => {
    assert.deepEqual(describeLink('https://github.com/allenai/allennlp/issues/3351'), {kind: 'issue', text: '#3351', repo: 'allenai/allennlp'});
    assert.deepEqual(describeLink('https://github.com/a/b/pull/7#x'), {kind: 'pull', text: '#7', repo: 'a/b'});
    assert.equal(describeLink('https://example.org/x/y').kind, 'link');
  });
});

describe('embed registry', () => {
  test('imports each roadmap data file, keyed by plugin id and slug, in a stable order', () => {
    const file = (slug: string, source: string) => ({slug, source}) as never;
    const only = (...files: never[]) => ({versions: [{metadata: {name: 'current', isLast: true}, files}]}) as never;
    const source = registrySource({zeta: only(file('b', 'B.md')), default: only(file('a', 'A.md'))});
    const lines = source.split('\n');
    assert.match(lines[1]!, /^import d0 from '\.\/default\/roadmap-[\w-]+\.json';$/);
    assert.match(lines[2]!, /^import d1 from '\.\/zeta\/roadmap-[\w-]+\.json';$/);
    assert.ok(source.includes('"default": {"a": d0}'));
    assert.ok(source.includes('"zeta": {"b": d1}'));
    assert.equal(source, registrySource({default: only(file('a', 'A.md')), zeta: only(file('b', 'B.md'))}));
  });
});
