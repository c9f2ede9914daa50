/**
 * No silent loss: for every corpus file and seed, each list item and table body row must be
 * either an item of the model (some item starts on its line) or explained by a diagnostic on
 * that line. Also: parsing never throws, and every diagnostic is positioned and complete.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {parseRoadmap} from '../../src/index.js';
import type {Roadmap} from '../../src/model.js';
import {flattenItems} from './flatten.js';
import {readShared, realDir} from './paths.js';
import {sourceRows} from './source-rows.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function roadmapFiles(): string[] {
  const list = (dir: string, ext: string): string[] =>
    readdirSync(join(realDir(), dir)).filter((name) => name.endsWith(ext) && name !== 'README.md').sort().map((name) => `${dir}/${name}`);
  return [...list('seeds', '.txt'), ...list('corpus', '.md'), ...list('added', '.md'), ...list('unseen', '.md')];
}

function diagnosticProblems(roadmap: Roadmap): string[] {
  const problems: string[] = [];
  for (const d of roadmap.diagnostics) {
    const bad: string[] = [];
    if (!Number.isInteger(d.line) || d.line < 1) bad.push(`line ${d.line}`);
    if (!Number.isInteger(d.column) || d.column < 1) bad.push(`column ${d.column}`);
    if (!SEVERITIES.has(d.severity)) bad.push(`severity ${JSON.stringify(d.severity)}`);
    if (typeof d.rule !== 'string' || d.rule.trim() === '') bad.push('no rule');
    if (typeof d.message !== 'string' || d.message.trim() === '') bad.push('no message');
    if (bad.length > 0) problems.push(`diagnostic ${JSON.stringify(d)}: ${bad.join(', ')}`);
  }
  return problems;
}

const files = roadmapFiles();

test('the shared corpus and seeds are present', () => {
  assert.ok(files.filter((f) => f.startsWith('seeds/')).length === 3, `seeds missing under ${realDir()}/seeds`);
  assert.ok(files.filter((f) => f.startsWith('corpus/')).length >= 30, `corpus missing under ${realDir()}/corpus`);
});

for (const file of files) {
  test(`no loss: ${file}`, () => {
    const text = readShared(file);
    // A throw fails this test with its own stack: no need to wrap it.
    const roadmap: Roadmap = parseRoadmap(text, {file});

    const itemLines = new Set(flattenItems(roadmap.items).map((item) => item.line));
    // A diagnostic explains every line it spans (a table of contents or a legend is one message for its whole list).
    const diagnosedLines = new Set(roadmap.diagnostics.flatMap((d) => Array.from({length: (d.endLine ?? d.line) - d.line + 1}, (_, i) => d.line + i)));
    const lost = sourceRows(text)
      .filter((row) => !itemLines.has(row.line) && !diagnosedLines.has(row.line))
      .map((row) => `${file}:${row.line} ${row.kind} has no item and no diagnostic`);
    const problems = [...lost, ...diagnosticProblems(roadmap)];
    assert.ok(problems.length === 0, `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  });
}
