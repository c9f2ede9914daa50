import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {flattenItems, parseRoadmap} from '../index.js';

const reader = unified().use(remarkParse).use(remarkGfm);

const timed = <T>(work: () => T, limitMs: number): T => {
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  assert.ok(elapsed < limitMs, `took ${elapsed.toFixed(0)} ms (bound ${limitMs} ms)`);
  return result;
};

describe('bad input gives a clear diagnostic, never a crash', () => {
  test('empty file', () => {
    const roadmap = parseRoadmap('');
    assert.equal(roadmap.items.length, 0);
    assert.equal(roadmap.title, null);
  });

  test('binary data is refused with a diagnostic', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const roadmap = parseRoadmap(bytes, {file: 'logo.png'});
    assert.equal(roadmap.items.length, 0);
    const [diagnostic] = roadmap.diagnostics;
    assert.equal(diagnostic?.rule, 'binary-file');
    assert.equal(diagnostic?.severity, 'error');
    assert.equal(diagnostic?.file, 'logo.png');
  });

  test('invalid UTF-8 is read with replacement characters and a warning at the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# R\n- good\n- bad '), 0xff, 0xfe, 0x0a]);
    const roadmap = parseRoadmap(bytes);
    assert.equal(flattenItems(roadmap.items).length, 2);
    const warning = roadmap.diagnostics.find((d) => d.rule === 'invalid-utf8');
    assert.equal(warning?.line, 3);
  });

  test('broken front matter is reported at its line and the body is still read', () => {
    const roadmap = parseRoadmap('---\ntitle: [unclosed\nfoo: : bar\n---\n# Title\n- item\n');
    assert.equal(roadmap.items.length, 1);
    const diagnostic = roadmap.diagnostics.find((d) => d.rule === 'front-matter');
    assert.ok(diagnostic, 'a front-matter diagnostic');
    assert.ok(diagnostic.line >= 2 && diagnostic.line <= 4, `line ${diagnostic.line}`);
  });

  test('1000-deep lists are kept (folded past the depth limit) in bounded time', () => {
    const lines: string[] = [];
    for (let depth = 0; depth < 1000; depth++) lines.push(`${'  '.repeat(depth)}- level ${depth}`);
    // Bounded relative to a flat list of as many items, so a loaded machine does not fail it:
    // what this guards against is a blow-up with depth, not a slow machine.
    const flatStart = performance.now();
    parseRoadmap(lines.map((_, i) => `- level ${i}`).join('\n'));
    const flat = performance.now() - flatStart;
    const roadmap = timed(() => parseRoadmap(lines.join('\n')), flat * 20 + 2000);
    const all = flattenItems(roadmap.items);
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'max-depth'));
    // Every list item markdown produced is still an item.
    assert.ok(all.length >= 64, `${all.length} items`);
    assert.ok(all.some((item) => item.title === `level ${all.length - 1}`));
  });

  test('1000-deep blockquotes do not overflow the stack', () => {
    const roadmap = timed(() => parseRoadmap(`${'>'.repeat(1000)} - deep item\n`), 20000);
    // The item at the bottom of the quotes is still read, once.
    assert.deepEqual(flattenItems(roadmap.items).map((item) => [item.title, item.line]), [['deep item', 1]]);
  });

  test('a 5 MB file is refused by default (limit 4 MiB) with a message naming the option, at once', () => {
    const line = '- [ ] Item with a [link](https://example.com/) (Planned for Q2 2024)\n';
    const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const roadmap = timed(() => parseRoadmap(text, {file: 'big.md'}), 1000);
    assert.equal(roadmap.items.length, 0);
    assert.equal(roadmap.diagnostics[0]?.rule, 'file-too-large');
    assert.match(roadmap.diagnostics[0]!.message, /too large .*limit 4194304\): not read\. Raise the maxFileSize option/);
  });

  test('a 1.6 MB file is read by default', () => {
    // Mostly prose: the markdown parser's own time grows faster than linearly with list events.
    const items = ['## Q1 2024', '', ...Array.from({length: 40}, (_, i) => `- [ ] Item ${i} (Planned for Q2 2024)`), ''].join('\n');
    const prose = 'A long paragraph of background about the project and its history, as generated roadmaps carry.\n\n';
    const text = items + prose.repeat(Math.ceil((1.6 * 1024 * 1024) / prose.length));
    const roadmap = parseRoadmap(text);
    assert.deepEqual(roadmap.diagnostics, []);
    assert.equal(roadmap.stats.items, 40);
  });

  test('a large file under a raised limit is read at the speed of the markdown parser itself', () => {
    const section = ['## Q1 2024', '', ...Array.from({length: 40}, (_, i) => `- [ ] Item ${i} with a [link](https://example.com/${i}) (Planned for Q2 2024)`), ''].join('\n');
    const text = section.repeat(Math.ceil((200 * 1024) / section.length));
    const bareStart = performance.now();
    reader.parse(text);
    const bare = performance.now() - bareStart;
    const roadmap = timed(() => parseRoadmap(text, {maxBytes: 4 * 1024 * 1024}), bare * 3 + 2000);
    assert.ok(roadmap.stats.items > 1000);
  });

  test('a file over the size limit is refused with a diagnostic', () => {
    const roadmap = parseRoadmap('- x\n'.repeat(1000), {maxBytes: 100});
    assert.equal(roadmap.items.length, 0);
    assert.equal(roadmap.diagnostics[0]?.rule, 'file-too-large');
  });

  test('unknown periods and status markers are reported with their position', () => {
    const roadmap = parseRoadmap('## Q5 2024\n\n- [~] odd marker\n- Something in Quartr 3\n');
    const periods = roadmap.diagnostics.filter((d) => d.rule === 'unknown-period');
    assert.ok(periods.some((d) => d.line === 1), JSON.stringify(roadmap.diagnostics));
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'unknown-status' && d.line === 3));
  });

  test('raw HTML and unsafe links are not kept', () => {
    const roadmap = parseRoadmap('<script>alert(1)</script>\n\n- [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n');
    const item = roadmap.items[0]!;
    assert.deepEqual(item.links, []);
    assert.ok(!JSON.stringify(item.content).includes('javascript:'));
    assert.ok(!JSON.stringify(item.content).includes('onerror'));
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'unsafe-link'));
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'raw-html' && d.line === 1));
  });

  test('empty sections are reported', () => {
    const roadmap = parseRoadmap('# R\n## Security\n## Performance\n- faster\n');
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'empty-section' && d.line === 2));
  });
});

