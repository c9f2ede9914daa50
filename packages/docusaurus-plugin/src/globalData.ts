/** The instance's global data: only names and links, since every page loads it. */
import type {RoadmapGlobalData, RoadmapPermalinks} from './client/types.js';

export function toGlobalData(
  basePath: string,
  comparisonPermalink: string | null,
  roadmaps: {slug: string; title: string; permalinks: RoadmapPermalinks}[],
): RoadmapGlobalData {
  return {
    path: basePath,
    comparisonPermalink,
    roadmaps: roadmaps.map(({slug, title, permalinks}) => ({
      slug,
      title,
      timeline: permalinks.timeline,
      matrix: permalinks.matrix,
    })),
  };
}
