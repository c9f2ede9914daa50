import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import type {ListItem, Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {flattenItems, parseRoadmap} from '../index.js';

const reader = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Lines on which markdown itself sees a list item with text: each must start an item in the model. */
function listItemLines(text: string): number[] {
  const lines: number[] = [];
  const pending: unknown[] = [reader.parse(text) as Root];
  while (pending.length > 0) {
    const node = pending.pop() as {type: string; children?: unknown[]};
    if (node.type === 'listItem') {
      const lead = (node as ListItem).children[0];
      if (lead?.type === 'paragraph' && lead.children.some((c) => c.type !== 'text' || c.value.trim() !== '')) lines.push((node as ListItem).position!.start.line);
    }
    if (node.children) pending.push(...node.children);
  }
  return lines;
}

const word = fc.constantFrom('Sharding', 'API', 'docs', 'Q3 2024', '2024 H1', 'FY23 Q2', '✅', '🚧', '~~old~~', '[Done]', '(WIP)', '**bold**', '`code`',
  '[link](https://x.dev)', 'Now', 'Later', '2023年中', 'Q5 2024', '@owner', '{#id}', 'a.', '1.', '|', '<b>', 'javascript:x', '   ', '');
const line = fc.oneof(
  fc.array(word, {maxLength: 6}).map((words) => words.join(' ')),
  fc.tuple(fc.integer({min: 1, max: 4}), fc.array(word, {maxLength: 4})).map(([depth, words]) => `${'#'.repeat(depth)} ${words.join(' ')}`),
  fc.tuple(fc.integer({min: 0, max: 4}), fc.constantFrom('-', '*', '+', '1.', '2)', '- [ ]', '- [x]', 'a.'), fc.array(word, {maxLength: 4})).map(
    ([indent, marker, words]) => `${'  '.repeat(indent)}${marker} ${words.join(' ')}`,
  ),
  fc.constantFrom('| Feature | Status | Target |', '| --- | --- | --- |', '| X | Done | Q1 2024 |', '---', '> quoted', '', '<!-- c -->', '```', 'Last updated: Feb 15, 2018'),
  fc.string({maxLength: 30}),
);
const document = fc.array(line, {maxLength: 40}).map((lines) => lines.join('\n'));

test('property: never throws, never loses a list item, same input gives the same output', () => {
  fc.assert(
    fc.property(document, (text) => {
      const first = parseRoadmap(text);
      const second = parseRoadmap(text);
      assert.equal(JSON.stringify(first), JSON.stringify(second));
      const starts = new Set(flattenItems(first.items).map((item) => item.line));
      for (const lineNo of listItemLines(text)) {
        assert.ok(
          starts.has(lineNo) || first.diagnostics.some((d) => d.line <= lineNo && lineNo <= (d.endLine ?? d.line)),
          `list item on line ${lineNo} is neither an item nor a diagnostic in:\n${text}`,
        );
      }
      for (const d of first.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && d.rule && d.message);
    }),
    {numRuns: 400, seed: 20261121},
  );
});

test('property: mutating a real roadmap (dropping, duplicating, swapping lines) never throws and keeps list items', () => {
  const base = ['# Roadmap', '**Last updated: Feb 15, 2018**', '## Q4 2019 (October, November, December)', '1.  Theme', '', '    a.  [Sub](https://x.dev)', '',
    '       1.  Nested', '- [x] Done thing', '- [ ] Open thing (Planned for Q4 2021)', '### Performance', '* Faster', '| Feature | Status |', '| --- | --- |', '| A | Done |'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(base.length - 1), fc.constantFrom('drop', 'dup', 'swap')), {maxLength: 8}), (edits) => {
      const lines = [...base];
      for (const [a, b, kind] of edits) {
        if (a >= lines.length || b >= lines.length) continue;
        if (kind === 'drop') lines.splice(a, 1);
        else if (kind === 'dup') lines.splice(b, 0, lines[a]!);
        else [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      const text = lines.join('\n');
      const roadmap = parseRoadmap(text);
      const starts = new Set(flattenItems(roadmap.items).map((item) => item.line));
      for (const lineNo of listItemLines(text)) assert.ok(starts.has(lineNo) || roadmap.diagnostics.some((d) => d.line <= lineNo && lineNo <= (d.endLine ?? d.line)), `line ${lineNo}`);
    }),
    {numRuns: 300, seed: 7},
  );
});
