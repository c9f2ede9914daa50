/**
 * Text → comparable tokens for theme matching: camelCase split, diacritics folded, light English
 * stemming (plural / -ing / -ed / final e), so "Optimizations", "optimizing" and "optimize" meet.
 */
import {EMOJI_TOKEN_SOURCE} from '../emoji.js';

export interface Token {
  /** Lowercased surface form. */
  word: string;
  stem: string;
  /** Character offset in the prepared text (for tie-breaking by position). */
  offset: number;
}

const VOWEL = /[aeiouy]/;
const DOUBLE = /([b-df-hj-km-np-tv-xz])\1$/;

/**
 * -ing nouns that must not fall together with their root: "tooling" is developer tooling, while "tools"
 * may be any tools (statistical tools, hardening tools); "theming" would otherwise stem to the word "them".
 */
const OWN_NOUNS = new Set(['tooling', 'theming']);

export function stem(input: string): string {
  let w = input;
  if (w.length <= 3 || /\d/.test(w) || OWN_NOUNS.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (/(?:ss|x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return DOUBLE.test(w) ? w.slice(0, -1) : w;
}

const EMOJI = new RegExp(EMOJI_TOKEN_SOURCE, 'gu');
const FOLD: Record<string, string> = {ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', þ: 'th', œ: 'oe'};

/** Lowercase, fold diacritics, split camelCase ("DistributedDataParallel", "TFLite"), drop emoji. */
export function prepare(text: string): string {
  const split = text.replace(CAMEL, '$1$3 $2$4');
  // Hot path: plain ASCII text needs no emoji, diacritic or ligature handling.
  if (!NON_ASCII.test(split)) return split.replace(SHORTCODE, ' ').toLowerCase();
  return split
    .replace(EMOJI, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøłđþœ]/g, (ch) => FOLD[ch] ?? ch);
}

const CAMEL = /([a-z])([A-Z])|([A-Z])([A-Z][a-z])/g;
const NON_ASCII = /[^\x00-\x7f]/;
const SHORTCODE = /:[a-z0-9][a-z0-9_+-]*:/g;

const WORD = /[\p{Script=Latin}\p{N}]+/gu;

/** Latin/digit tokens of prepared text; CJK is matched separately by substring. */
export function tokenize(prepared: string): Token[] {
  const tokens: Token[] = [];
  for (const m of prepared.matchAll(WORD)) tokens.push({word: m[0], stem: stem(m[0]), offset: m.index ?? 0});
  return tokens;
}

export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Strip what decorates a heading but is not its topic: markdown, numbering, emoji, a trailing colon. */
export function cleanHeading(raw: string): string {
  return raw
    .replace(EMOJI, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`~#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]+[.)]|[a-z][.)])\s+(?=\S)/i, '')
    .replace(/[\s:：.。]+$/u, '')
    .trim();
}

/** Space-insensitive key of a short text: stems concatenated, CJK kept. "Pre-trained Models" = "Pretrained models". */
export function compactKey(text: string): string {
  const prepared = prepare(text);
  let key = '';
  for (const m of prepared.matchAll(/[\p{Script=Latin}\p{N}]+|[^\s\p{P}\p{S}\p{Script=Latin}\p{N}]+/gu)) {
    key += CJK.test(m[0]) ? m[0] : stem(m[0]);
  }
  return key;
}
