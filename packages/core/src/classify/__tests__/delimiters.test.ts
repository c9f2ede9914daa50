import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {LEAD_DELIMITER, SENTENCE_TAIL, TRAIL_DELIMITER, leadDelimiter, sentenceTail, trailDelimiter, type Delimited} from '../delimiters.js';

/** What `exec` on the whole text gives, in the shape the fast functions return. */
function plain(pattern: RegExp, text: string): Delimited | null {
  const match = pattern.exec(text);
  return match ? {index: match.index, match: match[0], tag: match[1] ?? ''} : null;
}

/** Texts around the limits the fast paths rely on: 40/50 code points, 80/100 UTF-16 units, runs of blanks and dashes. */
const piece = fc.constantFrom('a', 'Done', 'in progress', ' ', '   ', '\t', '\n', ':', '：', ' - ', '-', '--', '—', ' – ', '|', '｜', '.', '!', '?', '。', '！',
  '🚀', '🚀'.repeat(10), '路线', 'x'.repeat(20), 'y'.repeat(37), 'z z z z z z z z z z ', ' '.repeat(30), '-'.repeat(3));
const text = fc.array(piece, {maxLength: 16}).map((parts) => parts.join(''));

test('leadDelimiter finds what LEAD_DELIMITER finds', () => {
  fc.assert(fc.property(text, (t) => assert.deepEqual(leadDelimiter(t), plain(LEAD_DELIMITER, t))), {numRuns: 20000});
});

test('trailDelimiter finds what TRAIL_DELIMITER finds in text that does not end in blanks or a full stop', () => {
  const trimmed = text.map((t) => t.replace(/[\s.。]+$/u, ''));
  fc.assert(fc.property(trimmed, (t) => assert.deepEqual(trailDelimiter(t), plain(TRAIL_DELIMITER, t))), {numRuns: 20000});
});

test('sentenceTail finds what SENTENCE_TAIL finds', () => {
  fc.assert(fc.property(text, (t) => assert.deepEqual(sentenceTail(t), plain(SENTENCE_TAIL, t))), {numRuns: 20000});
});

test('all three agree with their patterns at the length limits (40/50 code points, astral or not, blanks around)', () => {
  const runs = (unit: string) => Array.from({length: 56}, (_, n) => unit.repeat(n));
  const delimiters = [':', ' : ', '：', ' - ', '-- ', ' — ', '–', '|', ' | ', '. ', '! ', '。', ' '.repeat(25) + '- ', ''];
  for (const head of [...runs('x'), ...runs('🚀'), ...runs(' '), 'x '.repeat(30)]) {
    for (const delimiter of delimiters) {
      for (const tail of [...runs('y'), ...runs('🚀'), 'Done', 'y '.repeat(40) + 'y']) {
        const t = head + delimiter + tail;
        assert.deepEqual(leadDelimiter(t), plain(LEAD_DELIMITER, t), t);
        assert.deepEqual(sentenceTail(t), plain(SENTENCE_TAIL, t), t);
        const trimmed = t.replace(/[\s.。]+$/u, '');
        assert.deepEqual(trailDelimiter(trimmed), plain(TRAIL_DELIMITER, trimmed), trimmed);
      }
    }
  }
});

test('the delimiters of real item texts', () => {
  assert.deepEqual(leadDelimiter('Done: faster startup'), {index: 0, match: 'Done:', tag: 'Done'});
  assert.equal(leadDelimiter(`${'word '.repeat(20)}- Done`), null);
  assert.deepEqual(trailDelimiter(`${'A long title that runs on '.repeat(5)}- Done`), {index: 129, match: ' - Done', tag: 'Done'});
  assert.deepEqual(sentenceTail('Ship the new API. Completed in Q1 2023'), {index: 16, match: '. Completed in Q1 2023', tag: 'Completed in Q1 2023'});
});
