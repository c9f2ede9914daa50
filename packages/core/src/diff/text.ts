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

/** Precomputed features of one title, so that comparing two titles does not re-read them. */
export interface TitleProfile {
  normalized: string;
  /** Normalized title without bracketed asides (equal to `normalized` when there are none). */
  core: string;
  tokens: string[];
  bigrams: Map<string, number>;
  bigramCount: number;
}

function wordBigrams(word: string, into: Map<string, number>): number {
  const padded = `\u0002${word}\u0003`;
  const chars = Array.from(padded);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    into.set(gram, (into.get(gram) ?? 0) + 1);
  }
  return chars.length - 1;
}

export function titleProfile(title: string): TitleProfile {
  const normalized = normalizeTitle(title);
  const tokens = titleTokens(normalized);
  const bigrams = new Map<string, number>();
  let bigramCount = 0;
  for (const token of tokens) bigramCount += wordBigrams(token, bigrams);
  return {normalized, core: coreTitle(title) ?? normalized, tokens, bigrams, bigramCount};
}

function bigramDice(a: Map<string, number>, aCount: number, b: Map<string, number>, bCount: number): number {
  if (aCount + bCount === 0) return 0;
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / (aCount + bCount);
}

/** Two words name the same thing: equal, one abbreviates the other ("auth"/"authentication"), or a typo apart. */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  if (short.length < 4) return false;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let similar = similarCache.get(key);
  if (similar === undefined) {
    const ga = gramsOf(a);
    const gb = gramsOf(b);
    similar = bigramDice(ga.grams, ga.count, gb.grams, gb.count) >= 0.7;
    remember(similarCache, key, similar);
  }
  return similar;
}

/*
 * A roadmap with many versions compares the same words again and again (every
 * version pair, every candidate title): letter pairs and verdicts are cached.
 * Pure functions of their keys, so caching changes no result; bounded so a
 * long-running process does not grow without limit.
 */
const CACHE_LIMIT = 100_000;
const gramCache = new Map<string, {grams: Map<string, number>; count: number}>();
const similarCache = new Map<string, boolean>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

function gramsOf(word: string): {grams: Map<string, number>; count: number} {
  let entry = gramCache.get(word);
  if (!entry) {
    const grams = new Map<string, number>();
    entry = {grams, count: wordBigrams(word, grams)};
    remember(gramCache, word, entry);
  }
  return entry;
}

/** How many words of `a` pair with a word of `b`: exact pairs first, then near-equal words, each word once. */
function pairedWords(a: string[], b: string[]): number {
  const used = new Array<boolean>(b.length).fill(false);
  const pending: string[] = [];
  let matched = 0;
  for (const word of a) {
    const at = b.findIndex((other, i) => !used[i] && other === word);
    if (at >= 0) {
      used[at] = true;
      matched++;
    } else pending.push(word);
  }
  for (const word of pending) {
    const at = b.findIndex((other, i) => !used[i] && similarWords(word, other));
    if (at >= 0) {
      used[at] = true;
      matched++;
    }
  }
  return matched;
}

/**
 * Word score: Dice over paired words, raised when every word of a title of two or more
 * words reappears in the other ("Kafka source" → "Kafka source with push support").
 */
function wordScore(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Pairing is greedy in the order of its first argument; take the better order to stay symmetric.
  const matched = Math.max(pairedWords(a, b), pairedWords(b, a));
  const dice = (2 * matched) / (a.length + b.length);
  const shorter = Math.min(a.length, b.length);
  const contained = shorter >= 2 && matched === shorter ? 0.9 : 0;
  return Math.max(dice, contained);
}

/** 0..1; symmetric. ≥ 0.6 is treated as "the same item, retitled". */
export function profileSimilarity(a: TitleProfile, b: TitleProfile): number {
  if (a.normalized === b.normalized) return 1;
  const words = wordScore(a.tokens, b.tokens);
  const chars = bigramDice(a.bigrams, a.bigramCount, b.bigrams, b.bigramCount);
  return (words + chars) / 2;
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
  const keys = new Set<string>();
  for (const token of profile.tokens) {
    keys.add(`w:${token}`);
    const chars = Array.from(token);
    if (chars.length >= 4) keys.add(`p:${chars.slice(0, 4).join('')}`);
    if (chars.length >= 5) keys.add(`s:${chars.slice(-4).join('')}`);
  }
  return [...keys];
}
