/** Converters from loaded content to the data each page receives. */
import {autoZoom} from './zoom.js';
import {STATUSES} from '@roadmark/core';
import type {Item, Roadmap} from '@roadmark/core';
import type {PluginOptions} from '../options.js';
import type {RoadmapFile} from '../load/types.js';
import type {
  RoadmapComparisonData,
  RoadmapDocumentData,
  RoadmapHomeData,
  RoadmapPermalinks,
  RoadmapSummary,
  StatusCounts,
} from '../shared/types.js';

export function emptyStatusCounts(): StatusCounts {
  const counts = {unknown: 0} as StatusCounts;
  for (const status of STATUSES) counts[status] = 0;
  return counts;
}

export function toDocumentData(
  file: RoadmapFile,
  options: PluginOptions,
  permalinks: RoadmapPermalinks,
): RoadmapDocumentData {
  return {
    pluginId: options.id,
    slug: file.slug,
    title: file.title,
    description: file.description,
    source: file.source,
    editUrl: file.editUrl,
    permalinks,
    defaultZoom: options.defaultZoom === 'auto' ? autoZoom(file.roadmap) : options.defaultZoom,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
    roadmap: file.roadmap,
    ...(file.sourceRoadmap ? {compareRoadmap: file.sourceRoadmap} : {}),
  };
}

export function toSummary(file: RoadmapFile, permalinks: RoadmapPermalinks): RoadmapSummary {
  const {roadmap} = file;
  return {
    slug: file.slug,
    title: file.title,
    description: file.description,
    updated: roadmap.updated,
    source: file.source,
    permalinks,
    stats: roadmap.stats,
    themes: roadmap.themes.map(({id, label, color, count}) => ({id, label, color, count})),
    diagnostics: roadmap.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}

export function toHomeData(
  options: PluginOptions,
  summaries: RoadmapSummary[],
  comparisonPermalink: string | null,
): RoadmapHomeData {
  return {
    pluginId: options.id,
    title: options.title,
    description: options.description,
    comparisonPermalink,
    roadmaps: summaries,
  };
}

function walk(items: Item[], visit: (item: Item) => void): void {
  for (const item of items) {
    visit(item);
    walk(item.children, visit);
  }
}

/** Themes × roadmaps: how many items each roadmap plans for each canonical theme. */
export function toComparisonData(
  options: PluginOptions,
  files: {file: RoadmapFile; permalinks: RoadmapPermalinks}[],
  homePermalink: string,
): RoadmapComparisonData {
  const themes = new Map<string, {id: string; label: string; color: string | null}>();
  const themeOrder: string[] = [];
  const cells: RoadmapComparisonData['cells'] = {};
  for (const {file} of files) {
    const roadmap: Roadmap = file.roadmap;
    for (const theme of roadmap.themes) {
      if (!themes.has(theme.id)) {
        themes.set(theme.id, {id: theme.id, label: theme.label, color: theme.color});
        themeOrder.push(theme.id);
      }
    }
    walk(roadmap.items, (item) => {
      if (!item.theme) return;
      const row = (cells[item.theme] ??= {});
      const cell = (row[file.slug] ??= {count: 0, byStatus: emptyStatusCounts(), items: []});
      cell.count += 1;
      cell.byStatus[item.status ?? 'unknown'] += 1;
      cell.items.push(item.title);
    });
  }
  const configured = options.themeOrder;
  const rank = (id: string) => {
    const i = configured.indexOf(id);
    return i === -1 ? configured.length : i;
  };
  // Configured order first, then themes shared by more roadmaps, then first appearance.
  const spread = (id: string) => Object.keys(cells[id] ?? {}).length;
  const ordered = themeOrder
    .map((id, index) => ({id, index}))
    .sort((a, b) => rank(a.id) - rank(b.id) || spread(b.id) - spread(a.id) || a.index - b.index)
    .map(({id}) => themes.get(id)!)
    .filter((theme) => spread(theme.id) > 0);
  return {
    pluginId: options.id,
    title: `${options.title}: themes across roadmaps`,
    description: `Which canonical themes each of ${files.length} roadmaps plans: ${files.map((f) => f.file.title).join(', ')}.`,
    homePermalink,
    roadmaps: files.map(({file, permalinks}) => ({slug: file.slug, title: file.title, permalink: permalinks.timeline})),
    themes: ordered,
    cells,
  };
}
