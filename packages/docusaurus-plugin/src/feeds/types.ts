/** The input of the roadmap change feeds: one entry per version, saying what changed since the previous one. */

/** Change counts of one version, shaped like @roadmark/core's DiffSummary (which is assignable to it). */
export interface FeedSummary {
  total: number;
  /** Keyed by change kind: added, dropped, rescheduled, status, retitled, theme, release, links. */
  byKind: Readonly<Record<string, number>>;
}

export interface FeedChange {
  kind: string;
  /** One readable line, e.g. "“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3". Plain text, never HTML. */
  summary: string;
  /** Where the item is shown (absolute, or relative to the site URL); null when nowhere. */
  url: string | null;
}

export interface FeedEntry {
  /** Stable across builds: feed readers use it to tell new entries from seen ones. */
  id: string;
  /** The version's name (e.g. a git ref or "1.1"). */
  version: string;
  /** What readers see, e.g. "1.1" or "Feb 2018". */
  label: string;
  /** YYYY-MM-DD, or null when the version has no known date. */
  date: string | null;
  /** The version's page (absolute, or relative to the site URL). */
  url: string;
  summary: FeedSummary;
  changes: FeedChange[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute site URL, e.g. "https://example.com/": relative URLs are resolved against it. */
  siteUrl: string;
  /** Absolute base of the feed files: the self links are `<feedUrl>/rss.xml`, `/atom.xml` and `/feed.json`. */
  feedUrl: string;
  /** The roadmap's page. */
  homeUrl: string;
  /** BCP 47 tag, e.g. "en" or "zh-Hans". */
  language: string;
  /** Newest first. */
  entries: FeedEntry[];
}