describe('raw HTML that would run', () => {
  test('an inline <script> is dropped with its content, and reported as a warning', () => {
    const roadmap = parseRoadmap('- Item <script>alert(1)</script> after\n- Plain <b>bold</b> stays\n');
    assert.deepEqual(flattenItems(roadmap.items).map((item) => item.title), ['Item after', 'Plain bold stays']);
    const html = roadmap.diagnostics.filter((d) => d.rule === 'raw-html');
    assert.deepEqual(html.map((d) => [d.line, d.column, d.severity]), [[1, 8], [2, 9]].map(([l, c], i) => [l, c, i === 0 ? 'warning' : 'info']));
    assert.match(html[0]!.message, /<script> was removed with its content/);
  });

  test('a <style> or <iframe> block is a warning too; its text is in no item', () => {
    const roadmap = parseRoadmap('# R\n\n<style>\nbody{display:none}\n</style>\n\n- Item <iframe src="x">inner</iframe>\n');
    assert.deepEqual(flattenItems(roadmap.items).map((item) => item.title), ['Item']);
    assert.deepEqual(roadmap.diagnostics.filter((d) => d.rule === 'raw-html').map((d) => [d.line, d.severity]), [[3, 'warning'], [7, 'warning']]);
  });
});

test('a table period cell with an impossible quarter gets a warning at the cell, as a list item does', () => {
  const roadmap = parseRoadmap('| Theme | Description | Timeline |\n|---|---|---|\n| Perf | Faster search | Q5 2024 |\n');
  const d = roadmap.diagnostics.filter((x) => x.rule === 'unknown-period');
  assert.deepEqual(d.map((x) => [x.line, x.column, x.severity]), [[3, 24, 'warning']]);
  assert.match(d[0]!.message, /Q5/);
});
