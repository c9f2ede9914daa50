/** The browser entry stays small: nothing it reaches imports a package or a Node built-in. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as browser from '../browser.js';
import * as core from '../index.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function runtimeImports(entry: string): {files: string[]; packages: string[]} {
  const files = new Set<string>();
  const packages: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?'([^']+)'/gm)) {
      if (match[1]) continue;
      const spec = match[2]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.push(`${spec} (from ${path.relative(src, file)})`);
    }
  };
  visit(path.join(src, entry));
  return {files: [...files].map((file) => path.relative(src, file)), packages};
}

test('@roadmark/core/browser and @roadmark/core/diff reach no package and no Node built-in', () => {
  const {files, packages} = runtimeImports('browser.ts');
  assert.deepEqual(packages, []);
  assert.ok(files.includes('safe-url.ts') && files.includes(path.join('diff', 'summary.ts')), files.join(' '));
  const diff = runtimeImports(path.join('diff', 'index.ts'));
  assert.deepEqual(diff.packages, []);
  assert.ok(diff.files.length > 5, diff.files.join(' '));
});

test('the browser entry exports the same functions as the main entry, not copies', () => {
  assert.equal(browser.isSafeUrl, core.isSafeUrl);
  assert.equal(browser.changeTheme, core.changeTheme);
  assert.equal(browser.summarizeChanges, core.summarizeChanges);
  assert.equal(browser.DEFAULT_FISCAL_YEAR_START_MONTH, core.DEFAULT_FISCAL_YEAR_START_MONTH);
});
