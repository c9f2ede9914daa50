/**
 * The plugin's theme imports `@roadmark/core/diff` and `@roadmark/core/history` in the browser:
 * the compiled files they reach must not pull in the markdown stack or Node built-ins.
 * Walks the import graph of lib/ (so run `pnpm build` first) with TypeScript's own import scanner.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const manifest = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {exports: Record<string, {default?: string; types?: string}>};

/** Every file reached from `entry` through relative imports, and every bare specifier met on the way. */
function importGraph(entry: string): {files: string[]; bare: Map<string, string>} {
  const files: string[] = [];
  const bare = new Map<string, string>();
  const pending = [entry];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    assert.ok(existsSync(file), `${relative(packageDir, file)} is missing: run pnpm build first`);
    files.push(file);
    const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const {fileName} of importedFiles) {
      if (fileName.startsWith('.')) pending.push(resolve(dirname(file), fileName));
      else if (!bare.has(fileName)) bare.set(fileName, relative(packageDir, file));
    }
  }
  return {files: files.sort(), bare};
}

for (const subpath of ['./diff', './history']) {
  test(`${subpath} reaches no package and no Node built-in`, () => {
    const target = manifest.exports[subpath];
    assert.ok(target?.default && target.types, `package.json exports ${subpath} with types and default`);
    assert.ok(existsSync(resolve(packageDir, target.types)), `${target.types} exists`);
    const {files, bare} = importGraph(resolve(packageDir, target.default));
    // Browser-safe means self-contained: unified, remark, micromark, yaml, node:* … would all show up here.
    assert.deepEqual([...bare].map(([specifier, from]) => `${specifier} (from ${from})`), []);
    const reached = files.map((file) => relative(resolve(packageDir, 'lib'), file));
    assert.ok(reached.every((file) => /^(diff|history|period)\/|^model\.js$/.test(file)), `only diff/, history/, period/ and model.js: ${reached.join(', ')}`);
    console.log(`${subpath}: ${files.length} files`);
  });
}

test('the scanner sees what a forbidden import would look like', () => {
  const {importedFiles} = ts.preProcessFile("import {unified} from 'unified';\nexport * from './x.js';\nconst fs = await import('node:fs');", true, true);
  assert.deepEqual(importedFiles.map((f) => f.fileName), ['unified', './x.js', 'node:fs']);
});

test('the subpaths resolve by package name and export the engines', async () => {
  const diff = await import('@roadmark/core/diff');
  const history = await import('@roadmark/core/history');
  assert.equal(typeof diff.diffRoadmaps, 'function');
  assert.equal(typeof history.buildHistory, 'function');
  assert.equal(typeof history.slipReport, 'function');
});
