/** Server-side content of one plugin instance, as loadContent returns it. */
import type {Roadmap} from '@roadmark/core';
import type {RoadmapVersionMetadata} from '../shared/types.js';
import type {HistoryDiffs} from './history-diffs.js';

export interface RoadmapFile {
  /** URL segment(s) of the roadmap's pages, unique within the instance. */
  slug: string;
  /** Path relative to the instance folder, `/` separators. */
  source: string;
  /** Path relative to the site directory (or `git:<rev>:<path>`), `/` separators, for sitemap metadata and messages. */
  siteSource: string;
  /** Absolute path of the file actually read (the localized copy when there is one); null when read from git. */
  filePath: string | null;
  title: string;
  description: string;
  editUrl: string | null;
  roadmap: Roadmap;
  /**
   * The untranslated file's roadmap, when `roadmap` is a translation and the roadmap is translated in
   * some versions only (translated.ts): its history and comparisons read this one.
   */
  sourceRoadmap?: Roadmap;
}

/** One version of the instance's roadmaps: the working folder, a snapshot folder, or a git revision. */
export interface LoadedVersion {
  metadata: RoadmapVersionMetadata;
  files: RoadmapFile[];
}

export interface LoadedContent {
  /** Newest first, as the versions file lists them (the working version first when it is included). */
  versions: LoadedVersion[];
  /** Adjacent-version diffs made while the files parsed, for the histories (load/history-diffs.ts); only with versions. */
  historyDiffs?: HistoryDiffs;
}

/** The version served at the instance's base path. */
export function lastVersionOf(content: LoadedContent): LoadedVersion {
  return content.versions.find((v) => v.metadata.isLast) ?? content.versions[0]!;
}
