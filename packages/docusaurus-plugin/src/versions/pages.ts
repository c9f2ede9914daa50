/**
 * The pages an instance with two or more versions gets: the change log, a
 * compare page per adjacent pair and per version against the last one (not
 * every pair: the picker computes the others in the browser), a history page
 * per roadmap, and the entries of the change feeds.
 */
import {docuHash, normalizeUrl} from '@docusaurus/utils';
import {buildHistory, slipReport, stateAt, type RoadmapHistory} from '@roadmark/core/history';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {PluginOptions} from '../options.js';
import type {LoadedContent, LoadedVersion} from '../types.js';
import {lastVersionOf} from '../types.js';
import type {
  RoadmapChangeLogData,
  RoadmapComparePageData,
  RoadmapHistoryPageData,
  RoadmapVersionComparison,
  RoadmapVersionContext,
  VersionRef,
} from '../shared/types.js';
import {compareVersions, type RoadmapDocumentsBySlug} from '../shared/versions.js';
import {countMoves} from '../shared/version-changes.js';
import {pickerLink} from '../shared/version-picker.js';
import type {VersionDocuments} from '../routes.js';
import {CHANGES_SEGMENT} from '../content.js';
import {versionSegment} from './index.js';
import {toFeedEntries, type ChangeFeedEntry} from './feed-entries.js';
import {FEED_FILES} from '../feeds/index.js';

export interface FeedUrls {
  rss: string;
  atom: string;
  json: string;
}

export interface VersionPages {
  changesPermalink: string;
  feedUrls: FeedUrls;
  contextOf(version: LoadedVersion, slug?: string): RoadmapVersionContext;
  historyKeysOf(version: LoadedVersion, slug: string): Record<string, string>;
  addRoutes(all: VersionDocuments[], actions: PluginContentLoadedActions): Promise<void>;
  /** Filled by addRoutes: one entry per adjacent pair, newest first. */
  feedEntries: ChangeFeedEntry[];
}

export function versionRef(version: LoadedVersion): VersionRef {
  const {name, label, date, path} = version.metadata;
  return {name, label, date, path};
}

interface SlugHistory {
  /** Oldest first: the versions holding the roadmap. */
  versions: LoadedVersion[];
  history: RoadmapHistory;
}

function historiesBySlug(content: LoadedContent): Map<string, SlugHistory> {
  const oldestFirst = [...content.versions].reverse();
  const slugs = new Set(oldestFirst.flatMap((v) => v.files.map((f) => f.slug)));
  const histories = new Map<string, SlugHistory>();
  for (const slug of [...slugs].sort()) {
    const holding = oldestFirst.filter((v) => v.files.some((f) => f.slug === slug));
    const history = buildHistory(
      holding.map((v) => ({
        name: v.metadata.name,
        label: v.metadata.label,
        date: v.metadata.date,
        roadmap: v.files.find((f) => f.slug === slug)!.roadmap,
      })),
    );
    histories.set(slug, {versions: holding, history});
  }
  return histories;
}

