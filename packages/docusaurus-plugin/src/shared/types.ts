/**
 * The shapes of the data the plugin hands to its pages (route props, createData
 * modules, global data). Plain JSON; shared by the server and the theme.
 */
import type {Roadmap, RoadmapStats, Status} from '@roadmark/core';
import type {Change, DiffSummary} from '@roadmark/core/diff';
import type {RoadmapHistory, SlipReport} from '@roadmark/core/history';

export type Zoom = 'month' | 'quarter' | 'half' | 'year';

/** Links between the pages of one instance. */
export interface RoadmapPermalinks {
  home: string;
  timeline: string;
  matrix: string;
  /** The instance's cross-roadmap matrix (of this version), when it has one. */
  comparison: string | null;
  /** The roadmap's history across versions (`<base>/<slug>/history`), when the instance has two or more versions. */
  history: string | null;
  /** The instance's change log (`<base>/changes`), when it has two or more versions. */
  changes: string | null;
}

/** 'unreleased': the working version while a released one is the default; 'unmaintained': an older snapshot. */
export type VersionBanner = 'none' | 'unreleased' | 'unmaintained';

/** One version of an instance's roadmaps. `current` is the working folder. */
export interface RoadmapVersionMetadata {
  name: string;
  label: string;
  /** URL of the version's home page (the instance's base path for the last version). */
  path: string;
  /** The default version, served without a version segment. */
  isLast: boolean;
  banner: VersionBanner;
  noIndex: boolean;
  /** YYYY-MM-DD: the version's configured date, its git tag/commit date, or the newest `updated` of its roadmaps. */
  date: string | null;
  source: 'working' | 'snapshot' | 'git';
  /** Slugs of the roadmaps this version holds (the dropdown keeps the reader on the same roadmap when it can). */
  roadmaps: string[];
}

/** What a page needs to know about the version it belongs to (absent when the instance is not versioned). */
export interface RoadmapVersionContext {
  version: RoadmapVersionMetadata;
  /** The same page in the last version, or the last version's home when the roadmap is not in it. */
  latestPermalink: string;
  lastVersionLabel: string;
}

/** One roadmap document: the large createData module behind its timeline and matrix pages. */
export interface RoadmapDocumentData {
  pluginId: string;
  slug: string;
  title: string;
  description: string;
  /** Path of the file relative to the instance folder, `/` separators. */
  source: string;
  /** Where to read or edit the file; item links append `#L<line>`. */
  editUrl: string | null;
  permalinks: RoadmapPermalinks;
  defaultZoom: Zoom;
  fiscalYearStartMonth: number;
  roadmap: Roadmap;
  /**
   * When `roadmap` is a translation and only some versions of the roadmap are translated: the
   * untranslated file's roadmap (same item ids), which comparisons with other versions read.
   */
  compareRoadmap?: Roadmap;
  /** Set when the instance has versions. */
  versionContext?: RoadmapVersionContext;
  /**
   * Item id → lineage key on the history page (`permalinks.history + '#' + key`), only where they differ
   * (items of older versions whose id changed later). Absent key: the item's own id.
   */
  historyKeys?: Record<string, string>;
}

export interface ThemeCount {
  id: string;
  label: string;
  color: string | null;
  count: number;
}

/** What the home page shows about one roadmap: small enough to be a route prop. */
export interface RoadmapSummary {
  slug: string;
  title: string;
  description: string;
  updated: string | null;
  source: string;
  permalinks: RoadmapPermalinks;
  stats: RoadmapStats;
  themes: ThemeCount[];
  diagnostics: number;
}

export interface RoadmapHomeData {
  pluginId: string;
  title: string;
  description: string;
  comparisonPermalink: string | null;
  roadmaps: RoadmapSummary[];
  versionContext?: RoadmapVersionContext;
  /** The instance's change log, when it has two or more versions. */
  changesPermalink?: string | null;
}

export type StatusCounts = Record<Status | 'unknown', number>;

/** The cross-roadmap matrix: canonical themes × the instance's roadmaps. */
export interface RoadmapComparisonData {
  pluginId: string;
  title: string;
  description: string;
  homePermalink: string;
  roadmaps: {slug: string; title: string; permalink: string}[];
  themes: {id: string; label: string; color: string | null}[];
  /** cells[themeId][slug]: item counts of that theme in that roadmap (absent = none). */
  cells: Record<string, Record<string, {count: number; byStatus: StatusCounts; items: string[]}>>;
}

/** Global data, kept tiny: it is loaded on every page of the site. */
export interface RoadmapGlobalData {
  path: string;
  comparisonPermalink: string | null;
  /** Roadmaps of the last version. */
  roadmaps: {slug: string; title: string; timeline: string; matrix: string}[];
  /** Newest first; a single `current` entry when the instance has no versions. */
  versions: RoadmapVersionMetadata[];
  lastVersion: string;
  changesPermalink: string | null;
}

/** A version as the comparison pages name it. */
export interface VersionRef {
  name: string;
  label: string;
  date: string | null;
  /** The version's home page. */
  path: string;
}

/** How one roadmap changed between two versions. */
export interface RoadmapChangeSet {
  slug: string;
  title: string;
  /** 'added' / 'dropped': the whole roadmap file appeared in / vanished from the newer version. */
  presence: 'both' | 'added' | 'dropped';
  fromPermalink: string | null;
  toPermalink: string | null;
  historyPermalink: string | null;
  summary: DiffSummary;
  changes: Change[];
  /** Theme id → label and color, of both versions. */
  themes: Record<string, {label: string; color: string | null}>;
}

/** What changed between two versions, over every roadmap of the instance. */
export interface RoadmapVersionComparison {
  from: VersionRef;
  to: VersionRef;
  summary: DiffSummary;
  roadmaps: RoadmapChangeSet[];
}

/** `<base>/changes/<from>/<to>`: one precomputed comparison. */
export interface RoadmapComparePageData {
  pluginId: string;
  title: string;
  description: string;
  changesPermalink: string;
  comparison: RoadmapVersionComparison;
  noIndex: boolean;
}

/** What the per-kind counts leave out: which way rescheduled items moved, and how many status changes are "done". */
export interface MoveCounts {
  slipped: number;
  pulledIn: number;
  done: number;
}

/** `<base>/changes`: the change log of the instance, feeds, and the any-two-versions picker. */
export interface RoadmapChangeLogData {
  pluginId: string;
  title: string;
  description: string;
  homePermalink: string;
  /** Newest first. */
  versions: RoadmapVersionMetadata[];
  /** Each adjacent pair, newest first: what changed in `to` since `from`. */
  steps: {from: VersionRef; to: VersionRef; permalink: string; summary: DiffSummary; moves: MoveCounts}[];
  /** Each older version against the last one. */
  againstLatest: {from: VersionRef; to: VersionRef; permalink: string; summary: DiffSummary}[];
  /** Precomputed compare pages, keyed `${from}/${to}` (version names): the picker links to these when they exist. */
  comparePermalinks: Record<string, string>;
  feeds: {rss: string; atom: string; json: string};
  roadmaps: {slug: string; title: string; history: string}[];
}

/** `<base>/<slug>/history`: every item of one roadmap across the versions that hold it. */
export interface RoadmapHistoryPageData {
  pluginId: string;
  slug: string;
  title: string;
  description: string;
  changesPermalink: string;
  /** Oldest first, as the history's version indexes count. `permalink`: this roadmap's timeline in that version, if it has it. */
  versions: (VersionRef & {permalink: string | null})[];
  history: Omit<RoadmapHistory, 'steps'>;
  slips: SlipReport;
  themes: Record<string, {label: string; color: string | null}>;
}
