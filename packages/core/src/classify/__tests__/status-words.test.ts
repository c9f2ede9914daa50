import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {firstWord, normalizePhrase, statusPhrase} from '../status-words.js';

test('firstWord reads the first word of the normalized phrase off the raw text (ASCII without ":")', () => {
  const piece = fc.constantFrom('a', 'Z', 'done', 'In', 'progress', ' ', '  ', '\t', '\n', '\v', '\f', '\r', '-', '_', '*', '**', '~', '`', '.', ',', ';', '!',
    '(', ')', "'", '9', 'won\'t', 'x-y', '1-2');
  const text = fc.array(piece, {maxLength: 10}).map((parts) => parts.join(''));
  fc.assert(fc.property(text, (t) => assert.equal(firstWord(t), normalizePhrase(t).split(/[ (,:-]/)[0])), {numRuns: 50000});
});

test('status phrases are still found behind the first-word check', () => {
  assert.equal(statusPhrase('**Done**'), 'done');
  assert.equal(statusPhrase('done.'), 'done');
  assert.equal(statusPhrase('  in-progress  '), 'in-progress');
  assert.equal(statusPhrase('Completed in Q1 2023'), 'done');
  assert.equal(statusPhrase("won't fix"), 'dropped');
  assert.equal(statusPhrase('~~Not started~~'), 'planned');
  assert.equal(statusPhrase(':white_check_mark:'), 'done');
  assert.equal(statusPhrase('see #123'), null);
  assert.equal(statusPhrase('SQL'), null);
});
