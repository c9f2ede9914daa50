import React from 'react';
import Layout from '@theme/Layout';
import RoadmapPageHeader from '@theme/RoadmapPageHeader';
import RoadmapTimelineView from '@theme/RoadmapTimelineView';
import type {Props} from '@theme/RoadmapTimelinePage';

export default function RoadmapTimelinePage({document}: Props): React.ReactElement {
  return (
    <Layout title={document.title} description={document.description}>
      <main className="container container--fluid margin-vert--lg roadmark" data-testid="roadmap-timeline-page">
        <RoadmapPageHeader document={document} active="timeline" />
        <RoadmapTimelineView document={document} />
      </main>
    </Layout>
  );
}
