/**
 * The Roadmark model: what one roadmap document says, normalized.
 * Everything here is plain JSON (no classes, no Dates) so that it can be
 * written by `createData`, diffed, and compared byte for byte.
 */
import type {PhrasingContent} from 'mdast';
import type {RuleId, Severity} from './rules.js';

export type {RuleId, Severity};

export type Status = 'planned' | 'in-progress' | 'done' | 'dropped';
export const STATUSES: readonly Status[] = ['planned', 'in-progress', 'done', 'dropped'];

export type Granularity = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range';
export type Horizon = 'now' | 'next' | 'later';

/** A calendar interval. `start` and `end` are inclusive ISO dates (YYYY-MM-DD). */
export interface CalendarPeriod {
  start: string;
  end: string;
  granularity: Granularity;
  /** Canonical label, e.g. "2019 Q4", "2024 H1", "FY23 Q2", "Nov 2018", "2022–2023". */
  label: string;
  /** The exact source text the period was read from. */
  raw: string;
  /** "early 2019", "mid 2023", "by June 2025": the interval is a reading, not a statement. */
  approximate?: boolean;
}

/** A relative bucket (Now / Next / Later …) with no calendar date of its own. */
export interface HorizonPeriod {
  horizon: Horizon;
  label: string;
  raw: string;
  /** The document date the horizon is relative to (YYYY-MM-DD), when known. */
  anchor?: string | null;
}

export type Period = CalendarPeriod | HorizonPeriod;

export function isCalendarPeriod(period: Period | null | undefined): period is CalendarPeriod {
  return period != null && 'start' in period;
}

export function isHorizonPeriod(period: Period | null | undefined): period is HorizonPeriod {
  return period != null && 'horizon' in period;
}

/** Where an item was read from in the source. */
export type ItemKind = 'list-item' | 'table-row' | 'heading' | 'lettered';

/** Where an inherited value came from: the item itself or something around it. */
/** Where a field came from; 'release-schedule': the date of the item's release in a schedule table of the same document. */
export type Provenance = 'self' | 'parent' | 'heading' | 'label' | 'table' | 'front-matter' | 'default' | 'release-schedule';

export interface Item {
  /** Stable id: an explicit `{#id}` marker, else a slug of the title (deduplicated with -2, -3 …). */
  id: string;
  /** True when `id` came from an explicit `{#id}` marker (stable across renames), not from the title. */
  idExplicit?: boolean;
  /** Plain-text title with status markers, checkboxes and id markers removed. */
  title: string;
  /** The item's own inline markdown (lead paragraph / heading / title cell) as mdast, positions removed. */
  content: PhrasingContent[];
  /** Further prose that belongs to the item (paragraphs under a headed item, extra paragraphs in a list item). */
  description: PhrasingContent[][];
  kind: ItemKind;
  /** 1-based line and column where the item starts. */
  line: number;
  column: number;
  endLine: number;
  /** The raw heading path above the item (heading texts, outermost first). */
  section: string[];
  /** Canonical theme id (taxonomy or configured), or a slug of the raw theme, or null. */
  theme: string | null;
  /** The raw theme text the canonical id was derived from. */
  themeRaw: string | null;
  period: Period | null;
  periodFrom: Provenance | null;
  release: string | null;
  status: Status | null;
  /** The marker the status was read from ("[x]", "✅", "~~…~~", "Completed", a table cell …). */
  statusRaw: string | null;
  statusFrom: Provenance | null;
  links: string[];
  owners: string[];
  children: Item[];
}

/** A vfile-style message: always positioned, always with a rule id. */
export interface Diagnostic {
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  message: string;
  rule: RuleId;
}

export interface ThemeSummary {
  id: string;
  label: string;
  color: string | null;
  /** Raw section/label texts that were mapped to this theme. */
  raw: string[];
  count: number;
}

export interface Roadmap {
  /** The file path the caller handed in, if any. */
  file: string | null;
  title: string | null;
  /** The document's own date (YYYY-MM-DD) or null. */
  updated: string | null;
  updatedRaw: string | null;
  frontMatter: Record<string, unknown>;
  items: Item[];
  themes: ThemeSummary[];
  diagnostics: Diagnostic[];
  stats: RoadmapStats;
}

export interface RoadmapStats {
  /** All items, nested ones included. */
  items: number;
  byStatus: Record<Status | 'unknown', number>;
  scheduled: number;
  unscheduled: number;
}

/** User configuration of one theme (merged over the built-in taxonomy). */
export interface ThemeConfig {
  label?: string;
  aliases?: string[];
  keywords?: string[];
  color?: string;
}

/** January: fiscal quarters are calendar quarters unless a roadmap's site says otherwise. */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 1;

export interface ParseOptions {
  /** Path used in diagnostics and in the model. */
  file?: string;
  /** Month (1–12) in which the fiscal year starts; FY23 Q1 starts in this month. Default 1. */
  fiscalYearStartMonth?: number;
  /** Extra or overriding themes, keyed by canonical id. */
  themes?: Record<string, ThemeConfig>;
  /** Theme ids in display order (others follow, alphabetically). */
  themeOrder?: string[];
  /** Bytes above which a file is refused with a diagnostic. Default 1 MiB. */
  maxBytes?: number;
  /** List nesting depth beyond which items are folded into their ancestor with a diagnostic. Default 64. */
  maxDepth?: number;
}
