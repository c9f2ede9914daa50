/** `<base>/changes/<from>/<to>`: one precomputed comparison of two versions. */
import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate from '@docusaurus/Translate';
import RoadmapVersionChanges from '@theme/RoadmapVersionChanges';
import type {VersionRef} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapVersionComparePage';
import styles from './styles.module.css';

function VersionLink({version}: {version: VersionRef}): React.ReactElement {
  return (
    <Link to={version.path}>
      {version.label}
      {version.date ? (
        <>
          {' '}
          (<time dateTime={version.date}>{version.date}</time>)
        </>
      ) : null}
    </Link>
  );
}

export default function RoadmapVersionComparePage({compare}: Props): React.ReactElement {
  const {comparison} = compare;
  return (
    <Layout title={compare.title} description={compare.description}>
      {compare.noIndex ? (
        <Head>
          <meta name="robots" content="noindex, nofollow" />
        </Head>
      ) : null}
      <main className="container margin-vert--lg roadmark" data-testid="roadmap-version-compare-page">
        <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
          <Link to={compare.changesPermalink}>
            <Translate id="roadmark.version.nav.changeLog">All versions and changes</Translate>
          </Link>
        </nav>
        <h1>
          <Translate id="roadmark.version.compare.title" values={{from: comparison.from.label, to: comparison.to.label}}>
            {'Changes from {from} to {to}'}
          </Translate>
        </h1>
        <p className={styles.versions}>
          <Translate id="roadmark.version.compare.versions" values={{from: <VersionLink version={comparison.from} />, to: <VersionLink version={comparison.to} />}}>
            {'Older: {from} · Newer: {to}'}
          </Translate>
        </p>
        <RoadmapVersionChanges comparison={comparison} />
      </main>
    </Layout>
  );
}
