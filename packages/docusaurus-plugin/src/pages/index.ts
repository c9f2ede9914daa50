/**
 * Loaded content → the plan of an instance's pages, as data: per version a
 * home page, a timeline and a matrix page per roadmap and a cross-roadmap
 * matrix; with two or more versions also the compare pages, the change log,
 * a history page per roadmap and the change feeds; and the global data.
 * Pure: no Docusaurus actions, no I/O (src/routes.ts applies the plan).
 */
import type {PluginOptions} from '../options.js';
import type {LoadedContent} from '../load/types.js';
import {instanceBasePath} from '../load/versions/index.js';
import {planChangePages} from './changes.js';
import {toGlobalData} from './global-data.js';
import {historiesBySlug, planHistoryPages} from './history.js';
import {changesPermalink, feedUrls} from './permalinks.js';
import type {FeedPlan, PageSink, PagesPlan} from './plan.js';
import {planVersionPages, type Versioning} from './version.js';

export type * from './plan.js';

/** `baseUrl`: the site's, with the current locale (LoadContext.baseUrl). */
export function planPages(content: LoadedContent, options: PluginOptions, baseUrl: string): PagesPlan {
  const basePath = instanceBasePath(baseUrl, options);
  const sink: PageSink = {dataFiles: [], routes: []};
  const versioning: Versioning | null =
    content.versions.length >= 2 ? {changesPermalink: changesPermalink(basePath), histories: historiesBySlug(content)} : null;
  const planned = content.versions.map((version) => planVersionPages(sink, content, version, options, basePath, versioning));

  let feeds: FeedPlan | null = null;
  if (versioning) {
    const urls = feedUrls(versioning.changesPermalink);
    const entries = planChangePages(sink, content, planned, versioning.histories, options, basePath, versioning.changesPermalink, urls);
    planHistoryPages(sink, versioning.histories, options, basePath, versioning.changesPermalink);
    if (options.feeds) feeds = {urls, entries};
  }
  return {...sink, globalData: toGlobalData(content, planned, versioning?.changesPermalink ?? null), feeds};
}
