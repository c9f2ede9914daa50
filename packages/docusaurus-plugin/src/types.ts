/** Server-side content of one plugin instance, as loadContent returns it. */
import type {Roadmap} from '@roadmark/core';

export interface RoadmapFile {
  /** URL segment(s) of the roadmap's pages, unique within the instance. */
  slug: string;
  /** Path relative to the instance folder, `/` separators. */
  source: string;
  /** Path relative to the site directory, `/` separators (for sitemap metadata and messages). */
  siteSource: string;
  /** Absolute path of the file actually read (the localized copy when there is one). */
  filePath: string;
  title: string;
  description: string;
  editUrl: string | null;
  roadmap: Roadmap;
}

export interface LoadedContent {
  files: RoadmapFile[];
}
