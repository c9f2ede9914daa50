/**
 * A roadmap's history across the versions that hold it (core's buildHistory),
 * the lineage keys its pages link to, and one history page per roadmap.
 */
import {buildHistory, slipReport, stateAt, type RoadmapHistory} from '@roadmark/core/history';
import type {PluginOptions} from '../options.js';
import type {LoadedContent, LoadedVersion, RoadmapFile} from '../load/types.js';
import type {RoadmapHistoryPageData, RoadmapVersionComparison, VersionRef} from '../shared/types.js';
import type {HistoryKeys} from '../shared/version-changes.js';
import {historyDataName, historyPermalink, timelinePermalink} from './permalinks.js';
import {addDataFile, type PageSink} from './plan.js';

export interface SlugHistory {
  /** Oldest first: the versions holding the roadmap. */
  versions: LoadedVersion[];
  history: RoadmapHistory;
}

/** Every roadmap slug of the instance, sorted, with its history. */
export type Histories = Map<string, SlugHistory>;

export function versionRef(version: LoadedVersion): VersionRef {
  const {name, label, date, path} = version.metadata;
  return {name, label, date, path};
}

/** What a version's file is compared through: the untranslated file when only some versions are translated. */
const comparedRoadmap = (file: RoadmapFile) => file.sourceRoadmap ?? file.roadmap;

export function historiesBySlug(content: LoadedContent): Histories {
  const oldestFirst = [...content.versions].reverse();
  const slugs = new Set(oldestFirst.flatMap((v) => v.files.map((f) => f.slug)));
  const histories: Histories = new Map();
  for (const slug of [...slugs].sort()) {
    const holding = oldestFirst.filter((v) => v.files.some((f) => f.slug === slug));
    const history = buildHistory(
      holding.map((v) => ({
        name: v.metadata.name,
        label: v.metadata.label,
        date: v.metadata.date,
        roadmap: comparedRoadmap(v.files.find((f) => f.slug === slug)!),
      })),
      content.historyDiffs?.get(slug),
    );
    histories.set(slug, {versions: holding, history});
  }
  return histories;
}

/** The history page of a slug, when the instance has one. */
export function historyPermalinkOf(histories: Histories, basePath: string): (slug: string) => string | null {
  return (slug) => (histories.has(slug) ? historyPermalink(basePath, slug) : null);
}

/** Item id → lineage key, for the items of `version` whose id differs from their row's key on the history page. */
export function historyKeysOf(histories: Histories, version: LoadedVersion, slug: string): HistoryKeys {
  const entry = histories.get(slug);
  const index = entry?.versions.indexOf(version) ?? -1;
  const keys: HistoryKeys = {};
  if (!entry || index < 0) return keys;
  for (const lineage of entry.history.lineages) {
    const state = stateAt(lineage, index);
    if (state && state.id !== lineage.key) keys[state.id] = lineage.key;
  }
  return keys;
}

/** Adjacent versions of a roadmap were already diffed by its history: the step, when `from` → `to` is one. */
export function historyStep(histories: Histories, from: LoadedVersion, to: LoadedVersion) {
  return (slug: string): Pick<RoadmapVersionComparison['roadmaps'][number], 'summary' | 'changes'> | null => {
    const entry = histories.get(slug);
    const at = entry ? entry.versions.indexOf(from) : -1;
    if (!entry || at < 0 || entry.versions[at + 1] !== to) return null;
    const step = entry.history.steps[at]!;
    return {summary: step.summary, changes: step.changes};
  };
}

export function planHistoryPages(sink: PageSink, histories: Histories, options: PluginOptions, basePath: string, changesPermalink: string): void {
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
      versions: holding.map((v) => ({...versionRef(v), permalink: v.files.some((f) => f.slug === slug) ? timelinePermalink(v, slug) : null})),
      history: rest,
      slips: slipReport(history),
      themes: history.themes,
    };
    const name = addDataFile(sink, historyDataName(slug), data);
    sink.routes.push({path: historyPermalink(basePath, slug), component: options.historyComponent, exact: true, modules: {roadmapHistory: name}});
  }
}
