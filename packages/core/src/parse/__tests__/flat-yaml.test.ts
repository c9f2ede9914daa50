import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {parse} from 'yaml';
import {readFlatYaml} from '../flat-yaml.js';

test('the flat front matter of real roadmaps is read without the YAML library', () => {
  assert.deepEqual(readFlatYaml('id: roadmap\ntitle: Project roadmap'), {id: 'roadmap', title: 'Project roadmap'});
  assert.deepEqual(readFlatYaml("title: TiDB Roadmap\nsummary: Learn about what's coming in the future for TiDB."), {
    title: 'TiDB Roadmap',
    summary: "Learn about what's coming in the future for TiDB.",
  });
  assert.deepEqual(readFlatYaml('sidebar_label: 路线图 2024'), {sidebar_label: '路线图 2024'});
});

test('anything that is not a flat mapping of plain words is left to the YAML library', () => {
  for (const source of [
    '', 'title: "Quoted"', "title: 'Quoted'", 'sidebar_position: 2', 'draft: true', 'draft: False', 'date: 2024-01-01',
    'title: a: b', 'title: Roadmap # comment', 'tags:\n  - a', 'tags: [a, b]', 'link: https://x.dev', 'title: Roadmap ',
    'title: Roadmap\n', 'title: A\ntitle: B', 'title: ~', 'null: x', 'title: Roadmap\r', 'title:\tRoadmap', 'title: &a x',
    'title: *a', 'title: !tag x', 'title: |', 'title: >', '"key": x', '- a', '? a', '# comment', 'title: Road\u2028map',
  ]) {
    assert.equal(readFlatYaml(source), null, JSON.stringify(source));
  }
});

test('what it reads, it reads as YAML 1.2 does', () => {
  const char = fc.constantFrom('a', 'Z', '路', ' ', '  ', '-', '_', '.', ',', "'", '"', '?', '=', '(', ')', '/', '\\', '9', 'é', '路', '🚀', ':', '#', '\t', '\u0085',
    'true', 'null', 'No', 'yes', 'on', '.inf', 'NaN', '0x1F', '1e3');
  const text = fc.array(char, {maxLength: 8}).map((parts) => parts.join(''));
  const key = fc.constantFrom('title', 'id', 'slug', 'sidebar_label', 'summary', 'x-y', 'True', 'A1', 'toString');
  const source = fc.array(fc.tuple(key, text), {minLength: 1, maxLength: 4}).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));
  let accepted = 0;
  fc.assert(
    fc.property(source, (yaml) => {
      const flat = readFlatYaml(yaml);
      if (flat === null) return;
      accepted++;
      assert.deepEqual(flat, parse(yaml, {uniqueKeys: false}));
    }),
    {numRuns: 3000},
  );
  assert.ok(accepted > 100, `only ${accepted} generated documents were flat`);
});
