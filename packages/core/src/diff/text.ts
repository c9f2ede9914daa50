/**
 * Title normalization and similarity: what makes two titles "the same item".
 * Exact matching uses `normalizeTitle`; fuzzy matching uses `titleSimilarity`,
 * the mean of a word-level Dice score (with typo/prefix tolerance) and a
 * character-bigram Dice score over the same words, so word order does not matter.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'via', 'as', 'is', 'be',
]);

const stripLinks = (title: string): string => title.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'); // [text](url), ![alt](src)

/** Lowercase, markdown-, accent-, punctuation- and whitespace-insensitive form of a title. */
export function normalizeTitle(title: string): string {
  const plain = stripLinks(title)
    .replace(/<[^>]+>/g, ' ') // inline HTML
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const words = plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // A title of only symbols/emoji must not collapse to '' and equal every other such title.
  return words || plain.replace(/\s+/g, ' ').trim();
}

/**
 * The title without bracketed asides, which editors add and remove freely:
 * "Kafka source" → "Kafka source (with push support)", "Trino" → "Trino (community plugin)".
 * Null when there is no aside, or nothing else.
 */
export function coreTitle(title: string): string | null {
  const linkless = stripLinks(title);
  const core = linkless.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  if (core === linkless) return null;
  const normalized = normalizeTitle(core);
  return /[\p{L}\p{N}]/u.test(normalized) ? normalized : null;
}

/** Plural/possessive-insensitive word form. */
function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that carry a title's meaning: stop words dropped (unless nothing else is left), light stemming. */
export function titleTokens(normalized: string): string[] {
  const words = normalized.split(' ').filter((w) => w !== '');
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return (content.length > 0 ? content : words).map(stem);
}

/** One word of a title with its letter pairs, shared by every title that uses the word. */
export interface TitleToken {
  word: string;
  /** Letter-pair codes of the padded word, sorted (a multiset). */
  grams: number[];
}

/** Precomputed features of one title, so that comparing two titles does not re-read them. */
export interface TitleProfile {
  normalized: string;
  /** Normalized title without bracketed asides (equal to `normalized` when there are none). */
  core: string;
  tokens: TitleToken[];
  /** Letter-pair codes of all tokens, sorted (a multiset). */
  grams: number[];
  /**
   * Scores against other profiles already computed. Comparing every old version with the
   * newest one meets the same unmatched title pairs again and again (26× over 100 versions).
   */
  scores: Map<TitleProfile, number>;
  /** `titleKeys(profile)`, once asked for. */
  keys?: string[];
}

/*
 * Letter pairs are numbers (two code points) in sorted arrays: a Dice score is then one merge
 * of two short arrays, with no string keys or hashing, which is what comparing thousands of
 * title pairs across many versions spends its time on.
 */
const START = 0x110000;
const END = 0x110001;
const PAIR = 0x110002;

function wordGrams(word: string): number[] {
  const codes = [START];
  for (const char of word) codes.push(char.codePointAt(0)!);
  codes.push(END);
  const grams = new Array<number>(codes.length - 1);
  for (let i = 0; i + 1 < codes.length; i++) grams[i] = codes[i]! * PAIR + codes[i + 1]!;
  return grams.sort((x, y) => x - y);
}

/** Shared elements of two sorted multisets. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function gramDice(a: readonly number[], b: readonly number[]): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total;
}

/*
 * Tokens are shared through a bounded cache (a pure function of the word, so clearing it
 * changes no result), so the words of many versions' titles are read once.
 */
const CACHE_LIMIT = 100_000;
const tokenCache = new Map<string, TitleToken>();

function tokenOf(word: string): TitleToken {
  let token = tokenCache.get(word);
  if (!token) {
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(word, (token = {word, grams: wordGrams(word)}));
  }
  return token;
}

export function titleProfile(title: string): TitleProfile {
  const normalized = normalizeTitle(title);
  const tokens = titleTokens(normalized).map(tokenOf);
  const grams = tokens.flatMap((token) => token.grams).sort((x, y) => x - y);
  return {normalized, core: coreTitle(title) ?? normalized, tokens, grams, scores: new Map()};
}

