/**
 * Compiled keyword tables and the scorer. Latin text is matched on stemmed word n-grams, longest
 * phrase first (so "performance profiling" counts for tooling and not also for performance); the
 * same n-gram is also tried written together ("multi-GPU" = "multigpu", "TensorFlow" = "Tensor Flow").
 * CJK keywords are matched by substring, longest first, without overlaps.
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
  /** Offset of the first matching keyword (earlier wins ties: "Documentation and Usability"). */
  position: number;
}

export interface KeywordSource {
  theme: number;
  text: string;
  weight: number;
}

const MAX_WORDS = 6;

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
    }
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
          entry.position = Math.min(entry.position, position);
        } else scores.set(keyword.theme, {theme: keyword.theme, score: keyword.weight, position});
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

    return [...scores.values()].sort((a, b) => b.score - a.score || a.position - b.position || a.theme - b.theme);
  }
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
