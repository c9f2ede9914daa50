/**
 * Compiled keyword tables and the scorer. Latin text is matched on stemmed word n-grams, longest
 * phrase first (so "performance profiling" counts for tooling and not also for performance); the
 * same n-gram is also tried written together ("multi-GPU" = "multigpu", "TensorFlow" = "Tensor Flow"), and a
 * one-word keyword matches words written apart or split at camelCase ("SavedModel" = "saved model" = "savedmodel").
 * A keyword with "…" (or "...") allows up to GAP_WORDS other words in its place, within one sentence
 * ("model … repository" finds "models into their own repositories"); gapped keywords are matched apart from
 * the longest-phrase scan, so they add to what it found. CJK keywords are matched by substring, longest first,
 * without overlaps.
 */
import {CJK, compactKey, prepare, stem, tokenize, type Token} from './tokens.js';

export interface Keyword {
  /** Index of the theme in the resolver's fixed order. */
  theme: number;
  weight: number;
  /** Distinct id: each keyword counts once per text. */
  id: number;
}

export interface ThemeScore {
  theme: number;
  score: number;
  /** Heaviest single keyword: at equal scores one specific word ("multi-GPU"^3) beats generic ones ("easy"^1 + "estimator"^2). */
  peak: number;
  /** Offset of the first matching keyword (earlier wins ties: "Documentation and Usability"). */
  position: number;
}

export interface KeywordSource {
  theme: number;
  text: string;
  weight: number;
}

const MAX_WORDS = 6;
/** Words a gapped keyword may skip ("models into their own repositories"). */
export const GAP_WORDS = 3;
/** A one-word keyword is also looked for across words only from this length: "u i" is not "ui". */
const MIN_JOINED = 5;
const GAP = /\s*(?:…|\.{3})\s*/;
/** Sentence punctuation (not "tf.data") that a gap never crosses. */
const SENTENCE_END = /[.;!?。；！？](?:\s|$)/;

interface GappedKeyword {
  /** Stemmed word runs in order, e.g. [["model"], ["repository"]]. */
  parts: string[][];
  keyword: Keyword;
}

/** "mixed precision^3" → ["mixed precision", 3]; no suffix = 2. */
export function parseKeyword(spec: string, fallback = 2): [string, number] {
  const m = /^(.*?)\^(\d+(?:\.\d+)?)$/.exec(spec.trim());
  return m ? [(m[1] ?? '').trim(), Number(m[2])] : [spec.trim(), fallback];
}

export class Matcher {
  private readonly latin = new Map<string, Keyword[]>();
  /** Word-boundary prefixes of the spaced keys ("mixed" for "mix precision"): worth reading one more word. */
  private readonly spacedPrefixes = new Set<string>();
  /** Character prefixes of multiword keywords written together ("multig" for "multigpu"). */
  private readonly joinedPrefixes = new Set<string>();
  private readonly cjk: Array<{text: string; keyword: Keyword}> = [];
  /** Gapped keywords by the stem of their first word. */
  private readonly gapped = new Map<string, GappedKeyword[]>();
  private maxWords = 1;
  private nextId = 0;

  constructor(sources: KeywordSource[]) {
    for (const source of sources) this.add(source);
    this.cjk.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }

  private add({theme, text, weight}: KeywordSource): void {
    if (!text) return;
    const keyword: Keyword = {theme, weight, id: this.nextId++};
    if (CJK.test(text)) {
      this.cjk.push({text: text.replace(/\s+/g, ''), keyword});
      return;
    }
    if (GAP.test(text)) {
      this.addGapped(text, keyword);
      return;
    }
    const words = tokenize(prepare(text));
    if (words.length === 0) return;
    this.maxWords = Math.min(MAX_WORDS, Math.max(this.maxWords, words.length));
    const stems = words.map((w) => w.stem);
    this.put(stems.join(' '), keyword);
    for (let n = 1; n < stems.length; n += 1) this.spacedPrefixes.add(stems.slice(0, n).join(' '));
    if (words.length > 1) {
      const joined = words.map((w) => w.word).join('');
      this.put(stem(joined), keyword);
      for (let n = 1; n < joined.length; n += 1) this.joinedPrefixes.add(joined.slice(0, n));
    } else if (words[0]!.word.length >= MIN_JOINED) {
      const word = words[0]!.word;
      for (let n = 1; n < word.length; n += 1) this.joinedPrefixes.add(word.slice(0, n));
    }
  }

  private addGapped(text: string, keyword: Keyword): void {
    const parts = text.split(GAP).map((part) => tokenize(prepare(part)).map((w) => w.stem)).filter((part) => part.length > 0);
    const first = parts[0]?.[0];
    if (parts.length < 2 || first === undefined) return;
    const list = this.gapped.get(first);
    if (list) list.push({parts, keyword});
    else this.gapped.set(first, [{parts, keyword}]);
  }

