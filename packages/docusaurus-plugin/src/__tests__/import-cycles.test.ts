/**
 * No module of the plugin imports itself back, not even through `import type`: a circle of types
 * is a sign two modules share one job, and it makes the order in which they load matter. This walks
 * the relative imports and re-exports of src/ (values and types, `docusaurus-plugin-roadmark/client`
 * counted as src/shared/index.ts) and lists every circle it finds.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {sourceFiles, src} from './sources.js';

const SELF = 'docusaurus-plugin-roadmark/client';

/** Every `import … from '…'`, `import type …`, `export … from '…'` and `import('…')` specifier. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  if (specifier === SELF) return join(src, 'shared/index.ts');
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== null && target !== file);
    graph.set(file, Array.from(new Set(targets)));
  }
  return graph;
}

/** Each circle once, as a list of files starting at its smallest name. */
export function circles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const visit = (file: string, path: string[]) => {
    for (const next of graph.get(file) ?? []) {
      const at = path.indexOf(next);
      if (at !== -1) {
        const circle = path.slice(at);
        const start = circle.indexOf([...circle].sort()[0]!);
        const canonical = [...circle.slice(start), ...circle.slice(0, start)];
        found.set(canonical.join(' → '), canonical);
      } else if (path.length < 40) visit(next, [...path, next]);
    }
  };
  for (const file of graph.keys()) visit(file, [file]);
  return Array.from(found.values());
}

test('the walker finds value and type imports, re-exports and circles', () => {
  const text = "import type {A} from './a.js';\nimport {b, type C} from '../b.js';\nexport * from './c.js';\nexport type {D} from './d.js';\nconst e = import('./e.js');";
  assert.deepEqual(specifiers(text).sort(), ['../b.js', './a.js', './c.js', './d.js', './e.js']);
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(circles(graph), [['a', 'b', 'c']]);
});

test('no import circles in src/, type-only imports included', () => {
  const files = sourceFiles(src);
  assert.ok(files.length > 60, 'found the sources');
  const found = circles(importGraph(files)).map((circle) => circle.map((file) => relative(src, file)).join(' → '));
  assert.deepEqual(found, []);
});
