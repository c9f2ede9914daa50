/** Links from timeline cards to their rows on the roadmap's history page (versioned instances only). */
import {anchorLink, type RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';

export interface HistoryLinks {
  hrefOf(itemId: string): string;
}

export function historyLinks(document: Pick<RoadmapDocumentData, 'permalinks' | 'historyKeys'>): HistoryLinks | null {
  const permalink = document.permalinks.history;
  if (!permalink) return null;
  const keys = document.historyKeys ?? {};
  // The row's anchor is the lineage key, which differs from the id only where an item was renamed later.
  return {hrefOf: (itemId) => anchorLink(permalink, keys[itemId] ?? itemId)};
}
