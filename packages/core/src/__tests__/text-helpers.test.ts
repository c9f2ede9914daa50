import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {tidyTitle} from '../extract/item-text.js';
import {collapse} from '../extract/inline.js';

const piece = fc.constantFrom('a', 'Title', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', ',', '.', ';', ':', ' ,', ' .', '()', '( )', '[]', '[ ]', '(x)',
  '-', ' - ', '—', '|', 'word '.repeat(8), 'Sentence one. ', 'x'.repeat(60), '!', '?');
const text = fc.array(piece, {maxLength: 14}).map((parts) => parts.join(''));

test('collapse is the whitespace regex, with or without its fast path', () => {
  for (let code = 0; code < 0x10000; code++) {
    const t = ` a${String.fromCharCode(code)}b  c `;
    assert.equal(collapse(t), t.replace(/\s+/g, ' ').trim(), `U+${code.toString(16)}`);
  }
  fc.assert(fc.property(text, (t) => assert.equal(collapse(t), t.replace(/\s+/g, ' ').trim())), {numRuns: 20000});
});

test('tidyTitle gives what its plain sequence of replacements gives', () => {
  const reference = (input: string): string => {
    let title = input.replace(/\s+/g, ' ').trim().replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\s+([,.;:])(?=\s|$)/g, '$1');
    title = title.replace(/\s+/g, ' ').trim().replace(/^(?:\s*:[a-z0-9][a-z0-9_+-]*:)+\s*/, '').replace(/^[\s\-–—:|]+/, '').replace(/[\s\-–—:|,;]+$/, '');
    if (title.length <= 140) return title;
    const sentence = /^(.{20,}?[.!?])\s/.exec(title);
    if (sentence && sentence[1]!.length <= 140) return sentence[1]!;
    const cut = title.slice(0, 140);
    return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)) + '…';
  };
  fc.assert(fc.property(text, (t) => assert.equal(tidyTitle(t), reference(t))), {numRuns: 20000});
});
