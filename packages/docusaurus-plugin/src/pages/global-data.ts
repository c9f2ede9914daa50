/** The instance's global data: only names and links, since every page loads it. */
import type {RoadmapGlobalData} from '../shared/types.js';
import type {LoadedContent} from '../load/types.js';
import {lastVersionOf} from '../load/types.js';
import type {PlannedVersion} from './plan.js';

export function toGlobalData(content: LoadedContent, planned: readonly PlannedVersion[], changesPermalink: string | null): RoadmapGlobalData {
  const last = lastVersionOf(content);
  const documents = planned.find((v) => v.version === last)?.documents ?? [];
  return {
    path: last.metadata.path,
    comparisonPermalink: documents[0]?.data.permalinks.comparison ?? null,
    roadmaps: documents.map(({file, data}) => ({
      slug: file.slug,
      title: file.title,
      timeline: data.permalinks.timeline,
      matrix: data.permalinks.matrix,
    })),
    versions: content.versions.map((v) => v.metadata),
    lastVersion: last.metadata.name,
    changesPermalink,
  };
}
