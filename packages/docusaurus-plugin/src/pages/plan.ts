/**
 * What the pages step produces: routes, data files, global data and feeds as
 * plain data. Nothing here talks to Docusaurus; src/routes.ts hands a plan to
 * createData / addRoute / setGlobalData in one place.
 */
import type {RouteMetadata} from '@docusaurus/types';
import type {RoadmapDocumentData, RoadmapGlobalData} from '../shared/types.js';
import type {LoadedVersion, RoadmapFile} from '../load/types.js';
import type {ChangeFeedEntry} from './feed-entries.js';

/** A module of the plugin's data folder: `name` as createData takes it, `contents` the JSON text. */
export interface PlannedDataFile {
  name: string;
  contents: string;
}

/** A route as Docusaurus takes it, except that `modules` name data files of the plan instead of their paths. */
export interface PlannedRoute {
  path: string;
  component: string;
  exact: true;
  /** Small data, inlined into the route. */
  props?: Record<string, unknown>;
  /** Module key → name of a PlannedDataFile. */
  modules?: Record<string, string>;
  metadata?: RouteMetadata;
}

/** One roadmap of one version as its timeline and matrix pages receive it. */
export interface PlannedDocument {
  file: RoadmapFile;
  data: RoadmapDocumentData;
}

/** The documents of one version (the global data and the comparisons read them). */
export interface PlannedVersion {
  version: LoadedVersion;
  documents: PlannedDocument[];
}

export interface FeedUrls {
  rss: string;
  atom: string;
  json: string;
}

/** The change feeds of a versioned instance: announced in every page's head, written after the build. */
export interface FeedPlan {
  urls: FeedUrls;
  /** One entry per adjacent pair of versions, newest first. */
  entries: ChangeFeedEntry[];
}

export interface PagesPlan {
  /** In the order they are created. */
  dataFiles: PlannedDataFile[];
  /** In the order they are added. */
  routes: PlannedRoute[];
  globalData: RoadmapGlobalData;
  /** Null without versions or with `feeds: false`. */
  feeds: FeedPlan | null;
}

/** Routes and data files as the planning functions collect them. */
export interface PageSink {
  dataFiles: PlannedDataFile[];
  routes: PlannedRoute[];
}

/** Adds a data file and returns its name, for the route that uses it. */
export function addDataFile(sink: PageSink, name: string, data: unknown): string {
  sink.dataFiles.push({name, contents: JSON.stringify(data)});
  return name;
}
