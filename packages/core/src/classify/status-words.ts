/**
 * The words roadmaps use for a status, and `statusPhrase`, which says whether a short, already delimited
 * text (a tag, a table cell, the part after " - ") is nothing but such a word, optionally followed by a
 * date or version ("Completed in Q1 2023", "released in 1.2", "Planned for Q4 2021").
 * The words themselves, and why each sits where it does, are in words/statuses.ts.
 */
import type {Status} from '../model.js';
import {EMOJI_TOKEN_SOURCE, emojiStatus} from './emoji.js';
import {MONTH_WORD} from '../words/months.js';
import {STATUS_WORDS as WORDS} from '../words/statuses.js';

const ASCII = /^[\x00-\x7f]*$/;

const LEXICON = new Map<string, Status>();
for (const status of Object.keys(WORDS) as Status[]) {
  for (const word of WORDS[status]) LEXICON.set(word, status);
}
/** Longest phrase first, so that "not started" is tried before "started"; grouped by first character, as a prefix must share it. */
const PHRASES = new Map<string, string[]>();
for (const phrase of [...LEXICON.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const group = PHRASES.get(phrase[0]!);
  if (group) group.push(phrase);
  else PHRASES.set(phrase[0]!, [phrase]);
}

/** ASCII blanks (what \s matches below 0x80) and the emphasis marks that normalizing turns into blanks. */
function isBlankOrMark(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2a || code === 0x5f || code === 0x7e || code === 0x60;
}
/** What normalizing drops before the first word: blanks, emphasis and ".,;!-". */
function isLeadingNoise(code: number): boolean {
  return isBlankOrMark(code) || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x21 || code === 0x2d;
}
/** What ends the first word: a blank, emphasis, "(", "," or "-". */
function isWordEnd(code: number): boolean {
  return isBlankOrMark(code) || code === 0x28 || code === 0x2c || code === 0x2d;
}
/** What normalizing trims from the end of a phrase: blanks, emphasis and ".,;!". */
function isTrailingNoise(code: number): boolean {
  return isBlankOrMark(code) || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x21;
}

/**
 * The first word of what `normalizePhrase` makes of ASCII text without ":" (the only way to write an emoji
 * in ASCII), read off the raw text: lowercase, up to a blank, "(", ",", "-" or emphasis mark, and without the
 * ".;!" that trimming removes when nothing but noise follows it.
 */
export function firstWord(text: string): string {
  let start = 0;
  while (start < text.length && isLeadingNoise(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isWordEnd(text.charCodeAt(end))) end++;
  let rest = end;
  while (rest < text.length && isTrailingNoise(text.charCodeAt(rest))) rest++;
  // ".;!" at the word's end go with the trailing noise when nothing else follows.
  if (rest === text.length) {
    for (let code = text.charCodeAt(end - 1); end > start && (code === 0x2e || code === 0x3b || code === 0x21); code = text.charCodeAt(end - 1)) end--;
  }
  return text.slice(start, end).toLowerCase();
}

/**
 * The first word of every ASCII phrase. A status phrase starts with one of them (followed by nothing, a space,
 * "(", "," or "-"): text whose first word is none of them is no status, and need not be normalized to know it.
 */
const FIRST_WORDS = new Set([...LEXICON.keys()].filter((phrase) => ASCII.test(phrase)).map(firstWord));

/** Words so weak on their own that they need a date tail or an explicit tag around them. */
const NEEDS_TAG = new Set(['y', 'ok', 'working', 'works', 'open', 'next', 'later', 'future', 'current', 'active',
  'doing', 'testing', 'target', 'targeted', 'expected', 'eta', 'supported', 'stable', 'live', 'partial', 'partially',
  'idea', 'research', 'yes', 'accepted', 'committed', '计划', '规划', '完成', '取消', '放弃', '移除']);

/** Horizon words: in a table cell they mean "planned", but in an item's text they are a period ("Ecosystem (later)"). */
const HORIZONS = new Set(['next', 'later', 'future', 'soon', 'upcoming', 'coming soon']);

export interface PhraseOptions {
  /** Accept weak words ("Yes", "Working", "Stable") that are only safe in a cell or an explicit tag. */
  loose?: boolean;
  /** Accept a date/version tail ("Completed in Q1 2023"). Default true. */
  tail?: boolean;
  /** Accept horizon words as "planned" (table cells only). */
  horizons?: boolean;
}

const EMOJI_RUN = new RegExp(`(?:${EMOJI_TOKEN_SOURCE})`, 'gu');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Plain ASCII text: no pictographs, curly quotes or CJK; the only emoji it can hold are `:shortcodes:`. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** Normalize a candidate phrase: no emphasis, no emoji, lowercase, hyphens and curly quotes flattened. */
export function normalizePhrase(text: string): string {
  if (ASCII.test(text)) return normalizeAsciiPhrase(text);
  return text
    .replace(EMOJI_RUN, ' ')
    .replace(/[*_~`]+/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase()
    .replace(/(?<=\p{L})[-‐–](?=\p{L})/gu, ' ')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s:：.,;!-]+|[\s:：.,;!。，；！]+$/gu, '')
    .trim();
}

/**
 * `normalizePhrase` for ASCII text, with the Unicode classes narrowed to what ASCII can hold ([a-z] are its
 * letters once lowercased). The trailing run is looked for only when the last character can start it.
 */
function normalizeAsciiPhrase(text: string): string {
  let phrase = (text.includes(':') ? text.replace(EMOJI_RUN, ' ') : text).replace(/[*_~`]+/g, ' ').toLowerCase();
  if (phrase.includes('-')) phrase = phrase.replace(/(?<=[a-z])-(?=[a-z])/g, ' ');
  phrase = phrase.replace(/\s+/g, ' ').replace(/^[\s:.,;!-]+/, '');
  return /^[\s:.,;!]$/.test(phrase[phrase.length - 1] ?? '') ? phrase.replace(/[\s:.,;!]+$/, '') : phrase;
}

const TAIL_WORD = new RegExp(
  `^(?:[\\w./-]*\\d[\\w./-]*|q[1-4]|h[12]|fy\\d{2,4}|cy\\d{2,4}|${MONTH_WORD}\\.?|the|this|next|last|end|start|beginning|mid|middle|early|late|of|release|version|sprint|milestone|quarter|half|year|month|week|and|or|&|[-–—,/])$`,
);
const TAIL_ANCHOR = new RegExp(`\\d|^${MONTH_WORD}\\.?$|^(?:q[1-4]|h[12]|release|version|sprint|milestone|quarter|year)$`);
const TAIL_LEAD = /^(?:in time for|as part of|as of|targeted for|targeting|target|expected in|expected|scheduled for|due|eta|in|on|by|since|for|at|from|until|till|with|during|around|before|after|via|from)\s+/;

/** True when `rest` is only a date / version / release reference: "in Q1 2023", "(2024)", "1.2", "for next release". */
export function isDateTail(rest: string): boolean {
  let text = rest.trim().replace(/^[-–—:,]\s*/, '').trim();
  const wrapped = /^[(\[（](.*)[)\]）]$/.exec(text);
  if (wrapped) text = (wrapped[1] ?? '').trim();
  text = text.replace(TAIL_LEAD, '');
  if (!text || text.length > 40) return false;
  const words = text.split(/\s+|(?<=,)/).filter(Boolean);
  if (words.length > 8) return false;
  return words.every((w) => TAIL_WORD.test(w.replace(/,$/, ''))) && words.some((w) => TAIL_ANCHOR.test(w.replace(/,$/, '')));
}

/**
 * Status when the whole (already delimited) text is a status phrase, optionally with status emoji and a
 * date tail. `tail: false` refuses the date tail: at the start of a title "Alpha 4 - …" names a release,
 * it does not state a status.
 */
export function statusPhrase(text: string, {loose = false, tail = true, horizons = false}: PhraseOptions = {}): Status | null {
  const plain = ASCII.test(text) && !text.includes(':');
  if (plain && !FIRST_WORDS.has(firstWord(text))) return null;
  let emoji: Status | null = null;
  const tokens = plain ? null : text.match(EMOJI_RUN);
  for (const token of tokens ?? []) {
    const found = emojiStatus(token);
    if (found) {
      emoji = found.status;
      break;
    }
  }
  const phrase = normalizePhrase(text);
  if (!phrase) return emoji;
  const exact = LEXICON.get(phrase);
  if (exact && (loose || !NEEDS_TAG.has(phrase)) && (horizons || !HORIZONS.has(phrase))) return exact;
  if (!tail) return null;
  for (const word of PHRASES.get(phrase[0]!) ?? []) {
    if (!phrase.startsWith(word) || word.length === phrase.length) continue;
    if (!horizons && HORIZONS.has(word)) continue;
    const rest = phrase.slice(word.length);
    const cjk = CJK.test(word);
    if (!cjk && !/^[\s(,:-]/.test(rest)) continue;
    if (isDateTail(rest)) return LEXICON.get(word) ?? null;
  }
  return null;
}

/** Does the text contain CJK characters (no word spaces: boundaries come from punctuation)? */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