  private put(key: string, keyword: Keyword): void {
    const list = this.latin.get(key);
    if (!list) this.latin.set(key, [keyword]);
    // The same phrase twice for one theme (alias and keyword): keep the heavier.
    else {
      const same = list.find((k) => k.theme === keyword.theme);
      if (!same) list.push(keyword);
      else if (same.weight < keyword.weight) list[list.indexOf(same)] = keyword;
    }
  }

  /** Scores per theme, best first; ties by position, then by theme order. */
  score(text: string): ThemeScore[] {
    const prepared = prepare(text);
    const scores = new Map<number, ThemeScore>();
    const seen = new Set<number>();
    const hit = (keywords: Keyword[], position: number): void => {
      for (const keyword of keywords) {
        if (seen.has(keyword.id) || keyword.weight <= 0) continue;
        seen.add(keyword.id);
        const entry = scores.get(keyword.theme);
        if (entry) {
          entry.score += keyword.weight;
          entry.peak = Math.max(entry.peak, keyword.weight);
          entry.position = Math.min(entry.position, position);
        } else scores.set(keyword.theme, {theme: keyword.theme, score: keyword.weight, peak: keyword.weight, position});
      }
    };

    const tokens = tokenize(prepared);
    for (let i = 0; i < tokens.length; ) {
      // Grow the phrase word by word while some keyword still starts with it; keep the longest hit.
      let longest = 0;
      let found: Keyword[] | undefined;
      let spaced = '';
      let joined = '';
      let spacedAlive = true;
      let joinedAlive = true;
      for (let n = 1; n <= this.maxWords && i + n <= tokens.length && (spacedAlive || joinedAlive); n += 1) {
        const token = tokens[i + n - 1] as Token;
        if (spacedAlive) {
          spaced = n === 1 ? token.stem : `${spaced} ${token.stem}`;
          const keywords = this.latin.get(spaced);
          if (keywords) [longest, found] = [n, keywords];
          spacedAlive = this.spacedPrefixes.has(spaced);
        }
        if (joinedAlive) {
          joined += token.word;
          if (n > 1 && n > longest) {
            const keywords = this.latin.get(stem(joined));
            if (keywords) [longest, found] = [n, keywords];
          }
          joinedAlive = this.joinedPrefixes.has(joined);
        }
      }
      if (found) hit(found, tokens[i]?.offset ?? 0);
      i += longest || 1;
    }

    if (this.gapped.size > 0) {
      tokens.forEach((token, i) => {
        for (const gapped of this.gapped.get(token.stem) ?? []) {
          if (matchGapped(gapped.parts, tokens, i, prepared)) hit([gapped.keyword], token.offset);
        }
      });
    }

    if (CJK.test(prepared)) {
      const compact = prepared;
      const taken = new Uint8Array(compact.length);
      for (const {text: word, keyword} of this.cjk) {
        for (let at = compact.indexOf(word); at >= 0; at = compact.indexOf(word, at + 1)) {
          if (taken.subarray(at, at + word.length).some(Boolean)) continue;
          taken.fill(1, at, at + word.length);
          hit([keyword], at);
        }
      }
    }

    return [...scores.values()].sort((a, b) => b.score - a.score || b.peak - a.peak || a.position - b.position || a.theme - b.theme);
  }
}

/** Do the word runs follow each other from token `start`, each at most GAP_WORDS words after the last, in one sentence? */
function matchGapped(parts: string[][], tokens: Token[], start: number, prepared: string): boolean {
  let at = start;
  for (const [index, part] of parts.entries()) {
    const latest = index === 0 ? at : Math.min(at + GAP_WORDS, tokens.length - part.length);
    let found = -1;
    for (let from = at; from <= latest && found < 0; from += 1) {
      if (part.every((stem, k) => tokens[from + k]?.stem === stem)) found = from;
    }
    if (found < 0) return false;
    if (index > 0) {
      const previous = tokens[at - 1] as Token;
      const between = prepared.slice(previous.offset + previous.word.length, (tokens[found] as Token).offset);
      if (SENTENCE_END.test(between)) return false;
    }
    at = found + part.length;
  }
  return true;
}

/** Exact heading forms → theme; the first registration of a key wins (user aliases go first). */
export class AliasTable {
  private readonly table = new Map<string, number>();

  add(alias: string, theme: number): void {
    const key = compactKey(alias);
    if (key && !this.table.has(key)) this.table.set(key, theme);
  }

  find(text: string): number | undefined {
    return this.table.get(compactKey(text));
  }
}
