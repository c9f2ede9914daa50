/**
 * Code that runs in the browser (shared/, theme/) is compiled by whatever bundler the user's site
 * has: Babel with loose spread turns `[...map.values()]` into `[].concat(iterator)`, a one-element
 * array holding the iterator, which crashed the timeline after hydration. So the browser code never
 * spreads an iterator or a Set/Map; it uses Array.from. This reads the sources for such spreads.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {sourceFiles, src} from './sources.js';

const ITERATOR_SPREAD = /\.\.\.\s*(?:new\s+(?:Set|Map)\b|[\w.$]+\.(?:values|keys|entries)\(\)|[\w.$]+\.matchAll\()/;

test('the guard finds the spreads it is meant to find', () => {
  for (const bad of ['[...cells.values()]', 'Math.max(...cols.values())', '[...new Set(xs)]', '[...s.matchAll(re)]']) {
    assert.match(bad, ITERATOR_SPREAD, bad);
  }
  for (const fine of ['[...list, x]', '{...props}', 'Array.from(cells.values())']) assert.doesNotMatch(fine, ITERATOR_SPREAD, fine);
});

test('browser code (shared/, theme/) spreads no iterator, Set or Map', () => {
  const files = ['shared', 'theme'].flatMap((folder) => sourceFiles(join(src, folder)));
  assert.ok(files.length > 20, 'found the browser sources');
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (ITERATOR_SPREAD.test(line) ? [`${relative(src, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  assert.deepEqual(found, []);
});