/** Two words name the same thing: equal, one abbreviates the other ("auth"/"authentication"), or a typo apart. */
function similarTokens(a: TitleToken, b: TitleToken): boolean {
  if (a.word === b.word) return true;
  const [short, long] = a.word.length <= b.word.length ? [a.word, b.word] : [b.word, a.word];
  if (short.length < 4) return false;
  if (long.startsWith(short)) return true;
  return gramDice(a.grams, b.grams) >= 0.7;
}

/** How many words of `a` pair with a word of `b`: exact pairs first, then near-equal words, each word once. */
function pairedWords(a: readonly TitleToken[], b: readonly TitleToken[]): number {
  const used = new Array<boolean>(b.length).fill(false);
  const pending: TitleToken[] = [];
  let matched = 0;
  for (const token of a) {
    let at = -1;
    for (let i = 0; i < b.length; i++) {
      if (!used[i] && b[i]!.word === token.word) {
        at = i;
        break;
      }
    }
    if (at >= 0) {
      used[at] = true;
      matched++;
    } else pending.push(token);
  }
  for (const token of pending) {
    for (let i = 0; i < b.length; i++) {
      if (!used[i] && similarTokens(token, b[i]!)) {
        used[i] = true;
        matched++;
        break;
      }
    }
  }
  return matched;
}

/**
 * Word score: Dice over paired words, raised when every word of a title of two or more
 * words reappears in the other ("Kafka source" → "Kafka source with push support").
 */
function wordScore(a: readonly TitleToken[], b: readonly TitleToken[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Pairing is greedy in the order of its first argument; take the better order to stay symmetric.
  const matched = Math.max(pairedWords(a, b), pairedWords(b, a));
  const dice = (2 * matched) / (a.length + b.length);
  const shorter = Math.min(a.length, b.length);
  const contained = shorter >= 2 && matched === shorter ? 0.9 : 0;
  return Math.max(dice, contained);
}

/**
 * 0..1; symmetric. ≥ 0.6 is treated as "the same item, retitled". With `atLeast`, a pair
 * that cannot reach it (even with a perfect word score) returns its letter-pair score / 2
 * without the costlier word pairing: callers that only keep scores ≥ `atLeast` lose nothing.
 */
export function profileSimilarity(a: TitleProfile, b: TitleProfile, atLeast = 0): number {
  if (a.normalized === b.normalized) return 1;
  const known = a.scores.get(b);
  if (known !== undefined) return known;
  const chars = gramDice(a.grams, b.grams);
  if ((1 + chars) / 2 < atLeast) return chars / 2;
  const score = (wordScore(a.tokens, b.tokens) + chars) / 2;
  remember(a, b, score);
  remember(b, a, score);
  return score;
}

/** Bounded per profile: a long-running dev server must not grow without limit. */
const SCORES_LIMIT = 4096;
function remember(a: TitleProfile, b: TitleProfile, score: number): void {
  if (a.scores.size >= SCORES_LIMIT) a.scores.clear();
  a.scores.set(b, score);
}

export function titleSimilarity(a: string, b: string): number {
  return profileSimilarity(titleProfile(a), titleProfile(b));
}

/**
 * Keys under which a title is indexed for fuzzy candidate search. Two titles that can
 * score ≥ the fuzzy threshold share at least one near-equal word (the word score must
 * exceed 0.2), and near-equal words almost always share the word itself, its first four
 * or its last four characters (a typo would have to hit both ends of the word).
 */
export function titleKeys(profile: TitleProfile): string[] {
  if (profile.keys) return profile.keys;
  const keys = new Set<string>();
  for (const {word} of profile.tokens) {
    keys.add(`w:${word}`);
    const chars = Array.from(word);
    if (chars.length >= 4) keys.add(`p:${chars.slice(0, 4).join('')}`);
    if (chars.length >= 5) keys.add(`s:${chars.slice(-4).join('')}`);
  }
  return (profile.keys = [...keys]);
}
