/** One feed entry per version: what changed in it since the version before, newest first. */
import type {ChangeKind, DiffSummary} from '@roadmark/core/diff';
import type {RoadmapVersionComparison, VersionRef} from '../shared/types.js';

export interface ChangeFeedEntry {
  /** Stable across builds: the pair of version names. */
  id: string;
  version: string;
  label: string;
  date: string | null;
  /** The compare page of the pair. */
  url: string;
  summary: DiffSummary;
  changes: {kind: ChangeKind; summary: string; url: string}[];
}

export function toFeedEntries(
  steps: {from: VersionRef; to: VersionRef; permalink: string; comparison: RoadmapVersionComparison}[],
): ChangeFeedEntry[] {
  return steps.map(({from, to, permalink, comparison}) => ({
    id: `${from.name}...${to.name}`,
    version: to.name,
    label: to.label,
    date: to.date,
    url: permalink,
    summary: comparison.summary,
    changes: comparison.roadmaps.flatMap((roadmap) =>
      roadmap.changes.map((change) => ({
        kind: change.kind,
        summary: comparison.roadmaps.length > 1 ? `${roadmap.title}: ${change.summary}` : change.summary,
        url: roadmap.historyPermalink ? `${roadmap.historyPermalink}#${encodeURIComponent(change.id)}` : roadmap.toPermalink ?? roadmap.fromPermalink ?? permalink,
      })),
    ),
  }));
}
