import React from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import RoadmapPageHeader from '@theme/RoadmapPageHeader';
import RoadmapMatrixView from '@theme/RoadmapMatrixView';
import type {Props} from '@theme/RoadmapMatrixPage';

export default function RoadmapMatrixPage({document}: Props): React.ReactElement {
  const title = translate({id: 'roadmark.matrix.pageTitle', message: '{title}: feature matrix'}, {title: document.title});
  return (
    <Layout title={title} description={document.description}>
      <main className="container container--fluid margin-vert--lg roadmark" data-testid="roadmap-matrix-page">
        <RoadmapPageHeader document={document} active="matrix" />
        <RoadmapMatrixView document={document} />
      </main>
    </Layout>
  );
}
