/**
 * The change pages of an instance with two or more versions: a compare page
 * per adjacent pair and per version against the last one (the nearest
 * `latestComparePages` of those; the change log's picker compares the others in
 * the browser), the change log, and the entries of the change feeds.
 */
import type {PluginOptions} from '../options.js';
import type {LoadedContent, LoadedVersion} from '../load/types.js';
import {lastVersionOf} from '../load/types.js';
import type {RoadmapChangeLogData, RoadmapComparePageData, RoadmapVersionComparison, VersionRef} from '../shared/types.js';
import {compareVersions, type RoadmapDocumentsBySlug} from '../shared/versions.js';
import {countMoves} from '../shared/version-changes.js';
import {pickerLink} from '../shared/version-picker.js';
import {toFeedEntries, type ChangeFeedEntry} from './feed-entries.js';
import {historyPermalinkOf, historyStep, versionRef, type Histories} from './history.js';
import {CHANGELOG_DATA_NAME, compareDataName, comparePermalink} from './permalinks.js';
import {addDataFile, type FeedUrls, type PageSink, type PlannedVersion} from './plan.js';

interface Pair {
  from: LoadedVersion;
  to: LoadedVersion;
}

/** Newest first: each version since the one before it. */
function adjacentPairs(versions: readonly LoadedVersion[]): Pair[] {
  return versions.slice(0, -1).map((to, i) => ({from: versions[i + 1]!, to}));
}

/** Each other version with the last one (older → last, last → newer), and how far apart they are. */
function pairsWithLast(versions: readonly LoadedVersion[], last: LoadedVersion): (Pair & {distance: number})[] {
  const lastIndex = versions.indexOf(last);
  return versions
    .map((version, i) => {
      const distance = Math.abs(i - lastIndex);
      return distance <= 1 ? null : i > lastIndex ? {from: version, to: last, distance} : {from: last, to: version, distance};
    })
    .filter((pair): pair is Pair & {distance: number} => pair !== null);
}

interface ComparedPair {
  from: VersionRef;
  to: VersionRef;
  permalink: string;
  summary: RoadmapVersionComparison['summary'];
}

export function planChangePages(
  sink: PageSink,
  content: LoadedContent,
  planned: readonly PlannedVersion[],
  histories: Histories,
  options: PluginOptions,
  basePath: string,
  changesPermalink: string,
  feeds: FeedUrls,
): ChangeFeedEntry[] {
  const versions = content.versions;
  const last = lastVersionOf(content);
  const historyOf = historyPermalinkOf(histories, basePath);
  const documentsOf = (version: LoadedVersion): RoadmapDocumentsBySlug =>
    Object.fromEntries((planned.find((v) => v.version === version)?.documents ?? []).map(({file, data}) => [file.slug, data]));
  const compare = ({from, to}: Pair): RoadmapVersionComparison =>
    compareVersions(versionRef(from), versionRef(to), documentsOf(from), documentsOf(to), historyOf, historyStep(histories, from, to));

  const comparePermalinks: Record<string, string> = {};
  const addComparePage = (pair: Pair): ComparedPair & {comparison: RoadmapVersionComparison} => {
    const {from, to} = pair;
    const comparison = compare(pair);
    const permalink = comparePermalink(options, changesPermalink, from, to);
    comparePermalinks[`${from.metadata.name}/${to.metadata.name}`] = permalink;
    const data: RoadmapComparePageData = {
      pluginId: options.id,
      title: `${options.title}: ${from.metadata.label} → ${to.metadata.label}`,
      description: `What changed in the roadmap between ${from.metadata.label} and ${to.metadata.label}: ${comparison.summary.total} changes.`,
      changesPermalink,
      comparison,
      noIndex: from.metadata.noIndex && to.metadata.noIndex,
    };
    const name = addDataFile(sink, compareDataName(from, to), data);
    sink.routes.push({path: permalink, component: options.versionCompareComponent, exact: true, modules: {compare: name}});
    return {from: versionRef(from), to: versionRef(to), permalink, summary: comparison.summary, comparison};
  };

  const steps = adjacentPairs(versions).map(addComparePage);
  const againstLatest = pairsWithLast(versions, last);
  // The nearest versions get a page; farther ones are compared by the change log's picker, so that
  // pages and data grow with the number of versions, not with the number of versions × their distance.
  const pageCount = options.latestComparePages === 'all' ? againstLatest.length : options.latestComparePages;
  const withPage = new Set([...againstLatest].sort((a, b) => a.distance - b.distance).slice(0, pageCount));
  const latest: ComparedPair[] = againstLatest.map((pair) => {
    if (withPage.has(pair)) return addComparePage(pair);
    const {from, to} = pair;
    const picked = pickerLink(changesPermalink, {from: from.metadata.name, to: to.metadata.name});
    return {from: versionRef(from), to: versionRef(to), permalink: picked, summary: compare(pair).summary};
  });

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
    feeds,
    roadmaps: [...histories.entries()].map(([slug, {versions: holding}]) => ({
      slug,
      title: holding[holding.length - 1]!.files.find((f) => f.slug === slug)!.title,
      history: historyOf(slug)!,
    })),
  };
  const name = addDataFile(sink, CHANGELOG_DATA_NAME, changelog);
  sink.routes.push({path: changesPermalink, component: options.changeLogComponent, exact: true, modules: {changelog: name}});
  return toFeedEntries(steps);
}
