/**
 * Every URL and data-file name the pages use, in one place: the timeline,
 * matrix, comparison, history and change pages, and the feeds.
 */
import {docuHash, normalizeUrl} from '@docusaurus/utils';
import type {PluginOptions} from '../options.js';
import type {LoadedVersion, RoadmapFile} from '../load/types.js';
import type {RoadmapPermalinks} from '../shared/types.js';
import {CHANGES_SEGMENT, COMPARISON_SEGMENT, HISTORY_SEGMENT, MATRIX_SEGMENT} from '../constants.js';
import {versionSegment} from '../load/versions/index.js';
import {FEED_FILES} from '../feeds/index.js';
import type {FeedUrls} from './plan.js';

export function hasComparison(options: PluginOptions, version: LoadedVersion): boolean {
  return options.comparison && version.files.length >= 2;
}

/** The cross-roadmap matrix of a version. */
export function comparisonPermalink(version: LoadedVersion): string {
  return normalizeUrl([version.metadata.path, COMPARISON_SEGMENT]);
}

/** The change log of a versioned instance: `<base>/changes`. */
export function changesPermalink(basePath: string): string {
  return normalizeUrl([basePath, CHANGES_SEGMENT]);
}

/** One page per roadmap across every version: `<base>/<slug>/history`. */
export function historyPermalink(basePath: string, slug: string): string {
  return normalizeUrl([basePath, slug, HISTORY_SEGMENT]);
}

/** The roadmap's timeline in a version. */
export function timelinePermalink(version: LoadedVersion, slug: string): string {
  return normalizeUrl([version.metadata.path, slug]);
}

/** `<base>/changes/<from>/<to>`, by the versions' URL segments. */
export function comparePermalink(options: PluginOptions, changes: string, from: LoadedVersion, to: LoadedVersion): string {
  return normalizeUrl([changes, versionSegment(options, from.metadata.name), versionSegment(options, to.metadata.name)]);
}

export function feedUrls(changes: string): FeedUrls {
  return {
    rss: normalizeUrl([changes, FEED_FILES.rss]),
    atom: normalizeUrl([changes, FEED_FILES.atom]),
    json: normalizeUrl([changes, FEED_FILES.json]),
  };
}

export function permalinksFor(
  version: LoadedVersion,
  file: RoadmapFile,
  comparison: boolean,
  instance: {basePath: string; versioned: boolean},
): RoadmapPermalinks {
  const timeline = timelinePermalink(version, file.slug);
  return {
    home: version.metadata.path,
    timeline,
    matrix: normalizeUrl([timeline, MATRIX_SEGMENT]),
    comparison: comparison ? comparisonPermalink(version) : null,
    history: instance.versioned ? historyPermalink(instance.basePath, file.slug) : null,
    changes: instance.versioned ? changesPermalink(instance.basePath) : null,
  };
}

/** The createData file of one roadmap in one version; the MDX embed and version registries import it too. */
export function documentDataName(versionName: string, file: Pick<RoadmapFile, 'source'>): string {
  return `roadmap-${docuHash(`${versionName}/${file.source}`)}.json`;
}

export function comparisonDataName(versionName: string): string {
  return `comparison-${docuHash(versionName)}.json`;
}

export function compareDataName(from: LoadedVersion, to: LoadedVersion): string {
  return `compare-${docuHash(`${from.metadata.name}/${to.metadata.name}`)}.json`;
}

export const CHANGELOG_DATA_NAME = 'changelog.json';

export function historyDataName(slug: string): string {
  return `history-${docuHash(slug)}.json`;
}
