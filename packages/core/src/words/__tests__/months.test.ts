/** One month table: every spelling readers accept, and no second copy of it in the sources. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {MONTH_ABBR, MONTH_NAMES, MONTH_WORD, monthFromName} from '../months.js';

const WHOLE = new RegExp(`^${MONTH_WORD}$`, 'i');

test('every name, abbreviation and "Sept" is a month word and reads back to its number', () => {
  MONTH_NAMES.forEach((name, i) => {
    for (const form of [name, MONTH_ABBR[i]!, name.toLowerCase(), name.toUpperCase()]) {
      assert.ok(WHOLE.test(form), form);
      assert.equal(monthFromName(form), i + 1, form);
    }
  });
  assert.ok(WHOLE.test('Sept'));
  assert.equal(monthFromName('Sept.'), 9);
});

test('words that only start like a month are not month words', () => {
  for (const word of ['mayor', 'marc', 'decade', 'junk', 'augment', 'sep-', 'septe', 'octo', 'novel', 'janus']) {
    assert.equal(WHOLE.test(word), false, word);
  }
  assert.equal(monthFromName('spring'), null);
});

test('no other core source spells out the month alternation again', () => {
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const copies: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== '__tests__') walk(file);
      } else if (file.endsWith('.ts') && !file.endsWith(path.join('words', 'months.ts'))) {
        const text = readFileSync(file, 'utf8');
        if (/feb\(\?:ruary\)|'February'|\bfeb\|mar\|apr/i.test(text)) copies.push(path.relative(src, file));
      }
    }
  };
  walk(src);
  assert.deepEqual(copies, []);
});
