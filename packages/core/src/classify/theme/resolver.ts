/**
 * Maps raw section headings, labels and item texts to canonical themes.
 *
 * Sections: an exact alias wins; else the best keyword score if it reaches 2 (one ordinary keyword);
 * else the section is its own theme, named by its slug. Items: only a strong, unambiguous signal
 * (score ≥ 3 and strictly above the runner-up) names a theme; otherwise null and the caller keeps the
 * section's theme. At equal scores the theme with the heavier single keyword wins ("Easy multi-GPU utilization
 * with Estimators": multi-GPU^3 against easy^1 + estimator^2 is scalability); equal score and equal peak is
 * ambiguous, so an item that names two themes equally strongly ("Data augmentation lineage comparison")
 * leaves the choice to its heading.
 *
 * User configuration merges over the built-ins: new ids add themes, known ids extend them (label/color
 * replace, aliases/keywords add). User aliases are registered first, so they win over built-in aliases;
 * user keywords weigh 3 unless they say otherwise (`^N`), above any built-in keyword of the same phrase.
 */
import type {ThemeConfig} from '../../model.js';
import {AliasTable, Matcher, parseKeyword, type KeywordSource, type ThemeScore} from './matcher.js';
import {slugify} from './slug.js';
import {BUILTIN_THEMES, type ThemeDefinition} from './taxonomy.js';
import {cleanHeading} from './tokens.js';

export interface ResolvedTheme {
  id: string;
  label: string;
  color: string | null;
  source: 'alias' | 'keyword' | 'slug';
  /** Alias matches score ALIAS_SCORE; keyword matches the sum of keyword weights; slugs 0. */
  score: number;
}

export interface ThemeResolver {
  resolveSection(raw: string): ResolvedTheme | null;
  /**
   * `inTopic`: the item sits under a heading, label or cell that names a topic; then only built-in
   * keywords may theme it (configured keywords theme items only where the document names no topic).
   */
  resolveItem(title: string, options?: {inTopic?: boolean}): ResolvedTheme | null;
  describe(id: string): {id: string; label: string; color: string | null};
}

export const ALIAS_SCORE = 100;
const SECTION_MIN = 2;
const ITEM_MIN = 3;
const USER_WEIGHT = 3;
const CACHE_LIMIT = 50_000;

interface CompiledTheme {
  id: string;
  label: string;
  color: string | null;
  configured: boolean;
}

interface Compiled {
  themes: CompiledTheme[];
  byId: Map<string, CompiledTheme>;
  aliases: AliasTable;
  matcher: Matcher;
  /** Built-in keywords only (the built-in compile's Matcher, shared by every resolver). */
  builtinMatcher: Matcher;
}

let builtinCompiled: Compiled | null = null;

export function createThemeResolver(config?: Record<string, ThemeConfig>): ThemeResolver {
  const hasConfig = config != null && Object.keys(config).length > 0;
  const compiled = hasConfig ? compile(config) : (builtinCompiled ??= compile({}));
  const slugs = new Map<string, string>();
  const sections = new Map<string, ResolvedTheme | null>();
  const items = new Map<string, ResolvedTheme | null>();
  const itemsInTopic = new Map<string, ResolvedTheme | null>();

  const resolved = (theme: CompiledTheme, source: ResolvedTheme['source'], score: number): ResolvedTheme =>
    ({id: theme.id, label: theme.label, color: theme.color, source, score});

  const best = (scores: ThemeScore[], min: number, strict: boolean): ResolvedTheme | null => {
    const [first, second] = scores;
    if (!first || first.score < min) return null;
    // Scores are sorted by score, then peak: an item is ambiguous only when the runner-up matches both.
    if (strict && second && second.score >= first.score && second.peak >= first.peak) return null;
    const theme = compiled.themes[first.theme];
    return theme ? resolved(theme, 'keyword', first.score) : null;
  };

  const resolveSection = (raw: string): ResolvedTheme | null => {
    const cleaned = cleanHeading(raw);
    if (!cleaned) return null;
    const alias = compiled.aliases.find(cleaned) ?? compiled.aliases.find(withoutParenthetical(cleaned));
    const aliased = alias === undefined ? undefined : compiled.themes[alias];
    if (aliased) return resolved(aliased, 'alias', ALIAS_SCORE);
    const keyword = best(compiled.matcher.score(cleaned), SECTION_MIN, false);
    if (keyword) return keyword;
    const id = slugify(cleaned);
    const known = compiled.byId.get(id);
    if (known) return resolved(known, 'slug', 0);
    if (!slugs.has(id)) slugs.set(id, cleaned);
    return {id, label: slugs.get(id) ?? cleaned, color: null, source: 'slug', score: 0};
  };

  const resolveItem = (title: string, matcher: Matcher): ResolvedTheme | null => {
    const text = title.trim();
    if (!text) return null;
    // Only a short title can be an alias form ("Model zoo", "TensorBoard").
    const alias = text.length <= 60 ? compiled.aliases.find(cleanHeading(text)) : undefined;
    const aliased = alias === undefined ? undefined : compiled.themes[alias];
    if (aliased) return resolved(aliased, 'alias', ALIAS_SCORE);
    return best(matcher.score(text), ITEM_MIN, true);
  };

  return {
    resolveSection: (raw) => cached(sections, raw, resolveSection),
    resolveItem: (title, options) =>
      options?.inTopic
        ? cached(itemsInTopic, title, (key) => resolveItem(key, compiled.builtinMatcher))
        : cached(items, title, (key) => resolveItem(key, compiled.matcher)),
    describe(id) {
      const theme = compiled.byId.get(id);
      if (theme) return {id: theme.id, label: theme.label, color: theme.color};
      return {id, label: slugs.get(id) ?? id, color: null};
    },
  };
}