export function planVersionPages(content: LoadedContent, options: PluginOptions, basePath: string): VersionPages {
  const versions = content.versions;
  const last = lastVersionOf(content);
  const lastIndex = versions.indexOf(last);
  const changesPermalink = normalizeUrl([basePath, CHANGES_SEGMENT]);
  const histories = historiesBySlug(content);
  const historyOf = (slug: string) => (histories.has(slug) ? normalizeUrl([basePath, slug, 'history']) : null);

  const comparePath = (from: LoadedVersion, to: LoadedVersion) =>
    normalizeUrl([changesPermalink, versionSegment(options, from.metadata.name), versionSegment(options, to.metadata.name)]);

  // Newest first: versions[i + 1] is older than versions[i].
  const adjacent = versions.slice(0, -1).map((to, i) => ({from: versions[i + 1]!, to}));
  const againstLatest = versions
    .map((version, i) => {
      const distance = Math.abs(i - lastIndex);
      return distance <= 1 ? null : i > lastIndex ? {from: version, to: last, distance} : {from: last, to: version, distance};
    })
    .filter((pair): pair is {from: LoadedVersion; to: LoadedVersion; distance: number} => pair !== null);
  // The nearest versions get a page; farther ones are compared by the change log's picker, so that
  // pages and data grow with the number of versions, not with the number of versions × their distance.
  const pageCount = options.latestComparePages === 'all' ? againstLatest.length : options.latestComparePages;
  const withPage = new Set([...againstLatest].sort((a, b) => a.distance - b.distance).slice(0, pageCount));

  const feedUrls: FeedUrls = {
    rss: normalizeUrl([changesPermalink, FEED_FILES.rss]),
    atom: normalizeUrl([changesPermalink, FEED_FILES.atom]),
    json: normalizeUrl([changesPermalink, FEED_FILES.json]),
  };

  const pages: VersionPages = {
    changesPermalink,
    feedUrls,
    feedEntries: [],

    contextOf(version, slug) {
      const inLast = slug !== undefined && last.files.some((f) => f.slug === slug);
      return {
        version: version.metadata,
        latestPermalink: inLast ? normalizeUrl([last.metadata.path, slug!]) : last.metadata.path,
        lastVersionLabel: last.metadata.label,
      };
    },

    historyKeysOf(version, slug) {
      const entry = histories.get(slug);
      const index = entry?.versions.indexOf(version) ?? -1;
      const keys: Record<string, string> = {};
      if (!entry || index < 0) return keys;
      for (const lineage of entry.history.lineages) {
        const state = stateAt(lineage, index);
        if (state && state.id !== lineage.key) keys[state.id] = lineage.key;
      }
      return keys;
    },

    async addRoutes(all, actions) {
      const documentsOf = (version: LoadedVersion): RoadmapDocumentsBySlug =>
        Object.fromEntries((all.find((v) => v.version === version)?.documents ?? []).map(({file, data}) => [file.slug, data]));
      // Adjacent versions of a roadmap were already diffed by its history: reuse those steps.
      const stepOf = (from: LoadedVersion, to: LoadedVersion) => (slug: string) => {
        const entry = histories.get(slug);
        const at = entry ? entry.versions.indexOf(from) : -1;
        if (!entry || at < 0 || entry.versions[at + 1] !== to) return null;
        const step = entry.history.steps[at]!;
        return {summary: step.summary, changes: step.changes};
      };
      const compare = (from: LoadedVersion, to: LoadedVersion): RoadmapVersionComparison =>
        compareVersions(versionRef(from), versionRef(to), documentsOf(from), documentsOf(to), historyOf, stepOf(from, to));

      const comparePermalinks: Record<string, string> = {};
      const addComparePage = async (from: LoadedVersion, to: LoadedVersion) => {
        const comparison = compare(from, to);
        const permalink = comparePath(from, to);
        comparePermalinks[`${from.metadata.name}/${to.metadata.name}`] = permalink;
        const data: RoadmapComparePageData = {
          pluginId: options.id,
          title: `${options.title}: ${from.metadata.label} → ${to.metadata.label}`,
          description: `What changed in the roadmap between ${from.metadata.label} and ${to.metadata.label}: ${comparison.summary.total} changes.`,
          changesPermalink,
          comparison,
          noIndex: from.metadata.noIndex && to.metadata.noIndex,
        };
        const dataPath = await actions.createData(`compare-${docuHash(`${from.metadata.name}/${to.metadata.name}`)}.json`, JSON.stringify(data));
        actions.addRoute({path: permalink, component: options.versionCompareComponent, exact: true, modules: {compare: dataPath}});
        return {from: versionRef(from), to: versionRef(to), permalink, summary: comparison.summary, comparison};
      };

      const steps = [];
      for (const {from, to} of adjacent) steps.push(await addComparePage(from, to));
      const latest = [];
      for (const pair of againstLatest) {
        const {from, to} = pair;
        if (withPage.has(pair)) latest.push(await addComparePage(from, to));
        else {
          const picked = pickerLink(changesPermalink, {from: from.metadata.name, to: to.metadata.name});
          latest.push({from: versionRef(from), to: versionRef(to), permalink: picked, summary: compare(from, to).summary});
        }
      }
      pages.feedEntries = toFeedEntries(steps);

      const changelog: RoadmapChangeLogData = {
        pluginId: options.id,
        title: `${options.title}: changes`,
        description: `What changed in the roadmap from version to version: ${versions.length} versions, ${steps.reduce((n, s) => n + s.summary.total, 0)} changes.`,
        homePermalink: last.metadata.path,
        versions: versions.map((v) => v.metadata),
        steps: steps.map(({from, to, permalink, summary, comparison}) => ({
          from,
          to,
          permalink,
          summary,
          moves: countMoves(comparison.roadmaps.flatMap((set) => set.changes)),
        })),
        againstLatest: latest.map(({from, to, permalink, summary}) => ({from, to, permalink, summary})),
        comparePermalinks,
        feeds: feedUrls,
        roadmaps: [...histories.entries()].map(([slug, {versions: holding}]) => ({
          slug,
          title: holding[holding.length - 1]!.files.find((f) => f.slug === slug)!.title,
          history: historyOf(slug)!,
        })),
      };
      const changelogPath = await actions.createData('changelog.json', JSON.stringify(changelog));
      actions.addRoute({path: changesPermalink, component: options.changeLogComponent, exact: true, modules: {changelog: changelogPath}});

      for (const [slug, {versions: holding, history}] of histories) {
        const newest = holding[holding.length - 1]!;
        const file = newest.files.find((f) => f.slug === slug)!;
        const {steps: _steps, ...rest} = history;
        const data: RoadmapHistoryPageData = {
          pluginId: options.id,
          slug,
          title: file.title,
          description: `Every item of ${file.title} across ${holding.length} versions: when it was planned, moved, finished or dropped.`,
          changesPermalink,
          versions: holding.map((v) => ({...versionRef(v), permalink: v.files.some((f) => f.slug === slug) ? normalizeUrl([v.metadata.path, slug]) : null})),
          history: rest,
          slips: slipReport(history),
          themes: history.themes,
        };
        const dataPath = await actions.createData(`history-${docuHash(slug)}.json`, JSON.stringify(data));
        actions.addRoute({path: historyOf(slug)!, component: options.historyComponent, exact: true, modules: {roadmapHistory: dataPath}});
      }
    },
  };
  return pages;
}
