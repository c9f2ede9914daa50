/**
 * MDX embed: `<RoadmapTimeline roadmap="tensorflow" />` (add `pluginId` for a
 * second instance). Reads the generated registry, so it renders on the server.
 */
import React from 'react';
import registry from '@generated/docusaurus-plugin-roadmark/embed-registry.js';
import RoadmapTimelineView from '@theme/RoadmapTimelineView';
import RoadmapEmbedError from '@theme/RoadmapEmbedError';
import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapTimeline';

export default function RoadmapTimeline({roadmap, pluginId = 'default', zoom, theme, status, showFilters = true}: Props): React.ReactElement {
  const document = (registry as Record<string, Record<string, RoadmapDocumentData>>)[pluginId]?.[roadmap];
  if (!document) return <RoadmapEmbedError roadmap={roadmap} pluginId={pluginId} />;
  const initialFilters = {
    ...(zoom ? {zoom} : {}),
    ...(theme ? {themes: Array.isArray(theme) ? theme : [theme]} : {}),
    ...(status ? {statuses: Array.isArray(status) ? status : [status]} : {}),
  };
  return <RoadmapTimelineView document={document} syncUrl={false} showFilters={showFilters} initialFilters={initialFilters} />;
}
