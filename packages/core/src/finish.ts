/**
 * Turns item drafts into model items: stable ids, canonical themes, counts.
 * Runs after the whole document has been read, because ids and duplicates
 * depend on every item.
 */
import {slugify, type ResolvedTheme, type ThemeResolver} from './classify/theme/index.js';
import type {Draft} from './extract/draft.js';
import type {Diagnostic, Item, ParseOptions, RoadmapStats, Status, ThemeSummary} from './model.js';

export interface Finished {
  items: Item[];
  themes: ThemeSummary[];
  stats: RoadmapStats;
}

export function finishItems(drafts: Draft[], options: ParseOptions, diagnostics: Diagnostic[], resolver: ThemeResolver): Finished {
  const usedIds = new Map<string, Draft>();
  // Titles seen per section (by its texts joined: markdown text never holds U+0000); items of one section
  // share its array, so each array is looked up once.
  const seenTitles = new Map<string, Map<string, Draft>>();
  const bySection = new Map<string[], Map<string, Draft>>();
  const titlesIn = (section: string[]): Map<string, Draft> => {
    let titles = bySection.get(section);
    if (!titles) {
      const key = section.join('\u0000');
      titles = seenTitles.get(key);
      if (!titles) seenTitles.set(key, (titles = new Map()));
      bySection.set(section, titles);
    }
    return titles;
  };
  const themes = new Map<string, ThemeSummary>();
  const stats: RoadmapStats = {items: 0, byStatus: {planned: 0, 'in-progress': 0, done: 0, dropped: 0, unknown: 0}, scheduled: 0, unscheduled: 0};

  // Explicit ids claim their names first so that a slug never steals one.
  const explicit = new Set<string>();
  forEach(drafts, (draft) => {
    if (!draft.explicitId) return;
    if (explicit.has(draft.explicitId)) {
      diagnostics.push({line: draft.line, column: draft.column, severity: 'error', message: `Duplicate id "${draft.explicitId}": ids must be unique in a roadmap`, rule: 'duplicate-id'});
    }
    explicit.add(draft.explicitId);
  });

  /** `parentSlug` is the slug of the parent's title, computed once for all its children. */
  const toItem = (draft: Draft, parent: Item | null, parentSlug: string | null): Item => {
    const theme = resolveTheme(draft, parent, resolver);
    const slug = slugify(draft.title);
    const id = assignId(draft, slug, parent ? parentSlug : theme?.id ?? null, usedIds, explicit);
    const titles = titlesIn(draft.section);
    const titleKey = draft.title.toLowerCase();
    const twin = titles.get(titleKey);
    if (twin && draft.title) {
      diagnostics.push({line: draft.line, column: draft.column, severity: 'info', message: `Duplicate item "${draft.title}" (also on line ${twin.line})`, rule: 'duplicate-item'});
    } else titles.set(titleKey, draft);

    const item: Item = {
      id,
      idExplicit: draft.explicitId !== null && usedIds.get(id) === draft,
      title: draft.title,
      content: draft.content,
      description: draft.description,
      kind: draft.kind,
      line: draft.line,
      column: draft.column,
      endLine: draft.endLine,
      section: draft.section,
      theme: theme?.id ?? null,
      themeRaw: themeRawOf(draft),
      period: draft.period,
      periodFrom: draft.periodFrom,
      release: draft.release,
      status: draft.status,
      statusRaw: draft.statusRaw,
      statusFrom: draft.statusFrom,
      links: draft.links,
      owners: draft.owners,
      children: [],
    };
    count(item, draft.status, stats);
    if (theme) addTheme(themes, theme, resolver, item.themeRaw);
    item.children = draft.children.map((child) => toItem(child, item, slug));
    return item;
  };

  const items = drafts.map((draft) => toItem(draft, null, null));
  return {items, themes: orderThemes(themes, options.themeOrder), stats};
}

function forEach(drafts: Draft[], visit: (draft: Draft) => void): void {
  const pending = [...drafts].reverse();
  while (pending.length > 0) {
    const draft = pending.pop()!;
    visit(draft);
    for (let i = draft.children.length - 1; i >= 0; i--) pending.push(draft.children[i]!);
  }
}

function count(item: Item, status: Status | null, stats: RoadmapStats): void {
  stats.items++;
  stats.byStatus[status ?? 'unknown']++;
  if (item.period) stats.scheduled++;
  else stats.unscheduled++;
}

/**
 * An item's own words win when they clearly name a built-in theme ("Mixed precision
 * training" is performance wherever it sits); a configured keyword only where no
 * heading, label or cell above the item names a topic, so a site's "models" keyword
 * does not move "Test the model security." out of "MindArmour Security Hardening
 * Package". Else the nearest heading, label or parent that maps to a known theme;
 * else the slug of the nearest heading; else the parent item's theme, so a group
 * and its children share a lane.
 */
function resolveTheme(draft: Draft, parent: Item | null, resolver: ThemeResolver): ResolvedTheme | null {
  const inTopic = draft.themeCandidates.some((candidate) => candidate.from !== 'parent');
  const own = draft.title ? resolver.resolveItem(draft.title, {inTopic}) : null;
  if (own) return own;
  for (const candidate of draft.themeCandidates) {
    const resolved = resolver.resolveSection(candidate.text);
    if (resolved && resolved.source !== 'slug') return resolved;
  }
  const topic = draft.themeCandidates.find((candidate) => candidate.from !== 'parent');
  if (topic) return resolver.resolveSection(topic.text);
  if (parent?.theme) return {...resolver.describe(parent.theme), source: 'slug', score: 0};
  if (draft.children.length > 0 && draft.title) return resolver.resolveSection(draft.title);
  return null;
}

function themeRawOf(draft: Draft): string | null {
  return draft.themeCandidates.find((candidate) => candidate.from !== 'parent')?.text ?? draft.themeCandidates[0]?.text ?? null;
}

/** `context` qualifies a taken slug: the parent's title slug, or for a top-level item its theme. */
function assignId(draft: Draft, slug: string, context: string | null, used: Map<string, Draft>, explicit: Set<string>): string {
  if (draft.explicitId && !used.has(draft.explicitId)) {
    used.set(draft.explicitId, draft);
    return draft.explicitId;
  }
  const base = slug || `item-${draft.line}`;
  if (!used.has(base) && !explicit.has(base)) {
    used.set(base, draft);
    return base;
  }
  const qualified = context ? `${context}-${base}`.slice(0, 96) : null;
  if (qualified && !used.has(qualified) && !explicit.has(qualified)) {
    used.set(qualified, draft);
    return qualified;
  }
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate) && !explicit.has(candidate)) {
      used.set(candidate, draft);
      return candidate;
    }
  }
}

function addTheme(themes: Map<string, ThemeSummary>, theme: ResolvedTheme, resolver: ThemeResolver, raw: string | null): void {
  let summary = themes.get(theme.id);
  if (!summary) {
    const described = resolver.describe(theme.id);
    summary = {id: theme.id, label: described.label, color: described.color, raw: [], count: 0};
    themes.set(theme.id, summary);
  }
  summary.count++;
  if (raw && !summary.raw.includes(raw)) summary.raw.push(raw);
}

function orderThemes(themes: Map<string, ThemeSummary>, order: string[] | undefined): ThemeSummary[] {
  const rank = new Map((order ?? []).map((id, index) => [id, index]));
  return [...themes.values()].sort((a, b) => {
    const ra = rank.get(a.id) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b.id) ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    return b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