function cached(cache: Map<string, ResolvedTheme | null>, key: string, compute: (key: string) => ResolvedTheme | null) {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** "TensorFlow Extended (TFX)" → "TensorFlow Extended". */
function withoutParenthetical(text: string): string {
  return text.replace(/\s*[(（[][^()（）[\]]*[)）\]]\s*$/u, '').trim();
}

function compile(config: Record<string, ThemeConfig>): Compiled {
  const definitions = new Map<string, ThemeDefinition>(BUILTIN_THEMES.map((t) => [t.id, t]));
  const themes: CompiledTheme[] = BUILTIN_THEMES.map((t) => ({id: t.id, label: t.label, color: t.color, configured: false}));
  const byId = new Map(themes.map((t) => [t.id, t]));
  for (const id of Object.keys(config)) {
    const user = config[id] ?? {};
    const existing = byId.get(id);
    if (existing) {
      if (user.label) existing.label = user.label;
      if (user.color) existing.color = user.color;
      existing.configured = true;
    } else {
      const theme: CompiledTheme = {id, label: user.label ?? id, color: user.color ?? null, configured: true};
      themes.push(theme);
      byId.set(id, theme);
    }
  }
  const index = new Map(themes.map((t, i) => [t.id, i]));

  const aliases = new AliasTable();
  const sources: KeywordSource[] = [];
  // User forms first: they win alias conflicts and outweigh built-in keywords.
  for (const id of Object.keys(config)) {
    const theme = index.get(id) ?? 0;
    const user = config[id] ?? {};
    for (const alias of user.aliases ?? []) aliases.add(alias, theme);
    for (const spec of user.keywords ?? []) {
      const [text, weight] = parseKeyword(spec, USER_WEIGHT);
      sources.push({theme, text, weight: weight + (weight > 0 ? 1 : 0)});
    }
    if (!definitions.has(id)) {
      aliases.add(id, theme);
      if (user.label) aliases.add(user.label, theme);
    }
  }
  for (const definition of BUILTIN_THEMES) {
    const theme = index.get(definition.id) ?? 0;
    aliases.add(definition.id, theme);
    aliases.add(definition.label, theme);
    for (const alias of definition.aliases) aliases.add(alias, theme);
    for (const spec of definition.keywords) {
      const [text, weight] = parseKeyword(spec);
      sources.push({theme, text, weight});
    }
  }
  const matcher = new Matcher(sources);
  // Built-in themes hold the same indices in every compile (they come first), so the built-in
  // compile's matcher scores them for this one too: it is built once, not once per configured resolver.
  const isBuiltin = Object.keys(config).length === 0;
  const builtinMatcher = isBuiltin ? matcher : (builtinCompiled ??= compile({})).matcher;
  return {themes, byId, aliases, matcher, builtinMatcher};
}
