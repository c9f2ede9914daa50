import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {slugify} from '../theme/slug.js';

/** The general slug, written out step by step: what every fast path must agree with. */
function reference(text: string): string {
  const fold: Record<string, string> = {ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', þ: 'th', œ: 'oe'};
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøłđþœ]/g, (ch) => fold[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return text.length ? slugify(text) : '';
  const chars = [...slug];
  if (chars.length <= 64) return slug;
  const cut = chars.slice(0, 64).join('');
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 32 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

test('every character of the Basic Multilingual Plane slugs as the general path says', () => {
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    assert.equal(slugify(`Ab${ch}c9`), reference(`Ab${ch}c9`), `U+${code.toString(16)}`);
  }
});

test('titles of every kind and length slug as the general path says', () => {
  const piece = fc.constantFrom('Support', 'for', 'multi-GPU', 'ÉCOLE', 'naïve', '—', '…', '’s', '🚀', '性能优化', '、', '，', '（', '）', '：', '《', '》', ' ', '  ', '-',
    'x'.repeat(30), 'Straße', 'Ｆｕｌｌ', 'ﬁ', '½', '𝐁old', 'İ', '\u0301');
  const title = fc.array(piece, {maxLength: 12}).map((parts) => parts.join(''));
  fc.assert(fc.property(title, (t) => assert.equal(slugify(t), reference(t))), {numRuns: 20000});
});
