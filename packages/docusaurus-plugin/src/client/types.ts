/**
 * The shapes of the data the plugin hands to its pages (route props, createData
 * modules, global data). Plain JSON; shared by the server and the theme.
 */
import type {Roadmap, RoadmapStats, Status} from '@roadmark/core';

export type Zoom = 'month' | 'quarter' | 'half' | 'year';

/** Links between the pages of one instance. */
export interface RoadmapPermalinks {
  home: string;
  timeline: string;
  matrix: string;
  /** The instance's cross-roadmap matrix, when it has one. */
  comparison: string | null;
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
  roadmaps: {slug: string; title: string; timeline: string; matrix: string}[];
}
