/**
 * Version comparison as the pages show it. The build precomputes some pairs and
 * the in-browser picker computes any other pair with this same function, so a
 * pair reads the same whichever way it was made.
 */
import {diffRoadmaps, summarizeChanges} from '@roadmark/core/diff';
import {NO_THEME} from './no-theme.js';
import type {Roadmap} from '@roadmark/core';
import type {RoadmapChangeSet, RoadmapDocumentData, RoadmapVersionComparison, VersionRef} from './types.js';

/** The document data of one version's roadmaps, by slug (what the picker loads for each side of a comparison). */
export type RoadmapDocumentsBySlug = Record<string, RoadmapDocumentData>;

const EMPTY_ROADMAP: Roadmap = {
  file: null,
  title: null,
  updated: null,
  updatedRaw: null,
  frontMatter: {},
  items: [],
  themes: [],
  diagnostics: [],
  stats: {items: 0, scheduled: 0, unscheduled: 0, byStatus: {planned: 0, 'in-progress': 0, done: 0, dropped: 0, unknown: 0}},
};

/** A translated version of a roadmap translated in some versions only is compared through its untranslated file. */
const comparedRoadmap = (doc: RoadmapDocumentData): Roadmap => doc.compareRoadmap ?? doc.roadmap;

function themesOf(...docs: (RoadmapDocumentData | undefined)[]): RoadmapChangeSet['themes'] {
  const themes: RoadmapChangeSet['themes'] = {};
  for (const doc of docs) {
    for (const theme of doc ? comparedRoadmap(doc).themes : []) themes[theme.id] ??= {label: theme.label, color: theme.color};
  }
  themes[NO_THEME] ??= {label: NO_THEME, color: null};
  return themes;
}

/**
 * Every roadmap of either version, in the newer version's order, then the ones
 * only the older version had. A roadmap file that appeared or vanished is
 * compared with an empty roadmap, so its items count as added or dropped.
 */
export function compareVersions(
  from: VersionRef,
  to: VersionRef,
  before: RoadmapDocumentsBySlug,
  after: RoadmapDocumentsBySlug,
  historyPermalink: (slug: string) => string | null = () => null,
  /** A diff already made for this pair (the build's history diffs adjacent versions once). */
  precomputed: (slug: string) => Pick<RoadmapChangeSet, 'summary' | 'changes'> | null = () => null,
): RoadmapVersionComparison {
  const slugs = [...Object.keys(after), ...Object.keys(before).filter((slug) => !(slug in after))];
  const roadmaps = slugs.map((slug): RoadmapChangeSet => {
    const old = before[slug];
    const now = after[slug];
    const diff = (old && now && precomputed(slug)) || diffRoadmaps(old ? comparedRoadmap(old) : EMPTY_ROADMAP, now ? comparedRoadmap(now) : EMPTY_ROADMAP);
    return {
      slug,
      title: (now ?? old)!.title,
      presence: old && now ? 'both' : now ? 'added' : 'dropped',
      fromPermalink: old?.permalinks.timeline ?? null,
      toPermalink: now?.permalinks.timeline ?? null,
      historyPermalink: historyPermalink(slug),
      summary: diff.summary,
      changes: diff.changes,
      themes: themesOf(now, old),
    };
  });
  return {from, to, summary: summarizeChanges(roadmaps.flatMap((set) => set.changes)), roadmaps};
}
