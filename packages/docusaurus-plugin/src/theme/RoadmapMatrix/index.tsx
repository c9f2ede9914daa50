/** MDX embed: `<RoadmapMatrix roadmap="allennlp" />`, server-rendered like RoadmapTimeline. */
import React from 'react';
import registry from '@generated/docusaurus-plugin-roadmark/embed-registry.js';
import RoadmapMatrixView from '@theme/RoadmapMatrixView';
import RoadmapEmbedError from '@theme/RoadmapEmbedError';
import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapMatrix';

export default function RoadmapMatrix({roadmap, pluginId = 'default'}: Props): React.ReactElement {
  const document = (registry as Record<string, Record<string, RoadmapDocumentData>>)[pluginId]?.[roadmap];
  if (!document) return <RoadmapEmbedError roadmap={roadmap} pluginId={pluginId} />;
  return <RoadmapMatrixView document={document} />;
}
